import type { Token } from '../types.js';
import { firstMarkFrom, type MarkedSpan } from '../text/quotation-marks.js';
import { relativeLabelInTaggedSentence } from './tagged-relative-label.js';
import { ABBREVIATION_END, cueLemma, frameForCue, type Frame, type TokenView } from './frame.js';
import { dashFrame } from './dash-attribution.js';
import { SIMULTANEOUS_CONTRASTS, SUBJECT_PRONOUNS, SUBORDINATORS } from '../nlp/words.js';
import { isQuoteMark, personLike, tokenAt } from './speaker.js';
import { colonFrame, verdictColonFrame } from './cueless-speakers.js';
import { beforeFrame } from './frame-before-quotation.js';
import { cueLexicon } from '../lexicon/cues.js';
import { startsParagraph } from './paragraphs.js';
import { deniedAppositiveVerbAfterQuote } from './indirect/denied-appositive.js';
import { withheldSpeechAct } from './indirect/refused-comment.js';
import { readAsVerbAfterQuote } from './read-as-appositive.js';
import { passiveLabelFrame } from './passive-label-agent.js';

/**
 * The next quotation after `span` and the last one before it in its paragraph. `marked` is in text order:
 * a search from the span's place, not a scan of the article's quotations for each one.
 */
function neighbourMarks(marked: MarkedSpan[], span: MarkedSpan): { next: MarkedSpan | undefined; prev: MarkedSpan | undefined } {
  const a = firstMarkFrom(marked, span.start);
  let next: MarkedSpan | undefined;
  for (let k = a; k < marked.length && marked[k]!.paragraph <= span.paragraph; k++) {
    if (marked[k]!.paragraph === span.paragraph && marked[k]!.open > span.close) {
      next = marked[k];
      break;
    }
  }
  let prev: MarkedSpan | undefined;
  for (let k = Math.min(a, marked.length - 1); k >= 0 && marked[k]!.paragraph >= span.paragraph; k--) {
    if (marked[k]!.paragraph === span.paragraph && marked[k]!.close < span.open) {
      prev = marked[k];
      break;
    }
  }
  return { next, prev };
}

/**
 * The length of an apposition after a name right after a closing mark: "“…,” Peter Lund, a top outside
 * council adviser, said" puts the cue 10 tokens on. 0 when there is none.
 */
function appositionAfter(tokens: Token[], from: number, hi: number): number {
  let k = from;
  while (k < hi && k < from + 4 && tokens[k]!.pos === 'PROPN') k++;
  if (k === from || tokens[k]?.text !== ',') return 0;
  for (let e = k + 1; e < hi && e <= k + 16; e++) {
    const t = tokens[e]!;
    if (t.text === ',') return e - k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t) || /^[.;:!?]$/.test(t.text)) return 0;
  }
  return 0;
}

/**
 * "“…,” Ann Cole, who starred in “Night Patrol”, told the Ledger": a short title in marks (a title-case run
 * of at most 6 words) inside the apposition between the name right after the quotation and the cue is part
 * of that apposition, not the next quotation; the cue search steps over it. Returns it, or undefined.
 */
function titleInApposition(view: TokenView, span: MarkedSpan, next: MarkedSpan | undefined): MarkedSpan | undefined {
  if (!next) return undefined;
  const text = view.doc.article.text;
  const inner = text.slice(next.open + 1, next.close).replace(/[,.]$/, '').trim();
  const words = inner.split(/\s+/);
  if (!inner || words.length > 6 || /[.!?;:]/.test(inner) || !words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && /^(?:of|the|and|a|an|in|on|to|for|at|with|from)$/.test(w)))) return undefined;
  // The words between: a name, a comma and an apposition with no sentence end and no other quotation.
  const between = text.slice(span.close + 1, next.open);
  if (!/^\s*\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}.'-]*){0,3},\s/u.test(between) || /[.!?;:"“”]/.test(between)) return undefined;
  // … and the apposition goes on after the title to a comma: "…”, told …" / "…,” said …".
  const after = text.slice(next.close + 1, next.close + 4);
  return /^,/.test(after) || /,$/.test(text.slice(next.open + 1, next.close)) ? next : undefined;
}

/** Where the words between a quotation's close (afterFrom) and a frame after it end: its speaker, or its cue when the speaker stands before the quotation. */
function clauseEnd(view: TokenView, f: Frame, afterFrom: number): number {
  const speakerStart = view.tokenAtOrAfter(f.speaker.start);
  return speakerStart >= afterFrom ? Math.min(f.cueToken, speakerStart) : f.cueToken;
}

/**
 * The frame ends in a colon right before the next quotation's opening mark: "Zahed said: “…”"; or it is a
 * participle with its speaker before it and a comma there: "… that the fee was “fair,” adding, “…”".
 */
function introducesNext(text: string, frame: Frame, nextMark: MarkedSpan | undefined): boolean {
  if (!nextMark) return false;
  const between = text.slice(Math.max(frame.cueEnd, frame.speaker.end), nextMark.open);
  return /^\s*:\s*$/.test(between) || (/^\s*,\s*$/.test(between) && /ing$/i.test(frame.cue) && frame.speaker.end <= frame.cueStart);
}

/** Whether a subordinate clause opens among tokens[from, to) and runs to its end ("…” when the lights went down, according to X" closes it). */
function leavesSubordinateClauseOpen(tokens: Token[], from: number, to: number): boolean {
  let open = false;
  // (A comma outside the closing mark comes before the joiner: "… “a costly error”, but the mayor said …".)
  const first = tokens[from]?.text === ',' ? from + 1 : from;
  for (let k = first; k < to; k++) {
    // … or a clause joined by "and"/"but" right after the quote: "Cruz accuses Lee of “…” and Moss says …".
    // ("as" opens none here: "“…,” as Lee put it" is the quote's own frame.)
    const w = tokens[k]!.normal;
    if ((SUBORDINATORS.has(w) && w !== 'as') || (k === first && (w === 'and' || w === 'but'))) open = true;
    else if (tokens[k]!.text === ',') open = false;
  }
  return open;
}

/** ", while …" / ", whereas …" right after the closing mark: a clause set against the one before it. */
function contrastClauseAt(tokens: Token[], from: number): boolean {
  const first = tokens[from]?.text === ',' ? from + 1 : from;
  return SIMULTANEOUS_CONTRASTS.has(tokens[first]?.normal ?? '');
}

/**
 * "Although Kessler admitted the bridge was “a disaster,” the engineer insisted …": words quoted at the end
 * of a subordinate clause that opens their sentence (a comma closing them, none before them) are that
 * clause's own; the cue after the comma is the main clause's. ("as" opens no such clause: "As Lee put it, …".)
 */
function endsOpeningClause(view: TokenView, span: MarkedSpan): boolean {
  const text = view.doc.article.text;
  if (!/,\s*$/.test(text.slice(span.start, span.end)) && !/^\s*,/.test(text.slice(span.close + 1, span.close + 3))) return false;
  const tokens = view.tokens;
  const open = view.tokenAtOrAfter(span.open);
  let k = view.sentence(open).tokenStart;
  if (tokens[k]?.normal === 'even') k++; // "Even though …"
  const w = tokens[k]?.normal ?? '';
  if (!SUBORDINATORS.has(w) || w === 'as') return false;
  for (k++; k < open; k++) if (tokens[k]!.text === ',' || isQuoteMark(tokens[k]!)) return false;
  return true;
}

/**
 * "“A,” Lee told the Ledger, after Ruiz hinted at a new toll. “B.”": a cue in a clause that
 * opens after the previous quotation's own frame, in that quotation's sentence, reports that clause; the
 * next quotation continues Lee. (Not a cue in a sentence of its own: "“A,” Lee said. After the vote Ruiz
 * said she disagreed. “B.”" is Ruiz's.)
 */
function inClauseAfterQuotation(view: TokenView, prevMark: MarkedSpan, frame: Frame): boolean {
  const tokens = view.tokens;
  const from = view.tokenAtOrAfter(prevMark.close + 1);
  const speakerStart = tokenAt(tokens, frame.speaker.start, frame.cueToken);
  if (from >= speakerStart || view.sentence(from - 1) !== view.sentence(frame.cueToken)) return false;
  return leavesSubordinateClauseOpen(tokens, from, Math.min(speakerStart, frame.cueToken));
}

/** The frame attributing a quotation: a cue right after it, then one before it in its sentence, then later. */
export function frameFor(view: TokenView, span: MarkedSpan, marked: MarkedSpan[], inQuote: Uint8Array, continuing = false): Frame | null {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  const para = view.doc.paragraphs[span.paragraph]!;
  const neighbours = neighbourMarks(marked, span);
  const prevMark = neighbours.prev;
  // (A title inside the speaker's apposition is no next quotation: the next one is the one after it.)
  const title = titleInApposition(view, span, neighbours.next);
  const nextMark = title ? neighbourMarks(marked, title).next : neighbours.next;
  const inTitle = (i: number) => !!title && tokens[i]!.start >= title.open && tokens[i]!.end <= title.close + 1;
  const afterFrom = view.tokenAtOrAfter(span.close + 1);
  const closeSentenceEnd = sentenceEndAfter(view, afterFrom, nextMark ? nextMark.open : para.end);
  // 0. "Parker told Elle: “… .”" — a quote that ends its own sentence after an introduction belongs
  // to the introduction, not to a cue in the next sentence.
  const endsSentence = /[.!?…]\s*$/.test(text.slice(span.start, span.end));
  const introduced = /[:,]\s*$/.test(text.slice(Math.max(para.start, span.open - 3), span.open));
  if (endsSentence && introduced) {
    const f = beforeFrame(view, span, prevMark, para.start, inQuote);
    if (f) return f;
  }
  // 1. After the closing mark: ”, he said. / ,” said Smith. / ” — Smith told X.
  // (Words quoted mid-clause take no cue from a later clause after ";" or ", but": "Critics said what they call
  // “the quiet method” was costly; Smith said his plan worked" are not Smith's.)
  const afterHi = Math.min(closeSentenceEnd, view.tokenAtOrAfter(nextMark ? nextMark.open : para.end), laterClauseStart(tokens, afterFrom, closeSentenceEnd, inQuote));
  // (", an accusation the coalition dismissed.": the denial's verb right after the words is no cue of theirs.)
  const sentenceTextEnd = closeSentenceEnd > afterFrom ? tokens[closeSentenceEnd - 1]!.end : span.close + 1;
  const deniedVerb = deniedAppositiveVerbAfterQuote(text.slice(span.start, span.end), text.slice(span.close + 1, sentenceTextEnd), span.close + 1);
  // (", a post some fans read as sarcastic.": the verb of how the words were taken is no cue of theirs either.)
  const readAsVerb = readAsVerbAfterQuote(text.slice(span.start, span.end), text.slice(span.close + 1, sentenceTextEnd), span.close + 1);
  // A cue whose speaker is no person ("the posts said") yields to a person-like one in reach.
  let fallback: Frame | null = null;
  let subordinate: Frame | null = null;
  let introducing: Frame | null = null;
  let nextSentence: Frame | null = null;
  // Right after a quote that breaks off (“…,” / “…?” / “…—”), a weak verb is a cue too: ,” she elaborated.
  const breaksOff = /[,?!—–-]\s*$/.test(text.slice(span.start, span.end));
  // “… back on the rolls.” He said that …: after a quote that ends its sentence, a pronoun and cue with a
  // clause of their own after them start a new report; only a bare "he said." belongs to the quote.
  const fullStop = /\.\s*$/.test(text.slice(span.start, span.end));
  // Words quoted at the end of a sentence that began before them ("… but said “the price worries us.”
  // Tom Hart said it would …") end that sentence: a cue with its own clause after them reports the
  // next one.
  const openedMidSentence = !introduced && view.sentence(view.tokenAtOrAfter(span.open)).start < span.open - 1;
  const bare = (f: Frame) => {
    let k = Math.max(f.cueToken, view.tokenAtOrAfter(f.speaker.end)) + 1;
    for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
      // "He said American voters “…”": a quotation of its own after the cue's object.
      if (isQuoteMark(tokens[k]!)) return n === 0;
      if (tokens[k]!.pos === 'PUNCT') return true;
      // "said it would be …" / "insisted that …": a clause of its own.
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.normal === 'that') return false;
      if (SUBJECT_PRONOUNS.test(tokens[k]!.normal)) return false; // "said Wednesday she …": the subject of a clause
    }
    return k >= tokens.length;
  };
  let labelFrame: Frame | null | undefined;
  const labelledBefore = (): Frame | null => (labelFrame === undefined ? (labelFrame = labelVerbRightBefore(view, span, beforeFrame(view, span, prevMark, para.start, inQuote))) : labelFrame);
  const relabelledBefore = (): Frame | null => {
    const b = beforeFrame(view, span, prevMark, para.start, inQuote);
    return b && relativeLabelInTaggedSentence(view, b, afterFrom) ? b : null;
  };
  const reach = title ? Math.max(afterFrom + 9, view.tokenAtOrAfter(title.close + 1) + 4) : afterFrom + 9 + appositionAfter(tokens, afterFrom, afterHi);
  /** A cue beyond the reach of one right after the quotation, in the rest of its sentence (looked for once). */
  let later: Frame | null | undefined;
  const laterInSentence = (): Frame | null => {
    if (later !== undefined) return later;
    later = null;
    for (let i = reach; i < afterHi && !inQuote[i]; i++) {
      later = frameForCue(view, i, afterFrom, afterHi);
      if (later?.cueStart === deniedVerb || later?.cueStart === readAsVerb) later = null;
      if (later) break;
    }
    return later;
  };
  // "told Reuters that the government was “not in a hurry” to respond": an infinitive after words quoted
  // mid-sentence is what the clause says, no cue of theirs, when a cue before the words frames them.
  let framedBefore: Frame | null | undefined;
  const infinitiveAfterFramedWords = (i: number): boolean => {
    if (!openedMidSentence || tokens[i - 1]?.normal !== 'to' || tokens[i]!.pos !== 'VERB') return false;
    if (framedBefore === undefined) framedBefore = beforeFrame(view, span, prevMark, para.start, inQuote);
    if (framedBefore && view.sentence(framedBefore.cueToken) === view.sentence(view.tokenAtOrAfter(span.open))) return true;
    // "The government is “not in a hurry” to respond, Holt said.": so too when a person's cue closing the
    // sentence after it frames them (it reports the whole sentence, the words inside it included).
    return closingPersonCue(i);
  };
  const closingPersonCue = (i: number): boolean => {
    for (let k = i + 1; k < afterHi; k++) {
      if (inQuote[k]) return false;
      const f = frameForCue(view, k, afterFrom, afterHi);
      // (Set off by a comma, as a closing frame is: "to respond to critics who say …" holds a clause's own cue.)
      if (f) return personLike(f.speaker) && f.speaker.start > tokens[i]!.end && tokens[Math.min(f.cueToken, view.tokenAtOrAfter(f.speaker.start)) - 1]?.text === ',';
    }
    return false;
  };
  for (let i = afterFrom; i < afterHi && i < reach; i++) {
    if (inQuote[i] && inTitle(i)) continue;
    if (inQuote[i]) break;
    // "“…!” a banner on the town website reads": the phrase may hold a preposition.
    const weak = breaksOff && i < afterFrom + 7 && tokens.slice(afterFrom, i).every((t) => /^(PROPN|PRON|NOUN|DET|ADJ|ADP)$/.test(t.pos) || t.text === ',') && tokens[afterFrom]!.pos !== 'ADP';
    const found0 = frameForCue(view, i, afterFrom, afterHi, weak ? 'clause' : 'speech');
    const found = found0?.cueStart === deniedVerb || found0?.cueStart === readAsVerb || (found0 && infinitiveAfterFramedWords(i)) ? null : found0;
    // (So does any cue when the quote continues a speaker already quoted in its paragraph: “A,” Cruz said. “B.” Kasich said he …)
    // “A.” Zahed said: “B.”: a cue whose colon opens the next quotation introduces that one, not this,
    // when this one continues a speaker quoted earlier in its paragraph or sits inside a sentence of its
    // own (unless nothing else attributes words quoted in the middle of its sentence, see below). A
    // quotation that opens its paragraph with no speaker before it is Zahed's too.
    if (found && (continuing || openedMidSentence) && introducesNext(text, found, nextMark)) {
      introducing ??= found;
      continue;
    }
    const f = found && fullStop && !bare(found) && (found.speaker.kind === 'pronoun' || openedMidSentence || continuing) ? null : found;
    // "… said its authors had “no idea how a port works.” The ministry declined to comment.": words quoted
    // at the end of a sentence that began before them belong to that sentence's own cue; a bare cue in the
    // next sentence attributes them only when their sentence has none.
    if (f && fullStop && openedMidSentence) {
      nextSentence ??= f;
      continue;
    }
    // "Bell said he was “on the fence” until Ruiz said …": a cue in a clause that opens after the
    // quotation reports that clause; a cue before the quotation is its attribution.
    // (A speaker named before the quotation leaves the cue to end the clause: "X called it “…” and said …".)
    // … and words quoted to the end of a sentence begun before them ("… and said he had “no right.”") end
    // there: the next sentence's cue ("The board declined to comment.") is theirs only when nothing before is.
    // … and so do words quoted to the end of an opening "Although X said …," clause (endsOpeningClause).
    // "X denied that the plan was “dead,” telling the host that …": a participle right after the comma that
    // closes words quoted mid-sentence adds a clause of the same subject; the cue before the words is theirs.
    if (f && openedMidSentence && participleAfterComma(tokens, afterFrom, f.cueToken, /,\s*$/.test(text.slice(span.start, span.end)))) {
      subordinate ??= f;
      continue;
    }
    if (f && openedMidSentence && (leavesSubordinateClauseOpen(tokens, afterFrom, clauseEnd(view, f, afterFrom)) || fullStop || endsOpeningClause(view, span))) {
      subordinate ??= f;
      continue;
    }
    // "Mayor Ortiz called “the vote a betrayal,” aides said": words a person's label verb gives right before
    // them are that person's; the cue after only reports that they were given.
    // (An outlet that reports it after is where the words ran: "…,” Reuters reported" gives Reuters as outlet.)
    // "… rejected what she called a “reckless” plan, aides said.": the pronoun's relative label stays hers under an
    // unnamed relaying tag (a named reporter's tag reports the label too, below).
    if (f && openedMidSentence && !continuing && f.speaker.kind !== 'person' && f.speaker.kind !== 'outlet' && relabelledBefore()) return relabelledBefore()!;
    if (f && openedMidSentence && !continuing && labelledBefore()) return f.speaker.kind === 'outlet' && !labelledBefore()!.outlet ? { ...labelledBefore()!, outlet: f.speaker.name } : labelledBefore()!;
    // "In the words of one aide, “…,” two officials said.": a source phrase whose comma touches the opening
    // mark names whose words they are; the cue after only relays them.
    // (Only an anonymous relay: a named or titled speaker after, "…,” Senator Ruth Ames said", quotes them himself.)
    if (f && introduced && !continuing && f.speaker.kind === 'anonymous' && !f.speaker.role) {
      const source = beforeFrame(view, span, prevMark, para.start, inQuote);
      if (source && sourcePhraseRightBefore(source)) return source;
    }
    // "Wren said he was “still processing” it and declined to comment": a refusal to speak gives no words, so it is
    // no cue of theirs while another is in reach.
    if (f && personLike(f.speaker) && !withheldSpeechAct(tokens, f.cueToken)) return f;
    fallback ??= f;
  }
  const dashed = dashFrame(view, afterFrom, view.tokenAtOrAfter(nextMark ? nextMark.open : para.end));
  if (dashed) return dashed;
  // 2. Before the opening mark, in the same sentence: Smith said: “…” / Smith told X that “…”
  const found = beforeFrame(view, span, prevMark, para.start, inQuote);
  const opensSentence = /[.!?]\s*$/.test(text.slice(Math.max(para.start, span.open - 3), span.open));
  const before = continuing && opensSentence && found && prevMark && inClauseAfterQuotation(view, prevMark, found) ? null : found;
  // "… urging it to reconsider. “…,” the letter reads.": a quotation that opens its sentence keeps its own
  // cue after it, whatever speaks there, over a cue that ended the sentence before.
  const beforeEarlierSentence = opensSentence && !!before && before.cueToken < view.tokenAtOrAfter(span.open) && view.sentence(before.cueToken) !== view.sentence(view.tokenAtOrAfter(span.open));
  const ownCueAfter = beforeEarlierSentence && !!fallback;
  // (… and so does a person's cue further on in its sentence: "“A,” Kell said. “B” to lift the price, she said.")
  const laterOwn = beforeEarlierSentence && !fallback && !endsSentence ? laterInSentence() : null;
  if (laterOwn && personLike(laterOwn.speaker)) return laterOwn;
  // "… closes what they call an “embarrassing” gap, captain NAME said.": the closing tag reports the label too.
  const tagged = before && relativeLabelInTaggedSentence(view, before, afterFrom) ? laterInSentence() : null;
  // (Only a named reporter: "… what she called a “reckless” plan, aides said" keeps the label its own, as a
  // named person's label before a relaying tag does.)
  if (tagged && tagged.speaker.kind === 'person') return tagged;
  if (before && personLike(before.speaker) && !ownCueAfter) return before;
  if (nextSentence) return nextSentence;
  // "A user wrote that it was “…,” while a third argued …": a contrast clause after the words starts the next
  // speaker's attribution; words framed by a cue before them in their own sentence stay with that cue.
  if (subordinate && before && contrastClauseAt(tokens, afterFrom) && view.sentence(before.cueToken) === view.sentence(view.tokenAtOrAfter(span.open))) return before;
  if (subordinate) return subordinate;
  if (before && !fallback) return before;
  if (fallback) return fallback;
  // "Her account was called “false” by her lawyer": a passive label verb before the words, its agent after them.
  const passive = passiveLabelFrame(view, span);
  if (passive) return passive;
  // "Granting that a pier would come “in time” Ruiz warned: “…”": words quoted in the sentence the colon's frame
  // governs are that speaker's too, when no cue of their own is found.
  if (introducing && !endsSentence) return introducing;
  // 3. Later in the sentence after the quote: “…” — that was how Smith put it / , Smith said in a statement.
  const laterFrame = laterInSentence();
  if (laterFrame) return laterFrame;
  // 4. A colon introduction ending the previous sentence of the same paragraph or the paragraph before.
  if (startsParagraph(view.doc, span) && span.paragraph > 0) {
    const prev = view.doc.paragraphs[span.paragraph - 1]!;
    if (/:\s*$/.test(text.slice(prev.start, prev.end))) {
      const lo = view.sentence(view.tokenAtOrAfter(prev.end) - 1).tokenStart;
      const hi = view.tokenAtOrAfter(prev.end);
      for (let i = hi - 1; i >= lo; i--) {
        if (inQuote[i]) break;
        const f = frameForCue(view, i, lo, hi);
        if (f) return f;
      }
      const c = colonFrame(view, lo, hi - 1, inQuote);
      if (c) return c;
    }
  }
  // 5. A colon introduction with no cue: "He also leaned on his record: “…”" / "… surprised pollster
  // Dana Shaw: “…”" — the person the introduction is about.
  const colon = text.slice(Math.max(para.start, span.open - 3), span.open);
  const sentenceLike = text.slice(span.start, span.end).trim().split(/\s+/).length >= 4;
  if (/:\s*$/.test(colon)) {
    const last = view.tokenAtOrAfter(span.open) - 1;
    if (last >= 0 && tokens[last]!.text === ':') {
      let lo = view.sentence(last).tokenStart;
      if (prevMark) lo = Math.max(lo, view.tokenAtOrAfter(prevMark.close + 1));
      // (A quotation of a few words only after a verdict clause, "Her advice was simple: “Leave now.”":
      // after other colons they are more often a label or a title.)
      const c = sentenceLike ? colonFrame(view, lo, last, inQuote) : verdictColonFrame(view, lo, last, inQuote);
      if (c) return c;
    }
  }
  return null;
}

/** A frame whose cue is a source phrase that counts only right before a quotation (cues.json before_quotation: "in the words of"). */
function sourcePhraseRightBefore(frame: Frame | null): boolean {
  if (!frame?.according) return false;
  const words = frame.cue.toLowerCase().split(/\s+/);
  return !!cueLexicon().phrases.get(words[0]!)?.some((p) => p.before_quotation && p.words.join(' ') === words.join(' '));
}

/**
 * The frame before the quotation when its cue is a label verb only (cues.json weak verbs, no speech verb: called,
 * described, dubbed), a person its subject, with at most a short object between it and the opening mark, in the
 * quotation's sentence ("Ortiz called “…”", "Ortiz called the vote “…”"); else null.
 */
function labelVerbRightBefore(view: TokenView, span: MarkedSpan, before: Frame | null): Frame | null {
  if (!before || !personLike(before.speaker) || before.according) return null;
  const tokens = view.tokens;
  // (A free relative names a thing, not the words' giver: "What critics called “…” was approved, the ministry said.")
  const subject = view.tokenAtOrAfter(before.speaker.phraseStart ?? before.speaker.start);
  if (/^what(?:ever)?$/.test(tokens[subject]?.normal ?? '') || /^what(?:ever)?$/.test(tokens[subject - 1]?.normal ?? '')) return null;
  const open = view.tokenAtOrAfter(span.open);
  const lex = cueLexicon();
  const lemma = cueLemma(tokens[before.cueToken]!);
  // ("Mora hailed the deal the unions signed as “…”": a label verb before "as" may reach over a short relative
  // clause in its object; outer-label-verb.ts picked it over the inner verb.)
  const asLabel = lex.asLabelVerbs.has(lemma) && tokens[open - 1]?.normal === 'as';
  if ((!lex.weak.has(lemma) && !asLabel) || lex.speech.has(lemma) || open - before.cueToken > (asLabel ? 10 : 5) || view.sentence(before.cueToken) !== view.sentence(open)) return null;
  for (let k = before.cueToken + 1; k < open; k++) if (tokens[k]!.pos === 'PUNCT' || (tokens[k]!.pos === 'VERB' && !asLabel) || tokens[k]!.pos === 'AUX' || isQuoteMark(tokens[k]!)) return null;
  return before;
}

function sentenceEndAfter(view: TokenView, from: number, limitOffset: number): number {
  const tokens = view.tokens;
  const nameBangs = view.doc.nameBangs;
  let i = from;
  while (i < tokens.length && tokens[i]!.start < limitOffset) {
    // "(R-Ky.) said": a full stop before a closing parenthesis, a comma or a lowercase word ends no sentence.
    const next = tokens[i + 1];
    // (A lone capital's stop the analyzer cut a sentence at, "posted on X. He …", ends it: no initial.)
    const analyzerEnd = !!next && view.sentence(i + 1).tokenStart === i + 1;
    const abbreviation = tokens[i]!.text === '.' && !!next && (next.text === ')' || next.text === ',' || /^\p{Ll}/u.test(next.text) || (i > 0 && !analyzerEnd && ABBREVIATION_END.test(tokens[i - 1]!.text + '.')));
    // ”, she told E! News.: the "!" of a name ("E! News", "Yahoo!") ends no sentence either.
    const inName = tokens[i]!.text === '!' && nameBangs.has(tokens[i]!.start);
    if (/^[.!?]$/.test(tokens[i]!.text) && !isQuoteMark(next ?? tokens[i]!) && !abbreviation && !inName) return i + 1;
    i++;
  }
  return i;
}

/**
 * Where a later clause joined by ";" or ", but" opens after words quoted mid-clause (some words of their own
 * clause between): tokens from there on are another clause's. `hi` when there is none. (Right after the
 * closing mark a ";" or "but" opens nothing of theirs either, but no cue of theirs sits before it.)
 */
function laterClauseStart(tokens: Token[], from: number, hi: number, inQuote: Uint8Array): number {
  for (let k = from + 1; k < hi; k++) {
    if (inQuote[k]) continue;
    const t = tokens[k]!;
    if (t.text === ';' || (t.normal === 'but' && tokens[k - 1]?.text === ',' && k - 1 > from)) return k;
  }
  return hi;
}

/** tokens[cue] is a participle ("telling", "adding") right after a comma at the closing mark (inside the words or after them). */
function participleAfterComma(tokens: readonly Token[], afterFrom: number, cue: number, commaInside: boolean): boolean {
  const at = commaInside ? afterFrom : tokens[afterFrom]?.text === ',' ? afterFrom + 1 : -1;
  return cue === at && /\p{Ll}ing$/u.test(tokens[cue]!.text);
}
