import type { Token } from '../../types.js';
import { cueLemma, hasVerb, type Frame } from '../frame.js';
import { evidenceLike, isEvidenceWord, isTimePhrase } from '../speaker.js';
import { isQuoteMark, sourceText } from '../speaker-phrase.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { isIrregularParticiple } from '../../lexicon/irregular-participles.js';
import { accordingCloses } from './according-to.js';
import { contentAfterCue, TELL_LIKE } from './content-after-cue.js';
import { afterSourceApposition, SOURCE_PARTICIPLES } from './source-apposition.js';
import { outletOwnerEnding } from './outlet-owner.js';
import { asideStart, reportFramedBefore } from './framed-before-aside.js';
import { afterTimePhrase, isTimeAfterCue, timeAt } from './time-phrases.js';
import { colonIntroducesAfter } from './colon-introduction.js';
import { CONTRASTING_SUBORDINATORS, isTitleCase, SUBORDINATORS } from '../../nlp/words.js';

/** Verbs whose "as" phrase is what the speaker called a thing: "described as", "characterised as", "dismissed as". */
const AS_NAMING_CUE = /^(describ|characteri[sz]|label|brand|dismiss|hail|portray|depict|call)/;

/** Token range [from, to] (inclusive) of the reported content, or null when the frame has none. */
export function contentOf(tokens: Token[], frame: Frame, lo: number, last: number, cueIndex: number): [number, number] | null {
  const cueFirst = cueIndex;
  const cueLast = frame.cueToken;
  const speakerFirst = indexAt(tokens, frame.speaker.phraseStart ?? frame.speaker.start, lo, last);
  const speakerLast = indexAt(tokens, frame.speaker.end - 1, lo, last);
  const head = Math.min(speakerFirst, cueFirst);
  const tail = Math.max(speakerLast, cueLast);
  // "…, who, he said, have had a long year": a frame set off inside a relative clause reports only that clause
  // (from its pronoun, as PolNeAR marks it), never the main clause before it.
  if (tokens[head - 1]?.text === ',' && /^(who|whom|which)$/.test(tokens[head - 2]?.normal ?? '') && tokens[head - 3]?.text === ',') {
    if (tokens[tail + 1]?.text !== ',' || !hasVerb(tokens, tail + 2, last)) return null;
    return [head - 2, relativeClauseEnd(tokens, tail + 2, last)];
  }
  // After "X said" only adverbials may follow ("on Thursday", "in a statement"), not an object ("X
  // may have found a new mooring"); "told" has its hearer ("told the Herald"); "said X" its apposition.
  const afterCue = tokens[tail + 1];
  const hearer = TELL_LIKE.has(cueLemma(tokens[cueLast]!));
  // (A time whose first word the tagger reads as an adjective is adverbial too: "said early Monday", "said late Friday".)
  const adverbial = !afterCue || tail + 1 > last || speakerFirst > cueLast || frame.according || hearer || /^(ADP|ADV|PUNCT)$/.test(afterCue.pos) || isTimeAfterCue(afterCue.normal) || afterTimePhrase(tokens, tail + 1, last + 1) > tail + 1;
  // "CLAUSE, X said." / "CLAUSE, according to X." — the frame closes the sentence.
  // … but an opening participle phrase is the circumstance, not what was said: "Asked about the plan, Lee
  // said …", "Speaking to reporters, Lee said …".
  const circumstance = participleOpener(tokens, lo, head);
  // (Nor adverbials alone: "In an interview with People last spring, before the book was announced, Keane had
  // hinted at …" says when, not what.)
  const adverbials = adverbialsOnly(tokens, lo, head - 1);
  // (Nor a frame inside a relative clause on its speaker: "Protesters confronted the mayor, Ana Holt, who,
  // visibly shaken, promised …" reports nothing of the clause the speaker was the object of. The cue is the
  // clause's own verb, after an aside or none: "A, Janet Cole, who leads the division, said" still closes A.)
  const relativeOnSpeaker = speakerLast < cueFirst && tokens[speakerLast + 1]?.text === ',' && /^(who|which)$/.test(tokens[speakerLast + 2]?.normal ?? '') && (tokens[speakerLast + 3]?.text === ',' || !hasVerb(tokens, speakerLast + 3, cueFirst - 1));
  // (Nor a cue whose subject is a relative pronoun after a comma: "Hale said he met Dalton, who promised help" —
  // the relative clause tells of Dalton, the clause before it is Hale's.)
  // ("which fans had suggested" is a determiner on the speaker, who reports the clause before it.)
  const relativeSubject = /^(who|which)$/.test(tokens[head]?.normal ?? '') && tokens[head - 1]?.text === ',' && !/^(NOUN|PROPN)$/.test(tokens[head + 1]?.pos ?? '');
  // (Not when the sentence goes on after the frame: "This harvest, he says, is different.")
  const resumes = tokens[tail + 1]?.text === ',' && /^(AUX|VERB)$/.test(tokens[tail + 2]?.pos ?? '') && !/ing$/.test(tokens[tail + 2]!.normal);
  // (… or ends the clause before a contrast the writer adds: "A, the records show, while a filing lists B".)
  // (The comma may sit inside the closing mark of a title or label the clause ends on: 'the sequel to "Starfall," the studio said'.)
  const commaBeforeHead = commaEndingAt(tokens, head - 1, lo, speakerFirst);
  // (Nor a frame that introduces words after a colon: "In a note left on the counter, Moss wrote: “Sorry.”")
  const introduces = colonIntroducesAfter(tokens, tail, last);
  // (Nor a cue of naming with its "as" complement: in "A, a move her agent described as “a last resort”" the
  // words after "as" are what was said, of the move; the clause before is the writer's.)
  const namedAs = tail === cueLast && tokens[cueLast + 1]?.normal === 'as' && AS_NAMING_CUE.test(tokens[cueLast]!.normal);
  if (head > lo + 2 && commaBeforeHead > lo && !namedAs && (tail >= last - 4 || accordingCloses(tokens, frame, lo, last) || contrastAfter(tokens, tail) || joinedClauseAfter(tokens, lo, head, tail, last) || participlePhraseAfter(tokens, tail, last)) && adverbial && !introduces && !circumstance && !adverbials && !relativeOnSpeaker && !relativeSubject && !resumes && !(tail === cueLast && thatClauseAfter(tokens, cueLast, last))) return [lo, commaBeforeHead - 1];
  // "Ruiz leads by 40 delegates according to the Ledger.": the comma left out before a closing account, only
  // with a source that reports (a person, an outlet, a poll), not a rule followed: "paid according to the contract".
  if (frame.according && head > lo + 3 && head === cueFirst && tokens[head - 1]!.pos !== 'PUNCT' && reportingSource(tokens, frame, last) && accordingCloses(tokens, frame, lo, last) && hasVerb(tokens, lo, head - 1)) return [lo, head - 1];
  // "CLAUSE, as the Ledger reported on Monday.": a frame opened by "as" after the clause closes it the same way,
  // with a verb of speech only ("…, as investors worried about costs" gives a cause, not a report).
  // (The cue right after its speaker: in "…, as Yellen speaks to the club and testifies before …" the clause
  // has a verb of its own first, a time, not a frame.)
  const asFrame = cueLexicon().speech.has(cueLemma(tokens[cueLast]!)) && speakerFirst < cueFirst && tokens.slice(speakerLast + 1, cueFirst).every((t) => /^(ADV|AUX|PART)$/.test(t.pos));
  const as = asFrame ? trailingAs(tokens, head, lo) : -1;
  if (as > 0 && adverbial && !circumstance && !resumes && hasVerb(tokens, lo, as - 2) && (tail >= last - 4 || closesSentence(tokens, tail + 1, last))) return [lo, as - 2];
  // "CLAUSE, the Harbour Institute said." / "CLAUSE, said Mr. Lane, the agency's lawyer." / "CLAUSE, Sen. X
  // (D-Vt.) told the Herald on Thursday.": words the speaker phrase leaves out (a determiner, a
  // title) before it, an apposition, a parenthesis or adverbials after the frame.
  let open = head;
  // … and a coordinated subject ("nurses and hospital staff told …").
  // … and a title with "of" inside it ("Director of Harbor Affairs Phil Smith told …").
  const titleOf = (k: number) => tokens[k]!.normal === 'of' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
  // … and the document whose author the speaker is ("a study by the Harbour Institute found").
  // … and the office whose body the speaker phrase kept ("the head of the Health Agency said" names the agency).
  const officeOf = (k: number) => /^(of|for)$/.test(tokens[k]!.normal) && tokens[k - 1]?.pos === 'NOUN' && /^(DET|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
  const authorOf = (k: number) => tokens[k]!.normal === 'by' && tokens[k - 1]?.pos === 'NOUN' && isEvidenceWord(tokens[k - 1]!.normal);
  // … and an owner before the speaker's description ("its creator Dana Lowe", "the show's host").
  // (Not a person's "'s": "X's co-star Y said only: …" may close a longer opening than one clause. An outlet's
  // is the reporter's own: "…, ESPN's Tara Wills reported." Only with nothing but adverbials after the cue: a
  // hearer there ("…, NBC's Chuck Todd asked the candidate about it") makes it a sentence of its own.)
  const bareCueClose = !afterCue || tail + 1 > last || /^(ADP|ADV|PUNCT)$/.test(afterCue.pos) || isTimeAfterCue(afterCue.normal);
  const owner = (k: number) => (POSSESSIVES.has(tokens[k]!.normal) && (tokens[k]!.pos === 'PRON' || (tokens[k]!.pos === 'PART' && tokens[k - 1]?.pos === 'NOUN'))) || pluralOwner(tokens, k) || (bareCueClose && outletOwnerEnding(tokens, k));
  while (open > lo + 2 && open > head - 8 && tokens[open - 1]!.text !== ',' && (/^(DET|ADJ|PROPN|NOUN|NUM)$/.test(tokens[open - 1]!.pos) || owner(open - 1) || titleOf(open - 1) || officeOf(open - 1) || authorOf(open - 1) || (tokens[open - 1]!.normal === 'and' && /^(NOUN|PROPN)$/.test(tokens[open - 2]!.pos)))) open--;
  // The part before the frame is a clause of its own; a bare noun phrase there is the subject of a
  // parenthetical frame ("The park, Mr. Lane said, will close …"), handled below.
  // … but "It was, he said, the worst day": a short clause stopping at its copula waits for the rest
  // ("… what other states already do, he said" is complete).
  const unfinished = tokens[open - 2]?.lemma === 'be' && open - 2 - lo <= 4;
  // (The occasion is read up to the words before the speaker phrase too: "Asked whether …, Ms Lee said:"
  // has a title the phrase leaves out.)
  // (Nor when the sentence's verb resumes after the frame: "The logs he saw, he said, showed …" has only a
  // relative clause's verb before it. A participle with its preposition, ", compared with …", resumes nothing.)
  const resumedVerb = resumes && !/^(with|by)$/.test(tokens[tail + 3]?.normal ?? '');
  const openComma = open <= lo + 2 ? -1 : /^(?:—|–|--)$/.test(tokens[open - 1]!.text) ? open - 1 : commaEndingAt(tokens, open - 1, lo, speakerFirst);
  if (open > lo + 2 && openComma > lo && !namedAs && adverbial && !introduces && !unfinished && !resumedVerb && !circumstance && !adverbials && !relativeOnSpeaker && !relativeSubject && !participleOpener(tokens, lo, open) && hasVerb(tokens, lo, openComma - 1) && (closesSentence(tokens, tail + 1, last) || (!frame.according && circumstanceAfterFrame(tokens, tail + 1, last)) || closesSentence(tokens, afterHeardOutlet(tokens, frame, hearer, tail + 1, last), last) || joinedClauseAfter(tokens, lo, open, tail, last))) return [lo, openComma - 1];
  // "The bridge, Ms. Ortiz said, would open …" / "But to save money, she said, the city should …":
  // a parenthetical frame inside the reported sentence; the content is the sentence around it.
  let h = head;
  // … and a coordinated subject, when the sentence's verb follows the frame: "The cause, pilots and
  // captains say, is …" (not a list ending on a noun the tagger read as a cue: "…, radio and TV shows, a third …").
  const resumesWithVerb = tokens[tail + 1]?.text === ',' && /^(AUX|VERB)$/.test(tokens[tail + 2]?.pos ?? '');
  const coordinated = (k: number) => resumesWithVerb && tokens[k]!.normal === 'and' && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
  while (h > lo + 1 && h > head - 6 && tokens[h - 1]!.text !== ',' && (/^(PROPN|NOUN|ADJ|DET|NUM|PART)$/.test(tokens[h - 1]!.pos) || coordinated(h - 1))) h--; // "Mr.", "the former"
  // (A relative clause is no parenthetical frame: "Director Tom Brandt, who wrote both scripts, said …";
  // nor is an opening circumstance, which holds nothing said: "Asked about the plan, Lee said, speaking
  // through an aide, that …".)
  // (Nor is a cue coordinated with an earlier predicate of the speaker's: "The critic, Ana Ruiz, wrote
  // that …, but said its pilot, a quiet hour, was the best" reports what follows "said".)
  // (Auxiliaries there are the cue's own: "The bridge, Ms. Ortiz has said, would …".)
  // (Its content follows the cue at once; "smiled and said, “…”" is left to the quotation.)
  // (… nor when a quotation opens after it: "Presenting the award, Lee looked at the screen and said, “…”" —
  // the narration before the speaker is no content, the quotation is.)
  const quotationAfterCue = /^[,:]$/.test(tokens[cueLast + 1]?.text ?? '') && isQuoteMark(tokens[cueLast + 2] ?? tokens[cueLast + 1]!);
  const ownPredicateBefore = /^(and|but)$/.test(tokens[cueFirst - 1]?.normal ?? '') && (tokens[cueLast + 1]?.pos !== 'PUNCT' || quotationAfterCue) && tokens.slice(speakerLast + 1, cueFirst).some((t) => t.pos === 'VERB');
  // (Nor a cue set off from its speaker by a comma: "The mayor, Ana Holt, urging calm, said …" is the name's
  // apposition and a participle of her own, no frame set inside a clause.)
  const cueSetOff = speakerLast < cueFirst && tokens.slice(speakerLast + 1, cueFirst).some((t) => t.text === ',');
  // (Nor a cue whose object opens right after it, a determiner and a noun that are the subject of its
  // clause: "At a news conference, the chief said the suspect, a local man, had been shot" reports from "the
  // suspect"; its comma opens an apposition, not the rest of a split sentence. A hearer or a time may stand there.)
  const subjectAfterCue = !hearer && !frame.according && speakerFirst < cueFirst && determinerOpening(tokens, tail + 1) && !isTimeAfterCue(tokens[tail + 1]!.normal) && !timeAt(tokens, tail + 1, last) && appositionThenVerb(tokens, tail + 1, last);
  if (h > lo && tokens[h - 1]!.text === ',' && !/^(who|which)$/.test(tokens[head]!.normal) && !circumstance && !ownPredicateBefore && !cueSetOff && !subjectAfterCue) {
    for (let k = tail + 1; k <= Math.min(last - 2, tail + 5); k++) {
      // "The clinic gets, according to one audit, $3 million …": a clause split by the frame.
      // (Not when the words before it hold a report of their own: "Lee said A — a claim, she said, that …"
      // reports at most what follows the frame, read as after any cue. Another speaker's frame set off by a
      // parenthesis or dash reports the clause it splits from there: "He says A (the cost of which, many
      // economists say, is B)".)
      if (tokens[k]!.text === ',' && reportFramedBefore(tokens, lo, h - 2)) {
        const from = asideStart(tokens, lo, h - 2);
        if (from > lo && !reportFramedBefore(tokens, lo, h - 2, tokens.slice(speakerFirst, speakerLast + 1))) return [from, last];
        break;
      }
      // ("Instead, she said, it will …": a lone connective before the frame is the writer's link, no words of the
      // report; the content is the clause after the frame (speaker and cue only), as the gold sets span "Then, she
      // says, she will …".)
      if (tokens[k]!.text === ',' && k === cueLast + 1 && speakerLast < cueFirst && connectiveOnly(tokens, lo, h - 1) && hasVerb(tokens, k + 1, last)) return [k + 1, last];
      if (tokens[k]!.text === ',') return hasVerb(tokens, k + 1, last) || hasVerb(tokens, lo, h - 2) ? [lo, last] : null;
      // (A verb or auxiliary first makes the words after the cue a clause of their own, the content:
      // "On Sunday, Lee said the deal was dead, while …".)
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.normal === 'that') break;
    }
  }
  if (frame.according) {
    // "According to X, CLAUSE." (also after an opening parenthesis or a colon: "The upshot: according to X, CLAUSE.")
    if (head === lo || (head === lo + 1 && tokens[lo]!.pos === 'CCONJ') || /^[(:]$/.test(tokens[head - 1]!.text) || afterJoinedClause(tokens, head, lo)) {
      // (Past what describes the source: "According to Mara Okafor, 52, of Port Elwin, CLAUSE.")
      let from = afterSourceApposition(tokens, pastPossessedSource(tokens, speakerLast + 1, last), last);
      // (Past when the source gave its account, up to the comma: "According to Reuters on Tuesday, CLAUSE".)
      const timed = afterTimePhrase(tokens, from, last + 1);
      if (timed > from && tokens[timed]?.text === ',') from = timed;
      if (tokens[from]?.text === ',') from++;
      return from <= last ? [from, last] : null;
    }
    return null;
  }
  // inverted "said X" mid-sentence: no clean content (but the one who told, after the cue, said the that-clause
  // after it: "He was told by doctors that he would …", "heard from her agent that …"; frame.ts).
  if (speakerFirst > cueFirst && !frame.teller) return null;
  return contentAfterCue(tokens, frame, lo, last);
}

/** tokens[lo, end) are one or two adverbs, a conjunction before them at most, and tokens[end] a comma: "Instead,", "But then,". */
function connectiveOnly(tokens: Token[], lo: number, end: number): boolean {
  let k = lo;
  if (tokens[k]?.pos === 'CCONJ') k++;
  const words = end - k;
  return tokens[end]?.text === ',' && words >= 1 && words <= 2 && tokens.slice(k, end).every((t) => t.pos === 'ADV' && !/^(so|too)$/.test(t.normal));
}

/**
 * "According to the Guardian's Paris correspondent, CLAUSE": when the source read ends at an owner, its
 * possessive and the noun it owns, up to the comma, are the source's too; the clause starts after them.
 * `from` is the token after the source read; returns the comma, or `from`.
 */
function pastPossessedSource(tokens: Token[], from: number, last: number): number {
  // (The source read may hold the possessive itself, "the Guardian's", or end before it, "Reuters".)
  const owned = /^['’]s?$/.test(tokens[from]?.text ?? '') ? from + 1 : /^['’]s$/.test(tokens[from - 1]?.text ?? '') ? from : -1;
  if (owned < 0) return from;
  let k = owned;
  while (k <= last && k < owned + 6 && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
  // "According to the Post's analysis of court records, CLAUSE": what the owned noun is of, in small letters, up to the comma.
  if (k > owned && tokens[k]?.normal === 'of') {
    let j = k + 1;
    while (j <= last && j < k + 6 && /^(DET|ADJ|NOUN)$/.test(tokens[j]!.pos) && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
    if (j > k + 1 && tokens[j]?.text === ',') k = j;
  }
  return k > owned && tokens[k]?.text === ',' ? k : from;
}

/**
 * The source after "according to" is one that reports: a person, an outlet, an organization, evidence ("a
 * poll"), or something a named author made ("a tally by the Ledger").
 */
function reportingSource(tokens: Token[], frame: Frame, last: number): boolean {
  const sp = frame.speaker;
  if (sp.kind === 'person' || sp.kind === 'outlet' || sp.kind === 'organization' || evidenceLike(sp)) return true;
  for (let k = frame.cueToken + 2; k < last && k < frame.cueToken + 8; k++) {
    if (tokens[k]!.normal !== 'by') continue;
    const name = tokens[k + 1]!.pos === 'DET' ? tokens[k + 2] : tokens[k + 1];
    return name?.pos === 'PROPN' && /^\p{Lu}/u.test(name.text);
  }
  return false;
}

/**
 * "CLAUSE, but according to X, CLAUSE.": "according to" opens a second clause joined by a comma or
 * semicolon and a conjunction; the first clause is the writer's, not X's.
 */
function afterJoinedClause(tokens: Token[], head: number, lo: number): boolean {
  return head - 2 > lo && tokens[head - 1]!.pos === 'CCONJ' && /^(but|and|yet)$/.test(tokens[head - 1]!.normal) && /^[,;]$/.test(tokens[head - 2]!.text);
}

/**
 * The "as" of ", as" before the frame whose first word is tokens[head], past words the speaker phrase leaves
 * out ("as Mayor Dana Pruitt noted", "as the Ledger's editors reported"), after a clause of at least three
 * words; else -1.
 */
function trailingAs(tokens: Token[], head: number, lo: number): number {
  let k = head - 1;
  while (k > lo && k > head - 5 && /^(DET|ADJ|PROPN|NOUN|PART)$/.test(tokens[k]!.pos)) k--;
  return k - 2 > lo + 2 && tokens[k]!.normal === 'as' && tokens[k - 1]!.text === ',' ? k : -1;
}

/**
 * A cue followed by its own that-clause, over adverbs: in "After Reed argued …, Moss said only that she
 * agreed" the clause before the comma is no content of Moss's (hers, "she agreed", is too short to keep).
 */
function thatClauseAfter(tokens: Token[], cue: number, last: number): boolean {
  let k = cue + 1;
  while (k < last && tokens[k]!.pos === 'ADV') k++;
  return k < last && tokens[k]!.normal === 'that';
}

/**
 * A sentence opening with the occasion of what follows: "Asked whether …", "When pressed on …",
 * "Speaking to reporters …". Before a frame with nothing else between, it is no content of its own.
 */
function participleOpener(tokens: Token[], lo: number, head: number): boolean {
  const first = /^(when|while|after|once|upon)$/.test(tokens[lo]?.normal ?? '') ? lo + 1 : lo;
  if (!OCCASIONS.has(tokens[first]?.normal ?? '')) return false;
  // "Writing the budget took months, Lee said": a gerund with a verb of its own after it is the subject
  // of a clause, which is the content. (An "asked" phrase holds the question's verbs: "Asked whether
  // she would run, …".)
  let gerund = tokens[first]!.normal.endsWith('ing');
  for (let k = first + 1; k < head - 1; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return false;
    // (Verbs of a clause inside the phrase are its own: "Responding to critics who say the plan is late, …".)
    if (/^(who|which|that|whether|if|why|how|what|when|where)$/.test(t.normal)) gerund = false;
    if (gerund && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.normal) && tokens[k - 1]!.normal !== 'to'))) return false;
  }
  return true;
}

/**
 * Whether the words from lo up to the comma at `comma` are adverbials only: every piece between commas opens
 * a prepositional phrase, a clause opened by a subordinator, or a time ("In May, before the vote", "Last spring, …"), so no main clause is there to report.
 */
function adverbialsOnly(tokens: Token[], lo: number, comma: number): boolean {
  if (comma <= lo || tokens[comma]?.text !== ',') return false;
  for (let k = lo; k < comma; ) {
    const from = k;
    while (k < comma && tokens[k]!.text !== ',') k++;
    // (A prepositional phrase holds no verb: "About 800 workers were sent home" opens a clause.)
    const phrase = tokens[from]!.pos === 'ADP' && !tokens.slice(from, k).some((t) => /^(VERB|AUX)$/.test(t.pos));
    if (!phrase && !SUBORDINATORS.has(tokens[from]!.normal) && !(k - from <= 4 && isTimePhrase(sourceText(tokens, from, k).replace(/^\p{Lu}/u, (c) => c.toLowerCase())))) return false;
    k++;
  }
  return true;
}

/** Most words in the object before its apposition, and in the apposition. */
const MAX_APPOSITION_WORDS = 6;

/**
 * The noun phrase at tokens[from] ends at a comma that opens an apposition (an article or a possessive, then
 * words with no verb) closed by a second comma right before the clause's verb: "the suspect, a local man, had
 * been shot". (Not a new clause after the first comma: "predicted a sweep, Harbor Lights won …".)
 */
function appositionThenVerb(tokens: Token[], from: number, last: number): boolean {
  let k = from + 1;
  while (k <= last && k - from <= MAX_APPOSITION_WORDS && /^(NOUN|PROPN|ADJ|NUM|PART)$/.test(tokens[k]!.pos)) k++;
  if (tokens[k]?.text !== ',' || !determinerOpening(tokens, k + 1)) return false;
  let j = k + 2;
  while (j <= last && j - k <= MAX_APPOSITION_WORDS && /^(NOUN|PROPN|ADJ|NUM|PART|ADP|DET)$/.test(tokens[j]!.pos)) j++;
  return tokens[j]?.text === ',' && /^(AUX|VERB)$/.test(tokens[j + 1]?.pos ?? '');
}

/** tokens[k] opens a noun phrase with an article or a possessive pronoun: "the suspect", "his son". */
function determinerOpening(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (/^(the|a|an)$/.test(t.normal) || (POSSESSIVES.has(t.normal) && t.pos === 'PRON')) && /^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? '');
}

/** Possessive pronouns and the possessive ending, which open or join a description's owner. */
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", '’s']);

/** "the teachers' union": a plural's bare apostrophe, tagged as punctuation, closes an owner before its noun. */
function pluralOwner(tokens: Token[], k: number): boolean {
  const mark = tokens[k]!;
  const noun = tokens[k - 1];
  return /^['’]$/.test(mark.text) && noun?.pos === 'NOUN' && /s$/.test(noun.normal) && noun.end === mark.start && tokens[k + 1]?.pos === 'NOUN';
}

const OCCASIONS = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged', 'interviewed', 'reached', 'contacted', 'speaking', 'talking', 'responding', 'answering', 'testifying', 'appearing', 'writing', 'addressing', 'replying']);

/** The token in [lo, hi] that holds the offset, else lo; a binary search (tokens are in text order). */
function indexAt(tokens: Token[], offset: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (tokens[mid]!.start <= offset) a = mid;
    else b = mid - 1;
  }
  return a <= hi && tokens[a]!.start <= offset && offset < tokens[a]!.end ? a : lo;
}

/**
 * Whether tokens (from, last] after a sentence-final frame only add to it: adverbials with no verb
 * ("on Thursday", "in an interview with the Herald"), then after a comma an apposition ("the agency's
 * lawyer"), a relative clause ("who heads the center") or a participle ("adding …"), but no clause of its own.
 */
function closesSentence(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  let phrase = false;
  while (k <= last && tokens[k]!.text !== ',') {
    // "…, the coach said; the players had known for weeks": a semicolon ends the frame's sentence as a full stop does.
    if (tokens[k]!.text === ';') return true;
    // "according to neighbours who knew her": a relative clause on the speaker.
    if (/^(who|whose)$/.test(tokens[k]!.normal) && k > from) return true;
    // "… the mayor said after meeting the board", "said during a speech to win delegates": inside a
    // prepositional phrase a gerund or an infinitive is the phrase’s own, no clause ("asked for riders to
    // wait" is a request, its clause the content).
    if (k === from && tokens[k]!.pos === 'ADP' && !/^(to|for)$/.test(tokens[k]!.normal)) phrase = true;
    if (phrase && /^(VERB|AUX)$/.test(tokens[k]!.pos) && (/ing$/.test(tokens[k]!.normal) || tokens[k - 1]?.normal === 'to')) {
      k++;
      continue;
    }
    // "… the minister said Monday as she left the hall": a time clause on the frame.
    if (/^(as|when|while|after|before)$/.test(tokens[k]!.normal) && tokens[k]!.pos === 'SCONJ') return true;
    // "according to a short item in the Mill Valley Courier", "a poll released Sunday": a capitalised word inside
    // a name, or a participle describing the source, is no verb of a clause.
    const nameWord = /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k - 1]?.pos === 'PROPN';
    const describing = SOURCE_PARTICIPLES.has(tokens[k]!.normal) && /^(NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
    if (((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !nameWord && !describing) || tokens[k]!.normal === 'that' || tokens[k]!.pos === 'SCONJ') return false;
    k++;
  }
  while (k <= last) {
    // tokens[k] is a comma.
    const next = tokens[k + 1];
    if (!next) return true;
    if (/^(who|which|whose|where)$/.test(next.normal)) return true;
    // "…, adding that …" / "…, saying he …" modify the frame; "…, moving the depot would be …" is a clause.
    if (next.pos === 'VERB' && /(ing|ed)$/.test(next.normal)) {
      for (let j = k + 2; j <= last && tokens[j]!.text !== ','; j++) {
        const t = tokens[j]!;
        if (t.normal === 'that' || t.pos === 'SCONJ' || t.pos === 'PRON') return true;
        if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed|en)$/.test(t.normal))) return false;
      }
      return true;
    }
    // "…, according to X, head of the lab, and other engineers."
    if (!/^(DET|ADJ|PROPN|NOUN|NUM|ADV|ADP|CCONJ)$/.test(next.pos)) return false;
    // An apposition: a noun phrase up to the next comma, a relative or the end, with no verb of its own.
    let j = k + 1;
    while (j <= last && tokens[j]!.text !== ',') {
      const t = tokens[j]!;
      if (/^(who|which|whose|that)$/.test(t.normal) && j > k + 1) return true;
      // "…, he said, a condition known as refeeding syndrome": a participle on the apposition's noun describes
      // it, no verb of a clause.
      if (describingParticiple(tokens, j, k + 1)) return true;
      if (t.pos === 'VERB' || t.pos === 'AUX') return false;
      j++;
    }
    k = j;
  }
  return true;
}

/**
 * tokens[j] is a past participle right after the noun of an apposition opened by an article at tokens[open],
 * before a preposition: "a condition known as …", "a drug sold in …", "the law passed by …".
 */
function describingParticiple(tokens: Token[], j: number, open: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== 'VERB' || !(/ed$/.test(t.normal) || isIrregularParticiple(t.normal))) return false;
  if (!/^(a|an|the)$/.test(tokens[open]?.normal ?? '') || tokens[j - 1]?.pos !== 'NOUN' || j - open < 1) return false;
  return /^(as|by|in|for|on|at|from|to|with)$/.test(tokens[j + 1]?.normal ?? '');
}

/**
 * "…, the company announced on Tuesday, as employees accused it of …": after the frame (and maybe a time) a
 * comma and a clause of simultaneity or contrast ("as", "while", "although") are the writer's circumstance;
 * the frame closes the clause before it. ("when" and "after" clauses are left alone: "The talks collapsed,
 * the person said, when the studios …" goes on with what was said. So is "according to": its sources often
 * give the circumstance too.)
 */
function circumstanceAfterFrame(tokens: Token[], from: number, last: number): boolean {
  const k = afterTimePhrase(tokens, from, last + 1);
  if (tokens[k]?.text !== ',' || k >= last) return false;
  if (SIMULTANEITY_OR_CONTRAST.has(tokens[k + 1]!.normal) && hasVerb(tokens, k + 2, last)) return true;
  // "…, ITV confirmed on Tuesday, days after the episode drew complaints": a measured interval before
  // "after|before" dates the frame's own act against an event, the writer's timeline (a bare ", after …" may
  // still be what was said, as "when" is).
  const joiner = measuredIntervalEnd(tokens, k + 1, last);
  return joiner > 0 && /^(after|before)$/.test(tokens[joiner]!.normal) && hasVerb(tokens, joiner + 1, last);
}

/** Words that measure an interval: "days", "two weeks", "hours", "shortly", "moments". */
const INTERVAL_WORDS = /^(seconds|minutes|hours|days|weeks|months|years|moments|shortly|soon|just|only|a|an|one|two|three|four|five|six|few|several|day|week|month|year|hour|minute|little|more|less|than|nearly|almost|barely|about|some)$/;
const INTERVAL_HEADS = /^(seconds|minutes|hours|days|weeks|months|years|moments|shortly|soon|day|week|month|year|hour|minute)$/;

/** The index of the word after a measured interval opening at tokens[k] ("days", "just two weeks"), or -1. */
function measuredIntervalEnd(tokens: Token[], k: number, last: number): number {
  let j = k;
  let head = false;
  while (j < last && j - k < 5 && (INTERVAL_WORDS.test(tokens[j]!.normal) || tokens[j]!.pos === 'NUM')) {
    if (INTERVAL_HEADS.test(tokens[j]!.normal)) head = true;
    j++;
  }
  return head ? j : -1;
}

/** Subordinators opening a clause that runs beside the report, not inside it: "as", "while", "whereas", "although", "though". */
const SIMULTANEITY_OR_CONTRAST: ReadonlySet<string> = new Set(['as', ...CONTRASTING_SUBORDINATORS]);

/**
 * "CLAUSE, she said, but CLAUSE.": a frame set off by commas between two whole clauses, the second opened by
 * "but", "yet" or "and", reports both; the joiner is neither's (every gold set that has the shape, PolNeAR
 * too, spans "A, she said, and B" as two reports). So does "because": "A, he said, because B" gives his
 * reason for A, said as much as A. True when tokens[lo, head - 2] has a verb and the words after the joiner
 * hold a subject and its verb.
 */
function joinedClauseAfter(tokens: Token[], lo: number, head: number, tail: number, last: number): boolean {
  if (tokens[tail + 1]?.text !== ',' || !/^(but|yet|because|and)$/.test(tokens[tail + 2]?.normal ?? '') || tail + 5 > last) return false;
  const subject = tokens[tail + 3]!;
  return hasVerb(tokens, lo, head - 2) && /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(subject.pos) && hasVerb(tokens, tail + 4, last);
}

/**
 * The second clause of "CLAUSE, she said, but CLAUSE." (joinedClauseAfter), as the frame's own second report:
 * token range [from, to], or null.
 */
// (Not after "according to": "A, according to the company, but B" credits the company with A only, B is the writer's.)
export function clauseAfterParentheticalFrame(tokens: Token[], frame: Frame, lo: number, last: number, cueIndex: number): [number, number] | null {
  if (frame.according) return null;
  const speakerFirst = indexAt(tokens, frame.speaker.phraseStart ?? frame.speaker.start, lo, last);
  const speakerLast = indexAt(tokens, frame.speaker.end - 1, lo, last);
  let head = Math.min(speakerFirst, cueIndex);
  const tail = Math.max(speakerLast, frame.cueToken);
  // (Past a title the speaker phrase leaves out: "…, Dr Lena Voss said, but …".)
  for (let k = 0; k < 3 && head > lo + 2 && tokens[head - 1]!.text !== ',' && /^(DET|ADJ|PROPN|NOUN)$/.test(tokens[head - 1]!.pos); k++) head--;
  if (head <= lo + 2 || tokens[head - 1]!.text !== ',' || !joinedClauseAfter(tokens, lo, head, tail, last)) return null;
  return [tail + 3, last];
}

/**
 * The last token of a relative clause a frame is set inside ("which, he said, had ignored three warnings, and
 * called for …"): before the comma where the main clause's verb resumes, bare or after "and"/"but"; else `last`.
 */
function relativeClauseEnd(tokens: Token[], from: number, last: number): number {
  const verb = (t: Token | undefined) => !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.normal)));
  for (let k = from + 1; k < last; k++) {
    if (tokens[k]!.text !== ',' || !hasVerb(tokens, from, k - 1)) continue;
    const next = tokens[k + 1];
    if (verb(next) || (/^(and|but)$/.test(next?.normal ?? '') && verb(tokens[k + 2]))) return k - 1;
  }
  return last;
}

/** After the frame ending at tokens[tail], a comma and a contrasting joiner open the writer's next clause: ", while …", ", whereas …". */
function contrastAfter(tokens: Token[], tail: number): boolean {
  return tokens[tail + 1]?.text === ',' && CONTRASTING_SUBORDINATORS.has(tokens[tail + 2]?.normal ?? '');
}

/**
 * "A, the court said, clearing the way for B.": a participle phrase after the frame tells what the report
 * did or led to, in the writer's words; the clause before the frame is the report. (Not when a verb after a
 * later comma resumes the sentence: "A, she said, looking tired, was over" carries A on.)
 */
function participlePhraseAfter(tokens: Token[], tail: number, last: number): boolean {
  const word = tokens[tail + 2];
  if (tokens[tail + 1]?.text !== ',' || !word || !/^\p{Ll}{2,}ing$/u.test(word.text) || /thing$/.test(word.text)) return false;
  for (let k = tail + 3; k < last; k++) if (tokens[k]!.text === ',' && /^(AUX|VERB)$/.test(tokens[k + 1]!.pos) && !/ing$/.test(tokens[k + 1]!.normal)) return false;
  return true;
}

/**
 * "…, singer Ana Ruiz told Rolling Stone on Tuesday.": the outlet told is the cue's hearer, though the tagger
 * may read a word of its name as a verb ("Rolling"); the frame closes after it. The token after the outlet's
 * name, or `from` when none follows the cue.
 */
function afterHeardOutlet(tokens: Token[], frame: Frame, hearer: boolean, from: number, last: number): number {
  if (!hearer || !frame.outlet) return from;
  const words = frame.outlet.split(/\s+/);
  let k = from;
  if (tokens[k]?.normal === 'the' && words[0] !== tokens[k]!.text) k++;
  let n = 0;
  while (k <= last && n < words.length && tokens[k]!.text === words[n]) { k++; n++; }
  return n === words.length ? k : from;
}

/**
 * The comma that ends the clause before a closing frame, at tokens[k]: a comma, or one American style sets
 * inside the closing mark of a title the clause ends on ('… the sequel to "Starfall," the studio
 * confirmed'). Only a title (every word capitalised), with a verb before it opens, and the speaker's phrase
 * (maybe after its article) right after the mark: quoted words in small letters are speech, the quote
 * stage's; '"Red," the song Swift wrote' is the title's apposition. -1 when there is none.
 */
function commaEndingAt(tokens: Token[], k: number, lo: number, speakerFirst: number): number {
  if (tokens[k]?.text === ',') return k;
  if (k - 1 <= lo || !isQuoteMark(tokens[k]!) || tokens[k - 1]!.text !== ',') return -1;
  if (speakerFirst !== k + 1 && !(speakerFirst === k + 2 && tokens[k + 1]!.pos === 'DET')) return -1;
  let opening = k - 2;
  while (opening > lo && !isQuoteMark(tokens[opening]!)) opening--;
  const words = tokens.slice(opening + 1, k - 1).filter((t) => t.pos !== 'PUNCT').map((t) => t.text);
  // (Not the object of the verb right before it: 'The firm bought "Time, Not Trust," the regulator said' hands the
  // regulator's own words to the verb; the quote stage keeps them as a partial.)
  if (tokens[opening - 1]?.pos === 'VERB') return -1;
  return opening > lo && words.length > 0 && isTitleCase(words) && hasVerb(tokens, lo, opening - 1) ? k - 1 : -1;
}
