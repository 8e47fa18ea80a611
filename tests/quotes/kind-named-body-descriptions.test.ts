import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "the agency", "the bank", "the organisation", "the regulator" as speakers stand for the last body named
// before whose name says it is one (data/body-kind-name-words.json), or whose initials opened a sentence.

describe('a definite kind noun stands for the body of that kind named before', () => {
  test('"the agency" after a name ending in Office', () => {
    const text = 'The Coastal Forecast Office issued a flood warning. In a statement, the agency said that rivers would peak overnight.';
    expect(quote(text, 'rivers')).toMatchObject({
      type: 'indirect', text: 'rivers would peak overnight', start: at(text, 'rivers'), speaker: 'Coastal Forecast Office',
      speaker_mention: 'the agency', speaker_start: at(text, 'the agency'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said that'), outlet: null,
    });
  });

  test('"the bank" two paragraphs on, the paragraph between speaking of the bank', () => {
    const text = 'Tolland Bank did not answer calls on Thursday.\n\nThe bank’s online app was down for most of the day.\n\nLate on Friday, the bank said payments were flowing again.';
    expect(quote(text, 'payments')).toMatchObject({
      type: 'indirect', text: 'payments were flowing again', speaker: 'Tolland Bank', speaker_mention: 'the bank',
      speaker_start: at(text, 'the bank said'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('near miss: two paragraphs on with no mention between, the bank stays unnamed', () => {
    const text = 'Tolland Bank did not answer calls on Thursday.\n\nCustomers queued outside branches in the rain.\n\nLate on Friday, the bank said payments were flowing again.';
    expect(quote(text, 'payments')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'the bank', cue: 'said' });
  });

  test('"the organisation" after a name ending in Organization, and after its initials', () => {
    const full = 'The Global Fisheries Organization released new catch data. The organisation warned that stocks were falling.';
    expect(quote(full, 'stocks')).toMatchObject({ type: 'indirect', text: 'stocks were falling', speaker: 'Global Fisheries Organization', speaker_mention: 'The organisation', speaker_kind: 'organization', cue: 'warned', outlet: null });
    const initials = 'The GFO released new catch data. The organisation warned that stocks were falling.';
    expect(quote(initials, 'stocks')).toMatchObject({
      type: 'indirect', text: 'stocks were falling', start: at(initials, 'stocks'), speaker: 'GFO', speaker_mention: 'The organisation',
      speaker_start: at(initials, 'The organisation'), speaker_kind: 'organization', cue: 'warned', outlet: null,
    });
  });

  test('near miss: two capitals are as often a country, so "the US" is no organisation', () => {
    const text = 'The US released new catch data. The organisation warned that stocks were falling.';
    expect(quote(text, 'stocks')).toMatchObject({ type: 'indirect', speaker_mention: 'The organisation', cue: 'warned' });
    expect(quote(text, 'stocks').speaker).not.toBe('US');
  });

  test('"the regulator" after a name whose words are joined by "and" takes the whole name', () => {
    const text = 'The Water and Sewerage Authority opened a review. The regulator said that bills would rise.';
    expect(quote(text, 'bills')).toMatchObject({
      type: 'indirect', text: 'bills would rise', start: at(text, 'bills'), speaker: 'Water and Sewerage Authority', speaker_mention: 'The regulator',
      speaker_start: at(text, 'The regulator'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a name after "a" modifies a noun, and its sentence speaks of the agency as another body', () => {
    const text = 'A Coastal Forecast Office audit found that the agency had lost records.\n\nIn a later memo, the agency said that the audit was wrong.';
    expect(quote(text, 'the audit was')).toMatchObject({ type: 'indirect', text: 'the audit was wrong', speaker_mention: 'the agency', cue: 'said', outlet: null });
    expect(quote(text, 'the audit was').speaker).not.toBe('Coastal Forecast Office');
  });

  test('near miss: a nation\'s short name (USA, UAE) opening a sentence is no organisation', () => {
    const text = 'The GFO opened an inquiry. The UAE beat Oman on Monday. The organisation said that tickets had sold out.';
    expect(quote(text, 'tickets')).toMatchObject({
      type: 'indirect', text: 'tickets had sold out', speaker: 'GFO', speaker_mention: 'The organisation', speaker_start: at(text, 'The organisation'),
      speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });
});
