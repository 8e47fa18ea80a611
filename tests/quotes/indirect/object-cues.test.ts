import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('an object cue whose object stands before it', () => {
  test('"what he described as a recording …" labels the thing shared, nobody\'s report', () => {
    const text = 'Tomas Garrow then posted what he described as a recording of the two of them in a Denver studio.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('"what his aides call a …": the same with a possessive subject', () => {
    const text = 'Mara Okafor named three new backers, in what her aides describe as a turning point for the ferry campaign.';
    expect(quotesOf(text).filter((q) => q.cue === 'describe')).toEqual([]);
  });

  test('the object after the cue is still reported: "described the toll as a tax on renters"', () => {
    const text = 'Mara Okafor described the toll as a tax on renters.';
    expect(quote(text, 'the toll')).toMatchObject({ text: 'the toll as a tax on renters', type: 'indirect', speaker: 'Mara Okafor', cue: 'described', start: 22, end: 50 });
  });
});

describe('an object cue in a sense that is no speech, by its object', () => {
  test('"has voiced characters in …" is a performer\'s work', () => {
    const text = 'Lena Farrow-Pike, who has voiced characters in more than 20 cartoon series, spoke on Friday.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('any noun of that sense right after the verb: "voiced commercials for …"', () => {
    expect(quotesOf('Lena Farrow-Pike voiced commercials for the harbour board last year.')).toEqual([]);
  });

  test('a character\'s name as the object is that sense too', () => {
    expect(quotesOf('Lena Farrow-Pike voiced Captain Hollis in the sequel.')).toEqual([]);
  });

  test('"hailed a cab as she left …" waves a vehicle down: "as" opens a clause of time, no label', () => {
    expect(quotesOf('Ines Varga hailed a cab as she left the courthouse.')).toEqual([]);
    expect(quotesOf('Ines Varga hailed a cab.')).toEqual([]);
  });

  test('"hailed the ruling as a victory" is still a report', () => {
    const text = 'Ines Varga hailed the ruling as a victory.';
    expect(quote(text, 'the ruling')).toMatchObject({ text: 'the ruling as a victory', type: 'indirect', speaker: 'Ines Varga', cue: 'hailed', start: 18, end: 41 });
  });

  test('"voiced concern about …" is still a report', () => {
    const text = 'Lena Farrow-Pike voiced concern about the new contracts.';
    expect(quote(text, 'concern')).toMatchObject({ text: 'concern about the new contracts', type: 'indirect', speaker: 'Lena Farrow-Pike', cue: 'voiced', start: 24, end: 55 });
  });

  test('"dismissed his transport minister …" is a leader firing an office holder', () => {
    expect(quotesOf('Premier Oskar Lind dismissed his transport minister in a dispute over the ferry budget.')).toEqual([]);
  });

  test('"dismissed Reed as …" still gives a judgment of a named person', () => {
    const text = 'Oskar Lind dismissed Tomas Brandt as a careerist.';
    expect(quote(text, 'Tomas Brandt')).toMatchObject({ text: 'Tomas Brandt as a careerist', type: 'indirect', speaker: 'Oskar Lind', cue: 'dismissed', start: 21, end: 48 });
  });

  test('"dismissed the minister as …" still gives a judgment', () => {
    const text = 'Oskar Lind dismissed the minister as a careerist.';
    expect(quote(text, 'the minister')).toMatchObject({ text: 'the minister as a careerist', type: 'indirect', speaker: 'Oskar Lind', cue: 'dismissed', start: 21, end: 48 });
  });

  test('"voiced Republicans’ anger …": a name in the possessive only qualifies the reported object', () => {
    const text = 'Lena Farrow-Pike voiced Republicans’ anger over the toll on Friday.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start, q.end])).toEqual([
      ['Republicans’ anger over the toll on Friday', 'indirect', 'Lena Farrow-Pike', 'voiced', 24, 66],
    ]);
  });

  test('"voiced Tam’s sister Juno": the noun owned by the name heads the object, a part played', () => {
    expect(quotesOf('Mira Castell voiced Tam’s sister Juno in the second film.')).toEqual([]);
    expect(quotesOf('Mira Castell voiced Tam’s loyal sister.')).toEqual([]);
  });
});

describe('a passive that tells who put a thing forward', () => {
  test('"A second slipway was proposed by Commissioner …" reports no words', () => {
    const text = 'The harbour board sat late on Friday. A second slipway was proposed by Commissioner Lio Marsh.';
    expect(quotesOf(text)).toEqual([]);
  });

  test('… while a passive of judging still gives the agent\'s view', () => {
    const text = 'The council met on Tuesday. The mayor was criticized by two council members for the delay.';
    expect(quote(text, 'The mayor')).toMatchObject({ type: 'indirect', text: 'The mayor was criticized by two council members for the delay', speaker_mention: 'two council members', cue: 'criticized' });
  });
});

describe('an object cue in a second that-clause is the earlier cue\'s report', () => {
  test('"told X that A “…” and that the members had criticized B": the members report nothing (the clause is the teller\'s)', () => {
    const text = 'The union lawyer, Paul Dane, told the Ledger that the talks had been “going nowhere” and that the members had criticized the offer.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([['going nowhere', 'partial', 'Paul Dane', 'told'], ['the members had criticized the offer', 'indirect', 'Paul Dane', 'told']]);
    expect(quote(text, 'going')).toMatchObject({ start: at(text, 'going'), speaker_mention: 'Paul Dane', speaker_start: at(text, 'Paul Dane') });
  });

  test('near miss: the same words as a sentence of their own are the members\' object cue', () => {
    const text = 'The union lawyer, Paul Dane, told the Ledger that the talks were stalled. The members had criticized the offer.';
    expect(quote(text, 'the offer')).toMatchObject({ type: 'indirect', speaker_mention: 'The members', cue: 'criticized', start: at(text, 'the offer') });
  });
});

describe('an object cue set off by commas has no object after it', () => {
  test('"…, the logs show, while a second count listed 12": the clause after the comma is the writer\'s', () => {
    const text = 'The depot recorded 90 breakdowns in the spring, the logs show, while a count it gave the council listed 12.';
    expect(quotesOf(text).filter((q) => q.cue === 'show')).toEqual([]);
  });

  test('"A, Reyes said, while B": the speaker\'s clause ends before the writer\'s contrast', () => {
    const text = 'The quay lost money every winter, Tavaro said, while the council blamed the storms.';
    expect(quote(text, 'The quay')).toMatchObject({ type: 'indirect', text: 'The quay lost money every winter', start: 0, end: text.indexOf(', Tavaro'), speaker: 'Tavaro', cue: 'said' });
  });

  test('a contrast that closes at a comma is an aside: the object follows it', () => {
    const levy = 'The mayor proposed, though not for the first time, a toll on the bridge.';
    expect(quotesOf(levy).map((q) => [q.type, q.text, q.speaker_mention, q.cue, q.start])).toEqual([['indirect', 'a toll on the bridge', 'The mayor', 'proposed', levy.indexOf('a toll')]]);
    const watched = 'The mayor proposed, while the council watched, a toll on the bridge.';
    expect(quotesOf(watched).map((q) => [q.text, q.cue, q.start])).toEqual([['a toll on the bridge', 'proposed', watched.indexOf('a toll')]]);
    const plan = 'Tavaro criticized, but did not reject, the plan to sell the quay.';
    expect(quotesOf(plan).map((q) => [q.text, q.speaker, q.cue, q.start])).toEqual([['the plan to sell the quay', 'Tavaro', 'criticized', plan.indexOf('the plan')]]);
  });

  test('negative: evidence before its own object still shows it', () => {
    const text = 'The logs show the depot recorded 90 breakdowns in the spring.';
    expect(quote(text, 'the depot')).toMatchObject({ type: 'indirect', text: 'the depot recorded 90 breakdowns in the spring', start: 14, end: 60, speaker_mention: 'The logs', cue: 'show' });
  });
});

describe('what records show, read the same way by either path', () => {
  test('"Documents reviewed by the Tribune show that …": the clause after "that", the records as an unnamed source', () => {
    const text = 'Documents reviewed by the Tribune show that the agency ignored the warnings.';
    expect(quote(text, 'the agency')).toMatchObject({
      type: 'indirect', text: 'the agency ignored the warnings', start: at(text, 'the agency'), speaker: null, speaker_mention: 'Documents', speaker_start: 0, speaker_kind: 'anonymous', cue: 'show',
    });
  });

  test('negative: with no "that", the object is kept whole from its first word', () => {
    const text = 'The survey shows the mayor trailing by ten points.';
    expect(quote(text, 'the mayor')).toMatchObject({ type: 'indirect', text: 'the mayor trailing by ten points', speaker_mention: 'The survey', cue: 'shows' });
  });
});

describe('an object cue in a relative clause without "that" has its object before it', () => {
  test('negative: "the project the mayor hopes to finish by May" reports nothing', () => {
    const text = 'The bridge is the project the mayor hopes to finish by May. The tram line is the scheme the governor wants to build before the election. Rent control is an issue the Tenants Union intends to fight for at the ballot box.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('near miss: the same intention with its own object is a report', () => {
    const text = 'The mayor hopes to finish the bridge by May.';
    expect(quote(text, 'finish the bridge')).toMatchObject({ type: 'indirect', text: 'finish the bridge by May', speaker_mention: 'The mayor', cue: 'hopes to', cue_start: at(text, 'hopes') });
    const time = 'Last week the mayor hoped to finish the bridge by May.';
    expect(quote(time, 'finish the bridge')).toMatchObject({ type: 'indirect', speaker_mention: 'the mayor', cue: 'hoped to' });
  });
});

// cues.json person_object_other_senses: "questioned" a person is an interrogation.
describe('"questioned" with a person as its object reports nothing', () => {
  test('negative: "Police questioned the driver", "questioned NAME about …", "questioned him"', () => {
    expect(quotesOf('Police questioned the lorry driver in March.')).toEqual([]);
    expect(quotesOf('Investigators questioned Emil Sarto in March about the warehouse fire.')).toEqual([]);
    expect(quotesOf('Detectives questioned him for six hours.')).toEqual([]);
  });

  test('a possession or compound after the person is the object\'s owner: still a report', () => {
    const text = 'Councillor Ines Baro questioned the driver’s account of the crash.';
    expect(quote(text, 'the driver’s account')).toMatchObject({
      type: 'indirect', text: 'the driver’s account of the crash', start: at(text, 'the driver’s'), speaker: 'Ines Baro', speaker_mention: 'Ines Baro', cue: 'questioned', cue_start: at(text, 'questioned'),
    });
    expect(quote('Ines Baro questioned her judgment in the case.', 'her judgment')).toMatchObject({ type: 'indirect', speaker: 'Ines Baro', cue: 'questioned' });
    expect(quote('Ines Baro questioned the need for a second pier.', 'the need')).toMatchObject({ type: 'indirect', speaker: 'Ines Baro', cue: 'questioned' });
  });
});

describe('an object cue before a semicolon has no object', () => {
  test('"CLAUSE, NAME noted; CLAUSE": the clause before is the report, the one after the semicolon no object', () => {
    const text = 'Freight fell by a third, Rohan Kumar noted; the board met again in June.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quote(text, 'Freight fell')).toMatchObject({ type: 'indirect', text: 'Freight fell by a third', start: 0, speaker: 'Rohan Kumar', cue: 'noted', cue_start: at(text, 'noted') });
  });

  test('negative: a quotation before "NAME noted;" is still attributed, and "noted;" alone reports nothing', () => {
    const text = '“We are finished here,” Rohan Kumar noted; the board met again in June.';
    expect(quotesOf(text)).toHaveLength(1);
    expect(quote(text, 'We are finished')).toMatchObject({ type: 'direct', speaker: 'Rohan Kumar', cue: 'noted', cue_start: at(text, 'noted') });
    expect(quotesOf('Rohan Kumar noted; the board met again in June.')).toEqual([]);
  });
});

describe('a source cited beside the sentence\'s report', () => {
  test('"reported, citing two officials, that …" reports the that-clause only', () => {
    const text = 'The Harbour Ledger reported, citing two officials familiar with the talks, that the port would close in May.';
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(['the port would close in May']);
    expect(quotes[0]).toMatchObject({ type: 'indirect', speaker: 'The Harbour Ledger', cue: 'reported' });
  });

  test('"…, the mayor said, citing a drop in traffic" reports the clause said only', () => {
    const text = 'The ferry will stop in May, Mayor Ana Ruiz said, citing a drop in traffic.';
    expect(quotesOf(text).map((q) => [q.text, q.cue])).toEqual([['The ferry will stop in May', 'said']]);
  });

  test('a report in an earlier clause does not take a later clause\'s citing participle', () => {
    const text = 'Lee said the port would close, while Ruiz opposed the plan, citing a drop in traffic.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['the port would close', 'Lee', 'said'],
      ['the plan', 'Ruiz', 'opposed'],
      ['a drop in traffic', 'Ruiz', 'citing'],
    ]);
  });

  test('a citing participle after a stance with no report still reports', () => {
    const text = 'Mayor Ana Ruiz opposed the levy, citing a drop in traffic.';
    expect(quotesOf(text).some((q) => q.cue === 'citing' && q.text === 'a drop in traffic')).toBe(true);
  });
});

describe('"raise" as doubt voiced', () => {
  // (PolNeAR marks "raised concerns about" as the cue and its topic as the content, as the older phrase cue does.)
  test('"raised concerns about …" reports the topic, the noun and its particle in the cue', () => {
    const text = 'The ferry captains raised concerns about the night schedule.';
    expect(quote(text, 'the night')).toMatchObject({ text: 'the night schedule', type: 'indirect', speaker: null, speaker_mention: 'The ferry captains', cue: 'raised concerns about', start: 41, end: 59 });
  });

  test('an adjective may stand before the noun: "raised fresh questions over …"', () => {
    const text = 'Mara Okafor raised fresh questions over the harbour audit.';
    expect(quote(text, 'the harbour')).toMatchObject({ text: 'the harbour audit', speaker: 'Mara Okafor', cue: 'raised fresh questions over', start: 40, end: 57 });
  });

  test('"raised fears that …": the clause, its "that" included, is the content, as PolNeAR marks "raised concern that"', () => {
    const text = 'The harbour union raised fears that forty crane jobs would be cut.';
    expect(quote(text, 'that forty')).toMatchObject({ text: 'that forty crane jobs would be cut', type: 'indirect', speaker_mention: 'The harbour union', cue: 'raised fears', start: text.indexOf('that forty'), end: text.length - 1 });
  });

  test('"raised the alarm" is a call for help, no report', () => {
    expect(quotesOf('A neighbour raised the alarm after smelling smoke at the house on Elm Street.')).toEqual([]);
    expect(quotesOf('A passing cyclist raised the alarm when the boat began to sink near the pier.')).toEqual([]);
  });

  test('money or prices raised are no speech', () => {
    expect(quotesOf('The harbour board raised fares on the night ferries in May.')).toEqual([]);
    expect(quotesOf('Mara Okafor raised $2 million for the pier fund.')).toEqual([]);
  });

  test('a singular noun with "that" after it, and a progressive "is raising", still report', () => {
    const a = 'Drivers and cyclists raised concern that the new lanes would fail.';
    expect(quote(a, 'that the new')).toMatchObject({ text: 'that the new lanes would fail', type: 'indirect', cue: 'raised concern', start: a.indexOf('that the new'), end: a.length - 1 });
    const b = 'The mayor is raising questions about the parking meters.';
    expect(quote(b, 'the parking')).toMatchObject({ text: 'the parking meters', speaker_mention: 'The mayor', cue: 'raising questions about', start: b.indexOf('the parking'), end: b.length - 1 });
  });

  test('", raising fears …" after a comma is the writer\'s reading, no report', () => {
    const text = 'The dockers plan to defy the curfew, raising fears the unrest will spread.';
    expect(quotesOf(text).filter((q) => q.cue?.startsWith('raising'))).toEqual([]);
  });

  test('"raised less suspicion" says how one came across: no report, and no tail taken as its content', () => {
    const text = 'As a junior clerk, he probably raised less suspicion, the auditor said.';
    const found = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'As a junior clerk, he probably raised less suspicion', start: 0, speaker_mention: 'the auditor', cue: 'said' });
  });

  test('"raising the question of …" names a topic, no report', () => {
    const text = 'Opponents call it a tax, raising the question of who will pay for the roads.';
    expect(quotesOf(text).filter((q) => q.cue?.includes('question'))).toEqual([]);
  });
});


describe('a clause of time after an object cue\'s comma is no object', () => {
  test('"“…,” the clerk announced, as the room fell silent" gives the quotation only', () => {
    const text = '“The motion carries,” the clerk announced, as the room fell silent.';
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'direct', text: 'The motion carries,', speaker_mention: 'the clerk', cue: 'announced' });
  });

  test('negative: an aside of that kind closed by a comma is stepped over to the object', () => {
    const text = 'The council announced, as promised, a review of the harbour fees.';
    expect(quotesOf(text)).toEqual([expect.objectContaining({ type: 'indirect', text: 'a review of the harbour fees', start: at(text, 'a review'), cue: 'announced' })]);
  });
});

describe('"to" and a noun phrase right after an object cue', () => {
  test('"A, the chair announced to applause from the floor": A is the only report', () => {
    const text = 'The budget was approved, the chair announced to loud applause from the floor.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ text: 'The budget was approved', type: 'indirect', speaker_mention: 'the chair', cue: 'announced', outlet: null, start: 0, end: at(text, ', the chair') });
  });

  test('the near miss: an object before "to" is still the thing announced', () => {
    const text = 'The chair announced her retirement to the board.';
    expect(quote(text, 'her retirement')).toMatchObject({ text: 'her retirement to the board', type: 'indirect', cue: 'announced', start: at(text, 'her retirement') });
  });
});

describe('a participle right after a closing tag\'s object cue', () => {
  test('"…, its owners announced, ending a run …" is the writer\'s note on the act, no second report', () => {
    const text = 'The night ferry will stop sailing in May, its owners announced, ending a service that never paid its way.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue, q.start, q.end])).toEqual([
      ['The night ferry will stop sailing in May', 'indirect', 'its owners', 'announced', 0, 40],
    ]);
  });

  test('near miss: an aside after the comma still leads to the object ("announced, as expected, a freeze …")', () => {
    const text = 'The harbour board announced, as expected, a freeze on night fares.';
    expect(quote(text, 'a freeze')).toMatchObject({ text: 'a freeze on night fares', type: 'indirect', speaker_mention: 'The harbour board', cue: 'announced', start: 42, end: 65 });
  });
});

describe('a coordinator right after an object cue', () => {
  test('"a film that critics praised but that …": the cue\'s object is the noun before, nothing after is reported', () => {
    expect(quotesOf('It was a film that critics praised but that lost money in every market.')).toEqual([]);
    expect(quotesOf('It is a levy the mayor backed and which the council later dropped.')).toEqual([]);
  });

  test('near miss: a coordinator after the object ends it, the object stays a report', () => {
    const text = 'Critics praised the cast for their patience but faulted the script.';
    expect(quote(text, 'the cast')).toMatchObject({ text: 'the cast for their patience', type: 'indirect', speaker_mention: 'Critics', cue: 'praised', start: 16, end: 43 });
  });
});
