// Chants of unnamed fans ("about 2,000 fans chanted “…”"), which no gold set keeps; a named group's chant stays.
import type { Paragraph } from '../types.js';
import type { Attribution } from './attribution.js';
import { winkInstance } from '../nlp/analyze.js';

/** Words before "fans" that do not name the fans' team or group. */
const UNNAMING_BEFORE_FANS = /^(?:the|some|about|around|nearly|many|most|several|thousands|hundreds|dozens|home|away|their|his|her|its|of|more|than|over|as|and|while|when|[\d,]+)$/i;

/** A chant whose chanters are just "fans", maybe counted: "about 2,000 fans chanted", not "Lions fans chanted". */
export function unnamedFansChant(text: string, attribution: Attribution | null, paragraph: Paragraph): boolean {
  if (!attribution || !/^chant/i.test(attribution.frame.cue) || attribution.person) return false;
  const from = Math.max(paragraph.start, attribution.frame.cueStart - 40);
  const before = text.slice(from, attribution.frame.cueStart);
  const m = /(?:^|[\s,;—–(])(?:(\S+)\s+)?fans\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/iu.exec(before);
  if (!m) return false;
  if (!m[1] || !/^\p{Lu}/u.test(m[1]) || UNNAMING_BEFORE_FANS.test(m[1])) return true;
  // A capital only because the sentence opens with it: "Angry fans chanted" describes the fans, as "angry
  // fans" would; "Lions fans chanted" names them.
  const ahead = text.slice(paragraph.start, from + m.index + m[0].indexOf(m[1]));
  return /(?:^|[.!?]["”’)]?\s)\s*$/.test(ahead) && describingWord(m[1].toLowerCase());
}

/** A word the tagger reads, before "fans", as describing them: an adjective ("angry", "local") or a participle ("travelling"). */
function describingWord(word: string): boolean {
  const nlp = winkInstance();
  const first = nlp.readDoc(`${word} fans chanted.`).tokens().itemAt(0);
  const pos = first.out(nlp.its.pos) as string;
  return pos === 'ADJ' || (pos === 'VERB' && /ing$/.test(word));
}
