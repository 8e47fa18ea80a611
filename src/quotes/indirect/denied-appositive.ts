import type { IndirectQuote } from './report-sentence.js';
import { cueLexicon } from '../../lexicon/cues.js';
import { echoedClaimVerbs } from '../../lexicon/echoed-claims.js';
import { deniedClaims } from '../../lexicon/denied-claims.js';

let pattern: RegExp | undefined;

/**
 * ", a claim (that) the whip denied." / ", an accusation his lawyers have always rejected." closing the sentence (or "— a point the chief repeated.", data/echoed-claims.json),
 * maybe with a time after the verb (", a claim the union denied on Tuesday.") or closing only the first report
 * before the reporter's next cue (", a claim rights groups have denied, and added that …").
 */
function appositive(): RegExp {
  if (!pattern) {
    const raw = deniedClaims();
    const nouns = [...cueLexicon().reportNouns, ...raw.piece_nouns];
    // (Up to eight words between the noun and the verb: the denier, an apposition, auxiliaries, adverbs.)
    // (… or a dash before it, and a verb taking the words up rather than denying them: "— a point its chief executive repeated".)
    const verbs = [...raw.verbs, ...echoedClaimVerbs()];
    pattern = new RegExp(`(?:,|\\s(?:[—–]|--))\\s+an?\\s+(?:${nouns.join('|')})\\s+(?:(?:that|which)\\s+)?(?:[^\\s.;!?]+\\s+){1,8}?(${verbs.join('|')})(?=(?:\\s+(?:${raw.afterVerb.join('|')}))?(?:\\s*[.!?]?[”"]?\\s*$|,\\s+(?:${raw.continuations.join('|')})\\b))`, 'i');
  }
  return pattern;
}

/**
 * "The Gazette reported that A, a claim the leader denied.": the appositive names the report and its denial.
 * The report ends before the comma, and the denial reports nothing said (no content follows its verb).
 * "X denied the claim that …" has no such comma and stays.
 */
export function withoutDeniedAppositive(reports: IndirectQuote[], text: string, sentenceEnd: (offset: number) => number): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (const q of reports) {
    const end = sentenceEnd(q.start);
    // ("the pair had argued over a deal, a claim both camps denied": content that is the appositive itself,
    // read after a cue's adverbial and its comma, is no words said.)
    const lead = /,\s*$/.exec(text.slice(Math.max(0, q.start - 3), q.start));
    if (lead && appositive().exec(text.slice(q.start - lead[0].length, end))?.index === 0) continue;
    const tail = appositive().exec(text.slice(q.start, end));
    if (!tail) { out.push(q); continue; }
    const comma = q.start + tail.index;
    const verbAt = q.start + tail.index + tail[0].length - tail[1]!.length;
    // The denial as a report: its cue is the appositive's verb.
    if (q.frame.cueStart === verbAt || (q.frame.cueStart > comma && q.frame.cueStart < end)) continue;
    if (q.end > comma) out.push({ ...q, end: comma });
    else out.push(q);
  }
  return out;
}

/**
 * "Nowak said the result was “a victory bought with foreign money,” an accusation the coalition dismissed.": the
 * appositive right after words quoted mid-sentence (its comma inside or outside the closing mark) names them and
 * their denial; its verb is no cue of theirs. The verb's text offset, or -1. `after` is the text from the closing
 * mark to the sentence's end, starting at offset `at`.
 */
export function deniedAppositiveVerbAfterQuote(quoted: string, after: string, at: number): number {
  const commaInside = /,\s*$/.test(quoted);
  const tail = appositive().exec(commaInside ? ',' + after : after);
  // ("it “deeply regrets” the outage — a point …": the quoted words' own clause may run on a few words, no
  // punctuation, before the appositive that names it.)
  if (!tail || (tail.index !== 0 && (commaInside || !/^[^,;:.!?“”"—–-]*$/.test(after.slice(0, tail.index))))) return -1;
  return at + tail.index + tail[0].length - tail[1]!.length - (commaInside ? 1 : 0);
}
