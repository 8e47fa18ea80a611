import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "said on the podcast" is the podcast named before as 'the “Title” podcast'.
describe('a programme named as the “Title” podcast', () => {
  test('"Speaking on the “Title” podcast, X said … . “…,” she said on the podcast." gives both the podcast', () => {
    const text = 'Writers talk\n\nSpeaking on the “Loose Pages” podcast, Vera Hanks said the draft had been cut twice. “It was a mess,” she said on the podcast.';
    expect(quote(text, 'the draft')).toMatchObject({ type: 'indirect', speaker: 'Vera Hanks', cue: 'said', outlet: 'Loose Pages' });
    expect(quote(text, 'It was')).toMatchObject({
      text: 'It was a mess,', type: 'direct', start: at(text, 'It was'), speaker: 'Vera Hanks', cue: 'said', outlet: 'Loose Pages',
    });
  });

  test('near miss: a title in marks with no kind word after it names no podcast', () => {
    const text = 'Writers talk\n\nVera Hanks wrote “Loose Pages” in a year. “It was a mess,” she said on the podcast.';
    expect(quote(text, 'It was')).toMatchObject({ type: 'direct', speaker: 'Vera Hanks', cue: 'said', outlet: null });
  });
});
