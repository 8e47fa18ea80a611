import { expect, test } from 'vitest';
import { isAgentPlural, isPersonNoun, isPersonNounOrSingular } from '../../src/lexicon/person-nouns.js';

test('a person noun: a role, an anonymous head, a co- role, a party member, a compound in -woman or -man', () => {
  for (const word of ['host', 'insider', 'co-chair', 'republican', 'saleswoman', 'congressmen']) expect(isPersonNoun(word)).toBe(true);
});

test('negative: a place, a thing and a building are no person nouns', () => {
  for (const word of ['valley', 'ladder', 'harbour']) expect(isPersonNoun(word)).toBe(false);
});

test('the singular of a plural only people_nouns lists counts in isPersonNounOrSingular alone', () => {
  expect(isPersonNoun('ranchers')).toBe(true);
  expect(isPersonNoun('rancher')).toBe(false);
  expect(isPersonNounOrSingular('rancher')).toBe(true);
  expect(isPersonNounOrSingular('valley')).toBe(false);
});

test('a plural agent noun by its ending: -tors, -sors, -ists, -ians', () => {
  for (const word of ['auditors', 'supervisors', 'economists', 'historians']) expect(isAgentPlural(word)).toBe(true);
  for (const word of ['connors', 'rogers', 'auditor', 'tors', 'waters', 'spiers', 'speers', 'desrosiers']) expect(isAgentPlural(word)).toBe(false);
});

test('a plural compound of a thing and a doer: -keepers, -mongers, -makers, -holders; no surname in -ers', () => {
  for (const word of ['shopkeepers', 'fishmongers', 'holidaymakers', 'stallholders']) expect(isAgentPlural(word)).toBe(true);
  for (const word of ['rogers', 'myers', 'spiers', 'keepers']) expect(isAgentPlural(word)).toBe(false);
});

test('a member of the public in the singular (data/public-member-nouns.json): "shopper", "tenant", "commuter"', () => {
  for (const word of ['shopper', 'tenant', 'commuter', 'passenger', 'diner', 'islander']) expect(isPersonNoun(word)).toBe(true);
  // (No word that is also a common surname: "Walker said" opening a sentence names a person.)
  for (const word of ['walker', 'guest', 'train', 'service']) expect(isPersonNoun(word)).toBe(false);
});
