import { profaneWords } from '../lexicon/profanity.js';
import type { Quote } from '../types.js';
import { isLetter, isLetterOrDigitAt, startsWithCapital, unitsOf } from '../text/boundaries.js';
import { THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';

/** What the score says about one quotation. */
export interface PullquoteScore {
  pullquote: number;
  pullquote_reasons: string[];
  profanity: boolean;
}

// Openings whose referent lies outside the quotation ("It was…", "That's why…").
const DANGLING_OPENING = new Set(['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', ...THIRD_PERSON_POSSESSIVES, 'him', 'them', 'there', 'which', 'so', 'and', 'but', 'or', 'also']);
const FIRST_PERSON = new Set(['i', 'i’m', "i'm", 'me', 'my', 'we', 'we’re', "we're", 'us', 'our']);
const SECOND_PERSON = new Set(['you', 'your', 'you’re', "you're", 'yourself']);
// Words that make a line stick: absolutes, strong feeling, concrete stakes.
const VIVID = new Set(['never', 'always', 'nobody', 'everybody', 'everything', 'nothing', 'love', 'hate', 'dream', 'fear', 'afraid', 'war', 'death', 'die', 'blood', 'heart', 'fire', 'sea', 'night', 'home', 'forever', 'impossible', 'incredible', 'terrible', 'beautiful', 'brutal', 'crazy', 'magic', 'miracle', 'nightmare', 'lie', 'truth', 'god', 'hell', 'happy', 'ending', 'alone', 'free', 'fight', 'win', 'lose', 'broke', 'cry', 'laugh']);

/** Whether a text holds a word from the profanity list. */
export function isProfane(text: string): boolean {
  return words(text).some((w) => profaneWords().has(w));
}

/** The matches of /[\p{L}\p{N}’'-]+/gu in a text, lower-cased: read by character code, as the regex reads code points. */
export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // ASCII and the typographic apostrophe decided without the regex.
    const inWord = c < 128 ? isAsciiWordPart(c) : c === 0x2019 || isLetterOrDigitAt(text, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
    i += c >= 0xd800 && c <= 0xdbff ? unitsOf(text.codePointAt(i)!) : 1;
  }
  if (start >= 0) out.push(text.slice(start).toLowerCase());
  return out;
}

/** An ASCII letter, digit, apostrophe or hyphen. */
function isAsciiWordPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
}

/**
 * How well a quotation would stand alone set large beside a story, 0..1, with the reasons.
 * After the quotability research (Danescu-Niculescu-Mizil et al. 2012; Bendersky & Smith 2012;
 * Bohn & Ling 2020): a length read at a glance, self-contained, a named speaker, first and second
 * person, vivid and concrete wording, questions and exclamations; fragments and reported speech rank low.
 */
export function scorePullquote(quote: Pick<Quote, 'text' | 'type' | 'speaker' | 'speaker_kind'>): PullquoteScore {
  return scoreWords(quote, words(quote.text));
}

/** scorePullquote, given the quote's words (scorePullquotes needs them again). */
function scoreWords(quote: Pick<Quote, 'text' | 'type' | 'speaker' | 'speaker_kind'>, list: string[]): PullquoteScore {
  const reasons: string[] = [];
  const n = list.length;
  let score = 0.2;
  if (n >= 8 && n <= 30) { score += 0.3; reasons.push('length-ok'); }
  else if ((n >= 5 && n < 8) || (n > 30 && n <= 50)) { score += 0.12; reasons.push(n < 8 ? 'short' : 'long'); }
  else reasons.push(n < 5 ? 'too-short' : 'too-long');

  if (quote.type === 'direct') score += 0.1;
  else if (quote.type === 'partial') { score -= n <= 6 ? 0.25 : 0.1; reasons.push('partial'); }
  else { score -= 0.3; reasons.push('indirect'); }

  if (quote.speaker && quote.speaker_kind === 'person') { score += 0.2; reasons.push('named-speaker'); }
  else if (quote.speaker) { score += 0.1; reasons.push('speaker'); }
  else { score -= 0.2; reasons.push('no-speaker'); }

  const trimmed = quote.text.trim();
  if (DANGLING_OPENING.has(list[0] ?? '')) { score -= 0.15; reasons.push('opens-with-pronoun'); }
  if (/^\p{Ll}/u.test(trimmed) || /^[…,;-]/.test(trimmed)) { score -= 0.15; reasons.push('fragment'); }
  const kinds = wordKinds(list);
  if (kinds.firstPerson) { score += 0.08; reasons.push('first-person'); }
  if (kinds.secondPerson) { score += 0.05; reasons.push('second-person'); }
  if (/\?["”’]?\s*$|\?\s/.test(trimmed)) { score += 0.04; reasons.push('question'); }
  if (/!/.test(trimmed)) { score += 0.04; reasons.push('exclamation'); }
  if (kinds.vivid || /\d/.test(trimmed)) { score += 0.06; reasons.push('vivid'); }
  const swearing = kinds.profane;
  if (swearing) reasons.push('profanity');
  // A line in headline case is a headline's, wherever it was found: the reader has just read it.
  if (headlineCase(trimmed)) { score = 0; reasons.push('headline-case'); }
  return { pullquote: round(Math.max(0, Math.min(1, score))), pullquote_reasons: reasons, profanity: swearing };
}

/**
 * Nearly all of a text's words of four letters or more capitalised, three at least: "Ferry Fares Will Rise
 * in Spring". Not a line with a few names in it ("And that is why Dana Okafor runs the Harbour Board").
 */
export function headlineCase(text: string): boolean {
  // The words are the matches of /[\p{L}’'-]+/gu, read by code point in one pass: matching them and then
  // every letter of each word made an array per word and per letter for every quote.
  let long = 0;
  let capitalised = 0;
  let start = -1;
  let letters = 0;
  for (let i = 0; i <= text.length; ) {
    const cp = i < text.length ? text.codePointAt(i)! : -1;
    const letter = cp >= 0 && isLetter(cp);
    if (letter || cp === 0x2019 || cp === 39 || cp === 45) {
      if (start < 0) { start = i; letters = 0; }
      if (letter) letters++;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      // Letters counted without apostrophes: "I’ve" is a short word.
      if (letters >= 4 && !SHORT_PREPOSITIONS.has(word.toLowerCase())) {
        long++;
        if (startsWithCapital(word)) capitalised++;
      }
      start = -1;
    }
    i += unitsOf(cp);
  }
  return capitalised >= 3 && capitalised >= 0.85 * long;
}

// Words some headlines leave in lower case ("Okafor Backs Plan with Pilots").
const SHORT_PREPOSITIONS = new Set(['with', 'from', 'into', 'over', 'onto', 'upon', 'than', 'that', 'this']);

/** Which of the word lists above a quote's words meet, read in one pass (four passes did the same look-ups). */
function wordKinds(list: string[]): { firstPerson: boolean; secondPerson: boolean; vivid: boolean; profane: boolean } {
  const swear = profaneWords();
  let firstPerson = false;
  let secondPerson = false;
  let vivid = false;
  let profane = false;
  for (const w of list) {
    firstPerson ||= FIRST_PERSON.has(w);
    secondPerson ||= SECOND_PERSON.has(w);
    vivid ||= VIVID.has(w);
    profane ||= swear.has(w);
  }
  return { firstPerson, secondPerson, vivid, profane };
}

/**
 * Score every quote of an article; a near-duplicate of a better quote (most of its words shared) is
 * demoted, so the list of pull-quotes does not say the same thing twice.
 */
export function scorePullquotes<Q extends Pick<Quote, 'text' | 'type' | 'speaker' | 'speaker_kind'>>(quotes: Q[]): (Q & PullquoteScore)[] {
  const wordLists = quotes.map((q) => words(q.text));
  // Object.assign copies the same keys in the same order as a spread, about three times faster here: quotes
  // come from several code paths, and the spread's copy goes slow on their many shapes.
  const scored = quotes.map((q, i): Q & PullquoteScore => Object.assign({}, q, scoreWords(q, wordLists[i]!)));
  const order = [...scored.keys()].sort((a, b) => scored[b]!.pullquote - scored[a]!.pullquote || a - b);
  const kept: Set<string>[] = [];
  for (const i of order) {
    const q = scored[i]!;
    const own = new Set(wordLists[i]);
    if (kept.some((k) => overlaps(own, k, 0.6))) {
      q.pullquote = round(Math.max(0, q.pullquote - 0.3));
      q.pullquote_reasons = [...q.pullquote_reasons, 'near-duplicate'];
    } else kept.push(own);
  }
  return scored;
}

/** Whether the words shared / the smaller set's size (at least 1) reaches `share` (> 0). */
function overlaps(a: Set<string>, b: Set<string>, share: number): boolean {
  // Counting over the smaller set gives the same count. Stop once the share is reached, or once it can no
  // longer be reached even if every word left is shared (most pairs of quotes share few words).
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  const size = Math.max(1, small.size);
  let shared = 0;
  let left = small.size;
  for (const w of small) {
    left--;
    if (large.has(w)) {
      if (++shared / size >= share) return true;
    } else if ((shared + left) / size < share) return false;
  }
  return false;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
