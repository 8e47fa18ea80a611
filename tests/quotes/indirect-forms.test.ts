import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech in forms the tagger or the cue\'s shape hides', () => {
  test('a share of people holds a stance as people do: "A majority of tenants opposed …"', () => {
    const text = 'The tenants\' poll came out on Monday. A majority of tenants opposed the zoning change on Elm Street.';
    expect(quote(text, 'the zoning change')).toMatchObject({
      type: 'indirect', text: 'the zoning change on Elm Street', speaker_mention: 'A majority of tenants', cue: 'opposed', cue_start: at(text, 'opposed'),
    });
    const counted = 'The vote was on Friday. Forty percent of the harbour pilots endorsed the new timetable for the night ferries.';
    expect(quote(counted, 'the new timetable')).toMatchObject({ type: 'indirect', text: 'the new timetable for the night ferries', speaker_mention: 'Forty percent of the harbour pilots', cue: 'endorsed' });
  });

  test('not a share of something else: "Half of the winter favored …"', () => {
    expect(quotesOf('The league ended in May. Half of the winter favored the visiting crews from the islands.')).toEqual([]);
  });

  test('not a share someone else holds: "the mayor\'s 40 percent supported …"', () => {
    expect(quotesOf('The count was slow. In the north ward, the mayor\'s 40 percent supported the ferry levy.')).toEqual([]);
  });
});
