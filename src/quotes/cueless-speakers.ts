import type { Token } from '../types.js';
import type { MarkedSpan } from '../text/quotation-marks.js';
import { namedElsewhere, sentenceSubject, type Frame, type TokenView } from './frame.js';
import { isParticle } from '../nlp/names.js';
import { classify, description, isQuoteMark, personLike, type SpeakerPhrase } from './speaker.js';
import { isWholeParagraph } from './paragraphs.js';
import { cueLexicon } from '../lexicon/cues.js';
import { outletOfAttributionPhrases } from './dash-attribution.js';
import { documentSenderBeforeColon } from './document-subjects.js';
import { mannerOfSpeakingSubject } from './manner-colon.js';
import { PERSON_POSSESSIVES, SUBJECT_OF_POSSESSIVE, SUBORDINATORS } from '../nlp/words.js';

/**
 * The speaker of a quotation a colon introduces with no cue: the clause's subject when it is a person
 * or he/she, else the last personal name in the clause. The frame has no cue of its own.
 */
export function colonFrame(view: TokenView, lo: number, colon: number, inQuote: Uint8Array): Frame | null {
  const tokens = view.tokens;
  if (colon <= lo) return null;
  for (let i = lo; i < colon; i++) if (inQuote[i]) lo = i + 1;
  const subject = lo === view.sentence(colon).tokenStart ? sentenceSubject(view, colon) : null;
  // (A document "from" its sender closing the clause brings the sender's words, not the subject's.)
  let speaker: SpeakerPhrase | null = documentSenderBeforeColon(tokens, lo, colon);
  if (!speaker) speaker = subject && (subject.kind === 'person' || (subject.kind === 'pronoun' && /^(he|she)$/.test(subject.name))) ? subject : null;
  if (!speaker && lo === view.sentence(colon).tokenStart) speaker = pronounAfterShortOpener(tokens, lo, colon) ?? pronounAfterOpeningClause(tokens, lo, colon);
  for (let e = colon; !speaker && e > lo; e--) {
    if (tokens[e - 1]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[e - 1]!.text)) continue;
    let s = e - 1;
    while (s > lo && (tokens[s - 1]!.pos === 'PROPN' || isParticle(tokens[s - 1]!.text)) && /^\p{Lu}/u.test(tokens[s - 1]!.text)) s--;
    const p = classify(tokens, s, e);
    // A full name, or a surname the article has used after a given name ("More from Jones: “…”"), or a
    // lone surname that is the main clause's subject after an opening clause ("When asked …, Reyes was blunt:").
    if (p?.kind === 'person' && (p.name.includes(' ') || view.namesAfterNames().has(p.name) || subjectAfterOpener(tokens, s, e))) speaker = p;
    e = s;
  }
  // "One producer on the film was blunt about it: “…”": with no name in the clause, a description of a
  // person or body speaks too (not a headline's capitals: "VOTERS CARE MORE …: “…”").
  if (!speaker && subject && subject.kind !== 'pronoun' && personLike(subject) && !isShouted(view.doc.article.text.slice(subject.start, subject.end))) speaker = subject;
  if (!speaker && lo === view.sentence(colon).tokenStart) speaker = verdictOwner(tokens, lo, colon) ?? mannerOfSpeakingSubject(view, lo, colon);
  if (!speaker) return null;
  // "From Ana Ruiz, 64, in an interview with The Guardian: “…”": the outlet named after the speaker.
  const outlet = outletOfAttributionPhrases(tokens, view.tokenAtOrAfter(speaker.end), colon);
  return { cueStart: speaker.start, cueEnd: speaker.start, cue: '', cueToken: colon, speaker, outlet, according: false };
}

/**
 * The frame of a quotation of any length a verdict clause introduces: "Her advice was simple: “Leave
 * now.”" (short quotations after a colon are otherwise left to the speaker before). Null unless the
 * sentence up to the colon opens with a verdict noun and its owner.
 */
export function verdictColonFrame(view: TokenView, lo: number, colon: number, inQuote: Uint8Array): Frame | null {
  for (let i = lo; i < colon; i++) if (inQuote[i]) return null;
  if (lo !== view.sentence(colon).tokenStart) return null;
  // (… or a clause saying how its subject spoke: "Osei was blunter: “…”".)
  const speaker = verdictOwner(view.tokens, lo, colon) ?? mannerOfSpeakingSubject(view, lo, colon);
  return speaker && { cueStart: speaker.start, cueEnd: speaker.start, cue: '', cueToken: colon, speaker, outlet: null, according: false };
}

/**
 * "The firm's conclusion was blunt: “…”" / "The board's reply was short: “…”": the owner of a verdict
 * noun that opens the clause speaks the quotation, when it is a person or a speaking body.
 */
function verdictOwner(tokens: Token[], lo: number, colon: number): SpeakerPhrase | null {
  const lex = cueLexicon();
  const owner = possessiveVerdictOwner(tokens, lo, colon);
  if (owner) return owner;
  for (let k = lo + 1; k < Math.min(colon - 1, lo + 6); k++) {
    if (!/^['’]s?$/.test(tokens[k]!.text)) {
      if (!/^(DET|PROPN|NOUN|ADJ)$/.test(tokens[k]!.pos)) return null;
      continue;
    }
    if (!lex.verdictNouns.has(tokens[k + 1]?.normal ?? '') || !/^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '')) return null;
    // (The tagger may read the owner's noun as an adjective before "'s": "The firm's".)
    const owner = classify(tokens, lo, k) ?? description(tokens, lo, k);
    return owner && owner.kind !== 'pronoun' && personLike(owner) ? owner : null;
  }
  return null;
}

/** A possessive pronoun and the subject pronoun it stands for: "his message" is his. */
const POSSESSIVE_OWNERS: ReadonlyMap<string, string> = new Map([...PERSON_POSSESSIVES].map((p): [string, string] => [p, SUBJECT_OF_POSSESSIVE.get(p)!]));

/**
 * "His message to holdouts was blunt: “…”": a possessive pronoun opening the clause owns the verdict
 * noun after it (adjectives and a short "to/for …" phrase may come between the noun and its verb). The
 * owner is the pronoun, resolved as any he/she/they speaking; "The message was blunt:" has none.
 */
function possessiveVerdictOwner(tokens: Token[], lo: number, colon: number): SpeakerPhrase | null {
  const first = tokens[lo]!;
  const pronoun = POSSESSIVE_OWNERS.get(first.normal);
  if (!pronoun) return null;
  let k = lo + 1;
  while (k < colon && tokens[k]!.pos === 'ADJ') k++;
  if (!cueLexicon().verdictNouns.has(tokens[k]?.normal ?? '')) return null;
  let v = k + 1;
  if (/^(to|for)$/.test(tokens[v]?.normal ?? '')) {
    v++;
    while (v < colon && v < k + 6 && /^(DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[v]!.pos)) v++;
  }
  if (v >= colon || !/^(VERB|AUX)$/.test(tokens[v]!.pos)) return null;
  return { start: first.start, end: first.end, text: first.text, kind: 'pronoun', name: pronoun, role: null, title: null };
}

/** The name at tokens[s, e) follows the comma closing an opening clause and comes before its verb. */
function subjectAfterOpener(tokens: Token[], s: number, e: number): boolean {
  return tokens[s - 1]?.text === ',' && /^(VERB|AUX)$/.test(tokens[e]?.pos ?? '');
}

/**
 * "When a reporter asked whether the deal was dead, she smiled: “…”": he or she, then a verb, right
 * after the comma that closes an opening subordinate clause is the main clause's subject.
 */
function pronounAfterOpeningClause(tokens: Token[], lo: number, colon: number): SpeakerPhrase | null {
  if (!SUBORDINATORS.has(tokens[lo]?.normal ?? '')) return null;
  let comma = colon - 1;
  while (comma > lo && tokens[comma]!.text !== ',') comma--;
  if (comma <= lo || tokens[comma + 1]?.pos !== 'PRON' || !/^(VERB|AUX)$/.test(tokens[comma + 2]?.pos ?? '')) return null;
  const p = classify(tokens, comma + 1, comma + 2);
  return p?.kind === 'pronoun' && /^(he|she)$/.test(p.name) ? p : null;
}

/** Words in capitals, as headlines and labels are written. */
function isShouted(words: string): boolean {
  return /\p{Lu}{2}/u.test(words) && !/\p{Ll}/u.test(words);
}

/**
 * "Then she turned to the crowd …" / "On Tuesday she had a reply …": he or she, then a verb, after an
 * opening adverb or short prepositional phrase with no comma (the subject finder wants a comma there).
 */
function pronounAfterShortOpener(tokens: Token[], lo: number, colon: number): SpeakerPhrase | null {
  if (!/^(ADV|ADP)$/.test(tokens[lo]?.pos ?? '')) return null;
  for (let k = lo + 1; k < Math.min(colon, lo + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PRON') {
      const p = classify(tokens, k, k + 1);
      return p?.kind === 'pronoun' && /^(he|she)$/.test(p.name) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') ? p : null;
    }
    if (!/^(ADV|ADP|PROPN|NOUN|NUM|DET)$/.test(t.pos)) return null;
  }
  return null;
}

/**
 * The he/she or named subject of the sentence right before a quotation, else right after it, in the
 * same paragraph, for a quoted sentence with no cue. The frame has no cue of its own.
 */
export function neighbourSubject(view: TokenView, span: MarkedSpan): Frame | null {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  if (text.slice(span.start, span.end).trim().split(/\s+/).length < 4) return null;
  const para = view.doc.paragraphs[span.paragraph]!;
  const open = view.tokenAtOrAfter(span.open);
  const close = view.tokenAtOrAfter(span.close + 1);
  const candidates: number[] = [];
  if (open > 0 && tokens[open - 1]!.start >= para.start) candidates.push(open - 1);
  if (close < tokens.length && tokens[close]!.start < para.end) candidates.push(close);
  // A paragraph that is only this quotation: the named subject of the last sentence of the paragraph
  // before ("Reed is upbeat about the count. ¶ “We will win this.”"), at low confidence.
  const previousPara = view.doc.paragraphs[span.paragraph - 1];
  if (!candidates.length && previousPara && isWholeParagraph(text, span, para) && open > 0 && tokens[open - 1]!.start >= previousPara.start) candidates.push(open - 1);
  const pronounAt = (k: number): SpeakerPhrase | null => {
    const p = tokens[k] && tokens[k]!.pos === 'PRON' ? classify(tokens, k, k + 1) : null;
    return p?.kind === 'pronoun' && /^(he|she)$/.test(p.name) ? p : null;
  };
  const frameOf = (speaker: SpeakerPhrase, k: number): Frame => ({ cueStart: speaker.start, cueEnd: speaker.start, cue: '', cueToken: k, speaker, outlet: null, according: false });
  for (const k of candidates) {
    const s = view.sentence(k);
    if (s.tokenStart === view.sentence(open).tokenStart) {
      // The quote's own sentence runs on after it: "“…” He trails off."
      if (k >= close && pronounAt(k) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return frameOf(pronounAt(k)!, k);
      continue;
    }
    // "Will she run again?": a question's subject after its auxiliary.
    if (tokens[s.tokenStart]!.pos === 'AUX' && pronounAt(s.tokenStart + 1)) return frameOf(pronounAt(s.tokenStart + 1)!, s.tokenStart + 1);
    const first = tokens[s.tokenStart]!;
    const home = first.start >= para.start ? para : previousPara!;
    if (first.start < home.start || first.start >= home.end || isQuoteMark(first)) continue;
    const subject = sentenceSubject(view, s.tokenEnd - 1);
    if (subject && ((subject.kind === 'person' && namedElsewhere(view, subject)) || (subject.kind === 'pronoun' && /^(he|she)$/.test(subject.name)))) return frameOf(subject, s.tokenStart);
  }
  return null;
}

/** The verb after a narration sentence's subject (at tokens[k], past adverbs) is a turn-taking action (cues.json turn_taking_actions). */
function takesTurn(tokens: Token[], k: number, last: number): boolean {
  while (k < last && tokens[k]!.pos === 'ADV') k++;
  const verb = tokens[k];
  return !!verb && k < last && verb.pos === 'VERB' && cueLexicon().turnTakingActions.has(verb.lemma);
}

/**
 * "“We will win,” Tom Reed said. Mara Voss shook her head. “Leave now.”": a quoted sentence with no cue
 * right after a sentence of narration about someone named is theirs, a turn away from
 * the speaker before. The frame of that sentence's subject, when the sentence lies wholly between the
 * quotation before (ending at `after`) and this one, in the same paragraph, and the quotation opens a
 * sentence; null otherwise (who that subject is, the caller compares with the speaker before).
 */
export function narratedSubjectBefore(view: TokenView, span: MarkedSpan, after: number): Frame | null {
  const tokens = view.tokens;
  const open = view.tokenAtOrAfter(span.open);
  const last = open - 1;
  if (last < 0 || !/^[.!?]$/.test(tokens[last]!.text)) return null;
  const sentence = view.sentence(last);
  const para = view.doc.paragraphs[span.paragraph]!;
  if (sentence.start < para.start || sentence.start < after) return null;
  for (let k = sentence.tokenStart; k <= last; k++) if (isQuoteMark(tokens[k]!)) return null;
  const subject = sentenceSubject(view, last);
  // (A named person only: a he/she there mostly goes on about the speaker just quoted, and resolving it
  // anew picked someone else. And only one who acts in the scene, "Voss shook her head": a fact about them,
  // "Voss leads him in the poll", is more often what the speaker before goes on answering.)
  const speaks = subject?.kind === 'person' && namedElsewhere(view, subject) && takesTurn(tokens, view.tokenAtOrAfter(subject.end), last);
  return speaks ? { cueStart: subject.start, cueEnd: subject.start, cue: '', cueToken: sentence.tokenStart, speaker: subject, outlet: null, according: false } : null;
}
