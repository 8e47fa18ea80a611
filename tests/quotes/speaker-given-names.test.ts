import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('"A neighbour, who gave only his first name, Idris, said": the name given is the speaker', () => {
  test('the name after "first name" speaks, and a later pronoun resolves to it', () => {
    const text = 'A neighbour, who gave only his first name, Idris, said the lift had been broken for a month. He said nobody had come to fix it.';
    expect(quote(text, 'the lift')).toMatchObject({
      text: 'the lift had been broken for a month', type: 'indirect', start: at(text, 'the lift'),
      speaker: 'Idris', speaker_mention: 'Idris', speaker_start: at(text, 'Idris'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said the lift'),
    });
    expect(quote(text, 'nobody had')).toMatchObject({ speaker: 'Idris', speaker_mention: 'He' });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toContain('Idris');
  });

  test('a quantified description gives way to the name too: "One resident, who gave only her first name, Lydia, said “…”"', () => {
    const text = 'One resident, who gave only her first name, Lydia, said firefighters had arrived "within minutes" of the call.';
    expect(quote(text, 'within minutes')).toMatchObject({ text: 'within minutes', type: 'partial', speaker: 'Lydia', speaker_mention: 'Lydia', cue: 'said' });
  });

  test('near miss: a name after another relative clause is no name given; the description speaks', () => {
    const text = 'A neighbour, who shares a fence with the family, Idris Kell, said firefighters had arrived within minutes.';
    expect(quote(text, 'firefighters')).toMatchObject({ speaker: null, speaker_mention: 'A neighbour', speaker_kind: 'anonymous' });
  });
});

describe('"X, whose nickname is “…,” told …": the quotation closing a "whose" clause is no part of the speaker', () => {
  test('the name before "whose" speaks, not the hearer after the cue', () => {
    const text = 'Tamsin Oduro, whose nickname on the council is “the Closer,” told a union hall in Elton that the budget was “a wish list.”';
    expect(quote(text, 'a wish')).toMatchObject({
      text: 'a wish list.', type: 'partial', start: at(text, 'a wish'), speaker: 'Tamsin Oduro', speaker_mention: 'Tamsin Oduro',
      speaker_start: 0, cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('", which bills itself as “…,” said" and ", who called the plan “…,” said": the name before the relative pronoun speaks', () => {
    const bank = 'The ferry company, which bills itself as “the quickest way across,” said on Monday that fares would rise.';
    expect(quote(bank, 'fares would')).toMatchObject({
      text: 'fares would rise', type: 'indirect', start: at(bank, 'fares would'), speaker: 'The ferry company', speaker_mention: 'The ferry company',
      speaker_start: 0, cue: 'said', cue_start: at(bank, 'said'),
    });
    const voter = 'Tom Reyes, who called the plan “a disgrace,” said he would vote against it.';
    expect(quote(voter, 'he would vote')).toMatchObject({ speaker: 'Tom Reyes', speaker_mention: 'Tom Reyes', cue: 'said' });
  });

  test('near miss: the nickname itself is reported as no one\'s words', () => {
    const text = 'Tamsin Oduro, whose nickname on the council is “the Closer,” told a union hall in Elton that the budget was “a wish list.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['a wish list.']);
  });
});

describe('"Professor X Y of BODY, told …": a title before an unknown given name still opens a person before "of"', () => {
  test('the titled scientist in apposition speaks, not the university', () => {
    const text = 'A second scientist, Professor Mireille Okonjo of Harbourside University, told the Elton Courier that the trial was "far too small to settle anything."';
    expect(quote(text, 'far too small')).toMatchObject({
      text: 'far too small to settle anything.', type: 'partial', start: at(text, 'far too small'), speaker: 'Mireille Okonjo', speaker_mention: 'Mireille Okonjo',
      speaker_start: at(text, 'Mireille'), cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('"Dr." before the name as the subject, no apposition', () => {
    const text = 'Dr. Mireille Okonjo of Harbourside University told reporters that the trial was "far too small to settle anything."';
    expect(quote(text, 'far too small')).toMatchObject({ type: 'partial', speaker: 'Mireille Okonjo', speaker_start: at(text, 'Mireille'), cue: 'told' });
  });

  test('near miss: a title with no name before "of" names no person', () => {
    const text = 'A spokesman, Professor Emeritus of Harbourside University, told reporters that the trial was "far too small to settle anything."';
    expect(quote(text, 'far too small')?.speaker ?? null).not.toBe('Emeritus');
  });
});
