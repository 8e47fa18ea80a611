import type { ExtractedQuote } from '../types.js';
import { isNewspaperWord, isTownAndNewspaperWord, lookupOutlet } from '../lexicon/outlets.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isPlaceName } from '../lexicon/place-names.js';
import { wholeWordOffsets } from '../text/boundaries.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';

/**
 * "The Chronicle reported last month that …": "The" and a newspaper's word (outlets.json newspaperWords) opening
 * a sentence as a report's speaker is a paper the gazetteer does not know, not a person named Chronicle. The
 * speaker becomes that outlet, and the report its words as carried by it.
 */
export function newspaperWordSpeakersAsOutlets(quotes: ExtractedQuote[], text: string): void {
  for (const q of quotes) {
    if (q.speaker_kind === 'outlet' && givenNameAndNewspaperWord(q, text)) {
      // "Dana Courier said …": a given name and a surname that is also a paper's word, unknown as an outlet.
      const name = q.speaker;
      Object.assign(q, { speaker_kind: 'person' });
      for (const r of quotes) if (r.outlet === name) r.outlet = null;
      continue;
    }
    if (loneNewspaperWordMention(q)) {
      // "The Herald reported …": a news word the tagger reads as a common noun ("herald") left the speaker unnamed.
      const name = `The ${q.speaker_mention!.slice(4)}`;
      Object.assign(q, { speaker: name, speaker_kind: 'outlet', outlet: q.outlet ?? name });
      continue;
    }
    if (q.speaker_kind !== 'person' || q.speaker_start === null || !q.speaker || !isNewspaperWord(q.speaker)) continue;
    const before = text.slice(Math.max(0, q.speaker_start - 12), q.speaker_start);
    // "…, the Chronicle reported." after "The Chronicle of Higher Education": the short form of a paper named before.
    const full = /\bthe\s+$/iu.test(before) ? fullNameBefore(q.speaker, text, q.speaker_start) : null;
    if (full) {
      Object.assign(q, { speaker: full, speaker_kind: 'outlet', outlet: q.outlet ?? full });
      continue;
    }
    // (Only "The" at a sentence's opening: "Dan Courier said" or "the Courier family" are people.)
    if (!/(?:^|[.!?]["”’]?\s+|\n\s*)The\s+$/u.test(before)) continue;
    Object.assign(q, { speaker_kind: 'outlet', outlet: q.outlet ?? q.speaker });
  }
}

/**
 * An unnamed speaker whose mention is "the" and a capitalised newspaper's word alone ("The Herald", "the Herald"),
 * which no person's noun spells ("the Republican", "the Leader" are people).
 */
function loneNewspaperWordMention(q: ExtractedQuote): boolean {
  if (q.speaker_kind !== 'anonymous' || q.speaker !== null || !q.speaker_mention) return false;
  const m = LONE_NEWS_WORD.exec(q.speaker_mention);
  return !!m && isNewspaperWord(m[1]!) && !isPersonNoun(m[1]!.toLowerCase());
}

const LONE_NEWS_WORD = /^[Tt]he (\p{Lu}\p{Ll}+)$/u;

/** Capitalised words, and the small words inside outlet names, either side of a newspaper word. */
const WORDS_BEFORE = /(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3})$/u;
const WORDS_AFTER = /^(?:\s+(?:of|and|the|\p{Lu}[\p{L}.&'’-]*)){0,4}/u;

/**
 * The one known outlet (data/outlets.json) the text names before `at` whose name holds the newspaper word `word`:
 * "The Chronicle of Higher Education" for "Chronicle", "the Houston Chronicle" too. Null when none, or when two
 * different papers hold it (which one "the Chronicle" is would be a guess).
 */
function fullNameBefore(word: string, text: string, at: number): string | null {
  const found = new Set<string>();
  for (const i of wholeWordOffsets(text.slice(0, at), word)) {
    const left = WORDS_BEFORE.exec(text.slice(Math.max(0, i - 60), i))![0].split(/\s+/).filter(Boolean);
    const right = WORDS_AFTER.exec(text.slice(i + word.length, i + word.length + 60))![0].split(/\s+/).filter(Boolean);
    const name = longestOutletAround(left, word, right);
    if (name && name !== word) found.add(name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The longest run of `left`'s tail, `word` and `right`'s head that the gazetteer knows as an outlet. */
function longestOutletAround(left: string[], word: string, right: string[]): string | null {
  let best: string | null = null;
  let bestLength = 0;
  for (let i = 0; i <= left.length; i++) {
    for (let j = 0; j <= right.length; j++) {
      const words = [...left.slice(i), word, ...right.slice(0, j)];
      if (words.length <= bestLength) continue;
      const outlet = lookupOutlet(words.join(' '));
      if (outlet) { best = outlet; bestLength = words.length; }
    }
  }
  return best;
}

/**
 * Whether an outlet speaker is written as a person's name: two words, a given name that is no place ("Dana", not
 * "Houston") and a newspaper's word, with no "the" before it and unknown to the gazetteer. Papers are written
 * "the Lakeview Courier"; "Dana Courier said" is a person.
 */
function givenNameAndNewspaperWord(q: ExtractedQuote, text: string): boolean {
  if (!q.speaker || q.speaker_start === null || !isTownAndNewspaperWord(q.speaker)) return false;
  const mention = text.slice(q.speaker_start, q.speaker_start + q.speaker.length);
  if (mention !== q.speaker || lookupOutlet(q.speaker)) return false;
  const first = q.speaker.split(/\s+/)[0]!;
  if (genderOfFirstName(first) === 'unknown' || isPlaceName(first)) return false;
  return !/\bthe\s+$/iu.test(text.slice(Math.max(0, q.speaker_start - 5), q.speaker_start));
}
