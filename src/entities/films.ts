import { readFileSync } from 'node:fs';
import type { AnalyzedArticle, FilmEntity, Mention, Token } from '../types.js';
import { capitalisedRuns, type Run } from '../nlp/runs.js';
import { lookupOutlet } from './outlets.js';
import { isKnownOrganisation } from './organisations.js';
import { genderOfFirstName } from '../nlp/names.js';

interface FilmFact {
  title: string;
  year: number | null;
  kind: 'film' | 'tv';
  aliases: string[];
  /** A one-word title that is also an ordinary word or a given name ("Underworld", "Carrie"): needs a cue. */
  ordinary?: boolean;
}

interface Gazetteer {
  byName: Map<string, FilmFact>;
}

let gazetteer: Gazetteer | undefined;

function films(): Gazetteer {
  if (gazetteer) return gazetteer;
  const data = JSON.parse(readFileSync(new URL('../../data/films.json', import.meta.url), 'utf8')) as { films: FilmFact[] };
  const byName = new Map<string, FilmFact>();
  for (const f of data.films) for (const name of [f.title, ...f.aliases]) byName.set(key(name), f);
  gazetteer = { byName };
  return gazetteer;
}

/** A gazetteer title or alias written exactly so, in lower case (“mother!”). */
export function isStyledTitle(surface: string): boolean {
  const fact = films().byName.get(key(surface));
  return !!fact && /^\p{Ll}/u.test(surface) && [fact.title, ...fact.aliases].includes(surface);
}

/** Titles compare case-insensitively with typographic dashes and quotes folded. */
export function key(name: string): string {
  // Printable ASCII words with single spaces between have nothing to fold but their case (most names).
  if (PLAIN_WORDS.test(name)) return name.toLowerCase();
  return name.toLowerCase().replace(/[–—]/g, '-').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

const PLAIN_WORDS = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

const CUE_WORDS = new Set(['film', 'movie', 'films', 'movies', 'series', 'sequel', 'prequel', 'spin-off', 'spinoff', 'follow-up', 'debut', 'remake', 'reboot', 'thriller', 'comedy', 'drama', 'documentary', 'show', 'sitcom', 'biopic', 'adaptation', 'franchise', 'blockbuster', 'musical', 'epic', 'feature', 'cartoon', 'animation', 'episode', 'programme', 'program', 'soap', 'miniseries', 'hit', 'classic', 'flick', 'trilogy', 'drama', 'horror', 'western', 'romcom']);
const VERB_CUES = new Set(['starred', 'starring', 'stars', 'directed', 'directing', 'directs', 'wrote', 'filming', 'filmed', 'shooting', 'produced', 'in', 'of']);
const STRONG_VERB_CUES = new Set(['starred', 'starring', 'directed', 'directing', 'produced', 'appeared']);

/**
 * Films and TV series: gazetteer titles (ordinary-word single-word titles only with a cue), titles after
 * cues ("the film X", "X (2019)", "starred in X", quoted titles), then every bare mention of an
 * established title.
 */
export function extractFilms(doc: AnalyzedArticle, quotedTitles: { start: number; end: number }[] = []): FilmEntity[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const found = new Map<string, { fact: FilmFact | null; surface: Set<string>; title: string }>();
  const establish = (surface: string, fact: FilmFact | null) => {
    const title = fact?.title ?? surface;
    const entry = found.get(key(title)) ?? { fact, surface: new Set<string>(), title };
    entry.surface.add(surface);
    found.set(key(title), entry);
  };
  const sentenceStarts = new Set(doc.sentences.map((x) => x.tokenStart));
  for (const run of capitalisedRuns(doc, true)) {
    // Longest titles first; a run may hold several ("a cross between The Simpsons and This Is Spinal Tap").
    const taken: [number, number][] = [];
    for (const [s, e] of subRuns(tokens, run)) {
      if (taken.some(([a, b]) => s <= b && e >= a)) continue;
      const surface = text.slice(tokens[s]!.start, tokens[e]!.end);
      const fact = films().byName.get(key(surface)) ?? null;
      // A span that is no known title can only be taken as a whole run (below): most sub-spans stop here.
      if (!fact && (s !== run.first || e !== run.last)) continue;
      const cued = hasCue(tokens, s, e, text);
      const single = e === s || (e === s + 1 && tokens[s]!.normal === 'the');
      if (lookupOutlet(surface)) continue;
      // Part of a hyphenated name is no title ("Carrie-Anne Moss").
      if (/^[-‐]\p{Lu}/u.test(text.slice(tokens[e]!.end, tokens[e]!.end + 2)) || /\p{Lu}[\p{Ll}]*[-‐]$/u.test(text.slice(Math.max(0, tokens[s]!.start - 12), tokens[s]!.start))) continue;
      // "the Titanic": a one-word title after a lower-case article is the thing it names, unless a cue follows.
      if (fact && e === s && tokens[s - 1]?.text === 'the' && !CUE_WORDS.has(tokens[e + 1]?.normal ?? '')) continue;
      const ordinary = fact?.ordinary === true || isOrdinary(tokens[e]!);
      // Capitalised mid-sentence and followed by a film word, an ordinary word is the title: "his Mummy premiere".
      const midSentence = !sentenceStarts.has(s) && !(sentenceStarts.has(s - 1) && /^["“‘(]$/.test(tokens[s - 1]!.text));
      if (fact && (!single || cued === 'strong' || !ordinary || (cued === 'after' && midSentence))) {
        establish(surface, fact);
        taken.push([s, e]);
        continue;
      }
      // An unknown title needs a strong cue and more than one word, or a year: "the film Night Ferry", "Salt (2010)".
      // A person's name after a cue is no unknown title ("her debut, Jess Okonedo, …"); known titles such as "Jackie Brown" are in the gazetteer.
      const personLike = e - s <= 2 && genderOfFirstName(tokens[s]!.text) !== 'unknown';
      if (!fact && cued === 'strong' && !personLike && !isKnownOrganisation(surface) && s === run.first && e === run.last && (e > s || /^\s*\((?:19|20)\d\d\)/.test(text.slice(tokens[e]!.end, tokens[e]!.end + 8)))) {
        establish(surface, null);
        taken.push([s, e]);
      }
    }
  }
  for (const q of quotedTitles) {
    const surface = text.slice(q.start, q.end).replace(/[,.]$/, '');
    const fact = films().byName.get(key(surface)) ?? null;
    establish(surface, fact);
  }
  // Bare mentions of every established surface form (and of its aliases the article uses).
  const result: FilmEntity[] = [];
  for (const entry of found.values()) {
    const forms = new Set<string>(entry.surface);
    if (entry.fact) for (const alias of [entry.fact.title, ...entry.fact.aliases]) if (alias.includes(' ') || alias.length > 3) forms.add(alias);
    // "Reeves plays John Wick": a title right after a role cue names the character, not the film.
    const mentions = findAll(text, [...forms]).filter((m) => !ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
    if (!mentions.length) continue;
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((a) => a !== entry.title);
    result.push({
      title: entry.title,
      aliases,
      year: entry.fact?.year ?? yearNear(text, mentions) ?? null,
      kind: entry.fact?.kind ?? 'film',
      mentions,
    });
  }
  // A short form of a title the article names in full is an alias of it: "Idol" after "American Idol";
  // “Breakfast” after “Breakfast Table with Ann and Joe”, even when the short form is a title of its own, because the
  // long title came first (not after a subtitle's colon: "Alien" beside "Alien: Covenant" is the first film).
  for (const short of [...result]) {
    const known = !!found.get(key(short.title))?.fact;
    // Not after a host's name: "Today" is its own show beside "Megyn Kelly Today".
    const tail = (f: FilmEntity) => !known && key(f.title).endsWith(' ' + key(short.title)) && genderOfFirstName(f.title.split(/\s+/)[0]!) === 'unknown';
    const head = (f: FilmEntity) => !f.title.includes(':') && f.title.split(/\s+/).length >= 3 && key(f.title).startsWith(key(short.title) + ' ') && f.mentions[0]!.start <= short.mentions[0]!.start;
    const full = result.find((f) => f !== short && f.title.length > short.title.length && (tail(f) || head(f)));
    if (!full) continue;
    full.mentions = [...full.mentions, ...short.mentions.filter((m) => !full.mentions.some((n) => n.start <= m.start && n.end >= m.end))].sort((a, b) => a.start - b.start);
    if (!full.aliases.includes(short.title)) full.aliases = [...full.aliases, short.title];
    result.splice(result.indexOf(short), 1);
  }
  // A bare "John Wick" inside "John Wick: Parabellum" is a mention of the longer title only.
  const all = result.flatMap((f) => f.mentions);
  const kept = result
    .map((f) => ({ ...f, mentions: f.mentions.filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) }))
    .filter((f) => f.mentions.length > 0);
  return dropContained(kept).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

const ROLE_BEFORE = /\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing)|(?:stars?|starred|starring|cast|returns?|returned|returning|reprises?|reprised|reprising|appears?|appeared)\s+(?:(?:his|her|their)\s+role\s+)?as|role\s+(?:of|as)|character(?:\s+of)?|\p{Lu}\p{Ll}+\s+as)\s+(?:the\s+)?$/u;

/** Candidate sub-spans of a run, longest first (then leftmost first), each starting and ending on a capitalised word. */
function* subRuns(tokens: Token[], run: Run): Generator<[number, number]> {
  // Which tokens may start or end a span, tested once each; spans come out in order, with no list to sort.
  const mayStart: boolean[] = [];
  const mayEnd: boolean[] = [];
  for (let k = run.first; k <= run.last; k++) {
    mayStart.push(/^[\p{Lu}\d]/u.test(tokens[k]!.text));
    mayEnd.push(/^[\p{Lu}\d!]/u.test(tokens[k]!.text) || tokens[k]!.text === '!');
  }
  for (let length = run.last - run.first; length >= 0; length--) {
    for (let s = run.first; s + length <= run.last; s++) {
      if (mayStart[s - run.first] && mayEnd[s + length - run.first]) yield [s, s + length];
    }
  }
}

// Film words that follow a title: "the Speed premiere", "his Mummy co-star".
const AFTER_CUES = new Set(['premiere', 'premieres', 'trailer', 'screening', 'star', 'stars', 'co-star', 'cast', 'director', 'soundtrack', 'sequel', 'reboot', 'remake', 'franchise', 'set', 'actor', 'actress']);

const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/** The word (letters and hyphens) that ends right before white space before `at`, lower-cased; a scan, not a regex over a slice (this runs for every candidate title). */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && end > at - 30 && /\s/.test(text[end - 1]!)) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && start > at - 30 && LETTER_OR_HYPHEN.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end).toLowerCase() : undefined;
}

/** 'strong' for a cue that makes any capitalised phrase a title; 'weak' or 'after' (a film word after it) for one that confirms a known title. */
function hasCue(tokens: Token[], s: number, e: number, text: string): 'strong' | 'weak' | 'after' | null {
  // The word before, hyphenated words whole ("spin-off", "follow-up").
  const word = wordBefore(text, tokens[s]!.start);
  if (word && word.includes('-') && CUE_WORDS.has(word)) return 'strong';
  const prev = tokens[s - 1];
  const prev2 = tokens[s - 2];
  if (yearInParentheses(text, tokens[e]!.end)) return 'strong';
  if (prev && CUE_WORDS.has(prev.normal)) return 'strong';
  // "The film, A Quiet Harbour, follows …"
  if (prev?.text === ',' && prev2 && CUE_WORDS.has(prev2.normal)) return 'strong';
  if (prev && STRONG_VERB_CUES.has(prev.normal)) return 'strong';
  if (prev && prev2 && prev.normal === 'in' && /^(starred|starring|appeared|appears|cameo|role)$/.test(prev2.normal)) return 'strong';
  // Emphasis marks around a title ("**Salt and Iron**, a documentary") are skipped.
  let a = e + 1;
  while (tokens[a] && (tokens[a]!.text[0] === '*' || tokens[a]!.text[0] === '_') && /^[*_]+$/.test(tokens[a]!.text)) a++;
  const after = tokens[a];
  if (after?.text === ',' && /^(the|a|an|his|her|their)$/.test(tokens[a + 1]?.normal ?? '')) {
    // "Night Ferry, the new thriller from …", "Salt and Iron, a ninety-minute documentary …"
    for (let k = a + 2; k < a + 8 && k < tokens.length; k++) {
      if (CUE_WORDS.has(tokens[k]!.normal)) return 'strong';
      if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'NUM' && tokens[k]!.text !== '-') break;
    }
  }
  // "the Harbor Lights sequel": only a film has a sequel, prequel, spin-off, remake or reboot.
  if (after && /^(?:sequel|prequel|spin-?off|remake|reboot)$/.test(after.normal) && !(after.normal === 'spin' && tokens[a + 1]?.text !== '-')) return 'strong';
  if (prev && VERB_CUES.has(prev.normal)) return 'weak';
  if (after && (CUE_WORDS.has(after.normal) || AFTER_CUES.has(after.normal))) return 'after';
  return null;
}

/** /^\s*\((?:19|20)\d\d\)/ on the eight characters from `at`, sliced only when a "(" opens them after white space. */
function yearInParentheses(text: string, at: number): boolean {
  for (let k = at; k < at + 8 && k < text.length; k++) {
    if (text[k] === '(') return /^\s*\((?:19|20)\d\d\)/.test(text.slice(at, at + 8));
    if (!/\s/.test(text[k]!)) return false;
  }
  return false;
}

/** A one-word title that is also an ordinary word ("Ballerina", "Up", "Speed") needs a cue. */
function isOrdinary(t: Token): boolean {
  // A given name is an ordinary word here too ("Carrie", "Annie"): people carry it far more often.
  return t.pos !== 'PROPN' || t.normal.length <= 4 || genderOfFirstName(t.text) !== 'unknown';
}

function findAll(text: string, forms: string[]): Mention[] {
  const mentions: Mention[] = [];
  const sorted = forms.filter(Boolean).sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(form, from);
      if (i < 0) break;
      from = i + form.length;
      const before = text[i - 1] ?? ' ';
      const after = text[i + form.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (mentions.some((m) => i < m.end && i + form.length > m.start)) continue;
      mentions.push({ start: i, end: i + form.length, text: form });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function yearNear(text: string, mentions: Mention[]): number | null {
  for (const m of mentions) {
    const y = /^\s*\(((?:19|20)\d\d)\)/.exec(text.slice(m.end, m.end + 8));
    if (y) return Number(y[1]);
  }
  return null;
}

/** An unknown title whose every mention lies inside a known one's is the same film. */
function dropContained(list: FilmEntity[]): FilmEntity[] {
  return list.filter((f) => !list.some((g) => g !== f && f.mentions.every((m) => g.mentions.some((n) => n.start <= m.start && n.end >= m.end && (n.end - n.start) > (m.end - m.start)))));
}
