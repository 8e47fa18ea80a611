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

describe('a screen or printed work\'s title after a title-giving word is no quote, whoever speaks', () => {
  test('"did not say whether she would star in the film, tentatively titled “…”" gives no quote', () => {
    expect(quotesOf('The studio did not say whether she would star in the film, tentatively titled “Harbour Lights.”')).toEqual([]);
  });

  test('"said she had joined the series, titled “…”": the report keeps the title inside, no partial of it', () => {
    const text = 'The agency said she had joined the series, titled “Harbour Lights.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'she had joined the series, titled “Harbour Lights.”', start: at(text, 'she had'), speaker_mention: 'The agency', cue: 'said' }]);
  });

  test('near miss: a series described by other words keeps its quoted words as speech', () => {
    const text = 'The director said the series, titled after her hometown, was “a labour of love.”';
    expect(quote(text, 'a labour')).toMatchObject({ type: 'partial', text: 'a labour of love.', start: at(text, 'a labour'), speaker_mention: 'The director', cue: 'said' });
  });
});
