import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';

/** Verbs of a relative clause that put the speaker before an audience, so "on" names where words were given. */
const APPEARING = new Set(['appear', 'go', 'come', 'speak', 'talk']);

/**
 * The "on" at tokens[on] stands in a ", who …" clause describing the speaker's career, not an occasion of
 * speech: "Hale, 70, who played the sheriff for six seasons on NBC, said …", "Ruiz, who hosted a show on CNN,
 * said …". The network is where the speaker worked, not where these words were given. (A clause about speaking
 * or appearing, "who spoke on CNN", "who appeared on Fox News on Sunday", still names the medium.)
 */
export function careerOnInRelative(tokens: Token[], on: number, lo: number): boolean {
  let who = on - 1;
  while (who > lo && tokens[who]!.text !== ',' && tokens[who]!.normal !== 'who') who--;
  if (tokens[who]?.normal !== 'who' || tokens[who - 1]?.text !== ',') return false;
  let verb = who + 1;
  while (verb < on && /^(ADV|AUX|PART)$/.test(tokens[verb]!.pos)) verb++;
  const t = tokens[verb];
  if (!t || verb >= on || t.pos !== 'VERB') return false;
  const lex = cueLexicon();
  return !(lex.speech.has(t.lemma) || lex.report.has(t.lemma) || lex.interviewVerbs.has(t.normal) || APPEARING.has(t.lemma));
}
