import { describe, expect, test } from 'vitest';
import { quote, quotesOf } from '../../helpers/quotes.js';

describe('a relative clause on the outlet of "according to"', () => {
  test('", which reported that …" is the outlet\'s own report, "which" its mention', () => {
    const text = 'The airline lost $9 million last quarter, according to Reuters, which reported that the chief pilot had resigned.';
    expect(quote(text, 'the chief pilot')).toMatchObject({ text: 'the chief pilot had resigned', type: 'indirect', speaker: 'Reuters', speaker_mention: 'which', cue: 'reported', outlet: 'Reuters' });
    expect(quote(text, 'The airline')).toMatchObject({ text: 'The airline lost $9 million last quarter', speaker: 'Reuters' });
  });
});

describe('a time after the source of an opening "according to" belongs to the attribution', () => {
  test('"According to Reuters Thursday, CLAUSE": the content starts after the comma', () => {
    const text = 'According to Reuters Thursday, the ferry contract was signed.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry contract was signed', start: text.indexOf('the ferry'), end: text.indexOf('.'), type: 'indirect', speaker: 'Reuters', cue: 'According to', outlet: 'Reuters' });
  });

  test('"on Monday", "this morning" after the source too', () => {
    const monday = 'According to police on Monday, the coast road was closed.';
    expect(quote(monday, 'the coast')).toMatchObject({ text: 'the coast road was closed', type: 'indirect', speaker: 'police', cue: 'According to' });
    const morning = 'According to Reuters this morning, the ferry contract was signed.';
    expect(quote(morning, 'the ferry')).toMatchObject({ text: 'the ferry contract was signed', speaker: 'Reuters', outlet: 'Reuters' });
  });

  test('near miss: a time opening the clause after the comma stays in it', () => {
    const text = 'According to Reuters, Thursday was the last day of the talks.';
    expect(quote(text, 'Thursday')).toMatchObject({ text: 'Thursday was the last day of the talks', speaker: 'Reuters', cue: 'According to' });
  });
});

describe('a noun phrase after "…, according to X," glosses the figure before it', () => {
  test('"Fares rose to $9, according to figures from the Port Authority, about twice what …" reports the clause only', () => {
    const text = 'Fares rose to $9 last year, according to figures from the Port Authority, about twice what riders paid in 2010.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start, q.end])).toEqual([
      ['Fares rose to $9 last year', 'indirect', 'Port Authority', 'according to', 0, 26],
    ]);
  });

  test('near miss: a clause split by the frame keeps both halves (the words after the comma have a verb of their own)', () => {
    const text = 'The ferries, according to the Port Authority, carried more riders than ever.';
    expect(quote(text, 'The ferries')).toMatchObject({ type: 'indirect', text: 'The ferries, according to the Port Authority, carried more riders than ever', cue: 'according to', start: 0, end: 75 });
  });
});
