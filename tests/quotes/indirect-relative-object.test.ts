import { describe, expect, test } from 'vitest';
import { quote } from '../helpers/quotes.js';

describe('an object cue in a relative clause whose object is one word', () => {
  test('the object ends at the comma closing the clause: "…, who have long backed Okafor, met …"', () => {
    const text = 'The pier closed early. The pilots, who have long backed Okafor, met on Monday.';
    const q = quote(text, 'Okafor');
    expect(q).toMatchObject({ type: 'indirect', text: 'Okafor', speaker_mention: 'who', cue: 'backed' });
    expect(text.slice(q!.start, q!.end)).toBe('Okafor');
  });

  test('"which" on a body too: "The union, which endorsed Okafor, hosts …"', () => {
    const text = 'The pier closed early. The Harbour Pilots Union, which endorsed Okafor, hosts the debate.';
    expect(quote(text, 'Okafor')).toMatchObject({ type: 'indirect', text: 'Okafor', cue: 'endorsed' });
  });

  test('not when a list goes on after the comma: the object keeps the whole list', () => {
    const text = 'The pier closed early. The pilots, who backed Okafor, Lee and Park, met on Monday.';
    expect(quote(text, 'Okafor')).toMatchObject({ type: 'indirect', text: 'Okafor, Lee and Park', cue: 'backed' });
  });
});
