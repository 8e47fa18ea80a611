import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('roles that are fixed titles or hyphened offices ("harbour master", "editor-in-chief")', () => {
  test('"harbour master NAME told reporters": the fixed title is the role, as the article spells it', () => {
    const text = '“The quay is closed,” harbour master Ines Corbo told reporters.';
    expect(quote(text, 'The quay')).toMatchObject({ type: 'direct', text: 'The quay is closed,', start: at(text, 'The quay'), speaker: 'Ines Corbo', speaker_kind: 'person', cue: 'told', outlet: null, speaker_role: 'harbour master' });
  });

  test('"the Sentinel\'s editor-in-chief, NAME," keeps the whole office, not "editor"', () => {
    const text = 'The Sentinel\'s editor-in-chief, Paul Idris, said the story would run.';
    expect(quote(text, 'the story')).toMatchObject({ type: 'indirect', text: 'the story would run', start: at(text, 'the story'), speaker: 'Paul Idris', cue: 'said', speaker_role: 'editor-in-chief' });
  });

  test('near miss: a name with no words before it gets no role', () => {
    const text = '“The quay is closed,” Ines Corbo told reporters.';
    expect(quote(text, 'The quay')).toMatchObject({ speaker: 'Ines Corbo', cue: 'told', speaker_role: null });
  });
});

describe('"member of parliament" is one office', () => {
  test('"a member of parliament, NAME," → role "member of parliament", not "member"', () => {
    const text = 'A member of parliament, Ruth Oyelaran, said the levy was unfair.';
    expect(quote(text, 'the levy')).toMatchObject({
      type: 'indirect', text: 'the levy was unfair', start: at(text, 'the levy'), speaker: 'Ruth Oyelaran', speaker_kind: 'person', cue: 'said', outlet: null, speaker_role: 'member of parliament',
    });
  });

  test('near miss: "a member of the board" keeps its own reading', () => {
    const text = 'A member of the board, Ruth Oyelaran, said the levy was unfair.';
    expect(quote(text, 'the levy').speaker_role).not.toBe('member of parliament');
  });
});

describe('"season-ticket holder" is a standing named by a fixed phrase: the role whole (data/fixed-titles.json)', () => {
  test('in apposition after the cue: "…,” said Pia Roth, a season-ticket holder.', () => {
    const text = '“The stand was half empty,” said Pia Roth, a season-ticket holder.';
    expect(quote(text, 'The stand')).toMatchObject({ type: 'direct', speaker: 'Pia Roth', speaker_mention: 'Pia Roth', speaker_start: at(text, 'Pia'), speaker_kind: 'person', speaker_role: 'season-ticket holder', cue: 'said' });
  });

  test('before the name, the tokens\' hyphen joined back: "Season-ticket holder Pia Roth said …"', () => {
    const text = 'Season-ticket holder Pia Roth said the stand was half empty.';
    expect(quote(text, 'the stand')).toMatchObject({ text: 'the stand was half empty', speaker: 'Pia Roth', speaker_start: at(text, 'Pia'), speaker_role: 'season-ticket holder', cue: 'said' });
  });

  test('near miss: "holder" alone is no role ("a record holder")', () => {
    const text = '“The stand was half empty,” said Pia Roth, a record holder.';
    expect(quote(text, 'The stand')).toMatchObject({ speaker: 'Pia Roth', speaker_role: null });
  });
});
