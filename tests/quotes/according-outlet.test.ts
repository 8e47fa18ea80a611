import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';

describe('"According to OUTLET, PERSON said …": the person speaks, to the outlet', () => {
  const text = 'Port Elwin reacted quickly. According to state news agency Harbour Wire, deputy minister Tom Reed called the plan "a gift to smugglers" and said its author had "no right to speak for the port." The Harbour Board declined to comment.';

  test('both partial quotes are the minister\'s, given to the agency named after its kind', () => {
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.text === 'a gift to smugglers')).toMatchObject({ type: 'partial', start: text.indexOf('a gift'), speaker: 'Tom Reed', speaker_mention: 'Tom Reed', cue: 'called', outlet: 'Harbour Wire' });
    expect(quotes.find((q) => q.text.startsWith('no right'))).toMatchObject({ type: 'partial', speaker: 'Tom Reed', cue: 'said', cue_start: text.indexOf('said its'), outlet: 'Harbour Wire' });
  });

  test('words quoted to the end of a sentence are not the next sentence\'s', () => {
    const plain = 'Mara Okafor said the harbour plan was "dead on arrival." The Harbour Board declined to comment.';
    expect(quotesOf(plain).find((q) => q.type === 'partial')).toMatchObject({ text: 'dead on arrival.', speaker: 'Mara Okafor', cue: 'said' });
  });

  test('a source that is no outlet gives no outlet', () => {
    const other = 'According to the Harbour Board, deputy minister Tom Reed called the plan "a gift to smugglers" at a meeting.';
    expect(quotesOf(other).find((q) => q.type === 'partial')).toMatchObject({ speaker: 'Tom Reed', cue: 'called', outlet: null });
  });
});
