import type { AnalyzedArticle, ArticleEntities, MarkedSpan, PersonEntity, Quote } from '../types.js';
import { extractCharacters, linkCharacters } from './characters.js';
import { linkFilmPeople } from './film-people.js';
import { extractFilms, isKnownTitle, isStyledTitle, key, namesOtherWork, workAround, type TitleEvidence } from './films.js';
import { releasedOnScreen } from './released-titles.js';
import { extractOutlets } from './outlet-mentions.js';
import { withoutOutletProgrammes } from './outlet-programmes.js';
import { extractPeople } from './people.js';
import { animalNames, namesTeamContestOrSchool } from './non-person-names.js';
import { genderOfFirstName } from '../nlp/names.js';
import { followsCodeNameWord, followsInscribingWord, followsLabelNoun, followsNicknameWord, followsPerformedWorkWord } from '../lexicon/naming-words.js';
import { isTitleCase, NOT_NAMES } from '../nlp/words.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';
import { SpanIndex } from '../text/span-index.js';
import { talkProgrammeTitles } from './talk-programmes.js';
import { workWords } from '../lexicon/work-words.js';
import { isNumberedSequelOf } from './sequel-titles.js';
import { sentenceHolding } from '../nlp/sentence-lookup.js';
export { EntityMerger } from './merge.js';

/**
 * The entity stage: films, outlets, characters and people mentioned in an analysed article. Films,
 * outlets and characters claim their spans first, so none of them is reported as a person.
 */
export function extractEntities(doc: AnalyzedArticle, quotes: Quote[] = []): ArticleEntities {
  const outlets = extractOutlets(doc, quotes);
  // The quoted titles that name a song, a record or a book, read once: both the films and the people below skip them.
  const otherWorkSpans: ReadonlySet<Readonly<MarkedSpan>> = new Set(doc.marked.filter((span) => namesOtherWork(doc.article.text, span.open, span.close + 1)));
  const films = withoutOutletProgrammes(extractFilms(doc, [...quotedTitles(doc, quotes, otherWorkSpans), ...emphasisedTitles(doc)]), outlets);
  const filmKeys = new Set(films.flatMap((f) => [f.title, ...f.aliases].map(key)));
  const found = extractCharacters(doc, () => false, (name) => filmKeys.has(key(name)), films.flatMap((f) => f.mentions));
  const characterKeys = new Set(found.map((c) => key(c.name)));
  // An outlet the article names once as reporting ("the news agency Bernama reported") is that outlet at its other mentions too.
  // (… and by any short form it is written as: "Corriere" for an outlet named in full before.)
  const outletKeys = new Set(outlets.flatMap((o) => [o.name, ...o.mentions.map((m) => m.text)]).map(key));
  // (A given name with a contest word, "Harold Bowl", or an animal's name is read at its mentions: a quote's speaker is a person.)
  const speakers = new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  // A name the article calls "the company" (a quote's description resolved to it as a body) is no person's:
  // "Streamwave added …, the company said", or "it" ("Streamwave said …. It added …"). (A name typed a body where it
  // stands itself may be a person's.)
  const bodyKeys = new Set(quotes.flatMap((q) => (q.speaker && q.speaker_kind === 'organization' && /^(?:the\s|it$)/i.test(q.speaker_mention ?? '') && q.speaker_mention !== q.speaker ? [key(q.speaker)] : [])));
  // An animal named in the article ("a female named …" beside "the pandas") is no person at any mention.
  const animalKeys = new Set([...animalNames(doc, speakers)].map(key));
  // A quoted title the article names as a song, a record or a book ("for “Rosa del Valle,” a ballad about …") is no person's name.
  const otherWorkTitles = doc.marked.filter((span) => otherWorkSpans.has(span)).map((span) => ({ start: span.start, end: span.end }));
  const spans = new SpanIndex<{ start: number; end: number }>([...[...films, ...outlets, ...found].flatMap((e) => e.mentions), ...otherWorkTitles], (m) => m.start, (m) => m.end);
  const people = extractPeople(doc, {
    claimed: (start, end) => spans.overlaps(start, end),
    excluded: (name) => {
      const k = key(name);
      return characterKeys.has(k) || filmKeys.has(k) || outletKeys.has(k) || animalKeys.has(k) || bodyKeys.has(k) || namesTeamContestOrSchool(name, doc.article.text, speakers);
    },
    quotes,
    titles: films.flatMap((f) => f.mentions),
    // (A talk programme named after its host, "Late Night with Ana Ruiz", is listed as an outlet.)
    programmes: outlets.flatMap((o) => o.mentions),
  });
  withNicknamedNames(doc.article.text, people, (start, end) => spans.overlaps(start, end));
  const linked = linkCharacters(doc, found, linkFilmPeople(doc, films, people), people);
  return { people, films: linked.films, outlets, characters: linked.characters };
}

/** Every occurrence of a phrase the HTML set in italics (<i>, <em>, <cite>) that reads as a title: "<i>Night Ferry</i>". */
function emphasisedTitles(doc: AnalyzedArticle): { start: number; end: number; evidence: TitleEvidence }[] {
  const text = doc.article.text;
  const out: { start: number; end: number; evidence: TitleEvidence }[] = [];
  for (const phrase of doc.article.emphasis ?? []) {
    const inner = phrase.replace(/[,.:;]$/, '');
    // An emphasised person's name ("<em>Keanu Reeves</em>") is no title.
    const words = inner.split(/\s+/);
    if (!readsAsTitle(inner) || (words.length <= 3 && genderOfFirstName(words[0]!) !== 'unknown')) continue;
    for (let i = text.indexOf(inner); i >= 0; i = text.indexOf(inner, i + inner.length)) {
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[i + inner.length] ?? ' ')) continue;
      out.push({ start: i, end: i + inner.length, evidence: 'emphasis' as const });
    }
  }
  return out;
}

/** Capitalised words with function words between, at most eight: "Salt and Iron", "The Matrix 4". */
function readsAsTitle(inner: string): boolean {
  const words = inner.split(/\s+/);
  if (words.length > 8 || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  return isTitleCase(words);
}

/** Quoted spans that the quote stage did not take as speech and that read as titles (“Hairspray Live”). */
function quotedTitles(doc: AnalyzedArticle, quotes: Quote[], otherWorkSpans: ReadonlySet<Readonly<MarkedSpan>>): { start: number; end: number; evidence: TitleEvidence | null }[] {
  const text = doc.article.text;
  const out: { start: number; end: number; evidence: TitleEvidence | null }[] = [];
  const taken = new SpanIndex(quotes.filter((q) => q.type !== 'indirect'), (q) => q.start, (q) => q.end);
  // Reported content is someone's words: a quoted title inside it counts only with a film or show word
  // naming its kind ("said spending would rise ahead of the launch of “Saltmarsh,” the company's costliest
  // series"), not with "hit" (a game's, a song's) or a programme spoken on.
  const reported = new SpanIndex(quotes.filter((q) => q.type === 'indirect'), (q) => q.start, (q) => q.end);
  // A title the article names as another kind of work once (a play, a book) is that work at every mention.
  // (Each span is read once: the loop below skips these spans themselves too.)
  const otherWorks = new Set([...otherWorkSpans].map((span) => key(text.slice(span.start, span.end).replace(/[,.]$/, ''))));
  // A talk programme whose guests speak on it is their outlet, no show to list (see talk-programmes.ts).
  const talkProgrammes = talkProgrammeTitles(doc);
  // Every text in quotation marks, to tell a sequel's title by the title before its number.
  const markedTexts = new Set(doc.marked.map((span) => key(text.slice(span.start, span.end).replace(/[,.]$/, ''))));
  for (const span of doc.marked) {
    if (span.runsOn || taken.overlaps(span.start, span.end)) continue;
    // A nickname or a code name is no title: "fans nicknamed them “Marlo”", "a game code-named “Lantern”".
    if (followsNicknameWord(text, span, doc.paragraphs[span.paragraph]!) || followsCodeNameWord(text, span, doc.paragraphs[span.paragraph]!)) continue;
    // … nor a song or piece played: "a few bars of “Goodbye Sweet Ferry”".
    if (followsPerformedWorkWord(text, span, doc.paragraphs[span.paragraph]!)) continue;
    // …nor is one inside a person's name: Margaret “Peggy” Olander.
    if (nicknameInsideName(text, span.open, span.close)) continue;
    // A book, a record or an episode is no film or show: "her memoir, titled “…”", "“…,” the sixth episode of".
    if (otherWorkSpans.has(span)) continue;
    const inner = text.slice(span.start, span.end).replace(/[,.]$/, '');
    if (otherWorks.has(key(inner)) || talkProgrammes.has(key(inner))) continue;
    // … nor is a headline or a tagline: "ran under the headline “Storm Ahead”".
    if (followsLabelNoun(text, span, doc.paragraphs[span.paragraph]!)) continue;
    // … nor a slogan or caption printed on a thing: "T-shirts reading “Save the Pier”".
    if (followsInscribingWord(text, span, doc.paragraphs[span.paragraph]!)) continue;
    const words = inner.split(/\s+/);
    if (words.length > 8) continue;
    const title = isTitleCase(words);
    // A title styled in lower case counts when the gazetteer spells it so (“mother!”).
    if (!((title && /^\p{Lu}/u.test(words[0]!)) || isStyledTitle(inner))) continue;
    // (Put out on a screen, "the studio released “…”", only when no one is said to have spoken it.)
    const around = workAround(text, span.open, span.close + 1);
    const evidence = isKnownTitle(inner) ? 'known' : around ?? (reported.overlaps(span.start, span.end) ? null : releasedOnScreen(text, span.open, span.close + 1));
    // (… or with a sequel's number after a title the article marks elsewhere: “Lantern Hollow 2” beside “Lantern Hollow”.)
    // (A known title inside reported words needs its film or show word as much as any: "said she grew up watching the film “…”".)
    if (reported.overlaps(span.start, span.end) && (around !== 'work' || HIT_BEFORE.test(text.slice(Math.max(0, span.open - 12), span.open))) && !isNumberedSequelOf(inner, markedTexts, key)) continue;
    // A runway, gallery or trade show is live, no film or show on screen: "the studio's “…” show on the runway".
    if (liveShow(text, span.close + 1, sentenceHolding(doc.sentences, span.open))) continue;
    // A letter or a grade is no title unless named as a work: an “A” CinemaScore, a “B-” from critics (not "the thriller “M”").
    if (GRADE.test(inner) && evidence !== 'work') continue;
    out.push({ start: span.start, end: span.start + inner.length, evidence });
  }
  return out;
}

const GRADE = /^\p{Lu}[+\-−–]?$/u;

let liveShowPattern: RegExp | undefined;

/**
 * "show" right after the title, in a sentence with a word of live shows (data/work-words.json live_show_context:
 * runway, gallery, trade …): a fashion, art or trade show, no film or show on screen.
 */
function liveShow(text: string, after: number, sentence: { start: number; end: number } | undefined): boolean {
  if (!sentence || !/^[\s,]*show\b/i.test(text.slice(after, after + 12))) return false;
  liveShowPattern ??= new RegExp(String.raw`(?<![\p{L}-])(?:${workWords('live_show_context').join('|')})(?![\p{L}-])`, 'iu');
  return liveShowPattern.test(text.slice(sentence.start, sentence.end));
}

/** "hit" right before a title: "the role-playing hit “…”". */
const HIT_BEFORE = /\bhit\s*,?\s*$/i;

/** Quotation marks at open..close stand between a given name and a capitalised word: a nickname inside a name. */
function nicknameInsideName(text: string, open: number, close: number): boolean {
  const given = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, open - 20), open));
  return !!given && /^\s\p{Lu}/u.test(text.slice(close + 1, close + 3)) && (genderOfFirstName(given[1]!) !== 'unknown' || shortensGivenName(given[1]!, text.slice(open + 1, close)));
}

/** A nickname that is the start of the word before it ("Tamsin “Tam”", "Rafferty “Raff”"): that word is a given name. */
function shortensGivenName(given: string, nick: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(nick) && nick.length < given.length && given.toLowerCase().startsWith(nick.toLowerCase());
}

// A given name, a nickname of up to four capitalised words in quotation marks, a surname (maybe two words).
const MAY_NICKNAMED_NAME = /[“"‘]\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,3}[”"’][ \t]+\p{Lu}/u;
const NICKNAMED_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]+[“"‘]\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,3}[”"’][ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/gu;

/**
 * "Dario “The Hammer” Castellucci said": a nickname in quotation marks between a known given name and a surname.
 * The people stage names the person by the surname after the closing mark only; the person is the given name
 * and the surname ("Dario Castellucci"), the mention running from the given name to the surname. (People are
 * changed in place: a person named by the surname alone gets the full name, or joins the person of that name.)
 */
function withNicknamedNames(text: string, people: PersonEntity[], claimed: (start: number, end: number) => boolean = () => false): void {
  if (!text.includes('“') && !text.includes('"')) return;
  // (Every match holds a quoted nickname of at most four words opening on a capital, then a space and a capital:
  // without one the pattern need not try each capital. The check opens on a quotation mark, which is rare.)
  if (!MAY_NICKNAMED_NAME.test(text)) return;
  for (const m of text.matchAll(NICKNAMED_NAME)) {
    const given = m[1]!;
    const givenStart = m.index!;
    const nick = /[“"‘]([^”"’]+)[”"’]/.exec(m[0])![1]!;
    if (genderOfFirstName(given) === 'unknown' && !shortensGivenName(given, nick) && (!afterPersonNoun(text.slice(Math.max(0, givenStart - 30), givenStart)) || !nameLikeSurname(m[2]!))) continue;
    const surnameStart = givenStart + m[0].length - m[2]!.length;
    const person = people.find((p) => p.mentions.some((x) => x.start === surnameStart));
    const mention = person?.mentions.find((x) => x.start === surnameStart);
    if (!person || !mention) {
      if (!person) nameFromNickname(text, people, { given, nick, surname: m[2]! }, givenStart, surnameStart + m[2]!.length, claimed);
      continue;
    }
    if (mention.text.includes(' ')) continue;
    const full = `${given} ${mention.text}`;
    Object.assign(mention, { start: givenStart, text: text.slice(givenStart, mention.end) });
    const named = people.find((p) => p !== person && p.name === full);
    dropOtherPeopleInsideSpan(people, named ?? person, givenStart, mention.end);
    if (named) {
      named.mentions.push(...person.mentions);
      named.mentions.sort((a, b) => a.start - b.start);
      people.splice(people.indexOf(person), 1);
    } else if (person.name === mention.text.split(/\s+/).at(-1) || !person.name.includes(' ')) {
      person.aliases = [...new Set([...person.aliases, person.name])].filter((a) => a !== full);
      person.name = full;
      if (!person.gender || person.gender === 'unknown') person.gender = genderOfFirstName(given);
    }
  }
}

/** ("Retired General Reveals ‘Demoralizing’ Experience Of …": a headline's words, no surname.) */
function nameLikeSurname(surname: string): boolean {
  return !surname.split(/\s+/).some((w) => NOT_NAMES.has(w.toLowerCase()));
}

/** Text ending in a role or person noun before a name: "Team-mate ", "striker ", "the defender ". */
function afterPersonNoun(before: string): boolean {
  const word = /([\p{L}-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  return !!word && (isPersonNounOrSingular(word) || isPersonNounOrSingular(word.replace(/-/g, '')));
}

/**
 * A nicknamed name the people stage did not read from its surname: it missed the name ("said Lena “The Anchor”
 * Moravec") or took the given name alone for a person ("Daniel" of Daniel “Danny” Okonkwo). The whole span is the
 * person GIVEN SURNAME: a mention of it elsewhere, or of the surname alone, is the same person; a given name
 * read alone inside the span is no person of its own. A span another entity claims stays as it is.
 * (A person named by the nickname alone, a player's tag, is the same person too.)
 */
function nameFromNickname(text: string, people: PersonEntity[], name: { given: string; nick: string; surname: string }, start: number, end: number, claimed: (start: number, end: number) => boolean): void {
  const { given, nick, surname } = name;
  const full = `${given} ${surname}`;
  const inside = (x: { start: number; end: number }) => x.start >= start && x.end <= end;
  let owner = people.find((p) => p.mentions.some((x) => x.start === start && x.end === end));
  if (!owner) {
    if (claimed(start, end)) return;
    // (… or the person named by the nickname alone elsewhere: a player's tag, "Ember said".)
    owner = people.find((p) => p.name === full) ?? people.find((p) => (p.name === surname || p.name === nick) && !p.mentions.some(inside));
    const mention = { start, end, text: text.slice(start, end) };
    if (owner) {
      if (owner.name !== full) owner.aliases = [...new Set([...owner.aliases, owner.name])];
      owner.name = full;
      owner.mentions.push(mention);
      owner.mentions.sort((a, b) => a.start - b.start);
    } else {
      owner = { name: full, aliases: [surname.split(/\s+/).at(-1)!], gender: genderOfFirstName(given), roles: [], mentions: [mention] };
      people.push(owner);
    }
    if (!owner.gender || owner.gender === 'unknown') owner.gender = genderOfFirstName(given);
  }
  dropOtherPeopleInsideSpan(people, owner, start, end);
  people.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Drops the mentions of people other than `owner` that lie inside text[start, end), and the people left with none:
 * the given name read alone inside a nicknamed name's span is part of that name, no mention of another person.
 */
function dropOtherPeopleInsideSpan(people: PersonEntity[], owner: PersonEntity, start: number, end: number): void {
  for (const p of [...people]) {
    if (p === owner || !p.mentions.some((x) => x.start >= start && x.end <= end)) continue;
    p.mentions = p.mentions.filter((x) => !(x.start >= start && x.end <= end));
    if (p.mentions.length === 0) people.splice(people.indexOf(p), 1);
  }
}
