import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

// "raised concerns" reports doubt voiced only with a topic or a clause after the noun; a place or a hearer
// after it ("on social media", "with the council") leaves nothing reported.
describe('"raised concerns" with a place after it reports nothing', () => {
  test('"Riders raised concerns on social media." and "… with the council": no quote, no person', () => {
    expect(quotesOf('Riders raised concerns on social media.')).toEqual([]);
    expect(quotesOf('Parents raised concerns with the council after the crash.')).toEqual([]);
  });

  test('near miss: "raised concerns that CLAUSE" and "raised concerns about TOPIC" stay reports', () => {
    const text = 'Riders raised concerns that the route was too short.';
    expect(quote(text, 'that the route')).toMatchObject({ type: 'indirect', text: 'that the route was too short', speaker_mention: 'Riders', cue: 'raised concerns' });
    const topic = 'Riders raised concerns about the late start.';
    expect(quote(topic, 'the late start')).toMatchObject({ type: 'indirect', speaker_mention: 'Riders', cue: 'raised concerns about' });
  });
});
