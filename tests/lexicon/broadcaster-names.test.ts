// A broadcaster's channel or regional programme named without the broadcaster takes the name data/outlets.json
// gives it ("BBC Points West"), in quotes and in the outlets list. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { withBroadcasterName } from '../../src/lexicon/broadcaster-names.js';
import { at, quote } from '../helpers/quotes.js';

describe('channels and programmes under their broadcaster\'s name (src/lexicon/broadcaster-names.ts)', () => {
  test('the lexicon adds the broadcaster only where the gazetteer does', () => {
    expect(withBroadcasterName('Points West')).toBe('BBC Points West');
    expect(withBroadcasterName('Granada Reports')).toBe('ITV Granada Reports');
    expect(withBroadcasterName('BBC Points West')).toBe('BBC Points West');
    // (Bloomberg is no broadcaster: its magazine's short name stays.)
    expect(withBroadcasterName('Businessweek')).toBe('Businessweek');
  });

  test('"told Look North that …" gives the programme its full name, in the quote and the outlets', () => {
    const text = 'Tom Fairlie told Look North that the ferry had been cancelled again.';
    expect(quote(text, 'the ferry')).toMatchObject({
      text: 'the ferry had been cancelled again', type: 'indirect', speaker: 'Tom Fairlie', cue: 'told', cue_start: at(text, 'told'),
      start: at(text, 'the ferry'), outlet: 'BBC Look North',
    });
    expect(extractArticle(text, { id: 'b' }).entities.outlets.map((o) => o.name)).toEqual(['BBC Look North']);
  });

  test('near miss: a paper named by its own name keeps it', () => {
    const text = 'Tom Fairlie told the Yorkshire Post that the ferry had been cancelled again.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Tom Fairlie', cue: 'told', outlet: 'Yorkshire Post' });
  });
});
