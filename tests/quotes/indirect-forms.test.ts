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

  test('a stance the tagger read as a noun after a group: "Two-thirds support raising …", "Most tenants favor …"', () => {
    const text = 'The ferry survey was released on Monday. Two-thirds support raising the ferry fares for tourists next summer.';
    expect(quote(text, 'raising')).toMatchObject({
      type: 'indirect', text: 'raising the ferry fares for tourists next summer', speaker_mention: 'Two-thirds', cue: 'support', cue_start: at(text, 'support'),
    });
    const plural = 'The zoning vote is in May. Most tenants favor a freeze on rents along the harbour.';
    expect(quote(plural, 'a freeze')).toMatchObject({ type: 'indirect', text: 'a freeze on rents along the harbour', speaker_mention: 'Most tenants', cue: 'favor' });
  });

  test('not the noun: "Voter support for the levy grew", "their support"', () => {
    expect(quotesOf('The levy passed in May. Voter support for the ferry levy grew over the summer.')).toEqual([]);
    expect(quotesOf('The mayor thanked the crews. She will need their support in the spring.')).toEqual([]);
  });
});
