import type { Token } from '../types.js';
import { lookupOutlet } from '../lexicon/outlets.js';
import { isParticle } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';
import { outletAfterLead, outletNear, ownerOfNoun, type Frame, type TokenView } from './frame.js';
import { cueLexicon } from '../lexicon/cues.js';
import { classify, hyphenInWord, personLike, sourceText } from './speaker.js';

/** Role words that may stand before the name of a dash line: "— director Ana Ruiz, …" (at most this many). */
const MAX_ROLE_WORDS = 2;
/** The longest name after a dash, in tokens (a hyphenated surname takes three). */
const MAX_NAME_TOKENS = 8;
/** How far the tail of a dash line is read: "— X, on the final of “…,” to Sky Sports". */
const MAX_TAIL_TOKENS = 40;

/**
 * "“…” — Maria Lopez": a dash right after the closing mark, then the speaker's name, maybe after a role
 * ("— director Ana Ruiz-Vega"), and a tail that may name the outlet the words were given to ("— Ana Ruiz,
 * on the pier, in an interview with The Boston Globe", "…, to NPR", "…, in the same BBC interview").
 */
export function dashFrame(view: TokenView, from: number, hi: number): Frame | null {
  return dashLine(view, from, hi)?.frame ?? null;
}

/**
 * The topics a dash line names after its speaker, as [start, end) text offsets: its phrases opening with
 * "on" ("— X, on the BBC's decision to cut the show", "…, on the final of “Dune,” to NPR"). They say what
 * the words were about: a title quoted there is no quote, and a cue there reports nothing.
 * Empty when tokens[dash] opens no dash line.
 */
export function dashTopics(view: TokenView, dash: number): [number, number][] {
  const tokens = view.tokens;
  const line = dashLine(view, dash, lineEnd(view, dash + 1));
  if (!line) return [];
  return phrasesOf(tokens, line.nameEnd, lineEnd(view, line.nameEnd))
    .filter(([s]) => tokens[s]!.normal === 'on')
    .map(([s, e]) => [tokens[s]!.start, tokens[e - 1]!.end]);
}

/** The frame of the dash line at tokens[from] and the token after its speaker's name, or null. */
function dashLine(view: TokenView, from: number, hi: number): { frame: Frame; nameEnd: number } | null {
  const tokens = view.tokens;
  const dash = tokens[from];
  if (!dash || !/^(?:[—–―-]|--)$/.test(dash.text) || from + 1 >= hi) return null;
  const text = view.doc.article.text;
  const how = howDescribed(view, from, hi);
  if (how) return how;
  const sameLine = (k: number) => k === from + 1 || !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
  let e = from + 1;
  // (classify keeps the role words as the speaker's role.)
  while (e < hi && e < from + 1 + MAX_ROLE_WORDS && /^\p{Ll}/u.test(tokens[e]!.text) && isRoleWord(tokens[e]!.normal)) e++;
  const nameFrom = e;
  // The name ends at a line break ("” ― Ana Ruiz\n“Next quote …”").
  const nameWord = (k: number) => /^\p{Lu}/u.test(tokens[k]!.text) || /^(de|van|von|da|di|le|la)$/.test(tokens[k]!.text) || (isParticle(tokens[k]!.text) && k > nameFrom);
  while (e < hi && e < nameFrom + MAX_NAME_TOKENS && sameLine(e) && (nameWord(e) || (e > nameFrom && hyphenInWord(tokens, e) && e + 1 < hi && /^\p{Lu}/u.test(tokens[e + 1]!.text)))) e++;
  let speaker;
  if (e === nameFrom) {
    // "— the same caterer, who …": a description in small letters up to its comma or the line's end.
    if (nameFrom > from + 1) return null;
    e = descriptionAfterDash(view, from, hi);
    speaker = e > from + 1 ? classify(tokens, from + 1, e) : null;
    if (!speaker || speaker.kind !== 'anonymous' || !personLike(speaker)) return null;
  } else {
    speaker = classify(tokens, from + 1, e);
    if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'outlet' && speaker.kind !== 'organization')) return null;
  }
  // The phrase reader decides, so that an outlet in the topic or a relative clause ("— X, on CNN's
  // coverage", "— X, who spoke to NPR last year, in an interview with …") is not the one given the words.
  const outlet = tailOutlet(view, e);
  return { frame: { cueStart: dash.start, cueEnd: dash.end, cue: dash.text, cueToken: from, speaker, outlet, according: false }, nameEnd: e };
}

/**
 * Where a noun phrase in small letters after the dash at tokens[dash] ends ("— the same caterer, who …",
 * "— a driver for the team\n"): at a comma, a line break or `hi`, with only noun-phrase words before it.
 * The dash itself when the words are anything else ("— a line he repeated often").
 */
function descriptionAfterDash(view: TokenView, dash: number, hi: number): number {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  if (!/^(DET|ADJ|NOUN)$/.test(tokens[dash + 1]?.pos ?? '') || /^\p{Lu}/u.test(tokens[dash + 1]!.text)) return dash;
  let e = dash + 1;
  while (e < hi && e < dash + 9 && /^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(tokens[e]!.pos) && !text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes('\n')) e++;
  const ends = e >= hi || tokens[e]!.text === ',' || text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes('\n');
  return ends && tokens[e - 1]!.pos !== 'ADP' ? e : dash;
}

/** The outlet the tail of a dash line names, read to the end of its line (see outletOfAttributionPhrases). */
function tailOutlet(view: TokenView, from: number): string | null {
  return outletOfAttributionPhrases(view.tokens, from, lineEnd(view, from));
}

/** The token that ends the line tokens[from] is on (a line break before it), read at most MAX_TAIL_TOKENS on. */
function lineEnd(view: TokenView, from: number): number {
  const tokens = view.tokens;
  const text = view.doc.article.text;
  let end = from;
  while (end < tokens.length && end < from + MAX_TAIL_TOKENS && (end === from || !text.slice(tokens[end - 1]!.end, tokens[end]!.start).includes('\n'))) end++;
  return end;
}

/**
 * The outlet named by the phrases that follow a speaker's name in an attribution without a verb (commas
 * outside quotation marks part them): "— X, on the pier, in an interview with The Boston Globe",
 * "…, speaking to Deadline", "…, in the same BBC interview", "from X, 64, in an interview with The
 * Guardian: “…”". A phrase opening with "on" is the topic ("on the final of “…”"), and a relative
 * clause ("who asked not to be named") describes the speaker: neither is read.
 */
export function outletOfAttributionPhrases(tokens: Token[], from: number, end: number): string | null {
  for (const [s, e] of phrasesOf(tokens, from, end)) {
    const lead = tokens[s]!.normal;
    if (lead === 'on') {
      const medium = mediumAfterOn(tokens, s, e);
      if (medium) return medium;
      continue;
    }
    // "whose interview with Variety ran Sunday": the relative clause names the interview itself.
    if (lead === 'whose' && cueLexicon().interviewVerbs.has(tokens[s + 1]?.normal ?? '')) {
      const outlet = outletNear(tokens, s, e);
      if (outlet) return outlet;
    }
    if (/^(on|who|whom|whose|which|that)$/.test(lead)) continue;
    const outlet = outletNear(tokens, s, e) ?? outletOfInterview(tokens, s, e);
    if (outlet) return outlet;
  }
  return null;
}

/**
 * "on CNN", "on CNN last night", "on NPR's “Fresh Air”": an "on" phrase opening with an outlet names where
 * the words were given; "on CNN's coverage of …", "on the BBC's decision …" (the outlet owning a common
 * noun) or "on the final of …" is a topic.
 */
function mediumAfterOn(tokens: Token[], on: number, end: number): string | null {
  return ownerOfNoun(tokens, on, end) ? null : outletAfterLead(tokens, on, end);
}

/**
 * The phrases of tokens[from, end) between commas, as [start, end) pairs. A comma inside a title's
 * quotation marks parts them too: American style puts the title's closing comma there ("on “Dune,” to NPR").
 */
function phrasesOf(tokens: Token[], from: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let k = from; k <= end; k++) {
    if (k === end || tokens[k]!.text === ',') {
      if (k > start) out.push([start, k]);
      start = k + 1;
    }
  }
  return out;
}

/**
 * "in the same BBC interview", "in a CNN interview": an outlet named as the interview's modifier, after
 * "in" and a determiner (and "same"), right before the word "interview".
 */
export function outletOfInterview(tokens: Token[], lo: number, hi: number): string | null {
  for (let i = lo; i < hi; i++) {
    if (tokens[i]!.normal !== 'in' || !/^(a|an|the|that|this)$/.test(tokens[i + 1]?.normal ?? '')) continue;
    const s = tokens[i + 2]?.normal === 'same' ? i + 3 : i + 2;
    let e = s;
    while (e < hi && /^[\p{Lu}\d&]/u.test(tokens[e]!.text)) e++;
    if (e === s || tokens[e]?.normal !== 'interview') continue;
    const name = sourceText(tokens, s, e);
    if (lookupOutlet(name)) return name;
  }
  return null;
}

/**
 * "“…” — that was how Ana Ruiz described the plan to the Tribune": the name after "that/this was how" said
 * the quotation, its verb is the cue and an outlet after "to" heard it.
 */
function howDescribed(view: TokenView, from: number, hi: number): { frame: Frame; nameEnd: number } | null {
  const tokens = view.tokens;
  if (!(/^(that|this)$/.test(tokens[from + 1]?.normal ?? '') && /^(was|is|’s|'s)$/.test(tokens[from + 2]?.normal ?? '') && tokens[from + 3]?.normal === 'how')) return null;
  let e = from + 4;
  while (e < hi && e < from + 4 + MAX_NAME_TOKENS && /^\p{Lu}/u.test(tokens[e]!.text)) e++;
  const speaker = e > from + 4 ? classify(tokens, from + 4, e) : null;
  const verb = tokens[e];
  if (!speaker || speaker.kind !== 'person' || !verb || verb.pos !== 'VERB') return null;
  let to = e + 1;
  while (to < hi && tokens[to]!.normal !== 'to' && !/^[.;]$/.test(tokens[to]!.text)) to++;
  const outlet = to < hi && tokens[to]!.normal === 'to' ? outletAfterLead(tokens, to, hi) : null;
  return { frame: { cueStart: verb.start, cueEnd: verb.end, cue: verb.text, cueToken: e, speaker, outlet, according: false }, nameEnd: e };
}
