// Quoted words read from the token view: a phrase that ends its noun phrase, one used as a modifier ("a “Buy Local” campaign"), one used as the narration's verb.
import type { MarkedSpan } from '../text/quotation-marks.js';
import type { TokenView } from './frame.js';
import { POSSESSIVES } from '../nlp/words.js';

/**
 * Lowercase quoted words that close their noun phrase ("the “worst instincts” of voters"), not a
 * modifier of a noun after them ("the “performance capture” technique") nor a name ("the “Fox Hour”").
 */
export function endsItsNounPhrase(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  const quoted = text.slice(span.start, span.end);
  if (!/^\p{Ll}/u.test(quoted)) return false;
  // ("… the “party of reform.” Lee won": a full stop ends the phrase whatever follows; not "!", which
  // titles hold: the “wow!” star.)
  if (/\.$/.test(quoted.trimEnd())) return true;
  const next = view.tokens[view.tokenAtOrAfter(span.close + 1)];
  if (!next) return true;
  // (One word before an amount modifies it: the “safe” $15 million range.)
  if (/^(NUM|SYM)$/.test(next.pos) && !/\s/.test(quoted.trim())) return false;
  return !/^(NOUN|PROPN)$/.test(next.pos);
}

/**
 * One small-letter word quoted as the verb of the narration's own sentence, "He recently “liked” a post
 * about the club": the writer's scare quotes around what someone did, not words anyone said. Asked only
 * for a quotation with no cue of its own (with one, "the club says he “retired”", the word is the club's).
 */
export function quotedAsAction(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  if (!/^\p{Ll}[\p{L}-]*$/u.test(text.slice(span.start, span.end))) return false;
  const tokens = view.tokens;
  const k = view.tokenAtOrAfter(span.start);
  const word = tokens[k];
  if (!word || word.end !== span.end || word.pos !== 'VERB') return false;
  // The narration's finite verb, right after its subject (a name or he/she/they, maybe with an adverb):
  // not one after "to", "would" or "had", which a reported clause quotes ("accused him of trying to “debase” …").
  let s = view.tokenAtOrAfter(span.open) - 1;
  if (tokens[s]?.pos === 'ADV') s--;
  const subject = tokens[s];
  return !!subject && (subject.pos === 'PROPN' || /^(he|she|they|it|we|i)$/.test(subject.normal));
}

/**
 * Quoted words used as a modifier inside a noun phrase, a determiner or possessive (and up to two
 * modifiers) before them and the phrase's head noun right after: "the campers' nightly “Pack up or move
 * out” ritual", "a “Buy Local” campaign". A slogan or a name of the thing, not words reported. Asked only
 * for a quotation with no cue of its own ("She praised the mayor's “tax and spend” agenda" is hers).
 */
export function modifiesNounAfter(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  const quoted = text.slice(span.start, span.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  // (Capitalised, as a slogan or a name is: lower-case words there are often the speaker's, "had a
  // “rock-solid” case", "a “warm and lasting” friendship", as PolNeAR annotates them.)
  if (words.length > 8 || !/^\p{Lu}/u.test(quoted) || /[,.;:!?…-]\s*$/.test(quoted)) return false;
  const tokens = view.tokens;
  const head = view.tokenAtOrAfter(span.close + 1);
  const noun = tokens[head];
  if (!noun || noun.start > span.close + 2 || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) return false;
  // The head ends its phrase: punctuation, a preposition, a conjunction or a verb after it.
  const next = tokens[head + 1];
  if (next && !/^(PUNCT|ADP|CCONJ|SCONJ|VERB|AUX)$/.test(next.pos)) return false;
  let k = view.tokenAtOrAfter(span.open) - 1;
  for (let modifiers = 0; modifiers < 2 && /^(ADJ|NOUN)$/.test(tokens[k]?.pos ?? '') && /^\p{Ll}/u.test(tokens[k]!.text); modifiers++) k--;
  const before = tokens[k];
  if (!before) return false;
  // A determiner, a possessive pronoun, or the "'s" / plural "'" of an owner.
  return (before.pos === 'DET' && before.normal !== 'that') || POSSESSIVES.has(before.normal) || /^['’]s?$/.test(before.text);
}
