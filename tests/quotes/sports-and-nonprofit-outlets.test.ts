import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('sports channels and regional nonprofit newsrooms are known outlets (data/outlets.json)', () => {
  test('"told CalMatters": a nonprofit newsroom gets the words', () => {
    const text = 'State Senator Ivy Marsh told CalMatters that the bill "has no chance this year."';
    expect(quote(text, 'has no chance')).toMatchObject({ text: 'has no chance this year.', type: 'partial', start: at(text, 'has no chance'), speaker: 'Ivy Marsh', cue: 'told', outlet: 'CalMatters' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['CalMatters']);
  });

  test('"Tennis Channel analyst X said on air": the channel\'s analyst speaks on it', () => {
    const text = 'Tennis Channel analyst Rosa Lindqvist said on air that the draw was brutal.';
    expect(quote(text, 'the draw')).toMatchObject({ text: 'the draw was brutal', type: 'indirect', start: at(text, 'the draw'), speaker: 'Rosa Lindqvist', speaker_start: at(text, 'Rosa Lindqvist'), cue: 'said', outlet: 'Tennis Channel' });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['Tennis Channel']);
  });

  test('near miss: the analyst quoted with no sign of being on air gets no outlet', () => {
    const text = 'Tennis Channel analyst Rosa Lindqvist said at a charity dinner that the draw was brutal.';
    expect(quote(text, 'the draw')).toMatchObject({ type: 'indirect', speaker: 'Rosa Lindqvist', cue: 'said', outlet: null });
  });
});
