import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a cue after "and" coordinated with a verb inside a clause of the sentence', () => {
  test('"as the governor called X “…” and dismissed Y as “…”" gives both to the governor', () => {
    const text = 'Protesters booed as the governor called the strike “sabotage” and dismissed the union as “a nuisance.”';
    expect(quote(text, 'sabotage')).toMatchObject({ type: 'partial', speaker_mention: 'the governor', cue: 'called' });
    expect(quote(text, 'a nuisance')).toMatchObject({
      type: 'partial', text: 'a nuisance.', start: at(text, 'a nuisance'), speaker_kind: 'anonymous', speaker_mention: 'the governor',
      speaker_start: at(text, 'the governor'), cue: 'dismissed', cue_start: at(text, 'dismissed'), outlet: null,
    });
  });

  test('"in which she called …" : the relative clause\'s subject', () => {
    const text = 'Lawmakers left early as Governor Ines Moreau gave a speech in which she called the strike “sabotage” and dismissed the union as “a nuisance.”';
    expect(quote(text, 'a nuisance')).toMatchObject({ type: 'partial', speaker: 'Ines Moreau', speaker_mention: 'she', cue: 'dismissed' });
  });

  test('near miss: with no verb of its own between, the sentence subject stays', () => {
    const text = 'The governor smiled as reporters gathered and dismissed the union as “a nuisance.”';
    expect(quote(text, 'a nuisance')).toMatchObject({ type: 'partial', speaker_mention: 'The governor', cue: 'dismissed' });
  });
});

describe('a cue after "and" and a perfect\'s auxiliary ("and had warned") shares the sentence\'s subject', () => {
  test('"The board had “…” and had warned the city it would sue": the board\'s report, and its partial', () => {
    const text = 'The board had “lost all faith” in the plan and had warned the city it would appeal.';
    expect(quotesOf(text)).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'indirect', text: 'it would appeal', start: at(text, 'it would'), end: text.length - 1, speaker_mention: 'The board', speaker_start: 0, speaker_kind: 'organization', cue: 'warned', cue_start: at(text, 'warned'), outlet: null }),
      expect.objectContaining({ type: 'partial', text: 'lost all faith', start: at(text, 'lost'), speaker_mention: 'The board', speaker_kind: 'organization', cue: 'warned' }),
    ]));
  });

  test('near miss: "and had" before a verb of no speech reports nothing', () => {
    expect(quotesOf('The board had met twice and had paved the road to the harbour.')).toEqual([]);
  });

  test('near miss: "and had found" is a finding, no second report', () => {
    const text = "Ortega said she had read more than 90 letters from savers before the hearing and had found no sign in any of Brandt's filings that he regretted the losses.";
    expect(quotesOf(text).filter((q) => q.text.startsWith('he regretted'))).toEqual([]);
  });

  test('near miss: after a speech tag set off by commas, "and had told" goes on with the tag\'s report', () => {
    const text = 'She had declined, one of the stewards said, and had told him she meant to stay.';
    expect(quotesOf(text)).toEqual([
      expect.objectContaining({ type: 'indirect', text: 'She had declined, one of the stewards said, and had told him she meant to stay', start: 0, speaker_mention: 'one of the stewards', cue: 'said' }),
    ]);
  });
});

describe('a cue after "but" and a perfect\'s auxiliary ("but has said") shares the sentence\'s subject', () => {
  test('"The mayor toured the depot but has said she …": the mayor\'s report', () => {
    const text = 'The mayor toured the bus depot on Monday but has said she will not reopen the night routes.';
    expect(quote(text, 'she will')).toMatchObject({
      type: 'indirect', text: 'she will not reopen the night routes', start: at(text, 'she will'), end: text.length - 1,
      speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The mayor', speaker_start: 0,
      cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "but had" before a verb of no speech reports nothing of its own', () => {
    const text = 'The mayor toured the bus depot on Monday but had promoted the night routes for years.';
    expect(quotesOf(text)).toEqual([]);
  });
});
