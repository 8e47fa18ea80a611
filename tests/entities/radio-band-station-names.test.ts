import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const run = (text: string) => extractArticle(text, { id: 'band' });

describe('outlets: a name ending in a radio band word ("FM", "AM") is a station', () => {
  test('"told Harbour FM" names the station as the outlet, no person', () => {
    const text = '“The count was fair,” the returning officer told Harbour FM.';
    const r = run(text);
    expect(r.entities.outlets.map((o) => [o.name, o.mentions.map((m) => [m.start, m.end])])).toEqual([['Harbour FM', [[text.indexOf('Harbour'), text.indexOf('Harbour') + 10]]]]);
    expect(r.entities.people).toEqual([]);
    expect(r.quotes.map((q) => [q.text, q.type, q.start, q.end, q.cue, q.outlet])).toEqual([['The count was fair,', 'direct', 1, 20, 'told', 'Harbour FM']]);
  });

  test('"Lakeside FM reported that …" makes the station the speaker, an outlet', () => {
    const text = 'Lakeside FM reported that the bridge had reopened.';
    const r = run(text);
    expect(r.entities.people).toEqual([]);
    expect(r.entities.outlets.map((o) => o.name)).toEqual(['Lakeside FM']);
    expect(r.quotes.map((q) => [q.text, q.type, q.start, q.end, q.speaker, q.speaker_kind, q.cue, q.outlet])).toEqual([['the bridge had reopened', 'indirect', 26, 49, 'Lakeside FM', 'outlet', 'reported', 'Lakeside FM']]);
  });

  test('a band word after a number is a time or a frequency, no station (negative case)', () => {
    const text = 'He told 98 FM listeners that the show was over.';
    expect(run(text).entities.outlets).toEqual([]);
  });
});
