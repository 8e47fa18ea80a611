import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';
import { extractArticle } from '../../src/pipeline/process.js';

// A place or a firm after "of" is a detail of the speaker named before it, never the speaker.
describe('places and firms after "of" beside a named speaker', () => {
  test('"One fan, NAME, 22, of Memphis, told OUTLET …": the home town after an age is a detail', () => {
    const text = 'One fan, Tara Bellweather, 22, of Memphis, told Billboard she had bought tickets to both of the shows next month.';
    expect(quote(text, 'she had')).toMatchObject({
      type: 'indirect', text: 'she had bought tickets to both of the shows next month', speaker: 'Tara Bellweather',
      speaker_mention: 'Tara Bellweather', speaker_start: at(text, 'Tara'), speaker_kind: 'person', cue: 'told', outlet: 'Billboard',
    });
  });

  test('"NAME-NAME of FIRM wrote …": a hyphenated surname keeps its given name, the firm is an affiliation', () => {
    const text = 'Maya Oduya-Brandt of Pellham Securities wrote in a note to clients that sales had “bent the curve.”';
    expect(quote(text, 'bent')).toMatchObject({
      type: 'partial', text: 'bent the curve.', speaker: 'Maya Oduya-Brandt', speaker_mention: 'Maya Oduya-Brandt', speaker_kind: 'person', cue: 'wrote',
    });
  });

  test('"NAME of FIRM wrote …" with a given name the lexicon does not know: the person speaks, not the firm', () => {
    const text = 'Ysolde Brannagh of Carrow Partners wrote in a note to investors that the merger "clears its last hurdle," and lifted her target.';
    expect(quote(text, 'clears')).toMatchObject({
      type: 'partial', text: 'clears its last hurdle,', start: at(text, 'clears'), speaker: 'Ysolde Brannagh', speaker_mention: 'Ysolde Brannagh', speaker_start: 0,
      speaker_end: at(text, ' of Carrow'), speaker_kind: 'person', cue: 'wrote', outlet: null,
    });
  });

  test('negative: a known firm or a place before "of" is no person ("Wells Fargo of Lindavale", "Copper Lake of Norland")', () => {
    for (const [text, owner] of [
      ['Wells Fargo of Lindavale said in a note that rates would "fall sharply" this year.', 'Wells Fargo'],
      ['Copper Lake of Norland said in a note that rates would "fall sharply" this year.', 'Copper Lake'],
      ['Elder Rapids of Norland said in a note that rates would "fall sharply" this year.', 'Elder Rapids'],
    ]) {
      expect(quote(text!, 'fall sharply')).toMatchObject({ type: 'partial', text: 'fall sharply', cue: 'said' });
      expect(quote(text!, 'fall sharply').speaker).not.toBe(owner);
      expect(extractArticle(text!).entities.people.map((p) => p.name)).not.toContain(owner);
    }
  });

  test('negative: a body whose name holds "of" keeps it whole ("Royal Bank of Norland said …")', () => {
    const text = 'Royal Bank of Norland said in a statement that profits would "fall sharply" this year.';
    expect(quote(text, 'fall sharply')).toMatchObject({
      type: 'partial', speaker: 'Royal Bank of Norland', speaker_mention: 'Royal Bank of Norland', speaker_kind: 'organization', cue: 'said',
    });
  });

  test('"A sophomore at SCHOOL, NAME, told …": a school year is a noun for a person, so the school is a detail and the name speaks', () => {
    const text = 'A sophomore at Lakeview High, Tomas Brenner, told the board that nobody had asked the students.';
    expect(quote(text, 'nobody')).toMatchObject({
      type: 'indirect', text: 'nobody had asked the students', start: at(text, 'nobody'), speaker: 'Tomas Brenner', speaker_mention: 'Tomas Brenner',
      speaker_start: at(text, 'Tomas'), speaker_kind: 'person', cue: 'told', outlet: null,
    });
  });

  test('negative: "Several juniors at SCHOOL said …" with no name: the description speaks, not the school', () => {
    const text = 'Several juniors at Lakeview High said the rule had never been explained to them.';
    expect(quote(text, 'the rule')).toMatchObject({
      type: 'indirect', speaker: null, speaker_mention: 'Several juniors at Lakeview High', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('"The chair of the Stage Guild of Ireland, NAME, testified …": the apposition names the one described', () => {
    const text = 'The chair of the Stage Artists Guild of Ireland, Imelda Fosse, testified that her members had seen a "steep rise" in cuts.';
    expect(quote(text, 'steep')).toMatchObject({
      type: 'partial', text: 'steep rise', speaker: 'Imelda Fosse', speaker_mention: 'Imelda Fosse', speaker_start: at(text, 'Imelda'), cue: 'testified',
    });
  });

  test('"The mayor of Elton, Ohio, said …": a state completes the place; the description speaks', () => {
    const text = 'The mayor of Elton, Ohio, said the ferry was late again this morning.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', speaker: null, speaker_mention: 'The mayor of Elton, Ohio', speaker_start: 0, speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('negative: a given name that is also a place, in apposition after a relative noun, is the speaker ("Her son, Jordan, said")', () => {
    const text = 'Lina Ost lost her barn in the flood. Her son, Jordan, said the family would rebuild it.';
    expect(quote(text, 'the family')).toMatchObject({
      text: 'the family would rebuild it', type: 'indirect', speaker: 'Jordan', speaker_mention: 'Jordan', speaker_start: at(text, 'Jordan'), speaker_kind: 'person', cue: 'said',
    });
  });

  test('"NAME himself, speaking to OUTLET from his home in Reno, said …": the reflexive repeats the name', () => {
    const text = 'Okonkwo himself, speaking to the Daily Courier from his home in Reno, said he had loved the work "every day of it."';
    expect(quote(text, 'every day')).toMatchObject({
      type: 'partial', speaker: 'Okonkwo', speaker_mention: 'Okonkwo', speaker_start: 0, cue: 'said', outlet: 'Daily Courier',
    });
  });

  test('a name in apposition after a description with a name after "of" still speaks: "A friend of Tom Hale, Mara Voss, said"', () => {
    const text = 'A friend of Tom Hale, Mara Voss, said the ferry was late again this morning.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Mara Voss', speaker_mention: 'Mara Voss', speaker_start: at(text, 'Mara') });
  });

  test('negative: a name that opens its phrase is not taken for a description\'s complement ("Tom Hale of Elton, the mayor, said")', () => {
    const text = 'Tom Hale of Elton, the mayor, said the ferry was late again this morning.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Tom Hale', speaker_mention: 'Tom Hale', speaker_start: 0 });
  });

  test('negative: a participle phrase naming a place before the subject: the place is no speaker', () => {
    const text = 'Ada Quill lives alone. Speaking from her cabin in Reno, she said the crossing was rough.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.speaker_mention, q.cue])).toEqual([['the crossing was rough', 'indirect', 'Ada Quill', 'she', 'said']]);
  });
});

describe('a town and its state inside a description, then a name or a description in apposition', () => {
  test('"The mayor of Elton, Ohio, Dana Reyes, said …": the name after the state speaks', () => {
    const text = 'The mayor of Elton, Ohio, Dana Reyes, said the road would reopen.';
    expect(quote(text, 'the road')).toMatchObject({
      type: 'indirect', text: 'the road would reopen', start: at(text, 'the road'), speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes',
      speaker_start: at(text, 'Dana'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"NAME of Elton, Ohio, a retired nurse, said …": the name before the town speaks', () => {
    const text = 'Dana Reyes of Elton, Ohio, a retired nurse, said the clinic was full.';
    expect(quote(text, 'the clinic')).toMatchObject({ speaker: 'Dana Reyes', speaker_mention: 'Dana Reyes', speaker_start: 0, speaker_kind: 'person', cue: 'said' });
  });

  test('no name anywhere: "The mayor of Elton, Ohio, said …" stays a description', () => {
    const text = 'The mayor of Elton, Ohio, said the road would reopen.';
    expect(quote(text, 'the road')).toMatchObject({ speaker: null, speaker_mention: 'The mayor of Elton, Ohio', speaker_kind: 'anonymous', cue: 'said' });
  });
});

describe('a body or a place after the name of a speaker with a role', () => {
  test('"The panel\'s senior Republican, Sen. NAME of STATE, said …": the apposition\'s name speaks, not "Republican"', () => {
    const text = "The panel's senior Republican, Sen. Tomas Vallier of Idaho, said he would vote against the bill.";
    expect(quote(text, 'he would')).toMatchObject({
      type: 'indirect', text: 'he would vote against the bill', start: at(text, 'he would'), speaker: 'Tomas Vallier',
      speaker_mention: 'Tomas Vallier', speaker_start: at(text, 'Tomas'), speaker_kind: 'person', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a named possessor before the party noun: "The House\'s top Republican, Rep. NAME of STATE, said", "Idaho\'s senior Republican said"', () => {
    const text = "The House's top Republican, Rep. Tomas Vallier of Idaho, said he would vote against the bill.";
    expect(quote(text, 'he would')).toMatchObject({ speaker: 'Tomas Vallier', speaker_mention: 'Tomas Vallier', speaker_kind: 'person', cue: 'said' });
    const unnamed = "Idaho's senior Republican said he would vote against the bill.";
    expect(quote(unnamed, 'he would')).toMatchObject({ speaker: null, speaker_mention: "Idaho's senior Republican", speaker_kind: 'anonymous', cue: 'said' });
  });

  test('negative: a party member after a place, with no name, is still a description ("the Idaho Republican said")', () => {
    const text = 'The Idaho Republican said he would vote against the bill.';
    expect(quote(text, 'he would')).toMatchObject({ speaker: null, speaker_mention: 'The Idaho Republican', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('"Dr. NAME of St. Anne\'s College Oxford told OUTLET": a possessive inside the body\'s name is part of the body', () => {
    const text = '"It is far too early to tell," Dr. Elena Lindqvist of St. Anne\'s College Oxford told Reuters.';
    expect(quote(text, 'It is')).toMatchObject({
      type: 'direct', text: 'It is far too early to tell,', start: 1, speaker: 'Elena Lindqvist', speaker_mention: 'Elena Lindqvist',
      speaker_start: at(text, 'Elena'), speaker_kind: 'person', cue: 'told', outlet: 'Reuters',
    });
  });

  test('negative: a body with no possessive keeps working as before ("of Harwell Polytechnic")', () => {
    const text = '"It is far too early to tell," Dr. Elena Lindqvist of Harwell Polytechnic told Reuters.';
    expect(quote(text, 'It is')).toMatchObject({ speaker: 'Elena Lindqvist', cue: 'told', outlet: 'Reuters' });
  });
});

describe('a place in an adverbial phrase set off by commas, and an office of a two-word place', () => {
  test('"NAME, during a forum in TOWN, STATE, said": the name speaks, not the town or the state', () => {
    const text = 'Ines Farrow, during a forum in Elton, Maryland, said the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', speaker: 'Ines Farrow', speaker_mention: 'Ines Farrow', speaker_start: 0, cue: 'said' });
    const participle = 'Ines Farrow, speaking at a forum in Elton, Maryland, said the ferry would run again.';
    expect(quote(participle, 'the ferry')).toMatchObject({ speaker: 'Ines Farrow', cue: 'said' });
  });

  test('negative: a home town after an age still reads as before ("NAME, 61, of TOWN, STATE, said")', () => {
    const text = 'Ines Farrow, 61, of Elton, Md., said the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Ines Farrow', cue: 'said' });
  });

  test('"Governor of New Mexico NAME said": the place\'s first word belongs to the place; with no name, a description', () => {
    const text = 'Governor of New Mexico Ines Farrow said the ferry would run again.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Ines Farrow', speaker_mention: 'Ines Farrow', speaker_start: at(text, 'Ines'), speaker_kind: 'person', cue: 'said' });
    const unnamed = 'The Governor of New Mexico said the ferry would run again.';
    expect(quote(unnamed, 'the ferry')).toMatchObject({ speaker: null, speaker_mention: 'The Governor of New Mexico', speaker_kind: 'anonymous', cue: 'said' });
  });

  test('"President of COMPANY NAME said": the person after a company whose name ends in a company word, in the quote and the people list', () => {
    const text = 'President of Tarnwick Holdings Oswin Crake said the merger would close in June.';
    expect(quote(text, 'the merger')).toMatchObject({
      type: 'indirect', text: 'the merger would close in June', speaker: 'Oswin Crake', speaker_mention: 'Oswin Crake', speaker_start: at(text, 'Oswin'), speaker_kind: 'person', cue: 'said',
    });
    expect(extractArticle(text).entities.people.map((p) => p.name)).toEqual(['Oswin Crake']);
  });

  test('negative: a place of two words with no company word stays one run ("Mayor of Salt Lake City said")', () => {
    const text = 'Mayor of Salt Lake City said the merger would close in June.';
    expect(quote(text, 'the merger').speaker_kind).not.toBe('person');
  });
});

// A description holding a "town, state" pair, set off after a name, is the name's apposition.
describe('a name, then a description ending in a town and its state', () => {
  test('"NAME, the mayor of TOWN, STATE, said …": the name speaks, the description is the role', () => {
    const text = 'Orrin Vasko, the mayor of Elton, Ohio, said the ferry would run again in May.';
    expect(quote(text, 'the ferry')).toMatchObject({
      type: 'indirect', text: 'the ferry would run again in May', speaker: 'Orrin Vasko', speaker_mention: 'Orrin Vasko', speaker_start: 0,
      speaker_kind: 'person', speaker_role: 'mayor', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"But NAME, a teacher from TOWN, STATE, said …": after a conjunction too', () => {
    const text = 'But Orrin Vasko, a teacher from Elton, Ohio, said the ferry would run again in May.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: 'Orrin Vasko', speaker_mention: 'Orrin Vasko', speaker_start: at(text, 'Orrin'), speaker_kind: 'person', cue: 'said' });
  });

  test('negative: a place after an opening preposition is no name ("At a fair in Harlow, the mayor of Elton, Ohio, said")', () => {
    const text = 'At a fair in Harlow, the mayor of Elton, Ohio, said the ferry would run again in May.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: null, speaker_mention: 'the mayor of Elton, Ohio', speaker_start: at(text, 'the mayor'), speaker_kind: 'anonymous', cue: 'said' });
  });
});

// A role capitalised as a title, "of" a body with no given name in it, describes someone the text does not name.
describe('a capitalised role of a named body, with no name of its own', () => {
  test('"The President of FIRM said …": the description speaks, not the firm', () => {
    const text = 'The President of Kelbrook Holdings said the company would close two plants.';
    expect(quote(text, 'the company')).toMatchObject({
      type: 'indirect', text: 'the company would close two plants', speaker: null, speaker_mention: 'The President of Kelbrook Holdings', speaker_start: 0,
      speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('"The former CEO of ONE-WORD BODY said …" (a hyphen inside it, no given name): the description speaks', () => {
    const text = 'The former CEO of Brackwell-Stone said the company would close two plants.';
    expect(quote(text, 'the company')).toMatchObject({
      type: 'indirect', text: 'the company would close two plants', start: at(text, 'the company'), speaker: null, speaker_mention: 'The former CEO of Brackwell-Stone', speaker_start: 0,
      speaker_kind: 'anonymous', cue: 'said',
    });
  });

  test('"“…,” the Chairman of the BODY said": the body\'s article is part of the description', () => {
    const text = '“We will close two plants,” the Chairman of the Marrow Trust said.';
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: 'the Chairman of the Marrow Trust', speaker_start: at(text, 'the Chairman'), speaker_kind: 'anonymous', cue: 'said' });
  });

  test('"A spokesman for the BODY said …" in small letters: the description speaks', () => {
    const text = 'A spokesman for the Harbour Council said the ferry would run again in May.';
    expect(quote(text, 'the ferry')).toMatchObject({ speaker: null, speaker_mention: 'A spokesman for the Harbour Council', speaker_start: 0, speaker_kind: 'anonymous' });
  });

  test('negative: an office before a person\'s name keeps the person ("Secretary of State NAME said")', () => {
    const text = 'Secretary of State Ines Marlow said the talks would resume.';
    expect(quote(text, 'the talks')).toMatchObject({ speaker: 'Ines Marlow', speaker_mention: 'Ines Marlow', speaker_start: at(text, 'Ines'), speaker_kind: 'person' });
  });

  test('a sentence whose opening phrase holds no name at all ("To put it mildly, …") is read, not thrown on', () => {
    const text = 'To put it mildly, the mayor was angry. “We were misled,” she said.';
    expect(quote(text, 'We were misled')).toMatchObject({ type: 'direct', text: 'We were misled,', start: at(text, 'We were'), cue: 'said' });
    expect(() => extractArticle('To say the least, it was over.')).not.toThrow();
  });
});

describe('"TITLE WORDS ROLE NAME of PLACE": a title of several words before the name', () => {
  test('"House Speaker NAME of PLACE put it plainly: “…”": the name is the speaker, not the place', () => {
    const text = 'House Speaker Dana Kowalczyk of Nevada put it plainly: “The bill is dead.”';
    expect(quote(text, 'The bill')).toMatchObject({
      type: 'direct', start: at(text, 'The bill'), speaker: 'Dana Kowalczyk', speaker_mention: 'Dana Kowalczyk',
      speaker_start: at(text, 'Dana'), speaker_kind: 'person', cue: 'put', cue_start: at(text, 'put'),
    });
  });

  test('"Senate Minority Leader NAME of PLACE said …": a three-word title too', () => {
    const text = 'Senate Minority Leader Dana Kowalczyk of Nevada said the bill was dead.';
    expect(quote(text, 'the bill')).toMatchObject({ type: 'indirect', speaker: 'Dana Kowalczyk', speaker_start: at(text, 'Dana'), cue: 'said' });
  });

  test('near miss: an organisation\'s name with "of" stays whole', () => {
    const text = 'The Royal Bank of Scotland said rates would rise.';
    expect(quote(text, 'rates')).toMatchObject({ speaker: 'Royal Bank of Scotland', speaker_kind: 'organization', cue: 'said' });
  });
});

describe('the office heading a body, named in apposition, is the speaker\'s role', () => {
  test('"The chief of BODY, NAME, said": the role is "chief"', () => {
    const text = 'The chief of Corran Ferries, Mei Lindqvist, said the crossings would resume in May.';
    expect(quote(text, 'the crossings')).toMatchObject({
      type: 'indirect', text: 'the crossings would resume in May', speaker: 'Mei Lindqvist', speaker_mention: 'Mei Lindqvist',
      speaker_start: at(text, 'Mei'), speaker_kind: 'person', cue: 'said', outlet: null, start: at(text, 'the crossings'),
    });
    expect(extractArticle(text, { id: 'r' }).entities.people[0]!.roles).toEqual(['chief']);
  });

  test('"The boss of BODY, NAME, said": the role is "boss"', () => {
    const text = 'The boss of Corran Ferries, Mei Lindqvist, said the crossings would resume in May.';
    expect(extractArticle(text, { id: 'r' }).entities.people[0]!.roles).toEqual(['boss']);
  });

  test('near miss: the body itself in apposition stays the speaker', () => {
    const text = 'The owner of the quay, Greyhound Records, said the crossings would resume in May.';
    expect(quote(text, 'the crossings')).toMatchObject({ speaker: 'Greyhound Records', speaker_kind: 'organization', cue: 'said' });
  });
});
