import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

describe('"NAME, a NOUN who said …": "who" stands for the named person the description follows', () => {
  test('a head noun no list holds, after a body word ("a hospital cleaner"): the name', () => {
    const text = 'Tiwalade Achterberg, a hospital cleaner who said she had waited two hours for a bus, was angry.';
    expect(quote(text, 'she had waited')).toMatchObject({
      type: 'indirect', text: 'she had waited two hours for a bus', start: at(text, 'she had waited'), speaker: 'Tiwalade Achterberg', speaker_kind: 'person',
      speaker_mention: 'who', speaker_start: at(text, 'who said'), cue: 'said', outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toContain('Tiwalade Achterberg');
  });

  test('an unlisted trade alone ("a ferry porter"): the name', () => {
    const text = 'Outside the depot, Maria Okonkwo, a ferry porter who said her shifts had been cut, waved a placard.';
    expect(quote(text, 'her shifts')).toMatchObject({
      type: 'indirect', text: 'her shifts had been cut', start: at(text, 'her shifts'), speaker: 'Maria Okonkwo', speaker_kind: 'person',
      speaker_mention: 'who', speaker_start: at(text, 'who said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a description after a verb, no name before it, stays the speaker', () => {
    const text = 'Maria Okonkwo thanked a hospital cleaner who said she had waited two hours for a bus.';
    const q = quote(text, 'she had waited');
    expect(q).toMatchObject({ type: 'indirect', text: 'she had waited two hours for a bus', speaker_mention: 'who', cue: 'said', outlet: null });
    expect(q.speaker).not.toBe('Maria Okonkwo');
  });

  test('near miss: the main clause\'s own cue after the relative clause is still reported', () => {
    const text = 'Ana Oduya, a former bank governor who argued with the minister at the summit, said on Monday that exports had slowed.';
    expect(quote(text, 'exports had slowed')).toMatchObject({
      type: 'indirect', text: 'exports had slowed', start: at(text, 'exports had slowed'), speaker: 'Ana Oduya', speaker_kind: 'person',
      speaker_mention: 'Ana Oduya', speaker_start: 0, cue: 'said', outlet: null,
    });
  });
});
