import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'a' }).entities;
const summary = (text: string) => {
  const e = entities(text);
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => [c.name, c.actor ?? null]) };
};

describe('characters: a part described by a role noun and handed to an actor "in the role"', () => {
  test('"the pub landlady NAME, ending the run of the actress NAME in the role": the first name is the part', () => {
    const text = 'The soap wrote out its grand old lady, the corner-shop owner Edna Whitlow, ending the 22-year run of the actress Joyce Pennell in the role.\n';
    const e = summary(text);
    expect(e.characters).toEqual([['Edna Whitlow', 'Joyce Pennell']]);
    expect(e.people).toEqual(['Joyce Pennell']);
    const part = entities(text).characters[0]!;
    expect(part.mentions).toEqual([{ start: text.indexOf('Edna Whitlow'), end: text.indexOf('Edna Whitlow') + 12, text: 'Edna Whitlow' }]);
  });

  test('"actor NAME\'s time in the part" names the actor too', () => {
    const text = 'The drama said goodbye to the ship\'s doctor Amos Kettle, closing actor Ross Imrie\'s long stint in the part.\n';
    expect(summary(text).characters).toEqual([['Amos Kettle', 'Ross Imrie']]);
  });

  test('near miss: a real office-holder described before a singer "in the role" is a person', () => {
    const text = 'The council thanked its chair, the banker Tom Hale, ending the ten-year run of the singer Ann Moss in the role.\n';
    const e = summary(text);
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Tom Hale', 'Ann Moss']);
  });
});

describe('characters: "the detective NAME, played … by ACTOR" with a span of time or a relative "who"', () => {
  test('"played for 20 years by" in a sentence about a soap', () => {
    const text = 'The soap said goodbye to the ward sister Nell Garrow, played for 20 years by Irene Castell.\n';
    const e = summary(text);
    expect(e.characters).toEqual([['Nell Garrow', 'Irene Castell']]);
    expect(e.people).toEqual(['Irene Castell']);
  });

  test('", who was played by" in a sentence about a series', () => {
    const text = 'The series killed off the inspector Rufus Dane, who was played by Calum Reid for a decade.\n';
    expect(summary(text).characters).toEqual([['Rufus Dane', 'Calum Reid']]);
  });

  test('near miss: "played for Leeds" is a footballer\'s club, no part', () => {
    const text = 'The club said goodbye to the striker Tom Hale, who played for Leeds for a decade.\n';
    const e = summary(text);
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Tom Hale']);
  });
});
