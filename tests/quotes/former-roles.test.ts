// A role that says what a person once was, written before the name: "Ex-international", "former international",
// "Retired general". Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('a past role before a name', () => {
  test('"Ex-international": a capped player of old is the role, not the first word of the name', () => {
    const text = 'Ex-international Owen Pryce said the back row had grown too slow.';
    expect(quote(text, 'the back row')).toMatchObject({
      text: 'the back row had grown too slow', type: 'indirect', speaker: 'Owen Pryce', speaker_kind: 'person', speaker_mention: 'Owen Pryce',
      speaker_start: at(text, 'Owen'), speaker_role: 'ex-international', cue: 'said', outlet: null, start: at(text, 'the back row'),
    });
  });

  test('"former international": the word of time and the noun are the role together', () => {
    const text = 'Former international Carys Lloyd told the Gazette that the coach had lost the dressing room.';
    expect(quote(text, 'the coach')).toMatchObject({ speaker: 'Carys Lloyd', speaker_start: at(text, 'Carys'), speaker_role: 'former international', cue: 'told', outlet: 'Gazette' });
  });

  test('"Retired general": the role keeps "retired"; a bare "Retired" before a name is no role and no part of the name', () => {
    const text = 'Retired general Ivor Dunmore said the withdrawal had been rushed.';
    expect(quote(text, 'the withdrawal')).toMatchObject({ speaker: 'Ivor Dunmore', speaker_start: at(text, 'Ivor'), speaker_role: 'retired general', cue: 'said' });
    const bare = 'Retired Ivor Dunmore said the withdrawal had been rushed.';
    expect(quote(bare, 'the withdrawal')).toMatchObject({ speaker: 'Ivor Dunmore', speaker_mention: 'Ivor Dunmore', speaker_start: at(bare, 'Ivor'), speaker_role: null });
  });

  test('near miss: "International" opening a body\'s name stays in the name, and no person is made of it', () => {
    const text = 'The International Rowing Federation said the regatta would go ahead.';
    const q = quote(text, 'the regatta');
    expect(q.speaker_kind).toBe('organization');
    expect(q.speaker).toMatch(/International Rowing Federation$/);
    expect(extractArticle(text, { id: 't' }).entities.people).toEqual([]);
  });
});
