import type { Token } from '../types.js';
import { CLAUSE_OPENERS, contentEnd } from './attitude.js';
import type { Frame } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { isDayWord } from '../nlp/time-words.js';
import { isQuoteMark, personLike, subjectBefore } from './speaker.js';
import { THIRD_PERSON_POSSESSIVES } from '../nlp/words.js';

/** Verbs that turn a noun of speech into a speech act: "made a plea", "gave a speech", "delivered a rebuke", "issued a warning", "offered a defense". */
const LIGHT_VERBS = new Set(['make', 'give', 'deliver', 'issue', 'offer']);

/** Words that open the noun such a verb takes: "made a plea", "made several remarks", "made no comment". */
const OPENERS = new Set(['a', 'an', 'the', 'no', ...THIRD_PERSON_POSSESSIVES, 'several', 'repeated', 'similar', 'another', 'some', 'many']);

/**
 * A speech act made: "Osk made an impassioned plea for the ferry", "Rell has made several remarks
 * about the levy", "she made the point that the pier is unsafe", "he delivered a sharp rebuke of the
 * board". A person's subject, a light verb, a noun of speech (cue lexicon: speech_act_nouns) with a
 * word taking its content, and the content up to the clause's end.
 */
export function madeSpeechAct(tokens: Token[], i: number, lo: number, last: number): { from: number; to: number; frame: Frame } | null {
  const make = tokens[i]!;
  if (!LIGHT_VERBS.has(make.lemma) || make.pos !== 'VERB') return null;
  // "made remarks about …": a plural noun needs no opener.
  const opener = OPENERS.has(tokens[i + 1]?.normal ?? '');
  const taker = speechNounTaker(tokens, opener ? i + 2 : i + 1, last);
  if (!opener && taker >= 0 && !/s$/.test(tokens[taker - 1]!.normal)) return null;
  if (taker < 0) return null;
  const speaker = subjectBefore(tokens, i, lo);
  if (!speaker || !personLike(speaker)) return null;
  const that = tokens[taker]!.normal === 'that';
  // "made the observation that, in his view, …": the clause starts after the comma of its aside.
  const from = taker + (that && tokens[taker + 1]?.text === ',' ? 2 : 1);
  // "gave a speech on Monday": a day after "on" is when, not what about.
  if (from > last || isDayWord(tokens[from]!.normal)) return null;
  if (rescueCall(tokens, taker, from, last)) return null;
  const to = that ? thatClauseEnd(tokens, from, last) : contentEnd(tokens, from, last, CLAUSE_OPENERS.has(tokens[from]!.normal));
  if (to - from < 1 || (that && to - from < 2)) return null;
  // "made a plea for “calm”": what runs into a quotation is a partial quote, not indirect speech.
  if (to < last && isQuoteMark(tokens[to + 1]!)) return null;
  const cue = tokens.slice(i, taker + 1).map((w) => w.text).join(' ');
  const frame: Frame = { cueStart: make.start, cueEnd: tokens[taker]!.end, cue, cueToken: taker, speaker, outlet: null, according: false };
  return { from, to, frame };
}

/** After adjectives from tokens[k] ("an impassioned"), a noun of speech and the word taking its content: that word's index, or -1. */
function speechNounTaker(tokens: Token[], k: number, last: number): number {
  while (k < last && tokens[k]!.pos === 'ADJ') k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || k + 1 > last) return -1;
  return cueLexicon().speechActNouns.get(noun.lemma)?.has(tokens[k + 1]!.normal) ? k + 1 : -1;
}

/** A that-clause runs over its commas ("the point that, in winter, the pier …") to a semicolon, a dash or a quotation. */
function thatClauseEnd(tokens: Token[], from: number, last: number): number {
  let to = from;
  while (to < last && !/^(?:;|—|–|--)$/.test(tokens[to + 1]!.text) && !isQuoteMark(tokens[to + 1]!)) to++;
  while (to > from && tokens[to]!.pos === 'PUNCT') to--;
  return to;
}

/** "made a call for help on the radio": a call for help with only a time, place or means after it asks to be rescued, says nothing.
 * ("on", no adjunct preposition elsewhere as it opens a topic, here opens the channel: "on the radio", "on Monday".) */
function rescueCall(tokens: Token[], taker: number, from: number, last: number): boolean {
  const lex = cueLexicon();
  if (tokens[taker - 1]!.lemma !== 'call' || !lex.rescueCallObjects.has(tokens[from]!.normal)) return false;
  const next = tokens[from + 1];
  return from === last || !next || next.pos === 'PUNCT' || next.normal === 'on' || lex.adjunctPrepositions.has(next.normal);
}
