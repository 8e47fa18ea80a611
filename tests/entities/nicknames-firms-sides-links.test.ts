import { describe, expect, test } from 'vitest';
import { processArticle } from '../../src/pipeline/process.js';

const run = (text: string) => processArticle({ id: 'x', path: 'x', text });

describe('a nicknamed name is the person GIVEN SURNAME', () => {
  test('after a speech verb the people stage missed: built from the whole span', () => {
    const text = '“We ran out of time,” said Lena “The Anchor” Moravec, the rowing captain.';
    const people = run(text).entities.people;
    expect(people.map((p) => p.name)).toEqual(['Lena Moravec']);
    const start = text.indexOf('Lena');
    expect(people[0]!.mentions).toEqual([{ start, end: start + 'Lena “The Anchor” Moravec'.length, text: 'Lena “The Anchor” Moravec' }]);
    expect(people[0]!.gender).toBe('female');
  });

  test('the given name read alone inside the span is no person of its own', () => {
    const text = 'His cousin, Daniel “Danny” Okonkwo, told the court that the money was gone.';
    expect(run(text).entities.people.map((p) => p.name)).toEqual(['Daniel Okonkwo']);
  });

  test('a person named by the nickname alone elsewhere is the same person, the nickname an alias', () => {
    const text = 'The decider came late, when striker Marco "Viper" Albani slipped past two defenders. Viper said later that he had barely slept.';
    const people = run(text).entities.people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Marco Albani', ['Viper']]]);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['Marco "Viper" Albani', 'Viper']);
  });
});

describe('a firm’s trade noun after a given name', () => {
  test('a run ending in a firm tail is no person, though a quote is attributed to it', () => {
    const text = 'Laura Benton Foods, a family bakery in Ohio, said it would shut its plant.';
    expect(run(text).entities.people.map((p) => p.name)).toEqual([]);
  });

  test('an age keeps the person', () => {
    const text = 'Ellen Farms, 61, said the storm had flattened her barn.';
    expect(run(text).entities.people.map((p) => p.name)).toEqual(['Ellen Farms']);
  });
});

describe('one plural word after "played the"', () => {
  test('with a score or a weekday it is a side, no character', () => {
    expect(run('The Falcons played the Rovers on Saturday and won 2-0.').entities.characters).toEqual([]);
  });

  test('in a play it stays a part', () => {
    expect(run('At school she played the Furies in a Greek tragedy.').entities.characters.map((c) => c.name)).toEqual(['Furies']);
  });
});

describe('an outlet’s name runs through every link word', () => {
  test('"Correio do Povo da Serra" after a kind of outlet', () => {
    const text = 'The mayor told the regional paper Correio do Povo da Serra that the bridge would reopen.';
    const r = run(text);
    expect(r.entities.outlets.map((o) => o.name)).toEqual(['Correio do Povo da Serra']);
    expect(r.quotes[0]!.outlet).toBe('Correio do Povo da Serra');
  });
});
