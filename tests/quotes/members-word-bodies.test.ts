import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a members\' plural inside a name ("Workers", "Teachers") makes it a body\'s name', () => {
  test('"Stage Workers Ontario said …": the body, an organisation', () => {
    const text = 'Stage Workers Ontario said the new contract did not go far enough.';
    expect(quote(text, 'the new contract')).toMatchObject({
      type: 'indirect', text: 'the new contract did not go far enough', start: at(text, 'the new contract'),
      speaker: 'Stage Workers Ontario', speaker_mention: 'Stage Workers Ontario', speaker_start: 0, speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('"Valley Farmers said …": two words are enough', () => {
    const text = 'Valley Farmers said the drought had cost them a season.';
    expect(quote(text, 'the drought')).toMatchObject({ speaker: 'Valley Farmers', speaker_kind: 'organization', cue: 'said' });
  });

  test('near miss: a person\'s name holds no such plural and stays a person', () => {
    const text = 'Marta Ostrowski said the new contract did not go far enough.';
    expect(quote(text, 'the new contract')).toMatchObject({ speaker: 'Marta Ostrowski', speaker_kind: 'person' });
  });
});
