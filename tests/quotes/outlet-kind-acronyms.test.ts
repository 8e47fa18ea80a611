import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an acronym after a kind of news medium is that outlet: "the newspaper VG", "the broadcaster NRK"', () => {
  test('the acronym speaking is the outlet, not an organisation', () => {
    const text = 'The ferry was late again, the newspaper HLT reported on Tuesday.';
    expect(quote(text, 'The ferry')).toMatchObject({
      type: 'indirect', text: 'The ferry was late again', start: 0, end: at(text, ', the'),
      speaker: 'HLT', speaker_mention: 'HLT', speaker_kind: 'outlet', cue: 'reported', cue_start: at(text, 'reported'), outlet: 'HLT',
    });
    const agency = 'The news agency KTP reported that the ferry was late again.';
    expect(quote(agency, 'the ferry')).toMatchObject({ type: 'indirect', speaker: 'KTP', speaker_kind: 'outlet', cue: 'reported' });
  });

  test('told the broadcaster ACRONYM: the outlet field', () => {
    const text = 'The harbour master told the broadcaster HRV that the ferry was late again.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry was late again', speaker_mention: 'The harbour master', speaker_kind: 'anonymous', cue: 'told', outlet: 'HRV',
    });
  });

  test('negative: an acronym after a kind word that names no news medium stays an organisation', () => {
    const text = 'The regulator HFA said the ferry was late again.';
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', speaker: 'HFA', speaker_kind: 'organization', outlet: null });
  });
});
