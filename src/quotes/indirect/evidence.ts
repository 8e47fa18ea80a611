import type { Token } from '../../types.js';
import { cueAt, frameAtToken, hasVerb, type TokenView } from '../frame.js';
import { classify, hyphenInWord, isEvidenceWord, tokenAt, type SpeakerPhrase } from '../speaker.js';
import { pollStanding } from '../polls.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { PICTURE_EVIDENCE_WORDS } from '../../nlp/words.js';
import type { IndirectQuote } from './report-sentence.js';

/** "In a new county survey, CLAUSE" / "But in the state's figures, CLAUSE": evidence opening the sentence. */
export function evidenceOpener(view: TokenView, lo: number, last: number): IndirectQuote | null {
  const tokens = view.tokens;
  let k = lo;
  if (tokens[k]?.pos === 'CCONJ') k++;
  if (tokens[k]?.normal !== 'in') return null;
  const cue = k;
  let comma = k + 1;
  while (comma <= last && comma < k + 16 && tokens[comma]!.text !== ',') comma++;
  if (comma > last || tokens[comma]!.text !== ',') return null;
  let head = -1;
  for (let j = k + 1; j < comma && j < k + 10; j++) {
    if (isEvidenceWord(tokens[j]!.normal) && /^(NOUN|PROPN)$/.test(tokens[j]!.pos)) { head = j; break; }
    // The evidence heads the phrase after "in": not "In the wake of the Ledger report," (a time), nor
    // "In offering analysis of …," (an act).
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'ADP' || /ing$/.test(tokens[j]!.normal)) break;
  }
  if (head < 0) return null;
  // The evidence word must head its phrase: in "In a video message, he urged …" it only says what kind of
  // message, the speaker's own medium, which reports nothing itself.
  if (tokens[head + 1]?.pos === 'NOUN' && head + 1 < comma && !isEvidenceWord(tokens[head + 1]!.normal)) return null;
  const speaker = classify(tokens, cue + 1, head + 1);
  if (!speaker) return null;
  const from = comma + 1;
  if (last - from < 3 || !hasVerb(tokens, from, last) || namedReporterOpens(tokens, from) || personInPicture(tokens, head, from, last)) return null;
  return { start: tokens[from]!.start, end: tokens[last]!.end, frame: frameAtToken(tokens, cue, speaker, { outlet: null, according: true }) };
}

/**
 * "In the report, Ada Obi told ministers the plan had failed": a named person opening the clause with a
 * report verb says it herself; the report is where she said it, not a second source of the clause.
 */
function namedReporterOpens(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'PROPN') k++;
  return k - from >= 2 && (cueAt(tokens, k, 'report') ?? cueAt(tokens, k)) !== null;
}

/**
 * "In a video posted to the company's channel, chief executive Ada Obi apologized to customers": a person
 * opening the clause after a picture word acts or speaks in the picture herself; the video is her medium, not a
 * source of the clause (what she says there has its own cue and speaker).
 */
function personInPicture(tokens: Token[], head: number, from: number, last: number): boolean {
  // ("In The Ledger review, Dana Ruiz also took aim at …": an outlet's piece (cues.json piece_nouns) is the medium of the
  // person who wrote or spoke in it, as a picture is.)
  if (!PICTURE_EVIDENCE_WORDS.has(tokens[head]!.normal) && !cueLexicon().pieceNouns.has(tokens[head]!.normal)) return false;
  // (A title's word in -ing may read as a verb, "chief operating officer Ada Obi": the subject runs over it.)
  let verb = from;
  while (verb <= last && verb < from + 9 && (/^(DET|ADJ|NOUN|PROPN)$/.test(tokens[verb]!.pos) || (verb > from && /ing$/.test(tokens[verb]!.normal)))) verb++;
  const subjectEnd = verb;
  // (A writer's adverb may stand before the verb: "Dana Ruiz also took aim".)
  if (!PICTURE_EVIDENCE_WORDS.has(tokens[head]!.normal)) while (verb < last && tokens[verb]!.pos === 'ADV' && /^\p{Ll}/u.test(tokens[verb]!.text)) verb++;
  if (subjectEnd === from || verb > last || !/^(VERB|AUX)$/.test(tokens[verb]!.pos)) return false;
  const subject = classify(tokens, from, subjectEnd);
  // ("In a live video on Instagram, a fan asked whether …": anyone a speech verb follows speaks in the picture
  // too, an unnamed fan or a body; the video is where they spoke, and what they said has its own report.)
  return subject?.kind === 'person' || (!!subject && PICTURE_EVIDENCE_WORDS.has(tokens[head]!.normal) && cueAt(tokens, verb) !== null);
}

/** Verbs by which evidence closing a sentence speaks ("…, records show"). */
const EVIDENCE_CLOSER_VERBS = /^(show|shows|showed|indicate|indicates|suggest|suggests)$/;
/** How many tokens before the cue the evidence phrase may start (see evidenceCloser). */
const EVIDENCE_PHRASE_REACH = 14;

/**
 * tokens[k] may belong to the phrase naming the evidence: "a Ledger review of recently lodged tax-court records" —
 * adverbs and in-word hyphens too, and "and" between two kinds of records ("campaign and corporate records show").
 */
function inEvidencePhrase(tokens: Token[], k: number): boolean {
  if (/^(NOUN|PROPN|ADJ|DET|NUM|ADP|PART|ADV)$/.test(tokens[k]!.pos) || hyphenInWord(tokens, k)) return true;
  if (/^(filed|compiled|released|published|obtained)$/.test(tokens[k]!.normal)) return true;
  return tokens[k]!.normal === 'and' && /^(NOUN|PROPN|ADJ)$/.test(tokens[k - 1]?.pos ?? '');
}

/** "CLAUSE, federal election records show." / "…, new fundraising reports show.": evidence closing the sentence. */
export function evidenceCloser(view: TokenView, lo: number, last: number): IndirectQuote | null {
  const tokens = view.tokens;
  const cue = tokens[last]!;
  if (!EVIDENCE_CLOSER_VERBS.test(cue.normal) || !isEvidenceWord(tokens[last - 1]?.normal ?? '')) return null;
  let comma = last - 1;
  while (comma > lo && last - comma < EVIDENCE_PHRASE_REACH && inEvidencePhrase(tokens, comma - 1)) comma--;
  comma--;
  if (comma <= lo + 2 || tokens[comma]!.text !== ',' || !hasVerb(tokens, lo, comma - 1)) return null;
  const speaker = classify(tokens, comma + 1, last);
  if (!speaker) return null;
  return { start: tokens[lo]!.start, end: tokens[comma - 1]!.end, frame: frameAtToken(tokens, last, speaker, { outlet: null }) };
}

/** "Reed slipped to 10 points in the latest Ledger poll.": the poll reports the standing. */
export function inPoll(view: TokenView, lo: number, last: number): IndirectQuote | null {
  const standing = pollStanding(view, lo, last);
  return standing && { start: view.tokens[standing.from]!.start, end: view.tokens[standing.to]!.end, frame: standing.frame };
}

/**
 * The phrase names who made the evidence right before it: "A survey by the harbour board found …", "a
 * poll from Dover College released Monday shows …". The survey finds, and the board that ran it is its
 * speaker (as "by the board" is in the that-clause form). Not a person who took pictures: in "Photographs by
 * NAME showed …" the photographer says nothing.
 */
export function evidenceByAgent(tokens: Token[], phrase: SpeakerPhrase, cue: number, lo: number): boolean {
  let k = tokenAt(tokens, phrase.phraseStart ?? phrase.start, cue) - 1;
  // (Over a description before a name: "by the harbour watchdog group Tide Watch".)
  for (const stop = k - 6; k > stop && k > lo && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos); ) k--;
  const evidence = tokens[k - 1]?.normal ?? '';
  return k > lo && /^(by|from)$/.test(tokens[k]!.normal) && isEvidenceWord(evidence) && !(PICTURE_EVIDENCE_WORDS.has(evidence) && phrase.kind === 'person');
}
