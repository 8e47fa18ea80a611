import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

// ", setting off …", ", prompting …": a participle phrase whose implied subject is the report itself says what
// the report led to, in the writer's words; the content ends before it.
describe('content ends before what the report led to', () => {
  test('", setting off …" after an announced that-clause', () => {
    const text = 'Governor Alma Trent of Ohio announced Monday that she would retire in June, setting off a race among state legislators.';
    expect(quote(text, 'she would retire')).toMatchObject({
      text: 'she would retire in June', type: 'indirect', start: at(text, 'she would'), end: at(text, ', setting'),
      speaker: 'Alma Trent', speaker_start: at(text, 'Alma Trent'), cue: 'announced', cue_start: at(text, 'announced'), outlet: null,
    });
  });

  test('", prompting …" after a plain report', () => {
    const text = 'The Harbour Ferry Company said it would cut the night sailings, prompting complaints from shift workers.';
    expect(quote(text, 'it would cut')).toMatchObject({
      text: 'it would cut the night sailings', type: 'indirect', start: at(text, 'it would'), end: at(text, ', prompting'),
      speaker: 'Harbour Ferry Company', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: a participle that is no consequence stays in the content', () => {
    const text = 'The Harbour Ferry Company said the storm struck the pier, leaving two boats adrift.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.cue])).toEqual([
      ['the storm struck the pier, leaving two boats adrift', 'indirect', 'said'],
    ]);
  });
});

describe('", meaning …" after a report is the writer\'s consequence', () => {
  // Gold: own set 25 ends its span before ", meaning"; no gold span holds one (PolNeAR none).
  test('"admitted that A, meaning that B": the content is A', () => {
    const text = 'The organisers have admitted that the track was too short, meaning that the records will not stand.';
    const q = quote(text, 'the track');
    expect(q).toMatchObject({ type: 'indirect', text: 'the track was too short', speaker_mention: 'The organisers', cue: 'admitted' });
    expect(q.start).toBe(at(text, 'the track'));
    expect(q.end).toBe(at(text, ', meaning'));
  });

  test('near miss: "meaning" inside the clause, with no comma, stays in it', () => {
    const text = 'The organisers said the word meaning nothing had been printed by mistake.';
    expect(quote(text, 'the word')).toMatchObject({ text: 'the word meaning nothing had been printed by mistake' });
  });
});
