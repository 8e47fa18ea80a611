import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a participle opening a that-clause after a main verb with a thing as object', () => {
  test('"sent a note to fans, writing that …": the participle is the cue', () => {
    const text = 'Goalkeeper Ines Varga sent a brief note to supporters, writing that she felt "proud of this squad" after the final.';
    expect(quote(text, 'proud of')).toMatchObject({ text: 'proud of this squad', start: at(text, 'proud of'), type: 'partial', speaker: 'Ines Varga', cue: 'writing', outlet: null });
  });

  test('near miss: after "said" with a clause of its own, the main cue stays', () => {
    const text = 'Ines Varga said the squad was tired, adding that she felt "proud of this squad" after the final.';
    expect(quote(text, 'proud of')).toMatchObject({ speaker: 'Ines Varga', cue: 'said' });
  });
});
