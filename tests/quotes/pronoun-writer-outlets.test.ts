import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a fronted piece whose writer is a pronoun ("Writing in OUTLET, she …")', () => {
  test('the writer\'s written words later in the paragraph ran in that outlet', () => {
    const text = 'The critic Jo Bright was unmoved. Writing in The Guardian, she called the film "a mess" and said it had failed. "It is lazy," she wrote. "Nobody will remember it."';
    expect(quote(text, 'It is lazy')).toMatchObject({
      text: 'It is lazy,', start: at(text, 'It is lazy'), end: at(text, 'It is lazy') + 'It is lazy,'.length, type: 'direct',
      speaker: 'Jo Bright', speaker_mention: 'she', speaker_start: at(text, 'she wrote'), cue: 'wrote', cue_start: at(text, 'wrote.'), outlet: 'The Guardian',
    });
    expect(quote(text, 'Nobody will')).toMatchObject({ type: 'direct', speaker: 'Jo Bright', outlet: 'The Guardian' });
    // (The words in the opener's own sentence had it already.)
    expect(quote(text, 'a mess')).toMatchObject({ type: 'partial', speaker: 'Jo Bright', cue: 'called', outlet: 'The Guardian' });
  });

  test('near miss: someone else quoted after the writer gets no outlet from her piece', () => {
    const text = 'Jo Bright saw the film twice. Writing in The Guardian, she called it "a mess." Her editor, Tom Lane, disagreed. "It is lovely," he said.';
    expect(quote(text, 'It is lovely')).toMatchObject({ type: 'direct', speaker: 'Tom Lane', cue: 'said', outlet: null });
  });
});
