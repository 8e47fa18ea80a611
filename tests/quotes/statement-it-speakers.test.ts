import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('a lone name giving a statement that speaks of itself as "it" is a body', () => {
  test('"In a statement, NAME said it …": a body, and no person', () => {
    const text = 'In a statement, Plinkto said it would remove the feature next month.';
    expect(quote(text, 'it would')).toMatchObject({
      type: 'indirect', text: 'it would remove the feature next month', start: at(text, 'it would'), speaker: 'Plinkto', speaker_kind: 'organization',
      speaker_start: at(text, 'Plinkto'), cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('"NAME said in a statement that its …"', () => {
    const text = 'Vorrel said in a statement that its stores would open later on Sundays.';
    expect(quote(text, 'its stores')).toMatchObject({ type: 'indirect', text: 'its stores would open later on Sundays', speaker: 'Vorrel', speaker_kind: 'organization', cue: 'said', outlet: null });
  });

  test('near miss: an empty "it" ("it was a sad day") leaves a surname a person', () => {
    const text = 'In a statement, Halloran said it was a sad day for the town.';
    expect(quote(text, 'it was')).toMatchObject({ type: 'indirect', speaker: 'Halloran', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: a surname of a person named in full stays hers', () => {
    const text = 'Nadia Plover runs the shelter. In a statement, Plover said it would stay open.';
    expect(quote(text, 'it would')).toMatchObject({ type: 'indirect', speaker: 'Nadia Plover', speaker_kind: 'person', cue: 'said' });
  });
});
