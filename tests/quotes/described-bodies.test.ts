import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('“the club”, “the paper”, “the statement” stand for the one named before', () => {
  test('a body’s description after its name in the sentence’s subject, and its statement', () => {
    const text = 'Harrowgate Athletic have fined winger Tomas Brevik two weeks’ wages, the club said in a statement. “Standards matter here,” the statement read.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'Harrowgate Athletic have fined winger Tomas Brevik two weeks’ wages', speaker: 'Harrowgate Athletic', speaker_mention: 'the club', speaker_kind: 'organization', cue: 'said' },
      { type: 'direct', text: 'Standards matter here,', start: text.indexOf('Standards'), speaker: 'Harrowgate Athletic', speaker_mention: 'the statement', cue: 'read' },
    ]);
  });

  test('a body named in the sentence before', () => {
    const text = 'Bramble Lane Studios shelved the sequel on Tuesday. The studio said the budget had doubled.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the budget had doubled', speaker: 'Bramble Lane Studios', speaker_mention: 'The studio', speaker_kind: 'organization', cue: 'said', outlet: null }]);
  });

  test('an outlet’s description after the outlet', () => {
    const text = 'The pier was shut in 2020, according to an inquiry by the Carrow Courier. The paper reported that repairs had cost more than £2 million.';
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({ type: 'indirect', text: 'repairs had cost more than £2 million', speaker: 'Carrow Courier', speaker_mention: 'The paper', speaker_kind: 'outlet', cue: 'reported', outlet: 'Carrow Courier' });
  });

  test('a description with no body named near stays as it is', () => {
    const text = 'Ana Ruiz took the train home. The company said the line would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'The company', speaker_mention: 'The company', cue: 'said' }]);
  });
});

describe('a sign as the speaker', () => {
  test('words a placard “says” are no one’s quote', () => {
    expect(quotesOf('Outside the depot, Ana Ruiz stood in the rain. “Fair pay now,” her placard said.')).toEqual([]);
  });
});
