import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a kind noun opening the line after a headline introduces a body', () => {
  test('"Cinema chain Corvo Vista said" after a title line is the chain, as it is alone', () => {
    const text = 'Theatres Report Record Weekend\n\nCinema chain Corvo Vista said ticket presales had crashed its website.';
    expect(quote(text, 'ticket presales')).toMatchObject({
      type: 'indirect', text: 'ticket presales had crashed its website', start: at(text, 'ticket presales'), end: text.length - 1,
      speaker: 'Corvo Vista', speaker_kind: 'organization', speaker_mention: 'Corvo Vista', speaker_start: at(text, 'Corvo'), cue: 'said', outlet: null,
    });
  });

  test('near miss: with no kind noun, the bare two-word name after the headline is unchanged (a person)', () => {
    const text = 'Theatres Report Record Weekend\n\nCorvo Vista said ticket presales had crashed its website.';
    expect(quote(text, 'ticket presales')).toMatchObject({ type: 'indirect', speaker: 'Corvo Vista', speaker_kind: 'person', cue: 'said' });
  });
});
