import type { Token } from '../../types.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { relativeBefore } from './noun-modifier-cues.js';

const SUBJECT_PRONOUNS = /^(he|she|it|they|we|i|you|who|which|that)$/;

/**
 * "blocked the order restricting asylum claims, ruling that …", "Insurance claims rose", "Unverified reports
 * say …": the -s form of a cue verb whose lemma is also a report noun (cues.json report_nouns: claim, report,
 * statement, remark …) is a plural noun, no cue, where a verb could not stand:
 * - before a finite verb ("claims rose", "reports say"): the noun phrase is that verb's subject;
 * - before a comma and a participle clause running to the sentence's end ("claims, ruling that …"): a verb
 *   "claims" would need its own content before the comma, and what follows belongs to the participle.
 * (At a sentence's end it may be a cue after its report, "…, The Ledger reports.", so that is left alone.)
 * A subject pronoun before it makes it the verb, as does a relative pronoun before its noun phrase ("that Lee
 * hopes can help" is a gapped relative, "hopes" its verb), and "Smith claims that …", "The company claims the deal was
 * void" and "The company claims, citing records, that …" (an aside closed by a second comma) still report.
 */
export function pluralNounForm(tokens: Token[], i: number): boolean {
  if (countedPlural(tokens, i)) return true;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !/s$/.test(t.normal) || t.lemma === t.normal || !cueLexicon().reportNouns.has(t.lemma)) return false;
  if (SUBJECT_PRONOUNS.test(prev.normal) || prev.pos === 'PUNCT') return false;
  if (!next) return false;
  if (/^(VERB|AUX)$/.test(next.pos)) return !relativeBefore(tokens, i - 1) && !/ing$/.test(next.normal) && next.normal !== 'to';
  if (next.text !== ',' || !/ing$/.test(tokens[i + 2]?.normal ?? '')) return false;
  for (let k = i + 3; k < tokens.length; k++) {
    const w = tokens[k]!.text;
    if (/^[.;!?]$/.test(w)) return true;
    if (w === ',' || /^[“”"‘’]$/.test(w)) return false;
  }
  return true;
}

const QUANTIFIERS = /^(many|several|numerous|countless|various|multiple)$/;

/**
 * "a veteran of eleven Broadway shows, said …", "after two new reports.": an -s form after a count (a number or
 * "many", "several" …) and only modifiers is the counted plural noun, so no cue — when a comma, a stop or a
 * preposition follows it, where no report could start. A year or a clock time is no count ("In 2019 Smith writes,
 * …" keeps its verb), and neither is a count with a plural noun of its own before the word ("1,000 voters shows").
 */
function countedPlural(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/s$/.test(t.normal) || t.lemma === t.normal) return false;
  const next = tokens[i + 1];
  if (next && !/^[,.;:!?—–)]$/.test(next.text) && next.pos !== 'ADP') return false;
  if (next?.normal === 'that') return false;
  let names = 0;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k]!;
    // (A count is a number word or digits, not a clock time or a year: "1:40 p.m. Hillary Clinton says in Ohio …".)
    if (w.pos === 'NUM') return /^([a-z]+|[0-9][0-9,]*)$/.test(w.normal) && !/^(1[0-9]{3}|20[0-9]{2})$/.test(w.normal) && w.normal !== 'one' && w.normal !== '1';
    if (QUANTIFIERS.test(w.normal)) return true;
    // (Two names before it are a person's full name, its subject: "… Hillary Clinton says".)
    if (w.pos === 'PROPN' && ++names > 1) return false;
    if (!/^(ADJ|PROPN|NOUN)$/.test(w.pos) || w.text.includes('.') || (w.pos === 'NOUN' && /s$/.test(w.normal))) return false;
  }
  return false;
}
