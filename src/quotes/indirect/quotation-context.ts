import type { Token } from '../../types.js';
import type { MarkedSpan } from '../../text/quotation-marks.js';
import { cueAt, cueLemma, hasVerb, type Frame } from '../frame.js';
import { isQuoteMark, tokenAt } from '../speaker.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { participleStems } from '../../nlp/participle-stems.js';
import { TIME_SUBORDINATORS } from '../../nlp/words.js';
import { DASH } from '../sentence-scan.js';
import { bareClauseAt, opensClauseAt } from './clause-openers.js';
import { wordAfterColon } from '../word-after-colon.js';

/** The end of [start, end), moved past the closing mark of a quotation it opens but does not close. */
export function throughOpenQuotation(text: string, start: number, end: number, limit: number): number {
  const inner = text.slice(start, end);
  // A single-quoted name the content opens and the sentence closes right after it: "the ‘Night Shift’."
  // (’ is an apostrophe too, so only a ‘ with no ’ after it, closed by the very next character.)
  if (text[end] === '’' && /‘[^’]*$/.test(inner)) return end + 1;
  const opens = (inner.match(/“/g) ?? []).length;
  const closes = (inner.match(/”/g) ?? []).length;
  if (opens <= closes) return end;
  const close = text.indexOf('”', end);
  return close >= 0 && close < limit ? close + 1 : end;
}

/**
 * A clause of time after the frame of a quotation is the circumstance of the words quoted, not more of
 * them: "“We will sail,” Reyes said as she left the pier", "… told the crew at the dock, while the gulls
 * circled". (Not "when asked …", whose question PolNeAR counts as reported.)
 */
export function circumstanceOfQuotation(tokens: Token[], frame: Frame, k: number, lo: number, last: number): boolean {
  if (!TIME_SUBORDINATORS.has(tokens[k]?.normal ?? '') || /^(much|well|long)$/.test(tokens[k + 1]?.normal ?? '')) return false;
  // "said when asked by a reporter from Reuters": a question with no words of its own reports nothing.
  if (tokens[k + 1]?.normal === 'asked') return !askedQuestionInWords(tokens, k + 2, last) && quotationBeforeFrame(tokens, frame, lo);
  // "after" and "before" open a clause of time only with its subject and verb ("said after she left");
  // as prepositions they end an adverbial the content follows ("said after the meeting she would appeal").
  if (/^(after|before)$/.test(tokens[k]!.normal) && !bareClauseAt(tokens, k + 1, last)) return false;
  return quotationBeforeFrame(tokens, frame, lo);
}

/** Words that put a question asked in words: "asked whether …", "asked how …", "asked about the deal". */
const QUESTION_OPENERS = /^(whether|if|how|why|what|who|which|when|where|about)$/;

/**
 * Whether the question after "asked" at tokens[from] is put in words: right after it ("asked whether …",
 * "asked about the deal", "asked for comment", "asked to explain"), or right after who asked ("asked by a
 * reporter whether …", "asked by a reporter, who works for Reuters, whether …"). Not "asked by a reporter for
 * the Nikkei" or "by a reporter who works for …".
 */
function askedQuestionInWords(tokens: Token[], from: number, last: number): boolean {
  const first = tokens[from]?.normal ?? '';
  if (QUESTION_OPENERS.test(first) || /^(to|for|on)$/.test(first)) return true;
  if (first !== 'by') return false;
  for (let k = from + 1; k <= last; k++) {
    const t = tokens[k]!;
    // "asked by a reporter, who works for Reuters, whether …": a relative clause on the asker, set off by commas, is passed over.
    if (t.text === ',' && /^(who|which)$/.test(tokens[k + 1]?.normal ?? '')) {
      const close = tokens.findIndex((u, j) => j > k + 1 && j <= last && u.text === ',');
      if (close < 0) return false;
      k = close;
      continue;
    }
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    // ("who" right after the asker's noun is relative: "a reporter who works for …".)
    if (QUESTION_OPENERS.test(t.normal) && !(t.normal === 'who' && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos))) return true;
  }
  return false;
}

/**
 * After the frame of a quotation ("“…,” Reyes said"), the words after the cue are more of what was said
 * only when they open with a noun phrase or "that": "said Tuesday that …", "said the pier was never safe".
 * Opening with an adverb, a preposition, a conjunction or a participle they tell how the quoted words were
 * said ("said happily on the radio as returns came in", "said carefully, as …", "said, with a shrug
 * that …", "said during a panel, flanked by …") or the speaker's next act ("said and walked off"). `from` is
 * where the content found starts. (A participle cue of its own, "…,” he said, explaining why …", has
 * its own frame.)
 */
export function noClauseAfterQuotation(tokens: Token[], frame: Frame, from: number, lo: number, last: number): boolean {
  if (from <= frame.cueToken || from > last || frame.distant || !quotationBeforeFrame(tokens, frame, lo)) return false;
  // The frame is the speaker and the cue together, over adverbs or an auxiliary ("Reyes later said", "has said").
  const speakerEnd = tokenAt(tokens, frame.speaker.end - 1, frame.cueToken);
  if (speakerEnd >= frame.cueToken || tokens.slice(speakerEnd + 1, frame.cueToken).some((t) => !/^(ADV|AUX|PART)$/.test(t.pos))) return false;
  // A "that" close after the cue, with no comma between: "said on Tuesday that it would …".
  const that = from - 1;
  if (tokens[that]?.normal === 'that' && that <= frame.cueToken + 4 && !tokens.slice(frame.cueToken + 1, that).some((t) => t.pos === 'PUNCT')) return false;
  // (A question asked stays: "said when asked whether …".)
  const first = tokens[from]!;
  // "said nearly 40 boats would be sold", "said only the council could stop it": the adverb is the subject's.
  if (first.pos === 'ADV' && bareClauseAt(tokens, from + 1, last)) return false;
  // "said once the inquiry ends the pier would close": a fronted subordinate clause, then the main one.
  if (first.pos === 'SCONJ' && clauseAfterSubordinate(tokens, from + 1, last)) return false;
  return /^(ADV|ADP|CCONJ|SCONJ|VERB|AUX|PART|PUNCT)$/.test(first.pos) && !/^(whether|if|how|why|what|who|when|where)$/.test(first.normal);
}

/**
 * tokens[k…] is a subordinate clause's subject and verb followed by a main clause with its own subject and
 * finite verb ("the inquiry ends, the pier would close"); "as returns came in" has none after it.
 */
function clauseAfterSubordinate(tokens: Token[], k: number, last: number): boolean {
  if (!bareClauseAt(tokens, k, last)) return false;
  let v = k;
  while (v <= last && !/^(VERB|AUX)$/.test(tokens[v]!.pos)) v++;
  const main = tokens[v + 1]?.text === ',' ? v + 2 : v + 1;
  return main <= last && bareClauseAt(tokens, main, last);
}

/**
 * What a participle of speech after the frame of a quotation names, when the words right after the cue
 * are none of what was said (noClauseAfterQuotation): "“…,” Brandt said on Friday, explaining the
 * new toll", "… he said, echoing a line that …", "… said Thursday, hinting at his plan".
 * The participle's lemma is a cue (speech, report or weak); a particle after it is the cue's ("hinting
 * at"). Returns [participle, first, last] tokens of the object, or null.
 */
export function speechActAfterQuotation(tokens: Token[], cue: number, last: number): [number, number, number] | null {
  const lex = cueLexicon();
  for (let k = cue + 1; k < last; k++) {
    if (isQuoteMark(tokens[k]!)) return null;
    const p = k + 1;
    const t = tokens[p]!;
    if (tokens[k]!.text !== ',' || !/^(VERB|ADJ|NOUN)$/.test(t.pos) || !/ing$/.test(t.normal)) continue;
    // (The tagger may read the participle as an adjective or a noun: "repeating".)
    const stems = participleStems(t.normal);
    const isCue = (w: string) => lex.speech.has(w) || lex.report.has(w) || lex.weak.has(w);
    if (!(t.pos === 'VERB' && isCue(cueLemma(t))) && !stems.some(isCue)) return null;
    // ("…, pointing at the harbour lights": a gesture, no report.)
    const prep = tokens[p + 1]?.normal ?? '';
    if ([cueLemma(t), ...stems].some((w) => lex.gesturePhrases.has(`${w} ${prep}`))) return null;
    // (A particle is the cue's, "hinting at"; so is the "that" of a clause, which a report's text leaves out: "adding that …".)
    const from = tokens[p + 1]?.pos === 'ADP' || tokens[p + 1]?.normal === 'that' ? p + 2 : p + 1;
    let to = last;
    while (to > from && tokens[to]!.pos === 'PUNCT') to--;
    return to > from ? [p, from, to] : null;
  }
  return null;
}

/**
 * After the hearer of a quotation's "told" only a clause of its own is reported: "“We sail at dawn,”
 * Ortiz told a crowd gathered on the pier" says no more than the quotation. (What a person is asked,
 * warned or promised after one is more often reported: PolNeAR counts it.)
 */
export function hearerOfQuotation(tokens: Token[], frame: Frame, k: number, lo: number, last: number): boolean {
  // (Any subject with its verb opens a clause: "told reporters the pier would close", "… their pensions were safe".)
  const opensClause = opensClauseAt(tokens, k) || bareClauseAt(tokens, k, last);
  // ("told aides to wait" is an order given; "told the crew, when asked …" answers a question.)
  const ordered = tokens.slice(frame.cueToken + 1, k + 2).some((t) => t.normal === 'to' && t.pos === 'PART');
  // (Within the sentence: "… told a crowd on the pier. When asked …" is another sentence's question.)
  const answered = tokens.slice(frame.cueToken + 1, Math.min(k + 15, last + 1)).some((t, j, a) => t.normal === 'when' && a[j + 1]?.normal === 'asked');
  return !opensClause && !ordered && !answered && quotationBeforeFrame(tokens, frame, lo);
}

/**
 * A quotation closes right before the frame (or its comma, or a title the speaker phrase leaves out),
 * inside the frame's sentence: not the last sentence's closing mark ("Keel said: “We will sail.” Ortiz told …").
 */
function quotationBeforeFrame(tokens: Token[], frame: Frame, lo: number): boolean {
  let head = tokenAt(tokens, Math.min(frame.speaker.phraseStart ?? frame.speaker.start, frame.cueStart), frame.cueToken);
  // (Over a title the speaker phrase leaves out: "harbour master Lena Ortiz".)
  for (let n = 0; n < 4 && head > lo && /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[head - 1]?.pos ?? ''); n++) head--;
  const before = tokens[head - 1]?.text === ',' ? head - 2 : head - 1;
  // (A quotation ending in "?" or "!" may be split off as a sentence of its own: "“Too late?” she asked as …".)
  const cutOff = before === lo - 1 && /^[?!]$/.test(tokens[before - 1]?.text ?? '');
  return (before >= lo || cutOff) && before >= 0 && isQuoteMark(tokens[before]!);
}

/**
 * The content cut back to the clause before the first quotation it runs into ("A, and when asked again,
 * she answered, “…”" → "A"); null when a quotation opens inside its first clause.
 */
export function clearOf(tokens: Token[], [from, to]: [number, number], quotes: MarkedSpan[]): [number, number] | null {
  const a = tokens[from]!.start;
  const b = tokens[to]!.end;
  const hit = quotes.filter((m) => m.open < b && Math.max(m.end, m.close + 1) > a);
  if (!hit.length) return [from, to];
  const open = Math.min(...hit.map((m) => m.open));
  const first = hit.find((m) => m.open === open)!;
  if (open <= a) return null;
  // The last clause boundary before the quotation: "; ", " — ", ", and" / ", but" / ", while".
  let cut = -1;
  // … and the last one of them a conjunction opens, which may bring a subject of its own (", and one member …").
  let clauseCut = -1;
  for (let k = from + 3; k <= to && tokens[k]!.start < open; k++) {
    const t = tokens[k]!;
    // … and a participle after a comma, which has its own verb and object: ", telling reporters that “…”".
    // … and a participle after a comma, or a second speech verb, each with its own object: ", telling
    // reporters that “…”", "and said, “…”".
    const participle = t.text === ',' && tokens[k + 1]?.pos === 'VERB' && /ing$/.test(tokens[k + 1]!.normal);
    // (… or a report verb in the past, a predicate of the sentence's subject: "said he had phoned her and urged the crowd to “…”".)
    const lex = cueLexicon();
    // (… or, in a participle's report, a second participle of speech: "saying A and calling him “…”".)
    const nextCue = /^(and|but)$/.test(t.normal) && !!tokens[k + 1] && tokens[k + 1]!.pos === 'VERB' && (lex.speech.has(cueLemma(tokens[k + 1]!)) || (lex.report.has(cueLemma(tokens[k + 1]!)) && /ed$/.test(tokens[k + 1]!.normal)) || secondParticipleCue(tokens, from, k + 1) || finiteWeakCue(tokens[k + 1]!));
    // (… or a weak cue listed after a comma: "suggested her tone was harsh, called her “…” and left". Not
    // when the words before hold a frame, a parenthetical one: "The board, Lee said, called it “…”".)
    // (A relative clause closed by that comma sits on the subject of a clause a conjunction opened: in "said A, and one
    // member, who spoke on condition of anonymity, called it “…”" the cue is that member's verb, and the cut stays at ", and".)
    const listedCue = t.text === ',' && !!tokens[k + 1] && tokens[k + 1]!.pos === 'VERB' && finiteWeakCue(tokens[k + 1]!) && predicateBeforeRelative(tokens, from, k, clauseCut) && !cueBetween(tokens, from, k - 1);
    // … and a relative or concessive clause after a comma: ", which he called “…”", ", whom she described
    // as “…”", ", although he tweeted that it “…”", ", to which Lee replied: “…”".
    // The clause has a speaker and cue of its own: ", which “will help …”" is still the content's.
    const relative = t.text === ',' && /^(which|who|whom|whose|although|though|whereas|to)$/.test(tokens[k + 1]?.normal ?? '') && (tokens[k + 1]!.normal !== 'to' || /^(which|whom)$/.test(tokens[k + 2]?.normal ?? '')) && (ownCueBefore(tokens, k + 2, open) || describingRelative(tokens, k + 1, first));
    // (Not a reason: in "said that A, because “B”" the quoted words are the same report's.)
    const clause = t.text === ',' && /^(CCONJ|SCONJ)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]!.normal !== 'because';
    // … and a noun in apposition whose relative clause has a speaker and cue of its own: ", a scene that
    // one grip described as “…”" (the noun sums up the content; the quotation is another's words on it).
    const appositive = t.text === ',' && appositiveRelativeCue(tokens, k + 1, open);
    // … and a second that-clause of the same cue, with a subject of its own: "said A and that the
    // delay was “…”" (its quoted words are the second report's; "and that was …" is no such clause).
    // (… or one the quotation opens, wholly quoted: "said A and that “the fault was …”".)
    const secondThat = /^(and|but)$/.test(t.normal) && tokens[k + 1]?.normal === 'that' && !!tokens[k + 2] && (opensSubject(tokens[k + 2]!) || (isQuoteMark(tokens[k + 2]!) && tokens[k + 2]!.start === open));
    // … and a predicate in the simple past after a content in the past perfect: "said the mill had closed and
    // thanked the crew for “…”" (the tense moved back is the report's; the simple past is the writer's account).
    const shifted = t.normal === 'and' && shiftedPredicate(tokens, from, k, open);
    // (A relative clause on the subject a conjunction's clause just opened is inside that clause: the cut stays at
    // its conjunction, "said A, and one nurse, who spoke on condition of anonymity, called the rota “…”".)
    // … and a second predicate of the content's subject that the quotation finishes: "said the board had not
    // been consulted and was “surprised by the timing”" reports the first predicate, the quoted words are the
    // partial (the own sets' gold marks the indirect so in about three cases of four).
    const quotedPredicate = /^(and|but)$/.test(t.normal) && predicateIntoQuotation(tokens, k + 1, open) && quotationEndsClause(tokens, first);
    // … and a colon before a word or two naming what the clause announced: "said producers had a phrase for it:
    // “gold.”" reports the clause; the quoted word is the partial (own sets' gold).
    const namedAfter = t.text === ':' && wordAfterColon(tokens, first, k + 1);
    const onNewSubject = relative && clauseCut > from && !hasVerb(tokens, clauseCut + 2, k - 1);
    if (clause) clauseCut = k;
    if (t.text === ';' || DASH.test(t.text) || clause || participle || nextCue || listedCue || (relative && !onNewSubject) || appositive || secondThat || shifted || quotedPredicate || namedAfter) cut = k;
  }
  if (cut < 0) return null;
  let end = cut - 1;
  while (end > from && tokens[end]!.pos === 'PUNCT') end--;
  return hasVerb(tokens, from, end) ? [from, end] : null;
}

/**
 * ", which listed each client's “real” balance": a relative clause opened by "which" or "who" with a verb of its
 * own before the quotation describes a thing in the content, and a word or two in quotation marks there are a
 * scare quote on it, not the content's. Longer quoted words may be the speaker's own ("said the storm hit the
 * coast, which left thousands “without power or water”"), so the content keeps them.
 */
function describingRelative(tokens: Token[], k: number, quote: MarkedSpan): boolean {
  if (!/^(which|who)$/.test(tokens[k]!.normal)) return false;
  const j = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  const verb = tokens[j];
  return !!verb && verb.start < quote.open && verb.pos === 'VERB' && !cueAt(tokens, j, 'clause') && quotedWordCount(tokens, k, quote) <= 2;
}

/** How many words (not punctuation) stand between a quotation's marks, reading on from tokens[from], which is before them. */
function quotedWordCount(tokens: Token[], from: number, quote: MarkedSpan): number {
  let words = 0;
  for (let j = from; j < tokens.length && tokens[j]!.start < quote.close; j++) {
    const t = tokens[j]!;
    if (t.start > quote.open && t.end <= quote.close && t.pos !== 'PUNCT') words++;
  }
  return words;
}

/**
 * "and" at tokens[k], then adverbs and a verb in the simple past, after a content tokens[from, k) whose verb is in
 * the past perfect ("had been waiting") after a noun subject, before the offset `open`. A regular "-ed" form is
 * both past and participle, so it may share the content's "had" ("said the council had overspent and ignored
 * “…”"); only a time shift ("and now faced") or a verb of the speaker thanking or crediting others ("and
 * thanked", "and credited") marks the writer's next predicate.
 */
function shiftedPredicate(tokens: Token[], from: number, k: number, open: number): boolean {
  // (A pronoun subject may go on with "left" as its own second verb: "said she had come in and left “…”".)
  if (tokens[from]!.pos === 'PRON' || !tokens.slice(from, k).some((t) => t.normal === 'had' && t.pos === 'AUX')) return false;
  let j = k + 1;
  let timeShift = false;
  while (tokens[j] && tokens[j]!.pos === 'ADV') timeShift ||= tokens[j++]!.normal === 'now';
  const verb = tokens[j];
  if (!verb || verb.start >= open || verb.pos !== 'VERB' || isBareForm(verb) || /(?:s|ing)$/.test(verb.normal)) return false;
  if (!timeShift && !cueLexicon().acknowledgingVerbs.has(verb.lemma)) return false;
  // (Not a second participle of a passive: "had been turned down and rewritten by …".)
  return tokens[j + 1]?.normal !== 'by';
}

/** Finite auxiliaries: they open a predicate of their own ("and was", "but would"); "be" or "have" may share one ("had to rest and be"). */
const FINITE_AUXILIARIES = /^(is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|does|did)$/;

/**
 * tokens[j…] opens a finite predicate that runs straight into the quotation opening at the offset `open`:
 * a finite auxiliary or a verb in the past or "-s" form, then at most three adverbs, "not" or verbs ("and
 * was “…”", "but had not been “…”", "and left “…”"). Not a bare verb sharing an earlier auxiliary ("had to
 * rest and eat “…”"), nor a noun phrase ("and “possibly more”").
 */
function predicateIntoQuotation(tokens: Token[], j: number, open: number): boolean {
  const first = tokens[j];
  if (!first || first.start >= open) return false;
  const finite = first.pos === 'AUX' ? FINITE_AUXILIARIES.test(first.normal) : first.pos === 'VERB' && !isBareForm(first) && !/ing$/.test(first.normal);
  if (!finite) return false;
  let k = j + 1;
  while (k < j + 4 && tokens[k] && tokens[k]!.start < open && /^(ADV|PART|AUX|VERB)$/.test(tokens[k]!.pos)) k++;
  return !!tokens[k] && isQuoteMark(tokens[k]!) && tokens[k]!.start === open;
}

/**
 * The quotation finishes its clause: punctuation or "and"/"but" follows its closing mark, or nothing. Quoted
 * words inside a predicate that goes on ("ignored “several warnings” from its auditors") are a phrase of it.
 */
function quotationEndsClause(tokens: Token[], quote: MarkedSpan): boolean {
  const close = tokens.findIndex((t) => t.start === quote.close);
  if (close < 0) return false;
  const next = tokens[close + 1];
  return !next || (next.pos === 'PUNCT' && !isQuoteMark(next)) || /^(and|but)$/.test(next.normal);
}

/** A verb in its bare form, the same as its lemma ("face", "thank"): no past tense. */
function isBareForm(verb: Token): boolean {
  return verb.normal === verb.lemma;
}

/** A word that opens a clause's subject: not a verb ("that was"), except a gerund ("that cutting it would …"). */
function opensSubject(t: Token): boolean {
  if (t.pos === 'VERB') return /ing$/.test(t.normal);
  return !/^(AUX|PUNCT|ADP)$/.test(t.pos);
}

/**
 * Where a relative clause closed by the comma at tokens[k] opens (its comma), else k: in "the mayor, who had
 * been silent, praised …" the verb of "who had been silent" is not the content's, so "the mayor" has no
 * predicate before the listed cue.
 */
/**
 * Whether the subject of the weak cue after the comma at tokens[k] has a predicate before it: a verb before
 * the relative clause that comma closes, read from the conjunction's clause when one opened after `from`
 * and the relative clause sits on its subject ("said A, and one member, who …, called" — none: the member's own verb).
 */
function predicateBeforeRelative(tokens: Token[], from: number, k: number, clauseCut: number): boolean {
  const relative = relativeOpening(tokens, from, k);
  const start = relative < k && clauseCut > from && clauseCut < relative ? clauseCut + 2 : from;
  return hasVerb(tokens, start, relative - 1);
}

function relativeOpening(tokens: Token[], from: number, k: number): number {
  for (let j = k - 1; j > from; j--) {
    if (tokens[j]!.text !== ',') continue;
    return RELATIVE_OPENERS.test(tokens[j + 1]?.normal ?? '') ? j : k;
  }
  return k;
}

const RELATIVE_OPENERS = /^(who|whom|whose|which|that)$/;

/** A report cue among tokens[from, to]. */
function cueBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (cueAt(tokens, j, 'report')) return true;
  return false;
}

/**
 * A weak cue (call, describe, praise …) in a finite form, a predicate of its own after the report's clause:
 * "says he respects the crew and calls them “…”". Its quotation is its own, not part of the report.
 */
function finiteWeakCue(t: Token): boolean {
  return cueLexicon().weak.has(cueLemma(t)) && /(?:s|ed)$/.test(t.normal) && !/ing$/.test(t.normal);
}

/**
 * tokens[k] is a participle of a speech act ("calling", "describing", "praising") after "and", in the content
 * of a participle's report ("…, saying A and calling him “…”"): a second act of the same speaker, whose
 * quotation is its own, not part of A.
 */
function secondParticipleCue(tokens: Token[], from: number, k: number): boolean {
  const lex = cueLexicon();
  const lemma = cueLemma(tokens[k]!);
  if (!/ing$/.test(tokens[k]!.normal) || !(lex.weak.has(lemma) || lex.report.has(lemma))) return false;
  // The content's own cue, right before it (past "that"), is a participle too.
  const cue = tokens[from - 1]?.normal === 'that' ? tokens[from - 2] : tokens[from - 1];
  return !!cue && cue.pos === 'VERB' && /ing$/.test(cue.normal);
}

/**
 * tokens[k] opens a noun phrase with a determiner ("a scene", "the move") followed within a few words by a
 * relative pronoun (or straight by a subject: "a wait the caretaker called") whose clause has a cue with a
 * subject of its own before the offset `open`.
 */
function appositiveRelativeCue(tokens: Token[], k: number, open: number): boolean {
  if (tokens[k]?.pos !== 'DET') return false;
  for (let j = k + 1; j < k + 5 && tokens[j] && tokens[j]!.start < open; j++) {
    if (/^(that|which|whom)$/.test(tokens[j]!.normal)) return j > k + 1 && tokens[j - 1]!.pos === 'NOUN' && subjectCueBefore(tokens, j, open);
    // (… or with no relative pronoun, its subject right after the noun: ", a wait the caretaker called “…”".)
    if (j > k + 1 && tokens[j - 1]!.pos === 'NOUN' && /^(DET|PRON|PROPN)$/.test(tokens[j]!.pos)) return subjectCueBefore(tokens, j - 1, open);
    if (!/^(ADJ|NOUN|NUM)$/.test(tokens[j]!.pos)) return false;
  }
  return false;
}

/** A cue after a subject of its own (a pronoun, a name or a noun: "one grip described") after the relative pronoun tokens[rel], before the offset `open`. */
function subjectCueBefore(tokens: Token[], rel: number, open: number): boolean {
  for (let j = rel + 2; j < rel + 8 && tokens[j] && tokens[j]!.start < open; j++) {
    if (cueAt(tokens, j, 'clause') && /^(PRON|PROPN|NOUN)$/.test(tokens[j - 1]!.pos)) return true;
  }
  return false;
}

/** A cue with a subject of its own ("he called", "Lee replied") in the tokens from k up to the offset `open`, a few words on. */
function ownCueBefore(tokens: Token[], k: number, open: number): boolean {
  for (let j = k + 1; j < k + 8 && tokens[j] && tokens[j]!.start < open; j++) {
    if (cueAt(tokens, j, 'clause') && /^(PRON|PROPN)$/.test(tokens[j - 1]!.pos)) return true;
  }
  return false;
}
