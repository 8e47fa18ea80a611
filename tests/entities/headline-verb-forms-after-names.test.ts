import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'h' }).entities.people;
const names = (text: string) => people(text).map((p) => p.name);

describe('entities: a title-case headline glues no unlisted verb form onto a name', () => {
  test('"Nadia Okoro Postpones …" names Nadia Okoro when the body calls her Okoro', () => {
    const text = 'Nadia Okoro Postpones European Tour After Knee Surgery\n\nThe singer cancelled twelve dates. “I am heartbroken,” Okoro said.\n';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['Nadia Okoro']);
    expect(found[0]!.mentions[0]).toMatchObject({ start: 0, end: 11, text: 'Nadia Okoro' });
  });

  test('an -ed form too ("Marco Velti Sidelined …")', () => {
    const text = 'Marco Velti Sidelined for Six Weeks\n\nVelti hurt his ankle in training.\n';
    expect(names(text)).toEqual(['Marco Velti']);
  });

  test('near miss: a surname ending in -s that the body repeats stays ("Dana Hollis Roberts")', () => {
    const text = 'Dana Hollis Roberts Named Chief Judge\n\nRoberts joined the court in 2009.\n';
    expect(names(text)).toEqual(['Dana Hollis Roberts']);
  });
});
