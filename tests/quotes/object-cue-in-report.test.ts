import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a quotation taken by an object cue inside someone else\'s report is the reporter\'s', () => {
  test('"X said Y had vowed to “…”": the words are X\'s, not Y\'s', () => {
    const text = 'The harbour board met on Monday. Councillor Mina Ortez said the ferry firm had vowed to “fix every late sailing by June.”';
    expect(quote(text, 'fix every')).toMatchObject({
      type: 'partial', text: 'fix every late sailing by June.', start: at(text, 'fix every'), end: at(text, 'June.') + 5,
      speaker: 'Mina Ortez', speaker_mention: 'Mina Ortez', speaker_start: at(text, 'Mina Ortez'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"X said Y was urging … to “…”" and "X said Y had been pointing to “…”"', () => {
    const text = 'Talks resumed in Oslo. A diplomat said Norway was urging both delegations to drop “every precondition.”\n\nThe vote was close. Reyes said Dunn had been pointing to “the older ferry timetable,” not the new one.';
    expect(quote(text, 'every precondition')).toMatchObject({
      type: 'partial', text: 'every precondition.', start: at(text, 'every precondition'),
      speaker_mention: 'A diplomat', speaker_start: at(text, 'A diplomat'), cue: 'said', cue_start: at(text, 'said Norway'), outlet: null,
    });
    expect(quote(text, 'the older ferry')).toMatchObject({
      type: 'partial', text: 'the older ferry timetable,', start: at(text, 'the older ferry'),
      speaker: 'Reyes', speaker_mention: 'Reyes', speaker_start: at(text, 'Reyes'), cue: 'said', cue_start: at(text, 'said Dunn'), outlet: null,
    });
  });

  test('near miss: across a comma, or after "according to", the inner frame keeps the words', () => {
    const text = 'The pier reopened. “Is it safe?” she asked, but as Dunn went on about “the new railings,” nobody listened.\n\nThe levy passed. “We object to the levy,” the firm\'s lawyer Ana Bell said in a statement according to the Ledger. “We will appeal before the month is out.”';
    expect(quote(text, 'the new railings')).toMatchObject({ type: 'partial', speaker: 'Dunn', speaker_mention: 'Dunn', speaker_start: at(text, 'Dunn'), cue: 'went on' });
    expect(quote(text, 'We will appeal')).toMatchObject({ type: 'direct', speaker_mention: 'Ledger', speaker_start: at(text, 'Ledger'), cue: 'according to', outlet: 'The Ledger' });
  });

  test('near miss: an inner cue with a that-clause of its own keeps its own speaker', () => {
    const text = 'The tour was cancelled. Marta Lind said the agency told her in May that the dates were “on hold for now.”';
    expect(quote(text, 'on hold')).toMatchObject({
      type: 'partial', text: 'on hold for now.', start: at(text, 'on hold'),
      speaker_mention: 'the agency', speaker_start: at(text, 'the agency'), cue: 'told', cue_start: at(text, 'told'), outlet: null,
    });
  });
});
