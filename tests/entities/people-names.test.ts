import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const people = (text: string) => extractArticle(text, { id: 'p' }).entities.people.map((p) => p.name);

describe('people named in capitals', () => {
  // A headline or a label in capitals before a cue ("FERRY FARES RISE said …") read as a person's name.
  test('words all in capitals are no person, but a name in capitals that opens with a given name is', () => {
    const text = 'Marta Velez runs the ferry office.\n\nHARBOUR FEES RISE said the notice on the pier.\n\nDANA HOLT said the fares would rise.';
    expect(people(text)).toEqual(['Marta Velez', 'DANA HOLT']);
  });
});

describe('people: a name after a role only a body has is the body\'s', () => {
  test('"The former CEO of Brackwell said": Brackwell is the company, no person', () => {
    expect(people('The former CEO of Brackwell said the company was in trouble.')).toEqual([]);
  });

  test('negative: a full name after the role, or a name with a given name after "of", is still a person', () => {
    expect(people('The former CEO of Brackwell, Tom Hale, said the company was in trouble.')).toEqual(['Tom Hale']);
    expect(people('Dana Brackwell, the founder of Tidewell, said the firm would grow.')).toEqual(['Dana Brackwell']);
  });
});

describe('people: a given name that is also an ordinary word is evidence of a person', () => {
  test('"Alma" and "Gene" open a full name as "Maria" does, and give its gender', () => {
    const found = extractArticle('Alma Reyes opened the bakery in 1990. Gene Marlow bought it last year.', { id: 'p' }).entities.people;
    expect(found.map((p) => [p.name, p.gender])).toEqual([['Alma Reyes', 'female'], ['Gene Marlow', 'male']]);
  });

  test('negative: a word the lexicon also tags as a name but left uncurated ("Summer", "Dawn") opens no person', () => {
    expect(people('Summer Fayre opened the bakery in 1990. Dawn Raids followed last year.')).toEqual([]);
  });
});

describe('people: an honorific from the shared list before a surname is no part of the name', () => {
  test('"Herr Brandt" is the person Brandt, written with his honorific, as "Mr. Brandt" would be', () => {
    const text = 'Herr Brandt owns the mill. The miller, Ines Varga, said it would reopen.';
    const found = extractArticle(text, { id: 'p' }).entities.people;
    expect(found.map((p) => [p.name, p.aliases])).toEqual([['Brandt', ['Herr Brandt']], ['Ines Varga', []]]);
    expect(found[0]!.mentions[0]).toEqual({ start: 5, end: 11, text: 'Brandt' });
  });

  test('negative: a rank that is no honorific stays out of the aliases ("Captain Brandt" names no honorific)', () => {
    const found = extractArticle('Captain Brandt owns the mill.', { id: 'p' }).entities.people;
    expect(found.map((p) => [p.name, p.aliases])).toEqual([['Brandt', []]]);
  });
});

describe('people: a name in apposition after a role noun with a plural owner', () => {
  test('"The members’ lawyer, Park Min-jun of the Seoul firm Daehan, told …": the plural possessive opens the role as the singular does', () => {
    const text = 'The members’ lawyer, Park Min-jun of the Seoul firm Daehan, told reporters that the ban was unfair. “We will appeal,” Park said.';
    const e = extractArticle(text, { id: 'p' }).entities;
    expect(e.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Park Min-jun', ['Park Min-jun', 'Park']]]);
  });

  test('negative: a thing after the plural owner is no person ("The fans’ anthem, Silver Morning of the North,")', () => {
    expect(extractArticle('The fans’ anthem, Silver Morning of the North, played as the team came out.', { id: 'p' }).entities.people).toEqual([]);
  });
});

describe('people: given names of Irish, Welsh, Scottish, Nigerian and Japanese use', () => {
  const article = (text: string) => extractArticle(text, { id: 'p' });

  test('"Aoife Power said" with no apposition is a woman, not a utility company; "she" is hers', () => {
    const result = article('Aoife Power said the club would appeal. "We are not finished," she said.');
    expect(result.entities.people.map((p) => [p.name, p.gender])).toEqual([['Aoife Power', 'female']]);
    expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the club would appeal', 'Aoife Power'],
      ['We are not finished,', 'Aoife Power'],
    ]);
  });

  test('the gender of a given name picks "he" between two speakers ("Chinedu", "Ngozi")', () => {
    const result = article('Chinedu Eze met Ngozi Obi after the vote. "I accept it," he said.');
    expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual([['I accept it,', 'Chinedu Eze']]);
    expect(result.entities.people.map((p) => [p.name, p.gender])).toEqual([['Chinedu Eze', 'male'], ['Ngozi Obi', 'female']]);
  });
});

describe('people: a number after a name', () => {
  test('"defeating her deputy Ana Ruiz 27 votes to 23": the count ends the name', () => {
    expect(people('Maria Lind held on, defeating her deputy Ana Ruiz 27 votes to 23.')).toEqual(['Maria Lind', 'Ana Ruiz']);
  });

  test('negative: a number in a name of a thing still keeps it from being a person ("Apollo 11")', () => {
    expect(people('Apollo 11 landed in 1969, said Ana Ruiz.')).toEqual(['Ana Ruiz']);
  });
});

describe('people: Hispanic names with two surnames and Vietnamese given names', () => {
  const article = (text: string) => extractArticle(text, { id: 'p' });

  test('"Rocío Elena Duarte Salinas" stays one person when named later by her given names or first surname', () => {
    const result = article('Rocío Elena Duarte Salinas, the singer, is retiring. Duarte said she was tired. "We thank Rocío Elena for everything," the label said.');
    expect(result.entities.people.map((p) => [p.name, p.gender])).toEqual([['Rocío Elena Duarte Salinas', 'female']]);
  });

  test('"Linh Tran read a statement" is a woman named by a Vietnamese given name', () => {
    const result = article('Linh Tran read a statement outside the court. "We are relieved," she said.');
    expect(result.entities.people.map((p) => [p.name, p.gender])).toEqual([['Linh Tran', 'female']]);
    expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual([['We are relieved,', 'Linh Tran']]);
  });
});

describe('people: descriptions and common nouns that open a sentence are no one', () => {
  const article = (text: string) => extractArticle(text, { id: 'p' });

  test('"said the 31-year-old Argentine" describes the driver already named', () => {
    const result = article('Tomas Ferro finished fourth. "The tyres went early," said the 31-year-old Argentine, who drives for a small team.');
    expect(result.entities.people.map((p) => p.name)).toEqual(['Tomas Ferro']);
  });

  test('"Ozone tells you …" inside a quote is a common noun when the article writes "ozone" in lower case', () => {
    const result = article('The probe found ozone and ice. Dr Lena Kraus said: "Ozone tells you that oxygen is being made."');
    expect(result.entities.people.map((p) => p.name)).toEqual(['Lena Kraus']);
  });
});

describe('people: a German compound ending in a party or league word is a body', () => {
  test('"Keller, of the centre-right Bauernunion, said" names Keller only', () => {
    const result = extractArticle('Keller, of the centre-right Bauernunion, said he had asked for calm.', { id: 'p' });
    expect(result.entities.people.map((p) => p.name)).toEqual(['Keller']);
  });
});

describe('people: a name set off after an owned body\'s noun is the body\'s', () => {
  test('"The port\'s union, Dockforce, said": Dockforce is the union, no person', () => {
    expect(people("The port's union, Dockforce, said crews had not been warned.")).toEqual([]);
  });

  test('near miss: a name after a person\'s role is still a person', () => {
    expect(people("The port's harbourmaster, Ivo Quill, said crews had not been warned.")).toEqual(['Ivo Quill']);
  });
});

describe('a role read before a name keeps the article\'s spelling', () => {
  const people = (text: string) => extractArticle(text, { id: 'r' }).entities.people.map((p) => [p.name, p.roles]);

  test('"Councillor Ines Abara said …": one role, "councillor", as written', () => {
    expect(people('Councillor Ines Abara said the budget was tight.')).toEqual([['Ines Abara', ['councillor']]]);
  });

  test('near miss: the American spelling stays as written', () => {
    expect(people('Councilor Ines Abara said the budget was tight.')).toEqual([['Ines Abara', ['councilor']]]);
  });
});
