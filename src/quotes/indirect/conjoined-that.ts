import type { IndirectQuote } from './report-sentence.js';
import { enclosingReports } from './enclosing-reports.js';

/**
 * "Cho said the production would announce a tour, and that an album would follow": a that-clause joined by
 * "and" to a report's content is more of what that report's speaker said. A report of it framed by a cue
 * inside the first clause ("announce", its subject "the production") takes the outer report's frame.
 * "The paper reported that Ruiz had pushed for the film to win, and that the prize went elsewhere": a report
 * framed inside the first clause whose content is no clause of its own ("pushed for … to win, and that …",
 * "doses pledged by donors …, and that …") runs across the second "that"; that "and that" answers the outer report's "that", so the report is the
 * clause after it, in the outer report's frame.
 * The two are then two reports of the same frame; the outer one ends before "(, ) and that" rather than running
 * over the second as well, so the spans do not overlap ("said that A and that B" with a cue inside A: two reports,
 * as the later gold sets annotate it). When the cue inside A is the speaker's own ("said he had been joking and
 * that B", "said she would announce X, and that B"), A and B are one statement of one person: one span, as the
 * gold sets have it, and the clause inside it is dropped.
 */
export function withConjoinedThatSpeaker(reports: IndirectQuote[], text: string): IndirectQuote[] {
  const enclosed = enclosingReports(reports);
  const reframed = reports.map((inner) => {
    // (The find only when some report starts before the inner one, its speaker and its cue and ends at or after it.)
    const outer = enclosed(Math.min(inner.start, inner.frame.cueStart, inner.frame.speaker.start + 1), false, inner.end) && reports.find((o) => o !== inner && o.start < inner.start && o.end >= inner.end && inner.frame.speaker.start >= o.start && inner.frame.cueStart > o.start);
    if (!outer) return { quote: nextToReport(inner, reports, text) ?? inner };
    if (CONJOINED_THAT_BEFORE.test(text.slice(Math.max(0, inner.start - 14), inner.start))) return { quote: { ...inner, frame: outer.frame }, outer };
    const second = crossedConjoinedThat(inner, outer, text);
    if (second !== null) return { quote: { ...inner, start: second, frame: outer.frame }, outer };
    // "The board said a court had found that A, and that it would comply": the inner report keeps A, the clause
    // after ", and that" is the outer speaker's.
    const bare = bareOuterSecondClause(inner, outer, text);
    return bare === null ? { quote: inner } : { quote: { ...inner, start: bare.start, frame: outer.frame }, outer, kept: { ...inner, end: bare.innerEnd } };
  });
  // Where each outer report now ends: before the conjunction that opens its second clause.
  const ends = new Map<IndirectQuote, number>();
  const dropped = new Set<number>();
  reframed.forEach(({ quote, outer }, i) => {
    if (!outer) return;
    if (speakersOwnCue(reports[i]!) || DEMONSTRATIVE_THAT.test(text.slice(quote.start))) { dropped.add(i); return; }
    const cut = outer.start + text.slice(outer.start, quote.start).replace(CONJOINED_THAT_BEFORE, '').length;
    if (cut > outer.start) ends.set(outer, Math.min(ends.get(outer) ?? outer.end, cut));
  });
  return reframed.flatMap(({ quote, kept }, i) => {
    if (dropped.has(i)) return [];
    const end = ends.get(reports[i]!);
    return [...(kept ? [kept] : []), end === undefined ? quote : { ...quote, end }];
  });
}

/**
 * "The nurse said one error had been caught, and that managers had asked staff to …": a report right before
 * ", and that" whose content ended there, and a second report whose subject the speaker stage took as
 * "that managers". "that" is no part of a speaker: it opens a second clause of the first report, so the clause
 * after it is that report's speaker's, with its frame. (Not a demonstrative: "…, and that panel found …".)
 */
function nextToReport(inner: IndirectQuote, reports: IndirectQuote[], text: string): IndirectQuote | null {
  const mention = /^that\s+/i.exec(text.slice(inner.frame.speaker.start, inner.frame.speaker.end));
  if (!mention || DEMONSTRATIVE_SUBJECT.test(text.slice(inner.frame.speaker.start + mention[0].length))) return null;
  const prev = reports.find((o) => o !== inner && o.end <= inner.frame.speaker.start && /^[,\s]*(?:and|but)\s+$/.test(text.slice(o.end, inner.frame.speaker.start)));
  if (!prev) return null;
  return { ...inner, start: inner.frame.speaker.start + mention[0].length, frame: prev.frame };
}

/** A singular common noun after "that", which then points back ("that panel", "that report") rather than opening a clause. */
const DEMONSTRATIVE_SUBJECT = /^(?!(?:it|he|she|they|we|i|you|there|this|one|no|none|the|a|an|his|her|their|its|our|some|many|most|all)\s)(?![a-z]+s\s)[a-z]+\s/;

/**
 * "found in the park and that location is being …", "and that building is being cleared": "that" before a singular
 * common noun and its verb is a demonstrative, the subject of A's own second clause, so there
 * is one report (PolNeAR has it so). Pronouns, "no one" and quantifiers open a that-clause ("and that it had …", "and
 * that neither could …", "and that nobody had …"), and so does a plural ("and that teachers would …"): "that" is no
 * determiner of it. Shared with second-that-clauses.ts.
 */
export const DEMONSTRATIVE_THAT = /^(?!(?:it|he|she|they|we|i|you|there|this|one|no|none|neither|either|nobody|nothing|everyone|everybody|everything|someone|somebody|something|anyone|anybody|anything|each|both|all|few|many|most|several|some|any|such)\s)(?![a-z]+s\s)[a-z]+\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must)\b/;

/** The inner report's own cue has a third-person pronoun subject, the outer speaker speaking of themselves. */
function speakersOwnCue(inner: IndirectQuote): boolean {
  return inner.frame.speaker.kind === 'pronoun' && /^(he|she|they)$/i.test(inner.frame.speaker.text);
}

const CONJOINED_THAT_BEFORE = /,?\s*\b(?:and|but)\s+that\s+$/;
const CONJOINED_THAT = /(?:^|,\s*)(?:and|but)\s+that\s+/g;

/** Where the clause after "(, ) and that" inside `inner` starts, when that "that" pairs with the outer report's own "that". */
function crossedConjoinedThat(inner: IndirectQuote, outer: IndirectQuote, text: string): number | null {
  // Only the outer content opened by "that" has a "that" to pair with; an inner content opened by its own "that" would claim it.
  if (!/\bthat\s+$/.test(text.slice(Math.max(0, outer.start - 6), outer.start))) return null;
  if (/\bthat\s+$/.test(text.slice(Math.max(0, inner.start - 6), inner.start))) return null;
  const content = text.slice(inner.start, inner.end);
  CONJOINED_THAT.lastIndex = 0;
  const m = CONJOINED_THAT.exec(content);
  // A clause of the inner speaker's own before it ("warned the board the plan would fail, and that …") may carry
  // the second clause too; only an empty or infinitive lead-in ("to win, and that …") is no content of its own.
  if (!m || (m.index > 0 && !/^to\s/.test(content))) return null;
  const start = inner.start + m.index + m[0].length;
  return start < inner.end ? start : null;
}

/**
 * "The board said a district court had found that the bells were too loud, and that it would comply": when the outer
 * report's content opens bare (no "that" of its own) and the inner cue's opens with "that", a second "that" after a
 * comma and "and" answers the outer cue, whose own "that" was left out: the clause after it is the outer
 * speaker's, and the inner report ends before the comma. Without the comma ("found that A and that B") both
 * clauses stay the inner cue's, as a list of what was found.
 */
function bareOuterSecondClause(inner: IndirectQuote, outer: IndirectQuote, text: string): { start: number; innerEnd: number } | null {
  if (/\bthat\s+$/.test(text.slice(Math.max(0, outer.start - 6), outer.start))) return null;
  if (!/\bthat\s+$/.test(text.slice(Math.max(0, inner.start - 6), inner.start))) return null;
  const m = COMMA_AND_THAT.exec(text.slice(inner.start, inner.end));
  if (!m || m.index === 0) return null;
  const start = inner.start + m.index + m[0].length;
  return start < inner.end ? { start, innerEnd: inner.start + m.index } : null;
}

const COMMA_AND_THAT = /,\s*and\s+that\s+/;
