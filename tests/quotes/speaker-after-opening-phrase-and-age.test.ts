import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an opening preposition phrase, then a description and an age set off by commas', () => {
  test('the outlet named in the opening phrase is no speaker', () => {
    const text = 'In a chat with Rolling Stone, the drummer, 38, said the record “felt rushed.”';
    expect(quote(text, 'felt rushed')).toMatchObject({
      text: 'felt rushed.', type: 'partial', speaker: null, cue: 'said', cue_start: at(text, 'said'), outlet: 'Rolling Stone',
    });
  });

  test('a place in the opening phrase is no speaker either', () => {
    const text = 'At a concert in Dublin, the drummer, 38, said the record “felt rushed.”';
    expect(quote(text, 'felt rushed')).toMatchObject({
      text: 'felt rushed.', type: 'partial', speaker: null, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a name with an age after the opening phrase still speaks', () => {
    const text = 'In a chat with Rolling Stone, Tara Bell, 38, said the record “felt rushed.”';
    expect(quote(text, 'felt rushed')).toMatchObject({
      text: 'felt rushed.', type: 'partial', speaker: 'Tara Bell', speaker_mention: 'Tara Bell',
      speaker_start: at(text, 'Tara Bell'), cue: 'said', cue_start: at(text, 'said'), outlet: 'Rolling Stone',
    });
  });
});
