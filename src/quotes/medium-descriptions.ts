import type { Token } from '../types.js';
import { isCollectiveMediaNoun } from '../lexicon/collective-media-nouns.js';
import { isOutletKindWord, jobKindWordIsMedium, lookupOutlet } from '../lexicon/outlets.js';
import { cueLexicon } from '../lexicon/cues.js';
import { sourceText, type SpeakerPhrase } from './speaker-phrase.js';

/** Most words describing the medium between "the" and its kind word: "the state-run Chinese broadcaster". */
const MAX_MODIFIERS = 2;

/**
 * "The state broadcaster reported …", "State media said …", "the national newspaper reported …": a news medium
 * described by its kind and named by no name, as a speaker, is an outlet, not a person (whose pronouns it would take
 * over). "the" (or nothing), up to two modifiers in small letters or a nationality, then a kind word (outlets.json
 * kindWords) or a noun for media together ("media", "television"), right after a word making it a medium ("state",
 * "public", "Irish": not "the veteran broadcaster", a person's job).
 * The phrase is tokens[s..e); null for any other.
 */
export function describedMedium(tokens: Token[], s: number, e: number): SpeakerPhrase | null {
  const article = tokens[s]?.normal === 'the' ? 1 : 0;
  const words = tokens.slice(s + article, e).map((t) => t.normal);
  for (const size of [2, 1]) {
    const head = words.slice(-size).join(' ');
    const modifiers = tokens.slice(s + article, e - size);
    if (modifiers.length > MAX_MODIFIERS || words.length < size) continue;
    if (!modifiers.every((t, n) => /^[\p{Ll}-]+$/u.test(t.text) || (n === 0 && !article && /^\p{Lu}[\p{Ll}-]+$/u.test(t.text)) || cueLexicon().outletKindNationalities.has(t.text))) continue;
    const before = modifiers[modifiers.length - 1]?.text ?? '';
    const collective = isCollectiveMediaNoun(head);
    if (!collective && !isOutletKindWord(head)) continue;
    // (Only after a word making it a medium: "the magazine" alone is left to the outlet named before it, or to no
    // one (described-bodies.ts); "the paper" may be a study's.)
    if (!before || !jobKindWordIsMedium(before)) continue;
    const text = sourceText(tokens, s, e);
    return { start: tokens[s]!.start, end: tokens[e - 1]!.end, text, kind: 'outlet', name: text, role: null, title: null };
  }
  return null;
}

/**
 * Whether a speaker's or an outlet's name is only a medium's description ("The magazine", "State media"): no name
 * of an outlet to list or to carry as one, but the one a later step resolves it to, if any (described-bodies.ts).
 * A known outlet's name shaped so ("The Paper") is a name, as is one with its kind word capitalised.
 */
export function isMediumDescription(name: string): boolean {
  // (Its kind word in small letters, as written: "Dance Magazine" is a name.)
  if (lookupOutlet(name) || !/(?:^|\s)\p{Ll}+$/u.test(name.trim())) return false;
  const words = name.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
  return [1, 2].some((size) => words.length >= size && (isOutletKindWord(words.slice(-size).join(' ')) || isCollectiveMediaNoun(words.slice(-size).join(' '))));
}
