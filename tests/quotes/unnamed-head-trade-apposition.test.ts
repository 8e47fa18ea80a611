// "Another resident, a schoolteacher, said": the unnamed head speaks, the apposition is its role. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed person, then what they are by trade, set off by commas', () => {
  test('the head the article brought them in by is the mention; the trade is the role', () => {
    const text = 'Another neighbour, a retired plumber, said the boiler had failed twice.';
    expect(quote(text, 'the boiler')).toMatchObject({
      text: 'the boiler had failed twice', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'Another neighbour',
      speaker_start: 0, speaker_end: 'Another neighbour'.length, speaker_role: 'retired plumber', cue: 'said', outlet: null, start: at(text, 'the boiler'),
    });
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });

  test('near miss: a relation that says more than the head ("a friend of X") stays the mention', () => {
    const text = 'Another source, a friend of Marlowe, told the Tribune that the singer had been deeply shaken.';
    expect(quote(text, 'the singer')).toMatchObject({ text: 'the singer had been deeply shaken', type: 'indirect', speaker: null, speaker_kind: 'anonymous', speaker_mention: 'a friend of Marlowe', speaker_start: at(text, 'a friend'), cue: 'told', outlet: 'Tribune' });
  });

  test('near miss: a name before the trade is still the person', () => {
    const text = 'Lena Voss, a retired plumber, said the boiler had failed twice.';
    expect(quote(text, 'the boiler')).toMatchObject({ speaker: 'Lena Voss', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
  });
});
