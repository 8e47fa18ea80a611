// A person's context (a title, an apposition, "who", a verb) keeps a name a person's where a dish's, a document's,
// a shore's, a contest's or a song's word would make it a thing. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 'p' }).entities;
const people = (text: string) => entities(text).people.map((p) => p.name);

describe('a dish\'s word as a surname', () => {
  test.each([
    ['Sipho Burger, a farmer from Limpopo, said the rains had failed.', 'Sipho Burger'],
    ['Magistrate Thandeka Burger said the case would resume on Monday.', 'Thandeka Burger'],
    ['Professor Ekkehard Fries, who led the study, said the data were clear.', 'Ekkehard Fries'],
    ['Ruud Pudding, the Dutch coach, said his side were tired.', 'Ruud Pudding'],
    ['Owusu Pizza, 41, said the shop would reopen in spring.', 'Owusu Pizza'],
  ])('%s names a person', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  test('dishes a cafe sells name no one; the owner is a person', () => {
    const text = 'The cafe sells Eggs Florentine, a Waldorf Salad and a Harbor Burger Deluxe, said owner Lise Carver.';
    const found = entities(text).people;
    expect(found.map((p) => p.name)).toEqual(['Lise Carver']);
    expect(found[0]!.mentions.map((m) => [m.start, m.end])).toEqual([[text.indexOf('Lise'), text.length - 1]]);
    expect(people('He ordered a Crown Burger Double and fries.')).toEqual([]);
  });
});

describe('a document\'s noun before a name', () => {
  test.each([
    ['After reading the dossier, Kwabena Mensah said he was shocked.'],
    ['Responding to the audit, Kwabena Mensah said the figures were wrong.'],
    ['Asked about the report, Kwabena Mensah said it was flawed.'],
  ])('an introductory clause ending at the comma: %s names a person', (text) => {
    expect(people(text)).toEqual(['Kwabena Mensah']);
  });

  test('a title in apposition or after "titled" names no one', () => {
    expect(people('The study, Thin Ice, said the glaciers were shrinking.')).toEqual([]);
    expect(people('A report titled Quiet Streets found that crime had fallen.')).toEqual([]);
  });
});

describe('a shore\'s word as a surname', () => {
  test.each([
    ['The script was sent to Michael Bay, who turned it down.', 'Michael Bay'],
    ['The costume Oscar went to Edith Head for the eighth time.', 'Edith Head'],
    ['The role went to Adam Beach after months of auditions.', 'Adam Beach'],
    ['Fans queued for hours near Michael Bay and his crew.', 'Michael Bay'],
    ['The award went to Rosa Island for her work with refugees.', 'Rosa Island'],
  ])('%s names a person', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  test.each([
    ['Two swimmers were rescued at Rosa Point Beach on Sunday.'],
    ['The race runs between Rosa Point and Gull Beach.'],
    ['A shark was seen off Shelly Beach.'],
    ['He joined the Rosa Point Surf Life Saving Club.'],
  ])('a shore\'s place: %s names no one', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a contest\'s kind beside a person', () => {
  const films = (text: string) => entities(text).films.map((f) => [f.title, f.kind]);

  test('"the BBC\'s talent show presenter" is a person\'s role, no show', () => {
    const text = 'The final was hosted by Dermot Kale, the BBC\'s talent show presenter, who said the vote was close.';
    expect(films(text)).toEqual([]);
    expect(people(text)).toEqual(['Dermot Kale']);
  });

  test('"the ITV singing contest judge" is a person\'s role, no show', () => {
    const text = 'She was mentored by Kwabena Osei, the ITV singing contest judge, for six weeks.';
    expect(films(text)).toEqual([]);
    expect(people(text)).toEqual(['Kwabena Osei']);
  });

  test('a name after the phrase that a verb follows is a contestant, no show', () => {
    expect(films('In the dance competition Kwabena Osei finished third behind two professionals.')).toEqual([]);
  });
});

describe('a part named before "(played by …)"', () => {
  const characters = (text: string) => entities(text).characters.map((c) => c.name);

  test('a song\'s title with a capitalised function word is no part', () => {
    expect(characters('The anthem was sung before kick-off, and Abide With Me (played by Ross Tallon) followed.')).toEqual([]);
  });

  test('a single name is a part', () => {
    expect(characters('Mirela (played by Hanne Osei) tells her cousin the truth.')).toEqual(['Mirela']);
  });
});
