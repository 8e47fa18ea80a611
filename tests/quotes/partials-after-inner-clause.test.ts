import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a partial in a second "that" clause belongs to the outer reporter', () => {
  test('a few words quoted inside the first clause neither cut it off nor make the next verb inverted', () => {
    const text = 'Harbour Lines said in a statement that it "firmly" rejected the complaints and that passenger safety was "never in doubt."';
    expect(quote(text, 'never in doubt')).toMatchObject({ text: 'never in doubt.', type: 'partial', start: at(text, 'never in doubt'), speaker: 'Harbour Lines', speaker_mention: 'Harbour Lines', cue: 'said', outlet: null });
    expect(quote(text, 'firmly')).toMatchObject({ type: 'partial', speaker: 'Harbour Lines', cue: 'said' });
  });

  test('"and that “…”" after a report nested in the first clause takes the outer cue up again', () => {
    const text = 'Tomas Kral said the banks had reported large gains last year, and that "none of it reached the farmers."';
    expect(quote(text, 'none of it')).toMatchObject({ text: 'none of it reached the farmers.', type: 'partial', start: at(text, 'none of it'), speaker: 'Tomas Kral', speaker_mention: 'Tomas Kral', cue: 'said', outlet: null });
  });

  test('near miss: a quotation ending with a comma before "said X" keeps the inverted speaker', () => {
    const text = 'The plan was "a mess from the start," said Tomas Kral.';
    expect(quote(text, 'a mess')).toMatchObject({ type: 'partial', speaker: 'Tomas Kral', speaker_mention: 'Tomas Kral', cue: 'said' });
  });

  test('near miss: a partial inside the nested clause itself, with no "and that"', () => {
    const text = 'Tomas Kral said the banks had "hidden" their gains.';
    expect(quote(text, 'hidden')).toMatchObject({ type: 'partial', speaker: 'Tomas Kral', cue: 'said' });
  });
});
