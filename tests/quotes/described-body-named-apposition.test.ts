import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a body described by its kind, then "the" and its proper name in apposition', () => {
  test('"The port\'s union, the United Harbour Federation, said CLAUSE": the named body reports the clause', () => {
    const text = "The port's union, the United Harbour Federation, said crews had not been warned.";
    expect(quote(text, 'crews')).toMatchObject({
      type: 'indirect', text: 'crews had not been warned', start: at(text, 'crews'), end: at(text, 'warned') + 'warned'.length,
      speaker: 'United Harbour Federation', speaker_mention: 'United Harbour Federation', speaker_start: at(text, 'United'),
      speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('past a relative clause on the name, for a second verb of the same subject: "…, which …, called X “…” and said CLAUSE"', () => {
    const text = 'The theatre\'s union, the Lantern Stagehands Guild, which was founded in 1990, called the plan "reckless" and said talks had stalled.';
    expect(quote(text, 'reckless')).toMatchObject({ type: 'partial', text: 'reckless', speaker: 'Lantern Stagehands Guild', speaker_kind: 'organization', cue: 'called', outlet: null });
    expect(quote(text, 'talks')).toMatchObject({
      type: 'indirect', text: 'talks had stalled', start: at(text, 'talks'), speaker: 'Lantern Stagehands Guild',
      speaker_mention: 'Lantern Stagehands Guild', speaker_start: at(text, 'Lantern'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('near miss: an apposition that names nothing leaves the description speaking ("the largest in the region")', () => {
    const text = "The port's union, the largest in the region, said crews had not been warned.";
    expect(quote(text, 'crews')).toMatchObject({ type: 'indirect', speaker_mention: "The port's union", speaker_start: 0, speaker_kind: 'organization', cue: 'said' });
    const relative = 'The theatre\'s union, the largest in the city, which was founded in 1990, called the plan "reckless" and said talks had stalled.';
    expect(quote(relative, 'talks')).toMatchObject({ speaker_mention: "The theatre's union", speaker_start: 0, cue: 'said' });
  });

  test('"The port\'s union, Dockforce, said CLAUSE": one word named after a body\'s kind is the body, no person', () => {
    const text = "The port's union, Dockforce, said crews had not been warned.";
    expect(quote(text, 'crews')).toMatchObject({
      type: 'indirect', text: 'crews had not been warned', start: at(text, 'crews'), end: at(text, 'warned') + 'warned'.length,
      speaker: 'Dockforce', speaker_mention: 'Dockforce', speaker_start: at(text, 'Dockforce'), speaker_kind: 'organization', speaker_role: null,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: one word after a person\'s role stays a person ("The port\'s harbourmaster, Quill, said")', () => {
    const text = "The port's harbourmaster, Quill, said crews had not been warned.";
    expect(quote(text, 'crews')).toMatchObject({ speaker: 'Quill', speaker_kind: 'person', cue: 'said' });
  });
});

describe('an indefinite kind of body, then "the" and its proper name in apposition', () => {
  test('"A residents group, the Quayside Society, said … “…”": the named body says the partial', () => {
    const text = 'A residents group, the Quayside Society, said the council had shown “no vision” at all.';
    expect(quote(text, 'no vision')).toMatchObject({
      type: 'partial', text: 'no vision', start: at(text, 'no vision'), speaker: 'Quayside Society', speaker_mention: 'Quayside Society',
      speaker_start: at(text, 'Quayside'), speaker_end: at(text, 'Quayside Society') + 'Quayside Society'.length, speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('a kind noun the classifier leaves open ("A local charity, the Elm Trust,"): the named body reports the clause', () => {
    const text = 'A local charity, the Elm Trust, said the shelter would close in May.';
    expect(quote(text, 'the shelter')).toMatchObject({
      type: 'indirect', text: 'the shelter would close in May', start: at(text, 'the shelter'), speaker: 'Elm Trust', speaker_mention: 'Elm Trust',
      speaker_start: at(text, 'Elm Trust'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('near miss: a person before the name is no kind of body, and the name does not speak for them', () => {
    const text = 'A neighbour, the Elm Trust, said the shelter would close in May.';
    expect(quotesOf(text).some((q) => q.speaker === 'Elm Trust')).toBe(false);
  });
});
