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
