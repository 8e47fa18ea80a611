// A name of several words before a campaign's or a party's noun ("the Free Corvania campaign") is the body's,
// no person's. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('names before campaign, movement or party nouns are bodies', () => {
  test('a campaign and a movement named before their noun', () => {
    expect(people('Voters in Dravonia backed the plan. Osk leads the Free Dravonia campaign.')).toEqual([]);
    expect(people('Thousands joined the Clean Rivers movement last spring.')).toEqual([]);
  });

  test('the campaign\'s leader named in full is still a person', () => {
    expect(people('Irena Hollt, the leader of the Free Dravonia campaign, said the vote was fair.')).toEqual(['Irena Hollt']);
  });

  test('near miss: a candidate\'s full name before "campaign" stays the candidate\'s', () => {
    expect(people('Staff on the Maria Lindqvist campaign worked through the night.')).toEqual(['Maria Lindqvist']);
  });
});

describe('a public body named by its field before its noun, and a body set off by ", which runs …"', () => {
  test('"the Customs Duty department": the field is the body\'s name, even when a headline repeats a word of it', () => {
    expect(people('Duty officials raid port warehouse\n\nInspectors of the Customs Duty department searched a warehouse in Harwick on Monday, officials said.')).toEqual([]);
    expect(people('Staff at the Food Safety agency said the recall was over.')).toEqual([]);
  });

  test('"Grand Ferries Holm, which operates the island route, said …": the body, not a person under the title "Grand"', () => {
    const text = 'Premier Buses Kerrow, which runs the city network, said the timetable would change.';
    const found = extractArticle(text, { id: 't' });
    expect(found.entities.people).toEqual([]);
    expect(found.quotes[0]).toMatchObject({ text: 'the timetable would change', type: 'indirect', speaker_kind: 'organization', cue: 'said', outlet: null });
  });

  test('near miss: a clause-wide "which" after a person, and a named official of a department, stay people', () => {
    expect(people('The club fired Tom Lasko, which angered fans.')).toEqual(['Tom Lasko']);
    expect(people('Anna Kowal, head of the Customs Duty department, said the search was routine.')).toEqual(['Anna Kowal']);
  });
});
