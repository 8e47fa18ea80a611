// Well-known bodies as speakers: charities and watchdogs whose names read like a person's or hold a role
// word, and a body named in apposition to a description. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'k' }).entities.people.map((p) => p.name);

describe('a known body speaks as an organisation, whole', () => {
  test('"Doctors Without Borders said": the whole name, not "Borders" as a person', () => {
    const text = 'Doctors Without Borders said the clinic in Tessaly had been shelled twice.';
    expect(quote(text, 'the clinic')).toMatchObject({ type: 'indirect', speaker: 'Doctors Without Borders', speaker_mention: 'Doctors Without Borders', speaker_start: 0, speaker_kind: 'organization', cue: 'said' });
    expect(people(text)).toEqual([]);
  });

  test('"Save the Children said": the name with its small word', () => {
    const text = 'Save the Children said the camp near Orvik held twice as many families as in May.';
    expect(quote(text, 'the camp')).toMatchObject({ speaker: 'Save the Children', speaker_kind: 'organization', cue: 'said' });
    expect(people(text)).toEqual([]);
  });

  test('"Human Rights Watch" and "Greenpeace" are bodies, not people', () => {
    const text = 'Human Rights Watch said the detainees in Marsk were held without charge. Greenpeace said the leak at the Harlow terminal was worse than reported.';
    expect(quote(text, 'the detainees')).toMatchObject({ speaker: 'Human Rights Watch', speaker_kind: 'organization' });
    expect(quote(text, 'the leak')).toMatchObject({ speaker: 'Greenpeace', speaker_kind: 'organization' });
    expect(people(text)).toEqual([]);
  });

  test('"The Red Cross said …": the model reads "Cross" as a verb and "said" as an adjective; the report is still found', () => {
    const text = 'The Red Cross said its convoys had been stopped at the Velta bridge for a third day.';
    expect(quote(text, 'its convoys')).toMatchObject({ type: 'indirect', speaker: 'Red Cross', speaker_start: at(text, 'Red'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said') });
  });

  test('"Live Nation said" is the promoter, not the outlet "The Nation"', () => {
    const text = 'Live Nation said that every ticket for the Oslo dates would be refunded.';
    expect(quote(text, 'every ticket')).toMatchObject({ speaker: 'Live Nation', speaker_kind: 'organization', outlet: null });
  });

  test('a service or watchdog by the last word of its name: "the Coast Guard", "the Salvation Army"', () => {
    const text = 'The Coast Guard said two fishermen were pulled from the water near Brannock Point. The Salvation Army said its shelters were full.';
    expect(quote(text, 'two fishermen')).toMatchObject({ speaker: 'Coast Guard', speaker_kind: 'organization' });
    expect(quote(text, 'its shelters')).toMatchObject({ speaker: 'Salvation Army', speaker_kind: 'organization' });
  });

  test('a spokesman for a known body is a description of one who speaks for it', () => {
    const text = 'A spokesman for Save the Children said the camp near Orvik was full.';
    expect(quote(text, 'the camp')).toMatchObject({ speaker: null, speaker_mention: 'A spokesman for Save the Children', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('a person whose surname is a word of a body\'s name still speaks as a person (negative case)', () => {
    const text = 'Nadia Cross said the ferry had not run since March.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Nadia Cross', speaker_kind: 'person' });
  });
});

describe('a body named in apposition to a description', () => {
  test('"The promoter, Harbor Events Group, said": the body named speaks', () => {
    const text = 'The promoter, Harbor Events Group, said that all three shows in Dunmore would go ahead.';
    expect(quote(text, 'all three')).toMatchObject({ speaker: 'Harbor Events Group', speaker_start: at(text, 'Harbor'), speaker_kind: 'organization', cue: 'said' });
  });

  test('"The Stroke Association, a charity, said … “…”": the body, described, keeps its partial quote', () => {
    const text = 'The Kestrel Trust, a conservation charity, said the new survey was “encouraging but far from conclusive”.';
    expect(quote(text, 'encouraging')).toMatchObject({ type: 'partial', speaker: 'Kestrel Trust', speaker_kind: 'organization', cue: 'said' });
  });

  test('a person named after a definite description still speaks as a person (negative case)', () => {
    const text = 'The promoter, Tomas Ebbe, said that all three shows in Dunmore would go ahead.';
    expect(quote(text, 'all three')).toMatchObject({ speaker: 'Tomas Ebbe', speaker_kind: 'person' });
  });
});
