// A one-word title after a kind of film ("the documentary Tidewater"), unless the word is part of a person's name.
import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { cueLexicon } from '../lexicon/cues.js';
import { workWords } from '../lexicon/work-words.js';
import { isDayWord, isMonth } from '../nlp/time-words.js';

// Kinds of film right before a one-word title: "his previous film Vetala" (data/work-words.json before_one_word_title).
const ONE_WORD_TITLE_KINDS: ReadonlySet<string> = new Set(workWords('before_one_word_title'));

/** Whether tokens[s], one proper noun and no date, follows a kind of film in small letters and one space (no headline's break): "the documentary Tidewater". */
export function oneWordAfterKindOfFilm(text: string, tokens: Token[], s: number): boolean {
  const kind = tokens[s - 1];
  const word = tokens[s]!;
  if (!kind || word.start !== kind.end + 1 || kind.text !== kind.normal || !ONE_WORD_TITLE_KINDS.has(kind.normal)) return false;
  return word.pos === 'PROPN' && !isDayWord(word.normal) && !isMonth(word.normal) && !opensLongerName(text, word.text) && !endsLongerName(text, word.text) && !opensThatlessRelative(tokens, s);
}

/** Whether `word` ends a longer name elsewhere in the text ("the film Okafor shot" beside "Ada Okafor"): a surname, no title. */
function endsLongerName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = /(\p{Lu}[\p{Ll}'’-]+) $/u.exec(text.slice(Math.max(0, at - 30), at));
    if (!before) continue;
    // A capitalised word that opens its sentence ("In Tidewater …") joins no name unless it is a given name.
    const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - before[0].length - 4), at - before[0].length));
    if (!opensSentence || genderOfFirstName(before[1]!) !== 'unknown') return true;
  }
  return false;
}

// Words that end the clause a title opens: punctuation aside, relative pronouns, subordinators and conjunctions.
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'because', 'after', 'before', 'as', 'since', 'until', 'although', 'though', 'if', 'and', 'but', 'or', 'so']);

/**
 * Whether the word at s, right after a kind of film, is the subject of a relative clause with no "that"
 * ("the film Okafor shot in Lagos won …", "the documentary Okafor made about her father airs …",
 * "He sold the film Neon picked up at Toronto"), so a person or a company, not the title. A title has one
 * predicate of its own ("the documentary Tidewater follows three fishermen"); a relative's subject is followed
 * by a noun the tagger misreads ("shot"), by a second verb in the same clause, or stands after a verb that
 * already has its object (a verb of saying takes a whole clause: "said the film Vetala premiered").
 */
export function opensThatlessRelative(tokens: Token[], s: number): boolean {
  const next = tokens[s + 1];
  if (!next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ' || CLAUSE_ENDS.has(next.normal)) return false;
  if (next.pos === 'NOUN' && next.text === next.normal) return true;
  if (next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  const cues = cueLexicon();
  for (let k = s - 2; k >= 0 && !endsClause(tokens[k]!); k--) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !cues.speech.has(t.lemma) && !cues.report.has(t.lemma)) return true;
  }
  // Count verb groups ("has already been shown" is one); an adverb inside a group does not end it.
  let groups = 0;
  let inGroup = false;
  for (let k = s + 1; k < tokens.length && !endsClause(tokens[k]!); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // A participle or an infinitive ("living on the coast", "to open") is no predicate of its own.
      if (!inGroup && !/ing$/.test(t.normal) && tokens[k - 1]!.normal !== 'to') groups++;
      inGroup = true;
    } else if (t.pos !== 'ADV') inGroup = false;
  }
  return groups > 1;
}

function endsClause(t: Token): boolean {
  return (t.pos === 'PUNCT' && !/^['’]/.test(t.text)) || CLAUSE_ENDS.has(t.normal);
}

/** Whether `word` opens a longer capitalised name elsewhere in the text: "the film Tomás would make" beside "Tomás Ribera". */
function opensLongerName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/^\s\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 2))) return true;
  }
  return false;
}
