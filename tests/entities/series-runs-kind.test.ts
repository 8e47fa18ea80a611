import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'c' }).entities;
const at = (text: string, s: string) => [text.indexOf(s), text.indexOf(s) + s.length];

describe('a title run for counted seasons or episodes, or cancelled by a network, is a series', () => {
  const films = (text: string) => entities(text).films.map((f) => ({ title: f.title, kind: f.kind, mentions: f.mentions.map((m) => [m.start, m.end]) }));

  test('"The network cancelled “…” after nine seasons" names a show', () => {
    const text = 'The network cancelled “Late Talk With Milo Grant” after nine seasons.';
    expect(films(text)).toEqual([{ title: 'Late Talk With Milo Grant', kind: 'tv', mentions: [at(text, 'Late Talk With Milo Grant')] }]);
  });

  test('"…, which ran for 200 episodes" names a show', () => {
    const text = 'Ines Marlow, who starred in “Harbour Nights,” which ran for 200 episodes, said she was done.';
    expect(films(text)).toEqual([{ title: 'Harbour Nights', kind: 'tv', mentions: [at(text, 'Harbour Nights')] }]);
  });

  test('negative: days of shooting are no seasons, and a studio is no network', () => {
    const text = 'Ines Marlow, who starred in “Harbour Nights,” which was shot over nine days, said she was done.';
    expect(films(text)).toEqual([{ title: 'Harbour Nights', kind: 'film', mentions: [at(text, 'Harbour Nights')] }]);
  });
});
