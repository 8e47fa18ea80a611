import type { Token } from '../types.js';
import type { Frame } from './frame.js';
import { cueLexicon } from './lexicon.js';
import { isQuoteMark, personLike, subjectBefore } from './speaker.js';

/**
 * A stated attitude: "Senator Reyes has been critical of the levy", "the mayor was adamant that the
 * bridge would open". A person's subject, a form of "be", an
 * adjective of attitude (cue lexicon: attitude_adjectives, with the prepositions each takes) and what
 * the attitude is about, up to the clause's end. tokens[adj] is the adjective.
 */
export function statedAttitude(tokens: Token[], adj: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const t = tokens[adj]!;
  if (t.pos !== 'ADJ') return null;
  const preps = cueLexicon().attitudes.get(t.normal);
  const prep = tokens[adj + 1];
  if (!preps || !prep || !preps.has(prep.normal)) return null;
  // The copula before the adjective, over adverbs and "not": "has been openly critical of".
  let be = adj - 1;
  while (be > lo && (tokens[be]!.pos === 'ADV' || tokens[be]!.normal === 'not' || tokens[be]!.normal === "n't")) be--;
  if (tokens[be]?.lemma !== 'be') return null;
  let aux = be;
  while (aux > lo && tokens[aux - 1]!.pos === 'AUX') aux--;
  const speaker = subjectBefore(tokens, aux, lo);
  if (!speaker || !personLike(speaker)) return null;
  const from = adj + 2;
  let to = from;
  while (to < last) {
    const n = tokens[to + 1]!;
    if (/^[,;:()]$/.test(n.text) || /^(?:—|–|--)$/.test(n.text) || isQuoteMark(n) || (n.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokens[to + 2]?.pos ?? ''))) break;
    // A that-clause runs on over its own verbs; a noun phrase ends before a verb.
    if (prep.normal !== 'that' && (n.pos === 'AUX' || (n.pos === 'VERB' && !/ing$/.test(n.normal)))) break;
    to++;
  }
  if (from > last || (prep.normal === 'that' && to - from < 2)) return null;
  const frame: Frame = { cueStart: t.start, cueEnd: prep.end, cue: `${t.text} ${prep.text}`, cueToken: adj + 1, speaker, outlet: null, according: false };
  return { from, to, frame };
}
