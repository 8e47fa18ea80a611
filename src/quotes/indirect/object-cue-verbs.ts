import type { Token } from '../../types.js';
import { participleStems } from '../../nlp/participle-stems.js';
import { compoundModifierHalf } from '../frame.js';
import { hyphenInWord } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { groupWord, SHARE_WORDS } from '../../nlp/words.js';
import { isDayWord } from '../../nlp/time-words.js';
import { countOpensClause } from './groups.js';
import { dayPhraseAt } from './time-phrases.js';

/**
 * Where the particle the object cue `lemma` at tokens[cue] takes stands ("called for", "lashed out"), or -1:
 * right after the cue, or after a day between ("called Friday for"). (The day first: in "called on Friday
 * for an inquiry" the "on" is the day's, not the cue's.)
 */
export function particleAfter(tokens: Token[], lemma: string | null, cue: number): number {
  const takes = PARTICLES.get(lemma ?? '');
  if (!takes) return -1;
  const at = (k: number) => takes.has(tokens[k]?.normal ?? '');
  if (dayPhraseAt(tokens, cue + 1) && at(cue + 3)) return cue + 3;
  if (at(cue + 1)) return cue + 1;
  return isDayWord(tokens[cue + 1]?.normal ?? '') && at(cue + 2) ? cue + 2 : -1;
}

/**
 * The object cue at tokens[i], by lemma: a verb in OBJECT_CUES, or a participle after a comma the tagger
 * read as an adjective (", promising lower fares" → "promise").
 */
export function objectCueLemma(tokens: Token[], i: number, lo = 0): string | null {
  const t = tokens[i]!;
  if (compoundModifierHalf(tokens, i)) return null; // "the voter-approved levy"
  if (t.pos === 'VERB') return OBJECT_CUES.has(t.lemma) && (t.lemma !== 'back' || backsSomething(tokens, i)) && (t.lemma !== 'raise' || raisesConcern(tokens, i)) && !otherSense(tokens, i) ? t.lemma : null;
  if (t.pos === 'NOUN') return nounTaggedStance(tokens, i) ? t.normal : verbAfterName(tokens, i, lo);
  // "Most riders preferred the old timetable": a past stance read as an adjective.
  if (t.pos === 'ADJ' && PAST_STANCES.has(t.normal) && stanceBetween(tokens, i)) return PAST_STANCES.get(t.normal)!;
  if (t.pos !== 'ADJ' || !/ing$/.test(t.normal) || tokens[i - 1]?.text !== ',') return null;
  return participleStems(t.normal).find((w) => OBJECT_CUES.has(w)) ?? null;
}

/**
 * A word after the verb that gives it another sense (not_cues_when_followed_by), unless it is the
 * verb's own particle here: "voiced characters" is acting, while "called for" keeps its "for".
 */
function otherSense(tokens: Token[], i: number): boolean {
  const lemma = tokens[i]!.lemma;
  const next = tokens[i + 1]?.normal ?? '';
  return !!cueLexicon().notCueBefore.get(lemma)?.has(next) && !PARTICLES.get(lemma)?.has(next);
}

/**
 * "back" as support given: "backed the levy", "a group backing Voss"; not a retreat ("backed down",
 * "backed away from", "traffic backed up"), a passive ("backed by the union") or part of a word
 * ("union-backed"), nor a thing moved ("backed the truck into the bay", "backed her up").
 */
function backsSomething(tokens: Token[], i: number): boolean {
  const lex = cueLexicon();
  if ((i > 0 && hyphenInWord(tokens, i - 1)) || lex.notCueBefore.get('back')!.has(tokens[i + 1]?.normal ?? '')) return false;
  return !movedAfterObject(tokens, i, lex.movedBefore.get('back')!);
}

/** A short object after the verb at tokens[i], then a word of movement: "backed | the truck | into". */
function movedAfterObject(tokens: Token[], i: number, movers: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (movers.has(tokens[k]!.normal)) return k > i + 1;
    if (!/^(DET|ADJ|NOUN|PRON|PROPN)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Stances whose plain form the tagger reads as a noun after a group (data/cues.json): "Two-thirds support the levy". */
const PLAIN_STANCES = cueLexicon().plainStances;

/**
 * A stance verb the tagger read as a noun: a plain form after a group ("most riders", "two-thirds",
 * "who") and before its object ("support the levy", "favor raising fares"). (Not "voter support for".)
 */
function nounTaggedStance(tokens: Token[], i: number): boolean {
  return PLAIN_STANCES.has(tokens[i]!.normal) && stanceBetween(tokens, i);
}

/**
 * An object cue's present form the tagger read as a plural noun after a name: "Okafor plans to reopen
 * the pier", "Mara Okafor votes to close it", "Pell talks about the tolls" (wink-nlp tags plans, votes
 * and talks as nouns there). The name is the subject when nothing before it makes it a modifier ("the
 * Okafor plans", "Okafor's plans" are nouns) or the object of a word before it ("the meeting with Okafor
 * talks …", "After Okafor talks …"; not a subordinator, "as Okafor plans to …"), and when the clause has no other verb for it: in "Instagram comments
 * on the photo were turned off" the noun phrase is the subject of "were". The name lies within the
 * sentence, which starts at tokens[lo]. Returns the cue's lemma, or null.
 */
function verbAfterName(tokens: Token[], i: number, lo: number): string | null {
  const t = tokens[i]!;
  const lemma = t.lemma;
  if (!t.normal.endsWith('s') || !OBJECT_CUES.has(lemma) || i - 1 < lo || tokens[i - 1]!.pos !== 'PROPN') return null;
  // The particle the verb takes must follow, which a plural noun seldom has: "plans to reopen", "talks
  // about". (With a bare object the noun reading stays: "Reyes praises her crew …" was measured, and
  // "the Paris attacks", "Nomination questions" are nouns.)
  if (!PARTICLES.get(lemma)?.has(tokens[i + 1]?.normal ?? '')) return null;
  let k = i - 1;
  while (k > lo && tokens[k - 1]!.pos === 'PROPN') k--;
  const before = tokens[k - 1];
  if (k > lo && before && (/^(DET|PART|ADJ|NUM)$/.test(before.pos) || (/^(ADP|SCONJ)$/.test(before.pos) && !cueLexicon().clauseOpeningPrepositions.has(before.normal)))) return null;
  return subjectlessVerbAfter(tokens, i + 2) ? null : lemma;
}

/** Finite forms that need a subject of their own ("were", "have", "will"). */
const FINITE_AUXILIARIES = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)$/;

/**
 * A finite verb after tokens[from] in the same clause, right after a noun rather than a subject pronoun:
 * "… on the photo were turned off", "… on the video drew criticism". The clause ends at a comma, a
 * semicolon or the sentence's end, and before a word that opens a clause of its own ("that", "how",
 * "because"), whose verbs have their own subject.
 */
function subjectlessVerbAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const w = tokens[k]!;
    if (/^[,;.!?:]$/.test(w.text) || w.pos === 'SCONJ' || /^(that|which|who|whom|what|how|why|where|whether)$/.test(w.normal)) return false;
    const finite = (w.pos === 'AUX' && FINITE_AUXILIARIES.test(w.normal)) || (w.pos === 'VERB' && pastForm(w));
    if (finite && tokens[k - 1]!.pos !== 'PRON' && tokens[k + 1]?.normal !== 'by') return true;
  }
  return false;
}

/** A verb's past form, by the tagger's lemma: "drew", "stalled" (not "draw", "stalling", "draws"). */
function pastForm(w: Token): boolean {
  return w.normal !== w.lemma && !/(ing|s)$/.test(w.normal);
}

/** Past forms of stances the tagger reads as adjectives, by lemma (data/cues.json): "Female riders preferred the old route". */
const PAST_STANCES: ReadonlyMap<string, string> = cueLexicon().pastStances;

/** A group right before tokens[i] and an object right after it: "most riders | support | the levy". */
function stanceBetween(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next) return false;
  const share = prev.pos === 'NUM' || SHARE_WORDS.test(prev.normal);
  if (share && !countOpensClause(tokens, i - 1)) return false;
  const group = groupWord(prev);
  const object = /^(DET|PROPN|PRON|NUM|ADJ|NOUN)$/.test(next.pos) || (next.pos === 'VERB' && /ing$/.test(next.normal));
  return group && object;
}

/** Object cues that take their object after a particle (data/cues.json): "called for", "referring to", "voted against". */
export const PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = cueLexicon().objectParticles;

/** Speech acts reported with an object rather than a clause (PolNeAR-style attributions). */
const OBJECT_CUES = new Set(['call', 'urge', 'demand', 'cite', 'endorse', 'criticize', 'criticise', 'praise', 'accuse', 'blame', 'deny', 'condemn', 'defend', 'question', 'dismiss', 'reject', 'attack', 'refuse', 'decline', 'threaten', 'propose', 'recommend',
  // Measured on polnear_train (together 86% precise there): announcements, commitments and stated positions.
  'note', 'announce', 'describe', 'mention', 'warn', 'pledge', 'promise', 'vow', 'discuss', 'blast', 'tout', 'welcome', 'challenge', 'emphasize', 'acknowledge', 'support', 'oppose',
  // "encouraged the pilots to strike", as "urged" (not after it/that/which: causal_object_cues).
  'encourage',
  // "agreed to repay …": an agreement is a commitment like "pledged to".
  'agree',
  // Stated attitudes and attacks: "expressed concern about …", "slams the governor over …".
  'express', 'voice', 'slam', 'denounce', 'decry', 'mock', 'ridicule', 'lambaste', 'assail', 'applaud', 'hail', 'lament', 'highlight',
  // With their particle only (PARTICLES): "referring to the July convention", "pointed to the jobs report",
  // "spoke about the plan for …".
  'refer', 'point', 'talk', 'speak', 'hope', 'intend', 'aim', 'expect', 'offer', 'seek', 'want', 'plan', 'decide',
  // "railed against the levy", "advocates for a new pier". (Not "commented on": most often not done, "has
  // not commented on the lawsuit", or a platform's or a post's, "commented on Instagram".)
  'rail', 'advocate',
  // With the role they give only (regarding.ts): "sees the levy as a tax", "considers the plan a gamble",
  // "portrayed the mayor as a spendthrift".
  'see', 'view', 'regard', 'consider', 'portray', 'paint', 'depict', 'characterize', 'characterise', 'frame',
  // With their particle only: "many residents worry about the toll", "complained about the delays", "what
  // she thinks of the plan", "believes in free transit" (measured on polnear_train, "cares about" was no
  // report as often as one).
  'worry', 'complain', 'think', 'fret', 'boast', 'brag', 'joke', 'believe',
  // Preferences: "favors a toll on the bridge"; orders: "ordered a review of …". ("Fans prefer “Alien” to
  // the sequels" is no report worth the title it would hide from the film entities.)
  'favor', 'order',
  // With its particle only: a vote cast is a stance taken, "voted against the levy" (not "voted on Friday").
  'vote',
  // … and advocacy and apology with "for": "pushed for a new pier", "apologized for the delays".
  'push', 'apologize', 'apologise',
  // … and an attack with its particle: "lashed out at the board".
  'lash',
  // Support given: "backed the levy" (backsSomething).
  'back',
  // Doubt voiced: "raised concerns about the cost" (raisesConcern: not "raised money").
  'raise']);

/**
 * "raise" as doubt voiced: its object, after at most two determiners or adjectives, is a noun of doubt
 * (data/cues.json raised_concern_nouns): "raised serious questions about …", "raises doubts over …".
 */
export function raisesConcern(tokens: Token[], cue: number): boolean {
  // ", raising fears the strike will spread" states the writer's reading of an act, no one voicing it; a
  // finite verb ("raised", "is raising") has a subject that speaks.
  if (tokens[cue]!.normal === 'raising' && tokens[cue - 1]?.pos !== 'AUX') return false;
  return concernNounAfter(tokens, cue) > 0;
}

/**
 * The last token of a "raise" cue of doubt at tokens[cue]: its noun, which the content follows ("raised fears |
 * that jobs would go", "raising fears | the vote would …"), or the "about"/"over" after it ("raised questions
 * about | whether …"), as PolNeAR marks both; `cue` itself when no noun of doubt follows.
 */
export function raisedConcernCueEnd(tokens: Token[], cue: number): number {
  const noun = concernNounAfter(tokens, cue);
  if (noun < 0) return cue;
  return /^(about|over)$/.test(tokens[noun + 1]?.normal ?? '') ? noun + 1 : noun;
}

function concernNounAfter(tokens: Token[], cue: number): number {
  for (let k = cue + 1; k <= cue + 3 && k < tokens.length; k++) {
    if (cueLexicon().raisedConcernNouns.has(tokens[k]!.normal)) return voicedConcern(tokens, k) ? k : -1;
    if (!/^(DET|ADJ)$/.test(tokens[k]!.pos)) return -1;
  }
  return -1;
}

/**
 * Whether the noun of doubt at tokens[noun] is doubt voiced: a topic or clause follows it, and it is plural
 * or has "that"/"about"/"over" after it. "raised less suspicion", "raised the question of …" say how a thing
 * came across, and "raised fears, the analyst said" has nothing of its own after the noun.
 */
function voicedConcern(tokens: Token[], noun: number): boolean {
  const next = tokens[noun + 1];
  if (!next || next.pos === 'PUNCT') return false;
  const linked = /^(that|about|over)$/.test(next.normal);
  if (!linked && !/s$/.test(tokens[noun]!.normal)) return false;
  // ("raised concerns on social media", "… with the council": a preposition other than a topic's says where
  // or to whom, and no content follows it.)
  if (!linked && next.pos === 'ADP') return false;
  // (A topic of one or two words says too little, as after a particle: "raised concerns about the site".)
  return !/^(about|over)$/.test(next.normal) || ![2, 3, 4].some((d) => /^[.,;!?]$/.test(tokens[noun + d]?.text ?? '.'));
}
