import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('a well-known company named alone before its cue is a body, not a person', () => {
  test('"Comcast said …": organization, and no one among the people', () => {
    const text = 'Comcast said it would contest the fine in court.';
    expect(quote(text, 'it would')).toMatchObject({
      type: 'indirect', text: 'it would contest the fine in court', start: at(text, 'it would'), speaker: 'Comcast', speaker_kind: 'organization',
      speaker_mention: 'Comcast', speaker_start: 0, speaker_end: 7, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });

  test('"Verizon said in a filing that …"', () => {
    const text = 'Verizon said in a filing that subscriber numbers fell.';
    expect(quote(text, 'subscriber')).toMatchObject({ type: 'indirect', text: 'subscriber numbers fell', speaker: 'Verizon', speaker_kind: 'organization', speaker_start: 0, cue: 'said', outlet: null });
  });

  test('near miss: a mononymous artist stays a person', () => {
    const text = 'Zendaya said she would return for the sequel.';
    expect(quote(text, 'she would')).toMatchObject({ speaker: 'Zendaya', speaker_kind: 'person', speaker_start: 0, cue: 'said' });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Zendaya']);
  });
});
