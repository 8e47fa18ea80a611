// One test (or a few) per rule of the entity stage (issue 6), on sentences written for these tests.
// Each asserts the merged records: people with aliases, gender, roles and mentions; films with year,
// aliases and linked people; outlets; characters with actor and film.
import { describe, expect, test } from 'vitest';
import { EntityMerger } from '../../src/entities/index.js';
import { extractArticle, processArticle } from '../../src/pipeline/process.js';
import { htmlToArticle } from '../../src/ingest/html.js';
import type { ArticleEntities } from '../../src/types.js';

const entities = (text: string): ArticleEntities => extractArticle(text, { id: 'r' }).entities;
const people = (e: ArticleEntities) => e.people.map((p) => p.name);
const person = (e: ArticleEntities, name: string) => {
  const p = e.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${JSON.stringify(people(e))}`);
  return p;
};
const film = (e: ArticleEntities, title: string) => {
  const f = e.films.find((x) => x.title === title);
  if (!f) throw new Error(`no film ${title} in ${JSON.stringify(e.films.map((x) => x.title))}`);
  return f;
};
const titles = (e: ArticleEntities) => e.films.map((f) => f.title);

describe('people: names and their evidence', () => {
  test('possessives are stripped from names and mentions ("Oyelaran’s", "Brandt\'s")', () => {
    const e = entities('Marta Oyelaran’s second novel sold out in a week. Oyelaran’s publisher, Kit Brandt, was delighted, and Brandt\'s team printed more.');
    expect(people(e)).toEqual(['Marta Oyelaran', 'Kit Brandt']);
    expect(person(e, 'Marta Oyelaran').aliases).toEqual(['Oyelaran']);
    expect(person(e, 'Marta Oyelaran').mentions.map((m) => m.text)).toEqual(['Marta Oyelaran', 'Oyelaran']);
    expect(person(e, 'Kit Brandt').aliases).toEqual(['Brandt']);
    for (const p of e.people) for (const m of p.mentions) expect(m.text).not.toMatch(/['’]s$|[.,]$/);
  });

  test('particles belong to the name and a surname with its particle joins the full name (de, van, von, bin)', () => {
    const e = entities(
      'The committee heard from Ludo van Kessel, Clara von Stade and Omar bin Rashid on Tuesday. ' +
        'Van Kessel spoke first; von Stade disagreed. Later bin Rashid said the plan was sound. Ines de Vries chaired the session.',
    );
    expect(people(e)).toEqual(['Ludo van Kessel', 'Clara von Stade', 'Omar bin Rashid', 'Ines de Vries']);
    expect(person(e, 'Ludo van Kessel').aliases).toEqual(['Van Kessel']);
    expect(person(e, 'Clara von Stade').aliases).toEqual(['von Stade']);
    expect(person(e, 'Omar bin Rashid').aliases).toEqual(['bin Rashid']);
    const two = entities('The Dutch rider Jan van der Berg attacked early. Later van der Berg said the climb was brutal.');
    expect(two.people.map((p) => [p.name, p.aliases])).toEqual([['Jan van der Berg', ['van der Berg']]]);
  });

  test('a role word or honorific before an unfamiliar name makes it a person, with the role recorded', () => {
    const e = entities('The shoot was led by director Osei Tanko. Actress Liv Amberly joined later, and Dr Pell Ashgrove advised on the science.');
    expect(people(e)).toEqual(['Osei Tanko', 'Liv Amberly', 'Pell Ashgrove']);
    expect(person(e, 'Osei Tanko').roles).toEqual(['director']);
    expect(person(e, 'Liv Amberly')).toMatchObject({ roles: ['actress'], gender: 'female' });
    expect(person(e, 'Pell Ashgrove').aliases).toEqual([]);
  });

  test('speech context makes an unfamiliar name a person ("X said", "said X", "according to X")', () => {
    const e = entities('Tavi Orkney said the harvest was late. “It rained for a month,” said Brus Halloran. According to Quen Dargo, prices will rise.');
    expect(people(e)).toEqual(['Tavi Orkney', 'Brus Halloran', 'Quen Dargo']);
  });

  test('first-name statistics: a known given name is evidence, an unfamiliar capitalised pair is not', () => {
    const e = entities('Margaret Ilunga opened the new wing on Friday. Visitors admired the Harbour Crane on the quay.');
    expect(people(e)).toEqual(['Margaret Ilunga']);
    expect(person(e, 'Margaret Ilunga').gender).toBe('female');
  });

  test('outlets, organisations and places are not people', () => {
    const e = entities(
      'Officials in New Orleans said the port would reopen. Nielsen said ratings fell, the Financial Times reported, and Depeche Mode cancelled a show. ' +
        'Jorge Almeida told Reuters that Lisbon was ready.',
    );
    expect(people(e)).toEqual(['Jorge Almeida']);
    expect(e.outlets.map((o) => o.name)).toEqual(['Financial Times', 'Reuters']);
  });

  test('a capitalised description at a sentence start is not a name', () => {
    const e = entities('Critics said the plan was rushed. Neighbours complained about the noise. Residents argued for a delay, and Paula Stein agreed.');
    expect(people(e)).toEqual(['Paula Stein']);
  });

  test('within an article, surname, first-name and honorific mentions join the full name', () => {
    const e = entities('Coach Rafael Moreno named his squad on Monday. Moreno kept faith with the veterans. Mr Moreno later praised Ana Ruiz, and Ana said she was ready.');
    expect(e.people.map((p) => [p.name, [...p.aliases].sort()])).toEqual([
      ['Rafael Moreno', ['Moreno', 'Mr Moreno']],
      ['Ana Ruiz', ['Ana']],
    ]);
    expect(person(e, 'Rafael Moreno').mentions.map((m) => m.text)).toEqual(['Rafael Moreno', 'Moreno', 'Moreno']);
  });
});

describe('people: gender (pronouns, then honorifics, then first names; unknown when unsure)', () => {
  test('a pronoun attributed to the person gives the gender when the first name cannot', () => {
    const e = entities('Quill Anders, the team doctor, checked the players.\n\n“Nobody is injured,” she said.');
    expect(person(e, 'Quill Anders').gender).toBe('female');
  });

  test('an honorific outweighs the first name', () => {
    const e = entities('Leslie Garron will chair the inquiry. Ms Garron has led two such panels before.');
    expect(person(e, 'Leslie Garron')).toMatchObject({ gender: 'female' });
    expect(person(e, 'Leslie Garron').aliases).toContain('Ms Garron');
  });

  test('a first name alone gives the gender when nothing stronger is said', () => {
    const e = entities('Thomas Breck and Helen Saado founded the firm in 2009.');
    expect(e.people.map((p) => [p.name, p.gender])).toEqual([
      ['Thomas Breck', 'male'],
      ['Helen Saado', 'female'],
    ]);
  });

  test('unknown when no evidence says', () => {
    const e = entities('Director Quell Varga opened the festival.');
    expect(person(e, 'Quell Varga').gender).toBe('unknown');
  });
});

describe('people: rules for names that look like something else', () => {
  test('known organisations and bands are not people', () => {
    const e = entities('Goldman Sachs said profits rose. Depeche Mode and Fleetwood Mac announced tours, and Rosa Lind said she would go.');
    expect(people(e)).toEqual(['Rosa Lind']);
  });

  test('a host named in a show title is a person', () => {
    const e = entities('She appeared on the talk show Donna Keller Tonight last week.');
    expect(people(e)).toEqual(['Donna Keller']);
  });

  test('a host named after "with" at the end of a show title is a person, with the title mention', () => {
    const text = 'The singer Tamsin Hale appeared on “Late Night with Bo Idris” on Tuesday.';
    const e = entities(text);
    expect(people(e)).toEqual(['Tamsin Hale', 'Bo Idris']);
    const at = text.indexOf('Bo Idris');
    expect(person(e, 'Bo Idris')).toMatchObject({ gender: 'male', mentions: [{ start: at, end: at + 8, text: 'Bo Idris' }] });
    expect(film(e, 'Late Night with Bo Idris')).toBeTruthy();
  });

  test('negative: "with" before no full given name in a title names no host ("Dinner with Strangers", "Live with Kelly and Ryan")', () => {
    const e = entities('Tamsin Hale said she loved “Dinner with Strangers” and watched “Live with Kelly and Ryan” at home.');
    expect(people(e)).toEqual(['Tamsin Hale']);
  });

  test('relatives named by first name only', () => {
    const e = entities('Peter Lomax, who died in March, is survived by his widow Deborah and his son Felix.');
    expect(people(e)).toEqual(['Peter Lomax', 'Deborah', 'Felix']);
  });

  test('a two-word name beside any relative noun of data/relatives.json is a person, and not beside a noun for a firm', () => {
    expect(people(entities('The farm passed to the grandson Brannoc Tavish in 2019.'))).toEqual(['Brannoc Tavish']);
    expect(people(entities('The farm passed to the firm Brannoc Tavish in 2019.'))).toEqual([]);
  });

  test('a name after a comma and a noun for a person of any kind ("the saleswoman, X,") is a person; not after a place noun', () => {
    expect(people(entities('The ranch belongs to the saleswoman, Brannoc Tavish, these days.'))).toEqual(['Brannoc Tavish']);
    expect(people(entities('The ranch belongs to the valley, Brannoc Tavish, these days.'))).toEqual([]);
  });

  test('the agent of "directed by" / "written by" is a person', () => {
    const e = entities('The short was directed by Yaro Tesfaye and written by Quinlan Voss.');
    expect(people(e)).toEqual(['Yaro Tesfaye', 'Quinlan Voss']);
  });

  test('the agent of "directed by" is a person after a description too ("directed by the self-taught X")', () => {
    const e = entities('The short was directed by the self-taught Yaro Tesfaye and produced by a first-time Quinlan Voss.');
    expect(people(e)).toEqual(['Yaro Tesfaye', 'Quinlan Voss']);
  });

  test('negative: a studio named after "produced by the studio" stays a thing', () => {
    const e = entities('The short was produced by the studio Gant Lumen and written by Yaro Tesfaye.');
    expect(people(e)).toEqual(['Yaro Tesfaye']);
  });

  test('initials open a name', () => {
    const e = entities('The prize went to J. R. Okafor for a first collection of essays.');
    expect(people(e)).toEqual(['J. R. Okafor']);
  });

  test('a surname the tagger reads as a verb stays part of the name', () => {
    const e = entities('Yesterday Debra Messing said she had read the script twice.');
    expect(people(e)).toEqual(['Debra Messing']);
  });

  test('a headline word glued to a name is cut off', () => {
    const e = entities('Taylor Swift Questions Ticket Prices\n\nTaylor Swift said on Monday that fans deserved better.');
    expect(e.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Taylor Swift', ['Taylor Swift', 'Taylor Swift']]]);
  });

  test('a title after "book", "album" or "band" is the work, not a person', () => {
    const e = entities('Her album Marlow Vance sold well, and the band Kettle Harbour toured Europe with Nina Pratt.');
    expect(people(e)).toEqual(['Nina Pratt']);
  });

  test('a leading label is not part of the name ("OG"), but initials written together are', () => {
    const e = entities('The show booked OG Kelly Clarkson for the finale. JK Rowling said she would watch, and AG Vanita Gupta said so too.');
    expect(people(e)).toEqual(['Kelly Clarkson', 'JK Rowling', 'Vanita Gupta']);
  });

  test('a capitalised job title is not a person', () => {
    const e = entities('The network named its New Morning Host on Friday.');
    expect(people(e)).toEqual([]);
  });

  test('speech cues after an editorial bracket still count ("[Varga] said")', () => {
    const e = entities('“We will be back,” [Quell Varga] said.');
    expect(people(e)).toEqual(['Quell Varga']);
  });
});

describe('people: names outside the English mainstream and things that look like names', () => {
  test('letters the tagger splits on (č, ł, ę) stay in one name, and the surname alone joins it', () => {
    const e = entities('Cyclist Tadej Kovač led the race. Kovač said the wind was brutal. Lech Wałęsa said he would watch.');
    expect(e.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Tadej Kovač', ['Kovač']],
      ['Lech Wałęsa', []],
    ]);
  });

  test('particles joined by a hyphen ("al-", "el-") belong to the surname, in any case', () => {
    const e = entities('The rebels were led by Yusuf al-Rashidi. Al-Rashidi said talks had failed, and later al-Rashidi left.');
    expect(e.people.map((p) => [p.name, [...p.aliases].sort()])).toEqual([['Yusuf al-Rashidi', ['Al-Rashidi', 'al-Rashidi']]]);
  });

  test('two full names joined by a hyphen are two people ("the Nadia Petrova-Lena Holt final")', () => {
    const e = entities('He watched the Nadia Petrova-Lena Holt final with Dan Kerr, who said it changed tennis.');
    expect(people(e)).toEqual(['Nadia Petrova', 'Lena Holt', 'Dan Kerr']);
  });

  test('hyphenated given names and surnames are one name', () => {
    const e = entities('Carrie-Anne Moss met Gareth Pryce-Owen. Pryce-Owen said the meeting went well.');
    expect(e.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Carrie-Anne Moss', []],
      ['Gareth Pryce-Owen', ['Pryce-Owen']],
    ]);
  });

  test('place names by their first word ("Col", "Lake", "Mount") are not people', () => {
    const e = entities('The attack came on the climb to Col de la Madeleine. Lake Ottaro said nothing to the riders, joked Ruth Imbali. New Jersey said no, and North Philadelphia said yes.');
    expect(people(e)).toEqual(['Ruth Imbali']);
  });

  test('a company named with its business word is no person when its head word stands alone', () => {
    const e = entities('Chipmaker Norvik posts record profit\n\nShares in Norvik Semiconductors rose. Norvik said demand was strong, and Kofi Mensah agreed.');
    expect(people(e)).toEqual(['Kofi Mensah']);
  });

  test('sports clubs are not people ("Ellesmere Rovers", "Rovers boss")', () => {
    const e = entities('Ellesmere Rovers beat Northgate City 2-1 on Sunday. Rovers boss Henrik Dahl said the penalty was clear.');
    expect(people(e)).toEqual(['Henrik Dahl']);
  });

  test('family name first: a lone "Li" after "Li Wei" is the same person', () => {
    const e = entities('Independent candidate Li Wei, a shop owner, is polling at 9 per cent. Li said she would not endorse either rival.');
    expect(e.people.map((p) => [p.name, p.aliases, p.gender])).toEqual([['Li Wei', ['Li'], 'female']]);
  });

  test('Korean given names with a lower-case syllable ("Park Ji-hoon"); "Obama-era" is no name', () => {
    const e = entities('Lumina\'s head of mobile, Park Ji-hoon, said sales were strong. "We expect more," Park said. The Obama-era rules stayed.');
    expect(e.people.map((p) => [p.name, p.aliases])).toEqual([['Park Ji-hoon', ['Park']]]);
  });

  test('a family name first and a hyphenated given name, the family name alone its short form even read as a noun ("Park … Park said")', () => {
    const e = entities('The club hired a new coach, Park Seo-jun of the Daegu firm Hanul, last week. Park said the squad needed time.');
    expect(e.people.map((p) => [p.name, p.aliases, p.gender])).toEqual([['Park Seo-jun', ['Park'], 'unknown']]);
    // (A family name that is also a given name tells no gender here: "Kim Tae-sung".)
    expect(entities('Kim Tae-sung runs the bakery on Elm Road.').people.map((p) => [p.name, p.gender])).toEqual([['Kim Tae-sung', 'unknown']]);
    // "a Park Avenue flat" names no one.
    expect(people(entities('The couple bought a Park Avenue flat in June.'))).toEqual([]);
  });

  test('Korean given name first, hyphened to a lower-case syllable ("Min-jun Choi"); "Obama-era Rules" in a heading is still no name', () => {
    const e = entities('A neighbor, Min-jun Choi, said the man had lived there for years. "He was quiet," Choi said.');
    expect(e.people.map((p) => [p.name, p.aliases])).toEqual([['Min-jun Choi', ['Choi']]]);
    // … also in apposition after a noun for a person, with no cue: "That tenant, Min-woo Seo, moved".
    const owner = entities('That tenant, Min-woo Seo, moved out of the flat in June.');
    expect(owner.people.map((p) => p.name)).toEqual(['Min-woo Seo']);
    const berth = entities('The boat was sold in May. That berth, Harbour Point, was free.');
    expect(berth.people).toEqual([]);
    const era = entities('Ana Ruiz said the Obama-era Rules were dropped in May.');
    expect(era.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  test('a name after a closing straight quote is mid-sentence ("…," Park said)', () => {
    const e = entities('Voss Quill, a fisherman, went out at dawn. "The sea was calm," Quill said.');
    expect(e.people.map((p) => [p.name, p.aliases])).toEqual([['Voss Quill', ['Quill']]]);
  });

  test('companies by what follows their name ("Orbis product chief", "Lumina\'s head of mobile") and research firms are not people', () => {
    const e = entities('Rival Orbis said its phone would ship in October. Orbis product chief Sandra Olsen agreed. Sales doubled, according to Counterpoint Research.');
    expect(people(e)).toEqual(['Sandra Olsen']);
  });

  test('a run after "<organisation word> of" belongs to the organisation ("Association of Head Teachers")', () => {
    const e = entities('The National Association of Head Teachers said it would lobby MPs. Its leader, Aoife Brennan, said the vote was close.');
    expect(people(e)).toEqual(['Aoife Brennan']);
  });

  test('"her" near a capitalised pair that modifies a noun is no person evidence ("her first Grand Slam title")', () => {
    const e = entities('Daria Sabalenko won her first Grand Slam title. Her partner Anselmo Feleppa died in 1995.');
    expect(people(e)).toEqual(['Daria Sabalenko', 'Anselmo Feleppa']);
  });

  test('a capitalised word after a lower-case "the" is a description ("the Slovenian said")', () => {
    const e = entities('Cyclist Tadej Kovač lost the lead. "Today he was stronger," the Slovenian said.');
    expect(people(e)).toEqual(['Tadej Kovač']);
  });

  test('a byline names a person', () => {
    const e = entities('# Harbour reopens\n\n*By Priya Raman*\n\nThe harbour reopened on Monday.');
    expect(people(e)).toEqual(['Priya Raman']);
  });

  test('trailing common nouns are cut only in title-case lines: "Daniel Park, said" keeps the surname', () => {
    const e = entities('Fairfield Foods’ chief executive, Daniel Park, said every store would stay open.');
    expect(people(e)).toEqual(['Daniel Park']);
  });
});

describe('characters', () => {
  test('"plays X", "the character X", "the role of X" and "X (Actor)" are characters, never people', () => {
    const e = entities(
      'Nina Pratt plays Captain Orla Finch in the series Deep Current. Tomas Egede took the role of Father Ivo, and the character Grey Alder dies early. ' +
        'The Harbourmaster (Lena Kowal) survives.',
    );
    // A rank before a character's full name is cut, as for people ("Captain Orla Finch" is Orla Finch); before a single name it stays ("Father Ivo").
    expect(e.characters.map((c) => c.name).sort()).toEqual(['Father Ivo', 'Grey Alder', 'Orla Finch', 'The Harbourmaster']);
    expect(people(e).sort()).toEqual(['Lena Kowal', 'Nina Pratt', 'Tomas Egede']);
  });

  test('"X as Y in FILM" links the character to the actor and the film; the film gains the actor as cast', () => {
    const e = entities('The Matrix Resurrections reunites the cast: Keanu Reeves as Neo in The Matrix Resurrections sold the trailer.');
    expect(e.characters.find((c) => c.name === 'Neo')).toMatchObject({ actor: 'Keanu Reeves', film: 'The Matrix Resurrections' });
    expect(film(e, 'The Matrix Resurrections').people).toEqual([{ name: 'Keanu Reeves', relation: 'cast' }]);
  });

  test('"Reeves plays John Wick in FILM": the actor by surname is the canonical person; the title after the cue is the character', () => {
    const e = entities('Keanu Reeves returns next year. Reeves plays John Wick in the spin-off Ballerina, which opens in June.');
    expect(e.characters).toEqual([expect.objectContaining({ name: 'John Wick', actor: 'Keanu Reeves', film: 'Ballerina' })]);
    expect(titles(e)).toEqual(['Ballerina']);
    expect(film(e, 'Ballerina').people).toEqual([{ name: 'Keanu Reeves', relation: 'cast' }]);
    expect(people(e)).toEqual(['Keanu Reeves']);
  });

  test('a label before the actor\'s name is dropped ("Star Benedict Amos, who plays …")', () => {
    const e = entities('Star Benedict Amos, who plays the ferry captain Elias Crane, said he learned to sail.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Elias Crane', 'Benedict Amos']]);
  });

  test('"reprises her role as X" links the actor; an unnamed film leaves film null', () => {
    const e = entities('Mira Solberg reprises her role as Agent Kestrel, the producers confirmed.');
    expect(e.characters).toEqual([expect.objectContaining({ name: 'Agent Kestrel', actor: 'Mira Solberg', film: null })]);
  });

  test('"the voice of X", "the X character" and "as X in FILM" after any word are characters; "Reeves\'s character" is not', () => {
    const e = entities(
      'Dana Frost will provide the voice of The Narrator. The Ballerina character returns too. ' +
        'The actor became famous as Pacey in Dawson\'s Creek. Reeves\'s character barely speaks.',
    );
    expect(e.characters.map((c) => [c.name, c.actor, c.film])).toEqual([
      ['The Narrator', 'Dana Frost', null],
      ['The Ballerina', null, null],
      ['Pacey', null, "Dawson's Creek"],
    ]);
  });

  test('a well-known character named in full and then by surname is one character', () => {
    const e = entities('Back from a mission alongside James Bond, Lea Moss signed on. Bond fans approved.');
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => m.text)])).toEqual([['James Bond', ['James Bond', 'Bond']]]);
  });

  test('a biopic subject is a real person, not a character', () => {
    const e = entities('He admired the crooner Bobby Darin, and later starred as Darin in a biopic.');
    expect(e.characters).toEqual([]);
    expect(people(e)).toEqual(['Bobby Darin']);
  });

  test('"play the cult leader X": adjectives and nouns between the cue and the name', () => {
    const e = entities('Oren Vale will play the cult leader Brother Amos in the drama.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Brother Amos', 'Oren Vale']]);
    expect(people(e)).toEqual(['Oren Vale']);
  });
});

describe('films', () => {
  test('title grammar after a cue: colons, dashes, digits and Roman numerals', () => {
    const e = entities(
      'The sequel Harbor Lights 2 opens in May. The studio also dated the film Dusk Patrol: Outbreak, the series Cold Orchard – Aftermath and the movie Ironvale III.',
    );
    expect(titles(e)).toEqual(['Harbor Lights 2', 'Dusk Patrol: Outbreak', 'Cold Orchard – Aftermath', 'Ironvale III']);
  });

  test('cues: "X (2019)" gives the year, "starred in X", "directed X", titles in quotation marks', () => {
    const e = entities('She starred in Winter Ledger before directing Blue Fenwick (2019). Her partner directed The Salt Road, and “Mercy Lane” comes next.');
    expect(e.films.map((f) => [f.title, f.year])).toEqual([
      ['Winter Ledger', null],
      ['Blue Fenwick', 2019],
      ['The Salt Road', null],
      ['Mercy Lane', null],
    ]);
  });

  test('"X sequel", "X remake" and "X, a … documentary" make X a title; an organisation is none; emphasis marks are skipped', () => {
    const e = entities('Vega will lead the Tidewater Bay sequel. **Salt and Iron**, a ninety-minute documentary, won. The Warner Bros reboot flopped.');
    expect(titles(e)).toEqual(['Tidewater Bay', 'Salt and Iron']);
  });

  test('a short form of a title named in full is its alias, except after a host\'s name', () => {
    const e = entities('She rose to fame on “American Idol.” She is one of the best-known “Idol” alums.');
    expect(e.films.map((f) => [f.title, f.aliases])).toEqual([['American Idol', ['Idol']]]);
    const hosts = entities('“Donna Keller Today” replaced an hour of “Today.”');
    expect(hosts.films.map((f) => f.title)).toEqual(['Donna Keller Today', 'Today']);
  });

  test('a known title that ends in a full stop, quoted before a comma, is found, and the article is not lost ("“E.T.,”")', () => {
    const e = entities('Fares rose again on Monday.\n\nDrew Lanno, the host of “E.T.,” said the ferry was late.');
    expect(e.films.map((f) => [f.title, f.year, f.mentions.map((m) => m.text)])).toEqual([['E.T. the Extra-Terrestrial', 1982, ['E.T.']]]);
  });

  test('titles set in italics in HTML (<i>, <em>, <cite>) are films; emphasised ordinary words and names are not', () => {
    const filler = '<p>' + 'The festival ran for a week. '.repeat(20) + '</p>';
    const article = htmlToArticle(
      `<html><body><article><p>Director Anika Sorensen returns with <i>The Quiet Coast</i>, her best since <cite>Salt Marsh Summer</cite>. ` +
        `It is <em>really</em> good, and <em>Benedict Amos</em> is superb. Critics loved <i>The Quiet Coast</i>.</p>${filler}</article></body></html>`,
      { id: 'h', path: 'h.html' },
    );
    const e = processArticle(article).entities;
    expect(e.films.map((f) => [f.title, f.mentions.length])).toEqual([['The Quiet Coast', 2], ['Salt Marsh Summer', 1]]);
    expect(people(e)).toContain('Benedict Amos');
  });

  test('gazetteer titles with year and aliases ("John Wick: Parabellum" is Chapter 3)', () => {
    const e = entities('Fans still quote John Wick: Parabellum. Parabellum made more than its predecessor.');
    expect(e.films).toEqual([
      expect.objectContaining({ title: 'John Wick: Chapter 3 – Parabellum', year: 2019, aliases: ['John Wick: Parabellum', 'Parabellum'] }),
    ]);
  });

  test('a one-word title that is an ordinary word needs a cue or an earlier strong mention; then bare mentions count', () => {
    const none = entities('The ballerina bowed. Underworld figures were arrested.');
    expect(none.films).toEqual([]);
    const bare = entities('Ballerina opens in June.');
    expect(bare.films).toEqual([]);
    const cued = entities('The spin-off Ballerina opens in June. Critics say Ballerina is the best of the franchise.');
    expect(cued.films.map((f) => [f.title, f.mentions.length])).toEqual([['Ballerina', 2]]);
  });

  test('a person\'s name after a cue is no unknown title ("her debut, Jess Okonedo, is back")', () => {
    const e = entities('Four years after her acclaimed debut, Jess Okonedo is back with a new album, she told NME.');
    expect(e.films).toEqual([]);
    expect(people(e)).toEqual(['Jess Okonedo']);
  });

  test('a one-word title that is also a given name or follows a lower-case "the" needs a cue', () => {
    const e = entities('Carrie Walsh said the ship was the Titanic of its day.');
    expect(e.films).toEqual([]);
    expect(people(e)).toEqual(['Carrie Walsh']);
  });

  test('people linked to films where the text says so (director, cast)', () => {
    const e = entities('The thriller Night Ferry was directed by Anika Sorensen. Benedict Amos starred in Night Ferry.');
    expect(film(e, 'Night Ferry').people).toEqual(expect.arrayContaining([
      { name: 'Anika Sorensen', relation: 'director' },
      { name: 'Benedict Amos', relation: 'cast' },
    ]));
  });
});

describe('outlets', () => {
  test('gazetteer names count anywhere; ordinary-word names and unknown names need a source context', () => {
    const e = entities(
      'The Guardian ran the story first. According to Deadline, the deal closed. The deadline passed. Mayor Inez Calder told the Brookvale Herald that she was pleased.',
    );
    // ("The Guardian" opening the article keeps its capital "The", as the outlet is written mid-sentence: eval/README.)
    expect(e.outlets.map((o) => o.name)).toEqual(['The Guardian', 'Deadline', 'Brookvale Herald']);
    expect(people(e)).toEqual(['Inez Calder']);
  });

  test('an outlet the quote stage names ("told Variety") is an outlet and the quote\'s outlet', () => {
    const r = extractArticle('“It was a long shoot,” Halle Morrow told Variety.', { id: 'o' });
    expect(r.entities.outlets.map((o) => o.name)).toEqual(['Variety']);
    expect(r.quotes[0]).toMatchObject({ speaker: 'Halle Morrow', outlet: 'Variety' });
  });
});

describe('outlets: gazetteer coverage and shapes', () => {
  test('international outlets from the gazetteer in a source context', () => {
    const e = entities("Jan Veld told NOS that he felt fine. According to L'Équipe, the team will appeal. Dr Mira Holt told New Scientist the results were clear.");
    expect(e.outlets.map((o) => o.name)).toEqual(['NOS', "L'Équipe", 'New Scientist']);
    expect(people(e)).toEqual(['Jan Veld', 'Mira Holt']);
  });

  test('an outlet that commissions a poll or prints a column is a medium ("a poll for the Sunday Mail")', () => {
    const e = entities('A poll for the Lakeside Mail put the candidates level. An op-ed in the Harbour Review disagreed.');
    expect(e.outlets.map((o) => o.name)).toEqual(['Lakeside Mail', 'Harbour Review']);
  });

  test('a one-word outlet that opens a longer outlet\'s name is not taken for it ("Times Educational Supplement")', () => {
    const e = entities('In an interview with the Times Educational Supplement, Bridget Ndlovu said the old system was unfair.');
    expect(e.outlets.map((o) => o.name)).toEqual(['Times Educational Supplement']);
  });

  test('a word the article uses as a surname is that person, not the outlet of that name ("Adrian Hill … Hill said")', () => {
    const e = entities('Professor Adrian Hill led the trial. Hill said production could be scaled up.');
    expect(e.outlets).toEqual([]);
    expect(e.people.map((p) => [p.name, p.aliases.sort()])).toEqual([['Adrian Hill', ['Hill']]]);
  });

  test('a broadcaster’s call sign after a medium context; an ordinary word ending a sentence is no outlet', () => {
    const e = entities('Hal Boyd hosted the late show on WKRB for forty years. The probe passed close to the Sun.');
    expect(e.outlets.map((o) => o.name)).toEqual(['WKRB']);
  });
});

describe('outlets: short forms', () => {
  test('the first word of an outlet named in full, in a source context, is that outlet ("Us reports")', () => {
    const e = entities('Parker was paid more, Us Weekly notes. Us reports that the feud began in 2004. Us and them.');
    expect(e.outlets.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([['Us Weekly', ['Us Weekly', 'Us']]]);
  });

  test('the last word of the article\'s own outlet in a source context ("told the Courier")', () => {
    const r = extractArticle('Mayor Ana Reyes told the Courier that the pool would reopen. The courier was late.', { id: 'c', outlet: 'The Millbrook Courier' });
    expect(r.entities.outlets.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([['The Millbrook Courier', ['Courier']]]);
  });
});

describe('corpus-wide merge', () => {
  test('one row per person across articles: fullest name, aliases, article, mention and quote counts, roles, gender', () => {
    const merger = new EntityMerger();
    merger.add(extractArticle('Striker Amadou Sarr scored twice. “I felt sharp,” Sarr said.', { id: 'a' }));
    merger.add(extractArticle('Amadou Sarr, the Lyon striker, was rested on Wednesday. He looked tired.\n\n“My legs need a week,” Sarr said.', { id: 'b' }));
    merger.add(extractArticle('Mr Sarr missed training on Friday, coach Lena Fischer said.', { id: 'c' }));
    const rows = merger.peopleRows();
    const sarr = rows.find((r) => r.name === 'Amadou Sarr')!;
    // Article c names him by surname only: the corpus has one Sarr, so it is the same row.
    expect(rows.map((r) => r.name)).toEqual(['Amadou Sarr', 'Lena Fischer']);
    expect(sarr).toMatchObject({ aliases: ['Mr Sarr', 'Sarr'], gender: 'male', roles: ['striker'], article_count: 3, mention_count: 5, quote_count: 2 });
  });

  test('films and outlets merge by title and canonical name, with aliases, counts and linked people', () => {
    const merger = new EntityMerger();
    merger.add(extractArticle('Fans still quote John Wick: Parabellum, the Hollywood Reporter said.', { id: 'a' }));
    merger.add(extractArticle('Keanu Reeves starred in John Wick: Chapter 3 – Parabellum, according to The Hollywood Reporter.', { id: 'b' }));
    const [row] = merger.filmRows();
    expect(row).toMatchObject({ title: 'John Wick: Chapter 3 – Parabellum', year: 2019, aliases: ['John Wick: Parabellum'], article_count: 2, mention_count: 2, people: ['Keanu Reeves (cast)'] });
    expect(merger.outletRows()).toEqual([expect.objectContaining({ name: 'The Hollywood Reporter', article_count: 2, mention_count: 2 })]);
  });
});

describe('films: short forms', () => {
  const films = (text: string) => extractArticle(text).entities.films.map((f) => [f.title, f.aliases, f.mentions.map((m) => text.slice(m.start, m.end))]);

  test('a title’s first word in quotation marks after the full title is its short form', () => {
    const text = 'Ratings news.\n\nThe host’s main rival, ABC’s “Breakfast Table with Ann and Joe,” keeps its lead. In the top markets, “Breakfast” drew more viewers than the new show.';
    expect(films(text)).toEqual([['Breakfast Table with Ann and Joe', ['Breakfast'], ['Breakfast Table with Ann and Joe', 'Breakfast']]]);
  });

  test('not across a subtitle’s colon: "Alien" beside "Alien: Covenant" is the first film', () => {
    const text = 'Film news.\n\nThe studio released “Alien: Covenant” in May. Fans still prefer “Alien” to the sequels.';
    expect(films(text).map(([title]) => title)).toEqual(['Alien: Covenant', 'Alien']);
  });
});

describe('films: what is no title', () => {
  const titlesOf = (text: string) => extractArticle(text).entities.films.map((f) => f.title);

  test('capitalised words in quotation marks are a title only where the words around make them a work', () => {
    expect(titlesOf('Budget news.\n\nCritics called the plan a “Fiscal Fairy Tale” and the mayor “Reckless.” “No,” she said.')).toEqual([]);
    const programmes = 'Budget news.\n\nThe mayor said on CBS’s “Late Hour” that cuts were coming. On “Morning Table,” her rival disagreed. The audience of “Night Desk” heard both. The film “Salt Harbor” opens Friday.';
    // (A programme the mayor spoke on, named with its broadcaster, is her outlet, no film: talk-programmes.ts.)
    expect(titlesOf(programmes)).toEqual(['Morning Table', 'Night Desk', 'Salt Harbor']);
    expect(titlesOf('Film news.\n\nShe finished “Night Ferry,” a new thriller, last spring. He shot “Salt Line”, his first feature, in May.')).toEqual(['Night Ferry', 'Salt Line']);
    const shows = 'TV news.\n\nHer new series, “Late Hour,” returns in May. Streamflix’s “Salt Line” is next. “Harbor Watch” returns for a third season. She was nominated for an Emmy for “Dawn Patrol.” Ana Ruiz hosts “Morning Table” on Fridays.';
    expect(titlesOf(shows)).toEqual(['Late Hour', 'Salt Line', 'Harbor Watch', 'Dawn Patrol', 'Morning Table']);
  });

  test('a film word used as a verb, a name with a title, suffix or date, and a person defined by a show are no titles', () => {
    expect(titlesOf('Race news.\n\nNew polls show Dana Reyes ahead in the state.')).toEqual([]);
    expect(titlesOf('Race news.\n\nAppearing later on that show, Sen. Ana Ruiz disagreed. By June 2011, the show had a new name.')).toEqual([]);
    expect(titlesOf('Film news.\n\nHe saw the biopic starring Dale Wexford Jr. last week.')).toEqual([]);
    expect(titlesOf('Radio news.\n\nRush Reyes, the veteran quiz-show host, said he would retire.')).toEqual([]);
  });

  test('one word of a longer name is no title, one of a list is', () => {
    expect(titlesOf('Flood news.\n\nThe Bureau of Flood Control is testing the levees.')).toEqual([]);
    expect(titlesOf('Film news.\n\nHer favourites remain Castaway and Forrest Gump.')).toEqual(['Cast Away', 'Forrest Gump']);
  });
});
