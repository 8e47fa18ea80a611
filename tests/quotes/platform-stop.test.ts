import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a post "on X." keeps no outlet of the next sentence', () => {
  test('"‘…,’ NAME posted on X. He later told OUTLET that …": the post has no outlet, the told words do', () => {
    const text = 'Ravi Menon, 35, went unsold. ‘Bad luck today,’ Menon posted on X. He later told The Guardian that he would play in England.';
    expect(quote(text, 'Bad luck today')).toMatchObject({
      text: 'Bad luck today,', type: 'direct', start: at(text, 'Bad luck today'),
      speaker: 'Ravi Menon', speaker_mention: 'Menon', cue: 'posted', outlet: null,
    });
    expect(quote(text, 'he would play')).toMatchObject({ type: 'indirect', speaker: 'Ravi Menon', speaker_mention: 'He', cue: 'told', outlet: 'The Guardian' });
  });
});
