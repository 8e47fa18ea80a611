import type { Token } from '../types.js';
import { genderOfFirstName } from '../nlp/names.js';
import { personalMessageActs } from '../lexicon/personal-message-acts.js';
import { rolePrefixStart } from './role-prefix-subject.js';

/** Most words (determiner, adjectives) between a verb and the thing posted: "posted a long handwritten letter". */
const MAX_OBJECT_WORDS = 4;

/**
 * Evidence, beside the "he"/"she" that must follow, that the one capitalised word at tokens[i] is a person
 * known by one name: a role or person noun before it ("Union leader Hartmann", "the singer Jiwoo"), a given
 * name we list, or an act only a person does in its own name ("posted a letter", "wrote on Instagram").
 * A bare subject with a verb a company shares ("met analysts", "published a schedule") is none.
 */
export function oneWordPersonEvidence(tokens: Token[], i: number): boolean {
  if (rolePrefixStart(tokens, i) < i) return true;
  if (genderOfFirstName(tokens[i]!.text) !== 'unknown') return true;
  return personalMessageAct(tokens, i + 1);
}

/** "posted a handwritten letter", "shared a selfie", "wrote on Instagram": the act at tokens[v]. */
function personalMessageAct(tokens: Token[], v: number): boolean {
  const acts = personalMessageActs();
  const verb = tokens[v]?.normal ?? '';
  if (acts.platformVerbs.has(verb) && tokens[v + 1]?.normal === 'on' && /^\p{Lu}/u.test(tokens[v + 2]?.text ?? '')) return true;
  if (!acts.verbs.has(verb)) return false;
  for (let k = v + 1; k <= v + 1 + MAX_OBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (acts.objects.has(t.lemma ?? t.normal) || acts.objects.has(t.normal)) return true;
    if (!/^(DET|ADJ|PRON|NOUN|NUM)$/.test(t.pos) && t.text !== '-') return false;
  }
  return false;
}
