import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a role with its field ("Minister of Trade and Industry") before a name', () => {
  test('before the cue, the field joined by "and": the name speaks, in the role', () => {
    const text = 'Minister of Trade and Industry Vukani Mbeki said exports grew.';
    expect(quote(text, 'exports')).toMatchObject({
      type: 'indirect', text: 'exports grew', start: at(text, 'exports'),
      speaker: 'Vukani Mbeki', speaker_mention: 'Vukani Mbeki', speaker_start: at(text, 'Vukani'), speaker_kind: 'person',
      speaker_role: 'minister', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('a field of several words after "and"', () => {
    const text = 'Secretary of Housing and Urban Affairs Delphine Marchetti said rents rose.';
    expect(quote(text, 'rents')).toMatchObject({
      type: 'indirect', text: 'rents rose', start: at(text, 'rents'),
      speaker: 'Delphine Marchetti', speaker_mention: 'Delphine Marchetti', speaker_start: at(text, 'Delphine'),
      speaker_role: 'secretary', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('after the cue: the phrase runs through "of" and "and" to the name', () => {
    const text = '“Sales are up,” said Head of Sales and Marketing Priya Lal.';
    expect(quote(text, 'Sales')).toMatchObject({
      type: 'direct', text: 'Sales are up,', start: 1,
      speaker: 'Priya Lal', speaker_mention: 'Priya Lal', speaker_start: at(text, 'Priya'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('after the cue, a role word heads the field', () => {
    const text = '“We hired forty engineers,” said Director of Research and Development Karl Benning.';
    expect(quote(text, 'We hired')).toMatchObject({
      type: 'direct', text: 'We hired forty engineers,', start: 1,
      speaker: 'Karl Benning', speaker_mention: 'Karl Benning', speaker_start: at(text, 'Karl'), speaker_role: 'director',
      cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('the office alone: the field\'s last noun is no one\'s name', () => {
    const text = '“We hired forty engineers,” said the Director of Research and Development.';
    expect(quote(text, 'We hired')).toMatchObject({
      type: 'direct', speaker: null, speaker_mention: 'the Director of Research and Development',
      speaker_start: at(text, 'the Director'), speaker_kind: 'anonymous', speaker_role: 'director', cue: 'said',
    });
  });

  test('not on past a name into its body: "Professor of Law Ana Ruiz of Kent University"', () => {
    const text = '“We hired forty engineers,” said Professor of Law Ana Ruiz of Kent University.';
    expect(quote(text, 'We hired')).toMatchObject({ speaker: 'Ana Ruiz', speaker_start: at(text, 'Ana'), cue: 'said' });
  });
});

describe('two words after the cue make a report when they are a plural noun and its verb', () => {
  test('"said prices fell."', () => {
    const text = 'Tomas Greer said prices fell.';
    expect(quote(text, 'prices')).toMatchObject({ type: 'indirect', text: 'prices fell', start: at(text, 'prices'), speaker: 'Tomas Greer', cue: 'said' });
  });

  test('a pronoun and its verb stay too short: "said she agreed."', () => {
    const text = 'Tomas Greer said she agreed.';
    expect(() => quote(text, 'she')).toThrow();
  });

  test('the office alone, its field joined by "and" and cut there before the cue: no one, the whole office the mention', () => {
    const text = 'Director of Parks and Recreation Services said the pool would reopen.';
    expect(quote(text, 'the pool')).toMatchObject({
      type: 'indirect', text: 'the pool would reopen', start: at(text, 'the pool'),
      speaker: null, speaker_mention: 'Director of Parks and Recreation Services', speaker_start: 0, speaker_role: 'director',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('the office alone after the cue ("said Head of Trade and Industry"): no one named "Industry"', () => {
    const text = 'The pool will reopen, said Head of Trade and Industry.';
    expect(quote(text, 'The pool')).toMatchObject({
      type: 'indirect', text: 'The pool will reopen', start: 0,
      speaker: null, speaker_mention: 'Head of Trade and Industry', speaker_start: at(text, 'Head'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: the same office with a name after it is the person\'s', () => {
    const text = 'Director of Parks and Recreation Services Ana Ruiz said the pool would reopen.';
    expect(quote(text, 'the pool')).toMatchObject({ text: 'the pool would reopen', speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', speaker_role: 'director', cue: 'said', outlet: null });
  });
});

describe('a role whose field follows "for" ("Minister for Europe") before a name', () => {
  test('before the cue: the field after "for" is no part of the name', () => {
    const text = 'Minister for Harbour Renewal Odette Marsh said the quay would reopen.';
    expect(quote(text, 'the quay')).toMatchObject({
      type: 'indirect', text: 'the quay would reopen', start: at(text, 'the quay'),
      speaker: 'Odette Marsh', speaker_mention: 'Odette Marsh', speaker_start: at(text, 'Odette'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('after the cue: "said Secretary of State for Transport NAME"', () => {
    const text = '“The line will run by June,” said Secretary of State for Transport Piers Holloway.';
    expect(quote(text, 'The line')).toMatchObject({
      type: 'direct', text: 'The line will run by June,', start: 1,
      speaker: 'Piers Holloway', speaker_mention: 'Piers Holloway', speaker_start: at(text, 'Piers'), cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});
