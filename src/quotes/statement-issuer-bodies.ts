import type { ExtractedQuote } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { WORD_BOUNDARY, literalMatchIn } from '../text/literal-matches.js';

/** "said in a statement" right after the cue. */
const IN_A_STATEMENT = /^\s+in an?\s+(?:\p{L}+\s+)?statement\b/u;

/** A pronoun or description that stands for a body, not a person: "It added", "The company said". */
const BODY_REFERENCE = /^(?:it|the (?:company|firm|studio|group|broadcaster|network|channel|charity|club|organi[sz]ation))$/i;

/**
 * "Kidsview said in a statement that …. It added …": one capitalised word with no given name, which issues a
 * statement and is then taken up as "it" or "the company" in the next quotation, is a body's name, not a
 * surname. A statement alone proves nothing (people issue them too), so the later "it" is what decides. The
 * "it" quotation with no speaker takes the body, and every quotation of that name becomes the body's.
 */
export function giveStatementIssuersBodyKind(quotes: ExtractedQuote[], text: string): void {
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const name = q.speaker;
    if (q.speaker_kind !== 'person' || !name || !/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(name) || genderOfFirstName(name) !== 'unknown') continue;
    if (q.speaker_mention !== name || q.cue_end === null) continue;
    // (The very next quotation only, nothing said by anyone else in between.)
    const next = quotes.filter((r) => r.start > q.end).sort((a, b) => a.start - b.start)[0];
    if (!next?.speaker_mention || !BODY_REFERENCE.test(next.speaker_mention) || (next.speaker !== null && next.speaker !== name)) continue;
    // (Without a statement, only "It" opening the very next sentence: "Seatrix said …. It added …" — no person is "it".)
    if (!IN_A_STATEMENT.test(text.slice(q.cue_end)) && !itOpensNextSentence(q, next, text)) continue;
    next.speaker = name;
    next.speaker_kind = 'organization';
    for (const r of quotes) if (r.speaker === name) r.speaker_kind = 'organization';
  }
  for (const q of quotes) if (loneStatementIssuer(q, text)) for (const r of quotes) if (r.speaker === q.speaker) r.speaker_kind = 'organization';
}

/** "It" as `next`'s speaker, opening the sentence right after the one `q` ends in. */
function itOpensNextSentence(q: ExtractedQuote, next: ExtractedQuote, text: string): boolean {
  if (!/^it$/i.test(next.speaker_mention ?? '') || next.speaker_start === null || next.speaker_start < q.end) return false;
  return NEXT_SENTENCE_GAP.test(text.slice(Math.max(q.end, q.cue_end ?? 0), next.speaker_start));
}

/** The rest of one sentence, its stop, and the space before the next: no other sentence in between. */
const NEXT_SENTENCE_GAP = /^[^.!?\n]*[.!?][”"’)]*\s+$/u;

/** A pronoun only a person takes: "he", "her", "himself". */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;

/**
 * "Kidsview said in a statement that the show would return.", with nothing after it: a one-word name issuing a
 * statement, with no sign anywhere that it is a person (no given name we list, no role, no full name or title
 * written elsewhere, no "he" or "she" in the rest of the article), is a body's name. ("Okonkwo said in a
 * statement …. He thanked …" keeps its person.)
 */
function loneStatementIssuer(q: ExtractedQuote, text: string): boolean {
  const name = q.speaker;
  if (q.speaker_kind !== 'person' || !name || q.speaker_role || !/^\p{Lu}\p{Ll}+$/u.test(name) || genderOfFirstName(name) !== 'unknown') return false;
  if (q.speaker_mention !== name || q.cue_end === null || !IN_A_STATEMENT.test(text.slice(q.cue_end))) return false;
  if (PERSON_PRONOUN.test(text.slice(q.speaker_start ?? q.start))) return false;
  // ("Dana Okonkwo …", "Ms. Okonkwo …": the name written with a given name or a title is a person's; "Tarnwick
  // Broadcasting Network … Tarnwick said" is a longer name's short form, which giveShortBodyNamesTheirBody names.)
  // (A capitalised word with a stop is a title or an initial only when short: "Crumbly. Okonkwo said" ends a sentence
  // on a name of its own, no given name of Okonkwo's.)
  return !literalMatchIn(text, name, TITLE_OR_CAPITALISED_WORD_BEFORE, WORD_BOUNDARY) && !literalMatchIn(text, name, WORD_BOUNDARY, CAPITALISED_WORD_AFTER);
}

/** `before`: a short capitalised word with a stop ("Ms.", "D.") or any capitalised word, and space, right before a name. */
const TITLE_OR_CAPITALISED_WORD_BEFORE = /(?<=(?:\p{Lu}\p{L}{0,3}\.|\p{Lu}\p{L}*)\s+)/uy;

/** `after`: space and a capitalised word right after a name (a surname after a given name). */
const CAPITALISED_WORD_AFTER = /\s+\p{Lu}/uy;
