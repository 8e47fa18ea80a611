import type { Token } from '../../types.js';
import { cueAt, frameAtToken, frameForCue, hasVerb, outletNear, sentenceSubject, type Frame, type TokenView } from '../frame.js';
import { isQuoteMark, personLike, subjectBefore, tokenAt, wordBefore, type SpeakerPhrase } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { opensClauseAt, participleAfterComma } from './clause-openers.js';
import { isPhraseBreak } from '../sentence-scan.js';
import { CONTRASTING_JOINERS } from '../../nlp/words.js';

/**
 * The subject of the verb that governs an object cue in an infinitive or a gerund: "Reyes used the
 * hearing to call for …", "the union voted to endorse Hale", "Reyes opened by talking about …", "joined
 * the mayor in calling for …". The verb is the nearest one back within the clause (no comma between);
 * one whose object does the act ("persuaded the mayor to endorse …") gives none.
 */
export function controllingSubject(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const p = wordBefore(tokens, cue - 1, lo);
  const infinitive = tokens[p]?.normal === 'to';
  const gerund = /ing$/.test(tokens[cue]!.normal) && /^(by|in|of|to|about|for|after|before|while|from|on)$/.test(tokens[p]?.normal ?? '');
  if (p <= lo || !(infinitive || gerund)) return null;
  for (let k = p - 1; k >= lo && k > p - 10; k--) {
    const t = tokens[k]!;
    if (isPhraseBreak(t)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (cueLexicon().objectControl.has(t.lemma) && k < p - 1) return null;
    return subjectBefore(tokens, k, lo);
  }
  return null;
}

/** The verb at tokens[cue] is coordinated with one before: "… and has called for", "…, but never cited". */
export function coordinatedAfter(tokens: Token[], cue: number, lo: number): boolean {
  let k = cue - 1;
  while (k > lo && /^(ADV|AUX|PART)$/.test(tokens[k]!.pos)) k--;
  return /^(and|but)$/.test(tokens[k]!.normal);
}

/**
 * "“…,” Ms. Lee said, noting that …" / "…, he said, citing the figures": a participle right after a
 * speech frame shares its speaker, though the sentence opens with a quotation and has no subject.
 */
export function participleOfFrame(view: TokenView, cue: number, lo: number): Frame | null {
  const tokens = view.tokens;
  if (!participleAfterComma(tokens, cue)) return null;
  // (Past one apposition or adverbial: "said Weil, the board's chair, explaining …", "said Tamm during the
  // second forum, suggesting …".)
  let commas = 0;
  for (let k = cue - 2; k >= lo && k > cue - 16; k--) {
    if (isQuoteMark(tokens[k]!) || (tokens[k]!.text === ',' && ++commas > 1)) break;
    // A clause of its own between them has its own subject: "“…,” Tamm said, and Weil walked out, saying …",
    // "Lee said …, while Ruiz opposed the plan, citing …".
    if (tokens[k]!.normal === 'and' || CONTRASTING_JOINERS.has(tokens[k]!.normal)) break;
    if (!cueAt(tokens, k, 'speech')) continue;
    const before = frameForCue(view, k, lo, cue - 1, 'speech');
    if (!before || before.speaker.end > tokens[cue - 1]!.start) return null;
    return frameAtToken(tokens, cue, before.speaker, { outlet: before.outlet, distant: true });
  }
  return null;
}

/**
 * "“…,” she said, going on Instagram Live to say …", "…, taking to Twitter to say …": an infinitive cue after a
 * participle of going and the place or medium it went to shares the participle's subject (the frame before it,
 * else the clause's).
 */
export function infinitiveAfterParticiple(view: TokenView, cue: number, lo: number): Frame | null {
  const tokens = view.tokens;
  const to = cue - 1;
  if (to <= lo || tokens[to]!.normal !== 'to' || tokens[to]!.pos !== 'PART') return null;
  let p = to - 1;
  // (The place or medium: a short phrase after a preposition, its capitalised words whatever their tag.)
  while (p > lo && to - p <= 5 && (/^(DET|ADJ|NOUN|PROPN|ADP)$/.test(tokens[p]!.pos) || /^\p{Lu}/u.test(tokens[p]!.text))) p--;
  if (p <= lo || p === to - 1 || tokens[p + 1]!.pos !== 'ADP' || !/ing$/.test(tokens[p]!.normal) || !participleAfterComma(tokens, p)) return null;
  const shared = participleOfFrame(view, p, lo) ?? participleOfClause(tokens, p, lo);
  return shared && frameAtToken(tokens, cue, shared.speaker, { outlet: shared.outlet, distant: true });
}

/**
 * "speaking on condition of anonymity to discuss the talks", "granted anonymity to describe …": the
 * infinitive cue at tokens[cue] says why the source hid its name, not what it said.
 */
export function purposeOfAnonymity(tokens: Token[], cue: number): boolean {
  if (tokens[cue - 1]?.normal !== 'to') return false;
  for (let k = cue - 2; k >= 0 && k >= cue - 6 && tokens[k]!.text !== ','; k--) if (tokens[k]!.normal === 'anonymity') return true;
  return false;
}

/**
 * "In a letter released Monday, Weil criticized the deal, arguing that …": a participle after a comma
 * shares the subject of the nearest verb before it, when that subject is a person or a body that speaks.
 */
export function participleOfClause(tokens: Token[], cue: number, lo: number): Frame | null {
  if (!participleAfterComma(tokens, cue)) return null;
  for (let v = cue - 2; v > lo && v > cue - 25; v--) {
    if (tokens[v]!.text === ';' || isQuoteMark(tokens[v]!)) return null;
    if (tokens[v]!.pos !== 'VERB' || /ing$/.test(tokens[v]!.normal)) continue;
    // An infinitive has no subject of its own; the verb it completes has: "Dorn tried hard to play down
    // the row, writing that …", "the bank declined to comment, saying that …".
    if (tokens[v - 1]?.normal === 'to') continue;
    const subject = subjectBefore(tokens, v, lo);
    return subject && personLike(subject) ? frameAtToken(tokens, cue, subject, { distant: true }) : null;
  }
  return null;
}

/**
 * A cue coordinated with an earlier verb ("… and said", "… but said", ", and then said") shares the
 * subject of the nearest verb back that has one, when no speaker was found or a new clause opens after
 * the sentence's subject: "The crowd cheered, and when Bell thanked the city and said …" reports Bell.
 */
export function withCoordinatedSubject(tokens: Token[], cue: number, lo: number, frame: Frame | null): Frame | null {
  const k = wordBefore(tokens, cue - 1, lo);
  // Not "and then state and county clerks …", where the cue is an adjective the tagger read as a verb.
  if (k <= lo || !/^(and|but)$/.test(tokens[k]!.normal) || tokens[cue + 1]?.pos === 'CCONJ') return frame;
  // "…, but according to Keelstat, the route …": "according to" names its own source after it.
  if (frame?.according) return frame;
  if (frame && frame.speaker.start > tokens[k]!.start && frame.speaker.start < tokens[cue]!.start) return frame; // "and Nicklaus said"
  // A subject inside an embedded clause serves only when the main clause has none.
  let embedded: { subject: SpeakerPhrase; verb: number } | null = null;
  for (let v = k - 1; v > lo; v--) {
    if (tokens[v]!.text === ';') break;
    // A quoted phrase inside the clause is stepped over: "Ruiz called the plan “careless,” but said …".
    if (isQuoteMark(tokens[v]!)) {
      v = openingMarkBefore(tokens, v, lo);
      if (v < 0) break;
      continue;
    }
    if (tokens[v]!.pos !== 'VERB' || /ing$/.test(tokens[v]!.normal)) continue;
    const subject = subjectBefore(tokens, v, lo);
    if (!subject || !personLike(subject)) continue;
    if (opensEmbeddedClause(tokens, subject, v)) {
      embedded ??= { subject, verb: v };
      continue;
    }
    return coordinatedFrame(tokens, cue, k, frame, subject, v);
  }
  return embedded ? coordinatedFrame(tokens, cue, k, frame, embedded.subject, embedded.verb) : frame;
}

/**
 * The person's name follows the description right after its comma, in an apposition closed by a comma of its
 * own before the verb at tokens[v]: "Another analyst, Ana Ruiz, …". With a cue inside ("A spokesperson, Ana
 * Ruiz said, declined …") the name is a parenthetical speaker, not the description's name.
 */
function namesDescription(tokens: Token[], description: SpeakerPhrase, person: SpeakerPhrase, v: number): boolean {
  const first = tokenAt(tokens, person.start, v);
  if (tokens[first]?.start !== person.start || tokens[first - 1]?.text !== ',' || tokens[first - 2]?.end !== description.end) return false;
  return closedApposition(tokens, first, v);
}

/** A comma closes the apposition opening at tokens[first] before tokens[v], with no report cue before it. */
function closedApposition(tokens: Token[], first: number, v: number): boolean {
  for (let j = first + 1; j < v; j++) {
    if (tokens[j]!.text === ',') return true;
    if (cueAt(tokens, j, 'report')) return false;
  }
  return false;
}

/**
 * The frame of a cue coordinated (by the conjunction at tokens[k]) with the verb at tokens[v] and its
 * subject. The sentence's subject found already stands unless a new clause opens after it: "The crowd
 * cheered, and when Bell thanked …" (a subject inside "on whom Ruiz would pick …" does not).
 */
function coordinatedFrame(tokens: Token[], cue: number, k: number, frame: Frame | null, subject: SpeakerPhrase, v: number): Frame {
  const before = frame && frame.speaker.start < tokens[k]!.start;
  // "Another analyst, Ana Ruiz of X, praised … and said …": the name in apposition to the description is who spoke.
  const named = before && frame.speaker.kind === 'anonymous' && subject.kind === 'person' && namesDescription(tokens, frame.speaker, subject, v);
  if (before && !named && (frame.speaker.start === subject.start || !clauseOpensBetween(tokens, frame.speaker.end, subject.start, v))) return frame;
  return frameAtToken(tokens, cue, subject, { outlet: null, distant: true });
}

/**
 * The subject opens a that-clause or a relative clause: in "Lee scoffed at the claim that Ohio would
 * win, and said …" the cue is coordinated with the main verb, not with the clause inside its object.
 */
function opensEmbeddedClause(tokens: Token[], subject: SpeakerPhrase, verb: number): boolean {
  return /^(that|which|who|whom)$/.test(tokens[tokenAt(tokens, subject.phraseStart ?? subject.start, verb) - 1]?.normal ?? '');
}

/** The quotation mark that opens the quoted phrase closed at `close`, a few words back, or -1. */
function openingMarkBefore(tokens: Token[], close: number, lo: number): number {
  for (let j = close - 1; j > lo && j > close - 12; j--) if (isQuoteMark(tokens[j]!)) return j;
  return -1;
}

/**
 * A cue listed after a comma, with no "and", behind a clause of the sentence's subject: "Vera Kolb
 * offered the clerk a seat, then says she will …", "Ina Roth is pleased with the turnout, says she
 * warned …". The cue shares that subject. What follows it must open a clause ("she will", "that"):
 * otherwise the phrase after the cue is an inverted speaker ("…, says Ina Roth").
 */
export function withListedVerbSubject(view: TokenView, cue: number, lo: number, frame: Frame | null): Frame | null {
  const tokens = view.tokens;
  if (frame && frame.speaker.start < tokens[cue]!.start) return frame;
  let comma = tokens[cue - 1]?.normal === 'then' ? cue - 2 : cue - 1;
  // "Lee said the board “will not budge,” then told …": the comma inside a closing mark lists the cue too.
  const closesQuoted = tokens[cue - 1]?.normal === 'then' && comma > lo && isQuoteMark(tokens[comma]!) && tokens[comma - 1]?.text === ',';
  if (closesQuoted) comma--;
  // (A cue the tagger reads as a noun is more often one in a list: "…, claims that the audit denied".)
  // (After "then" no inverted speaker follows, so a hearer or a bare clause may: "then told the Herald the vote …".)
  if (comma <= lo || tokens[comma]!.text !== ',' || tokens[cue]!.pos !== 'VERB' || /ing$/.test(tokens[cue]!.normal) || !(closesQuoted || opensClauseAt(tokens, cue + 1))) return frame;
  // (A quotation before the comma makes the cue its frame: "“…,” says she …"; not a quoted phrase inside
  // the subject's clause, after its own verb: "Lee said the board “will not budge,” then told …".)
  const firstMark = tokens.slice(lo, comma).findIndex(isQuoteMark);
  if (firstMark >= 0 && !closesQuoted) return frame;
  const subject = sentenceSubject(view, cue);
  if (!subject || !personLike(subject) || subject.end > tokens[comma]!.start) return frame;
  if (firstMark >= 0 && (subject.end > tokens[lo + firstMark]!.start || !hasVerb(tokens, view.tokenAtOrAfter(subject.end), lo + firstMark - 1))) return frame;
  // The subject has a verb of its own before the comma, which the cue is listed after.
  if (!hasVerb(tokens, view.tokenAtOrAfter(subject.end), comma - 1)) return frame;
  // (Its own hearer is its outlet: "…, then told Variety the vote was rigged".)
  const outlet = tokens[cue + 1]?.pos === 'PROPN' ? outletNear(tokens, cue, Math.min(cue + 6, view.sentence(cue).tokenEnd)) : null;
  return frameAtToken(tokens, cue, subject, outlet ? { outlet, distant: true } : { distant: true });
}

/**
 * A subordinate clause or a coordinated one after a comma opens between two offsets: "…, and when …",
 * "…, as …". `below` is a token index past `to`: the search walks back from there, not over the article.
 */
function clauseOpensBetween(tokens: Token[], from: number, to: number, below: number): boolean {
  for (let k = below - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    if (t.end <= to && ((t.pos === 'SCONJ' && /^(when|as|after|while|because|since|before|once)$/.test(t.normal)) || (t.pos === 'CCONJ' && tokens[k - 1]?.text === ','))) return true;
  }
  return false;
}
