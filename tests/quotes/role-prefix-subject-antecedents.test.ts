import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name after the office that opens its sentence is that sentence\'s subject, a pronoun\'s antecedent', () => {
  test('"Transport secretary Hedda Marsk agreed with that. She said …" is Marsk', () => {
    const text = 'Lena Brook said the rail strike would end soon. Transport secretary Hedda Marsk agreed with that. She said the unions had accepted the offer.';
    expect(quote(text, 'the unions')).toMatchObject({ text: 'the unions had accepted the offer', type: 'indirect', speaker: 'Hedda Marsk', speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', outlet: null, start: at(text, 'the unions') });
  });

  test('a longer office of capitalised words: "State Senate Majority Leader Hedda Marsk"', () => {
    const text = 'Lena Brook said the budget would pass. State Senate Majority Leader Hedda Marsk disputed that. She said the votes were not there.';
    expect(quote(text, 'the votes')).toMatchObject({ text: 'the votes were not there', type: 'indirect', speaker: 'Hedda Marsk', speaker_mention: 'She', cue: 'said', outlet: null, start: at(text, 'the votes') });
  });

  test('negative: a name after an office inside the sentence is no subject, the speaker keeps "she"', () => {
    const text = 'Lena Brook said the budget would pass. The delay annoyed transport secretary Hedda Marsk. She said the votes were there.';
    expect(quote(text, 'the votes')).toMatchObject({ type: 'indirect', speaker: 'Lena Brook', speaker_mention: 'She', cue: 'said' });
  });
});
