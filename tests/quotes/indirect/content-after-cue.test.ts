import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('a relative clause after the place a cue names', () => {
  test('describes the place and reports nothing: "said on the podcast, which was released …"', () => {
    const text = '“I never liked that chorus,” Mara Okafor said on the podcast, which was released on Tuesday.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['I never liked that chorus,']);
  });

  test('the content after it is still reported', () => {
    const text = 'Mara Okafor said in an interview, which aired on Sunday, that the ferry would run all winter.';
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would run all winter', type: 'indirect', speaker: 'Mara Okafor', cue: 'said' });
  });

  test('a clause after the comma with no relative pronoun is the content', () => {
    const text = 'Mara Okafor said on Tuesday, the ferry would run all winter.';
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would run all winter', speaker: 'Mara Okafor' });
  });
});

describe('a relative "that" on the noun of the place or medium after the cue', () => {
  test('"wrote in a post that has since been viewed …" reports nothing of the post', () => {
    const text = 'Ivo Marsh answered the next morning. "The song was mine before we ever met," Marsh wrote in a thread that has since been shared 40,000 times.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.type, q.text])).toEqual([['direct', 'The song was mine before we ever met,']]);
    expect(quotes[0]).toMatchObject({ speaker: 'Ivo Marsh', cue: 'wrote' });
  });

  test('"said in a statement that was released Monday that …": the content after the relative clause', () => {
    const text = 'Mara Okafor said in a statement that was released Monday that the ferry would run all winter.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry would run all winter', type: 'indirect', speaker: 'Mara Okafor', cue: 'said', start: 62, end: 92 });
  });

  test('a that-clause with a subject of its own after the place is still the content', () => {
    const text = 'Mara Okafor wrote in a post that the ferry would run all winter.';
    expect(quote(text, 'the ferry')).toMatchObject({ text: 'the ferry would run all winter', type: 'indirect', speaker: 'Mara Okafor', cue: 'wrote', start: 33, end: 63 });
  });
});

describe('a clause of time after the cue’s adverbial is when the speaking happened', () => {
  test('"conceded in a talk in Dayton, soon after the networks projected the result": nothing reported', () => {
    const text = 'Lena Marsh won the mayoral race. Tom Reyes conceded in a brief talk to volunteers in Dayton, soon after the networks projected the result.';
    expect(quotesOf(text).filter((q) => q.cue === 'conceded')).toHaveLength(0);
  });

  test('a clause after the adverbial’s comma that is no clause of time is still the content', () => {
    const text = 'Tom Reyes said in a brief talk to volunteers in Dayton, the count had been fair from the start.';
    expect(quote(text, 'the count had')).toMatchObject({ text: 'the count had been fair from the start', speaker: 'Tom Reyes', cue: 'said' });
  });
});

describe('a that-clause of a noun of evidence after the cue\'s object', () => {
  test('"warned that their data showed a link, not proof that …": one report, the warning\'s', () => {
    const text = 'The trial team at Dunmore Hospital published on Monday. But the team warned that their data showed a link, not proof that the pill itself eased pain.';
    const start = at(text, 'their data');
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'their data showed a link, not proof that the pill itself eased pain', speaker: 'the team', cue: 'warned', start, end: text.length - 1 }]);
  });

  test('"add to a body of evidence that …" reports nothing', () => {
    const text = 'Her survey of dog owners joins a body of evidence that daily walks, taken mostly for the dog, may also lower blood pressure.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('… while "said in a statement that …" and "showed that …" still report', () => {
    const text = 'Mara Okafor said in a statement that winter ferries would keep sailing daily.\n\nA county survey showed that most riders backed the levy.';
    expect(quote(text, 'winter ferries')).toMatchObject({ type: 'indirect', text: 'winter ferries would keep sailing daily', speaker: 'Mara Okafor', cue: 'said' });
    expect(quote(text, 'most riders')).toMatchObject({ type: 'indirect', text: 'most riders backed the levy', cue: 'showed' });
  });
});

describe('a thing told in place of a hearer', () => {
  test('"said she had told the joke fifty times at dinners …": the content is the whole clause after "said"', () => {
    const text = 'In an interview on Friday, Lena Voss said she had told the joke maybe fifty times at dinners but never on stage, because her father hated it.';
    const start = at(text, 'she had told');
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: text.slice(start, text.length - 1), speaker: 'Lena Voss', cue: 'said', start, end: text.length - 1 }]);
  });

  test('… while a hearer before the clause still gives the nested report', () => {
    const text = 'Lena Voss said she had told Ann maybe fifty times that the roof leaked.';
    expect(quote(text, 'the roof')).toMatchObject({ type: 'indirect', text: 'the roof leaked', cue: 'told', speaker: 'Lena Voss', start: at(text, 'the roof') });
  });
});

describe('"asked to be identified by his first name only" is a request for anonymity', () => {
  test('the request reports nothing; the name given speaks the report after it', () => {
    const text = 'A cook who asked to be identified by his first name only, Tomas, said the kitchen had closed early.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'the kitchen')).toMatchObject({
      text: 'the kitchen had closed early', type: 'indirect', start: at(text, 'the kitchen'), speaker: 'Tomas', speaker_mention: 'Tomas',
      speaker_start: at(text, 'Tomas'), cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('near miss: "asked to be named to the board" asks for a post and keeps its report', () => {
    const text = 'Grace Lindholm asked to be named to the harbour board, which she said needed a sailor.';
    expect(quotesOf(text).some((q) => q.cue === 'asked')).toBe(true);
  });
});

describe('an aside between commas right after the cue, up to sixteen words long', () => {
  test('a long aside still belongs to the content: "says, win or lose in …, he is staying"', () => {
    const text = 'The count went on. Tova Brink says, win or lose in the county primary next spring against the mayor, she is staying in the town.';
    expect(quote(text, 'win or lose')).toMatchObject({
      type: 'indirect', text: 'win or lose in the county primary next spring against the mayor, she is staying in the town', start: at(text, 'win or lose'),
      speaker: 'Tova Brink', speaker_mention: 'Tova Brink', cue: 'says', cue_start: at(text, 'says'),
    });
  });

  test('a long circumstance is stepped over to the that-clause', () => {
    const text = 'The pier is old. Ines Varga said, in a long note to the harbour board and the two ferry firms on Monday, that the pier would close.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker: 'Ines Varga', cue: 'said', start: at(text, 'the pier would') });
  });

  test('a clause joined by "and" between commas is no aside: nothing is reported past it', () => {
    expect(quotesOf('The count went on. Tova Brink says, and the crowd at the mill in the old town cheered, she is staying.').filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

// Two named people asked one question: both are hearers, and the question alone is reported.
describe('a question put to two named people', () => {
  test('"A reporter asked NAME and NAME whether …": the report is the question, without the second hearer', () => {
    const text = 'A reporter asked Becker and Lindqvist whether the club would move.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([
      expect.objectContaining({
        text: 'whether the club would move', start: at(text, 'whether'), end: at(text, 'whether') + 27,
        speaker: null, speaker_mention: 'A reporter', speaker_kind: 'anonymous', cue: 'asked',
      }),
    ]);
  });

  test('near miss: one person asked keeps the question as before', () => {
    const text = 'A reporter asked Becker whether the club would move.';
    expect(quote(text, 'whether')).toMatchObject({ type: 'indirect', text: 'whether the club would move', cue: 'asked' });
  });

  test('negative: "and" before a name with its own verb is no second hearer ("told Becker and Lindqvist agreed …")', () => {
    const text = 'A reporter told Becker and Lindqvist agreed to stay.';
    // (Skipping that "and" as a hearer's would leave the second person's verb phrase as the report.)
    expect(quotesOf(text).some((q) => q.text === 'agreed to stay')).toBe(false);
  });
});

describe('"that" after a preposition is its object\'s determiner, no complementizer', () => {
  test('"asked X about that decision; B": the content is the topic, not the clause after the semicolon', () => {
    const text = 'Reporters asked the coach about that decision; Mira Holt smiled and walked off.';
    expect(indirect(text)).toEqual(['about that decision']);
    expect(quote(text, 'about that')).toMatchObject({ type: 'indirect', start: at(text, 'about that'), cue: 'asked', speaker: 'Reporters' });
  });

  test('near miss: a that-clause after an adverbial of time, or after a verb\'s particle, is still the content', () => {
    const text = 'Ines Baro said after the vote that the depot would close.';
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', text: 'the depot would close', speaker: 'Ines Baro', cue: 'said' });
    const particle = 'Tom Vale pointed out that the ferry had sailed empty.';
    expect(quote(particle, 'the ferry')).toMatchObject({ type: 'indirect', text: 'the ferry had sailed empty', speaker: 'Tom Vale' });
  });
});

describe('"that" after a preposition with no noun after it opens the clause', () => {
  test('"said before that the ferry had been late twice": the clause is reported', () => {
    const text = 'Tom Marr said before that the ferry had been late twice.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ type: 'indirect', text: 'the ferry had been late twice', start: at(text, 'the ferry'), speaker: 'Tom Marr', cue: 'said' })]);
  });

  test('negative: "asked about that decision" keeps "that" the noun\'s determiner (no clause from "decision")', () => {
    const text = 'Tom Marr was asked about that decision; the crowd went quiet.';
    expect(quotesOf(text).map((q) => q.text)).not.toContain('decision; the crowd went quiet');
  });
});

describe('a named subject right after the hearer opens the content (no "that")', () => {
  test('after a common-noun hearer: "told reporters Harris was ahead"', () => {
    const text = 'Mia Cole told reporters Harris was ahead in the suburbs.';
    expect(quote(text, 'Harris was')).toMatchObject({ text: 'Harris was ahead in the suburbs', type: 'indirect', speaker: 'Mia Cole', cue: 'told', outlet: null });
  });

  test('after an outlet: "told Reuters Beijing would respond" keeps the name in the content', () => {
    const text = 'Trade envoy Li Chen told Reuters Beijing would respond within a week.';
    expect(quote(text, 'Beijing would')).toMatchObject({ text: 'Beijing would respond within a week', speaker: 'Li Chen', cue: 'told', outlet: 'Reuters' });
  });

  test('a place that is no part of the outlet opens the content: "told the BBC Scotland had …"', () => {
    const text = 'Dana Pike told the BBC Scotland had been ignored for a decade.';
    expect(quote(text, 'Scotland had')).toMatchObject({ text: 'Scotland had been ignored for a decade', speaker: 'Dana Pike', outlet: 'BBC' });
  });

  test('a day between the hearer and the name stays out of the content: "told reporters Friday Ruiz would resign"', () => {
    expect(indirect('Lena Ortiz told reporters Friday Ruiz would resign within the month.')).toEqual(['Ruiz would resign within the month']);
    const text = 'Lena Ortiz told CNN Friday Ruiz would resign within the month.';
    expect(quote(text, 'Ruiz would')).toMatchObject({ text: 'Ruiz would resign within the month', outlet: 'CNN' });
  });

  test('a day after the hearer is not a subject: "told reporters Monday the plan was dead"', () => {
    const text = 'Ortiz told reporters Monday the plan was dead.';
    expect(indirect(text)).toEqual(['the plan was dead']);
  });

  test('a named hearer after the outlet kind stays the hearer: "told state broadcaster NRK the plan …"', () => {
    const text = 'Ortiz told state broadcaster NRK the plan was dead.';
    expect(quote(text, 'the plan')).toMatchObject({ text: 'the plan was dead', outlet: 'NRK' });
  });
});

describe('a programme title set off after its kind word belongs to the adverbial, not the content', () => {
  test('"said on her show, “TITLE with NAME,” that …" and "said on her show, “TITLE,” CLAUSE"', () => {
    const text = 'Hana Obi said on her show, "Late Lane with Ruth Bell," that the mayor had resigned. Ivo Kask said on his podcast, "Harbor Hours," the ferry would stop running.';
    expect(quote(text, 'the mayor had')).toMatchObject({
      text: 'the mayor had resigned', start: at(text, 'the mayor'), type: 'indirect', speaker: 'Hana Obi', cue: 'said', outlet: 'Late Lane with Ruth Bell',
    });
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would stop running', type: 'indirect', speaker: 'Ivo Kask', outlet: 'Harbor Hours' });
  });

  test('a title and no clause after it reports nothing (negative case)', () => {
    expect(indirect('Hana Obi said on her show, "Late Lane," on Friday.')).toEqual([]);
  });
});

describe('an amount word as the object of a cue', () => {
  test('"said little as he left" reports nothing', () => {
    const text = 'Tomas Varga said little as he left the town hall on Friday.';
    expect(indirect(text)).toEqual([]);
  });

  test('"said nothing", "said more than …" report nothing either', () => {
    expect(indirect('Greta Lind said nothing as she boarded the ferry.')).toEqual([]);
    expect(indirect('Greta Lind said more than she had planned to.')).toEqual([]);
  });

  test('an amount word with its own verb opens a clause said', () => {
    const text = 'Tomas Varga said little had changed since the flood.';
    expect(quote(text, 'little had')).toMatchObject({ text: 'little had changed since the flood', type: 'indirect', speaker: 'Tomas Varga', cue: 'said' });
  });
});

describe('a thing asked of a hearer', () => {
  test('"asked her father for his blessing, which …" is no report; the report around it stays', () => {
    const text = 'Nadia Ruiz said Paul Okoro had asked her father for his blessing on a phone call, which her father took from a ski lift.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.type, q.text])).toEqual([['indirect', 'Paul Okoro had asked her father for his blessing on a phone call, which her father took from a ski lift']]);
    expect(quotes[0]).toMatchObject({ speaker: 'Nadia Ruiz', cue: 'said' });
  });
});

describe('an amount after "more than"', () => {
  test('opens the subject of the clause said', () => {
    const text = 'Tomas Varga said more than 2,000 jobs had been lost at the port.';
    expect(quote(text, 'more than')).toMatchObject({ text: 'more than 2,000 jobs had been lost at the port', type: 'indirect', speaker: 'Tomas Varga', cue: 'said' });
  });
});

describe('a state declared is an act, not a clause said: "declared an emergency"', () => {
  const reports = (text: string) => quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue]);
  test('"declared an emergency and turned back, harbour master Lena Holt said" is the harbour master\'s report only', () => {
    expect(reports('The skipper declared an emergency and turned back to port, harbour master Lena Holt said.')).toEqual([['indirect', 'The skipper declared an emergency and turned back to port', 'Lena Holt', 'said']]);
    expect(reports('Governor Ada Voss declared a state of emergency on Friday.')).toEqual([]);
  });

  test('negative: a clause declared is still a report', () => {
    expect(reports('Ada Voss declared the harbour levy would pass.')).toEqual([['indirect', 'the harbour levy would pass', 'Ada Voss', 'declared']]);
  });

  test('"declared a major incident and opened shelters", "declared bankruptcy": an alarm or a state declared, no report', () => {
    expect(reports('The district board declared a major incident and opened two shelters.')).toEqual([]);
    expect(reports('The ferry firm declared bankruptcy in March.')).toEqual([]);
  });

  test('negative: "declared that the incident was over" is a clause said', () => {
    const text = 'The harbour master declared that the incident was over.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.speaker_mention, q.cue])).toEqual([['indirect', 'the incident was over', at(text, 'the incident'), 'The harbour master', 'declared']]);
  });
});

describe('a hyphenated word in the hearer or the one asked is one word', () => {
  test('"asked several large state-owned firms to pause orders": the content opens with the firms, not inside "state-owned"', () => {
    const text = 'The harbour union asked several large state-owned firms to pause orders.';
    const q = quote(text, 'several large');
    expect(q).toMatchObject({ text: 'several large state-owned firms to pause orders', type: 'indirect', speaker: 'The harbour union', cue: 'asked' });
    expect(q.start).toBe(text.indexOf('several large'));
    expect(indirect(text).some((t) => t.startsWith('owned'))).toBe(false);
  });

  test('"asked the well-known board to delay the vote" keeps the board whole', () => {
    expect(indirect('The harbour union asked the well-known board to delay the vote.')).toEqual(['the well-known board to delay the vote']);
  });

  test('negative: after "told state-run media" the clause is still the content', () => {
    expect(quote('Mara Okafor told state-run media the ferry would run all winter.', 'the ferry')).toMatchObject({ text: 'the ferry would run all winter', speaker: 'Mara Okafor', cue: 'told' });
  });
});

describe('a result an authority declares of someone', () => {
  test('"declared Lee the winner, but her rival said …" reports only the rival\'s clause', () => {
    const text = 'The county board declared Maria Lopez of the Harbour Party the winner of the race on Sunday, but her two rivals disputed the count and said they would go to court.';
    const reports = quotesOf(text).filter((q) => q.cue === 'said');
    expect(reports.map((q) => q.text)).toEqual(['they would go to court']);
    expect(reports[0]).toMatchObject({ type: 'indirect', speaker_mention: 'two rivals', cue: 'said' });
    expect(quotesOf(text).some((q) => q.cue === 'declared')).toBe(false);
  });

  test('"declared the pier would close" is still a clause said', () => {
    const text = 'Mayor Ana Ruiz declared the pier would close for good.';
    expect(quote(text, 'the pier')).toMatchObject({ text: 'the pier would close for good', speaker: 'Ana Ruiz', cue: 'declared' });
  });

  test('near miss: "declared the winners would receive …" — a verb after the title makes it a clause said', () => {
    const text = 'The chairman declared the winners would receive their prizes on Friday.';
    expect(quote(text, 'the winners')).toMatchObject({ text: 'the winners would receive their prizes on Friday', type: 'indirect', speaker_mention: 'The chairman', cue: 'declared' });
  });

  test('near miss: "declared the champions of last season were finished" — past the "of" phrase a verb follows', () => {
    const text = 'Coach Ana Ruiz declared the champions of last season were finished as a force.';
    expect(quote(text, 'the champions')).toMatchObject({ text: 'the champions of last season were finished as a force', speaker: 'Ana Ruiz', cue: 'declared' });
  });

  test('"declared Lee the winner of the 2019 race on Monday" is still no report', () => {
    expect(quotesOf('The commission declared Lee the winner of the 2019 race on Monday.')).toEqual([]);
  });
});

describe('a past form inside a hyphenated modifier after "adding"', () => {
  test('"adding a broken-heart emoji" is no clause added', () => {
    const text = '“We will miss him,” forward Lena Ortiz wrote, adding a broken-heart emoji.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker])).toEqual([['direct', 'We will miss him,', 'Lena Ortiz']]);
  });
});

describe('an adverbial after "that" before a subject of joined nouns', () => {
  test('"reported on Monday that at least 300 nurses and midwives would …" reports the clause', () => {
    const text = 'The Guardian reported on Monday that at least 300 nurses and midwives would lose their posts.';
    expect(quote(text, 'at least')).toMatchObject({ text: 'at least 300 nurses and midwives would lose their posts', type: 'indirect', speaker: 'The Guardian', cue: 'reported', outlet: 'The Guardian', start: 37, end: 92 });
  });
  test('… and "or" joins two nouns the same way: "that at least 300 nurses or midwives would …"', () => {
    const text = 'The Guardian reported on Monday that at least 300 nurses or midwives would lose their posts.';
    expect(quote(text, 'at least')).toMatchObject({ text: 'at least 300 nurses or midwives would lose their posts', type: 'indirect', speaker: 'The Guardian', cue: 'reported' });
  });
});

describe('"that" after the object of a cue that takes no hearer', () => {
  test('before a verb it opens a relative clause on the object: "questioned a county rule that bans …"', () => {
    const text = 'Judges on Tuesday sharply questioned a county rule that bans kites near the airport.';
    expect(indirect(text)).toEqual(['a county rule that bans kites near the airport']);
    expect(quote(text, 'a county rule')).toMatchObject({ start: at(text, 'a county rule'), speaker_mention: 'Judges', cue: 'questioned' });
  });

  test('near miss: after a hearer a that-clause is the content: "warned the council that costs would rise"', () => {
    const text = 'Mara Okafor warned the council that costs would rise.';
    expect(quote(text, 'costs would')).toMatchObject({ text: 'costs would rise', start: at(text, 'costs would'), speaker: 'Mara Okafor', cue: 'warned' });
  });
});

describe('"that" before a count qualifier tagged a preposition ("that at least …", "that about …")', () => {
  test('is the complementizer, left out of the content, whatever comes after the count', () => {
    const text = 'The Guardian reported that at least nine villages, including Vathy, have asked for fuel.';
    expect(quote(text, 'at least')).toMatchObject({ text: 'at least nine villages, including Vathy, have asked for fuel', type: 'indirect', speaker: 'The Guardian', cue: 'reported', outlet: 'The Guardian', start: 27, end: 87 });
  });

  test('… also before a verb the clause rules would read as a cue of evidence ("showed")', () => {
    const text = 'Dara Quill reported that at least 12 photos showed signs of editing.';
    expect(quote(text, 'at least')).toMatchObject({ text: 'at least 12 photos showed signs of editing', type: 'indirect', speaker: 'Dara Quill', cue: 'reported', start: 25, end: 67 });
  });

  test('near miss: "that" before a preposition with no count stays a pronoun object, nothing reported', () => {
    expect(quotesOf('Dara Quill learned that from a memo sent by the board.')).toEqual([]);
  });
});
