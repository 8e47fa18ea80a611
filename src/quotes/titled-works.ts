import type { Paragraph } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { workWords } from '../lexicon/work-words.js';
import { titleContexts } from '../lexicon/title-contexts.js';
import { regExpLiteral } from '../text/regexp-literal.js';
import { isPersonNounOrSingular } from '../lexicon/person-nouns.js';

/**
 * Words that read as a work's title in any language: the first capitalised (or a number), the others
 * capitalised or short small words ("Noche de Luz", "Mar y Sol", "Rua da Ponte."), at least half of them
 * capitalised. (English-only title case misses the articles and prepositions of other languages.)
 */
export function looksLikeTitle(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 8 || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  const bare = words.map((w) => w.replace(/[,.;:]+$/, ''));
  if (bare.some((w) => /[!?]/.test(w))) return false;
  const capitalised = bare.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised * 2 >= bare.length && bare.every((w) => /^[\p{Lu}\d]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
}

/** The sentence before `open` (from the last full stop, within `from`). */
function sentenceBefore(text: string, open: number, from: number): string {
  const before = text.slice(Math.max(from, open - 200), open);
  return before.slice(Math.max(0, ...[...before.matchAll(/[.!?][”"’]?\s+(?=[\p{Lu}“"])/gu)].map((m) => m.index! + m[0].length)));
}

function wordsRe(words: readonly string[]): string {
  return words.map((w) => regExpLiteral(w).replace(/ /g, '\\s+')).join('|');
}

let prizeForRe: RegExp | undefined;

/**
 * A work named after the prize it won or was put up for: "won album of the year for “…”", "won best new
 * artist and best rap album for “…”", "was nominated for “…”". A prize word stands between the verb and
 * "for", unless the verb is "nominated"/"shortlisted". (A place and a time may come between too: "won album of the
 * year at the awards in Madrid on Friday night for “…”".)
 */
export function prizeForTitle(text: string, open: number, from: number): boolean {
  const sentence = sentenceBefore(text, open, from);
  prizeForRe ??= new RegExp(String.raw`\b(${wordsRe(titleContexts().prize_verbs)})\b((?:\s+[\p{L}\d'’-]+){0,14}?)\s+for\s*$`, 'iu');
  const m = prizeForRe.exec(sentence);
  if (!m) return false;
  if (/^(?:nominated|shortlisted)$/i.test(m[1]!) && !m[2]!.trim()) return true;
  const between = m[2]!.toLowerCase().split(/\s+/);
  return between.some((w) => titleContexts().award_words.includes(w));
}

let workAfterRe: RegExp | undefined;

/**
 * A quotation followed, past its comma, by the kind of work it is in apposition: "“Mar de Fondo,” a record of
 * boleros she made at home", "“Dry Season,” her third album, …" — a title, whoever the sentence's speaker.
 */
export function workInAppositionAfter(text: string, span: MarkedSpan): boolean {
  const kinds = [...workWords('before_quoted_title'), ...titleContexts().works_in_apposition_after];
  workAfterRe ??= new RegExp(String.raw`^\s*,?\s*(?:a|an|the|her|his|their|its)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:${wordsRe(kinds)})\b(?!\s+(?:said|says|told))`, 'iu');
  const comma = /,\s*$/.test(text.slice(span.start, span.end)) || /^\s*,/.test(text.slice(span.close + 1, span.close + 3));
  return comma && workAfterRe.test(text.slice(span.close + 1, span.close + 80));
}

let madeByRe: RegExp | undefined;

/**
 * A quotation followed, past its comma, by a work noun and the clause of who made it: "“Red,” the song she
 * wrote about him", "“Dusk,” the film Ana Ruiz directed". The maker is no speaker and the words are a title,
 * even one word. (A person noun is a frame: "“We were done,” the singer wrote" has no work noun.)
 */
export function workMadeByAfter(text: string, span: MarkedSpan): boolean {
  const kinds = [...workWords('before_quoted_title'), ...titleContexts().works_in_apposition_after];
  madeByRe ??= new RegExp(String.raw`^\s*,?\s*(?:a|an|the|her|his|their|its)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:${wordsRe(kinds)})\s+(?:that\s+|which\s+)?(?:he|she|they|I|we|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*)\s+(?:\p{Ll}+ly\s+)?(?:${wordsRe(titleContexts().making_verbs)})\b`, 'u');
  const comma = /,\s*$/.test(text.slice(span.start, span.end)) || /^\s*,/.test(text.slice(span.close + 1, span.close + 3));
  return comma && madeByRe.test(text.slice(span.close + 1, span.close + 100));
}

let performedRe: RegExp | undefined;

/** A work right after a verb of performing it: "performed “…” live", "covered “…” at the encore". */
export function performedTitle(text: string, open: number, from: number): boolean {
  performedRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(titleContexts().performing_verbs)})\s*$`, 'iu');
  return performedRe.test(text.slice(Math.max(from, open - 20), open));
}

/**
 * The same words quoted earlier in the article where the sentence introduced them as a work's title
 * (`introducedAt` says so of an opening mark): "won album of the year for “Salt Line,” …" then "sang “Salt
 * Line” together" — still the title, wherever it recurs.
 */
export function titledEarlier(text: string, span: MarkedSpan, introducedAt: (open: number) => boolean): boolean {
  const whole = text.slice(span.start, span.end).replace(/[,.;:]+$/, '').trim();
  // (… or a sequel's title that extends it by a number or a subtitle: "“Night Harbor,”" then "sued over “Night Harbor 2.”".)
  const sequel = SEQUEL_TAIL.exec(whole);
  return repeatsEarlierTitle(text, span, whole, introducedAt) || (!!sequel && repeatsEarlierTitle(text, span, whole.slice(0, sequel.index), introducedAt));
}

/** A sequel's mark at the end of its title: a number, a Roman numeral, "Part Two", or a colon and a subtitle. */
const SEQUEL_TAIL = /\s+(?:\d{1,2}|[IVX]{1,4}|Part\s+(?:\d+|[IVX]+|\p{Lu}\p{Ll}+))$|:\s+\p{Lu}[^:]*$/u;

/** Whether `words` stood alone in quotation marks earlier, where the sentence introduced them as a title. */
function repeatsEarlierTitle(text: string, span: MarkedSpan, words: string, introducedAt: (open: number) => boolean): boolean {
  if (words.length < 2) return false;
  for (let i = text.lastIndexOf(words, span.open - 1); i > 0; i = text.lastIndexOf(words, i - 1)) {
    if (!/["“‘]/.test(text[i - 1]!)) continue;
    // The earlier quotation holds just these words, maybe with its trailing comma or full stop.
    if (!/^[,.;:]?["”’]/.test(text.slice(i + words.length, i + words.length + 2))) continue;
    if (introducedAt(i - 1)) return true;
  }
  return false;
}

/**
 * A quotation listed right after one the sentence made a title ("hits such as “…” and “…”", "“…”, “…” or
 * “…”"): one more title in the same list. `titleAt` says so of an earlier opening mark.
 */
export function listedAfterTitle(text: string, span: MarkedSpan, paragraph: Paragraph, titleAt: (open: number) => boolean): boolean {
  for (let at = span.open, k = 0; k < 4; k++) {
    const joint = /([”"])(?:\s*,)?\s*(?:(?:and|or)\s+)?$/u.exec(text.slice(Math.max(paragraph.start, at - 8), at));
    if (!joint || !/(?:,|and|or)\s*$/u.test(joint[0])) return false;
    const close = at - joint[0].length;
    const previousOpen = text.lastIndexOf(joint[1] === '”' ? '“' : '"', close - 1);
    if (previousOpen <= paragraph.start || close - previousOpen > 80) return false;
    if (titleAt(previousOpen)) return true;
    at = previousOpen;
  }
  return false;
}

/** The sentence around offsets open..close: sentenceBefore open, and after close up to the first full stop (within 200 characters). */
export function sentenceAround(text: string, open: number, close: number, from: number): { before: string; after: string } {
  const tail = text.slice(close + 1, close + 200);
  const end = /[.!?]["”’]?(?:\s|$)/u.exec(tail);
  return { before: sentenceBefore(text, open, from), after: end ? tail.slice(0, end.index + 1) : tail };
}

/** Whether a lower-case word of the list stands in the text as a whole word. */
function hasWord(text: string, words: readonly string[]): boolean {
  return text.toLowerCase().split(/[^\p{L}'’-]+/u).some((w) => words.includes(w));
}

let predicateRe: RegExp | undefined;

/** A copula or a verb of calling right before the marks, so the quotation is a predicate: "Talks were “…”", "called it “…”". */
export function predicateRightBefore(text: string, open: number, from: number): boolean {
  predicateRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(titleContexts().predicate_before_quote)})\s*$`, 'iu');
  return predicateRe.test(text.slice(Math.max(from, open - 16), open));
}

let characterisedRe: RegExp | undefined;

/**
 * A verb of calling and its object right before the marks, the object no work: "Ryder called the plan “…”",
 * "branded Lee’s deal “…”". A judgement of the object, so capitalised words are still someone's words; "called
 * the film “…”" names a work and "called his rival “…”" a person, and "a film called “…”" (nothing between) is data/work-words.json's concern.
 */
export function characterisedObjectBefore(text: string, open: number, from: number): boolean {
  characterisedRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(titleContexts().characterising_verbs)})\s+(?:the|this|that|these|those|his|her|its|their|our|my|your|[\p{Lu}][\p{L}.-]*['’]s)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s*$`, 'u');
  const m = characterisedRe.exec(text.slice(Math.max(from, open - 60), open));
  if (!m) return false;
  const head = m[1]!.split(/\s+/).pop()!;
  const works = new Set([...workWords('before_quoted_title'), ...workWords('counted_works')]);
  // (Nor a person, whom the words then name: "called his opponent “Senator Cruz”".)
  return !works.has(head) && !isPersonNounOrSingular(head);
}

let dialogueRe: RegExp | undefined;

/**
 * A character's line in a work: the sentence opens "In “TITLE,”" (maybe "In the finale of “TITLE,”"), then a
 * name, a present-tense speech verb (title_contexts dialogue_verbs) and maybe its object right before the
 * marks: "In “Harbor Lights,” Nora Vance tells him “…”". Dialogue quoted from the show, whoever is cited
 * on it after ("…,” a line actor Dana Pryce told Variety she still hears").
 */
export function dialogueInWork(text: string, open: number, from: number): boolean {
  dialogueRe ??= new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)In\s+(?:the\s+(?:\p{Ll}+\s+){0,3}of\s+)?[“"‘][\p{Lu}\d][^”"’.!?]{0,60}[”"’],?\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:${wordsRe(titleContexts().dialogue_verbs)})(?:\s+(?:\p{Ll}+|[\p{Lu}][\p{L}'’-]*)){0,2}\s*[,:]?\s*$`, 'u');
  return dialogueRe.test(text.slice(Math.max(from, open - 160), open));
}

let venueRe: RegExp | undefined;
let venueWithNounRe: RegExp | undefined;

/**
 * A place's name right after a verb of running it: "who opened “Brasa” in 2021", "took over “Le Coq”". Verbs
 * that as often take a phrase someone says ("closed “Every Loophole”", "bought “Time, Not Trust”") count only
 * with a venue noun near ("bought the café “Nord”").
 */
export function venueAfterOwningVerb(text: string, open: number, close: number, from: number): boolean {
  const contexts = titleContexts();
  venueRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(contexts.venue_verbs)})\s*$`, 'iu');
  venueWithNounRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(contexts.venue_verbs_with_noun)})(?:\s+(?:the|a|an|her|his|their|its))?(?:\s+[\p{L}-]+){0,2}\s*$`, 'iu');
  const before = text.slice(Math.max(from, open - 40), open);
  if (venueRe.test(before.slice(-24))) return true;
  if (!venueWithNounRe.test(before)) return false;
  const sentence = sentenceAround(text, open, close, from);
  return hasWord(sentence.before.slice(-60) + ' ' + sentence.after.slice(0, 60), contexts.venue_nouns);
}

let dishBeforeRe: RegExp | undefined;
let possessiveBeforeRe: RegExp | undefined;

/**
 * A short lower-case phrase in another language, named as a thing on offer: "the famous “canard au sang” at
 * …", "the kitchen serves its “pasta alla norma”". It holds a small word of that language and none of English,
 * and "the famous" / "the signature" stands before it, or a bare possessive in a sentence about food. (A
 * speaker's idiom, "found their “joie de vivre”", "said “c'est la vie” at Wembley", has neither.)
 */
export function foreignNameOnOffer(text: string, span: MarkedSpan, from: number): boolean {
  // (A comma American style puts inside the marks is no part of the name: their “fiesta del barrio,” …)
  const words = text.slice(span.start, span.end).trim().replace(/,$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w))) return false;
  const contexts = titleContexts();
  const { foreign_small_words: foreign, english_function_words: english } = contexts;
  if (!words.some((w) => foreign.includes(w)) || words.some((w) => english.includes(w))) return false;
  const before = text.slice(Math.max(from, span.open - 24), span.open);
  dishBeforeRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(contexts.dish_name_before)})\s*$`, 'iu');
  if (dishBeforeRe.test(before)) return true;
  possessiveBeforeRe ??= new RegExp(String.raw`(?<![\p{L}-])(?:${wordsRe(contexts.dish_name_before_with_food)})\s*$`, 'iu');
  if (!possessiveBeforeRe.test(before)) return false;
  const sentence = sentenceAround(text, span.open, span.close, from);
  return hasWord(sentence.before + ' ' + sentence.after, contexts.food_context_words);
}
