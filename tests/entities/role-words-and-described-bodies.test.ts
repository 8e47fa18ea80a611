import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'r' }).entities;

describe('a capitalised occupation before a name is a role, no outlet', () => {
  test('"Economist Laura Pike said": no outlet The Economist; Laura Pike, economist', () => {
    const e = entities('Economist Laura Pike, who studies the fishing trade, said the dispute was about prices.');
    expect(e.outlets.map((o) => o.name)).toEqual([]);
    expect(e.people.map((p) => [p.name, p.roles])).toEqual([['Laura Pike', ['economist']]]);
  });

  test('negative: the magazine itself is still an outlet ("The Economist reported")', () => {
    const e = entities('The Economist reported that the talks had stalled, citing two diplomats.');
    expect(e.outlets.map((o) => o.name)).toEqual(['The Economist']);
  });
});

describe('a body named after a noun for its service, and a contest\'s "Prix", are no people', () => {
  test('"the auction house Brightwell", "the online community Dalgo Board", "the Belgian Grand Prix"', () => {
    const text = 'An expert at the auction house Brightwell, Tom Reese, said the value had doubled. The rumour started on the online forum Kestrel after the Belgian Grand Prix.';
    expect(entities(text).people.map((p) => p.name)).toEqual(['Tom Reese']);
  });

  test('negative: a person after a noun for a person stays one ("the expert Tom Reese")', () => {
    expect(entities('The rumour was denied by the expert Tom Reese on Monday.').people.map((p) => p.name)).toEqual(['Tom Reese']);
  });
});
