import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"read it" is reading a text, no cue (cues.json not_cues_when_followed_by)', () => {
  test('"… and said the jurors had read it twice ‘…’": the words are the outer speaker\'s', () => {
    const text = 'Ruiz praised the memoir and said the jurors had read it twice ‘just to be certain’.';
    expect(quote(text, 'just to be')).toMatchObject({ text: 'just to be certain', type: 'partial', start: at(text, 'just to be'), speaker_mention: 'Ruiz', cue: 'said', outlet: null });
  });

  test('"read a statement: “…”" still gives its words (negative case)', () => {
    const text = 'Ruiz read a short statement: “We will not appeal.”';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: 'Ruiz', cue: 'read' });
  });
});
