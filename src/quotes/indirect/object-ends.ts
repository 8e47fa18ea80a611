import type { Token } from '../../types.js';
import type { TokenView } from '../frame.js';
import { isDash } from '../sentence-scan.js';
import type { IndirectQuote } from './report-sentence.js';
import { CONTRASTING_JOINERS } from '../../nlp/words.js';
import { cueLexicon } from '../../lexicon/cues.js';

/**
 * A comma in a relative clause at tokens[k - 1] closes it ("The union, which endorsed Kale, hosts the
 * debate", "a group that opposed the levy, then left") unless a list goes on: a short noun phrase then
 * a comma or "and"/"or" ("that fought the levy with ads, mailers and calls").
 */
export function relativeClosesAt(tokens: Token[], k: number, last: number): boolean {
  let end = k;
  while (end <= last && end < k + 5 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[end]!.pos)) end++;
  return end === k || !(tokens[end]?.text === ',' || /^(and|or)$/.test(tokens[end]?.normal ?? ''));
}

/** A second relative clause coordinated with the first at tokens[k]: "a union that endorsed Kale and that has …". */
export function secondRelativeAt(tokens: Token[], k: number): boolean {
  return /^(and|but)$/.test(tokens[k]!.normal) && /^(who|which|that)$/.test(tokens[k + 1]?.normal ?? '');
}

/**
 * The verb at tokens[v], after "and", continues an object that is itself a verb phrase: "urged the board
 * to delay the vote and hold a hearing" (a plain verb after an infinitive), "criticized Okafor for
 * raising fees and cutting routes" (a gerund after a gerund). Such a verb is part of the object; a verb
 * in another form is the subject's next act ("criticized the plan and said …").
 */
export function parallelVerbAt(tokens: Token[], from: number, v: number): boolean {
  const verb = tokens[v]!;
  if (/ing$/.test(verb.normal)) {
    for (let k = from; k < v - 1; k++) if (tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.normal)) return true;
    return false;
  }
  const infinitive = tokens[from]?.normal === 'to' || tokens[from - 1]?.normal === 'to';
  return infinitive && verb.pos === 'VERB' && verb.normal === verb.lemma;
}

/** Subordinators of a clause of time or cause after a comma: "…, after Reed said it would pass". */
const LATER_EVENT = /^(after|before|because|once|until|unless)$/;

/**
 * A contrast clause after a comma or dash ends an object: "backed the levy, while the pilots opposed it",
 * "pushed for a ferry — while Reyes has slammed it" (a subordinator, then a subject and its verb), and
 * so does one opened by "but": "criticized the levy, but the pilots defended it" (the pilots' words are
 * no part of what was criticized). A clause of time or cause after a comma ends it too: "criticized the
 * levy, after the board raised fares" (not after a dash, nor "as", "if", "since" or "when", which as
 * often open an aside inside the object: "the plan, if it passes, would …").
 */
export function contrastOpensAt(tokens: Token[], k: number, last: number): boolean {
  const word = tokens[k + 1]?.normal ?? '';
  const contrast = CONTRASTING_JOINERS.has(word) && (tokens[k]!.text === ',' || isDash(tokens, k));
  if (!contrast && !(LATER_EVENT.test(word) && tokens[k]!.text === ',')) return false;
  for (let j = k + 2; j <= last && j < k + 8; j++) {
    if (/^(VERB|AUX)$/.test(tokens[j]!.pos)) return j > k + 2;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/** Words that link an object to the clause after it: "the board, which …", "the plan, though …". */
const LINKS = /^(which|who|whom|that|though|although|while)$/;

/**
 * The object [from, to] cut before the frame of a report found further on in it, so that both stand:
 * "X attacked Voss, saying she …" keeps "Voss", "X praised the plan though he added that …" keeps "the
 * plan". The cut falls before the report's cue, or its speaker when that comes after the object's start,
 * and drops the linking words left at the end ("which", "though", "and").
 */
export function endBeforeReport(view: TokenView, from: number, to: number, found: IndirectQuote[]): number {
  const tokens = view.tokens;
  const start = tokens[from]!.start;
  for (const q of found) {
    if (q.start <= start || q.start > tokens[to]!.end) continue;
    const speaker = q.frame.speaker.phraseStart ?? q.frame.speaker.start;
    const frameStart = speaker > start && speaker < q.frame.cueStart ? speaker : q.frame.cueStart;
    if (frameStart <= start || frameStart > tokens[to]!.end) continue;
    let end = view.tokenAtOrAfter(frameStart) - 1;
    // (Only at a clause boundary: not inside "a lawsuit filed by X".)
    if (!/^(PUNCT|CCONJ|SCONJ)$/.test(tokens[end]!.pos) && !LINKS.test(tokens[end]!.normal)) return to;
    while (end > from && (/^(PUNCT|CCONJ|SCONJ)$/.test(tokens[end]!.pos) || LINKS.test(tokens[end]!.normal))) end--;
    return Math.min(to, end);
  }
  return to;
}

/** A word opening a clause of the object's own lies in [from, k): "pledged that, if elected, he would …". */
export function opensClauseBetween(tokens: Token[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (/^(that|how|whether|if|why|what|when|where)$/.test(tokens[j]!.normal)) return true;
  return false;
}

/**
 * A phrase of the medium words were given in opens at tokens[k] (cues.json phrases of kind medium that start
 * with "in": "in a statement", "in an interview", "in a post"): "defended the film in a statement" defended the
 * film, the statement is where, no part of what was said. (Not "in the statement", which may be the object's own.)
 * (Nor when the verb's complement goes on after it: "accused its makers in a statement on Monday of turning …".)
 */
export function mediumPhraseAt(tokens: Token[], k: number): boolean {
  if (tokens[k]!.normal !== 'in') return false;
  const phrase = (cueLexicon().phrases.get('in') ?? []).find((p) => p.kind === 'medium' && p.words.every((w, n) => tokens[k + n]?.normal === w));
  const end = phrase ? k + phrase.words.length : describedMediumEnd(tokens, k);
  if (end < 0) return false;
  for (let j = end; j < tokens.length && tokens[j]!.pos !== 'PUNCT'; j++) if (COMPLEMENT_GOES_ON.test(tokens[j]!.normal)) return false;
  return true;
}

/**
 * "in a lengthy statement", "in a longer post", "in a brief interview": a medium phrase with up to two
 * describing words before its noun (either article, as "a" goes before them); the token after it, or -1.
 */
function describedMediumEnd(tokens: Token[], k: number): number {
  if (!/^(a|an)$/.test(tokens[k + 1]?.normal ?? '')) return -1;
  let n = k + 2;
  while (n < k + 4 && /^(ADJ|ADV)$/.test(tokens[n]?.pos ?? '')) n++;
  if (n === k + 2) return -1;
  const noun = tokens[n]?.normal ?? '';
  const medium = (cueLexicon().phrases.get('in') ?? []).some((p) => p.kind === 'medium' && p.words.length === 3 && p.words[2] === noun);
  return medium ? n + 1 : -1;
}

/** Words that carry a verb's complement on past a medium phrase: "accused X in a statement of …", "as …", "that …". */
const COMPLEMENT_GOES_ON = /^(of|for|over|as|that|about)$/;
