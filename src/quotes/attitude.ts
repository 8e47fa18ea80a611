import type { Token } from '../types.js';
import type { Frame } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { SUBJECT_PRONOUNS_WITH_YOU } from '../nlp/words.js';
import { hyphenInWord, isQuoteMark, personLike, subjectBefore } from './speaker.js';
import { dashAsideClose, isDash, isPhraseBreak } from './sentence-scan.js';

/** Words that open a clause as what an attitude is about: "critical of how the board …". */
export const CLAUSE_OPENERS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where']);

/**
 * A stated attitude: "Senator Reyes has been critical of the levy", "the mayor was adamant that the
 * bridge would open", "aides are skeptical of the poll", "the council is eager to sell the depot". A
 * person's subject, "be" or a linking verb, an attitude cue starting at tokens[i] (see attitudeCue) and
 * what the attitude is about, up to the clause's end.
 */
export function statedAttitude(tokens: Token[], i: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const cue = attitudeCue(tokens, i) ?? stanceCue(tokens, i, lo);
  if (!cue) return null;
  const aux = copulaBefore(tokens, cue.phraseStart ?? i, lo);
  if (aux < 0) return null;
  const speaker = subjectBefore(tokens, aux, lo);
  if (!speaker || !personLike(speaker)) return null;
  const from = cue.last + 1;
  if (from > last) return null;
  const that = tokens[cue.last]!.normal === 'that';
  const to = contentEnd(tokens, from, last, cue.infinitive || that || CLAUSE_OPENERS.has(tokens[from]!.normal));
  if (that && to - from < 2) return null;
  // "skeptical of the “sharing” model": what it is about runs into a quotation, a partial quote and not indirect speech.
  if (to < last && isQuoteMark(tokens[to + 1]!)) return null;
  const words = tokens.slice(i, cue.last + 1);
  const frame: Frame = { cueStart: tokens[i]!.start, cueEnd: tokens[cue.last]!.end, cue: words.map((w) => w.text).join(' '), cueToken: cue.last, speaker, outlet: null, according: false };
  return { from, to, frame };
}

/**
 * The attitude cue starting at tokens[i], up to its last token: an adjective and a preposition it takes
 * (cue lexicon: attitude_adjectives), an adjective before an infinitive (attitude_infinitives: "eager"
 * before "to sell …", the content keeping its "to").
 */
function attitudeCue(tokens: Token[], i: number): { last: number; infinitive: boolean; phraseStart?: number } | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // Participles the tagger reads as verbs are attitudes too: "is convinced that", "is concerned about".
  if (!next || (t.pos !== 'ADJ' && t.pos !== 'VERB')) return null;
  const lexicon = cueLexicon();
  if (next.normal === 'to' && tokens[i + 2]?.pos === 'VERB' && lexicon.attitudeInfinitives.has(t.normal)) return { last: i, infinitive: true };
  return lexicon.attitudes.get(t.normal)?.has(next.normal) ? { last: i + 1, infinitive: false } : null;
}

/**
 * A stance held, as a noun after the copula: "has been a vocal critic of the levy", "is an early
 * backer of Reyes" (cue lexicon: stance_nouns). The noun phrase's start (its article) is where the
 * copula is looked for.
 */
function stanceCue(tokens: Token[], i: number, lo: number): { last: number; infinitive: boolean; phraseStart: number } | null {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !cueLexicon().stanceNouns.get(t.lemma)?.has(tokens[i + 1]?.normal ?? '')) return null;
  // Over the words that describe the stance ("a longtime, outspoken"), to the article if there is one.
  let k = i;
  while (k > lo && k > i - 5 && (/^(ADJ|ADV)$/.test(tokens[k - 1]!.pos) || (tokens[k - 1]!.text === ',' && tokens[k - 2]?.pos === 'ADJ'))) k--;
  if (k > lo && /^(a|an|the)$/.test(tokens[k - 1]!.normal)) k--;
  return { last: i + 1, infinitive: false, phraseStart: k };
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
export function contentEnd(tokens: Token[], from: number, last: number, clause: boolean): number {
  let to = from;
  while (to < last) {
    const n = tokens[to + 1]!;
    // "upbeat about the new plans, particularly the bridge": an example after a comma is still what it is about.
    if (n.text === ',' && /^(particularly|especially|including|notably)$/.test(tokens[to + 2]?.normal ?? '')) {
      to++;
      continue;
    }
    // "confident that the pier — repaired last year — will hold": an aside between dashes is inside.
    const aside = dashAsideClose(tokens, to + 1, last, from);
    if (aside >= 0) {
      to = aside;
      continue;
    }
    // "to jump-start talks": the word after a hyphen inside a word is that word's.
    if (hyphenInWord(tokens, to)) {
      to++;
      continue;
    }
    if (isPhraseBreak(n) || isDash(tokens, to + 1) || (n.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokens[to + 2]?.pos ?? ''))) break;
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
  return SUBJECT_PRONOUNS_WITH_YOU.test(t.normal) && tokens[k - 1]?.pos === 'NOUN';
}

/** A "verb" after a possessive or an article is a noun the tagger misread: "Obama's focus on …". */
function readAsNoun(tokens: Token[], k: number): boolean {
  return /^(PART|DET)$/.test(tokens[k - 1]?.pos ?? '');
}
