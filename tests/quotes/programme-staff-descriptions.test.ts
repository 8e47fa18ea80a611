import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('"a producer on the show" says where someone worked, not the medium of their words (programme_people_words)', () => {
  const text = 'Rhea Castillo, who competed on the cooking show "Flame Trial," sued the studio.\n\nA former writer on the show, who spoke to Vulture on condition of anonymity, said that the deadlines were brutal.';

  test('the outlet the source spoke to is the outlet; the show is no outlet', () => {
    expect(quote(text, 'the deadlines')).toMatchObject({
      text: 'the deadlines were brutal', type: 'indirect', start: at(text, 'the deadlines'),
      speaker: null, speaker_mention: 'A former writer on the show', speaker_start: at(text, 'A former writer'), cue: 'said', outlet: 'Vulture',
    });
    expect(extractArticle(text, { id: 's' }).entities.outlets.map((o) => o.name)).toEqual(['Vulture']);
  });

  test('near miss: words said "on the show" are still said on it', () => {
    const said = 'Rhea Castillo appeared on the cooking show "Flame Trial" last week.\n\nCastillo said on the show that the judges were unfair.';
    expect(quote(said, 'the judges')).toMatchObject({ text: 'the judges were unfair', type: 'indirect', start: at(said, 'the judges'), speaker: 'Rhea Castillo', cue: 'said', outlet: 'Flame Trial' });
  });
});
