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

describe('"Per OUTLET, …" and "According to a report in OUTLET, …" open a sentence as "according to OUTLET" does', () => {
  test('"Per Variety, X called …": the person\'s words, given to the outlet', () => {
    const text = 'Per Variety, Mara Okafor called the script “a mess.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', text: 'a mess.', speaker: 'Mara Okafor', cue: 'called', outlet: 'Variety' }]);
  });

  test('"According to a report in the Harbour Gazette, X said …"', () => {
    const text = 'According to a report in the Harbour Gazette, Tom Reed said the ferry would close.';
    expect(quotesOf(text).find((q) => q.text === 'the ferry would close')).toMatchObject({ type: 'indirect', speaker: 'Tom Reed', cue: 'said', outlet: 'Harbour Gazette' });
  });

  test('"Per year, …" names no outlet', () => {
    const text = 'Per year, Ada Kim said the cost was “too high.”';
    expect(quotesOf(text)).toMatchObject([{ type: 'partial', speaker: 'Ada Kim', outlet: null }]);
  });
});
