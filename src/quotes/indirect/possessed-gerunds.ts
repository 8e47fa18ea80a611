import type { Token } from '../../types.js';

const POSSESSIVES = /^(its|his|her|their|our|my|your|['’]s)$/;

/**
 * "stood by its reporting and would contest the case", "defended her writing": an -ing form right after a possessive
 * is a noun (the reporting, the writing), so it reports nothing and the clause after it is no content. A "that"
 * after it keeps the report: "his saying that the vote was rigged" states what he said. Only where the noun ends its
 * phrase (before "and", "or" or a stop): before a verb the subject reader has the sentence's cue to find still
 * ("familiar with the department's thinking told Reuters that …" is read through "thinking" today).
 */
export function possessedGerund(tokens: Token[], i: number): boolean {
  return /ing$/.test(tokens[i]!.normal) && POSSESSIVES.test(tokens[i - 1]?.normal ?? '') && /^(and|or|,|;|\.)$/.test(tokens[i + 1]?.normal ?? '');
}
