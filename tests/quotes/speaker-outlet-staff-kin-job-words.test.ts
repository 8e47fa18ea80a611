import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// Speaker bugs a regression hunt found: a writer "of" their outlet, a relative named inside the subject's
// "whose" clause, and an unnamed worker whose job word the tagger reads as an adjective.
describe('"NAME of OUTLET said": the person speaks, the outlet is where the words ran', () => {
  test('an outlet known only by its kind word ("… Echo"): the person speaks, not the whole phrase', () => {
    const text = 'Lorna Pike of the Dunmore Echo said the mayor had “misled everyone.”';
    expect(quote(text, 'misled')).toMatchObject({
      type: 'partial', text: 'misled everyone.', start: at(text, 'misled'), speaker: 'Lorna Pike', speaker_mention: 'Lorna Pike', speaker_start: 0,
      speaker_end: at(text, ' of the'), speaker_kind: 'person', cue: 'said', outlet: 'The Dunmore Echo',
    });
  });

  test('a known outlet after "of" with a verb of writing', () => {
    const text = 'Gavin Oduya of The Guardian wrote that the budget was “a gamble.”';
    expect(quote(text, 'a gamble')).toMatchObject({ type: 'partial', text: 'a gamble.', speaker: 'Gavin Oduya', speaker_kind: 'person', cue: 'wrote', outlet: 'The Guardian' });
  });

  test('negative: a body after "of" is no outlet ("of the Red Cross"), nor a firm', () => {
    const relief = 'Lorna Pike of the Red Cross said the shelters were “already full.”';
    expect(quote(relief, 'already')).toMatchObject({ speaker: 'Lorna Pike', speaker_kind: 'person', cue: 'said', outlet: null });
    const firm = 'Lorna Pike of Harrow Analytics said the shares were “cheap.”';
    expect(quote(firm, 'cheap')).toMatchObject({ speaker: 'Lorna Pike', speaker_kind: 'person', cue: 'said', outlet: null });
  });
});

describe('"SURNAME, whose KIN, FULL NAME, …, said": the relative named inside the clause is not the speaker', () => {
  test('a lone surname before "whose" speaks, though the relative shares it', () => {
    const text = 'Okonjo, whose brother, Felix Okonjo, runs a bakery, said the rents had doubled.';
    expect(quote(text, 'the rents')).toMatchObject({
      type: 'indirect', text: 'the rents had doubled', speaker: 'Okonjo', speaker_mention: 'Okonjo', speaker_start: 0, speaker_kind: 'person', cue: 'said',
    });
  });

  test('negative: someone named in full before keeps the surname', () => {
    const text = 'Dora Okonjo opened the meeting. Okonjo, whose brother, Felix Okonjo, runs a bakery, said the rents had doubled.';
    expect(quote(text, 'the rents')).toMatchObject({ speaker: 'Dora Okonjo', speaker_mention: 'Okonjo', cue: 'said' });
  });
});

describe('"“…,” one/a/another NOUN said": a job word the tagger reads as an adjective still heads the description', () => {
  test('"one cleaner said" after a quotation is an unnamed speaker', () => {
    const text = '“Nobody thanks us,” one cleaner said.';
    expect(quote(text, 'Nobody')).toMatchObject({
      type: 'direct', text: 'Nobody thanks us,', start: at(text, 'Nobody'), speaker: null, speaker_mention: 'one cleaner',
      speaker_start: at(text, 'one cleaner'), speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('"a cleaner said" takes its own mention, not an earlier sentence\'s', () => {
    const text = 'The depot staff walked out on Friday. “Nobody thanks us,” a cleaner said.';
    expect(quote(text, 'Nobody')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'a cleaner', speaker_start: at(text, 'a cleaner'), cue: 'said' });
  });

  test('negative: "the latter" points back to someone named before, no description of its own', () => {
    const text = 'Rosa Venn and Piet Lorne spoke. “Nobody thanks us,” the latter said.';
    expect(quotesOf(text).filter((q) => q.speaker_mention === 'the latter')).toEqual([]);
  });
});
