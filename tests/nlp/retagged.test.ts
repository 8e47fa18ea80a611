import { describe, expect, it } from 'vitest';
import { retagged } from '../../src/nlp/retagged.js';
import type { Token } from '../../src/types.js';

const token: Token = { text: 'Further', start: 4, end: 11, normal: 'further', pos: 'VERB', lemma: 'further', type: 'word' };

describe('retagged', () => {
  it('changes the part of speech and lemma, keeping everything else', () => {
    expect(retagged(token, 'ADV', 'farther')).toEqual({ text: 'Further', start: 4, end: 11, normal: 'further', pos: 'ADV', lemma: 'farther', type: 'word' });
  });
  it('keeps the lemma when none is given, and leaves the original token alone', () => {
    const copy = retagged(token, 'NOUN');
    expect(copy.lemma).toBe('further');
    expect(token.pos).toBe('VERB');
    expect(copy).not.toBe(token);
  });
  it('lays the keys out in the analyser order', () => {
    expect(Object.keys(retagged(token, 'NOUN'))).toEqual(['text', 'start', 'end', 'normal', 'pos', 'lemma', 'type']);
  });
});
