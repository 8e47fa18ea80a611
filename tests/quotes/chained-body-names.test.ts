import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a public body\'s name going on with a second "of"/"for" part (and where it is) is one speaker', () => {
  test('"the Council for Research of Sport in Wales announced": the whole run, not the place', () => {
    const text = 'The Council for Research of Sport in Wales announced that the grants would be cut.';
    expect(quote(text, 'the grants')).toMatchObject({
      type: 'indirect', text: 'the grants would be cut', start: at(text, 'the grants'),
      speaker: 'Council for Research of Sport in Wales', speaker_mention: 'The Council for Research of Sport in Wales',
      speaker_start: 0, speaker_kind: 'organization', cue: 'announced', cue_start: at(text, 'announced'), outlet: null,
    });
  });

  test('without a place: "the Board of Control for Rowing said", not "Rowing"', () => {
    const text = 'The regatta will be moved to June, the Board of Control for Rowing said.';
    expect(quote(text, 'The regatta')).toMatchObject({
      type: 'indirect', text: 'The regatta will be moved to June', start: 0,
      speaker: 'Board of Control for Rowing', speaker_mention: 'the Board of Control for Rowing',
      speaker_start: at(text, 'the Board'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: one "of" part is read as before ("the Board of Control said")', () => {
    const text = 'The regatta will be moved to June, the Board of Control said.';
    expect(quote(text, 'The regatta')).toMatchObject({
      speaker: 'Board of Control', speaker_kind: 'organization', cue: 'said',
    });
  });
});
