import { describe, expect, test } from 'vitest';
import { at, quote } from '../../helpers/quotes.js';

describe('the outlet a "tell" cue names as hearer is no part of the content', () => {
  test('"told Rolling Stone that …": the content starts after "that", even when it opens with the outlet\'s name', () => {
    const text = 'Mara Okafor told Rolling Stone that Rolling Stone readers had always been kind to her.';
    expect(quote(text, 'Rolling Stone readers')).toMatchObject({
      type: 'indirect', text: 'Rolling Stone readers had always been kind to her', start: at(text, 'Rolling Stone readers'),
      speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'), outlet: 'Rolling Stone',
    });
  });

  test('without "that", a determiner after the outlet opens the content', () => {
    const text = 'Mara Okafor told Rolling Stone the readers had always been kind to her.';
    expect(quote(text, 'the readers')).toMatchObject({ type: 'indirect', text: 'the readers had always been kind to her', start: at(text, 'the readers'), cue: 'told', outlet: 'Rolling Stone' });
  });

  test('not when the hearer goes on past the outlet\'s name: the content still starts after "that"', () => {
    const text = 'Mara Okafor told the Port Elwin Ledger editorial board in a long meeting that she would run again.';
    expect(quote(text, 'she would')).toMatchObject({ type: 'indirect', text: 'she would run again', start: at(text, 'she would'), speaker: 'Mara Okafor', cue: 'told' });
  });

  test('"said" names no hearer: an outlet\'s name opening the content stays in it', () => {
    const text = 'Mara Okafor said Rolling Stone readers had always been kind to her.';
    expect(quote(text, 'Rolling Stone')).toMatchObject({ type: 'indirect', text: 'Rolling Stone readers had always been kind to her', cue: 'said', outlet: null });
  });
});
