import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/pipeline/process.js';
import { quotesOf } from '../../helpers/quotes.js';

const rows = (text: string) => extractArticle(text, { id: 't' }).quotes.map((q) => [q.type, q.text, q.speaker_mention ?? null, q.cue, text.slice(q.start, q.end) === q.text]);

describe('cue words that report nothing where they stand', () => {
  test('a participle on the noun before it is no cue: "Clips shown on …"', () => {
    expect(rows('Clips shown on the evening news seemed to prove the goalkeeper had moved early.')).toEqual([]);
  });

  test('"claimed" a ranked victory or a title is winning, not speech', () => {
    expect(rows('Ostrova, who claimed her fifth win of the year at Assen, thanked the mechanics.')).toEqual([]);
    expect(rows('Pell, who claimed the national title in Leeds, then retired.')).toEqual([]);
  });

  test('"hit back" with a goal is sport, not words', () => {
    expect(rows('Harbour City hit back with a late header, but the visitors held on for the draw.')).toEqual([]);
  });

  test('"hit back at" critics, then "saying …": the words are the participle\'s report alone (next-act-reports.ts)', () => {
    expect(rows('The mayor hit back at critics, saying the tram plan would pay for itself.')).toEqual([
      ['indirect', 'the tram plan would pay for itself', 'The mayor', 'saying', true],
    ]);
  });

  test('a participle after an auxiliary and a time phrase is the verb: "has this week written to …"', () => {
    const text = 'The mayor has this week written to tenants that the lifts will be replaced.';
    expect(rows(text)).toEqual([['indirect', 'the lifts will be replaced', 'The mayor', 'written', true]]);
  });

  test('"hit back" with a prepositional phrase before "that" is still words', () => {
    expect(rows('The senator hit back in a radio interview that the audit was rigged.')).toEqual([
      ['indirect', 'the audit was rigged', 'The senator', 'hit back', true],
    ]);
    expect(rows('The senator hit back on Friday that the audit was rigged.')).toEqual([
      ['indirect', 'the audit was rigged', 'The senator', 'hit back', true],
    ]);
  });

  test('"hit back through a try" is sport', () => {
    expect(rows('Northport hit back through a converted try in the second half, though the home side still won.')).toEqual([]);
  });

  test('a cue with a particle inside another report is part of it', () => {
    const text = 'The engineer said three of the buoys had reported in after the gale, including the one off the point.';
    const r = rows(text);
    expect(r).toEqual([['indirect', 'three of the buoys had reported in after the gale, including the one off the point', 'The engineer', 'said', true]]);
  });
});

describe('a noun phrase of things after warned/told is the clause subject', () => {
  test('"warned the levy would …" keeps the subject', () => {
    expect(rows('The treasurer warned the levy would drive shops out of the high street.')).toEqual([
      ['indirect', 'the levy would drive shops out of the high street', 'The treasurer', 'warned', true],
    ]);
  });

  test('a participle on the hearer before a preposition is no verb: "told a meeting held in …"', () => {
    expect(rows('The envoy told a meeting held in Lisbon that the ceasefire was holding.')).toEqual([
      ['indirect', 'the ceasefire was holding', 'The envoy', 'told', true],
    ]);
    expect(rows('The envoy warned a dinner attended by donors that the party was broke.')).toEqual([
      ['indirect', 'the party was broke', 'The envoy', 'warned', true],
    ]);
    expect(rows('The envoy told a briefing held at the embassy the convoy would leave at dawn.')).toEqual([
      ['indirect', 'the convoy would leave at dawn', 'The envoy', 'told', true],
    ]);
  });

  test('"warned shoppers the levy would …": shoppers are the hearers', () => {
    expect(rows('The treasurer warned shoppers the levy would raise prices.')).toEqual([
      ['indirect', 'the levy would raise prices', 'The treasurer', 'warned', true],
    ]);
  });

  test('"told the committee the levy …": a body is a hearer', () => {
    expect(rows('The treasurer told the committee the levy would raise prices.')).toEqual([
      ['indirect', 'the levy would raise prices', 'The treasurer', 'told', true],
    ]);
  });
});

describe('cue verbs whose object gives them another sense', () => {
  test('"citing" a person names a source, not content', () => {
    const text = 'The broadcaster, citing a senior diplomat, said the border would reopen.';
    expect(rows(text)).toEqual([['indirect', 'the border would reopen', 'The broadcaster', 'said', true]]);
  });

  test('"citing" a reason is still a report', () => {
    const text = 'The council delayed the vote, citing rising rents in the old town.';
    expect(rows(text)).toEqual([['indirect', 'rising rents in the old town', 'The council', 'citing', true]]);
  });

  test('"showing" a picture and "showed" an audience display things', () => {
    expect(rows('“The roof held,” the warden said, showing photos taken after the gale.')).toEqual([
      ['direct', 'The roof held,', 'the warden', 'said', true],
    ]);
    expect(rows('The studio showed investors last week a slate built on remakes.')).toEqual([]);
  });

  test('"show" before a clause still reports: the listed noun heads a compound or is the clause\'s subject', () => {
    expect(rows('Records show ticket sales fell sharply in May.')).toEqual([['indirect', 'ticket sales fell sharply in May', 'Records', 'show', true]]);
    expect(rows('The study showed viewers want shorter seasons.')).toEqual([['indirect', 'viewers want shorter seasons', 'The study', 'showed', true]]);
  });

  test('a message written to someone is speech; one painted on a wall is shown text', () => {
    expect(rows('The mayor had written a message to residents: “The bridge will reopen in May.”')).toEqual([['direct', 'The bridge will reopen in May.', 'The mayor', 'written', true]]);
  });
  test('"wrote for" a paper or show is a job, not a report; "wrote in … that" still reports', () => {
    const text = "Brandt said the writers' room for “Lantern Bay” will be run by Ines Korda, who once wrote for “Salt Harbor.”";
    const q = extractArticle(text, { id: 't' }).quotes.map((x) => [x.type, x.text, x.speaker, x.cue, x.start, x.end]);
    const content = "the writers' room for “Lantern Bay” will be run by Ines Korda, who once wrote for “Salt Harbor.”";
    expect(q).toEqual([['indirect', content, 'Brandt', 'said', text.indexOf(content), text.length]]);
    expect(rows('Tobias Wren, who has written for The Monthly Ledger, said the bridge was late.')).toEqual([
      ['indirect', 'the bridge was late', 'Tobias Wren', 'said', true],
    ]);
    expect(rows('She writes for Harbour Weekly.')).toEqual([]);
    expect(rows('Wren wrote in The Monthly Ledger that the bridge was late.')).toEqual([
      ['indirect', 'the bridge was late', 'Wren', 'wrote', true],
    ]);
  });

  test('a cue followed only by a place or time phrase reports nothing: "applauded from her seat."', () => {
    expect(rows('Okafor applauded from her seat.')).toEqual([]);
    expect(rows('The Governor cheered at the finish line.')).toEqual([]);
  });

  test('a place phrase before a reported clause, or a cue after its report, still reports', () => {
    expect(rows('Okafor said at the hearing that the dam would be rebuilt.')).toEqual([['indirect', 'the dam would be rebuilt', 'Okafor', 'said', true]]);
    expect(rows('The dam will be rebuilt, the regional engineer said on Friday.')).toEqual([['indirect', 'The dam will be rebuilt', 'the regional engineer', 'said', true]]);
  });

  test('"recalling" a count of products is a product recall, not a memory told', () => {
    const text = 'Brelco Ltd. is recalling nearly 80,000 kettles after reports that the handles can crack, the firm said on Monday.';
    expect(rows(text)).toEqual([['indirect', 'Brelco Ltd. is recalling nearly 80,000 kettles after reports that the handles can crack', 'the firm', 'said', true]]);
  });

  test('"recalled that" with a number in the memory still reports', () => {
    expect(rows('Vance recalled that 3 ferries sank that winter.')).toEqual([['indirect', '3 ferries sank that winter', 'Vance', 'recalled', true]]);
  });
});

describe('a participle after a petition tells what the document asks, no report', () => {
  test('"declined to comment on a petition, signed by …, asking the club to stay" reports nothing', () => {
    expect(quotesOf('A spokesman for the owners declined to comment on a petition, signed by more than 9,000 fans, asking the club to stay in the town.')).toEqual([]);
  });

  test('near miss: a person\'s participle after the petition still reports ("…, saying it would be read")', () => {
    const text = 'The mayor received the petition on Monday, saying it would be read at the next council meeting.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([['it would be read at the next council meeting', 'The mayor', 'saying']]);
  });
});
