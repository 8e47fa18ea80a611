import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

// Two people share a surname: "Ms"/"Mrs"/"Miss" before it names the woman, "Mr" the man, by their given names.

const people = (text: string) => extractArticle(text, { id: 'h' }).entities.people.map((p) => ({ name: p.name, aliases: p.aliases, gender: p.gender, mentions: p.mentions.map((m) => m.start) }));

describe('an honorific and a surname two people share', () => {
  test('"Ms Okafor" joins the woman, not the man named first', () => {
    const text = 'Peter Okafor retired in May. His sister, Grace Okafor, runs the farm now. “We kept every cow,” Ms Okafor said.';
    expect(people(text)).toEqual([
      { name: 'Peter Okafor', aliases: [], gender: 'male', mentions: [0] },
      { name: 'Grace Okafor', aliases: ['Okafor', 'Ms Okafor'], gender: 'female', mentions: [text.indexOf('Grace'), text.lastIndexOf('Okafor')] },
    ]);
    const q = extractArticle(text, { id: 'h' }).quotes.find((x) => x.text.startsWith('We kept'))!;
    expect(q).toMatchObject({ type: 'direct', text: 'We kept every cow,', start: text.indexOf('We kept'), speaker: 'Grace Okafor', cue: 'said', outlet: null });
  });

  test('"Mr Okafor" joins the man even when the woman was named first', () => {
    const text = 'Grace Okafor runs the farm. Her brother, Peter Okafor, retired in May. “I miss it,” Mr Okafor said.';
    expect(people(text).map((p) => [p.name, p.aliases])).toEqual([['Grace Okafor', []], ['Peter Okafor', ['Okafor', 'Mr Okafor']]]);
  });

  test('near miss: one person with the surname keeps the honorific as an alias', () => {
    const text = 'Grace Okafor runs the farm. “We kept every cow,” Ms Okafor said.';
    expect(people(text).map((p) => [p.name, p.aliases, p.gender])).toEqual([['Grace Okafor', ['Okafor', 'Ms Okafor'], 'female']]);
  });
});
