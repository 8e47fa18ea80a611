import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('a frame closing a sentence after a partial quote is the earlier partials\' frame too', () => {
  test('"… who “A,” ended with … “B,” according to NAME.": both partials are the source\'s', () => {
    const text = 'The evening, which featured a goat and a trumpeter who "played the whole set from a canoe," ended with the boat "mostly dry," according to Dana Pikeworth.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({
      type: 'partial', text: 'played the whole set from a canoe,', start: at(text, 'played'), speaker: 'Dana Pikeworth', speaker_mention: 'Dana Pikeworth',
      speaker_start: at(text, 'Dana'), cue: 'according to', cue_start: at(text, 'according'),
    });
    expect(quotes[1]).toMatchObject({ type: 'partial', text: 'mostly dry,', start: at(text, 'mostly'), speaker: 'Dana Pikeworth', cue: 'according to' });
  });

  test('"X “A” and Y “B,” NAME said.": the same for a speaker before the cue', () => {
    const text = 'The bassist "played the whole encore from a rowboat" and the crowd stayed "mostly dry," Rowan Teale said.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.start, q.speaker, q.speaker_start, q.cue, q.cue_start])).toEqual([
      ['played the whole encore from a rowboat', at(text, 'played'), 'Rowan Teale', at(text, 'Rowan'), 'said', at(text, 'said')],
      ['mostly dry,', at(text, 'mostly'), 'Rowan Teale', at(text, 'Rowan'), 'said', at(text, 'said')],
    ]);
  });

  test('negative: an earlier partial with a cue of its own keeps it ("Critics called … “A” …, NAME said")', () => {
    const text = 'Critics called the show "a mess" and the ending "lazy," Rowan Teale said.';
    const quotes = quotesOf(text);
    expect(quotes[0]).toMatchObject({ text: 'a mess', speaker_mention: 'Critics', cue: 'called' });
    expect(quotes[1]).toMatchObject({ text: 'lazy,', speaker: 'Rowan Teale', cue: 'said' });
  });

  test('negative: a partial in the sentence before is not the frame\'s', () => {
    const text = 'The trumpeter played "the whole set from a canoe." The boat stayed "mostly dry," Rowan Teale said.';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.text.startsWith('the whole'))?.speaker).not.toBe('Rowan Teale');
    expect(quotes.find((q) => q.text.startsWith('mostly'))).toMatchObject({ speaker: 'Rowan Teale', cue: 'said' });
  });
});
