import type { Token } from '../types.js';
import { retagged } from './retagged.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isQuantifierReadAsModifier, isStandaloneQuantifier } from '../lexicon/standalone-quantifiers.js';

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

/**
 * "Several said managers tracked …": a capitalised quantifier standing alone right before a verb (mostly opening a
 * sentence, though where it stands is not checked) is read as a proper noun, so the speaker became a person named
 * "Several". It is the quantifier the tagger reads in "Many said …" (an adjective), whose speaker is someone
 * unnamed. (data/standalone-quantifiers.json words.)
 */
export function retagCapitalisedQuantifierSubject(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isStandaloneQuantifier(t.normal)) continue;
    if (!/^(VERB|AUX)$/.test(tokens[i + 1]!.pos)) continue;
    tokens[i] = retagged(t, 'ADJ', t.normal);
  }
}
