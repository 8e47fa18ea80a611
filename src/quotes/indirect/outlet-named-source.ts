import type { Token } from '../../types.js';
import type { Frame, TokenView } from '../frame.js';
import { description, type SpeakerPhrase } from '../speaker.js';
import { isGivenNameToken } from '../../nlp/names.js';
import { isRoleWord } from '../../nlp/words.js';
import { isDayWord, isMonth, isPartOfDay, isTimeWord } from '../../nlp/time-words.js';
import { lookupOutlet } from '../../lexicon/outlets.js';
import { SOURCE_PARTICIPLES } from './source-apposition.js';

/**
 * "according to AP VoteCast", "according to a Reuters/Ipsos poll", "according to an NBC News exit poll": an
 * outlet's name read as the source with more of a name or a noun right after it, up to the source's end, only
 * modifies what reports (a product, a poll, a partner's name), so the whole phrase is the source and nobody's
 * outlet (PolNeAR: "an Associated Press-GfK poll released Thursday", no outlet). Not a person after the outlet
 * ("according to Variety Ana Vidal"), a role ("Fox News analyst …") or a time ("Reuters Tuesday").
 */
export function withOutletModifiedSource(view: TokenView, frame: Frame | null, last: number): Frame | null {
  // (A partner's name after a slash may leave an outlet's name read as a person's or a body's: "a Reuters/Ipsos poll".)
  if (!frame?.according || !(frame.speaker.kind === 'outlet' || (frame.speaker.kind !== 'pronoun' && lookupOutlet(frame.speaker.name)))) return frame;
  const tokens = view.tokens;
  const after = view.tokenAtOrAfter(frame.speaker.end);
  if (after < 0 || after > last) return frame;
  // (An owned noun after the outlet's possessive is the outlet's own work, not a product's name: "the Guardian's review of …".)
  if (/^['’]s$/.test(tokens[after - 1]?.text ?? '') || /['’]s$/.test(tokens[after - 1]?.text ?? '')) return frame;
  const end = modifiedRunEnd(tokens, after, last);
  if (end < 0) return frame;
  const from = view.tokenAtOrAfter(frame.speaker.phraseStart ?? frame.speaker.start);
  // (A determiner before the outlet's name belongs to the phrase: "a Reuters/Ipsos poll".)
  const start = /^(a|an|the)$/.test(tokens[from - 1]?.normal ?? '') && from - 1 > frame.cueToken ? from - 1 : from;
  return { ...frame, speaker: modifiedSource(tokens, start, end), outlet: null };
}

/**
 * Where the words modified by the outlet's name end (exclusive), from tokens[k] right after it, or -1: a
 * partner's name after "/" or "-" ("Reuters/Ipsos"), then capitalised words or nouns ("VoteCast", "exit
 * poll"), closed by the source's comma, the sentence's end, a preposition or a participle describing a poll
 * ("poll of 1,000 adults", "poll released Sunday").
 */
function modifiedRunEnd(tokens: Token[], k: number, last: number): number {
  const first = k;
  if (/^[/-]$/.test(tokens[k]!.text) && tokens[k + 1]?.pos === 'PROPN' && tokens[k + 1]!.start === tokens[k]!.end) k += 2;
  while (k <= last && modifiedWord(tokens[k]!)) k++;
  if (k === first) return -1;
  // (No person after the outlet, named or by role: "according to Variety Ana Vidal", "Fox News analyst Judge …".)
  for (let j = first; j < k; j++) if (isGivenNameToken(tokens[j]!) || isRoleWord(tokens[j]!.normal) || isRoleWord(tokens[j]!.normal.replace(/s$/, ''))) return -1;
  const next = tokens[k];
  const closed = k > last || !next || /^[,.;:()]$/.test(next.text) || next.pos === 'ADP' || SOURCE_PARTICIPLES.has(next.normal);
  return closed ? k : -1;
}

/** A word that may go on an outlet's name inside a source: a capitalised name word or a common noun, no time. */
function modifiedWord(t: Token): boolean {
  if (isDayWord(t.normal) || isMonth(t.normal) || isPartOfDay(t.normal) || isTimeWord(t.normal)) return false;
  return (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text));
}

/** The whole phrase as the source: a product's name of capitalised words ("AP VoteCast") is an organisation's. */
function modifiedSource(tokens: Token[], start: number, end: number): SpeakerPhrase {
  const phrase = description(tokens, start, end);
  const named = tokens.slice(start, end).every((t) => t.pos === 'PROPN' || /^[/-]$/.test(t.text));
  return named ? { ...phrase, kind: 'organization' } : phrase;
}
