import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { CONTRASTING_JOINERS, SUBORDINATORS } from '../nlp/words.js';
import { isQuestionOpener } from './indirect/clause-openers.js';
import { nameRunEnd } from '../nlp/name-run.js';

/**
 * The name a sentence's question was put to: "A reporter asked Becker whether the club would move" →
 * the tokens of "Becker", as [start, end). An active asking verb (cues.json asking_verbs), then a
 * capitalised name, then what opens a question ("whether", "if", "about", …). The one asked is the likeliest
 * to answer in the next sentence. Null for a passive ("was asked by", "Asked by Becker": the subject was
 * asked) and for a request ("asked Becker to resign" is no question); and for a question inside a clause
 * of time or the like ("…, when a student asked Becker why …"), which sets the scene for another speaker;
 * and when a clause joined after the question has a named subject of its own ("…, and Becker laughed").
 * Two people asked ("asked Becker and Lindqvist whether …") give no one: either may answer.
 */
export function askedPersonIn(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let k = from; k < to; k++) {
    if (!cueLexicon().askingVerbs.has(tokens[k]!.normal) || k === from) continue;
    const before = tokens[k - 1]!;
    if (before.lemma === 'be' || before.pos === 'PUNCT' || subordinate(tokens, from, k)) continue;
    const name = askedNameAfter(tokens, k, to);
    if (name) return namedClauseAfter(tokens, name[1], to) ? null : name;
  }
  return null;
}

/**
 * The capitalised name (four words at most) right after the asking verb at tokens[verb] and before what opens
 * the question: "Becker" in "asked Becker whether …", as [start, end); null when no name, or no question word,
 * follows ("asked her whether", "asked Becker to resign").
 */
export function askedNameAfter(tokens: Token[], verb: number, to: number): [number, number] | null {
  const end = nameRunEnd(tokens, verb + 1, Math.min(to, verb + 5));
  return end > verb + 1 && end < to && isQuestionOpener(tokens[end]!.normal) ? [verb + 1, end] : null;
}

/**
 * A clause joined after the question whose subject is a name: "…, and Becker laughed". The sentence then
 * ends on that person, and a "he" after it is no longer the one asked. (A name inside the question,
 * "whether Becker would stay", follows no joiner.)
 */
function namedClauseAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]!;
    if (!(t.pos === 'CCONJ' || t.text === ';' || CONTRASTING_JOINERS.has(t.normal))) continue;
    const end = nameRunEnd(tokens, k + 1, to);
    if (end > k + 1 && end < to && (tokens[end]!.pos === 'VERB' || tokens[end]!.pos === 'AUX')) return true;
  }
  return false;
}

/** A subordinator or a quotation mark before tokens[k] in its sentence: the asking verb is not the main clause's. */
function subordinate(tokens: Token[], from: number, k: number): boolean {
  return tokens.slice(from, k).some((t) => t.pos === 'SCONJ' || SUBORDINATORS.has(t.normal) || /^["“”]$/.test(t.text));
}
