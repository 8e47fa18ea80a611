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

describe('the site a petition or post is on is no speaker of the participle after it', () => {
  test('"A petition on Change.org calling on X to …" reports nothing', () => {
    expect(quotesOf('A petition on Change.org calling on the council to save the pier has drawn 12,000 signatures.')).toEqual([]);
  });

  test('"A post on Facebook urging …" and "petitions on Reddit calling for …" report nothing', () => {
    expect(quotesOf('A post on Facebook urging neighbours to boycott the market was shared 3,000 times.')).toEqual([]);
    expect(quotesOf('Petitions on Reddit calling for the ferry to be restored gathered pace.')).toEqual([]);
  });

  test('near miss: a speaker after a post named in an opening phrase still speaks', () => {
    const text = 'In a post on Facebook, Mayor Ivo Bell called for the pier to stay open.';
    expect(quote(text, 'the pier')).toMatchObject({
      type: 'indirect', text: 'the pier to stay open', start: at(text, 'the pier'), speaker: 'Ivo Bell', speaker_mention: 'Ivo Bell', cue: 'called for', cue_start: at(text, 'called'),
    });
  });
});
