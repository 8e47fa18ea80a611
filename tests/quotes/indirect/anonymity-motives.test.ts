import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"who asked not to be named because she feared losing her job": a motive for anonymity is no report', () => {
  test('only the source\'s report, no «losing her job»', () => {
    const text = 'One driver, who asked not to be named because she feared losing her licence, said the depot would shut.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the depot')).toMatchObject({
      text: 'the depot would shut', type: 'indirect', start: at(text, 'the depot'), end: at(text, '.'),
      speaker: null, speaker_mention: 'One driver', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"anonymity because he feared reprisals": a bare noun motive is no report either', () => {
    const text = 'A nurse, who spoke on condition of anonymity because he feared reprisals, said the ward was closed.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the ward')).toMatchObject({
      text: 'the ward was closed', type: 'indirect', start: at(text, 'the ward'), end: at(text, '.'),
      speaker_mention: 'A nurse', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('negative: a clause feared inside the reason still reports, as PolNeAR annotates it', () => {
    const text = 'A nurse, who asked not to be named because she feared her manager would punish her, said the ward was closed.';
    expect(quotesOf(text)).toHaveLength(2);
    expect(quote(text, 'her manager')).toMatchObject({
      text: 'her manager would punish her', type: 'indirect', start: at(text, 'her manager'), end: at(text, ', said'),
      speaker_mention: 'she', cue: 'feared', cue_start: at(text, 'feared'), outlet: null,
    });
  });
});
