import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('after "X told him/her …", a he/she who replies is the one told, not X', () => {
  test('"Varela told him …; he replied that …" goes to the man named before, not Varela', () => {
    const text = 'Marcus Holloway was furious. Varela told him the council had run out of money; he replied that he would fight the cuts in court.';
    const q = 'he would fight the cuts in court';
    expect(quote(text, q)).toMatchObject({
      type: 'indirect', text: q, start: at(text, q), end: at(text, q) + q.length, speaker: 'Marcus Holloway', speaker_kind: 'person',
      speaker_mention: 'he', speaker_start: at(text, 'he replied'), cue: 'replied', outlet: null,
    });
  });

  test('"she shot back that …" after "told her" is the woman told', () => {
    const text = 'Greta Lindqvist stayed calm. Varela told her the deal was dead; she shot back that the deal had never been signed.';
    expect(quote(text, 'the deal had never')).toMatchObject({ type: 'indirect', speaker: 'Greta Lindqvist', speaker_mention: 'she', cue: 'shot back', outlet: null });
  });

  test('negative: "he added" is no reply; the teller goes on speaking', () => {
    const text = 'Marcus Holloway was furious. Tomas Varela told him the council had run out of money; he added that reserves were gone.';
    expect(quote(text, 'reserves were gone')).toMatchObject({ type: 'indirect', speaker: 'Tomas Varela', speaker_mention: 'he', cue: 'added', outlet: null });
  });

  test('negative: "told her mother …" names the mother as the one told; the teller may still answer', () => {
    const text = 'Greta Lindqvist stayed calm. Anna Varela told her mother the deal was dead; she replied that nobody had asked her.';
    expect(quote(text, 'nobody had asked her')).toMatchObject({ type: 'indirect', speaker: 'Anna Varela', speaker_mention: 'she', cue: 'replied' });
  });
});
