import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"the studio" after a body named in full, then by its first word as a subject', () => {
  test('a short form that is also a common word stands for the longer name used before', () => {
    const text = "Brightwater Animation's sequel outsold Summit Pictures' musical. Summit blamed the weather. In a statement, the studio said it was “proud” of the film.";
    expect(quote(text, 'proud')).toMatchObject({
      type: 'partial', text: 'proud', start: at(text, 'proud'), speaker: 'Summit Pictures', speaker_kind: 'organization',
      speaker_mention: 'the studio', speaker_start: at(text, 'the studio'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a common word opening a sentence, with no longer name it opens, is no body', () => {
    const text = 'Brightwater Animation released its sequel. Summit meetings were held in May. In a statement, the studio said it was “proud” of the film.';
    expect(quote(text, 'proud')?.speaker).not.toBe('Summit');
  });
});
