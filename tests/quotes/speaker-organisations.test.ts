import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a publisher or production company is an organisation, never a person a pronoun can mean', () => {
  // Before, "Wexley Books" passed for a person of unknown gender and took every later "she" and "he".
  const text = 'Mara Okafor wrote the novel in a year. Wexley Books said on Monday that it would be reprinted. “It feels like a second debut,” she said.';

  test('the company speaks as an organisation', () => {
    expect(quote(text, 'it would be')).toMatchObject({ type: 'indirect', speaker: 'Wexley Books', speaker_mention: 'Wexley Books', speaker_kind: 'organization', cue: 'said' });
  });

  test('"she" after the company is the author named before it', () => {
    expect(quote(text, 'It feels like')).toMatchObject({ type: 'direct', speaker: 'Mara Okafor', speaker_mention: 'she', speaker_start: at(text, 'she said'), speaker_kind: 'person', cue: 'said' });
  });

  test('a person whose surname is an ordinary word still speaks as a person (negative case)', () => {
    const t = '“We start filming in May,” said Tomas Brooks, the producer.';
    expect(quote(t, 'We start')).toMatchObject({ type: 'direct', speaker: 'Tomas Brooks', speaker_kind: 'person', cue: 'said' });
  });
});

describe('a possessive description of a company, then its name', () => {
  test('"Her publisher, Wexley Books, said" gives the company as the speaker', () => {
    const text = 'Her publisher, Wexley Books, said in a statement that “every cut was agreed with the author.”';
    expect(quote(text, 'every cut')).toMatchObject({
      text: 'every cut was agreed with the author.', type: 'partial', speaker: 'Wexley Books', speaker_mention: 'Wexley Books', speaker_start: at(text, 'Wexley'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a company named in a person’s apposition is not the speaker (negative case)', () => {
    const text = 'Mara Okafor, head of Wexley Books, said that “every cut was agreed with the author.”';
    expect(quote(text, 'every cut')).toMatchObject({ speaker: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });
});

describe('an organisation named "HEAD of …" and a team named by its plural', () => {
  test('"The Federation of Coastal Fishermen said": the whole name speaks, though its run opens with a descriptor', () => {
    const text = 'The Federation of Coastal Fishermen said the quota would ruin small boats.';
    expect(quote(text, 'the quota')).toMatchObject({
      type: 'indirect', text: 'the quota would ruin small boats', speaker: 'Federation of Coastal Fishermen', speaker_mention: 'Federation of Coastal Fishermen',
      speaker_start: at(text, 'Federation'), speaker_kind: 'organization', cue: 'said',
    });
    const descriptor = 'The Association of American Ferrymen said the quota would ruin small boats.';
    expect(quote(descriptor, 'the quota')).toMatchObject({ speaker: 'Association of American Ferrymen', speaker_kind: 'organization', cue: 'said' });
  });

  test('"The Harriers said": a plural alone after a capitalised "The" is a team, not a person; a surname is still a person', () => {
    expect(quote('The Harriers said the winger would miss a month.', 'the winger')).toMatchObject({ speaker: 'Harriers', speaker_kind: 'organization', cue: 'said' });
    expect(quote('Coach Ida Lund praised the winger. Reyes said the winger would miss a month.', 'the winger would')).toMatchObject({ speaker: 'Reyes', speaker_kind: 'person' });
  });
});
