import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a cue in a relative clause whose adverbial ends at the main verb', () => {
  test('"who has testified in fraud trials, told the Ledger that …" reports only the telling', () => {
    const text = 'Dana Ruiz, an accountant at a Dayton firm who has testified in fraud trials, told the Ledger that the books were clean.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(quote(text, 'the books')).toMatchObject({
      type: 'indirect', text: 'the books were clean', start: at(text, 'the books'), speaker: 'Dana Ruiz',
      speaker_mention: 'Dana Ruiz', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('near miss: a clause with its own subject after the comma is still the content', () => {
    const text = 'Dana Ruiz said in Dayton on Monday, the books were clean.';
    expect(quote(text, 'the books')).toMatchObject({ type: 'indirect', text: 'the books were clean', speaker: 'Dana Ruiz', cue: 'said' });
  });
});

describe('"who" after "a ROLE at BODY"', () => {
  test('stands for the person described, not the body', () => {
    const text = 'Dana Ruiz, an accountant at the Harbour Trust who has argued that the audit was rushed, said the books were clean.';
    expect(quote(text, 'the audit')).toMatchObject({
      type: 'indirect', text: 'the audit was rushed', start: at(text, 'the audit'), speaker: 'Dana Ruiz', speaker_kind: 'person',
      speaker_mention: 'who', speaker_start: at(text, 'who'), cue: 'argued', cue_start: at(text, 'argued'), outlet: null,
    });
  });

  test('near miss: "who" right after a body with no described person before it is left as it was', () => {
    const text = 'The grant went to the Harbour Trust, who said the money would fund two studies.';
    expect(quote(text, 'the money')).toMatchObject({ type: 'indirect', speaker: 'Harbour Trust', speaker_mention: 'who', cue: 'said' });
  });
});
