import { describe, expect, test } from 'vitest';
import { at, quotesOf } from '../helpers/quotes.js';

describe('"according to the DESCRIPTION, NAME, CLAUSE": a body\'s name after a description in small letters is the source', () => {
  test('the name speaks, the clause starts after it, and "the bureau" later stands for it', () => {
    const text = 'According to the national seismic bureau, QUAKEWATCH, the tremor struck off the coast. The bureau said more aftershocks were likely.';
    const [first, second] = quotesOf(text);
    expect(first).toMatchObject({
      type: 'indirect', text: 'the tremor struck off the coast', start: at(text, 'the tremor'), speaker: 'QUAKEWATCH', speaker_kind: 'organization',
      speaker_start: at(text, 'QUAKEWATCH'), cue: 'According to', outlet: null,
    });
    expect(second).toMatchObject({ type: 'indirect', text: 'more aftershocks were likely', speaker: 'QUAKEWATCH', speaker_kind: 'organization', speaker_mention: 'The bureau', cue: 'said', outlet: null });
  });

  test('near miss: a person\'s name after a role is still the person', () => {
    const text = 'According to the company spokesman, Tom Reese, the plant will close.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the plant will close', start: at(text, 'the plant'), speaker: 'Tom Reese', speaker_kind: 'person', cue: 'According to' }]);
  });
});
