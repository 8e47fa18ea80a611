/**
 * A campaign's or a civic group's own name, which carries no body noun of the usual kind or hides it after a verb:
 * "Friends of Market Square", "Residents Against the Incinerator", "Parents for Safe Streets", "the Stop the Bypass
 * Campaign". The whole run is one organisation speaking, not an unnamed friend, a person called "Market Square" or a
 * "Bypass Campaign". Only capitalised words and the small words such names hold; a plural of people opens the
 * second shape ("Residents", "Parents"), a call to act from data/civic-body-names.json the third, ending on its head.
 */
import type { Token } from '../types.js';
import { startsWithCapital } from '../text/boundaries.js';
import { isPluralPeopleNoun } from '../lexicon/cues.js';
import { isGivenNameToken } from '../nlp/names.js';
import { isRoleWord } from '../nlp/words.js';
import { isCampaignHead, isCampaignOpener } from '../lexicon/civic-body-names.js';
import { sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/** Small words inside such a name: "Stop the Bypass", "Save Our Rivers", "Friends of the Old Mill". */
const JOINERS: ReadonlySet<string> = new Set(['the', 'of', 'for', 'and', '&', 'our', 'to', 'against', 'on']);

/** The most words such a name runs to ("Residents Against the North Quay Waste Incinerator" is eight). */
const MAX_NAME_WORDS = 9;

const capitalWord = (t: Token | undefined) => !!t && t.type === 'word' && startsWithCapital(t.text);

/** The organisation named by tokens[s, e) (maybe after "the"), or null when the run has none of the shapes. */
export function civicBodyName(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  const from = tokens[s]?.normal === 'the' ? s + 1 : s;
  if (e - from < 3 || e - from > MAX_NAME_WORDS || !capitalWord(tokens[from]) || !capitalWord(tokens[e - 1])) return null;
  for (let k = from; k < e; k++) if (!capitalWord(tokens[k]) && !JOINERS.has(tokens[k]!.normal)) return null;
  // ("Friends of Dana Ruiz said": a person's friends, no group; a given name before a capitalised word is a person's.)
  for (let k = from + 1; k < e - 1; k++) if (isGivenNameToken(tokens[k]!) && capitalWord(tokens[k + 1])) return null;
  const first = tokens[from]!;
  const second = tokens[from + 1]!.normal;
  const friends = first.text === 'Friends' && second === 'of';
  // ("Attorneys for Clinton", "Executives for Mondelez": people working for one named, no group; a cause after
  // "for" is of two words or more, "Citizens for Open Government", and its people hold no office.)
  const forCause = second === 'for' && e - from >= 4 && !isRoleWord(first.normal.replace(/s$/, ''));
  const people = isPluralPeopleNoun(first.normal) && (second === 'against' || forCause);
  const campaign = isCampaignOpener(first.text) && isCampaignHead(tokens[e - 1]!.normal);
  if (!friends && !people && !campaign) return null;
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text: sourceText(tokens, s, e), kind: 'organization', name: sourceText(tokens, from, e), role: null, title: null };
}

/**
 * Where such a name ending at tokens[end] starts (at its "the", if any), at or after lo; -1 when none does. The
 * phrase reader stops at "Against" or at a verb ("Stop"), so it asks here how far the name runs back.
 */
export function civicBodyStart(tokens: Token[], end: number, lo: number): number {
  if (!capitalWord(tokens[end])) return -1;
  let found = -1;
  for (let k = end - 1; k >= lo && k > end - MAX_NAME_WORDS; k--) {
    if (!capitalWord(tokens[k]) && !JOINERS.has(tokens[k]!.normal)) break;
    if (civicBodyName(tokens, k, end + 1)) found = k;
  }
  return found - 1 >= lo && tokens[found - 1]!.normal === 'the' ? found - 1 : found;
}

/**
 * Where such a name starting at tokens[start] (maybe at its "the") ends, before hi: the end of the longest one,
 * or -1. After the cue the phrase reader stops at "for" or "Against" ("…,” said Parents for Safe Streets).
 */
export function civicBodyEnd(tokens: Token[], start: number, hi: number): number {
  let found = -1;
  const from = tokens[start]?.normal === 'the' ? start + 1 : start;
  for (let k = from; k < hi && k < from + MAX_NAME_WORDS; k++) {
    if (!capitalWord(tokens[k]) && !JOINERS.has(tokens[k]!.normal)) break;
    // (The name ends where its capitalised run does: "Friends of Dana Ruiz" is no "Friends of Dana".)
    if (!capitalWord(tokens[k + 1]) && civicBodyName(tokens, start, k + 1)) found = k + 1;
  }
  return found;
}
