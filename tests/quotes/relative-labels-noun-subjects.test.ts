import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a relative label\'s subject may be a short noun phrase: "a claim his solicitor called “…”"', () => {
  test('a possessive noun phrase gives the label, not the main clause\'s subject', () => {
    const text = 'She rejected the report, a finding her lawyer called “deeply flawed”.';
    expect(quote(text, 'deeply')).toMatchObject({
      text: 'deeply flawed', type: 'partial', start: at(text, 'deeply'), speaker_mention: 'her lawyer',
      speaker_start: at(text, 'her lawyer'), speaker_end: at(text, 'her lawyer') + 'her lawyer'.length,
      cue: 'called', cue_start: at(text, 'called'), outlet: null,
    });
  });

  test('a bare plural after the head noun is the whole subject, anonymous', () => {
    const text = 'The board approved the merger, a move analysts called “overdue”.';
    expect(quote(text, 'overdue')).toMatchObject({
      text: 'overdue', type: 'partial', start: at(text, 'overdue'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'analysts', speaker_start: at(text, 'analysts'), cue: 'called', cue_start: at(text, 'called'), outlet: null,
    });
  });

  test('"which" and "that" open the clause; the subject starts after them', () => {
    const text = 'The city kept the fee, which residents called “a scandal”, for another year.';
    expect(quote(text, 'a scandal')).toMatchObject({ text: 'a scandal', speaker_mention: 'residents', speaker_start: at(text, 'residents'), cue: 'called' });
    const other = 'The minister defended the levy that the teachers\' union called “a tax on learning”.';
    expect(quote(other, 'a tax')).toMatchObject({ type: 'partial', speaker_kind: 'organization', cue: 'called', cue_start: at(other, 'called') });
  });

  test('a noun head before an article\'s subject: "the curfew nearby residents called"', () => {
    const text = 'Owen Tate backed the curfew nearby residents called “heavy-handed”.';
    expect(quote(text, 'heavy')).toMatchObject({ speaker_mention: 'nearby residents', speaker_start: at(text, 'nearby'), cue: 'called' });
  });

  test('near miss: a relative with no label verb ("the name his parents gave him") leaves the main report', () => {
    const text = 'Owen Tate said he kept the name his parents gave him, “Junior”, for years.';
    expect(quote(text, 'Junior')).toMatchObject({ speaker: 'Owen Tate', cue: 'said' });
  });

  test('near miss: a particle verb ("called off") is no label; the main report keeps the words', () => {
    const text = 'Owen Tate said the board dropped a plan the board called off “for now”.';
    expect(quote(text, 'for now')).toMatchObject({ speaker: 'Owen Tate', cue: 'said' });
  });
});
