import type { Token } from '../../types.js';
import { cueAt, frameAtToken, hasVerb, outletNear, sentenceSubject, withheldQuestion, type Frame, type TokenView } from '../frame.js';
import { speakingAsideBefore } from '../frame-for-cue.js';
import { description, documentLike, evidenceLike, isQuoteMark, isTimePhrase, opensExamples, personLike, subjectBefore, tokenAt, wordBefore, type SpeakerPhrase } from '../speaker.js';
import { dashAsideOpening } from '../sentence-scan.js';
import { participleAfterComma } from './clause-openers.js';
import { bareQuantifier, countedGroup, partOfGroup, shareOfRespondents } from './groups.js';
import { antecedentOfWho, beforeAuxiliaries, nounPhraseEndingAt, relativeAntecedent } from './relative-pronouns.js';
import { withCoordinatedSubject } from './shared-subjects.js';
import { timeStart } from './time-phrases.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { lookupOutlet } from '../../lexicon/outlets.js';
import { isTimeWord } from '../../nlp/time-words.js';
import { sourceText } from '../speaker-phrase.js';
import { isCitingParticiple } from '../../lexicon/citing-participles.js';

/**
 * The report cue's frame with a speaker before the cue that frameForCue does not see: the phrase
 * before a dash apposition ("Reyes -- a historian -- said"), the antecedent of "who" ("a builder who
 * said"), a share of a group ("most of them said"), a noun with a clause of its own ("the analysts I
 * spoke with said"), a share of those polled ("42% say", "nearly a third say"). Without such a speaker,
 * the frame as found; a sentence adverb set off by commas ("Others, however, say") is stepped over,
 * and a quantifier standing alone is a group ("Some said", "all agreed").
 */
export function withSpeakerBefore(view: TokenView, cue: number, lo: number, frame: Frame | null): Frame | null {
  // "Hello! reported that …", "eldiario.es said …": the frame rules stop at the "!" or "." inside the outlet's name.
  const bang = outletWithBangBefore(view.tokens, cue, lo);
  if (bang && (!frame || (frame.speaker.start >= bang.start && frame.speaker.end <= bang.end))) return frameAtToken(view.tokens, cue, bang, {});
  // (The one who told, after the cue, is the speaker already: "Ruiz, 52, heard from the governor that …".)
  // (… but not the other name in an alias apposition: "The porters, known as the Dawn Shift, said" is the porters'.)
  const alias = frame && !frame.according && !frame.teller ? beforeAlias(view.tokens, cue, lo) : null;
  if (frame && alias && frame.speaker.start >= alias.end) return frameAtToken(view.tokens, cue, alias, frame.outlet ? { outlet: frame.outlet } : {});
  if (frame && (frame.according || frame.teller || frame.speaker.start < view.tokens[cue]!.start)) return frame;
  const found = cueAt(view.tokens, cue, 'report');
  if (!found || found.medium || found.according) return frame;
  const speaker = speakerBeforeDashes(view.tokens, cue, lo) ?? beforeAlias(view.tokens, cue, lo) ?? antecedentOfWho(view.tokens, cue, lo) ?? bodyBeforeWhich(view.tokens, cue, lo) ?? partOfGroup(view.tokens, cue, lo) ?? withContactClause(view.tokens, cue, lo) ?? shareOfRespondents(view.tokens, cue, lo) ?? beforeCommaAdverb(view.tokens, cue, lo) ?? bareQuantifier(view.tokens, cue, lo) ?? beforeParticipialAside(view.tokens, cue, lo) ?? beforeLongApposition(view, cue, lo) ?? countedGroup(view.tokens, cue, lo) ?? subjectOfVerbBeforeTo(view.tokens, cue, lo);
  if (!speaker) return frame;
  // (The outlet after the cue, read as frameForCue reads it: "X, whose show …, said on his podcast, “…,” that …".)
  // (… or in the speaker's own aside of speaking before it: "Whitfield, speaking on the company's interview show, “The
  // Long Table”, said …".)
  const outlet = speaker.kind === 'outlet' ? null : outletNear(view.tokens, cue, Math.min(view.sentence(cue).tokenEnd, cue + 10)) ?? speakingAsideOutlet(view, speaker, cue, lo);
  return frameAtToken(view.tokens, cue, speaker, outlet ? { outlet } : {});
}

/**
 * The outlet of an aside of speaking right after the speaker, before the cue (", speaking on NPR's …, said"), or
 * null: frameForCue's speakingAsideBefore, its comma the first token after the speaker and not one of writing.
 */
function speakingAsideOutlet(view: TokenView, speaker: SpeakerPhrase, cue: number, lo: number): string | null {
  const aside = speakingAsideBefore(view.tokens, speaker, cue, lo);
  if (aside === null || aside - 1 !== view.tokenAtOrAfter(speaker.end) || view.tokens[aside]!.normal === 'writing') return null;
  return outletNear(view.tokens, aside, cue);
}

/**
 * "The festival was praised by the Harbour Guild, which said …": "which" set off by a comma after a body stands
 * for that body (relativeAntecedent keeps "which" to bodies).
 */
function bodyBeforeWhich(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const k = beforeAuxiliaries(tokens, cue - 1, lo);
  if (tokens[k]?.normal !== 'which' || tokens[k - 1]?.text !== ',') return null;
  // (Words follow only as a clause: "which claimed responsibility for the attacks" holds none, a verb's object only.)
  let v = cue + 1;
  while (v < tokens.length && v < cue + 8 && tokens[v]!.pos !== 'PUNCT' && tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX' && tokens[v]!.normal !== 'that') v++;
  if (!tokens[v] || !/^(VERB|AUX)$/.test(tokens[v]!.pos) && tokens[v]!.normal !== 'that') return null;
  return relativeAntecedent(tokens, cue, lo);
}

/**
 * A known outlet whose name holds "!" ("Hello!", "E! News", "Yahoo! Finance") or a web address's dot
 * ("eldiario.es", "Politico.eu") right before the cue, as the sentence's subject (at its start, after "the",
 * or, for a dotted web name only, after a time opener: "Last week eldiario.es reported"); the longest name
 * wins. Null otherwise.
 */
function outletWithBangBefore(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const close = cue - 1;
  for (let s = Math.max(lo, close - 3); s <= close; s++) {
    const text = sourceText(tokens, s, close + 1);
    // (After a fronted adverbial's comma too: "On Monday, E! News said".)
    const opens = (k: number) => k === lo || tokens[k - 1]?.text === ',';
    const dotted = /\p{L}\.\p{L}/u.test(text);
    const afterTime = dotted && isTimeWord(tokens[s - 1]?.normal ?? '');
    if (!(text.includes('!') || dotted) || !(opens(s) || afterTime || (tokens[s - 1]?.normal === 'the' && opens(s - 1)))) continue;
    const name = lookupOutlet(text);
    if (name) return { start: tokens[s]!.start, end: tokens[close]!.end, text, kind: 'outlet', name, role: null, title: null };
  }
  return null;
}

/** "Reyes -- author of a book on the race -- said": the subject before the opening dash. */
function speakerBeforeDashes(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const open = dashAsideOpening(tokens, cue - 1, lo);
  if (open < 0) return null;
  const speaker = subjectBefore(tokens, open, lo, true);
  // "Guests at the dinner — including doctors and nurses — said": examples of people make the head people.
  return speaker && (personLike(speaker) || opensExamples(tokens, open + 1)) ? speaker : null;
}

/**
 * "The Harbour Transit Board of Maine, known as HTB, said": the subject before an apposition giving its
 * other name (cues.json alias_openers). The speaker rules stop at the name in the apposition, or, with
 * "of PLACE" in the subject, find no subject right before the comma.
 */
function beforeAlias(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const close = beforeAuxiliaries(tokens, cue - 1, lo);
  if (tokens[close]?.text !== ',') return null;
  let open = close - 1;
  while (open > lo && close - open <= 12 && tokens[open]!.text !== ',' && !isQuoteMark(tokens[open]!)) open--;
  if (open <= lo || tokens[open]!.text !== ',') return null;
  const opener = cueLexicon().aliasOpeners.find((words) => open + words.length < close && words.every((w, j) => tokens[open + 1 + j]!.normal === w));
  if (!opener) return null;
  // (An alias marks a group or a body with a name of its own, whatever its noun: "The porters, known as …".)
  const speaker = subjectBefore(tokens, open, lo, true);
  return speaker && speaker.kind !== 'pronoun' ? speaker : null;
}

/** "the analysts I spoke with said", "everyone we interviewed said": a noun and a clause of its own before the cue. */
function withContactClause(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  let verb = cue - 1;
  if (tokens[verb]?.pos === 'ADP') verb--;
  if (verb - 2 < lo || tokens[verb]!.pos !== 'VERB' || !/^(i|we|he|she|they|you)$/.test(tokens[verb - 1]!.normal)) return null;
  const head = verb - 2;
  const phrase = /^(everyone|everybody|all)$/.test(tokens[head]!.normal) ? description(tokens, head, head + 1) : nounPhraseEndingAt(tokens, head, lo);
  if (!phrase) return null;
  return description(tokens, tokenAt(tokens, phrase.start, head), cue);
}

/**
 * "Others, however, say", "Dock crews, on the other hand, object", "Pilots, in truth, still claim": the
 * subject before a sentence adverb or a short adverbial phrase set off by commas.
 */
function beforeCommaAdverb(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const close = wordBefore(tokens, cue - 1, lo);
  const open = asideOpening(tokens, close, lo);
  if (open < 0) return null;
  const speaker = subjectBefore(tokens, open, lo, true) ?? nounPhraseEndingAt(tokens, open - 1, lo);
  return speaker && speaker.start >= tokens[lo]!.start && (personLike(speaker) || evidenceLike(speaker)) ? speaker : null;
}

/**
 * The opening comma of an aside closed by the comma at tokens[close]: up to four words, opening with an
 * adverb or a preposition, with no verb ("however", "for instance", "on the other hand"); -1 when none.
 */
function asideOpening(tokens: Token[], close: number, lo: number): number {
  if (tokens[close]?.text !== ',') return -1;
  let open = close - 1;
  while (open > lo && close - open <= 5 && tokens[open]!.text !== ',') {
    if (/^(VERB|AUX|PUNCT)$/.test(tokens[open]!.pos)) return -1;
    open--;
  }
  if (open <= lo || tokens[open]!.text !== ',' || open === close - 1 || !/^(ADV|ADP)$/.test(tokens[open + 1]!.pos)) return -1;
  return open;
}

/** "The mayor, announcing her plan on Monday, said …": the subject before a participle phrase set off by commas. */
function beforeParticipialAside(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  if (tokens[cue - 1]?.text !== ',') return null;
  let open = cue - 2;
  while (open > lo && cue - open < 14 && tokens[open]!.text !== ',' && !isQuoteMark(tokens[open]!)) open--;
  if (open <= lo || tokens[open]!.text !== ',' || !participleAfterComma(tokens, open + 1)) return null;
  const speaker = subjectBefore(tokens, open, lo, true);
  // "Guests at the dinner — including doctors and nurses — said": examples of people make the head people.
  // ("The report, citing three officials, said": a document that names its sources reports, as a person would.)
  const citingDocument = (sp: SpeakerPhrase) => isCitingParticiple(tokens[open + 1]!.normal) && (documentLike(sp) || evidenceLike(sp));
  return speaker && (personLike(speaker) || opensExamples(tokens, open + 1) || citingDocument(speaker)) ? speaker : null;
}

/**
 * "Ross Wilder, whose schooling the navy covered because he joined its cadet corps, said": the sentence's
 * subject set off by a comma, an apposition or relative clause too long or too full of clauses for the
 * speaker rules, then a comma and the cue.
 */
function beforeLongApposition(view: TokenView, cue: number, lo: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  const close = beforeAuxiliaries(tokens, cue - 1, lo);
  if (tokens[close]?.text !== ',') return null;
  // ("who" opening the aside makes its subject people, whatever the noun: "The cleaners, who work nights, said".)
  const whoAfter = (d: SpeakerPhrase) => d.kind === 'anonymous' && tokens[view.tokenAtOrAfter(d.end)]?.text === ',' && tokens[view.tokenAtOrAfter(d.end) + 1]?.normal === 'who';
  const subject = sentenceSubject(view, cue, (d) => personLike(d) || whoAfter(d));
  if (!subject) return null;
  const open = view.tokenAtOrAfter(subject.end);
  return tokens[open]?.text === ',' && open < close - 1 && close - open <= 40 ? subject : null;
}

/**
 * "Even after the suit was filed, Lowe continued to say …", "pilots seemed quite eager to argue …": an
 * infinitive cue's speaker is the subject of the verb right before "to" (frameForCue takes the
 * sentence's, which an opening clause or a heading hides). A noun before "to" is the verb's object and
 * the one who speaks ("urged voters to say"): no speaker here.
 */
function subjectOfVerbBeforeTo(tokens: Token[], cue: number, lo: number): SpeakerPhrase | null {
  const to = wordBefore(tokens, cue - 1, lo);
  // (An infinitive is the verb's plain form; "pointed to reports that …" has a preposition and a noun.)
  if (tokens[to]?.normal !== 'to' || tokens[to]!.pos !== 'PART' || tokens[cue]!.pos !== 'VERB' || tokens[cue]!.normal !== tokens[cue]!.lemma) return null;
  let first = to;
  while (first > lo && to - first < 5 && /^(VERB|AUX|ADV|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
  if (first === to || !hasVerb(tokens, first, to - 1)) return null;
  // "going on Instagram Live to say": a capitalised word the tagger read as a verb ends a name, no verb.
  if (first > lo && /^\p{Lu}/u.test(tokens[first]!.text)) return null;
  // "refused to say that …", "declined to reveal the terms": what someone would not say is unsaid, unless
  // it is the question left open ("declined to say whether …").
  if (/^(refuse|decline)$/.test(tokens[to - 1]!.lemma) && !withheldQuestion(tokens, cue)) return null;
  const speaker = subjectBefore(tokens, first, lo, true);
  // "It is too early to say whether …", "we tend to forget …": the writer's own aside.
  return speaker && personLike(speaker) && !/^(it|i|we)\b/i.test(speaker.text) ? speaker : null;
}

/**
 * A frame whose "speaker" is a time between the subject and the cue ("Okafor earlier Thursday said", "…
 * and on Monday announced"): the subject before the time, or the one a coordinated cue shares, when found.
 */
export function withSpeakerBeforeTime(view: TokenView, cue: number, lo: number, frame: Frame | null): Frame | null {
  if (!frame || !isTimePhrase(frame.speaker.text)) return frame;
  const tokens = view.tokens;
  const time = timeStart(tokens, cue, lo);
  if (time < 0) return frame;
  const speaker = subjectBefore(tokens, time, lo, true) ?? withCoordinatedSubject(tokens, time, lo, null)?.speaker;
  return speaker && personLike(speaker) && !isTimePhrase(speaker.text) ? frameAtToken(tokens, cue, speaker, { distant: true }) : frame;
}
