import type { AnalyzedArticle, FilmEntity, Mention, PersonEntity } from '../types.js';
import { withoutFigurativeRoles } from './figurative-role.js';
import { sentenceContaining } from '../nlp/sentence-lookup.js';

type Relation = 'director' | 'cast' | 'writer' | 'producer';

// Lower-case words right next to a name that say how the person relates to a film ("director X",
// "directed by X", "X is set to direct", "starring X", "X stars"). Capitalised ones are titles of
// characters ("The Director (Anjelica Huston)") and do not count.
const RELATION_WORDS: [RegExp, Relation][] = [
  // ("the first feature film from comedian Ana Ruiz", "a film by Ana Ruiz": a film credited to a person is theirs as its director.)
  [/\b(?:direct(?:or|ed|s|ing)?|filmmaker|helm(?:ed|s|ing)?)\b|\b(?:film|movie|feature|documentary)[ \t]+(?:from|by)[ \t]/, 'director'],
  [/\b(?:star(?:s|red|ring)?|co-stars?|plays|played|playing|actor|actress|lead role|cameo)\b/, 'cast'],
  [/\b(?:wr(?:ote|itten|iter)|screenwriter|script|screenplay)\b/, 'writer'],
  [/\b(?:produc(?:er|ed|es|ing))\b/, 'producer'],
];

// A role verb right before a name, maybe with a description of the part: the name is the one played.
const PLAYED_PERSON_BEFORE = /\b(?:plays|played|playing|portrays|portrayed|portraying)[ \t]+(?:(?:the|a|an)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3})?$/u;

// An appearance on a programme right before its title: "made an appearance on", "appeared on", "a guest on".
const APPEARANCE_BEFORE = /\b(?:appearances?|appear(?:s|ed|ing)?|guest(?:ed|ing)?|guest[ \t]+spot)[ \t]+on[ \t]+(?:the[ \t]+)?[“"‘]?$/u;

/**
 * Link people to films where the text says how: the relation word sits right next to the person's
 * name, and the person is linked to the nearest film of the same sentence.
 */
export function linkFilmPeople(doc: AnalyzedArticle, films: FilmEntity[], people: PersonEntity[]): FilmEntity[] {
  const text = doc.article.text;
  const links = new Map<FilmEntity, Map<string, Relation>>();
  const filmMentions = films.flatMap((film) => film.mentions.map((m) => ({ film, m })));
  // Without a film mention there is nothing to link to (most news articles).
  if (!filmMentions.length) return [...films];
  for (const person of people) {
    for (const pm of person.mentions) {
      const sentence = sentenceContaining(doc.sentences, pm.start, pm.end);
      if (!sentence) continue;
      // ("Ana Ruiz played a key role in …" tells of taking part, no acting: the idiom's play verb is no cue.)
      const near = text.slice(Math.max(sentence.start, pm.start - 25), pm.start) + ' ' + withoutFigurativeRoles(text.slice(pm.end, Math.min(sentence.end, pm.end + 60))).slice(0, 30);
      const relation = RELATION_WORDS.find(([pattern]) => pattern.test(near))?.[1];
      if (!relation) continue;
      // ("Ana Ruiz plays the singer Nina Vale in …": the real person played is no member of the cast.)
      if (relation === 'cast' && PLAYED_PERSON_BEFORE.test(text.slice(Math.max(sentence.start, pm.start - 40), pm.start))) continue;
      // ("Whitlock, who directed it, later made an appearance on “The Late Show”": a programme the person appears on
      // is no work they direct, write or produce.)
      const inSentence = filmMentions.filter(({ m }) => m.start >= sentence.start && m.end <= sentence.end && (relation === 'cast' || !APPEARANCE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))));
      // "the Harbor Lights spin-off Night Ferry": a title used as a modifier of the next one is not the film meant.
      const modifier = (m: Mention) => inSentence.some(({ m: o }) => o.start > m.end && o.start - m.end <= 18);
      const nearest = inSentence.filter(({ m }) => !modifier(m)).sort((a, b) => distance(a.m, pm) - distance(b.m, pm))[0];
      if (!nearest || distance(nearest.m, pm) > 120) continue;
      const forFilm = links.get(nearest.film) ?? new Map<string, Relation>();
      if (!forFilm.has(person.name)) forFilm.set(person.name, relation);
      links.set(nearest.film, forFilm);
    }
  }
  // "Tomas Brandt, who …, will direct Night Ferry": a relation verb right before the title links the
  // sentence's subject, the first person named in it.
  for (const { film, m } of filmMentions) {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const verb = /\b(direct(?:s|ed|ing)?|star(?:s|red|ring)? in|appear(?:s|ed)? in|wr(?:ite|ites|ote)|produc(?:e|es|ed|ing))\s+(?:the\s+)?$/.exec(before);
    if (!verb) continue;
    const sentence = sentenceContaining(doc.sentences, m.start, m.end);
    if (!sentence) continue;
    const subject = people
      .flatMap((p) => p.mentions.filter((pm) => pm.start >= sentence.start && pm.end <= m.start).map((pm) => ({ p, pm })))
      .sort((a, b) => a.pm.start - b.pm.start)[0];
    if (!subject) continue;
    const relation: Relation = /^direct/.test(verb[1]!) ? 'director' : /^(star|appear)/.test(verb[1]!) ? 'cast' : /^wr/.test(verb[1]!) ? 'writer' : 'producer';
    // "appear in Harbor Lights spin-off Night Ferry": the title right after is the one meant.
    const next = filmMentions.find(({ m: o }) => o.start > m.end && o.start - m.end <= 18 && o.end <= sentence.end);
    const target = next ? next.film : film;
    const forFilm = links.get(target) ?? new Map<string, Relation>();
    if (!forFilm.has(subject.p.name)) forFilm.set(subject.p.name, relation);
    links.set(target, forFilm);
  }
  return films.map((film) => {
    const found = links.get(film);
    return found ? { ...film, people: [...found].map(([name, relation]) => ({ name, relation })) } : film;
  });
}

function distance(a: Mention, b: Mention): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}
