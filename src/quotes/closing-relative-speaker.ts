import type { Token } from '../types.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { sourceText, tokenAt } from './speaker-phrase.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';

/** Most words of a restrictive relative clause between its "that" and the cue: "that runs the harbour pilots". */
const MAX_CLAUSE_TOKENS = 8;

/**
 * "…, the company that operates it said.": a description set off by a comma, its restrictive "that" clause
 * right before a cue that closes the sentence, is the speaker whole ("the company that operates it"); the
 * clause's last words ("it", "the march") are no subject of the cue. Only where the cue ends its sentence, so
 * the clause cannot be a reported one ("the company that said …"); or anywhere, after a person described by
 * their body ("a spokesman for the club that runs the stadium said …", speakerForBody). `head` reads the
 * phrase ending at a token.
 * Returns null when the words before the cue are no such clause.
 */
export function closingRelativeSpeaker(tokens: Token[], cue: number, lo: number, head: (end: number) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (cue - 1 < lo) return null;
  const closing = /^[.!?]$/.test(tokens[cue + 1]?.text ?? '');
  return relativeDescription(tokens, cue, lo, head, closing ? 'closing' : 'body');
}

/**
 * "The company that operates it said the ship was safe": the same at the opening of the sentence (or clause,
 * at `lo`), where the cue's clause follows it; the clause's object ("it") is no subject of the cue. So too
 * after a subordinating conjunction, which opens a clause of its own: "…, after a geologist who surveyed the
 * site claimed it was unsafe" (a person's "who" clause as a body's "that" clause).
 */
export function openingRelativeSpeaker(tokens: Token[], cue: number, lo: number, head: (end: number) => SpeakerPhrase | null): SpeakerPhrase | null {
  return cue - 1 < lo ? null : relativeDescription(tokens, cue, lo, head, 'opening');
}

/** Conjunctions that open a clause of time or cause, its subject right after (the tagger reads "after" as a preposition too). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'since', 'until', 'when', 'while', 'once', 'although', 'though']);

function relativeDescription(tokens: Token[], cue: number, lo: number, head: (end: number) => SpeakerPhrase | null, where: 'closing' | 'opening' | 'body'): SpeakerPhrase | null {
  for (let k = cue - 2; k > lo && k >= cue - 1 - MAX_CLAUSE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return null;
    // ("who" for people, "that" for anyone: "a geologist who surveyed it", "the company that operates it".)
    // (A name may end the phrase opening the sentence: "One message on Facebook that was liked …".)
    // ("who" only after a conjunction opening the clause: elsewhere the rules for "who" read the antecedent.)
    if (!(t.normal === 'that' || (t.normal === 'who' && where === 'opening' && tokens[cue - 1]!.pos !== 'PUNCT')) || !(tokens[k - 1]!.pos === 'NOUN' || (where === 'opening' && tokens[k - 1]!.pos === 'PROPN'))) continue;
    // The clause opens with its verb (adverbs may come between): "that operates", "that later ran"; a passive's
    // auxiliary too, "that was shared".
    let v = k + 1;
    while (v < cue && tokens[v]!.pos === 'ADV') v++;
    if (v + 1 < cue && tokens[v]!.pos === 'AUX' && tokens[v]!.lemma === 'be' && tokens[v + 1]!.pos === 'VERB') v++;
    if (v >= cue || tokens[v]!.pos !== 'VERB') return null;
    // "A study that appeared in the Lancet found …": a name in an opening clause may be the source itself
    // (an outlet, a person); the older rules read that.
    if (where === 'opening' && tokens.slice(v + 1, cue).some((w) => /^\p{Lu}/u.test(w.text))) return null;
    // ("One post on X that …": a name after a preposition ends the phrase; its head is the noun before.)
    const described = where === 'opening' && tokens[k - 1]!.pos === 'PROPN' ? (tokens[k - 2]?.pos === 'ADP' && k - 3 >= lo ? head(k - 3) : null) : head(k - 1);
    if (!described || described.kind === 'person' || described.kind === 'pronoun') return null;
    const first = tokenAt(tokens, described.start, k);
    // (Set off by a comma, or a quotation's closing mark, from the words reported before it, and a description:
    // "the agency", "a group".)
    const article = /^(the|a|an|one)$/.test(tokens[first]!.normal);
    const fits = where === 'opening' ? ((first === lo && t.normal === 'that') || CLAUSE_OPENERS.has(tokens[first - 1]?.normal ?? '')) && article
      : where === 'closing' ? /^(?:,|”|")$/.test(tokens[first - 1]?.text ?? '') && article
      : speakerForBody(tokens, first, k, lo);
    if (!fits) return null;
    const text = sourceText(tokens, first, cue);
    return { ...described, end: tokens[cue - 1]!.end, text, name: text };
  }
  return null;
}

/**
 * "A spokesman for the club that runs the stadium said …": anywhere in the sentence, a person described by the
 * body they speak or work for (person noun, "for"/"at"/"of", the body) opening its clause keeps the body's
 * "that" clause: it is the body's, so its object ("the stadium", "it") is no subject of the cue.
 * tokens[first, that) is the phrase; it opens the sentence or follows a comma or a conjunction.
 */
function speakerForBody(tokens: Token[], first: number, that: number, lo: number): boolean {
  const before = tokens[first - 1];
  if (first > lo && before && before.text !== ',' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') return false;
  // (An article opens it, or the plural person noun itself: "members of the board that …".)
  for (let k = /^(the|a|an)$/.test(tokens[first]!.normal) ? first + 2 : first + 1; k < that - 1; k++) {
    if (k === first + 1 && !/s$/.test(tokens[first]!.normal)) return false;
    if (/^(for|at|of)$/.test(tokens[k]!.normal) && tokens[k - 1]!.pos === 'NOUN' && (k - 1 === first || /^\p{Ll}/u.test(tokens[k - 1]!.text)) && isPersonNoun(tokens[k - 1]!.normal)) return true;
  }
  return false;
}
