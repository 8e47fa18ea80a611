import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a character\'s discovery in a plot told after "In the film,"', () => {
  test('"In the novel, Marek discovers that …" reports nothing', () => {
    expect(quotesOf('In the novel, Marek discovers that his sister sold the farm.')).toEqual([]);
  });

  test('"In the new series, Ada learns that …" reports nothing', () => {
    expect(quotesOf('In the new series, Ada learns that the lighthouse keeper is her father.')).toEqual([]);
  });

  test('near miss: a real person\'s "learned that" stays a report', () => {
    const text = 'Marek Olsen learned that his sister had sold the farm.';
    expect(quote(text, 'his sister')).toMatchObject({ text: 'his sister had sold the farm', type: 'indirect', start: at(text, 'his sister'), speaker: 'Marek Olsen', cue: 'learned', outlet: null });
  });

  test('near miss: a speech cue in the plot is not a discovery and stays', () => {
    const text = 'In the novel, Marek says that his sister sold the farm.';
    expect(quote(text, 'his sister')).toMatchObject({ text: 'his sister sold the farm', speaker: 'Marek', cue: 'says' });
  });
});

describe('a character’s wish or plan in a synopsis: "In the film, NAME wants to …"', () => {
  test('"wants to" and "hopes to" after "In the film/novel," report nothing', () => {
    expect(quotesOf('In the film, Odile wants to sell the orchard.')).toEqual([]);
    expect(quotesOf('In the novel, Bram hopes to win back his boat.')).toEqual([]);
  });

  test('near miss: a real person’s "wants to" outside a synopsis stays a stance report', () => {
    const text = 'The senator wants to hold a vote next week.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'hold a vote next week', start: at(text, 'hold'), speaker: null, speaker_mention: 'The senator', cue: 'wants to', outlet: null }]);
  });
});

describe('a character’s stand in a synopsis: "In the show, NAME refuses to …"', () => {
  test('"refuses to" and "vows to" after "In the show/film," report nothing, with the character in apposition too', () => {
    expect(quotesOf('In the show, the grumpy neighbour, Otto Brask, refuses to sell his boat after the storm.')).toEqual([]);
    expect(quotesOf('In the film, Ilse vows to find the missing keeper.')).toEqual([]);
  });

  test('near miss: a real person’s "refused to" after a phrase that names no work stays a report', () => {
    const text = 'In the meeting, the mayor refused to rule out a second term.';
    expect(quote(text, 'to rule')).toMatchObject({ text: 'to rule out a second term', type: 'indirect', start: at(text, 'to rule'), speaker: null, speaker_mention: 'the mayor', speaker_kind: 'anonymous', cue: 'refused', outlet: null });
  });
});
