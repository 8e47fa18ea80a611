import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { cueLemma } from './find-cue.js';
import { isQuoteMark } from './speaker.js';

/**
 * "Holcomb said Lyle had been referring to “…”", "He said Tzur had promised to “…”": a cue inside the
 * content of someone's report that takes the quotation as its object or infinitive (no "that", colon or
 * comma of its own before it) reports no words of its subject's; the quoted words are the reporter's.
 * `inner` is that cue, `open` the quotation's opening token, `outer` the reporting cue further left and
 * `innerSpeaker` the first token of the inner cue's subject. (Not "She said the agency told her that “…”":
 * a that-clause of the inner cue holds words the agency gave.)
 */
export function objectCueInReport(tokens: Token[], outer: number, outerSpeakerEnd: number, inner: number, innerSpeaker: number, open: number): boolean {
  const lex = cueLexicon();
  // (The outer cue is a speech verb whose subject stands before it: "X said …", not "said X".)
  if (!lex.speech.has(cueLemma(tokens[outer]!)) || outerSpeakerEnd > tokens[outer]!.start) return false;
  // (The inner subject stands in the outer cue's content, no punctuation between: not "“…?” she said, but as
  // Lee went on about “…”", "While he admitted the cost, Ham noted “…”", "(… asked him; Ruiz laughed …".)
  if (innerSpeaker <= outer) return false;
  // (A singular "he"/"she" there is nearly always the reporter again — "Lee said she had promised to “…”" —
  // and its own frame resolves it as well as the outer one does.)
  if (/^(?:he|she)$/.test(tokens[innerSpeaker]!.normal)) return false;
  for (let k = outer + 1; k < innerSpeaker; k++) if (/^[,;:—–()]$/.test(tokens[k]!.text) || isQuoteMark(tokens[k]!)) return false;
  // (A plain "say" inside reports words too: "She said Lee told reporters “…”" stays Lee's.)
  // (… and so does a verb of labelling, whose label is its subject's own words: "Reyes said his brother had
  // always called it “…”", "said a group called the “…”"; cues.json relative_label_verbs, as_label_verbs.)
  const lemma = cueLemma(tokens[inner]!);
  if (lemma === 'say' || lemma === 'tell' || lex.relativeLabelVerbs.has(lemma) || lex.asLabelVerbs.has(lemma)) return false;
  for (let k = inner + 1; k < open; k++) {
    const t = tokens[k]!;
    if (t.normal === 'that' || /^[,:;—]$/.test(t.text) || isQuoteMark(t)) return false;
  }
  return true;
}
