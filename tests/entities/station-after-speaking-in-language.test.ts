import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const outletNames = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => o.name);

describe('a station after "speaking in LANGUAGE on"', () => {
  test('"Speaking in French on Radio Tamtam, …" names the station', () => {
    expect(outletNames('Speaking in French on Radio Tamtam, the private station, Paul Dupont said the camps would close.')).toEqual(['Radio Tamtam']);
  });
});
