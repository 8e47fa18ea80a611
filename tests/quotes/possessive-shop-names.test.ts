import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

// "Hartwell's said …": a shop named with a possessive speaks as a body (src/quotes/possessive-shop-names.ts).
// Sentences written for these tests.
describe('a shop named with a possessive is an organization', () => {
  test('"… four bakers, including Pellow\'s and Crumbly. Pellow\'s said …": speaker "Pellow\'s", no person', () => {
    const text = 'The review will look at prices at four bakers, including Pellow\'s and Crumbly. Pellow\'s said in a statement that its costs had risen.';
    expect(quote(text, 'its costs')).toMatchObject({
      type: 'indirect', text: 'its costs had risen', speaker: 'Pellow\'s', speaker_mention: 'Pellow\'s', speaker_start: at(text, 'Pellow\'s said'),
      speaker_kind: 'organization', cue: 'said', outlet: null,
    });
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a person\'s possessive before a noun keeps the person', () => {
    const text = 'Dana Pellow said in a statement that costs had risen. Pellow\'s bakery will close.';
    expect(quote(text, 'costs had')).toMatchObject({ speaker: 'Dana Pellow', speaker_kind: 'person' });
    expect(entityNames(text).people).toEqual(['Dana Pellow']);
  });

  test('near miss: a given name with "\'s" before "said" stays a person ("Maria\'s said" is "Maria has said")', () => {
    const text = 'Maria\'s said for years that the shop would close.';
    expect(quote(text, 'the shop')).toMatchObject({ speaker_kind: 'person' });
  });
});
