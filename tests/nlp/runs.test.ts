import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { capitalisedRuns } from '../../src/nlp/runs.js';
import { extractArticle } from '../../src/pipeline/process.js';

const runs = (text: string) => capitalisedRuns(analyzeArticle({ id: 't', path: '', text })).map((r) => r.text);

describe('capitalised runs', () => {
  // The tagger reads some surnames as verbs ("Cooper"). After a given name such a word is the surname; in
  // a headline a verb after a surname still ends the name ("Ana Ruiz And Mia Tang Are Touring").
  test('a surname read as a verb stays in the run after a given name', () => {
    const text = 'The delay prompted Greta Cooper to accuse the board of waste.';
    expect(runs(text)).toContain('Greta Cooper');
    expect(extractArticle(text, { id: 'r' }).entities.people.map((p) => p.name)).toEqual(['Greta Cooper']);
    // (Not after a surname: the verb there is the headline's.)
    expect(runs('Harbour Chief Tomas Reyes Quits After Ferry Vote')).not.toContain('Harbour Chief Tomas Reyes Quits');
  });
});

describe('capitalised runs: Korean given names the tagger reads as function words', () => {
  test('"Lee Da-som" is one run and one person, though the tagger reads "Da" as "the"; the quote is hers', () => {
    const text = '"It was a mistake," said Lee Da-som, a spokesperson for the party. Lee said more would follow.';
    expect(runs(text)).toContain('Lee Da-som');
    const r = extractArticle(text, { id: 'r' });
    expect(r.entities.people.map((p) => [p.name, p.mentions.map((m) => [m.start, m.end])])).toEqual([['Lee Da-som', [[25, 35], [67, 70]]]]);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['It was a mistake,', 'Lee Da-som', 'said']]);
  });

  test('negative: a function word in capitals before a hyphen still ends a headline name ("Ana Ruiz On-air")', () => {
    expect(runs('Ana Ruiz On-air said nothing.')).toContain('Ana Ruiz');
    expect(extractArticle('Ana Ruiz On-air said nothing.', { id: 'r' }).entities.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });
});

describe('capitalised runs: a day\'s name before a name', () => {
  test('"On Tuesday Winter Okafor said": the day is the time; the person is Winter Okafor, listed and speaking', () => {
    const text = 'On Tuesday Winter Okafor said the pier would close. Okafor left early.';
    expect(runs(text)).toContain('Winter Okafor');
    const r = extractArticle(text, { id: 'r' });
    expect(r.entities.people.map((p) => p.name)).toEqual(['Winter Okafor']);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['the pier would close', 'Winter Okafor', 'said']]);
  });

  test('negative: a title keeps a day as its first word ("Friday Night Lights")', () => {
    const titles = capitalisedRuns(analyzeArticle({ id: 't', path: '', text: 'She watched Friday Night Lights again.' }), true).map((r) => r.text);
    expect(titles).toContain('Friday Night Lights');
  });
});

describe('capitalised runs: a headline verb after a family name', () => {
  test('"Tan Said the plan was fine": "Said" is no given name; "Zhou Hang" is one name', () => {
    expect(runs('KUALA LUMPUR — Tan Said the plan was fine.')).not.toContain('Tan Said');
    expect(runs('Zhou Hang said the plan was fine.')).toContain('Zhou Hang');
  });
});
