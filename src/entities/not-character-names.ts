// Names that are never a screen part: a network ("the title character of the Nickelodeon series") or a country
// ("New Zealand play South Africa"), which the role cues otherwise pick up.
import { screenNetworks } from '../lexicon/screen-networks.js';
import { cueLexicon } from '../lexicon/cues.js';
import { genderOfFirstName } from '../nlp/names.js';

let networks: Set<string> | undefined;

/** Whether the name (a leading "The" ignored) is a listed network (data/screen-networks.json) or a country or state that is no given name. */
export function namesNetworkOrCountry(name: string): boolean {
  networks ??= new Set(screenNetworks());
  const bare = name.replace(/^the\s+/i, '');
  // ("Georgia", "Virginia" are given names too, and so may be a part's.)
  return networks.has(bare) || (cueLexicon().placeNames.has(bare) && genderOfFirstName(bare.split(' ')[0]!) === 'unknown');
}

/**
 * Whether the text introduces the name explicitly as a part: "Mia Rand plays India", "who voices Fox", "stars as
 * Georgia", "Fox (voiced by …)", "Kenya, played by …", "India (Lila Moss)", "the character India". A team's "Wales play South Africa" is no part: the verb's
 * subject is then itself a country or network.
 */
export function introducedAsPart(text: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (The name ends there: "plays Fox News" or "as India's …" is no part's name.)
  const end = String.raw`(?![\p{L}'’-]|\s+\p{Lu})`;
  const verb = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,3})(?:plays|played|playing|voices|voiced|voicing|(?:stars?|starred|starring|cast|appears?|appeared)\s+as)\s+${n}${end}`, 'gu');
  for (const m of text.matchAll(verb)) if (!m[1] || !namesNetworkOrCountry(m[1].trim())) return true;
  // ("India (Lila Moss)", "Kenya, played by Lila Moss": a bracketed actor's name, or "played by" after a comma.)
  // (The bracketed name opens with a known given name: "Kenya (East Africa)" is no cast note.)
  for (const m of text.matchAll(new RegExp(String.raw`\b${n}\s*\((\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\)`, 'gu'))) if (genderOfFirstName(m[1]!) !== 'unknown') return true;
  return new RegExp(String.raw`\b(?:the\s+)?(?:character|role\s+of)\s+${n}${end}|\b${n}\s*\((?:played|voiced|portrayed)\s+by\b|\b${n},?\s+(?:played|voiced|portrayed)\s+by\s+\p{Lu}`, 'u').test(text);
}
