import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// Speakers described at length before the cue: a source close to a body with a relative clause on
// anonymity, an official with a participle of speaking the tagger reads as a noun, a person whose firm
// follows "of the … firm", and "who" after a participle's object that is no person.

describe('"a person close to X", then a relative clause, then the cue', () => {
  test('"A source close to the club, who spoke on condition of anonymity because …, said …" is the source\'s', () => {
    const text = 'The club did not reply. A source close to the club, who was not authorised to discuss the deal publicly, said the transfer had been “blocked by the owners” last month.';
    expect(quote(text, 'blocked')).toMatchObject({ type: 'partial', text: 'blocked by the owners', speaker: null, speaker_mention: 'A source close to the club', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('"people familiar with the plan, who …, said" likewise', () => {
    const text = 'Two people familiar with the plan, who requested anonymity, said the ferry would be sold.';
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', text: 'the ferry would be sold', speaker_mention: 'Two people familiar with the plan', cue: 'said' });
  });
});

describe('an official set off with a participle of speaking', () => {
  test('"A senior aide, briefing journalists without being named, said … “…”"', () => {
    const text = 'Talks resume on Monday. A senior aide, briefing journalists without being named, said a summit was likely only "if both sides give ground."';
    expect(quote(text, 'if both')).toMatchObject({ type: 'partial', text: 'if both sides give ground.', speaker_mention: 'A senior aide', speaker_kind: 'anonymous', cue: 'said', start: at(text, 'if both') });
  });
});

describe('a person "of the … firm NAME"', () => {
  test('"Ines Marlow of the Dublin firm Cask Partners told …" is Ines Marlow\'s, in apposition too', () => {
    const text = 'The players’ lawyer, Ines Marlow of the Dublin firm Cask Partners, told the Ledger that the ruling was “the only fair outcome.”';
    expect(quote(text, 'the only fair')).toMatchObject({ type: 'partial', speaker: 'Ines Marlow', speaker_mention: 'Ines Marlow', cue: 'told', outlet: 'Ledger' });
  });

  test('a body with "of" in its name keeps it (negative case)', () => {
    const text = 'The Bank of Harrowgate said in a statement that rates would hold.';
    expect(quote(text, 'rates')).toMatchObject({ speaker: 'Bank of Harrowgate', speaker_kind: 'organization' });
  });
});

describe('"who" after the object of a participle', () => {
  test('"a woman walking her dog, who told …" is the woman\'s, not the dog\'s', () => {
    const text = 'The fire was reported after midnight by a woman walking her dog, who told the station KWBN that she had first mistaken the smoke for fog.';
    expect(quote(text, 'she had first')).toMatchObject({ type: 'indirect', speaker_mention: 'who', cue: 'told' });
    expect(quote(text, 'she had first').speaker).toBe('a woman');
  });

  test('a person as the participle\'s object stays the antecedent (negative case)', () => {
    const text = 'The rescue was led by a crew helping a fisherman, who told reporters that the boat had sunk in minutes.';
    expect(quote(text, 'the boat')).toMatchObject({ speaker: 'a fisherman' });
  });
});

describe('a description whose name is withheld', () => {
  test('"One steward, whose name was withheld, told investigators that …" is the steward\'s', () => {
    const text = 'The panel interviewed nine crew members. One steward, whose name was withheld, told investigators that the captain had left the bridge twice during the storm.';
    expect(quote(text, 'the captain')).toMatchObject({ type: 'indirect', text: 'the captain had left the bridge twice during the storm', speaker_mention: 'One steward', speaker_kind: 'anonymous', cue: 'told' });
  });

  test('a name that was only changed says nothing of a person (negative case)', () => {
    const text = 'The museum, whose name was changed in 1990, said the loan would end in May.';
    expect(quotesOf(text).find((q) => q.speaker_mention === 'The museum')).toBeUndefined();
  });
});

describe('a name inside the relative clause of an apposition', () => {
  test('"Another worker, a software engineer who lives in Austin, said …" is the worker\'s, not Austin\'s', () => {
    const text = 'Staff were angry. Another worker, a software engineer who lives in Austin, said “We were never told.”';
    expect(quote(text, 'We were')).toMatchObject({ type: 'direct', text: 'We were never told.', speaker: null, speaker_mention: 'Another worker', speaker_kind: 'anonymous', cue: 'said', outlet: null });
  });

  test('a name in apposition itself still speaks: "Another worker, Tom Bell, said"', () => {
    const text = 'Another worker, Tom Bell, said “We were never told.”';
    expect(quote(text, 'We were')).toMatchObject({ speaker: 'Tom Bell', speaker_kind: 'person', cue: 'said' });
  });
});
