import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

describe('a frame ending in a colon introduces what follows, not the phrase before it', () => {
  test('"In a card left by the door, Petra Lind wrote: “…”" reports only the quotation', () => {
    const text = 'Neighbours said the flat was dark. In a card left by the door, Petra Lind wrote: “Gone fishing.”';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports.map((q) => q.text)).toEqual(['the flat was dark']);
    expect(quote(text, 'Gone fishing')).toMatchObject({
      text: 'Gone fishing.', type: 'direct', speaker: 'Petra Lind', cue: 'wrote', outlet: null,
      start: text.indexOf('Gone'), end: text.length - 1,
    });
  });

  test('adverbials may stand between the cue and the colon: "wrote on Friday:"', () => {
    const text = 'In a message to the club, the treasurer wrote on Friday: “Paid.”';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
    expect(quote(text, 'Paid')).toMatchObject({ text: 'Paid.', type: 'direct', cue: 'wrote', speaker_mention: 'the treasurer' });
  });

  test('near miss: a closing frame with no colon still reports the clause before it', () => {
    const text = 'The ferry will stop running in May, Petra Lind wrote on Friday.';
    expect(quote(text, 'The ferry')).toMatchObject({
      text: 'The ferry will stop running in May', type: 'indirect', speaker: 'Petra Lind', cue: 'wrote', outlet: null, start: 0, end: 34,
    });
  });
});
