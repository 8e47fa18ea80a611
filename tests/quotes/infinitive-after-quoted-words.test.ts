import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

// "… was “not in a hurry” to respond": an infinitive after words quoted mid-sentence belongs to the
// reported clause; the cue before the words ("told OUTLET that") is theirs, with its outlet.
describe('an infinitive after words quoted mid-sentence is no cue of theirs', () => {
  test('the partial takes the "told OUTLET" frame before it, and the next quote by the same source keeps the outlet', () => {
    const text = 'A ministry spokesman, speaking on condition of anonymity, told Reuters that the cabinet was "in no rush" to reply. "They can wait," the spokesman said.';
    const partial = quote(text, 'in no rush');
    expect(partial).toMatchObject({ text: 'in no rush', type: 'partial', speaker_mention: 'A ministry spokesman', cue: 'told', outlet: 'Reuters' });
    expect(partial.start).toBe(at(text, 'in no rush'));
    expect(partial.end).toBe(at(text, '" to reply'));
    const direct = quote(text, 'They can');
    expect(direct).toMatchObject({ text: 'They can wait,', type: 'direct', speaker_mention: 'the spokesman', cue: 'said', outlet: 'Reuters' });
    expect(quotesOf(text)).toHaveLength(2);
  });

  test('a named speaker: "X told the Herald that … “…” to decide" keeps X, told and the outlet', () => {
    const text = 'Mayor Lena Ostrow told the Boston Herald that the board was "too divided" to decide.';
    const q = quote(text, 'too divided');
    expect(q).toMatchObject({ text: 'too divided', type: 'partial', speaker: 'Lena Ostrow', cue: 'told', outlet: 'Boston Herald' });
    expect(q.start).toBe(at(text, 'too divided'));
  });

  test('near miss: a finite cue with its own subject after the words still attributes them', () => {
    const text = 'Reed said the fund was "nearly empty," Holt told reporters.';
    expect(quote(text, 'nearly empty')).toMatchObject({ text: 'nearly empty,', type: 'partial', speaker: 'Holt', cue: 'told' });
  });
});
