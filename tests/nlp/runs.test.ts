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
