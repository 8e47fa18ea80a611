import type { Token } from '../types.js';

/**
 * "thanked fans in a message posted online, calling …": a past form right after a preposition's noun is a participle
 * describing that noun, no verb with a subject of its own (the noun is the preposition's object, no subject).
 */
export function participleAfterPrepositionObject(tokens: Token[], k: number, lo: number): boolean {
  if (!/ed$/.test(tokens[k]!.normal) || tokens[k - 1]?.pos !== 'NOUN') return false;
  // (A passive takes no object: "posted online,", "published on Friday"; "Protesters outside the depot chanted “…”",
  // "as the governor called the strike …" are a subject and its verb.)
  const next = tokens[k + 1];
  if (!next || !(/^(ADV|ADJ)$/.test(next.pos) || (next.pos === 'ADP' && next.normal !== 'as') || next.text === ',')) return false;
  let j = k - 2;
  while (j > lo && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[j]!.pos) && k - j < 6) j--;
  return j >= lo && tokens[j]!.pos === 'ADP';
}
