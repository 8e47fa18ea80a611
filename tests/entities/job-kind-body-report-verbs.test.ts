import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const seen = (text: string) => {
  const r = extractArticle(text, { id: 'a' });
  return {
    quotes: r.quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker, kind: q.speaker_kind, cue: q.cue, outlet: q.outlet ?? null, start: q.start, end: q.end })),
    people: r.entities.people.map((p) => p.name),
  };
};

describe('entities and quotes: "The pollster NAME found that …" introduces a body, as "said" does', () => {
  test('a report verb after the job kind noun and one body-shaped word', () => {
    const text = 'The pollster Civitrend found that most renters feared rises. Civitrend said its sample was broad.\n';
    const a = text.indexOf('most');
    const b = text.indexOf('its sample');
    expect(seen(text)).toEqual({
      quotes: [
        { text: 'most renters feared rises', type: 'indirect', speaker: 'Civitrend', kind: 'organization', cue: 'found', outlet: null, start: a, end: a + 25 },
        { text: 'its sample was broad', type: 'indirect', speaker: 'Civitrend', kind: 'organization', cue: 'said', outlet: null, start: b, end: b + 20 },
      ],
      people: [],
    });
  });

  test('near miss: a full name after the job kind noun stays a person', () => {
    const r = seen('The pollster Imogen Hartley found that most renters feared rises.\n');
    expect(r.quotes.map((q) => [q.speaker, q.kind, q.cue])).toEqual([['Imogen Hartley', 'person', 'found']]);
    expect(r.people).toEqual(['Imogen Hartley']);
  });
});
