// Names that are never a screen part: a network ("the title character of the Nickelodeon series") or a country
// ("New Zealand play South Africa"), which the role cues otherwise pick up.
import { readFileSync } from 'node:fs';
import { cueLexicon } from '../lexicon/cues.js';
import { genderOfFirstName } from '../nlp/names.js';

let networks: Set<string> | undefined;

/** Whether the name (a leading "The" ignored) is a listed network (data/screen-networks.json) or a country or state that is no given name. */
export function namesNetworkOrCountry(name: string): boolean {
  networks ??= new Set((JSON.parse(readFileSync(new URL('../../data/screen-networks.json', import.meta.url), 'utf8')) as { networks: string[] }).networks);
  const bare = name.replace(/^the\s+/i, '');
  // ("Georgia", "Virginia" are given names too, and so may be a part's.)
  return networks.has(bare) || (cueLexicon().placeNames.has(bare) && genderOfFirstName(bare.split(' ')[0]!) === 'unknown');
}
