import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// "a spokesman for the Department of Health": one who speaks for a body whose name holds "of" is described
// by it, as "a spokesman for the city" is, in every position: before the cue, after a quotation, in a
// trailing "…, X said." and after the cue.

describe('a person "for/at" a body named with "of"', () => {
  test('trailing "…, a spokesman for the Board of Parks said." reports the clause', () => {
    const text = 'Pool hours will be cut over the winter, a spokesman for the Board of Parks said.';
    expect(quote(text, 'Pool hours')).toMatchObject({ type: 'indirect', text: 'Pool hours will be cut over the winter', start: at(text, 'Pool hours'), speaker: null, speaker_mention: 'a spokesman for the Board of Parks', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('"an official at the Bank of Norland said" likewise', () => {
    const text = 'Lending slowed in the spring, an official at the Bank of Norland said on Tuesday.';
    expect(quote(text, 'Lending')).toMatchObject({ type: 'indirect', text: 'Lending slowed in the spring', speaker: null, speaker_mention: 'an official at the Bank of Norland', cue: 'said' });
  });

  test('before the cue the speaker is the description too, not the body', () => {
    const text = 'A spokeswoman for the Department of Roads said the bridge would reopen in May.';
    expect(quote(text, 'the bridge')).toMatchObject({ type: 'indirect', text: 'the bridge would reopen in May', speaker: null, speaker_mention: 'A spokeswoman for the Department of Roads', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('after a quotation', () => {
    const text = '“We expect delays,” a spokeswoman for the Department of Roads said.';
    expect(quote(text, 'We expect')).toMatchObject({ type: 'direct', text: 'We expect delays,', speaker: null, speaker_mention: 'a spokeswoman for the Department of Roads', cue: 'said' });
  });

  test('after "according to" and after an inverted cue the body stays in the description', () => {
    const text = 'Pool hours will be cut, according to a spokesman for the Board of Parks.';
    expect(quote(text, 'Pool hours')).toMatchObject({ type: 'indirect', text: 'Pool hours will be cut', speaker: null, speaker_mention: 'a spokesman for the Board of Parks', cue: 'according to' });
    const inverted = 'Pool hours will be cut, said an official at Tarnby Leisure.';
    expect(quote(inverted, 'Pool hours')).toMatchObject({ speaker: null, speaker_mention: 'an official at Tarnby Leisure', cue: 'said' });
  });

  test('a body with "of" after an inverted cue is the whole body', () => {
    const text = 'Lending slowed in the spring, said the Board of Trade.';
    expect(quote(text, 'Lending')).toMatchObject({ speaker: 'Board of Trade', speaker_kind: 'organization', cue: 'said' });
  });

  test('the body alone before the cue is still the speaker (negative case)', () => {
    const text = 'The Department of Roads said the bridge would reopen in May.';
    expect(quote(text, 'the bridge')).toMatchObject({ speaker: 'Department of Roads', speaker_kind: 'organization' });
  });

  test('a time after the person noun is no body (negative case)', () => {
    const text = 'Pool hours will be cut, said an official on Monday.';
    expect(quote(text, 'Pool hours')).toMatchObject({ speaker_mention: 'an official', cue: 'said' });
  });

  test('after the cue a body or person in small letters after "the" stays in the description', () => {
    const text = 'Pool hours will be cut, said a spokeswoman for the mayor.';
    expect(quote(text, 'Pool hours')).toMatchObject({ speaker: null, speaker_mention: 'a spokeswoman for the mayor', cue: 'said' });
    const stated = 'Pool hours will be cut, said a spokesman for the council in a statement.';
    expect(quote(stated, 'Pool hours')).toMatchObject({ speaker_mention: 'a spokesman for the council', cue: 'said' });
  });

  test('"for the first time" after the person noun is no body (negative case)', () => {
    const text = 'Pool hours will be cut, said an official for the first time.';
    expect(quote(text, 'Pool hours')).toMatchObject({ speaker_mention: 'an official', cue: 'said' });
  });
});
