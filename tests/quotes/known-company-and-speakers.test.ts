import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// Listed companies are spelt with "&" (data/organisations.json); papers often write "and" instead.
describe('a listed company whose name is joined by "and" speaks whole', () => {
  test('"and" for the listed "&", before the cue', () => {
    const text = '“We expect the bridge shop to reopen by June,” Crate and Barrel said in a statement.';
    expect(quote(text, 'We expect')).toMatchObject({ text: 'We expect the bridge shop to reopen by June,', type: 'direct', speaker: 'Crate and Barrel', speaker_start: at(text, 'Crate'), cue: 'said', outlet: null });
  });

  test('a three-word name whose first part has two words', () => {
    const text = 'Pacific Gas and Electric said on Monday that crews had restored power to most homes in the valley.';
    expect(quote(text, 'crews')).toMatchObject({ text: 'crews had restored power to most homes in the valley', type: 'indirect', speaker: 'Pacific Gas and Electric', speaker_start: at(text, 'Pacific'), cue: 'said', outlet: null });
  });

  test('two unlisted surnames joined by "and" are not made one speaker', () => {
    const text = '“The deal is off,” Hartley and Moss said.';
    expect(quote(text, 'The deal')).toMatchObject({ text: 'The deal is off,', type: 'direct', speaker: 'Moss', speaker_start: at(text, 'Moss'), cue: 'said', outlet: null });
  });
});
