// Names that look like a person's but name a crossing, a body, a festival, a term or a town; and titles
// of office before a name. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import type { ArticleEntities } from '../../src/types.js';

const entities = (text: string): ArticleEntities => extractArticle(text, { id: 'n' }).entities;
const people = (e: ArticleEntities) => e.people.map((p) => p.name);

describe('people: names that are no person', () => {
  test('a crossing or bridge opening "Paso"/"Puente" is a place ("Paso de Lomas", "Puente Negro")', () => {
    const e = entities('Lorries queued on Monday at Puente Negro and Paso de Lomas, officials said. "The wait is eleven hours," said Ramon Estevez-Cruz, a customs broker.');
    expect(people(e)).toEqual(['Ramon Estevez-Cruz']);
  });

  test('a national sports body named for its sport ("Swimming Kenya", "Cycling New Zealand") is no person', () => {
    const e = entities('Swimming Kenya confirmed the suspension on Friday. "We respect the ruling," Cycling New Zealand said, while the coach, Odile Brassard, said nothing.');
    expect(people(e)).toEqual(['Odile Brassard']);
  });

  test('a campaigning group that says something is no person ("Oxfam said")', () => {
    const e = entities('Oxfam said in a statement that the deal was "too little, too late". Harriet Quaye, who leads the delegation, agreed.');
    expect(people(e)).toEqual(['Harriet Quaye']);
  });

  test('a capital letter alone after a word is a term\'s letter, no surname ("Gen Z", "Plan B")', () => {
    const e = entities('"Gen Z never owned a landline, and Plan B was always the phone," said Devin Oyelaran, a market analyst.');
    expect(people(e)).toEqual(['Devin Oyelaran']);
  });

  test('negative: after a given name a lone capital may be a name ("Malcolm X")', () => {
    const e = entities('The exhibition opens with a portrait of Malcolm X painted in 1964. Devin Oyelaran curated it.');
    expect(people(e)).toEqual(['Malcolm X', 'Devin Oyelaran']);
  });

  test('a lone capital after a given name is a term\'s letter where the name stands as no person does ("reached Max Q")', () => {
    const e = entities('The booster climbed through the cloud and reached Max Q some seventy seconds in. Just after Max Q the engines throttled back, said Priya Anand, a flight engineer.');
    expect(people(e)).toEqual(['Priya Anand']);
  });

  test('negative: a lone capital after a given name stays a person as a subject, an owner or after "of" ("Malcolm X")', () => {
    expect(people(entities('Malcolm X was born in Omaha. The students read a biography of Malcolm X on Tuesday.'))).toEqual(['Malcolm X']);
    const e = extractArticle("Malcolm X's letters from Mecca were shown. Teodor Blum wrote the catalogue.", { id: 'n' }).entities.people;
    expect(e.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Malcolm X', ['Malcolm X']], ['Teodor Blum', ['Teodor Blum']]]);
  });

  test('a place and a common plural with no given name name a firm ("Tarrow Ferries", "Kelby Buses")', () => {
    const e = entities('Tarrow Ferries cancelled every crossing until noon, and Kelby Buses told passengers to expect delays. "We are doing our best," said Ines Varga, a harbour official.');
    expect(people(e)).toEqual(['Ines Varga']);
  });

  test('negative: such a name the quotes give words to stays a person ("Adaeze Brooks said …", named once)', () => {
    // A given name we do not list and a surname that is also a plural: as a speaker, a person's name.
    expect(people(entities('Adaeze Brooks said the market at Onitsha had collapsed overnight.'))).toEqual(['Adaeze Brooks']);
  });

  test('negative: a surname that is also a plural stays a person when used alone later or after a given name ("Ngozi Banks", "Tom Fields")', () => {
    expect(people(entities('Ngozi Banks said the ward would reopen. Banks has run it since 2019.'))).toEqual(['Ngozi Banks']);
    expect(people(entities('Tom Fields said the ward would reopen on Friday.'))).toEqual(['Tom Fields']);
    expect(people(entities('Ngozi Banks, a senior nurse, said the ward would reopen on Friday.'))).toEqual(['Ngozi Banks']);
  });

  test('a title after a kind of work and "called" or a comma is no person ("a podcast called The Green Lantern Reels")', () => {
    expect(people(entities('Ines Varga hosts a podcast called The Green Lantern Reels.'))).toEqual(['Ines Varga']);
    expect(people(entities('The director of the film Salt Harbour hosts a podcast called “The Green Lantern Reels”.'))).toEqual([]);
    expect(people(entities('He released a series of field recordings, The Green Lantern Reels, last year.'))).toEqual([]);
  });

  test('negative: after "called" with no kind of work before it, a name is still a person ("a nurse called Maria Brassard")', () => {
    expect(people(entities('A nurse called Maria Brassard found the boy. The band later thanked her.'))).toEqual(['Maria Brassard']);
  });

  test('negative: a given name and a lone capital as a verb\'s object is a stage name ("cheered for Rosie V", "met Leo T")', () => {
    expect(people(entities('Hundreds queued and cheered for Rosie V at the pier on Sunday.'))).toEqual(['Rosie V']);
    expect(people(entities('Her new single features Leo T on the bridge, and she met Leo T in Lisbon.'))).toEqual(['Leo T']);
  });

  test('a listed term ("Max Q") is no person even as a subject, and a point passed ("cleared Max Q") neither', () => {
    expect(people(entities('Max Q came sooner than planned on the second launch.'))).toEqual([]);
    expect(people(entities('The capsule cleared Max Q and the crew cheered.'))).toEqual([]);
  });

  test('a town after "in nearby" is a place, even before "who" ("in nearby Tiffin, who …")', () => {
    const e = entities('A supplier in nearby Tiffin, who asked not to be named, said orders had stopped. Kelsey Dunmore said the same.');
    expect(people(e)).toEqual(['Kelsey Dunmore']);
  });

  test('negative: a given name after "in nearby" stays a person\'s ("in nearby Gwen Ardley\'s yard")', () => {
    const e = entities('Workers gathered in nearby Gwen Ardley\'s yard. "It was packed," Gwen Ardley said.');
    expect(people(e)).toEqual(['Gwen Ardley']);
  });

  test('negative: a sport word after a given name is a surname, and a middle initial with its stop stays ("Ana Golf", "Rita Q. Marsh")', () => {
    const e = entities('"We train at dawn," said Ana Golf. "So do we," said Rita Q. Marsh.');
    expect(people(e)).toEqual(['Ana Golf', 'Rita Q. Marsh']);
  });
});

describe('people: a title of office before a name', () => {
  test('an agency\'s administrator: the acronym and the title are no part of the name', () => {
    const e = entities('"We will find out what happened," FAA Administrator Gordon Pellinger-Ruiz said on Wednesday.');
    expect(people(e)).toEqual(['Gordon Pellinger-Ruiz']);
    expect(e.people[0]!.roles).toEqual(['administrator']);
  });
});

describe('characters and films: venues and schemes', () => {
  test('a known festival someone "played" is no character', () => {
    const e = entities('The singer Mara Vellacott, 31, stars as Juno Hale in "Tidewater". "I first played Coachella at 19," Vellacott said.');
    expect(e.characters.map((c) => c.name)).toEqual(['Juno Hale']);
  });

  test('a body\'s own "program" in quotation marks is a scheme, no film ("its “Harbor Renewal” program")', () => {
    const e = entities('The company has spent years touting its "Harbor Renewal" program, a plan to rebuild the yard.');
    expect(e.films).toEqual([]);
  });

  test('negative: a program with no possessive of a body before it is still a work ("the “Night Ferry” program")', () => {
    const e = entities('She spent a decade making the "Night Ferry" program, which aired on PBS.');
    expect(e.films.map((f) => f.title)).toEqual(['Night Ferry']);
  });
});

describe('people: organisations named by what follows them', () => {
  test('"The National Fund for Marine Rescue asked …": the words after "<organisation word> for" are its name, no person', () => {
    const e = entities('The National Fund for Marine Rescue asked boaters to keep clear. The Centre for Coastal Studies agreed, said Ana Ruiz, a biologist.');
    expect(people(e)).toEqual(['Ana Ruiz']);
  });

  test('negative: "a lawyer for Ana Ruiz" names a person (no organisation word before "for")', () => {
    expect(people(entities('A lawyer for Ana Ruiz said she would appeal the ruling.'))).toEqual(['Ana Ruiz']);
  });

  test('"Harbor Watch, the largest residents\' coalition, said …": an apposition headed by a body\'s noun makes the name an organisation', () => {
    const e = entities('Harbor Watch, the biggest residents\' coalition in town, announced on Friday plans to sue the council. Its chair, Mary Kent, said the vote was rigged.');
    expect(people(e)).toEqual(['Mary Kent']);
  });

  test('negative: "a member of the coalition" and "the group\'s founder" describe a person', () => {
    expect(people(entities('Ana Ruiz, a member of the coalition, said it would sue.'))).toEqual(['Ana Ruiz']);
    expect(people(entities('Tomas Brell, the group\'s founder, said it would sue.'))).toEqual(['Tomas Brell']);
  });
});

describe('people: places named for a landform', () => {
  test('"every person who came to Kessler Flats": a name ending in a landform word is a place', () => {
    const e = entities('The board thanked "every person who came to Kessler Flats" and said the beach would stay shut. Mayor Ana Ruiz agreed.');
    expect(people(e)).toEqual(['Ana Ruiz']);
  });

  test('negative: after a given name the word is a surname ("Tom Creek said")', () => {
    expect(people(entities('Tom Creek said the beach would stay shut.'))).toEqual(['Tom Creek']);
  });
});

describe('people: a party named alone', () => {
  test('"a jibe at Labour’s ‘endless grievance’": the party is no person', () => {
    const e = entities('Her aides hope the new poster lands as a jibe at Labour’s ‘endless grievance’. Ana Ruiz agreed.');
    expect(people(e)).toEqual(['Ana Ruiz']);
    expect(people(entities('Ana Ruiz asked how the Tories would pay for it.'))).toEqual(['Ana Ruiz']);
  });

  test('negative: after an honorific the word is a surname ("Mr Tory said")', () => {
    expect(people(entities('Mr Tory said he would appeal.'))).toEqual(['Tory']);
  });
});

describe('people: storms, utilities and hill towns are no people', () => {
  test('a named storm ("Hurricane Marisol", "Typhoon Kenji", "Tropical Storm Odette") is no person', () => {
    const e = entities('Hurricane Marisol weakened overnight, while Typhoon Kenji and Tropical Storm Odette stayed at sea. "We are watching all three," said Priya Anand, a forecaster.');
    expect(people(e)).toEqual(['Priya Anand']);
  });

  test('a utility company ("Tidewater Power", "Brookfield Electric") is no person', () => {
    const e = entities('Tidewater Power said 40,000 homes were dark, and Brookfield Electric sent crews north, according to Devin Oyelaran, a county official.');
    expect(people(e)).toEqual(['Devin Oyelaran']);
  });

  test('negative: a given name before "Power" makes a surname ("Ana Power said")', () => {
    const e = entities('"The grid held," Ana Power said.');
    expect(people(e)).toEqual(['Ana Power']);
  });

  test('negative: a person\'s apposition or a speaker\'s keeps a name ending in "Power" a person', () => {
    expect(people(entities('Aoife Power, a Waterford hurler, said the team was ready.'))).toEqual(['Aoife Power']);
    expect(people(entities('Nnamdi Power, the treasurer, told members the books were balanced.'))).toEqual(['Nnamdi Power']);
    expect(people(entities('Eastern Power, the electricity provider, said prices would rise.'))).toEqual([]);
  });

  test('negative: a possessive of a person\'s things after a hill-town name makes it a person ("at Rosa Hills\' funeral")', () => {
    expect(people(entities("Mourners gathered at Rosa Hills' funeral on Friday."))).toEqual(['Rosa Hills']);
    expect(people(entities("Neighbours met at Clara Springs's home on Friday."))).toEqual(['Clara Springs']);
    expect(people(entities("Shoppers crowded in Beverly Hills' boutiques."))).toEqual([]);
  });

  test('a hill town after a place preposition is a place even when it opens with a given name ("in Rosa Hills")', () => {
    const e = entities('The awards were announced at dawn in Rosa Hills. "It was a shock," said Harriet Quaye, a nominee.');
    expect(people(e)).toEqual(['Harriet Quaye']);
  });
});

describe('people: letters after a name, firms by their kind, places ending an apposition', () => {
  test('"Amy Bell KC", "Tom Hale MP", "Ann Lee OBE": post-nominal letters are no part of the name, in the entity and as speaker', () => {
    const text = 'Amy Bell KC, for the claimant, told the court the pictures were “cruel”. Tom Hale MP agreed, and Ann Lee OBE said nothing.';
    const result = extractArticle(text, { id: 'n' });
    expect(people(result.entities)).toEqual(['Amy Bell', 'Tom Hale', 'Ann Lee']);
    expect(result.quotes.map((q) => [q.text, q.speaker, q.speaker_mention])).toEqual([['cruel', 'Amy Bell', 'Amy Bell']]);
  });

  test('negative: "A senior Conservative MP" stays a description, no person', () => {
    const result = extractArticle('A senior Conservative MP, who asked not to be named, said the session had gone well.', { id: 'n' });
    expect(result.quotes.map((q) => [q.speaker, q.speaker_kind])).toEqual([[null, 'anonymous']]);
    expect(people(result.entities)).toEqual([]);
  });

  test('"the distributor Kaito", "Harbour Pictures Distribution", "Ledger Group Newspapers": firms, no people', () => {
    const e = entities('The film took 9 billion yen, according to figures from the distributor Kaito. Harbour Pictures Distribution said the run would go on, and Ledger Group Newspapers said it would appeal, said Ana Ruiz.');
    expect(people(e)).toEqual(['Ana Ruiz']);
  });

  test('a place that ends an apposition before the cue is no speaker ("Kim, a nurse flying to Anchorage, told …")', () => {
    const e = entities('Rachel Kim, a nurse who was connecting for a flight to Anchorage, told KTLA she had helped.');
    expect(people(e)).toEqual(['Rachel Kim']);
  });
});

describe('people: the place a resident lives in', () => {
  test('"A Beverly Hills resident, Tom Reyes," and "Long Beach natives": the place is no person, the resident is', () => {
    expect(people(entities('A Beverly Hills resident, Tom Reyes, said the noise was constant. Long Beach natives agreed.'))).toEqual(['Tom Reyes']);
  });
});

describe('people: animals named after their noun, and counted genera', () => {
  test('"the racehorse Silver Lantern", "her horse, Morning Tide," and "the pandas Mei Lan and Tian Tian" are no people, at any mention', () => {
    expect(people(entities('The racehorse Silver Lantern won again. Silver Lantern, trained by Ann Hale, is unbeaten.'))).toEqual(['Ann Hale']);
    expect(people(entities('Anna Kerr fell after her horse, Morning Tide, stumbled. Kerr said Morning Tide was fine.'))).toEqual(['Anna Kerr']);
    expect(people(entities('The zoo welcomed the pandas Mei Lan and Tian Tian on Friday. Mei Lan ate bamboo.'))).toEqual([]);
  });

  test('"fewer than ten Stegosaurus specimens", "found ten Stegosaurus skeletons": a number, no Dutch particle', () => {
    expect(people(entities('The museum holds fewer than ten Stegosaurus specimens.'))).toEqual([]);
    expect(people(entities('Scientists found ten Stegosaurus skeletons in the quarry.'))).toEqual([]);
  });

  test('"Screen Producers Australia said", "Film Directors Canada": a plural of a trade before a country is a trade body', () => {
    expect(people(entities('"It is a blow," Screen Producers Australia said.'))).toEqual([]);
    expect(people(entities('Film Directors Canada said the cut would cost jobs.'))).toEqual([]);
  });

  test('near miss: "the horse trainer Ann Hale", "Corrie ten Boom", "ten Hag said" and "Erik ten Hag" stay people', () => {
    const e = entities('The horse trainer Ann Hale said the race was fair. A book about Corrie ten Boom sold well.');
    expect(people(e)).toEqual(['Ann Hale', 'Corrie ten Boom']);
    expect(entities('After the match ten Hag said the team was tired.').people.map((p) => [p.name, p.mentions[0]!.text])).toEqual([['ten Hag', 'ten Hag']]);
  });
});
