import type { Token } from '../../types.js';
import { cueLemma, frameAtToken, hasVerb, type TokenView } from '../frame.js';
import { classify, isQuoteMark, personLike, subjectBefore, tokenAt, type SpeakerPhrase } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { opensClauseAt, subjectAndVerbAt } from './clause-openers.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * "After saying the ferry fares were unfair, the skipper walked out": a participle cue opening the
 * sentence after "after", "before", "while" … is the main clause's subject's, named after the comma
 * that ends the phrase; what it reports runs up to that comma.
 */
export function openingParticipleReport(view: TokenView, cue: number, lo: number, last: number): IndirectQuote | null {
  const tokens = view.tokens;
  const opener = tokens[lo]?.pos === 'CCONJ' ? lo + 1 : lo;
  // … or the participle itself opens the sentence with a that-clause: "Noting that the levy failed, Tamm …".
  const bare = cue === opener && opensClauseAt(tokens, cue + 1);
  if (!bare && (cue !== opener + 1 || !/^(after|before|since|while|despite|upon|when)$/.test(tokens[opener]!.normal))) return null;
  if (tokens[cue]!.pos !== 'VERB' || !/ing$/.test(tokens[cue]!.normal)) return null;
  // Opening the sentence alone, only a verb of speech reports: "Assuming that the levy passes, Tamm
  // will …" and "Knowing he would lose, Tamm quit" state a condition or a belief, not what was said.
  if (bare && !cueLexicon().speech.has(cueLemma(tokens[cue]!))) return null;
  for (let k = cue + 2; k < last && k < cue + 40; k++) {
    if (isQuoteMark(tokens[k]!)) return null;
    if (tokens[k]!.text !== ',' || !subjectAndVerbAt(tokens, k + 1, last)) continue;
    let verb = k + 1;
    while (!/^(VERB|AUX)$/.test(tokens[verb]!.pos)) verb++;
    const speaker = classify(tokens, k + 1, verb);
    if (!speaker || !personLike(speaker)) return null;
    const from = tokens[cue + 1]!.normal === 'that' ? cue + 2 : cue + 1;
    if (k - 1 - from < 2 || !hasVerb(tokens, from, k - 1)) return null;
    return { start: tokens[from]!.start, end: tokens[k - 1]!.end, frame: frameAtToken(tokens, cue, speaker, { distant: true }) };
  }
  return null;
}

/**
 * "As the Ledger reported, CLAUSE" / "As first reported by Ledger staff, CLAUSE": a frame opened by "as"
 * before the sentence's main clause, which is the report. Only adverbials (a time, "previously") may
 * stand between the cue and the comma.
 */
export function asReported(tokens: Token[], cue: number, lo: number, last: number): IndirectQuote | null {
  const as = tokens[lo]?.pos === 'CCONJ' ? lo + 1 : lo;
  if (tokens[as]?.normal !== 'as' || cue - as > 8 || cue === as) return null;
  const agent = tokens[cue + 1]?.normal === 'by';
  let comma = agent ? cue + 2 : cue + 1;
  while (comma <= last && comma < cue + 10 && tokens[comma]!.text !== ',') {
    if (!agent && !/^(ADV|ADP|PROPN|NOUN|NUM|DET)$/.test(tokens[comma]!.pos)) return null;
    comma++;
  }
  if (comma > last - 2 || tokens[comma]!.text !== ',' || !hasVerb(tokens, comma + 1, last)) return null;
  let speaker: SpeakerPhrase | null;
  if (agent) {
    if (!tokens.slice(as + 1, cue).every((t) => t.pos === 'ADV')) return null; // "As first reported by"
    speaker = comma > cue + 2 ? classify(tokens, cue + 2, comma) : null;
  } else {
    speaker = subjectBefore(tokens, cue, as + 1);
    // (A possessive may lead the name: "As the Port Authority's Crane said".)
    const head = speaker ? tokenAt(tokens, speaker.phraseStart ?? speaker.start, cue) : as + 1;
    if (!tokens.slice(as + 1, head).every((t) => /^(DET|ADJ|PROPN|NOUN|ADV)$/.test(t.pos) || /^['’]s$/.test(t.text))) speaker = null;
  }
  if (!speaker || !personLike(speaker)) return null;
  return { start: tokens[comma + 1]!.start, end: tokens[last]!.end, frame: frameAtToken(tokens, cue, speaker) };
}
