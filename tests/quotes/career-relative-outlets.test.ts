import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a network in a "who …" clause on the speaker\'s career is not where the words were given', () => {
  test('"who played …, on NBC" and "who hosted a show on CNN" give no outlet', () => {
    const text = 'Harlan Voss, 68, who played the sheriff for six seasons on NBC, said he heard the news from his agent.';
    expect(quote(text, 'he heard')).toMatchObject({ type: 'indirect', text: 'he heard the news from his agent', start: at(text, 'he heard'), speaker: 'Harlan Voss', cue: 'said', outlet: null });
    const host = 'Dara Quill, who hosted a late show on CNN for a decade, said she was moving on.';
    expect(quote(host, 'she was')).toMatchObject({ type: 'indirect', text: 'she was moving on', speaker: 'Dara Quill', cue: 'said', outlet: null });
  });

  test('negative: a clause about speaking or appearing on the network keeps it', () => {
    const text = 'Dara Quill, who appeared on CNN on Sunday, said she was moving on.';
    expect(quote(text, 'she was')).toMatchObject({ type: 'indirect', text: 'she was moving on', speaker: 'Dara Quill', cue: 'said', outlet: 'CNN' });
  });
});
