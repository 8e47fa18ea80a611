import type { Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { asItCue, cueLemma, frameAtToken, frameForCue, negated, outletGivenTo, type Frame, type TokenView } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { nominalQuotationFrame } from './nominal.js';
import { relativeLabelFrame } from './relative-labels.js';
import { outerLabelVerb } from './outer-label-verb.js';
import { documentLike, isQuoteMark, personLike, skipTimeAdverbial, wordBefore, type SpeakerPhrase } from './speaker.js';
import { isTitleCase } from '../nlp/words.js';
import { bangsInsideNames } from '../text/bang-names.js';
import { namedWordHeadingClause } from './mentioned-words.js';
import { mainVerbAfterClause } from './subject-clause.js';
import { documentSenderBeforeColon } from './document-subjects.js';
import { cueTakesDocument, documentGiverBeforeCue, documentWriterBeforeColon } from './document-writers.js';
import { objectCueInReport } from './object-cue-in-report.js';
import { quotedWordsInClause } from './quoted-words-in-clause.js';
import { participleAfterWeakVerb } from './participle-after-weak-verb.js';
import { participleAfterObject } from './participle-after-object.js';
import { participleAfterPrepositionObject } from './participle-after-preposition-object.js';
import { withSpeakerBefore } from './indirect/speaker-before-cue.js';
import { classify } from './classify-phrase.js';

/**
 * A name of a work quoted mid-sentence, no words spoken: a few capitalised words that end no sentence of
 * their own ("she sings “Harbour Song” at every show"). Such a name neither ends the search for a cue nor
 * stands between the quotation and the cue before it.
 */
function namesAWork(text: string, mark: MarkedSpan): boolean {
  const quoted = text.slice(mark.start, mark.end).trim();
  const words = quoted.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && isTitleCase(words) && !/[.!?:;]$/.test(quoted);
}

/** A verb of finding or thinking, no speech verb, before "that": "found that", "believes that". */
function reportsOnlyWithThat(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.normal !== 'that') return false;
  const lex = cueLexicon();
  const lemma = cueLemma(tokens[i]!);
  return lex.report.has(lemma) && !lex.speech.has(lemma) && !lex.weak.has(lemma);
}

/** A cue before the opening mark, in the quote's sentence: Smith said: “…” / Smith told X that “…”. */
export function beforeFrame(view: TokenView, span: MarkedSpan, prevMark: MarkedSpan | undefined, paraStart: number, inQuote: Uint8Array): Frame | null {
  const found = cueBeforeQuotation(view, span, prevMark, paraStart, inQuote);
  // "She read out a letter from the ministry: “…”": the document's words, its sender's, not the reader's.
  const colon = view.tokenAtOrAfter(span.open) - 1;
  const sender = found && view.tokens[colon]?.text === ':' && found.cueToken < colon ? documentSenderBeforeColon(view.tokens, found.cueToken, colon) : null;
  const senderFrame = sender ? { cueStart: sender.start, cueEnd: sender.start, cue: '', cueToken: colon, speaker: sender, outlet: found!.outlet, according: false } : found;
  // "A text that Kim sent Lee was shown: “…”": the writer named in the document's relative clause, whatever
  // cue ("was shown", "read out") comes after it.
  const writer = view.tokens[colon]?.text === ':' ? documentWriterBeforeColon(view.tokens, view.sentence(colon).tokenStart, colon) : null;
  // (So too when the cue before it takes that piece as its object: "Prosecutors read a text that Kemp sent …".)
  const frame = writer && (!senderFrame || senderFrame.cueToken > writer.cueToken || (senderFrame === found && cueTakesDocument(view.tokens, found.cueToken, writer.cueToken))) ? writer : senderFrame;
  // "The letter that Holt received from the ministry said: “…”": the ministry's words, not the receiver's.
  const giver = frame === found && found && view.tokens[colon]?.text === ':' ? documentGiverBeforeCue(view.tokens, view.sentence(found.cueToken).tokenStart, found.cueToken) : null;
  if (giver) return { ...found!, speaker: giver };
  if (!frame || frame.outlet || frame.speaker.kind === 'outlet') return frame;
  // "Berg called the ruling “a joke” in an interview with CNN": the interview the sentence goes on to name,
  // right after the quotation, is where the words were given.
  const close = view.tokenAtOrAfter(span.close + 1);
  // (Only in the quotation's own sentence: “… over.” In an interview with CNN, Lee said … is the next one's.)
  if (close >= view.tokens.length || view.sentence(close) !== view.sentence(frame.cueToken)) return frame;
  const outlet = outletGivenTo(view.tokens, close, view.sentence(close).tokenEnd);
  return outlet ? { ...frame, outlet } : frame;
}

function cueBeforeQuotation(view: TokenView, span: MarkedSpan, prevMark: MarkedSpan | undefined, paraStart: number, inQuote: Uint8Array): Frame | null {
  const tokens = view.tokens;
  const openToken = view.tokenAtOrAfter(span.open);
  const sentence = openToken < tokens.length ? view.sentence(Math.max(0, openToken - 1)) : null;
  let lo = sentence ? sentence.tokenStart : view.tokenAtOrAfter(paraStart);
  // (A work's name in the sentence before the quotation is passed over: "X said she sings “Y” at every show — “…”".)
  const text = view.doc.article.text;
  // (Not for a quotation that may be a name itself: "… “Frozen” and “Tangled.”")
  const spoken = !isTitleCase(text.slice(span.start, span.end).split(/\s+/).filter(Boolean).map((w) => w.replace(/^[([]/, '')));
  // (… and so are words quoted right before the colon that introduces this quotation: "Said Ruiz, who calls
  // the plan “a fantasy”: “…”" — the frame of both is before them.)
  // (So is a word named as a word heading the reported clause: "said the word “…” in the text was “…”".)
  // (… and so are words quoted inside a report noun's that-clause that a verb after them closes: "said the
  // firm's claim that it met a “strict standard” was “plainly wrong”" — the second words are the sentence's.)
  // (… and so are a few words quoted inside the clause: "said it “categorically” denied the claims and that … “…”".)
  const inClause = !!prevMark && quotedWordsInClause(tokens, view.tokenAtOrAfter(prevMark.close));
  const passed = spoken && prevMark && (namesAWork(text, prevMark) || namedWordHeadingClause(text, prevMark, paraStart) || inClause ? !endsSentence(text.slice(prevMark.close + 1, span.open)) : colonRightAfter(text, prevMark, span) || reportClauseClosedBetween(view, prevMark, openToken, lo)) ? prevMark : undefined;
  if (prevMark && !passed) lo = Math.max(lo, view.tokenAtOrAfter(prevMark.close + 1));
  lo = Math.max(lo, view.tokenAtOrAfter(paraStart));
  // "… the curfew she once called “heartless”": the label's own subject, whatever cue comes before.
  const label = relativeLabelFrame(tokens, openToken, lo);
  if (label) return label;
  let fallback: Frame | null = null;
  let distant: Frame | null = null;
  let relative: Frame | null = null;
  for (let i = openToken - 1; i >= lo; i--) {
    if (inQuote[i] && passed && tokens[i]!.start >= passed.open && tokens[i]!.end <= passed.close + 1) continue;
    if (inQuote[i]) break;
    // "An audit found that the fund lost “the tolls and fees”": a report verb whose that-clause holds the
    // quotation attributes it, as a speech verb does.
    const f = frameForCue(view, i, lo, openToken, 'clause') ?? (reportsOnlyWithThat(tokens, i) ? frameForCue(view, i, lo, openToken, 'report') : null) ?? colonCueWithAsideSpeaker(view, i, lo, openToken);
    // (Last of all, a cue in a relative clause holding the quotation: see quotationInRelativeClause.)
    // (Only when no cue nearer the quotation attributes it.)
    if (!f && !relative && !distant && !fallback && quotationInRelativeClause(tokens, i, lo, openToken)) {
      const r = frameForCue(view, i, lo, openToken, 'report');
      if (r && (r.speaker.kind === 'person' || r.speaker.kind === 'organization')) relative = r;
    }
    // "dismissed Okafor's claim that the budget was “a total mess”": a report noun nearer the quotation
    // than any cue, with an owner and a that-clause holding it, gives its owner the words.
    if (!f && !relative && !distant && !fallback) {
      const owned = nominalQuotationFrame(tokens, i, lo, openToken);
      if (owned) return owned;
    }
    // ("thanked fans in a message posted online, calling …": a participle describing a preposition's noun frames nothing.)
    if (!f || inAskedClause(tokens, lo, f.cueToken, openToken) || participleAfterPrepositionObject(tokens, f.cueToken, lo)) continue;
    // "She described the moment the academy called as “…”": a verb with no object before "as" heads a relative
    // clause in an outer label verb's object; that verb, further left, frames the words.
    if (f.cueToken === openToken - 2 && tokens[openToken - 1]!.normal === 'as' && outerLabelVerb(tokens, view.tokenAtOrAfter(f.speaker.start), lo) >= 0) continue;
    // "The director thanked Lenz, who told reporters that “…”": the relative clause nearer the quotation
    // holds it, so its cue wins over the main clause's, whose subject is someone else. (Not after "said
    // Lenz, who …": there "who" is the speaker already named.)
    // (… but "Said Lenz, who wrote that it failed: “…”": a colon after the relative clause is done is the
    // inverted main cue's.)
    if (relative && relativeAfterSpeaker(view, f, relative) && colonAfterClosedRelative(tokens, relative.cueToken, openToken)) return f;
    if (relative && (f.speaker.end <= tokens[f.cueToken]!.start || relativeAfterSpeaker(view, f, relative))) return relative;
    if (ownRelativeClause(view, f)) return f;
    // "She says the mayor's posts accusing … are “…”": the nearest cue's subject is no person (or only
    // the sentence's subject, for a participle); a cue further left with its own speaker wins.
    // "X denied that …, telling the BBC: “…”": a participle after a comma whose colon opens the quotation
    // introduces it; an earlier cue of the sentence (the main verb's) frames its own clause only.
    if (!distant && !fallback && personLike(f.speaker) && participleIntroducing(tokens, f.cueToken, openToken)) return f;
    // ("criticised the film, calling it “…”": the participle after a weak main verb gives the words.)
    if (distant && !fallback && !f.distant && participleAfterWeakVerb(view, f, distant)) return distant;
    // ("posted a message, writing that he was “…”": the participle's that-clause holds the words.)
    if (distant && !fallback && !f.distant && participleAfterObject(view, f, distant)) return distant;
    if (personLike(f.speaker) && !f.distant) return outermost(view, f, i, lo, inQuote, openToken);
    if (personLike(f.speaker)) distant ??= f;
    else fallback ??= f;
  }
  return distant ?? fallback ?? relative;
}

/**
 * "Whitfield, speaking on the company's show, “The Long Table”, said: “…”", "The makers of “Cold Harbour”, Northlight
 * Pictures, said: “…”": a cue right before the colon that opens the quotation, its subject set apart by an aside or an
 * apposition that holds a quoted title, which the clause rules do not cross. The speaker before the cue is read as a
 * report's is (withSpeakerBefore: the subject before a participle aside, a long apposition …); null when none.
 */
function colonCueWithAsideSpeaker(view: TokenView, cue: number, lo: number, openToken: number): Frame | null {
  const tokens = view.tokens;
  if (cue + 2 !== openToken || tokens[cue + 1]!.text !== ':' || tokens[cue - 1]?.text !== ',') return null;
  let quoted = false;
  for (let k = cue - 2; k >= lo && !quoted; k--) quoted = isQuoteMark(tokens[k]!);
  if (!quoted) return null;
  return withSpeakerBefore(view, cue, lo, null) ?? namedApposition(tokens, cue, lo);
}

/** "The makers of “X”, Northlight Pictures, said": a name set off by commas right before the cue, the description's apposition. */
function namedApposition(tokens: Token[], cue: number, lo: number): Frame | null {
  let open = cue - 2;
  while (open > lo && cue - open <= 6 && tokens[open]!.text !== ',' && !isQuoteMark(tokens[open]!)) open--;
  if (open <= lo || tokens[open]!.text !== ',' || open + 1 >= cue - 1) return null;
  const name = classify(tokens, open + 1, cue - 1);
  return name && (name.kind === 'person' || name.kind === 'organization') ? frameAtToken(tokens, cue, name) : null;
}

/** tokens[cue] is a participle right after a comma ("…, telling the BBC: “…”") whose clause runs, no comma between, to a colon right before the opening mark. */
function participleIntroducing(tokens: Token[], cue: number, openToken: number): boolean {
  if (tokens[openToken - 1]?.text !== ':' || tokens[cue - 1]?.text !== ',' || !/\p{Ll}ing$/u.test(tokens[cue]!.text)) return false;
  for (let k = cue + 1; k < openToken - 1; k++) if (/^[,;:—]$/.test(tokens[k]!.text) || isQuoteMark(tokens[k]!)) return false;
  return true;
}

/**
 * The quotation before (prevMark) sits in a report noun's that-clause ("the firm's claim that it met a
 * “strict standard”") and only a verb group stands between it and the next quotation at tokens[open], the
 * main verb of the sentence the noun phrase is subject of ("was “plainly wrong”"): the clause closed before
 * the next words, which the noun's owner did not speak. `lo` is the sentence's first token.
 */
function reportClauseClosedBetween(view: TokenView, prevMark: MarkedSpan, open: number, lo: number): boolean {
  const tokens = view.tokens;
  const from = view.tokenAtOrAfter(prevMark.close + 1);
  const prevOpen = view.tokenAtOrAfter(prevMark.open);
  if (from >= open || prevOpen <= lo) return false;
  for (let k = from; k < open; k++) if (!/^(VERB|AUX|ADV|PART)$/.test(tokens[k]!.pos)) return false;
  for (let i = prevOpen - 1; i > lo; i--) {
    if (/^[,;:.]$/.test(tokens[i]!.text)) return false;
    if (tokens[i]!.pos === 'NOUN' && cueLexicon().reportNouns.has(tokens[i]!.lemma) && tokens[i + 1]?.normal === 'that') return mainVerbAfterClause(tokens, i + 2, open - 1) >= from;
  }
  return false;
}

/** A sentence-ending mark in `between`; not the "!" of a name ("told E! News that …"). */
function endsSentence(between: string): boolean {
  const bangs = between.includes('!') ? bangsInsideNames(between) : null;
  for (let k = 0; k < between.length; k++) if (/[.!?]/.test(between[k]!) && !bangs?.has(k)) return true;
  return false;
}

/**
 * "Arkwright, who told Rolling Stone that she had “never …,” said …": a cue right after a relative "who",
 * with the quotation inside that clause (no comma closes it before the one that introduces the
 * quotation). The cue is the quotation's, and "who" stands for the name before it (the report rules
 * resolve it so).
 */
function quotationInRelativeClause(tokens: Token[], cue: number, lo: number, openToken: number): boolean {
  // ("who has called", "who had once described": a perfect's auxiliary and adverbs between.)
  let word = cue - 1;
  while (word > lo && (tokens[word]!.pos === 'ADV' || tokens[word]!.pos === 'AUX' || /^(has|have|had)$/.test(tokens[word]!.normal))) word--;
  // ("who in 2010 said", "who on Monday told": a time between.)
  const who = word < lo ? word : skipTimeAdverbial(tokens, word, lo);
  if (who < lo || tokens[who]!.normal !== 'who') return false;
  // (The comma or colon right before the opening mark introduces it: "Lenz, who wrote on Monday, “…”".)
  for (let k = cue + 1; k < openToken - 1; k++) if (/^[,;:]$/.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * "Asked whether Lee would start, Cruz was blunt: “…”": a cue inside the question put to the speaker, an
 * opening "(When) asked …" clause up to its comma, is the question's content, not the quotation's frame.
 * (But the asker's own question quoted as the verb's object is framed by it: "When Porter asked “…?”, the
 * actor paused.")
 */
function inAskedClause(tokens: Token[], lo: number, cue: number, openToken: number): boolean {
  const first = tokens[lo]?.normal === 'when' ? lo + 1 : lo;
  if (tokens[first]?.normal !== 'asked' && !askerBefore(tokens, first, cue)) return false;
  if (tokens[first]?.normal !== 'asked' && quotationRightAfter(tokens, cue, openToken)) return false;
  if (cue <= first) return false;
  for (let k = first + 1; k < cue; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/** The quotation opening at openToken follows the cue at once, or over a comma or colon: "asked “…”", "asked, “…”". */
function quotationRightAfter(tokens: Token[], cue: number, openToken: number): boolean {
  return openToken === cue + 1 || (openToken === cue + 2 && /^[,:]$/.test(tokens[cue + 1]!.text));
}

/**
 * "When a reporter asked whether the deal was dead, Cruz smiled: “…”": the asker of an opening "when"
 * clause, a short subject before an asking verb (cues.json asking_verbs: "asked", "pressed"), puts the question;
 * its cue is no frame for the answer.
 */
function askerBefore(tokens: Token[], first: number, cue: number): boolean {
  if (tokens[first - 1]?.normal !== 'when') return false;
  for (let k = first; k < Math.min(cue + 1, first + 5); k++) {
    if (tokens[k]!.text === ',') return false;
    if (k > first && cueLexicon().askingVerbs.has(tokens[k]!.normal)) return true;
  }
  return false;
}

/**
 * "Reed criticized the deal, which an audit said was “careless”": a cue in a relative clause holding the
 * quotation has a subject of its own, the clause's speaker whether a person or not.
 */
function ownRelativeClause(view: TokenView, f: Frame): boolean {
  const s = view.tokenAtOrAfter(f.speaker.start);
  if (s > 0 && s < f.cueToken && view.tokens[s - 1]!.normal === 'which') return true;
  // … and so is "She cited a report that called the deal “…”": the document the relative pronoun stands for.
  const after = view.tokenAtOrAfter(f.speaker.end);
  const pronoun = view.tokens[after]?.text === ',' ? after + 1 : after;
  return pronoun < f.cueToken && /^(that|which)$/.test(view.tokens[pronoun]!.normal) && documentLike(f.speaker);
}

/**
 * "She said she recalls being “confused”": when a cue further left in the sentence has the same speaker
 * (the same pronoun or name), the report is that outer one; its mention is the one to give.
 */
function outermost(view: TokenView, frame: Frame, cueIndex: number, lo: number, inQuote: Uint8Array, openToken: number): Frame {
  const same = (a: SpeakerPhrase, b: SpeakerPhrase) => a.kind === b.kind && a.name.toLowerCase() === b.name.toLowerCase();
  // "Lee said she expects that voters will say “no”": speech someone only predicts is the words of
  // the one predicting it.
  const tokens = view.tokens;
  const m = wordBefore(tokens, frame.cueToken - 1, lo);
  const hypothetical = m >= lo && /^(will|would|could|might|may|should|can|must)$/.test(tokens[m]!.normal);
  // … and so is speech someone did not give: "A spokesperson said the studio did not comment on “…”",
  // "… said the mayor declined to discuss “…”" (the words are the reporter's, not the silent one's).
  const unspoken = unspokenCue(tokens, view.tokenAtOrAfter(frame.cueStart), lo) || agreedToAct(tokens, frame.cueToken);
  // "“…,” said Lenz, who has long called the board “…”": a cue in a relative clause on the speaker is the
  // quotation's own; the main clause's cue further left frames the words before it.
  if (afterRelativeWho(tokens, view.tokenAtOrAfter(frame.cueStart), lo)) return colonAfterClosedRelative(tokens, frame.cueToken, openToken) ? (invertedCueBeforeRelative(view, frame, lo) ?? frame) : frame;
  // … and so are words after "(, ) and that" past the nearer cue's clause: "He said his lawyers had written to the
  // league, and that he would not “beg”" (that "that" takes up the outer report again).
  const resumed = outerReportResumed(tokens, frame.cueToken, openToken);
  let best = frame;
  for (let i = Math.min(cueIndex, view.tokenAtOrAfter(frame.speaker.start)) - 1; i >= lo; i--) {
    if (inQuote[i]) break;
    const f = frameForCue(view, i, lo, cueIndex, 'speech');
    // ("“…,” as she put it in Reno, where she promised “…”": that aside frames the quotation before it only.)
    if (f && asItCue(tokens, f.cueToken)) continue;
    // (… and so is a quotation an object cue inside someone's report takes: see objectCueInReport.)
    // (Not "said in a statement according to the Blaze": an account names its source, no subject.)
    const nested = !!f && !frame.according && objectCueInReport(tokens, f.cueToken, f.speaker.end, frame.cueToken, view.tokenAtOrAfter(frame.speaker.start), openToken);
    const instead = best === frame && (nested || (personLike(f?.speaker ?? frame.speaker) && ((hypothetical && f?.speaker.kind !== 'anonymous') || unspoken || resumed)));
    if (f && !f.distant && f.speaker.start < best.speaker.start && (same(f.speaker, best.speaker) || instead)) best = f;
  }
  return best;
}

/**
 * Between the cue at tokens[cue] and the quotation, "and that" (or "but that") opens a clause after the cue's own
 * content, which no "that" of its own opened ("told her that …, and that …" pairs with its own): that clause pairs with an outer report verb, not this cue.
 */
function outerReportResumed(tokens: Token[], cue: number, openToken: number): boolean {
  for (let k = cue + 1; k < openToken - 1; k++) {
    if (thatOpensClause(tokens, k)) return false;
    if (/^(and|but)$/.test(tokens[k]!.normal) && thatOpensClause(tokens, k + 1)) return true;
  }
  return false;
}

/** tokens[k] is "that" opening a clause: tagged so, or before a pronoun, a determiner or a plural ("that members would …"), not "that panel". */
function thatOpensClause(tokens: Token[], k: number): boolean {
  // ("and that “nobody shared …”": a quotation right after "that" is judged by its first word.)
  const next = tokens[k + 1] && isQuoteMark(tokens[k + 1]!) ? tokens[k + 2] : tokens[k + 1];
  if (tokens[k]?.normal !== 'that' || !next) return false;
  // (A determiner after it too, "that all measures …", "that the vote …": the pronoun "that" takes none.)
  return tokens[k]!.pos === 'SCONJ' || next.pos === 'PRON' || next.pos === 'DET' || (next.pos === 'NOUN' && next.lemma !== next.normal);
}

/**
 * "She said the band had agreed to take things “one night at a time”": an agreement to act is no
 * speech of its own; words quoted in its infinitive are those of the one reporting it.
 */
function agreedToAct(tokens: Token[], cue: number): boolean {
  return /^agree[sd]?$/.test(tokens[cue]!.normal) && tokens[cue + 1]?.normal === 'to' && tokens[cue + 2]?.pos === 'VERB';
}

/** Only a colon (and spaces) between the closing mark of `prev` and the opening mark of `span`: "… “a fantasy”: “…”". */
function colonRightAfter(text: string, prev: MarkedSpan, span: MarkedSpan): boolean {
  return /^\s*:\s*$/.test(text.slice(prev.close + 1, span.open));
}

/**
 * "Said Ruiz, who calls the plan a fantasy: “…”": a colon introduces the quotation after a relative clause
 * whose cue is done with its own words — a naming verb with its object and label, or a cue whose
 * that-clause or quotation comes before the colon. That cue frames no more; the colon is the main clause's.
 * (Not "…, who wrote on Monday: “…”", where the colon opens the relative cue's own words.)
 */
function colonAfterClosedRelative(tokens: Token[], cue: number, openToken: number): boolean {
  const colon = openToken - 1;
  if (tokens[colon]?.text !== ':') return false;
  if (!cueLexicon().speech.has(cueLemma(tokens[cue]!))) return true;
  for (let k = cue + 1; k < colon; k++) if (tokens[k]!.normal === 'that' || isQuoteMark(tokens[k]!)) return true;
  return false;
}

/** The inverted cue whose speaker the relative "who" of `relative` hangs on: "Said Ruiz, who …" (see relativeAfterSpeaker). */
function invertedCueBeforeRelative(view: TokenView, relative: Frame, lo: number): Frame | null {
  const who = view.tokenAtOrAfter(relative.speaker.start);
  for (let i = who - 1; i >= lo; i--) {
    const f = frameForCue(view, i, lo, who, 'speech');
    if (f && f.speaker.end <= relative.speaker.start && relativeAfterSpeaker(view, f, relative)) return f;
  }
  return null;
}

/** The verb group of the cue at tokens[cue] opens right after a relative "who" (over adverbs and auxiliaries: "who has long called"). */
function afterRelativeWho(tokens: Token[], cue: number, lo: number): boolean {
  let k = cue - 1;
  while (k > lo && /^(ADV|AUX)$/.test(tokens[k]!.pos)) k--;
  return k >= lo && tokens[k]!.normal === 'who';
}

/** The cue at tokens[cue] is negated ("did not comment on", "never discussed") or refused ("declined to discuss"). */
function unspokenCue(tokens: Token[], cue: number, lo: number): boolean {
  if (negated(tokens, cue)) return true;
  const to = cue - 1;
  return to > lo && tokens[to]!.normal === 'to' && /^(decline|refuse)$/.test(tokens[to - 1]!.lemma);
}

/**
 * "“…,” said Lenz, who added that the fund had “…”": a relative clause right after the speaker an
 * inverted cue names is that speaker's own later words, so its cue is the quotation's frame ("who" the
 * mention, Lenz the speaker, the same person either way).
 */
function relativeAfterSpeaker(view: TokenView, f: Frame, relative: Frame): boolean {
  const tokens = view.tokens;
  if (f.speaker.start < tokens[f.cueToken]!.end) return false;
  const who = view.tokenAtOrAfter(relative.speaker.start);
  // (A description may come between, set off by commas: "said Lenz, the treasurer, who added …".)
  const between = view.doc.article.text.slice(f.speaker.end, tokens[who]!.start);
  return between.length <= 80 && /^[^;:.!?“”"]*,\s*$/.test(between);
}
