import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('"ROLE NAME of the BODY said", the body in small letters: the name speaks', () => {
  test('"Meteorologist Ana Ruiz of the weather service said …": Ana Ruiz, role meteorologist', () => {
    const text = 'Meteorologist Ana Ruiz of the weather service said the storm would weaken.';
    expect(quote(text, 'the storm')).toMatchObject({
      text: 'the storm would weaken', type: 'indirect', start: at(text, 'the storm'),
      speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', speaker_start: at(text, 'Ana Ruiz'), speaker_kind: 'person', speaker_role: 'meteorologist',
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('"Seismologist Tom Baines of the geological survey said …" and "from the" with no role', () => {
    const text = 'Seismologist Tom Baines of the geological survey said aftershocks were likely.';
    expect(quote(text, 'aftershocks')).toMatchObject({
      text: 'aftershocks were likely', speaker: 'Tom Baines', speaker_mention: 'Tom Baines', speaker_start: at(text, 'Tom Baines'),
      speaker_role: 'seismologist', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    const plain = 'Nadia Orwell from the county library said the branch would reopen.';
    expect(quote(plain, 'the branch')).toMatchObject({ speaker: 'Nadia Orwell', speaker_mention: 'Nadia Orwell', speaker_start: 0, cue: 'said' });
  });

  test('near miss: a description with no name keeps its whole phrase, "The uncle of the boy said"', () => {
    const text = 'The uncle of the boy said the storm had flooded the house.';
    expect(quote(text, 'the storm')).toMatchObject({ speaker: null, speaker_mention: 'The uncle of the boy', speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('"The fan, identified only as Marco, said": the name so given is the speaker', () => {
  test('reported speech', () => {
    const text = 'The fan, identified only as Marco, said the stewards had been rough.';
    expect(quote(text, 'the stewards')).toMatchObject({
      text: 'the stewards had been rough', type: 'indirect', start: at(text, 'the stewards'),
      speaker: 'Marco', speaker_mention: 'Marco', speaker_start: at(text, 'Marco'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Marco']);
  });

  test('a quotation after "said," and "known only as"', () => {
    const text = 'The fan, identified only as Marco, said, “The stewards were rough.”';
    expect(quote(text, 'The stewards')).toMatchObject({
      text: 'The stewards were rough.', type: 'direct', speaker: 'Marco', speaker_mention: 'Marco', speaker_start: at(text, 'Marco'), cue: 'said', cue_start: at(text, 'said'),
    });
    const known = 'A driver, known only as Pell, told the inquiry the brakes had failed.';
    expect(quote(known, 'the brakes')).toMatchObject({ speaker: 'Pell', speaker_mention: 'Pell', speaker_start: at(known, 'Pell'), cue: 'told' });
  });
});

describe('"Investors in the collapsed crypto exchange Tallcoin said": the people in the body speak, not the body', () => {
  test('the whole description is the mention; no one is named', () => {
    const text = 'Investors in the collapsed crypto exchange Tallcoin said they had lost their savings.';
    expect(quote(text, 'they had')).toMatchObject({
      text: 'they had lost their savings', type: 'indirect', start: at(text, 'they had'),
      speaker: null, speaker_mention: 'Investors in the collapsed crypto exchange Tallcoin', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });
});

describe('round-2 reviewer: a possessive in the small-letter body, a modal before "identified only as"', () => {
  test('"Tom Weller of the city\'s parks department said": the name speaks, the possessive is part of the body', () => {
    const text = "Tom Weller of the city's parks department said the pool would close.";
    expect(quote(text, 'the pool')).toMatchObject({
      text: 'the pool would close', type: 'indirect', start: at(text, 'the pool'),
      speaker: 'Tom Weller', speaker_mention: 'Tom Weller', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    const county = "Ana Ruiz of the county's health office said the clinic was full.";
    expect(quote(county, 'the clinic')).toMatchObject({ speaker: 'Ana Ruiz', speaker_mention: 'Ana Ruiz', speaker_start: 0, cue: 'said' });
  });

  test('"who would be identified only as Tobi": a modal and "be" before the verb still give the name', () => {
    const text = 'One protester, who would be identified only as Tobi, told reporters the police had charged.';
    expect(quote(text, 'the police')).toMatchObject({
      text: 'the police had charged', type: 'indirect', start: at(text, 'the police'),
      speaker: 'Tobi', speaker_mention: 'Tobi', speaker_start: at(text, 'Tobi'), cue: 'told', cue_start: at(text, 'told'), outlet: null,
    });
    const asked = 'A nurse, who asked to be named only as Mirela, said the ward was short of beds.';
    expect(quote(asked, 'the ward')).toMatchObject({ speaker: 'Mirela', speaker_mention: 'Mirela', speaker_start: at(asked, 'Mirela'), cue: 'said' });
  });

  test('negative: a dog known only as Bella is no speaker and no person; the one who tells of it speaks', () => {
    const text = 'A dog known only as Bella was found alive, Tom Weller said.';
    expect(quote(text, 'A dog')).toMatchObject({ text: 'A dog known only as Bella was found alive', speaker: 'Tom Weller', cue: 'said', outlet: null });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Tom Weller']);
  });
});
