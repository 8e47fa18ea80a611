import type { Token } from '../types.js';
import type { Frame } from './frame.js';
import { cueLexicon } from './lexicon.js';
import { isQuoteMark, personLike, subjectBefore } from './speaker.js';

/** Words that open a clause as what an attitude is about: "critical of how the board …". */
const CLAUSE_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where']);

/**
 * A stated attitude: "Senator Reyes has been critical of the levy", "the mayor was adamant that the
 * bridge would open", "aides are skeptical of the poll", "the council is eager to sell the depot". A
 * person's subject, a form of "be", an adjective of attitude (cue lexicon: attitude_adjectives, with the
 * prepositions each takes; attitude_infinitives, taking an infinitive) and what the attitude is about,
 * up to the clause's end. tokens[adj] is the adjective.
 */
export function statedAttitude(tokens: Token[], adj: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const t = tokens[adj]!;
  // Participles the tagger reads as verbs are attitudes too: "is convinced that", "is concerned about".
  if (t.pos !== 'ADJ' && t.pos !== 'VERB') return null;
  const lexicon = cueLexicon();
  const prep = tokens[adj + 1];
  if (!prep) return null;
  // "eager to sell the depot": the infinitive is the content, "to" and all, and the adjective alone the cue.
  const infinitive = prep.normal === 'to' && tokens[adj + 2]?.pos === 'VERB' && lexicon.attitudeInfinitives.has(t.normal);
  if (!infinitive && !lexicon.attitudes.get(t.normal)?.has(prep.normal)) return null;
  const aux = copulaBefore(tokens, adj, lo);
  if (aux < 0) return null;
  const speaker = subjectBefore(tokens, aux, lo);
  if (!speaker || !personLike(speaker)) return null;
  const from = infinitive ? adj + 1 : adj + 2;
  if (from > last) return null;
  const clause = infinitive || prep.normal === 'that' || CLAUSE_OPENERS.has(tokens[from]!.normal);
  const to = contentEnd(tokens, from, last, clause);
  if (prep.normal === 'that' && to - from < 2) return null;
  const cueEnd = infinitive ? t : prep;
  const frame: Frame = { cueStart: t.start, cueEnd: cueEnd.end, cue: infinitive ? t.text : `${t.text} ${prep.text}`, cueToken: infinitive ? adj : adj + 1, speaker, outlet: null, according: false };
  return { from, to, frame };
}

/** Verbs that link a subject to an attitude as "be" does: "remains skeptical of", "grew wary of", "seems eager to". */
const LINKING_VERBS = new Set(['remain', 'seem', 'appear', 'become', 'grow', 'stay', 'sound']);

/**
 * The first auxiliary of the copula before an adjective, over adverbs and "not" ("has been openly
 * critical of"), or of a linking verb ("has remained wary of", "seems to be eager to"); -1 when none.
 */
function copulaBefore(tokens: Token[], adj: number, lo: number): number {
  let be = adj - 1;
  while (be > lo && (tokens[be]!.pos === 'ADV' || tokens[be]!.normal === 'not' || tokens[be]!.normal === "n't")) be--;
  const copula = tokens[be];
  if (!copula || !(copula.lemma === 'be' || (copula.pos === 'VERB' && LINKING_VERBS.has(copula.lemma)))) return -1;
  if (copula.lemma === 'be' && tokens[be - 1]?.normal === 'to' && be - 2 > lo && LINKING_VERBS.has(tokens[be - 2]!.lemma)) be -= 2;
  let aux = be;
  while (aux > lo && tokens[aux - 1]!.pos === 'AUX') aux--;
  return aux;
}

/** Where the content starting at tokens[from] ends: a clause runs on over its own verbs; a noun phrase ends before a verb. */
function contentEnd(tokens: Token[], from: number, last: number, clause: boolean): number {
  let to = from;
  while (to < last) {
    const n = tokens[to + 1]!;
    if (/^[,;:()]$/.test(n.text) || /^(?:—|–|--)$/.test(n.text) || isQuoteMark(n) || (n.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokens[to + 2]?.pos ?? ''))) break;
    // "the way he was treated", "the plans that the board approved": a relative clause inside the noun phrase.
    if (!clause && opensRelativeClause(tokens, to + 1)) clause = true;
    if (!clause && (n.pos === 'AUX' || (n.pos === 'VERB' && !/ing$/.test(n.normal) && !readAsNoun(tokens, to + 1)))) break;
    to++;
  }
  return to;
}

/** A relative word, or a pronoun subject right after a noun ("the things he tried"). */
function opensRelativeClause(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (/^(that|who|which|whom|whose)$/.test(t.normal)) return true;
  return /^(he|she|they|we|i|you|it)$/.test(t.normal) && tokens[k - 1]?.pos === 'NOUN';
}

/** A "verb" after a possessive or an article is a noun the tagger misread: "Obama's focus on …". */
function readAsNoun(tokens: Token[], k: number): boolean {
  return /^(PART|DET)$/.test(tokens[k - 1]?.pos ?? '');
}
