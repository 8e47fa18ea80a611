import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../helpers/quotes.js';

describe('indirect speech with a cue outside the report verbs', () => {
  test('"made it clear that …" reports what follows as "made clear that" does', () => {
    const text = 'The ferry vote was close. Councilwoman Mira Osk made it clear that dock fees would not get her vote.';
    expect(quote(text, 'dock fees')).toMatchObject({
      type: 'indirect', text: 'dock fees would not get her vote', speaker: 'Mira Osk', speaker_mention: 'Mira Osk', cue: 'made it clear',
    });
  });

  test('"made it plain" is the same report; "made it clear across the bay" is a trip, not a report', () => {
    const text = 'The crews waited. Mayor Len Pavo has made it plain that ferry slip four will stay closed. The old tug made it clear across the bay at noon.';
    expect(quote(text, 'ferry slip')).toMatchObject({ type: 'indirect', text: 'ferry slip four will stay closed', speaker: 'Len Pavo', cue: 'made it plain' });
    expect(quotesOf(text).filter((q) => q.cue === 'made it clear')).toEqual([]);
  });
});
