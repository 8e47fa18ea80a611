import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

describe('"Oscar-nominated", "Grammy-winning": an award hyphened to a participle is no person', () => {
  test('"Award-nominated actress Name has filed …, claiming …": the actress', () => {
    const text = 'Emmy-nominated actress Rosalind Varga has sued the magazine, claiming the editors made up the interview.';
    expect(quote(text, 'the editors')).toMatchObject({
      type: 'indirect', text: 'the editors made up the interview', start: at(text, 'the editors'), speaker: 'Rosalind Varga',
      speaker_kind: 'person', speaker_role: 'actress', speaker_mention: 'Rosalind Varga', speaker_start: at(text, 'Rosalind Varga'), cue: 'claiming', outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Rosalind Varga']);
  });

  test('"Grammy-winning singer Name said …"', () => {
    const text = 'Grammy-winning singer Rosalind Varga said the tour would end in May.';
    expect(quote(text, 'the tour')).toMatchObject({ type: 'indirect', speaker: 'Rosalind Varga', speaker_role: 'singer', cue: 'said', outlet: null });
  });

  test('near miss: a hyphened surname after a given name is still the name', () => {
    const text = 'Oscar Varga-Lind said the tour would end in May.';
    expect(quote(text, 'the tour')).toMatchObject({ type: 'indirect', speaker: 'Oscar Varga-Lind', speaker_mention: 'Oscar Varga-Lind', cue: 'said' });
  });
});
