import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

// "the set of “TITLE”" names a programme where words were spoken only after "on"; elsewhere the set is a topic.
describe('a programme\'s set as an outlet', () => {
  test('"said the set of “TITLE” was “…”": the set is what she talked about, the drama no outlet', () => {
    const text = 'Dana Pirelli laughed and said the set of "Salt Marsh" was "half boarding school and half shipwreck."';
    expect(quote(text, 'half boarding')).toMatchObject({
      text: 'half boarding school and half shipwreck.', type: 'partial', start: at(text, 'half boarding'),
      speaker: 'Dana Pirelli', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.outlets).toEqual([]);
  });

  test('near miss: "said on the set of “TITLE”" still names the programme she spoke on', () => {
    const text = 'Dana Pirelli said on the set of "Morning Harbour" that the storm had been "a nightmare."';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet])).toContainEqual(['a nightmare.', 'partial', 'Dana Pirelli', 'said', 'Morning Harbour']);
  });
});
