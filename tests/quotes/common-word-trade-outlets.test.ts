import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const outlets = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name);

describe('trade outlets named with a common word ("The Race") are outlets in a source context', () => {
  test('"According to The Race, …": the outlet speaks', () => {
    const text = 'According to The Race, Marlow Racing has spoken to three drivers.';
    expect(quote(text, 'Marlow Racing')).toMatchObject({
      text: 'Marlow Racing has spoken to three drivers', type: 'indirect', speaker: 'The Race', speaker_mention: 'The Race',
      speaker_start: at(text, 'The Race'), speaker_kind: 'outlet', cue: 'According to', cue_start: at(text, 'According to'), outlet: 'The Race',
    });
    expect(outlets(text)).toEqual(['The Race']);
  });

  test('"…, The Race reported": the outlet speaks', () => {
    const text = 'The team will change engine suppliers next year, The Race reported.';
    expect(quote(text, 'The team')).toMatchObject({
      text: 'The team will change engine suppliers next year', type: 'indirect', speaker: 'The Race', speaker_start: at(text, 'The Race'),
      speaker_kind: 'outlet', cue: 'reported', outlet: 'The Race',
    });
  });

  test('negative: "The Block" is also a TV show, so the host of it gives no outlet', () => {
    const text = '“We have a long way to go,” said Dana Kell, host of The Block.';
    expect(quote(text, 'We have')).toMatchObject({ type: 'direct', speaker: 'Dana Kell', speaker_kind: 'person', cue: 'said', outlet: null });
    expect(outlets(text)).toEqual([]);
  });

  test('negative: "The race" opening a sentence is the contest, no outlet', () => {
    const text = 'The race for the title is over, Ines Varga said.';
    expect(quote(text, 'The race')).toMatchObject({ speaker: 'Ines Varga', speaker_kind: 'person', outlet: null });
    expect(outlets(text)).toEqual([]);
  });
});
