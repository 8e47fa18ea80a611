import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quote } from '../helpers/quotes.js';

const outlets = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => [m.start, m.end, m.text]) }));

// "the Courier" after "the Brandon Falls Courier": the paper's news word alone is that paper (a town's name whose
// last word the tagger reads as a verb, "Falls", is no break in the name).
describe('outlets: the news word of a paper named in full by a town of two words', () => {
  test('"told the Courier", "the Courier\'s report" are mentions of the Brandon Falls Courier', () => {
    const text = 'The Brandon Falls Courier reported that the bridge was shut.\n\nThe mayor told the Courier that crews were working. Residents read the Courier\'s report.';
    const told = text.indexOf('Courier that');
    const report = text.indexOf("Courier's");
    expect(outlets(text)).toEqual([{ name: 'Brandon Falls Courier', mentions: [[4, 25, 'Brandon Falls Courier'], [told, told + 7, 'Courier'], [report, report + 7, 'Courier']] }]);
    expect(quote(text, 'crews were')).toMatchObject({ text: 'crews were working', speaker_role: 'mayor', cue: 'told', outlet: 'Brandon Falls Courier' });
  });

  test('near miss: "Courier" with no "the" before it is no mention ("Courier Street")', () => {
    const text = 'The Brandon Falls Courier reported that the bridge was shut. Its office is on Courier Street.';
    expect(outlets(text).map((o) => o.mentions.length)).toEqual([1]);
  });
});
