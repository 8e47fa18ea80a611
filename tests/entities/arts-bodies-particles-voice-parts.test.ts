import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'e' }).entities;
const people = (text: string) => entities(text).people.map((p) => p.name);
const person = (text: string, name: string) => entities(text).people.find((p) => p.name === name);
const characters = (text: string) => entities(text).characters.map((c) => ({ name: c.name, actor: c.actor }));

describe('people: a body named by its own word is no person', () => {
  test('performing companies, cooperatives and firms named "… Dynamics" are bodies, even after a given name', () => {
    expect(people('Leon Marsh, who danced with the Harbour City Ballet for a decade, said the board had erred. Before that he trained at the Lyon Opera Ballet.')).toEqual(['Leon Marsh']);
    expect(people('Meadowvale Dairy Cooperative said in a statement that prices would rise, Nadia Brook said.')).toEqual(['Nadia Brook']);
    expect(people('The rover, built by Denver-based Selene Dynamics under a state contract, landed on Friday, Omar Haddad said.')).toEqual(['Omar Haddad']);
  });

  test('negative: a given name whose last word is a body\'s is a person with a person\'s apposition, an age or "said she"', () => {
    expect(people('Lena Ballet, the choreographer, said she had rehearsed for months.')).toEqual(['Lena Ballet']);
    expect(people('Omar Dynamics, 51, said the plant would reopen.')).toEqual(['Omar Dynamics']);
    expect(people('World Aquatics, the governing body, said the judges had followed the rules.')).toEqual([]);
  });

  test('a sport\'s world governing body ("World Aquatics") is no person', () => {
    expect(people('World Aquatics said on Monday that the judges had followed the rules. Coach Ina Berg disagreed.')).toEqual(['Ina Berg']);
  });

  test('the part after "and" closes a joined department\'s name', () => {
    expect(people('The Ohio Department of Parks and Coastal Heritage said on Monday that two cases were found, Tara Quinn said.')).toEqual(['Tara Quinn']);
  });

  test('negative: a person whose name only sits near such a word stays a person', () => {
    expect(people('Ana Ruiz, a dancer with the company, said the tour was over.')).toEqual(['Ana Ruiz']);
  });
});

describe('people: lower-case name particles "zu" and "bint" stay inside the name', () => {
  test('"Konrad zu Lindenfels-Hart" keeps its particle, and "zu Lindenfels-Hart" later is the same person', () => {
    const text = 'Konrad zu Lindenfels-Hart, a member of the finance panel, said the plan was sound. “We will check every line,” zu Lindenfels-Hart told reporters.';
    expect(people(text)).toEqual(['Konrad zu Lindenfels-Hart']);
    expect(person(text, 'Konrad zu Lindenfels-Hart')!.aliases).toEqual(['zu Lindenfels-Hart']);
  });

  test('"Salma bint Khalid" is one person', () => {
    expect(people('In the camp, Salma bint Khalid, a nurse, said water ran out on Sunday.')).toEqual(['Salma bint Khalid']);
  });
});

describe('characters: networks and countries are no parts; "the voice behind" a named animal in a film is one', () => {
  test('"the voice actor behind the owl Tamsin in the animated film “…”" names the part and its actor', () => {
    expect(characters('Rhea Lund, the voice actor behind the owl Tamsin in the animated film “River Lights,” sued the studio on Monday.')).toEqual([{ name: 'Tamsin', actor: 'Rhea Lund' }]);
  });

  test('"the title character of the Nickelodeon series" and "play South Africa" name no part', () => {
    expect(characters('Rhea Lund voiced the title character of the Nickelodeon series “Dock Days.”')).toEqual([]);
    expect(characters('Wales play South Africa in the final next Saturday.')).toEqual([]);
  });

  test('negative: a part introduced as one keeps a country\'s or network\'s name ("plays Kenya", "voices Fox")', () => {
    expect(characters('Nora Vale plays Kenya, a detective, in the series “Cold Harbour”.')).toEqual([{ name: 'Kenya', actor: 'Nora Vale' }]);
    expect(characters('Ravi Sund, who voices Fox in the cartoon “Hen House”, said children write to him.')).toEqual([{ name: 'Fox', actor: 'Ravi Sund' }]);
    expect(characters('Wales played Fiji in Cardiff last week.')).toEqual([]);
  });

  test('negative: "the voice behind the campaign" names no part', () => {
    expect(characters('Rhea Lund, the voice behind the Summer Harbour campaign, said she was proud.')).toEqual([]);
  });
});

describe('people: a given name and one body word is a person unless the text marks a body', () => {
  test('a two-word name opening with a given name stays a person with no body evidence at it', () => {
    expect(people('Nadia Chorus scored late on. “We kept going,” Chorus said.')).toEqual(['Nadia Chorus']);
    expect(people('Manager Tomas Orchestra said the squad was “tired but proud”.')).toEqual(['Tomas Orchestra']);
    expect(people('The Eastvale Symphony cancelled the gala. Its conductor, Elena Symphony, said she was “gutted”.')).toEqual(['Elena Symphony']);
  });

  test('negative: "in"/"the" before it, "said it" or "The company" next marks the body', () => {
    expect(people('Shares in Selene Robotics slid. Selene Robotics said it would cut costs.')).toEqual([]);
    expect(people('Selene Robotics cut 200 jobs. The company said demand had fallen.')).toEqual([]);
  });
});

describe('characters: a country-named part introduced by its actor', () => {
  test('"NAME, played by ACTOR" and "NAME (ACTOR)" keep a part named like a country', () => {
    expect(characters('The second episode brought in Omar\'s cousin Kenya, played by Dana Holt.').map((c) => c.name)).toContain('Kenya');
    expect(characters('The series follows Omar (Felix Ord) and his aunt Kenya (Dana Holt).').map((c) => c.name)).toContain('Kenya');
  });

  test('negative: a bracketed place after a country is no actor', () => {
    expect(characters('Imports from Kenya (East Africa) rose sharply.')).toEqual([]);
  });
});
