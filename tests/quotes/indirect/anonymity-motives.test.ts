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

describe('"who asked not to be named because she hoped to be rehired": a wish in the reason is no report', () => {
  test('only the source\'s report, no «be rehired»', () => {
    const text = 'A ferry operator, who asked not to be named because she hoped to be rehired in spring, said bookings had collapsed.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'bookings')).toMatchObject({
      text: 'bookings had collapsed', type: 'indirect', start: at(text, 'bookings'), end: at(text, '.'),
      speaker: null, speaker_mention: 'A ferry operator', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: "hoped to" outside any reason for anonymity still reports the hope', () => {
    const text = 'Greta Lindqvist hoped to reopen the route in spring.';
    expect(quote(text, 'reopen')).toMatchObject({ type: 'indirect', text: 'reopen the route in spring', speaker: 'Greta Lindqvist', cue: 'hoped to' });
  });

  test('near miss: a clause hoped inside the reason still reports, as "feared" does', () => {
    const text = 'A ferry operator, who asked not to be named because she hoped the route would reopen, said bookings had collapsed.';
    expect(quotesOf(text)).toHaveLength(2);
    expect(quote(text, 'the route')).toMatchObject({ text: 'the route would reopen', type: 'indirect', speaker_mention: 'she', cue: 'hoped' });
  });
});
