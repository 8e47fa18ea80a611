import { describe, expect, test } from 'vitest';
import { entityNames } from '../helpers/entities.js';
import { at, quote } from '../helpers/quotes.js';

describe('a lone name closing a relative clause before ", said" is the clause\'s object, not the speaker', () => {
  test('"The league, which runs Copaval, said …": no person Copaval; the league speaks', () => {
    const text = 'The Andean Football League, which runs Copaval, said the final would move to March.';
    expect(entityNames(text).people).toEqual([]);
    expect(quote(text, 'the final')).toMatchObject({ text: 'the final would move to March', start: at(text, 'the final'), type: 'indirect', speaker: 'Andean Football League', cue: 'said' });
  });

  test('a lone surname with its own cue is still a person (near miss)', () => {
    const text = 'The final will move to March. Okafor said the players were relieved.';
    expect(entityNames(text).people).toEqual(['Okafor']);
  });
});
