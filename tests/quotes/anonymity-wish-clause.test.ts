import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { requestsAnonymity } from '../../src/quotes/anonymity-clause.js';

describe('", who did not want to be named," marks the noun before it as an anonymous person speaking', () => {
  test('"A veteran club insider, who did not want to be named, told The Times …": the insider reports', () => {
    const text = 'A veteran club insider, who did not want to be named, told The Times the board had been "far too slow" to act.';
    expect(quote(text, 'far too slow')).toMatchObject({
      type: 'partial', text: 'far too slow', start: at(text, 'far too slow'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'A veteran club insider', speaker_start: 0, cue: 'told', outlet: 'The Times',
    });
  });

  test('"who did not wish to be identified" too', () => {
    const text = 'A veteran club insider, who did not wish to be identified, said the board had been slow to act.';
    expect(quote(text, 'the board')).toMatchObject({ type: 'indirect', text: 'the board had been slow to act', start: at(text, 'the board'), speaker: null, speaker_mention: 'A veteran club insider', cue: 'said', outlet: null });
  });

  test('near miss: a wish that is no request for anonymity is not read as one', () => {
    const tokens = analyzeArticle({ id: 't', path: '', text: 'A club insider, who did not want to be sacked, said the board had been slow.' }).tokens;
    expect(requestsAnonymity(tokens, tokens.findIndex((t) => t.normal === 'who'))).toBe(false);
    const named = analyzeArticle({ id: 't', path: '', text: 'A club insider, who did not want to be named, said the board had been slow.' }).tokens;
    expect(requestsAnonymity(named, named.findIndex((t) => t.normal === 'who'))).toBe(true);
  });
});
