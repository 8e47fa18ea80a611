import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a fronted interview opener followed by a clause of time still frames the words', () => {
  test('"In a 2021 interview with Bloomberg, when … , Mr Grady described …": the outlet, carried to "said at the time"', () => {
    const text = 'In a 2021 interview with Bloomberg, when Quillbank was valued at £2.1 billion, Mr Grady described the firm as ‘a quiet lender’. ‘We lend money and we sleep well,’ he said at the time.';
    expect(quote(text, 'a quiet')).toMatchObject({ text: 'a quiet lender', start: at(text, 'a quiet'), type: 'partial', speaker: 'Grady', cue: 'described', outlet: 'Bloomberg' });
    expect(quote(text, 'We lend')).toMatchObject({ text: 'We lend money and we sleep well,', type: 'direct', speaker: 'Grady', speaker_mention: 'he', cue: 'said', outlet: 'Bloomberg' });
  });

  test('"In an interview with Variety, when the film opened, Ana Ruiz said that …"', () => {
    const text = 'In an interview with Variety, when the film opened, Ana Ruiz said that it had been “a long road.”';
    expect(quote(text, 'a long road')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'said', outlet: 'Variety' });
  });

  test('a place opener with the clause names no outlet', () => {
    const place = 'In Paris, when the film opened, Ana Ruiz said that it had been “a long road.”';
    expect(quote(place, 'a long road')).toMatchObject({ speaker: 'Ana Ruiz', outlet: null });
  });
});
