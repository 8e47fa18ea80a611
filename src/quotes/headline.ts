import type { Paragraph, Token } from '../types.js';
import { CLAUSE_OPENERS } from './attitude.js';
import { frameAtToken, type TokenView } from './frame.js';
import type { IndirectQuote } from './indirect/report-sentence.js';
import { cueLexicon } from '../lexicon/cues.js';
import { classify, description, evidenceLike, hyphenInWord, isEvidenceWord, isQuoteMark, personLike, type SpeakerPhrase } from './speaker.js';
import { genderOfFirstName } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';
import { winkInstance, winkView } from '../nlp/analyze.js';
import { lineBreakBetween, startsWithCapital, wholeWordOffsets } from '../text/boundaries.js';

/** A source in a headline is a short name or description: "Harbour Board", "Mayor Ana Ruiz". */
const MAX_SOURCE_WORDS = 6;
/** A label may name its topic or audience after the source: "Lee to Harbour Pilots Worried About Fees:". */
const MAX_LABEL_TOKENS = 10;

/**
 * Reported speech in headlines, which findIndirect leaves alone (a headline is no sentence). News
 * headlines attribute in two ways: a source, a report verb and what was said ("Harbour Board Says Ferry
 * Fares Will Rise", "Ferry Fares Will Rise, Harbour Board Warns"), or a source before a colon ("Ruiz:
 * Ferry Fares Must Rise Before Winter"). At most one report a headline.
 */
export function headlineReports(view: TokenView, headline: (paragraph: number) => boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  view.doc.paragraphs.forEach((p, k) => {
    const first = view.tokenAtOrAfter(p.start);
    const end = firstSentenceEnd(view, first, view.tokenAtOrAfter(p.end));
    // A source, a verb or colon, and what was said: a shorter line reports nothing.
    if (end - first < 3) return;
    const found = headline(k) ? headlineReport(view, first, end) : k === 0 && openingLine(view, p) ? labelReport(view, first, end) : null;
    if (found) out.push(found);
  });
  return out;
}

/**
 * The end of the paragraph's first line and first sentence, after its full stop or exclamation mark: a
 * headline is one line ("Okafor Named Harbour Chief" above "Fares will rise, pilots warn"), and its
 * report ends with its sentence ("Board Says Fares Will Rise. Okafor Disagrees.").
 */
function firstSentenceEnd(view: TokenView, first: number, end: number): number {
  const text = view.doc.article.text;
  for (let k = first + 1; k < end; k++) {
    if (lineBreakBetween(text, view.tokens[k - 1]!, view.tokens[k]!)) return k;
    const mark = view.tokens[k]!.text;
    if (mark === '.' || mark === '!') return afterClosingMarks(view.tokens, k + 1, end);
  }
  return end;
}

/** After the quotation marks at tokens[k] that close a quotation: "Okafor: ‘We Will Not Sell the Pier.’" */
function afterClosingMarks(tokens: Token[], k: number, end: number): number {
  while (k < end && isQuoteMark(tokens[k]!) && tokens[k]!.start === tokens[k - 1]!.end) k++;
  return k;
}

/** A headline's report, tokens[first, end): by its verb ("… Says …", "…, Board Warns") or by its label ("Ruiz: …"). */
function headlineReport(view: TokenView, first: number, end: number): IndirectQuote | null {
  const start = afterKicker(view, first, end);
  return (end - start >= 3 ? verbReport(view, start, end) : null) ?? colonLabel(view, start, end);
}

/** The verb forms: the source first, the source last, the source after an opening phrase. */
function verbReport(view: TokenView, start: number, end: number): IndirectQuote | null {
  return verbFirst(view, start, end) ?? verbLast(view, start, end) ?? verbFirst(view, afterOpeningPhrase(view.tokens, start, end), end);
}

/**
 * The body's reports and the headlines', in text order. A headline report whose cue the body's reports
 * hold already is left out: an opening line read as a sentence may give the same report ("The Latest:
 * Okafor says …").
 */
export function withHeadlineReports(body: IndirectQuote[], headlines: IndirectQuote[]): IndirectQuote[] {
  const apart = headlines.filter((h) => !body.some((b) => b.frame.cueStart === h.frame.cueStart));
  return apart.length ? [...apart, ...body].sort((a, b) => a.start - b.start) : body;
}

/**
 * After an adverbial phrase that opens the headline before a comma ("Railing Against Tolls, Okafor Vows …",
 * "After the Vote, …"), or `s` when none. (Not a clause: "Fares Must Rise, Okafor Tells Pilots" has its
 * source at the end.)
 */
function afterOpeningPhrase(tokens: Token[], s: number, e: number): number {
  if (!/^(ADP|ADV|SCONJ)$/.test(tokens[s]!.pos) && !/ing$/.test(tokens[s]!.normal)) return s;
  for (let k = s + 1; k < e && k <= s + MAX_LABEL_TOKENS; k++) {
    if (tokens[k]!.text === ',') return k + 1;
    if (tokens[k]!.pos === 'PUNCT' && !hyphenInWord(tokens, k)) return s;
  }
  return s;
}

/**
 * An opening line written as a sentence ("Harbour board: fares will rise.") is read as one, and its
 * verb forms are findIndirect's; a source label before a colon is a headline's, whatever the case, and so
 * is what follows a section kicker ("The Latest: ferry pilots say fares will rise.").
 */
function labelReport(view: TokenView, first: number, end: number): IndirectQuote | null {
  const start = afterKicker(view, first, end);
  return (start > first && end - start >= 3 ? verbReport(view, start, end) : null) ?? colonLabel(view, start, end);
}

/** The article's first paragraph as a headline would be: one short line before the body. */
function openingLine(view: TokenView, p: Paragraph): boolean {
  const line = view.doc.article.text.slice(p.start, p.end).split('\n')[0]!;
  return view.doc.paragraphs.length > 1 && line.length < 200;
}

/**
 * The first token after a section label that opens the headline ("Analysis: …", "The Latest: …",
 * "EXCLUSIVE – …", "FIX IS IN: …"): such labels name the kind of story, no source.
 */
function afterKicker(view: TokenView, s: number, e: number): number {
  const mark = labelEnd(view.tokens, s, e, true);
  if (mark < 0) return s;
  // Before a dash, only a listed kicker: a word or two in capitals there is a dateline ("PORT ELWIN — …").
  if (view.tokens[mark]!.text !== ':') return listedKicker(view.tokens, s, mark) ? mark + 1 : s;
  return isKicker(view.tokens, s, mark) || interjectionLabel(view, s, mark) ? mark + 1 : s;
}

/** A label of one word that names no source is an exclamation before the headline: "Wow: …", "Revealed: …". */
function interjectionLabel(view: TokenView, s: number, mark: number): boolean {
  return mark === s + 1 && !oneWordSource(view, s);
}

/** The colon (or, when `dash`, the dash) that closes a label of a few words at tokens[s]; -1 when none. */
function labelEnd(tokens: Token[], s: number, e: number, dash: boolean): number {
  for (let k = s + 1; k < e && k <= s + MAX_LABEL_TOKENS; k++) {
    const t = tokens[k]!.text;
    if (t === ':' || (dash && /^(?:—|–|--|-)$/.test(t) && !hyphenInWord(tokens, k))) return k;
    if (t !== '.' && tokens[k]!.pos === 'PUNCT' && !hyphenInWord(tokens, k)) return -1;
  }
  return -1;
}

/** A label that names a section or a kind of story: "Poll", "Fact Check", a year's label ("Election 2016"), or shouting ("FIX IS IN"). */
function isKicker(tokens: Token[], s: number, e: number): boolean {
  // A label that ends in a kicker names its subject's kind of story: "Okafor Interview:".
  if (listedKicker(tokens, s, e) || cueLexicon().headlineKickers.has(tokens[e - 1]!.normal)) return true;
  if (tokens.slice(s, e).some((t) => /^\d{4}$/.test(t.text))) return true;
  const words = tokens.slice(s, e).filter((t) => /\p{L}/u.test(t.text));
  return words.length >= 2 && words.every((t) => t.text === t.text.toUpperCase());
}

/** "Harbour Board Says Ferry Fares Will Rise": a source, a report verb, then the content. */
function verbFirst(view: TokenView, s: number, e: number): IndirectQuote | null {
  const tokens = view.tokens;
  const lex = cueLexicon();
  for (let k = s + 1; k < e && k <= s + MAX_SOURCE_WORDS; k++) {
    if (!lex.headlineVerbs.has(tokens[k]!.normal)) continue;
    const speaker = reportsContent(tokens, k) ? source(tokens, s, withoutAdverbs(tokens, s, k)) : null;
    const from = lex.headlineAudienceVerbs.has(tokens[k]!.normal) ? afterAudience(tokens, k + 1, e) : k + 1;
    if (from < 0) return null;
    const content = contentSpan(view, from, e);
    return speaker && content && reportsClause(view, k, content) ? { ...content, frame: frameAtToken(tokens, k, speaker) } : null;
  }
  return null;
}

/**
 * Where the content starts after a telling verb's audience: after its "that" ("Okafor Tells Harbour
 * Gazette That Fares Will Rise"). Without one, title case hides where the audience ends ("Tells Reporters
 * Fares Will Rise"), so -1.
 */
function afterAudience(tokens: Token[], s: number, e: number): number {
  for (let k = s + 1; k < e && k <= s + MAX_SOURCE_WORDS; k++) if (tokens[k]!.normal === 'that') return k + 1;
  return -1;
}

/** tokens[s, e) are a kicker of headline_kickers: "Analysis", "The Latest". */
function listedKicker(tokens: Token[], s: number, e: number): boolean {
  return cueLexicon().headlineKickers.has(tokens.slice(s, e).map((t) => t.normal).join(' '));
}

/**
 * A headline verb of speech or thought reports a clause ("Board Says Ferry Fares Will Rise"), or "to" and a
 * verb after a verb of promising ("Okafor Vows to Keep Fares Low"); a noun after it is its object ("Star
 * Reveals Her Wedding Dress", "Okafor Hopes for the Best"), and a verb right after it makes it a noun
 * ("Pilot Fears Grow Over Fares"). Title case hides the tags, so the words are tagged again in lower case.
 */
function reportsClause(view: TokenView, cue: number, content: { start: number; end: number }): boolean {
  const text = view.doc.article.text;
  const tags = beforeColon(lowerCaseTags(text.slice(view.tokens[cue]!.end, content.end)));
  if (tags.length === 0 || isFiniteVerb(tags[0]!)) return false;
  const infinitive = cueLexicon().headlineInfinitiveVerbs.has(view.tokens[cue]!.normal);
  return tags.some((t, k) => isFiniteVerb(t) && (tags[k - 1]?.word !== 'to' || infinitive) && !nounReadVerb(tags, k));
}

/**
 * The tags before a colon: what follows it is another part of the headline, a quotation or a subtitle
 * ("Lee Announces Retirement in Letter: ‘It Is Time’"), whose verbs make no clause of the cue's object.
 */
function beforeColon(tags: { word: string; pos: string }[]): { word: string; pos: string }[] {
  const colon = tags.findIndex((t) => t.word === ':');
  // A colon right after the cue introduces its content ("Senator Says: Voters Want Change").
  if (colon === 0) return tags.slice(1);
  return colon < 0 ? tags : tags.slice(0, colon);
}

/**
 * A word tagged as a verb that a noun phrase holds, so heads no clause: right after a preposition
 * ("Denies Fraud at Collapsed Exchange", "Thinning Faster Than Expected"), or a base form that closes a
 * preposition's noun phrase ("Promises Free College in State of the State Address"), whose subject would
 * be that preposition's object. ("to" is the infinitive's, judged apart.)
 */
function nounReadVerb(tags: { word: string; pos: string }[], k: number): boolean {
  const before = tags[k - 1];
  if (!before) return false;
  if (before.pos === 'ADP' && before.word !== 'to') return true;
  if (tags[k]!.pos !== 'VERB' || /(?:[^s]s|ed)$/.test(tags[k]!.word) || before.pos !== 'NOUN') return false;
  const next = tags[k + 1];
  if (next && next.pos !== 'ADP' && next.pos !== 'PUNCT') return false;
  let j = k - 1;
  while (j >= 0 && /^(NOUN|PROPN|ADJ|DET|NUM|PRON)$/.test(tags[j]!.pos)) j--;
  if (j < 0 || tags[j]!.pos !== 'ADP' || tags[j]!.word === 'to') return false;
  // The noun phrase before that preposition opening the content may be the verb's subject
  // ("Police Say Driver of Truck Ran", "Says Members of Congress Lie"): a clause after all.
  let h = j - 1;
  while (h >= 0 && /^(NOUN|PROPN|ADJ|DET|NUM|PRON)$/.test(tags[h]!.pos)) h--;
  return h >= 0;
}

/** Whether tokens[s, e) hold a verb, read in lower case: "Okafor Named Harbour Chief". */
function holdsVerb(view: TokenView, s: number, e: number): boolean {
  return lowerCaseTags(view.doc.article.text.slice(view.tokens[s]!.start, view.tokens[e - 1]!.end)).some(isFiniteVerb);
}

/** A verb that can head a clause: "will", "rise", "rose"; not "rising" ("Warns of Rising Fares"). */
function isFiniteVerb(t: { word: string; pos: string }): boolean {
  return (t.pos === 'AUX' || t.pos === 'VERB') && !/ing$/.test(t.word);
}

/** The words of a few headline words and their tags, read in lower case. */
function lowerCaseTags(words: string): { word: string; pos: string }[] {
  const nlp = winkInstance();
  const tokens = nlp.readDoc(winkView(words.toLowerCase())).tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(nlp.its.pos) as string[];
  return values.map((word, k) => ({ word, pos: pos[k]! }));
}

/** Where the source before a headline verb ends, before adverbs of time or manner: "Okafor Now Says", "Board Quietly Backs". */
function withoutAdverbs(tokens: Token[], s: number, verb: number): number {
  let end = verb;
  while (end - 1 > s && cueLexicon().headlineAdverbs.has(tokens[end - 1]!.normal)) end--;
  return end;
}

/**
 * The verb at tokens[k] reports what follows it: not what was said about something ("What the Vote Says
 * About Harbour Towns"), nor a passive ("Ruiz Said to Back Toll Plan", "Plan Praised by Pilots"), whose
 * source is someone else, nor an infinitive ("Pilots Plan to Warn …"), whose source is its verb's subject.
 */
function reportsContent(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.normal;
  if (tokens[k - 1]?.normal === 'to') return false;
  return next !== 'about' && next !== 'by' && !(next === 'to' && isPastForm(tokens[k]!));
}

/** "Ferry Fares Will Rise, Harbour Board Warns": the content, a comma, then the source and its verb. */
function verbLast(view: TokenView, s: number, e: number): IndirectQuote | null {
  const tokens = view.tokens;
  let last = e - 1;
  while (last > s && tokens[last]!.pos === 'PUNCT' && !isQuoteMark(tokens[last]!)) last--;
  const verb = closingVerb(tokens, s, last);
  if (verb < 0) return null;
  let comma = verb - 1;
  while (comma > s && comma > verb - MAX_SOURCE_WORDS - 2 && tokens[comma]!.text !== ',') comma--;
  if (tokens[comma]!.text !== ',') return null;
  // A closing mark after the comma ends the content: "Pier Is ‘Beyond Repair,’ Harbour Board Finds"; a
  // quotation that is all of it stays no quote ("‘We Will Not Sell the Pier,’ Okafor Says").
  const from = afterClosingMarks(tokens, comma + 1, verb);
  const speaker = source(tokens, from, verb);
  const content = contentSpan(view, s, from);
  return speaker && content ? { ...content, frame: frameAtToken(tokens, verb, speaker) } : null;
}

/** The headline verb that closes a headline, or that tells its audience there: "…, Okafor Tells Harbour Pilots". -1 when none. */
function closingVerb(tokens: Token[], s: number, last: number): number {
  const verbs = cueLexicon().headlineVerbs;
  // A past form at the end is a passive's or a caption's: "Harbour to Close for Winter, Pilots Told".
  if (verbs.has(tokens[last]!.normal)) return isPastForm(tokens[last]!) ? -1 : last;
  for (let k = last - 1; k > s && k >= last - 3; k--) {
    if (!startsWithCapital(tokens[k + 1]!.text)) return -1;
    if (verbs.has(tokens[k]!.normal)) return cueLexicon().headlineAudienceVerbs.has(tokens[k]!.normal) ? k : -1;
  }
  return -1;
}

/** A verb's past form: "said", "warned" (headline_verbs keeps only "said" of them). */
function isPastForm(t: Token): boolean {
  return t.normal === 'said' || /ed$/.test(t.normal);
}

/** "Ruiz: Ferry Fares Must Rise Before Winter": a source labels what follows the colon. */
function colonLabel(view: TokenView, s: number, e: number): IndirectQuote | null {
  const tokens = view.tokens;
  const colon = labelEnd(tokens, s, e, false);
  if (colon < 0 || isKicker(tokens, s, colon)) return null;
  // A label with a verb is a headline of its own, and what follows the colon may report by its verb:
  // "Okafor Named Harbour Chief: Board Says Fares Will Rise".
  const named = labelSourceEnd(tokens, s, colon);
  if (named - s > 1 && holdsVerb(view, s, named)) return e - colon > 3 ? verbReport(view, colon + 1, e) : null;
  const speaker = labelSource(view, s, named);
  const content = contentSpan(view, colon + 1, e);
  return speaker && content ? { ...content, frame: frameAtToken(tokens, colon, speaker) } : null;
}

/**
 * The source a colon's label names, tokens[s, end): the part before a preposition ("Lee on Ferry Fares:",
 * "Lee to Council:"; see labelSourceEnd). Not a title ("The Quiet Harbour:", "A Week in Ports:"), nor two
 * named together ("Lee and Ruiz: A Long Rivalry"), which a label names as its topic.
 */
function labelSource(view: TokenView, s: number, end: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  if (/^(the|a|an)$/.test(tokens[s]!.normal)) return null;
  if (tokens.slice(s, end).some((t) => /^(and|&|or|,)$/.test(t.normal))) return null;
  if (end - s === 1) return oneWordSource(view, s);
  const phrase = source(tokens, s, end);
  if (!phrase || phrase.kind === 'outlet' || phrase.kind === 'anonymous') return phrase;
  return namedAgain(view, view.tokenAtOrAfter(phrase.start), view.tokenAtOrAfter(phrase.end)) ? phrase : null;
}

/** Where the source part of a label ends, before a preposition naming its topic or audience: "Lee to Council:". */
function labelSourceEnd(tokens: Token[], s: number, e: number): number {
  let end = s + 1;
  while (end < e && !cueLexicon().headlineLabelPrepositions.has(tokens[end]!.normal)) end++;
  return end;
}

/**
 * A label of several capitalised words names a source the article names again, or a person by a given
 * name ("Mayor Dana Okafor:"); a column's or a story's name ("Big Win for Okafor:", "Harbour Notes:") is
 * used once. Only the name's own words count, not a day before it ("Monday's Harbour Notes:").
 */
function namedAgain(view: TokenView, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = view.tokens[k]!;
    if (!startsWithCapital(t.text) || isRoleWord(t.normal)) continue;
    if (genderOfFirstName(t.text) !== 'unknown' || usedAgain(view, k)) return true;
  }
  return false;
}

/**
 * A label of one word is a source when it is a name the article uses again ("Okafor: …" and "Dana
 * Okafor said …"), or a word for a body or some evidence ("Newspaper: …", "Poll: …"); not an exclamation
 * ("Revealed: …", "BOOM: …").
 */
function oneWordSource(view: TokenView, k: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  const word = tokens[k]!;
  const described = description(tokens, k, k + 1);
  if (isEvidenceWord(word.normal) || personLike(described)) return described;
  const named = genderOfFirstName(word.text) !== 'unknown' || usedAgain(view, k);
  return named ? source(tokens, k, k + 1) : null;
}

/** Whether tokens[k]'s word comes again, as written, after the headline's line (not in the headline itself: "Harbour Notes: Harbour Fees Rise"). */
function usedAgain(view: TokenView, k: number): boolean {
  const text = view.doc.article.text;
  const lineEnd = text.indexOf('\n', view.tokens[k]!.end);
  return lineEnd >= 0 && wholeWordOffsets(text.slice(lineEnd), view.tokens[k]!.text).length > 0;
}

/** tokens[s, e) as a source: a name, a body, an outlet or a description of people, of a few words. */
function source(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  // (Not a question's or a title's opening: "Why Harbour Pilots Say …", "How the Board Thinks …".)
  if (e <= s || e - s > MAX_SOURCE_WORDS || CLAUSE_OPENERS.has(tokens[s]!.normal)) return null;
  if (tokens.slice(s, e).some((t, k) => t.pos === 'PUNCT' && t.text !== '.' && !hyphenInWord(tokens, s + k))) return null;
  const phrase = classify(tokens, s, e);
  if (!phrase || phrase.kind === 'pronoun' || !(personLike(phrase) || evidenceLike(phrase))) return null;
  return phrase;
}

/**
 * The headline's words from tokens[s] to before tokens[e], up to a semicolon (the next headline's),
 * without edge punctuation; null when there is too little, or when they are all inside quotation marks (a quotation in a headline is no quote).
 */
function contentSpan(view: TokenView, s: number, e: number): { start: number; end: number } | null {
  const tokens = view.tokens;
  if (e - s < 2) return null;
  let last = s;
  while (last + 1 < e && tokens[last + 1]!.text !== ';') last++;
  // A question asks, it reports nothing: "Ruiz: Mayor or Harbour Chief?"
  if (tokens[last]!.text === '?') return null;
  while (last >= s && tokens[last]!.pos === 'PUNCT' && !isQuoteMark(tokens[last]!)) last--;
  let first = s;
  while (first <= last && tokens[first]!.pos === 'PUNCT' && !isQuoteMark(tokens[first]!)) first++;
  if (last - first < 1 || wholeQuotation(tokens, first, last)) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** tokens[first..last] open with a quotation mark whose closing mark ends them: "‘We Will Not Sell the Pier.’" */
function wholeQuotation(tokens: Token[], first: number, last: number): boolean {
  if (!isQuoteMark(tokens[first]!)) return false;
  for (let k = first + 1; k <= last; k++) {
    if (!isQuoteMark(tokens[k]!) || /^\p{L}/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]!.start === tokens[k]!.end) continue;
    return tokens.slice(k + 1, last + 1).every((t) => t.pos === 'PUNCT');
  }
  return false;
}
