import type { Token } from '../../types.js';

const POSSESSIVES = /^(its|his|her|their|our|my|your|['’]s)$/;

/**
 * "stood by its reporting and would contest the case", "defended her writing": an -ing form right after a possessive
 * is a noun (the reporting, the writing), so it reports nothing and the clause after it is no content. A "that"
 * after it keeps the report: "his saying that the vote was rigged" states what he said.
 */
export function possessedGerund(tokens: Token[], i: number): boolean {
  return /ing$/.test(tokens[i]!.normal) && POSSESSIVES.test(tokens[i - 1]?.normal ?? '') && tokens[i + 1]?.normal !== 'that';
}
