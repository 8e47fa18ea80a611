import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const article = (text: string) => extractArticle(text, { id: 'e' });
const outletNames = (text: string) => article(text).entities.outlets.map((o) => o.name);
const peopleNames = (text: string) => article(text).entities.people.map((p) => p.name);

describe('European sports papers and magazines are outlets', () => {
  test('an editor writing in France Football quotes that magazine', () => {
    const text = 'In a column in France Football, its chief writer, Paul Dorian, wrote that the jury had been divided.';
    expect(outletNames(text)).toEqual(['France Football']);
    expect(peopleNames(text)).toEqual(['Paul Dorian']);
    const q = article(text).quotes;
    expect(q.map((x) => [x.text, x.type, x.start, x.end, x.speaker, x.speaker_kind, x.cue, x.outlet])).toEqual([
      ['the jury had been divided', 'indirect', 74, 99, 'Paul Dorian', 'person', 'wrote', 'France Football'],
    ]);
  });
  test('Corriere dello Sport and Tuttosport are outlets', () => {
    expect(outletNames('The move was reported by Corriere dello Sport and later confirmed by Tuttosport.')).toEqual(['Corriere dello Sport', 'Tuttosport']);
  });
  test('Olé counts only where a source is signalled; "Record" is no outlet (too often "on the Record")', () => {
    expect(outletNames('The striker told Olé that he was staying in Buenos Aires.')).toEqual(['Olé']);
    expect(outletNames('He set a Record in the final and the crowd shouted Olé at every pass.')).toEqual([]);
    expect(outletNames('Ida Moe said on the Record that the count was fair.')).toEqual([]);
  });
});
