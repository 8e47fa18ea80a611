import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isRoleWord, ORGANIZATION_HEADS, BODY_KIND_WORDS } from '../../nlp/words.js';

/** Cues whose object may be a hearer or, without "that", the reported clause's own subject. */
const HEARER_OR_SUBJECT_CUES = new Set(['warn', 'tell', 'assure', 'remind']);

/** Determiners that open a plain noun phrase (a possessive like "her" may be the hearer herself). */
const PLAIN_DETERMINERS = /^(the|a|an|this|these|those|its|some|no|any)$/;

/** Agent nouns name people (investors, reporters, donors, residents, employees, historians …). */
const AGENT_ENDING = /(ers|ors|ists|ians|ees|ents|ants)$/;

/**
 * "He warned the bonds would leave the city exposed": after warn/tell/assure/remind without "that", a plain
 * noun phrase of things right before a verb is the reported clause's subject, no hearer skipped. A noun that
 * names people or a body ("warned investors …", "told the council …") stays the hearer.
 */
export function thingSubjectAfterCue(tokens: Token[], lemma: string, from: number, last: number): boolean {
  if (!HEARER_OR_SUBJECT_CUES.has(lemma) || !PLAIN_DETERMINERS.test(tokens[from]?.normal ?? '')) return false;
  let k = from + 1;
  while (k <= last && k < from + 5 && /^(ADJ|NOUN|NUM)$/.test(tokens[k]!.pos)) k++;
  const head = tokens[k - 1]!;
  if (k === from + 1 || head.pos !== 'NOUN' || k > last) return false;
  const verb = tokens[k]!;
  if (!/^(AUX|VERB)$/.test(verb.pos) || /ing$/.test(verb.normal)) return false;
  return !hearerNoun(head.normal);
}

function hearerNoun(word: string): boolean {
  const lex = cueLexicon();
  return AGENT_ENDING.test(word) || lex.peopleNouns.has(word) || isRoleWord(word) || ORGANIZATION_HEADS.has(word) || BODY_KIND_WORDS.has(word) || /^(people|public|staff|crew|cast|team|class|nation|country|world|room|house|chamber|court|jury|panel|colleagues|allies|aides|families|friends|members|fans|voters|troops|police|audience|crowd|committee|board|council)$/.test(word);
}
