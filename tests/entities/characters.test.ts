import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 'c' }).entities;
  return { people: e.people.map((p) => p.name), characters: e.characters.map((c) => c.name), films: e.films.map((f) => f.title) };
};

describe('characters: the part an actor plays, named in apposition', () => {
  test('"his character, Captain Idris Wren," is a character, named without the rank before a full name', () => {
    const text = 'Tomas Reid said that his character, Captain Idris Wren, dies in the first episode.';
    expect(entities(text)).toEqual({ people: ['Tomas Reid'], characters: ['Idris Wren'], films: [] });
  });

  test('an honorific with its stop opens the part\'s name ("plays the ship\'s doctor, Dr. Ansel,"), and the surname is no person', () => {
    const text = 'In the second season Dora Vance plays the ship\'s doctor, Dr. Ansel, opposite Hal Nyborg. "Dr. Ansel is back," the trailer says.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => m.start)])).toEqual([['Dr. Ansel', [text.indexOf('Dr. Ansel'), text.lastIndexOf('Dr. Ansel')]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Dora Vance', 'Hal Nyborg']);
  });

  test('"remembered as Sister Brandt, the strict matron in the drama …" names a part, and its surname is no person', () => {
    const text = 'Ada Quell will be remembered as Sister Brandt, the strict matron in the BBC drama “Tidewater”, her agent said. Sister Brandt never smiled.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => m.start)])).toEqual([['Sister Brandt', [text.indexOf('Sister Brandt'), text.lastIndexOf('Sister Brandt')]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Ada Quell']);
  });

  test('negative: "known as" a nickname described as crew ("known as Kit, the director of the film …") or with no work names no part', () => {
    expect(entities('Ada Quell, known as Kit, the director of the film “Tidewater,” died.').characters).toEqual([]);
    expect(entities('Ada Quell was known as Kit, the kindest woman in the village.').characters).toEqual([]);
  });

  test('negative: "portrayed Mr. X as …" describes a person, and "plays Mr. X\'s nephew" names the nephew, not Mr. X', () => {
    const text = 'Dario K. Vale runs the mill. His rivals have long portrayed Mr. Vale as a bully. Tomas Reid plays Mr. Vale\'s nephew in the new film.';
    const e = entities(text);
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Dario K. Vale', 'Tomas Reid']);
  });

  test('negative: a stop after a word that is no honorific still ends the name ("plays Tova. Lind said")', () => {
    const text = 'Laura Benn plays Tova. Lind said the set was cold.';
    expect(entities(text).characters).toEqual(['Tova']);
  });

  test('"who plays the ship\'s cook, Tova Lind," and "joined the cast this year as the smuggler Nyx Harrow"', () => {
    const text = '"Wetter," said Laura Benn, who plays the ship\'s cook, Tova Lind, to laughter. Mara Okafor joined the cast this year as the smuggler Nyx Harrow.';
    const found = entities(text);
    expect(found.characters).toEqual(['Tova Lind', 'Nyx Harrow']);
    expect(found.people).toEqual(['Laura Benn', 'Mara Okafor']);
  });

  test('a rank before a single name stays: "his character, Captain Harrow,"', () => {
    expect(entities('Tomas Reid said his character, Captain Harrow, is a coward.').characters).toEqual(['Captain Harrow']);
  });

  test('"voiced the harbour cat, Pilot Brisk," and "portrayed the old keeper, Orla Venn," are parts too', () => {
    const found = entities('Laura Benn voiced the harbour cat, Pilot Brisk, in the pilot. Tomas Reid portrayed the old keeper, Orla Venn, twice.');
    expect(found.characters).toEqual(['Pilot Brisk', 'Orla Venn']);
  });

  test('"plays the piano, Mara Okafor said" names no part: the name runs on into the sentence', () => {
    const found = entities('Laura Benn plays the piano, Mara Okafor said on Friday.');
    expect(found.characters).toEqual([]);
    expect(found.people).toEqual(['Laura Benn', 'Mara Okafor']);
  });
});

describe('characters: a police rank before a part\'s full name is a role', () => {
  test('"she played Inspector Greta Halloway," is the character Greta Halloway', () => {
    const text = 'In the drama "Harbour Lane," Lisa Moreau played Inspector Greta Halloway, a detective her colleagues distrust.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Greta Halloway', [[text.indexOf('Greta'), text.indexOf('Greta') + 14]]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Lisa Moreau']);
  });
});

describe('characters: "play" as a noun is no role verb', () => {
  test('"the play coach Ida Lund drew up" names the coach, a person, not a part', () => {
    const e = entities('Tomo Reyes scored 30 points. Reyes said he had ignored the play coach Ida Lund drew up in the timeout. Lund did not mind.');
    expect(e).toMatchObject({ people: ['Tomo Reyes', 'Ida Lund'], characters: [] });
  });

  test('"plays nurse Tova Rask" still names a part (negative case)', () => {
    const e = entities('In the new drama, Ida Lund plays nurse Tova Rask, a widow. Lund said the role was hard.');
    expect(e).toMatchObject({ people: ['Ida Lund'], characters: ['Tova Rask'] });
  });
});


describe('characters: ranks of two words, and "character actor"', () => {
  test('a rank of two words before a full name is no part of it: "plays Detective Inspector Rhea Vance"', () => {
    const text = 'In the new series Nadia Orr plays Detective Inspector Rhea Vance opposite a talking dog.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Rhea Vance', [[text.indexOf('Rhea Vance'), text.indexOf('Rhea Vance') + 10]]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Nadia Orr']);
    // negative: before a single name the rank is how the part is called
    expect(entities('Nadia Orr, who plays Captain Rusk, posted a photo.').characters).toEqual(['Captain Rusk']);
  });

  test('"character actor" is a kind of actor: the person after it is a person, and the word before it no part', () => {
    const text = 'Veteran character actor Tomasz Wielki-Brandt, who joined in season two, said he was stunned.';
    expect(entities(text)).toEqual({ people: ['Tomasz Wielki-Brandt'], characters: [], films: [] });
    // negative: "the character" before a name and a name before "character" still name parts
    expect(entities('The series follows the character Orla Fenn through a hard winter.').characters).toEqual(['Orla Fenn']);
    expect(entities('The Joker character returns next year.').characters).toEqual(['The Joker']);
  });
});

describe('characters: an actor "as" a description of the part and the part\'s name', () => {
  const withActors = (text: string) => extractArticle(text, { id: 'c' }).entities.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])]);

  test('"singled out Ines Calvo as the youngest sister, Marisela." in an article naming a film: a character, played by her', () => {
    const text = 'Critics praised the drama "Salt Hours" and singled out newcomer Ines Calvo as the youngest sister, Marisela. Calvo said she was thrilled.';
    expect(withActors(text)).toEqual([['Marisela', 'Ines Calvo', [[99, 107]]]]);
    expect(entities(text).people).toEqual(['Ines Calvo']);
  });

  test('negative: the name after the comma speaks ("… as the head of sales, Tomas Varga, its founder, said"), or no film is named', () => {
    expect(entities('The film "Salt Hours" opens Friday. The studio named Ines Calvo as the head of sales, Tomas Varga, its founder, said.')).toEqual({ people: ['Ines Calvo', 'Tomas Varga'], characters: [], films: ['Salt Hours'] });
    expect(entities('The board praised the plan and singled out Ines Calvo as the youngest member, Marisela.').characters).toEqual([]);
  });
});

describe('characters: a recap names a part in full once and the cast by its surname', () => {
  test('"his sister, Wilhelmina Rusk" and "Nadia Fell, who plays Rusk": the part is the full name, with both mentions, and no person', () => {
    const text = 'The thriller "Cold Harbour" ended on Sunday. Detective Wilhelmina Rusk finally caught the arsonist, her old mentor, Ilario Brack, in the last scene. Nadia Fell, who plays Rusk, said the ending surprised her. Tobias Wend, who plays Brack, agreed.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => m.start)])).toEqual([
      ['Wilhelmina Rusk', [text.indexOf('Wilhelmina Rusk'), text.indexOf('Rusk, said')]],
      ['Ilario Brack', [text.indexOf('Ilario Brack'), text.indexOf('Brack, agreed')]],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(['Nadia Fell', 'Tobias Wend']);
  });

  test('negative: in a biopic the full name is the real person played, no character', () => {
    const e = entities('The biopic follows the singer Wilhelmina Rusk. Nadia Fell, who plays Rusk, trained for a year.');
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Wilhelmina Rusk', 'Nadia Fell']);
  });

  test('negative: two first names with the surname ("June Rusk" and "Ada Rusk") leave the part as named', () => {
    expect(entities('The drama "Cold Harbour" follows the sisters June Rusk and Ada Rusk. Nadia Fell, who plays Rusk, said little.').characters).not.toContain('June Rusk');
  });

  test('a part named in full is called by its first name too ("I will miss Wilhelmina")', () => {
    const text = 'Nadia Fell, who plays Detective Wilhelmina Rusk, posted a farewell. "I will miss Wilhelmina every day," Fell wrote.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => m.start)])).toEqual([['Wilhelmina Rusk', [text.indexOf('Wilhelmina Rusk'), text.indexOf('Wilhelmina every')]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Nadia Fell']);
  });

  test('negative: the first name with another surname in the text is someone else ("Wilhelmina Osei")', () => {
    const text = 'Nadia Fell, who plays Detective Wilhelmina Rusk, posted a farewell. Her co-star Wilhelmina Osei was there. "Wilhelmina cried," Fell wrote.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.length])).toEqual([['Wilhelmina Rusk', 1]]);
  });
});

describe('characters: a synopsis names the parts, and a part cast by its first name is the full name', () => {
  test('"The drama follows two estranged sisters, Nell Vane and Ada Vane, who …" names two parts; "Rosa Quill, who plays Nell" is cast as the first', () => {
    const text = 'The drama follows two estranged sisters, Nell Vane and Ada Vane, who inherit a boat yard. Rosa Quill, who plays Nell, said the script "felt true."';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => m.start)])).toEqual([
      ['Nell Vane', 'Rosa Quill', [text.indexOf('Nell Vane'), text.indexOf('Nell, said')]],
      ['Ada Vane', null, [text.indexOf('Ada Vane')]],
    ]);
    expect(e.people.map((p) => p.name)).toEqual(['Rosa Quill']);
  });

  test('negative: a documentary follows a real person, no part', () => {
    const e = entities('The documentary follows a young climber, Nell Vane, up the north face.');
    expect(e.characters).toEqual([]);
    expect(e.people).toEqual(['Nell Vane']);
  });

  test('negative: an actor\'s aside never reaches back past a sentence ("… Ada Vane, who inherit a yard. Rosa Quill, who plays …")', () => {
    const text = 'The drama follows two sisters, Nell Vane and Ada Vane, who inherit a yard. Rosa Quill, who plays Ada, is new.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.find((c) => c.name === 'Ada Vane')?.actor).toBe('Rosa Quill');
  });
});

describe('characters: a play word inside a compound is no role verb', () => {
  test('"the role-playing game Iron Comet" names a game, no character', () => {
    expect(entities('The studio has delayed the role-playing game Iron Comet to 2029. Iron Comet was first shown in 2023.')).toEqual({ people: [], characters: [], films: [] });
  });

  test('negative: "who played Captain Rook" still names a part', () => {
    expect(entities('Dora Vance, who played Captain Rook in the series, said she was sad.').characters).toEqual(['Captain Rook']);
  });
});

describe('characters: a part that a named actor voices or plays, in the passive', () => {
  test('"the parrot Admiral Squawk, is voiced by Tomas Reid" names a part and its actor', () => {
    const text = 'The hero of the cartoon, the cranky parrot Admiral Squawk, is voiced by Tomas Reid. "I squawked for a week," Reid said.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Admiral Squawk', 'Tomas Reid']]);
    expect(e.people.map((p) => p.name)).toEqual(['Tomas Reid']);
  });

  test('"Mrs. Pruitt is played by Dora Vance" and "Captain Rook, voiced by Ines Calloway," name parts', () => {
    const text = 'In the new series Mrs. Pruitt is played by Dora Vance. Captain Rook, voiced by Ines Calloway, steals the show.';
    expect(entities(text)).toEqual({ people: ['Dora Vance', 'Ines Calloway'], characters: ['Mrs. Pruitt', 'Captain Rook'], films: [] });
  });

  test('"X, another part\'s role noun, is played by Y" names a part: the apposition may open with a name\'s possessive', () => {
    const text = 'Ada Brill, Mara\'s loyal brother, is played by Felix Ostrander in the new drama.';
    expect(entities(text)).toEqual({ people: ['Felix Ostrander'], characters: ['Ada Brill'], films: [] });
  });

  test('negative: a person or a film title before "played by" is no part', () => {
    const text = 'Dora Vance, played by nobody else, is herself. The concert, played by Ines Calloway and her band, sold out.';
    expect(entities(text).characters).toEqual([]);
  });

  test('negative: "portrayed by … as" describes a real person or body, no part', () => {
    const e = entities('Greta Thunberg, portrayed by Fox News hosts as a puppet, said, "I speak for myself." The Smith Foundation, portrayed by Fox News as a front group, denied the claims.');
    expect(e.characters).toEqual([]);
    expect(e.people).toContain('Greta Thunberg');
    expect(entities('Chelsea Manning was portrayed by Republican Senator John Cornyn as a traitor.')).toEqual({ people: ['Chelsea Manning', 'John Cornyn'], characters: [], films: [] });
  });

  test('negative: "played by" outside a screen work, or in a biopic, names no part', () => {
    expect(entities('Tom Hale was played by Andrew Garfield in the biopic.')).toEqual({ people: ['Tom Hale', 'Andrew Garfield'], characters: [], films: [] });
    expect(entities('The Goldberg Variations were played by Glenn Gould in 1955.').characters).toEqual([]);
    expect(entities('Nadal, played by Novak Djokovic in the final, lost in four sets.').characters).toEqual([]);
  });

  test('"voiced by" alone, and "played by" in a sentence about a series, name a part', () => {
    expect(entities('In the animated series, the gull Captain Rusk, is voiced by Ana Ruiz.')).toEqual({ people: ['Ana Ruiz'], characters: ['Captain Rusk'], films: [] });
    expect(entities('Mrs. Pruitt is played by Ana Ruiz in the series.')).toEqual({ people: ['Ana Ruiz'], characters: ['Mrs. Pruitt'], films: [] });
  });

  test('"NAME, played by ACTOR," opening a sentence of an article about a series is a part, though the name is a place or a given name', () => {
    const text = 'The new drama follows a lighthouse crew. Jordan, played by Mara Quill, keeps the log. Chad, played by Oren Platt, sails to Kenya. Savannah, played by Tessa Lund, stays ashore.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => m.start)])).toEqual([
      ['Jordan', 'Mara Quill', [text.indexOf('Jordan')]],
      ['Chad', 'Oren Platt', [text.indexOf('Chad')]],
      ['Savannah', 'Tessa Lund', [text.indexOf('Savannah')]],
    ]);
  });

  test('negative: "NAME, played by ACTOR," with no screen work in the article, or the actor going on, names no part', () => {
    expect(entities('Jordan, played by Mara Quill, keeps the log.').characters).toEqual([]);
    expect(entities('The film festival opens today. Chad, played by Oren Platt in the final, lost.').characters).toEqual([]);
    expect(entities('In the drama, Nadia Osei plays Kenya, a pilot. Wales play South Africa on Saturday.').characters).toEqual(['Kenya']);
  });
});

describe('characters: "stars ACTOR as PART", and counted matches', () => {
  test('"The film stars Ada Obi as Nkechi, a trader": the part, with its actor', () => {
    const e = extractArticle('The film stars Ada Obi as Nkechi, a trader in the old market.', { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Nkechi', 'Ada Obi']]);
    expect(e.people.map((p) => p.name)).toEqual(['Ada Obi']);
  });

  test('negative: "cast NAME as a villain" names no part', () => {
    expect(extractArticle('The party cast Ana Ruiz as a villain, said Tom Hale.', { id: 'c' }).entities.characters).toEqual([]);
  });

  test('negative: "playing only his sixth Test" counts a match, no part', () => {
    expect(extractArticle('The bowler, playing only his sixth Test, took ten wickets.', { id: 'c' }).entities.characters).toEqual([]);
  });
});

describe('characters: a part joined "in the second season as the fisherman\'s daughter X"', () => {
  test('a season between "joined the cast" and "as", and a possessive in the description, keep the part a character', () => {
    const found = extractArticle('Ruth Kowal, who joined the cast in the second season as the fisherman\'s daughter Elspeth, said she was sad.', { id: 'c' }).entities;
    expect(found.characters.map((c) => [c.name, c.actor])).toEqual([['Elspeth', 'Ruth Kowal']]);
    expect(found.people.map((p) => p.name)).toEqual(['Ruth Kowal']);
  });
});

describe('characters: a voice word inside a compound adjective is no role verb', () => {
  test('"gravel-voiced frontman of Reedbank" names no part; "voiced the dragon Ember" does', () => {
    expect(entities('Gerry Lomax, gravel-voiced frontman of Reedbank, dies aged 74')).toEqual({ people: ['Gerry Lomax'], characters: [], films: [] });
    expect(entities('Ana Ruiz voiced the dragon Ember in the film.').characters).toEqual(['Ember']);
  });
});

describe('characters: the pronoun I is no part', () => {
  test('"every character, even the ones I did not play well" names no character', () => {
    expect(entities('Kang Min-jae wrote to fans. “Thank you for every character, even the ones I did not play well,” he wrote.').characters).toEqual([]);
  });
});

describe('characters: "joined the cast … as" takes a part, not a clause', () => {
  const entities = (text: string) => extractArticle(text, { id: 'c' }).entities;
  test('"joined the cast in season two as the fisherman\'s daughter Mara" names a part', () => {
    const found = entities("Ruth Kowal joined the cast in season two as the fisherman's daughter Mara.");
    expect(found.characters.map((c) => [c.name, c.actor])).toEqual([['Mara', 'Ruth Kowal']]);
  });

  test('negative: "as producer Tom Reyes left" is a clause; Tom Reyes stays a person', () => {
    const found = entities('Ana Ruiz joined the cast in the final season as producer Tom Reyes left.');
    expect(found.characters).toEqual([]);
    expect(found.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Reyes']);
  });
});

describe('characters: a part described by its place in the story, then "played by"', () => {
  test('"The mother, Ivy Lark, is played by …" and "Her son Benji, the show\'s storyteller, is played by the young actor …" in an article about a musical', () => {
    const text = 'The musical opened on Thursday. The mother, Ivy Lark, is played by Dana Holt. Her son Benji, the show\'s storyteller, is played by the young actor Remy Fosse.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Ivy Lark', 'Dana Holt'], ['Benji', 'Remy Fosse']]);
    expect(e.people.map((p) => p.name)).toEqual(['Dana Holt', 'Remy Fosse']);
  });

  test('negative: a described name "played by" in an article about no screen or stage work is no part', () => {
    expect(entities('The match was tense. The captain, Joe Root, was played by the spinners all day.').characters).toEqual([]);
    expect(entities('The orchestra toured in May. The concerto, Opus Nine, was played by the Harbour Symphony Orchestra.').characters).toEqual([]);
  });
});

describe('characters: "stars in TITLE as PART"', () => {
  test('"who stars in the drama “…” as Captain …" makes the part a character, not a person', () => {
    const text = 'Lia Brandt, who stars in the BBC drama “Cold Harbour” as Captain Nell Farrow, said the filming was tough.';
    expect(entities(text)).toEqual({ people: ['Lia Brandt'], characters: ['Nell Farrow'], films: ['Cold Harbour'] });
  });
});


describe('characters: a hyphen and a number end a part\'s name', () => {
  test('"returns as the robot Unit-7" names the part "Unit-7", with its actor and offsets', () => {
    const text = 'Dara Minsk returns as the robot Unit-7 in the sequel.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Unit-7', 'Dara Minsk', [[text.indexOf('Unit-7'), text.indexOf('Unit-7') + 6]]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Dara Minsk']);
  });

  test('negative: a number after a name with no hyphen stays out ("plays Rex 2 times")', () => {
    expect(entities('In the film Dara Minsk plays Rex in 2 scenes.').characters).toEqual(['Rex']);
  });
});

describe('characters: a stock part before a name "played by" an actor', () => {
  test('"introduced the villain Lord Varn, played by …" names the part, not a person, in a sentence naming no screen word', () => {
    const text = 'The first "Ironhold" introduced the villain Lord Varn, played by Daniel Ashe.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.actor, c.mentions.map((m) => m.start)])).toEqual([['Lord Varn', 'Daniel Ashe', [text.indexOf('Lord Varn')]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Daniel Ashe']);
  });

  test('negative: a plain noun before the name leaves a real person ("the mayor Ina Cole, played by …" gives no part)', () => {
    expect(entities('The first “Ironhold” praised the mayor Ina Cole, played by no one.').characters).toEqual([]);
  });
});

describe('characters: a nationality describing the part is no name', () => {
  test('"plays a fictional Hungarian chemist, Lajos Fekete," keeps only the apposed name', () => {
    const e = extractArticle('Ines Varga plays a fictional Hungarian chemist, Lajos Fekete, in the film.', { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions[0]!.start, c.mentions[0]!.end])).toEqual([['Lajos Fekete', 48, 60]]);
  });

  test('"plays a South African lawyer" names no part', () => {
    expect(entities('Ines Varga plays a South African lawyer in the new film.').characters).toEqual([]);
  });

  test('near miss: a part named right after "plays" is still a part', () => {
    expect(entities('Ines Varga plays Hungary Jones, a chemist, in the new film.').characters).toEqual(['Hungary Jones']);
  });
});

describe('characters: a part met by its first name alone is the part named in full', () => {
  test('"played Ros" inside a quote after "Detective Inspector Ros Keane" is one part with both mentions', () => {
    const text = 'The actress who has played Detective Inspector Ros Keane in the drama ‘Harbour Watch’ for six series has left the show.\n\n‘I would have played Ros until I was ninety,’ she wrote.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => [m.text, m.start])])).toEqual([
      ['Ros Keane', [['Ros Keane', text.indexOf('Ros Keane')], ['Ros', text.lastIndexOf('Ros')]]],
    ]);
  });

  test('negative: a first name the text also gives with another surname stays its own part', () => {
    const text = 'The actress who has played Detective Inspector Ros Keane in the drama ‘Harbour Watch’ for six series has left the show. Her co-star Dan Hale plays Ros Tully, her rival.\n\n‘I would have played Ros until I was ninety,’ she wrote.';
    const names = extractArticle(text, { id: 'c' }).entities.characters.map((c) => c.name);
    expect(names).not.toEqual(['Ros Keane']);
    expect(names.filter((n) => n === 'Ros Keane')).toHaveLength(1);
  });
});

describe('characters: a name ending in a kind of piece names the music, no part', () => {
  test('"plays the Goldberg Variations", "hums the Moonlight Sonata" in a film\'s story are pieces, no character or person', () => {
    const text = 'The film “Harbour Lane” stars Nora Quist. Quist plays the Goldberg Variations in one scene, and Tom Hale hums the Moonlight Sonata.';
    expect(entities(text)).toEqual({ people: ['Nora Quist', 'Tom Hale'], characters: [], films: ['Harbour Lane'] });
  });

  test('"a pianist who performs the Goldberg Variations" is the part\'s music, no part of its own', () => {
    const text = 'In the film “Harbour Lane”, Nora Quist plays a pianist who performs the Goldberg Variations.';
    expect(entities(text).characters).toEqual([]);
  });

  test('near miss: a given name before a piece\'s word is a part\'s name ("plays Lena Waltz")', () => {
    const text = 'In the film “Harbour Lane”, Nora Quist plays Lena Waltz, a pianist.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters).toMatchObject([{ name: 'Lena Waltz', actor: 'Nora Quist', film: 'Harbour Lane', mentions: [{ start: text.indexOf('Lena'), end: text.indexOf(', a pianist'), text: 'Lena Waltz' }] }]);
  });
});

describe('characters: the apposed part may carry a description of its own ("as Tom\'s friend, the painter Leo Marsh")', () => {
  test('"stars Nora Quist as Tom\'s friend, the painter Leo Marsh" → Leo Marsh a part Quist plays, no person', () => {
    const text = 'The film “Harbour Lane” stars Nora Quist as Tom’s friend, the painter Leo Marsh.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters).toMatchObject([{ name: 'Leo Marsh', actor: 'Nora Quist', film: 'Harbour Lane', mentions: [{ start: text.indexOf('Leo'), end: text.length - 1, text: 'Leo Marsh' }] }]);
    expect(e.people.map((p) => p.name)).toEqual(['Nora Quist']);
  });

  test('"plays Tom\'s friend, the painter Leo Marsh, who …" after a role verb too', () => {
    const text = 'In the film “Harbour Lane”, Nora Quist plays Tom’s friend, the painter Leo Marsh, who drowns.';
    expect(entities(text)).toEqual({ people: ['Nora Quist'], characters: ['Leo Marsh'], films: ['Harbour Lane'] });
  });

  test('near miss: "plays the piano, the critic Leo Marsh said" is a person speaking, no part', () => {
    const text = 'Nora Quist plays the piano, the critic Leo Marsh said.';
    expect(entities(text)).toEqual({ people: ['Nora Quist', 'Leo Marsh'], characters: [], films: [] });
  });
});

describe('characters: a part played in a biopic is the real person, as the gold sets list it', () => {
  test('"plays the singer Nina Vale in the biopic “Blue Hour”" → Nina Vale a person, no character', () => {
    const text = 'Nora Quist plays the singer Nina Vale in the biopic “Blue Hour”, which opens on Friday.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters).toEqual([]);
    expect(e.people.map((p) => [p.name, p.mentions[0]!.start])).toEqual([['Nora Quist', 0], ['Nina Vale', text.indexOf('Nina')]]);
  });

  test('"In the biopic “…”, X plays NAME." — the real-life sign before the verb counts too', () => {
    expect(entities('In the biopic “Blue Hour”, Nora Quist plays Nina Vale.')).toEqual({ people: ['Nora Quist', 'Nina Vale'], characters: [], films: ['Blue Hour'] });
  });

  test('near miss: a part played in another work named after it stays a part, though the sentence names a biopic', () => {
    const text = 'Nora Quist, who starred in the biopic “Blue Hour”, now plays the detective Ada Cole in the series “Harbour Lane”.';
    expect(entities(text)).toMatchObject({ people: ['Nora Quist'], characters: ['Ada Cole'] });
  });

  test('near miss: a sentence with no real-life sign keeps its part, though the article speaks of a biopic', () => {
    const text = 'Nora Quist plays the detective Ada Cole in the series “Harbour Lane”. Quist also starred in a biopic last year.';
    expect(entities(text)).toEqual({ people: ['Nora Quist'], characters: ['Ada Cole'], films: ['Harbour Lane'] });
  });
});

describe('characters: a show\'s synopsis in an article about the show names its parts', () => {
  const opening = 'The BBC drama “Harbour Lane”, starring Nora Quist, returns on Sunday. ';

  test('"The drama, filmed in Cornwall, centres on Nell Price, a widowed farmer," → a part, with an aside after the subject', () => {
    const text = opening + 'The drama, filmed in Cornwall, centres on Nell Price, a widowed farmer, who fights to keep her land.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters).toMatchObject([{ name: 'Nell Price', actor: null, mentions: [{ start: text.indexOf('Nell'), end: text.indexOf(', a widowed'), text: 'Nell Price' }] }]);
    expect(e.people.map((p) => p.name)).toEqual(['Nora Quist']);
  });

  test('"centres on widowed farmer Nell Price" and "It centres on Nell Price" name the part too', () => {
    expect(entities(opening + 'The drama centres on widowed farmer Nell Price, who fights to keep her land.').characters).toEqual(['Nell Price']);
    expect(entities(opening + 'It centres on Nell Price, a widowed farmer, who fights to keep her land.').characters).toEqual(['Nell Price']);
  });

  test('near miss: a real-life inquiry "centres on" a person, and "It follows" one, in an article with no show', () => {
    const text = 'The inquiry, which opened on Monday, centres on Nell Price, a widowed farmer, who lost her land. It follows Tom Hale, who resigned.';
    expect(entities(text)).toEqual({ people: ['Nell Price', 'Tom Hale'], characters: [], films: [] });
  });

  test('near miss: a show\'s title with no actor credited leaves "It centres on" a person', () => {
    const text = 'The BBC drama “Harbour Lane” returns on Sunday. It centres on Nell Price, a widowed farmer.';
    expect(entities(text)).toMatchObject({ people: ['Nell Price'], characters: [] });
  });
});

describe('characters: a second part played by a named actor in a sentence that has someone play a part', () => {
  test('"she plays Nora, and Maeve, her sister, is played by …": both are parts, only the actor is a person', () => {
    const text = 'She plays Ottilie, and Brannagh, her older sister, is played by Lia Dunmore.';
    expect(entities(text)).toEqual({ people: ['Lia Dunmore'], characters: ['Ottilie', 'Brannagh'], films: [] });
    const plain = 'Tessa Morlan plays Ottilie, and Brannagh is played by Lia Dunmore.';
    expect(entities(plain)).toEqual({ people: ['Tessa Morlan', 'Lia Dunmore'], characters: ['Ottilie', 'Brannagh'], films: [] });
  });

  test('near miss: a match that was played, with no part played in the sentence, names no part', () => {
    const text = 'Tessa Morlan played well, and the final was won by Lia Dunmore.';
    expect(entities(text).characters).toEqual([]);
  });
});

describe('"X is played by A and Y by B": the second part\'s verb is left out', () => {
  const ents = (text: string) => extractArticle(text, { id: 'g' }).entities;

  test('"… and Marnie by Tessa Quill" lists Marnie as a part, not as a person', () => {
    const text = 'The streaming sitcom “Porch Light” returns in May. Its lead character, Walt Brennan, runs a failing diner. Walt is played by Dev Osei and Marnie by Tessa Quill.';
    const e = ents(text);
    expect(e.characters.map((c) => c.name).sort()).toEqual(['Marnie', 'Walt Brennan']);
    expect(e.people.map((p) => p.name)).toContain('Tessa Quill');
    expect(e.people.map((p) => p.name)).not.toContain('Marnie');
  });

  test('near miss: "… and Marnie Vell, the producer, said" is a person speaking, not a part', () => {
    const text = 'The streaming sitcom “Porch Light” returns in May. Its lead character, Walt Brennan, runs a failing diner. Walt is played by Dev Osei and Marnie Vell, the producer, said the cast was complete.';
    const e = ents(text);
    expect(e.characters.map((c) => c.name)).toEqual(['Walt Brennan']);
    expect(e.people.map((p) => p.name)).toContain('Marnie Vell');
  });
});

describe('characters: a part taken "as" in a cameo or a planned casting', () => {
  test('"a cameo as the barman, Hal Orme," names a part, no person; the actor stays a person', () => {
    const text = 'Tobias Wrenfield, 68, who had a cameo as the village barman, Hal Orme, said he was sad.';
    const e = extractArticle(text, { id: 'c' }).entities;
    expect(e.characters.map((c) => [c.name, c.mentions.map((m) => [m.start, m.end])])).toEqual([['Hal Orme', [[text.indexOf('Hal Orme'), text.indexOf('Hal Orme') + 8]]]]);
    expect(e.people.map((p) => p.name)).toEqual(['Tobias Wrenfield']);
  });

  test('"was to star Dana Moore as Jed Harlan" names a part, also in a three-paragraph article that names the part again', () => {
    const text = 'Studio scraps thriller remake\n\nA studio has cancelled its remake of a 1990s thriller, Variety reported.\n\nThe remake was to star Dana Moore as Jed Harlan, the lighthouse keeper who finds a body. Tobias Wrenfield, who had a cameo as the grumpy publican, Hal Orme, said he was "sad."\n\n"We had built the lighthouse," Moore told Variety. Jed Harlan was "a man out of time," she added. Wrenfield said Hal Orme had been "the best part in years."';
    expect(entities(text)).toEqual({ people: ['Dana Moore', 'Tobias Wrenfield'], characters: ['Jed Harlan', 'Hal Orme'], films: [] });
  });

  test('negative: "was to play in the final, Ana Ruiz said", "appeared as a witness, Ana Ruiz said" and "was to appoint Ana Ruiz as coach" name no part', () => {
    expect(entities('Tom Bell was to play in the final, Ana Ruiz said.').characters).toEqual([]);
    expect(entities('He appeared as a witness, Ana Ruiz said on Monday.').characters).toEqual([]);
    expect(entities('The club was to appoint Ana Ruiz as coach, its owner said.').characters).toEqual([]);
  });
});
