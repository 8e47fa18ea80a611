import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('"Jane Hall, of Maidstone, Kent, said": a given name and a surname that also ends places is a person; the home town after "of" no speaker', () => {
  test('the person speaks, with the town and county after "of" left out of the name and no organisation', () => {
    const text = 'Nora Hall, of Ashby, Leicestershire, said the fair had raised record sums.';
    expect(quote(text, 'the fair')).toMatchObject({
      type: 'indirect', text: 'the fair had raised record sums', start: at(text, 'the fair'),
      speaker: 'Nora Hall', speaker_kind: 'person', speaker_mention: 'Nora Hall', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(entityNames(text).people).toEqual(['Nora Hall']);
  });

  test('a town alone after "of", and after the cue', () => {
    const town = 'Nora Hall, of Ashby, said the fair had raised record sums.';
    expect(quote(town, 'the fair')).toMatchObject({ speaker: 'Nora Hall', speaker_kind: 'person', speaker_mention: 'Nora Hall' });
    expect(entityNames(town).people).toEqual(['Nora Hall']);
    const after = '“It was our best year,” said Ruth Church, of Ashby, Leicestershire.';
    expect(quote(after, 'It was')).toMatchObject({ type: 'direct', speaker: 'Ruth Church', speaker_kind: 'person', speaker_mention: 'Ruth Church', speaker_start: at(after, 'Ruth') });
  });

  test('near miss: the hall with its article stays a place\'s body', () => {
    expect(quote('The Albert Hall said the concert was sold out.', 'the concert')).toMatchObject({ speaker: 'Albert Hall', speaker_kind: 'organization' });
    expect(entityNames('The Albert Hall said the concert was sold out.').people).toEqual([]);
    expect(entityNames('Survivors gathered at the Mother Emanuel Church on Sunday.').people).toEqual([]);
    expect(quote('Mrs Nora Hall said the fair had raised record sums.', 'the fair')).toMatchObject({ speaker: 'Nora Hall', speaker_kind: 'person' });
  });
});
