import type { Token } from '../types.js';
import { frameAtToken, hasVerb, type Frame } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { SUBJECT_OF_POSSESSIVE } from '../nlp/words.js';
import { retagged } from '../nlp/retagged.js';
import { classify, description, type SpeakerPhrase } from './speaker.js';
import { mainVerbAfterClause } from './subject-clause.js';
import { dashAsideClose, type SentenceScan } from './sentence-scan.js';
import { restatedOwnReport } from './own-report.js';

/** An article or possessive pronoun, which opens a noun phrase: no head noun stands right before one ("marks his return"). */
export function opensNounPhrase(word: string): boolean {
  return word === 'the' || word === 'a' || word === 'an' || SUBJECT_OF_POSSESSIVE.has(word);
}

/**
 * A report carried by a noun and its that-clause, owned by the speaker: "his claim that the tax was
 * illegal", "the senator’s warning that the bridge is unsafe". The noun (tokens[i], in the cue
 * lexicon's report nouns) is the cue, its owner the speaker, the that-clause the content. Returns the
 * content's token range and the frame, or null.
 */
export function nominalReport(tokens: Token[], i: number, lo: number, last: number, scan: () => SentenceScan): { from: number; to: number; frame: Frame } | null {
  const noun = tokens[i]!;
  // (After "there were", a plural noun may be read as a passive verb: "there were reports that …".)
  const pluralAfterBe = noun.pos === 'VERB' && /s$/.test(noun.normal) && tokens[i - 1]?.lemma === 'be';
  if ((noun.pos !== 'NOUN' && !pluralAfterBe) || !cueLexicon().reportNouns.has(noun.lemma)) return null;
  const that = thatAfter(tokens, i, last);
  if (that < 0) return null;
  const owned = pluralAfterBe ? null : ownerFrame(tokens, i, lo);
  const existential = owned ? null : existentialReport(tokens, i, lo);
  const frame = owned ?? (existential ? frameAtToken(tokens, i, existential) : null);
  if (!frame) return null;
  const from = that + 1;
  // "the claim that was made": a relative clause on the noun, its subject missing, is no content.
  if (from > last || /^(VERB|AUX)$/.test(tokens[from]!.pos) || tokens[from]!.pos === 'PUNCT') return null;
  const to = clauseEnd(tokens, from, last, scan());
  if (to - from < 2 || scan().hasMark(from, to) || objectGap(tokens, from, to) || !hasVerb(tokens, from + 1, to)) return null;
  return { from, to, frame };
}

/**
 * The frame of words quoted inside a report noun's that-clause, for the noun at tokens[i] before the
 * quotation opening at tokens[open]: "dismissed Okafor's claim that the budget was “a total mess”",
 * "seized on her warning that there were “thousands of errors”". The quoted words are the owner's (the
 * noun is the cue), whoever the sentence's subject is. Null without an owner ("the claim that …" names
 * no one) or when a colon or semicolon ends the clause before the quotation.
 */
export function nominalQuotationFrame(tokens: Token[], i: number, lo: number, open: number): Frame | null {
  const noun = tokens[i]!;
  // (Right after a genitive a word is a noun, whatever the tagger says: "the union’s demand for “…”".)
  const complement = noun.pos === 'NOUN' || /^(?:'s|’s|'|’)$/.test(tokens[i - 1]?.text ?? '') ? complementOwnerFrame(tokens, i, lo, open) : null;
  if (complement) return complement;
  if (noun.pos !== 'NOUN' || !cueLexicon().reportNouns.has(noun.lemma)) return null;
  const that = thatAfter(tokens, i, open - 1);
  if (that < 0 || that >= open - 1) return null;
  for (let k = that + 1; k < open; k++) if (/^[;:]$/.test(tokens[k]!.text)) return null;
  const frame = ownerFrame(tokens, i, lo);
  // ("its prediction that …": a thing's, which no later rule resolves; the sentence's own frame is better.)
  if (!frame || (frame.speaker.kind === 'pronoun' && frame.speaker.name === 'it')) return null;
  // "Rubio's claim that Cruz backs amnesty is “simply not true”": the quotation comes after the
  // sentence's own verb, outside the claim.
  if (mainVerbAfterClause(tokens, that + 1, open - 1) >= 0) return null;
  return frame;
}

/**
 * "condemned Hale's call for “a full audit”", "his pledge to “…”", "her description of the town as “…”": a
 * speech-act noun (cues.json quotation_complement_nouns) with an owner, whose complement (its opening word,
 * then at most six words with no punctuation or auxiliary) holds the quotation. The owner spoke the words.
 * (Words quoted on the noun phrase itself, "condemned Hale's “vile remarks”", have no such noun before them.)
 */
function complementOwnerFrame(tokens: Token[], i: number, lo: number, open: number): Frame | null {
  const opens = cueLexicon().quotationComplementNouns.get(tokens[i]!.lemma);
  if (!opens || !opens.has(tokens[i + 1]?.normal ?? '') || open - (i + 2) > 6) return null;
  for (let k = i + 2; k < open; k++) if (/^(PUNCT|AUX)$/.test(tokens[k]!.pos)) return null;
  const frame = ownerFrame(tokens, i, lo);
  return !frame || (frame.speaker.kind === 'pronoun' && frame.speaker.name === 'it') ? null : frame;
}

/** Verbs whose object a report noun can be, leaving a gap in a relative clause: "the claim that he made". */
const VERBS_OF_REPORTS = new Set(['make', 'repeat', 'issue', 'deliver', 'give', 'offer', 'send', 'post', 'write', 'file', 'lodge', 'hear', 'voice', 'express', 'raise', 'reject', 'dismiss', 'deny', 'retract', 'withdraw', 'receive', 'keep', 'break', 'publish', 'release']);

/** "that he made on Monday": the clause's verb of reports has no object of its own, so "that" is a relative pronoun. */
function objectGap(tokens: Token[], from: number, to: number): boolean {
  let v = from;
  while (v <= to && !(tokens[v]!.pos === 'VERB')) v++;
  if (v > to || !VERBS_OF_REPORTS.has(tokens[v]!.lemma)) return false;
  const next = tokens[v + 1];
  return !next || v + 1 > to || /^(ADP|ADV|PUNCT|CCONJ)$/.test(next.pos);
}

/**
 * "that" right after the noun, after a copula ("her fear is that …"), or after a short time or place
 * phrase: "his statement on Friday that …".
 */
function thatAfter(tokens: Token[], i: number, last: number): number {
  if (tokens[i + 1]?.normal === 'that') return i + 1;
  const copula = copulaAfter(tokens, i, last);
  if (copula > 0 && tokens[copula + 1]?.normal === 'that') return copula + 1;
  if (!/^(on|in|at|last|this|earlier)$/.test(tokens[i + 1]?.normal ?? '')) return -1;
  for (let k = i + 2; k <= last && k < i + 6; k++) {
    if (tokens[k]!.normal === 'that') return k;
    if (!/^(DET|NOUN|PROPN|NUM|ADJ)$/.test(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/** The last word of a copula right after the noun: "is", "was", "has been", "had long been"; -1 if none. */
function copulaAfter(tokens: Token[], i: number, last: number): number {
  const be = tokens[i + 1];
  if (!be || i + 1 > last) return -1;
  if (/^(is|was|are|were|’s|'s|remains|remained)$/.test(be.normal)) return i + 1;
  if (!/^(has|had|have)$/.test(be.normal)) return -1;
  const k = tokens[i + 2]?.pos === 'ADV' ? i + 3 : i + 2;
  return tokens[k]?.normal === 'been' && k <= last ? k : -1;
}

/**
 * The frame of the noun at tokens[i] and its owner: the noun is the cue, the owner the speaker ("Okafor's
 * claim that …"), except that a subject restating its own report speaks with the verb as the cue ("The
 * governor repeated his claim that …", own-report.ts), where "his" would name no one new.
 */
function ownerFrame(tokens: Token[], i: number, lo: number): Frame | null {
  const k = ownerWordBefore(tokens, i, lo);
  const restated = k >= 0 ? restatedOwnReport(tokens, k, lo) : null;
  if (restated) {
    const { cueFrom, cueTo, speaker } = restated;
    const cue = tokens.slice(cueFrom, cueTo + 1).map((w) => w.text).join(' ');
    return { cueStart: tokens[cueFrom]!.start, cueEnd: tokens[cueTo]!.end, cue, cueToken: cueTo, speaker, outlet: speaker.kind === 'outlet' ? speaker.name : null, according: false };
  }
  const speaker = k >= 0 ? ownerBefore(tokens, i, lo) : null;
  return speaker ? frameAtToken(tokens, i, speaker) : null;
}

/** Where the owner word of the noun at tokens[i] is, over adjectives ("his repeated claim"), or -1 before `lo`. */
function ownerWordBefore(tokens: Token[], i: number, lo: number): number {
  let k = i - 1;
  while (k > lo && k > i - 4 && /^(ADJ|ADV)$/.test(tokens[k]!.pos)) k--;
  return tokens[k] && k >= lo ? k : -1;
}

/** The owner of the noun at tokens[i], over adjectives: "his repeated claim", "Ms. Hale’s latest warning". */
export function ownerBefore(tokens: Token[], i: number, lo: number): SpeakerPhrase | null {
  const k = ownerWordBefore(tokens, i, lo);
  if (k < 0) return null;
  const t = tokens[k]!;
  const pronoun = SUBJECT_OF_POSSESSIVE.get(t.normal);
  if (pronoun) return { start: t.start, end: t.end, text: t.text, kind: 'pronoun', name: pronoun, role: null, title: null };
  if (!/^(?:'s|’s|'|’)$/.test(t.text) || k - 1 < lo) return null;
  // The genitive's noun phrase: "Mr. Reyes's", "the agency's", "the senators'".
  let s = k - 1;
  while (s > lo && s > k - 6 && /^(PROPN|NOUN|ADJ|DET|NUM)$/.test(tokens[s - 1]!.pos)) s--;
  // (Right before a genitive a word is a noun, whatever the tagger says: "the union’s demand", where the
  // tagger reads "union" as an adjective and the phrase would name no one.)
  const head = tokens[k - 1]!;
  const owner = head.pos === 'ADJ' ? classify([...tokens.slice(s, k - 1), retagged(head, 'NOUN', head.lemma)], 0, k - s) : classify(tokens, s, k);
  return owner && owner.kind !== 'pronoun' ? owner : null;
}

/**
 * "there were reports that …", "there have been complaints that …": reports whose owner goes unnamed;
 * the noun phrase itself is the source.
 */
function existentialReport(tokens: Token[], i: number, lo: number): SpeakerPhrase | null {
  let k = i - 1;
  while (k > lo && k > i - 4 && /^(ADJ|NUM|DET)$/.test(tokens[k]!.pos)) k--;
  // "there is no suggestion that …", "there have been no reports that …": a report said not to exist.
  for (let d = k + 1; d < i; d++) if (tokens[d]!.normal === 'no') return null;
  const be = tokens[k];
  if (!be || be.lemma !== 'be') return null;
  // "there were reports", "there have been reports".
  const there = be.normal === 'been' ? k - 2 : k - 1;
  if (there < lo || tokens[there]!.normal !== 'there') return null;
  return description(tokens, k + 1, i + 1);
}

/**
 * The that-clause's last token: before a semicolon, a dash, a parenthesis or a ", which" aside, or the
 * verb of the sentence the noun is the subject of; an aside between two dashes is inside it ("the claim
 * that the ferry — built in 1990 — is unsafe").
 */
function clauseEnd(tokens: Token[], from: number, last: number, scan: SentenceScan): number {
  let end = scan.breakFrom(from + 1);
  let close = dashAsideClose(tokens, end, last, from);
  while (close >= 0) {
    end = scan.breakFrom(close + 1);
    close = dashAsideClose(tokens, end, last, from);
  }
  let to = end - 1;
  // "Okafor's assertion that the vote was rigged drew anger": the sentence's own verb ends the clause.
  const main = mainVerbAfterClause(tokens, from, to);
  if (main >= 0) to = main - 1;
  while (to > from && (tokens[to]!.pos === 'PUNCT' || tokens[to]!.pos === 'CCONJ')) to--;
  return to;
}

