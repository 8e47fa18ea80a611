import type { Token } from '../../types.js';
import { isOutletNoun, type Frame } from '../frame.js';
import { lookupOutlet } from '../../lexicon/outlets.js';

const POSSESSIVE = /^['’]s$/;

/**
 * Past the outlet a "tell" cue names as its hearer: "told Rolling Stone that …" reports from after
 * "that", whatever the tagger makes of the name's words ("Rolling" read as a verb kept the name in the
 * content). The frame already holds the outlet as written; when the tokens at `from` spell it, the
 * content search starts after them. Returns `from` unchanged otherwise.
 */
export function pastHearerOutlet(tokens: Token[], frame: Frame, from: number, last: number): number {
  const outlet = frame.outlet?.replace(/\s+/g, '');
  if (!outlet) return from;
  // ("told the BBC …": an article before a name that does not hold it.)
  const start = tokens[from]?.normal === 'the' && !/^the/i.test(outlet) ? from + 1 : from;
  // (… or a kind of outlet before it, maybe after a city: "told Sydney radio station 2GB the party …".)
  for (let opening = start; opening <= Math.min(last, start + 3); opening++) {
    let spelled = '';
    for (let k = opening; k <= last && spelled.length < outlet.length; k++) {
      spelled += tokens[k]!.text;
      if (spelled === outlet) return k + 1;
    }
    // (… or its owner's possessive: "told CTV's Power Play that …", a programme named after its network.)
    if (!isOutletNoun(tokens[opening]!.normal) && !/^\p{Ll}/u.test(tokens[opening]!.text) && !POSSESSIVE.test(tokens[opening]!.text) && opening > start) break;
  }
  return from;
}

/**
 * "A rep confirmed the split to People on Monday": a short noun phrase, then "to" and the frame's outlet.
 * The thing confirmed was handed to the outlet; no clause is reported (the outlet is the hearer, and the
 * words that follow, "saying …", are a report of their own).
 */
export function objectGivenToOutlet(tokens: Token[], frame: Frame, from: number, last: number): boolean {
  const outlet = frame.outlet?.replace(/\s+/g, '');
  if (!outlet) return false;
  for (let k = from + 1; k <= last && k < from + 6; k++) {
    if (tokens[k - 1]!.pos === 'VERB' || tokens[k - 1]!.pos === 'AUX') return false;
    if (tokens[k]!.normal !== 'to') continue;
    const name = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
    return pastHearerOutlet(tokens, frame, name, last) > name;
  }
  return false;
}

/**
 * "what former staff described to the Ledger as months of …": the cue's object stands before it (a relative
 * "what"), and "to" names a known outlet as the hearer, then "as" the description given to it — the content
 * starts after "as" and ran in that outlet. Null when tokens[from] opens no such "to OUTLET as".
 */
export function describedToOutletAs(text: string, tokens: Token[], from: number, last: number): { outlet: string; from: number } | null {
  if (tokens[from]?.normal !== 'to') return null;
  const name = tokens[from + 1]?.normal === 'the' ? from + 2 : from + 1;
  for (let k = name; k <= last && k < name + 6 && /^\p{Lu}/u.test(tokens[k]!.text); k++) {
    if (tokens[k + 1]?.normal !== 'as' || k + 2 > last) continue;
    const written = text.slice(tokens[name]!.start, tokens[k]!.end);
    return lookupOutlet(written) ? { outlet: written, from: k + 2 } : null;
  }
  return null;
}

/**
 * The known outlet a tell-like cue names as its hearer right after it: "warned the Guardian that …",
 * "assured CNN that …" (a capitalised run, maybe after "the", then "that"). The outlet as written, or null.
 * (A "warn"/"assure" cue's hearer is the medium its words went to, as a "tell" cue's is.)
 */
export function hearerOutletAfterCue(text: string, tokens: Token[], cue: number, last: number): string | null {
  const name = tokens[cue + 1]?.normal === 'the' ? cue + 2 : cue + 1;
  for (let k = name; k <= last && k < name + 5 && /^\p{Lu}/u.test(tokens[k]!.text); k++) {
    if (tokens[k + 1]?.normal !== 'that') continue;
    const written = text.slice(tokens[name]!.start, tokens[k]!.end);
    return lookupOutlet(written) ? written : null;
  }
  return null;
}

/**
 * "told Sky Sports, which is showing the race, that …", "told reporters, who had waited for hours, that …":
 * a relative clause set off by commas on a tell-like cue's hearer; the report is the that-clause after it,
 * not the relative clause. The hearer runs from `from` (a short noun phrase, the outlet's name). Null when
 * tokens[from] opens no such hearer.
 */
export function thatAfterHearerRelative(tokens: Token[], from: number, last: number): [number, number] | null {
  let comma = from;
  while (comma <= last && comma < from + 5 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[comma]!.pos)) comma++;
  if (comma === from || tokens[comma]?.text !== ',' || !/^(who|which|whom|whose)$/.test(tokens[comma + 1]?.normal ?? '')) return null;
  for (let k = comma + 2; k <= last && k < comma + 25; k++) {
    if (tokens[k]!.text !== ',') continue;
    return tokens[k + 1]?.normal === 'that' && k + 2 <= last ? [k + 2, last] : null;
  }
  return null;
}

/**
 * "asked her guest, former Ferro Bank director Ian Cole, whether …", "told his coach, Ana Ruiz, that …": a
 * tell-like cue's hearer, a short noun phrase with a name or description set off by commas after it; the
 * report is the clause after the second comma (from "whether"/"if", which PolNeAR keeps in an indirect
 * question, or after "that"), not the hearer. Null when tokens[from] opens no such hearer.
 */
export function clauseAfterHearerApposition(tokens: Token[], from: number, last: number): [number, number] | null {
  let comma = from;
  while (comma <= last && comma < from + 4 && /^(DET|PRON|ADJ|NOUN|PROPN)$/.test(tokens[comma]!.pos)) comma++;
  if (comma === from || tokens[comma]?.text !== ',') return null;
  // (The apposition names or describes the hearer: no verb in it, so "told her aide, who had left, …" is not one.)
  for (let k = comma + 1; k <= last && k < comma + 14; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      if (k === comma + 1) return null;
      const next = tokens[k + 1]?.normal;
      if ((next === 'whether' || next === 'if') && k + 1 <= last) return [k + 1, last];
      return next === 'that' && k + 2 <= last ? [k + 2, last] : null;
    }
    if (/^(VERB|AUX|SCONJ)$/.test(t.pos) || /^(who|which|whom|whose)$/.test(t.normal)) return null;
  }
  return null;
}
