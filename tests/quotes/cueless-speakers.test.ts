import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a colon introduction with no cue, after a short opening phrase', () => {
  test('"Then she turned …: “…”" takes she, with no comma after the opener', () => {
    const text = 'Mara Okafor won the harbour prize. Then she turned to the crowd and spoke without notes: “We built this pier with our own hands. It will stand for a century.”';
    expect(quote(text, 'We built')).toMatchObject({
      text: 'We built this pier with our own hands. It will stand for a century.', type: 'direct',
      speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(text, 'she turned'),
    });
  });

  test('"On Tuesday she had a reply …: “…”" takes she after a prepositional opener', () => {
    const text = 'Mara Okafor was mocked for the delay. On Tuesday she had a reply for them: “The pier opens in May. Bring your boats.”';
    expect(quote(text, 'The pier opens')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(text, 'she had') });
  });

  test('an opener that is itself the subject phrase gives no pronoun speaker: "On the board it was …"', () => {
    const text = 'Mara Okafor was mocked for the delay. On the notice board it read: “The pier opens in May. Bring your boats.”';
    expect(quote(text, 'The pier opens')).toMatchObject({ type: 'direct', speaker: null });
  });
});
