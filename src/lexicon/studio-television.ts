import { isKnownOrganisation } from './organisations.js';
import { bodyKindNameWords } from './body-kind-name-words.js';

// A studio's television arm: "Sony Pictures Television", "Warner Bros. Television", "Universal Television" make
// and sell shows; they are companies, not broadcasters, though "Television" ends the name as it ends a channel's.

const FIRM_ABBREVIATION = /^(?:Bros|Corp|Inc|Co|Ltd)\.?$/;

/**
 * Whether a name ending in "Television" is a studio's arm: the words before it are a listed company
 * ("Universal", "Lionsgate", "Warner Bros.") or end in a studio's name word ("Sony Pictures", "Acme Studios";
 * data/body-kind-name-words.json studio) or a firm's abbreviation ("Acme Corp."). A known broadcaster is looked
 * up before this asks.
 */
export function isStudioTelevision(words: readonly string[]): boolean {
  if (words.length < 2 || words[words.length - 1] !== 'Television') return false;
  const owner = words.slice(0, -1);
  const last = owner[owner.length - 1]!;
  return bodyKindNameWords('studio').includes(last) || FIRM_ABBREVIATION.test(last) || isKnownOrganisation(owner.join(' '));
}
