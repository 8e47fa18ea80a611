import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "Fans started an online campaign calling for …": an effort people start is their doing, no speaker of its own
// (quotes/started-activity.ts, data/started-activity-nouns.json).
describe('a campaign or petition someone starts is no speaker of the participle after it', () => {
  test('"started an online campaign calling for …" reports nothing', () => {
    expect(quotesOf('Listeners started an online campaign calling for the old theme tune to be restored.')).toEqual([]);
  });

  test('"launched a petition calling for …" reports nothing', () => {
    expect(quotesOf('Parents launched a petition calling for the library to stay open.')).toEqual([]);
  });

  test('near miss: a named campaign as the subject still speaks', () => {
    const text = 'The Save Our Pier campaign called for the ferry to be restored.';
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', text: 'the ferry to be restored', start: at(text, 'the ferry'), speaker_mention: 'The Save Our Pier campaign', cue: 'called for' });
  });
});
