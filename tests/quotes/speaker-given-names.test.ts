import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

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
