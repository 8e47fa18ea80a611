import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a public body\'s name joined by "and" after "of"/"for" is one speaker, not its last part', () => {
  test('before the cue: "the Department of Harbours and Ferries said"', () => {
    const text = 'Two piers were shut for repairs, the Department of Harbours and Ferries said on Friday.';
    expect(quote(text, 'Two piers')).toMatchObject({
      type: 'indirect', text: 'Two piers were shut for repairs', start: 0,
      speaker: 'Department of Harbours and Ferries', speaker_mention: 'the Department of Harbours and Ferries',
      speaker_start: at(text, 'the Department'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('after "according to", with a place before the head', () => {
    const text = 'The blaze had spread to 900 acres, according to the Marlow County Office of Parks and Open Spaces.';
    expect(quote(text, 'The blaze')).toMatchObject({
      type: 'indirect', text: 'The blaze had spread to 900 acres', start: 0,
      speaker: 'Marlow County Office of Parks and Open Spaces', speaker_mention: 'the Marlow County Office of Parks and Open Spaces',
      speaker_start: at(text, 'the Marlow'), speaker_kind: 'organization', cue: 'according to',
    });
  });

  test('"for" and a list joined by commas: the whole list is the name', () => {
    const text = 'Shipments of scrap were halted, the Bureau for Metals, Plastics, Glass and Paper said.';
    expect(quote(text, 'Shipments')).toMatchObject({
      type: 'indirect', text: 'Shipments of scrap were halted', start: 0,
      speaker: 'Bureau for Metals, Plastics, Glass and Paper', speaker_mention: 'the Bureau for Metals, Plastics, Glass and Paper',
      speaker_kind: 'organization', cue: 'said',
    });
  });

  test('after the cue: "said the Centre for Tides and Currents"', () => {
    const text = 'The water will rise by a metre, said the Centre for Tides and Currents.';
    expect(quote(text, 'The water')).toMatchObject({
      type: 'indirect', text: 'The water will rise by a metre', speaker: 'Centre for Tides and Currents',
      speaker_mention: 'the Centre for Tides and Currents', speaker_kind: 'organization', cue: 'said',
    });
  });

  test('a person "of" the body is still the speaker', () => {
    const text = 'The ferries will run late, Mara Okafor of the Department of Harbours and Ferries said.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });

  test('a given name after "and" is a second subject, not part of the body\'s name', () => {
    const text = 'The ferries will run late, the Department of Harbours and Mara Okafor said.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });

  test('a title after the body\'s name starts the person: "… and Ferries Director Mara Okafor said"', () => {
    const text = 'The ferries will run late, the Department of Harbours and Ferries Director Mara Okafor said.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_kind: 'person', cue: 'said' });
  });
});

describe('two bodies joined by "and" stay two', () => {
  test('a part with a head of its own after "and" is a second body: the last is the speaker, as before', () => {
    const text = 'The talks will resume in May, the University of Marlow and Harwell College said.';
    expect(quote(text, 'The talks')).toMatchObject({ type: 'indirect', speaker: 'Harwell College', speaker_mention: 'Harwell College', speaker_kind: 'organization', cue: 'said' });
  });
});

describe('a role\'s field after "of" is no part of the name after it', () => {
  test('"Professor of Marine Law Mara Okafor": the person starts at the given name', () => {
    const text = 'The rules are out of date, Professor of Marine Law Mara Okafor said.';
    expect(quote(text, 'The rules')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara'), speaker_kind: 'person', cue: 'said' });
  });

  test('a field joined by "and" ("Professor of Law and Ethics Mara Okafor")', () => {
    const text = 'The rules are out of date, Professor of Law and Ethics Mara Okafor said.';
    expect(quote(text, 'The rules')).toMatchObject({ type: 'indirect', speaker: 'Mara Okafor', speaker_mention: 'Mara Okafor', speaker_start: at(text, 'Mara'), speaker_kind: 'person', cue: 'said' });
  });
});
