import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a quotation after a word that gives a post or article its title is that title, no quote', () => {
  test('"under the headline “…”" gives no quote', () => {
    const text = 'A post published on Monday under the headline “The ferry will never run on time” was shared 9,000 times.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"titled “…”" after a thing no one is given gives no quote', () => {
    const text = 'An essay titled “Why I left the council” ran in the Sunday edition.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('near miss: "titled" earlier in the sentence, not right before the marks, leaves the speaker\'s partial', () => {
    const text = 'Okafor said she had titled the report that way because “nobody reads the middle.”';
    expect(quotesOf(text)).toMatchObject([{
      type: 'partial', text: 'nobody reads the middle.', start: at(text, 'nobody'), end: text.length - 1, speaker: 'Okafor', speaker_kind: 'person',
      speaker_mention: 'Okafor', speaker_start: 0, speaker_end: 6, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    }]);
  });

  test('near miss: a title given to a person stays that person\'s partial, as PolNeAR credits it ("Okafor says in the advert titled “…”")', () => {
    const text = 'Okafor says in the new advert titled “Ready,” that the city needs her.';
    expect(quote(text, 'Ready')).toMatchObject({
      type: 'partial', text: 'Ready,', start: at(text, 'Ready'), end: at(text, '” that'), speaker: 'Okafor', speaker_kind: 'person',
      speaker_mention: 'Okafor', speaker_start: 0, speaker_end: 6, cue: 'says', cue_start: at(text, 'says'), outlet: null,
    });
  });
});
