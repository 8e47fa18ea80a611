import type { Token } from '../types.js';
import { cueLexicon } from '../lexicon/cues.js';
import { POSSESSIVES, SUBORDINATORS } from '../nlp/words.js';
import { groupAdjectives } from '../lexicon/group-adjectives.js';
import { description, hyphenInWord, isQuoteMark, phraseEndingAt, tokenAt, wordBefore, type SpeakerPhrase } from './speaker.js';

/** Words of the participle's object and its prepositional phrases: "through the streets of Port Elwin". */
const OBJECT_POS = /^(ADP|DET|ADJ|NOUN|PROPN|NUM|PART)$/;

/**
 * The noun a participle phrase describes, when the phrase found before a finite cue is inside it:
 * "Protesters crossing the old bridge chanted", "A man holding a sign yelled", "Residents forced
 * from their homes said". The words before the cue are the participle's object and prepositional
 * phrases ("the streets", "a sign"); the subject is the noun phrase the participle follows, and it must
 * open its clause (the sentence, or after a comma, a conjunction or "that"). Null when the phrase is no
 * such object.
 *
 * Only before a finite cue: before "-ing" ("Okafor released a statement praising …") the first
 * verb is the finite one and the phrase its object. A past form that takes a clause of its own is a
 * finite verb too: in "Reyes noted the mayor said …" the mayor said it; so is any phrase holding a
 * relative pronoun or a conjunction ("a story in which sources said", "passed before a judge ordered",
 * "puzzled about what Rubio believed").
 */
export function subjectBeforeParticiple(tokens: Token[], cue: number, object: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  if (!finiteCue(tokens, cue, lo) || object.kind === 'pronoun') return null;
  let k = tokenAt(tokens, object.end - 1, cue - 1);
  for (let n = 0; n < 12 && k > lo && objectWord(tokens, k); n++) k--;
  // The participle follows its noun: after a determiner it is an adjective ("both lobbying firms").
  if (k <= lo || !isParticiple(tokens, k) || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return null;
  // A past participle takes no object of its own ("forced from their homes", "appointed by the
  // board"); a past form with one is finite: "the grant helped Port Elwin win the bid".
  if (/ed$/.test(tokens[k]!.normal) && tokens[k + 1]!.pos !== 'ADP') return null;
  const subject = phraseEndingAt(tokens, k - 1, lo);
  if (!subject || subject.kind === 'pronoun') return null;
  const first = tokenAt(tokens, subject.phraseStart ?? subject.start, k - 1);
  if (!followsBreakOrJoiner(tokens, first, lo)) return null;
  // A participle phrase describes people or things, not a publication: "People briefed on the talks"
  // are no magazine.
  return subject.kind === 'outlet' ? description(tokens, first, k) : subject;
}

/** tokens[k] can be a word of a participle's object: a noun phrase's word, a preposition (no "before", "after"), a possessive. */
function objectWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (SUBORDINATORS.has(t.normal) || /^(which|who|whom|whose|that|what)$/.test(t.normal)) return false;
  return OBJECT_POS.test(t.pos) || POSSESSIVES.has(t.normal) || hyphenInWord(tokens, k) || (k > 0 && hyphenInWord(tokens, k - 1)) || groupAfterThe(tokens, k);
}

/** "searching for the missing", "treating the injured": a group's adjective after "the" (the tagger may read it as a verb) is a noun of the object. */
function groupAfterThe(tokens: Token[], k: number): boolean {
  return k > 0 && tokens[k - 1]!.normal === 'the' && groupAdjectives().has(tokens[k]!.text);
}

/** The cue is a finite verb: no participle ("saying") and no infinitive ("to say"). */
function finiteCue(tokens: Token[], cue: number, lo: number): boolean {
  return !/ing$/.test(tokens[cue]!.normal) && tokens[wordBefore(tokens, cue - 1, lo)]?.normal !== 'to';
}

/**
 * A present or past participle ("marching", "holding", "forced"); not a past form of a verb that
 * reports a clause ("noted", "argued"), which is more often finite before one, nor the second half of a
 * compound modifier ("veto-wielding members", "state-owned firm"), nor a word of a title ("Managing
 * Editor").
 */
function isParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || hyphenInWord(tokens, k - 1) || !/^\p{Ll}/u.test(t.text)) return false;
  if (/ing$/.test(t.normal)) return true;
  const lex = cueLexicon();
  return /ed$/.test(t.normal) && !lex.report.has(t.lemma) && !lex.speech.has(t.lemma);
}

/**
 * tokens[k] is the first word of a clause: the sentence's, or after a comma, colon, semicolon or dash,
 * a conjunction or "that" (not a quotation mark, which may close the quotation the clause is in).
 */
function followsBreakOrJoiner(tokens: Token[], k: number, lo: number): boolean {
  if (k === lo) return true;
  const prev = tokens[k - 1]!;
  return (prev.pos === 'PUNCT' && !isQuoteMark(prev)) || prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || prev.normal === 'that';
}
