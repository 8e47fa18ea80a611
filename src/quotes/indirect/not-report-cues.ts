import type { Token } from '../../types.js';
import type { IndirectQuote } from './report-sentence.js';

/**
 * A cue word that, where it stands, reports nothing. Two shapes:
 * - a participle of an irregular verb right after a noun it modifies: "Replays shown on the big screen
 *   appeared to …", "the letters written by staff were …" (only forms that cannot be a past tense, so "Officials
 *   said …" is untouched);
 * - "hit back" of a score, not of words: "Leeds hit back through a penalty" (speech only before "at", a comma,
 *   a colon or "that": "hit back at critics", "hit back, saying …").
 */
export function notAReportCue(tokens: Token[], i: number): boolean {
  return participleOnNoun(tokens, i) || sportingHitBack(tokens, i);
}

const IRREGULAR_PARTICIPLE = /^(shown|written|spoken|given|drawn|known|seen|taken|broken|chosen|forgotten)$/;

function participleOnNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!IRREGULAR_PARTICIPLE.test(t.normal)) return false;
  const before = tokens[i - 1];
  // (A noun the tagger may read as a name where it opens the sentence: "Replays shown …".)
  return before?.pos === 'NOUN' || before?.pos === 'PROPN';
}

function sportingHitBack(tokens: Token[], i: number): boolean {
  if (!/^hit(s|ting)?$/.test(tokens[i]!.normal) || tokens[i + 1]?.normal !== 'back') return false;
  let k = i + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  return !/^(at|against|,|:|that|—|-)$/.test(tokens[k]?.normal ?? '');
}

/**
 * "He said two sensors had reported back after the storm": a cue inside another report's content whose
 * own content opens on a particle (back, in, out, off) has no clause of its own; it is part of the outer
 * report.
 */
export function particleInsideReport(tokens: Token[], reports: readonly IndirectQuote[], q: IndirectQuote): boolean {
  const cue = q.frame.cueToken;
  const particle = tokens[cue + 1];
  if (!particle || !/^(back|in|out|off)$/.test(particle.normal) || q.start !== particle.start) return false;
  return reports.some((outer) => outer !== q && outer.start <= q.frame.cueStart && outer.end >= q.end);
}
