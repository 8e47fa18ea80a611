import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('", when X will discuss …": a coming occasion\'s topic reports nothing yet', () => {
  test('"…, when she will discuss her move" is no report', () => {
    expect(quotesOf('Okafor joins the programme on Thursday, when she will discuss her move to Lisbon.')).toHaveLength(0);
    expect(quotesOf('The author visits the library in May, where he will discuss his second novel.')).toHaveLength(0);
  });

  test('near miss: a that-clause in such a clause stays a report', () => {
    const text = 'Ola Brandt speaks at the forum on Friday, when she will argue that the levy must rise.';
    const q = quote(text, 'the levy');
    expect(q).toMatchObject({ text: 'the levy must rise', type: 'indirect', speaker: 'Ola Brandt', cue: 'argue', outlet: null });
    expect(q.start).toBe(at(text, 'the levy'));
    expect(q.end).toBe(at(text, '.'));
  });

  test('near miss: the past "discussed" keeps its topic', () => {
    const text = 'Okafor discussed her move to Lisbon on the programme.';
    expect(quote(text, 'her move')).toMatchObject({ type: 'indirect', speaker: 'Okafor', cue: 'discussed' });
  });
});
