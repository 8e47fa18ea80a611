import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isQuantifierReadAsModifier } from '../lexicon/standalone-quantifiers.js';

/**
 * "Halvorsen said none had." / "She said most agreed.": the model reads a quantifier standing alone as an
 * adverb or adjective ("none/ADV had/AUX"), so the report's content skipped it and kept only the verb. Right
 * after a speech or report verb and right before a verb, it is a pronoun, that verb's subject. ("said none." has
 * no verb after it and stays as it is.) Which quantifiers: data/standalone-quantifiers.json read_as_modifiers.
 */
export function retagQuantifierSubjectAfterCue(tokens: Token[]): void {
  const cues = cueLexicon();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'ADV' && t.pos !== 'ADJ') || !isQuantifierReadAsModifier(t.normal)) continue;
    const cue = tokens[i - 1]!;
    if (cue.pos !== 'VERB' || !(cues.speech.has(cue.lemma) || cues.report.has(cue.lemma))) continue;
    if (!/^(VERB|AUX)$/.test(tokens[i + 1]!.pos)) continue;
    tokens[i] = retagged(t, 'PRON', t.normal);
  }
}
