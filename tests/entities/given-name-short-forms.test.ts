import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'g' }).entities.people.map((p) => ({ name: p.name, aliases: p.aliases, mentions: p.mentions.map((m) => [m.start, m.end, m.text]) }));

describe('people: a short form of the given name with the same surname is the same person', () => {
  test('"Bill Ostrander" after "William Ostrander" joins him', () => {
    const text = 'Councillor William Ostrander resigned on Monday. "Bill Ostrander never took a bribe," his lawyer said.';
    const full = text.indexOf('William');
    const short = text.indexOf('Bill');
    expect(people(text)).toEqual([{ name: 'William Ostrander', aliases: ['Bill Ostrander'], mentions: [[full, full + 17, 'William Ostrander'], [short, short + 14, 'Bill Ostrander']] }]);
  });

  test('a different given name with the same surname stays another person (negative case)', () => {
    const text = 'William Ostrander resigned on Monday. His brother, Peter Ostrander, said he was relieved.';
    expect(people(text).map((p) => p.name)).toEqual(['William Ostrander', 'Peter Ostrander']);
  });

  test('a short form that is a given name in its own right stays another person: "Sandra" beside "Alexandra" (negative case)', () => {
    const text = 'Alexandra Ostrander resigned on Monday. Her sister, Sandra Ostrander, said she was relieved.';
    expect(people(text).map((p) => p.name)).toEqual(['Alexandra Ostrander', 'Sandra Ostrander']);
  });
});
