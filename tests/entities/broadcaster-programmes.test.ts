import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const films = (text: string) => extractArticle(text, { id: 'b' }).entities.films.map((f) => [f.title, f.kind]);

describe('a broadcaster\'s programme named after "program"/"programme" is television', () => {
  test('"the RAI program X": X is a TV work, not a film', () => {
    expect(films('The minister repeated the claim on the RAI program Notte Aperta.')).toEqual([['Notte Aperta', 'tv']]);
  });

  test('"the BBC programme X" with an unknown title: a TV work', () => {
    expect(films('She first spoke about it on the BBC programme Harbour Lights Tonight.')).toEqual([['Harbour Lights Tonight', 'tv']]);
  });

  test('negative: "the RAI film X" stays a film', () => {
    expect(films('He starred in the RAI film Notte Aperta.')).toEqual([['Notte Aperta', 'film']]);
  });
});
