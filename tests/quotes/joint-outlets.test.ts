import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

const outlets = (text: string) => extractArticle(text, { id: 'q' }).entities.outlets.map((o) => o.name);

describe('two known outlets joined by "and" as one subject report together', () => {
  test('"Reuters and The Guardian reported": the speaker is both, an outlet, each listed on its own', () => {
    const text = 'Reuters and The Guardian reported on Sunday that the minister had resigned.';
    expect(quote(text, 'the minister')).toMatchObject({
      type: 'indirect', text: 'the minister had resigned', start: at(text, 'the minister'), end: at(text, '.'),
      speaker: 'Reuters and The Guardian', speaker_kind: 'outlet', speaker_mention: 'Reuters and The Guardian', speaker_start: 0, speaker_end: at(text, ' reported'),
      cue: 'reported', cue_start: at(text, 'reported'), outlet: 'Reuters and The Guardian',
    });
    expect(outlets(text)).toEqual(['Reuters', 'The Guardian']);
  });
  test('near miss: a person and an outlet keep the outlet alone as speaker', () => {
    const text = 'Dana Whitfield and Reuters reported that the minister had resigned.';
    expect(quote(text, 'the minister')).toMatchObject({
      type: 'indirect', text: 'the minister had resigned', speaker: 'Reuters', speaker_kind: 'outlet', speaker_start: at(text, 'Reuters'),
      cue: 'reported', outlet: 'Reuters',
    });
  });
});
