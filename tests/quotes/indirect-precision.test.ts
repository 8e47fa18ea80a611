import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('indirect speech: the day named after the cue', () => {
  test('"said Monday CLAUSE" reports the clause without the day', () => {
    const text = 'The hall was full. Councillor Abel Finch said Monday the zoning board would meet again in June.';
    expect(quote(text, 'the zoning board')).toMatchObject({
      type: 'indirect', text: 'the zoning board would meet again in June', start: at(text, 'the zoning board'),
      speaker: 'Abel Finch', speaker_mention: 'Abel Finch', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('a day and a participle after a quotation\'s frame report nothing more', () => {
    const text = 'The harbour reopened. “The ferry will sail again,” harbour master Lena Ortiz said Tuesday night, drawing cheers from the dock crowd.';
    expect(quote(text, 'The ferry will')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', cue: 'said' });
    expect(indirect(text)).toEqual([]);
  });

  test('a day and a place after a quotation\'s frame report nothing', () => {
    const text = 'The vote was close. “We will build the pier,” Mayor Tom Keel said Sunday in Rockport as the crowd cheered.';
    expect(quote(text, 'We will build')).toMatchObject({ type: 'direct', speaker: 'Tom Keel', cue: 'said' });
    expect(indirect(text)).toEqual([]);
  });

  test('a day\'s thing is the content\'s subject: "said Monday\'s vote …"', () => {
    const text = 'The hall was full. Councillor Abel Finch said Monday\'s vote on the zoning plan was a mistake.';
    expect(quote(text, 'Monday\'s vote')).toMatchObject({ type: 'indirect', text: 'Monday\'s vote on the zoning plan was a mistake', speaker: 'Abel Finch', cue: 'said' });
  });

  test('a day with its own verb is the content\'s subject: "said Tuesday is the last day …"', () => {
    const text = 'The hall was full. Mayor Tom Keel said Tuesday is the last day to file an objection.\n\nKeel said tonight would be the last sailing.';
    expect(quote(text, 'Tuesday is')).toMatchObject({
      type: 'indirect', text: 'Tuesday is the last day to file an objection', start: at(text, 'Tuesday is'), speaker: 'Tom Keel', cue: 'said', cue_start: at(text, 'said Tuesday'),
    });
    expect(quote(text, 'tonight would')).toMatchObject({ type: 'indirect', text: 'tonight would be the last sailing', speaker: 'Tom Keel', cue: 'said' });
  });

  test('a possessive after the part of the day keeps the day: "said Sunday night\'s vote …"', () => {
    const text = 'The hall was full. Councillor Abel Finch said Sunday night\'s vote on the ferry tolls was a mistake.';
    expect(quote(text, 'Sunday night')).toMatchObject({ type: 'indirect', text: 'Sunday night\'s vote on the ferry tolls was a mistake', speaker: 'Abel Finch', cue: 'said' });
  });

  test('an aside between commas after the day is stepped over: "said Monday, in a letter, CLAUSE"', () => {
    const text = 'The hall was full. Mayor Tom Keel said Monday, in a note to harbour staff, the pier would close in June.\n\nKeel said Friday, however, the ferry would keep sailing.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close in June', start: at(text, 'the pier would'), speaker: 'Tom Keel', cue: 'said' });
    expect(quote(text, 'the ferry would')).toMatchObject({ type: 'indirect', text: 'the ferry would keep sailing', speaker: 'Tom Keel', cue: 'said' });
  });
});

describe('indirect speech: an account after the adverbial of a frame', () => {
  test('"said at X, according to Y, that CLAUSE" reports the clause', () => {
    const text = 'The school term ended. Irma Volk said at a meeting in Dunmore, according to a recording of the session, that the school would close.';
    expect(quote(text, 'the school would')).toMatchObject({ type: 'indirect', text: 'the school would close', speaker: 'Irma Volk', cue: 'said', cue_start: at(text, 'said') });
  });

  test('"…,” X said at Y, according to Z." reports nothing of X\'s after the quotation', () => {
    const text = 'The port was quiet. “Nobody wants the toll,” Irma Volk said at a meeting in Dunmore, according to the Dunmore Courier.';
    expect(quote(text, 'Nobody wants')).toMatchObject({ type: 'direct', speaker: 'Irma Volk', cue: 'said' });
    expect(indirect(text).filter((q) => q.cue === 'said')).toEqual([]);
  });
});

describe('indirect speech: the source named after "according to"', () => {
  test('a name opening the clause after "according to the tally," is no apposition of the source', () => {
    const text = 'The ferry vote was close. According to the tally, Reyes widens her margin to six votes in the harbour ward.';
    expect(quote(text, 'Reyes widens')).toMatchObject({
      type: 'indirect', text: 'Reyes widens her margin to six votes in the harbour ward', start: at(text, 'Reyes widens'),
      speaker: null, speaker_mention: 'the tally', speaker_start: at(text, 'the tally'), cue: 'According to',
    });
  });

  test('after the one-word "Per", a name opening the clause is the clause\'s subject, not the source', () => {
    const text = 'The hearing ended early. Per her counsel, Dunmore will contest the fine in March.';
    expect(quote(text, 'Dunmore will')).toMatchObject({
      type: 'indirect', text: 'Dunmore will contest the fine in March', start: at(text, 'Dunmore will'),
      speaker: null, speaker_mention: 'her counsel', speaker_start: at(text, 'her counsel'), cue: 'Per', cue_start: at(text, 'Per'),
    });
  });

  test('after "Per", a name set off by commas after the source still names it', () => {
    const text = 'The hearing ended early. Per the court clerk, Nadia Voss, the fine will stand until the appeal is heard.';
    expect(quote(text, 'the fine will')).toMatchObject({ type: 'indirect', text: 'the fine will stand until the appeal is heard', speaker: 'Nadia Voss', speaker_mention: 'Nadia Voss', cue: 'Per' });
  });

  test('a name set off by commas after the source still names it', () => {
    const text = 'The pier will close in May, according to the port\'s spokesman, Ivo Brandt, who spoke on Monday.\n\nThe ferry will stop in June, said the harbour director, Ruth Okafor.';
    expect(quote(text, 'The pier will')).toMatchObject({ type: 'indirect', text: 'The pier will close in May', speaker: 'Ivo Brandt', speaker_mention: 'Ivo Brandt', cue: 'according to' });
    expect(quote(text, 'The ferry will')).toMatchObject({ type: 'indirect', text: 'The ferry will stop in June', speaker: 'Ruth Okafor', speaker_mention: 'Ruth Okafor', cue: 'said' });
  });

  test('after "said the director," a name going on with a time or a participle still names the speaker', () => {
    const text = '“The pier will close,” said the port’s director, Ruth Okafor last week.\n\n“The ferry will stop,” said the harbour chief, Ivo Brandt speaking at the dock.';
    expect(quote(text, 'The pier')).toMatchObject({ type: 'direct', text: 'The pier will close,', speaker: 'Ruth Okafor', speaker_mention: 'Ruth Okafor', speaker_start: at(text, 'Ruth'), cue: 'said' });
    expect(quote(text, 'The ferry')).toMatchObject({ type: 'direct', text: 'The ferry will stop,', speaker: 'Ivo Brandt', speaker_mention: 'Ivo Brandt', cue: 'said' });
  });
});

describe('indirect speech: evidence before a participle cue', () => {
  test('"with new polls showing …" reports the polls, not the sentence\'s subject', () => {
    const text = 'Councillor Ana Reyes has lost ground in the harbour ward, with new polls showing that her lead over the board has vanished.';
    expect(quote(text, 'her lead over')).toMatchObject({
      type: 'indirect', text: 'her lead over the board has vanished', speaker: null, speaker_mention: 'new polls', speaker_start: at(text, 'new polls'), cue: 'showing', cue_start: at(text, 'showing'),
    });
  });

  test('evidence a person cites is still that person\'s report', () => {
    const text = 'Councillor Ana Reyes quoted ferry data showing that the fares had doubled since the spring.';
    expect(quote(text, 'the fares had')).toMatchObject({ type: 'indirect', text: 'the fares had doubled since the spring', speaker: 'Ana Reyes', cue: 'showing' });
  });

  test('evidence after a passive\'s "by" speaks for itself: "backed by new polls showing …"', () => {
    const text = 'The ferry board met. Ana Reyes, backed by new polls showing her well ahead, kept campaigning.';
    expect(quote(text, 'her well')).toMatchObject({ type: 'indirect', speaker_mention: 'new polls', cue: 'showing' });
  });

  test('evidence after a verb\'s own preposition is still the subject\'s: "pointed to an audit showing …"', () => {
    const text = 'The ferry board met. Ana Reyes pointed to a state audit showing that fares had doubled since the spring.';
    expect(quote(text, 'fares had')).toMatchObject({
      type: 'indirect', text: 'fares had doubled since the spring', speaker: 'Ana Reyes', speaker_mention: 'Ana Reyes', speaker_start: at(text, 'Ana Reyes'), cue: 'showing', cue_start: at(text, 'showing'),
    });
  });
});

describe('indirect speech: the subject a coordinated cue shares', () => {
  test('a cue after ", and" shares the main clause\'s subject, not one inside its object\'s that-clause', () => {
    const text = 'Councillor Ana Reyes scoffed at the forecast that Dunmore would lose its ferry by June, and blamed the port board for the delays.';
    expect(quote(text, 'the port board')).toMatchObject({
      type: 'indirect', text: 'the port board for the delays', speaker: 'Ana Reyes', speaker_mention: 'Ana Reyes', speaker_start: at(text, 'Ana Reyes'), cue: 'blamed', cue_start: at(text, 'blamed'),
    });
  });

  test('a plain coordinated cue still shares the subject', () => {
    const text = 'Ana Reyes toured the docks and said the pier would close in June.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close in June', speaker: 'Ana Reyes', cue: 'said' });
  });
});

describe('indirect speech: a clause of time after a quotation\'s frame', () => {
  test('"“…,” X said as CLAUSE" reports nothing beside the quotation', () => {
    const text = 'The harbour reopened. “We will sail at dawn,” harbour master Lena Ortiz said as she left the pier.';
    expect(quote(text, 'We will sail')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', cue: 'said', cue_start: at(text, 'said') });
    expect(indirect(text)).toEqual([]);
  });

  test('… nor after an adverbial and a comma: "told the crew at the dock, while …"', () => {
    const text = 'The harbour reopened. “We will sail at dawn,” harbour master Lena Ortiz told the crew at the dock, while the gulls circled overhead.';
    expect(quote(text, 'We will sail')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', cue: 'told' });
    expect(indirect(text)).toEqual([]);
  });

  test('"after" as a preposition ends an adverbial: "said after the meeting she would …" reports the clause', () => {
    const text = 'The ferry board met. “We lost,” Mayor Tom Keel said after the meeting she would appeal the ruling.\n\n“We won,” Ivo Brandt said before voting closed.';
    expect(quote(text, 'she would')).toMatchObject({
      type: 'indirect', text: 'she would appeal the ruling', start: at(text, 'she would'), speaker: 'Tom Keel', cue: 'said', cue_start: at(text, 'said after'),
    });
    expect(indirect(text).filter((q) => q.speaker === 'Ivo Brandt')).toEqual([]);
  });

  test('a question after "when asked" and a frame with no quotation are left alone', () => {
    const text = 'The harbour reopened. “We will sail at dawn,” harbour master Lena Ortiz said when asked whether the pier would close.\n\nHarbour master Lena Ortiz said as the ferry docked that the pier would close.';
    expect(quote(text, 'when asked')).toMatchObject({ type: 'indirect', text: 'when asked whether the pier would close', speaker: 'Lena Ortiz', cue: 'said' });
    expect(quote(text, 'the pier would close')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker: 'Lena Ortiz', cue: 'said' });
  });
});

describe('indirect speech: the quotation before a frame is in its own sentence', () => {
  test('the last sentence\'s closing mark does not make a frame a quotation\'s', () => {
    const text = 'The ferry board met. Keel said: “We will sail.” Lena Ortiz said as the ferry docked that the pier would close.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker: 'Lena Ortiz', cue: 'said', cue_start: at(text, 'said as') });
    const left = 'The ferry board met. Keel said: “We will sail.” Lena Ortiz said as she left the hall that the ferry would stop in June.';
    expect(quote(left, 'the ferry would')).toMatchObject({ type: 'indirect', text: 'the ferry would stop in June', start: at(left, 'the ferry would'), speaker: 'Lena Ortiz', cue: 'said' });
    // After the clause of time, "that" before a singular noun is its determiner, not the report's "that".
    const video = 'The ferry board met. Lena Ortiz said as she watched that video the whole board looked worried.';
    expect(indirect(video).map((q) => q.text)).toEqual(['as she watched that video the whole board looked worried']);
    // … but a quotation ending in "?" split off before its frame is still the frame's.
    const asked = 'The ferry board met. “Too late?” Lena Ortiz asked as the ferry docked.';
    expect(quote(asked, 'Too late?')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', cue: 'asked' });
    expect(indirect(asked)).toEqual([]);
  });
});

describe('indirect speech: the hearer of a quotation\'s "told"', () => {
  test('"“…,” X told a crowd gathered on the pier" reports nothing beside the quotation', () => {
    const text = 'The harbour reopened. “We sail at dawn,” harbour master Lena Ortiz told a crowd gathered on the pier.';
    expect(quote(text, 'We sail at dawn')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', cue: 'told', cue_start: at(text, 'told') });
    expect(indirect(text)).toEqual([]);
  });

  test('a clause after the hearer is still reported, with or without a quotation before', () => {
    const text = 'The harbour reopened. “We sail at dawn,” Lena Ortiz told the crew, and she warned that the pier would close.\n\nLena Ortiz told a crowd on the pier that the ferry would sail at dawn.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close', speaker: 'Lena Ortiz', speaker_mention: 'she', cue: 'warned' });
    expect(quote(text, 'the ferry would')).toMatchObject({ type: 'indirect', text: 'the ferry would sail at dawn', speaker: 'Lena Ortiz', cue: 'told' });
  });

  test('a clause with its own subject after the hearer is reported: "told reporters the pier would close"', () => {
    const text = 'The harbour reopened. “We sail at dawn,” Lena Ortiz told reporters the pier would close in June.\n\n“The fund is sound,” Ivo Brandt told workers their pensions were safe.';
    expect(quote(text, 'the pier would')).toMatchObject({
      type: 'indirect', text: 'the pier would close in June', start: at(text, 'the pier would'), speaker: 'Lena Ortiz', speaker_mention: 'Lena Ortiz', cue: 'told', cue_start: at(text, 'told reporters'),
    });
    expect(quote(text, 'their pensions')).toMatchObject({ type: 'indirect', text: 'their pensions were safe', speaker: 'Ivo Brandt', cue: 'told' });
  });

  test('"when asked" in the next sentence does not turn the hearer into a report', () => {
    const text = 'The harbour reopened. “We sail at dawn,” Lena Ortiz told a crowd gathered on the pier. When asked about the tolls, she shrugged.';
    expect(quote(text, 'We sail at dawn')).toMatchObject({ type: 'direct', speaker: 'Lena Ortiz', cue: 'told' });
    expect(indirect(text).filter((q) => q.cue === 'told')).toEqual([]);
  });

  test('… also after a coordinated "told"', () => {
    const text = 'The ferry board met. “We sail at dawn,” Lena Ortiz said, and later told reporters the pier would close in June.';
    expect(quote(text, 'the pier would')).toMatchObject({ type: 'indirect', text: 'the pier would close in June', speaker: 'Lena Ortiz', cue: 'told' });
  });
});

describe('indirect speech: a name ending in "-ed" opening the sentence', () => {
  test('a name its apposition follows is the subject, not an opening participle', () => {
    const text = 'The ferry board met. Hameed, the union leader, walked out of the talks, saying the offer was an insult.';
    expect(quote(text, 'the offer was')).toMatchObject({
      type: 'indirect', text: 'the offer was an insult', speaker: 'Hameed', speaker_mention: 'Hameed', speaker_start: at(text, 'Hameed'), cue: 'saying', cue_start: at(text, 'saying'),
    });
    // … while an opening participle before the subject is still stepped over.
    const frustrated = 'The ferry board met. Frustrated, Lena Ortiz walked out of the talks, saying the offer was an insult.';
    expect(quote(frustrated, 'the offer was')).toMatchObject({ type: 'indirect', text: 'the offer was an insult', speaker: 'Lena Ortiz', speaker_mention: 'Lena Ortiz', cue: 'saying' });
  });
});

describe('"asked not to be named" is a request for anonymity', () => {
  test('it reports nothing of the source', () => {
    const text = '“We need more pumps,” said a fire commander in Port Elwin, who asked not to be named because he was not allowed to speak.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['We need more pumps,', 'direct']]);
  });

  test('"asked not to be identified" the same', () => {
    const text = 'A harbour pilot, who asked not to be identified since the inquiry is open, said the crane had failed twice.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the crane had failed twice']);
  });

  test('another request after "asked not to be" is still reported (negative case)', () => {
    const text = 'Mara Okafor asked not to be moved to the night shift.';
    expect(quote(text, 'be moved')).toMatchObject({ text: 'be moved to the night shift', type: 'indirect', speaker: 'Mara Okafor', cue: 'asked', cue_start: at(text, 'asked') });
  });
});
