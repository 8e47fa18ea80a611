import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { frameAtToken, type Frame } from './frame.js';
import { classify } from './speaker.js';
import { PERSONAL_SUBJECTS } from '../nlp/words.js';

/**
 * "wanted to know if Lund still backed the curfew she once called “heartless”": a label verb (cues.json
 * relative_label_verbs) right before the opening mark at tokens[openToken], its object left out because it
 * heads a relative clause, and the clause's own subject (a pronoun or a name) before the verb. That subject
 * gave the label, so the frame is theirs, not the main clause's. Null when the words do not read so.
 */
export function relativeLabelFrame(tokens: Token[], openToken: number, lo: number): Frame | null {
  let cue = openToken - 1;
  const as = tokens[cue]?.normal === 'as';
  if (as) cue--;
  const verb = tokens[cue];
  if (cue <= lo || verb?.pos !== 'VERB' || !cueLexicon().relativeLabelVerbs.has(verb.lemma)) return null;
  // ("described the plan as …" needs its "as"; "called “…”" does not.)
  if (verb.lemma === 'describe' && !as) return null;
  // The subject, before a perfect's "had" and adverbs: "she had once called".
  let end = cue - 1;
  while (end > lo && (tokens[end]!.pos === 'ADV' || /^(has|have|had)$/.test(tokens[end]!.normal))) end--;
  let start = end;
  if (!PERSONAL_SUBJECTS.test(tokens[end]!.normal)) {
    if (tokens[end]!.pos !== 'PROPN') return null;
    while (start > lo && tokens[start - 1]!.pos === 'PROPN') start--;
  }
  if (start <= lo) return null;
  // The relative clause's head: a noun right before its subject ("the curfew she …") or a relative pronoun.
  const before = tokens[start - 1]!;
  if (before.pos !== 'NOUN' && !/^(which|whom)$/.test(before.normal)) return null;
  const speaker = classify(tokens, start, end + 1);
  return speaker ? frameAtToken(tokens, cue, speaker) : null;
}
