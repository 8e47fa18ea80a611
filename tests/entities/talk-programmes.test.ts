import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { quotesOf } from '../helpers/quotes.js';

const entities = (text: string) => {
  const e = extractArticle(text, { id: 't' }).entities;
  return { films: e.films.map((f) => f.title), outlets: e.outlets.map((o) => [o.name, o.mentions.map((m) => [m.start, m.end])]) };
};

describe('talk programmes: a show whose host and guests talk on it is an outlet, not a film', () => {
  test('"after a short monologue on “The Night Desk” … her first guest": an outlet at every mention, headline too', () => {
    const text = '\'The Night Desk\' recap: Ravi Kell\'s goat story wins the night\n\nAfter a short monologue on "The Night Desk" on Friday, Mara Quinn handed the couch to her first guest, Ravi Kell, who took over the show. "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[1, 15], [91, 105]]]] });
  });

  test('negative: a film named as one stays a film beside talk-show words ("a late-night monologue about the set of her film “Salt Harbour”")', () => {
    const text = 'In a late-night monologue, Mara Quinn joked about the set of her film "Salt Harbour," which opens Friday.';
    expect(entities(text)).toEqual({ films: ['Salt Harbour'], outlets: [] });
  });

  test('negative: an episode of a drama with no talk-show words stays a film ("the finale of “Harbour Lane”")', () => {
    const text = 'Critics praised the finale of the drama "Harbour Lane," in which Mara Quinn returns.';
    expect(entities(text)).toEqual({ films: ['Harbour Lane'], outlets: [] });
  });

  test('negative: "the cast of “…”" beside a talk word names a film, not the programme', () => {
    const text = 'The talk show host Mara Quinn praised the cast of "Tin Lantern," which opens Friday.';
    expect(entities(text)).toEqual({ films: ['Tin Lantern'], outlets: [] });
  });

  test('negative: "the chorus of “…”" in a monologue is a song, not an outlet', () => {
    const text = 'In her monologue, Mara Quinn mocked the chorus of "Paper Moonlight" and the film "Tin Lantern".';
    expect(entities(text).outlets).toEqual([]);
  });

  test('negative: an actor who "appeared on NETWORK\'s “…” for three seasons" names a drama, not a programme to speak on', () => {
    const text = 'Ilse Varga, who appeared on Tidewater TV’s “Copper Bay” for three seasons, said the drama had changed her life.';
    expect(entities(text).films).toEqual(['Copper Bay']);
    expect(entities(text).outlets.map(([name]) => name)).not.toContain('Copper Bay');
    expect(quotesOf(text)[0]).toMatchObject({ text: 'the drama had changed her life', type: 'indirect', speaker: 'Ilse Varga', cue: 'said' });
  });

  test('negative: "On “…,” X plays a nurse who says little" is a drama: an actor\'s part, and a speech verb inside a relative clause', () => {
    const text = 'On “Copper Bay,” Ilse Varga plays a nurse who says very little.';
    expect(entities(text)).toEqual({ films: ['Copper Bay'], outlets: [] });
  });

  test('"appeared on NETWORK\'s “…” as a guest" is still the programme: "as a guest" is a talk-show word (cues.json talk_show_words)', () => {
    const text = 'Ana Ruiz appeared on NBC’s “Night Ledger” as a guest on Sunday and said the bill was dead.';
    expect(entities(text).films).toEqual([]);
    expect(entities(text).outlets.map(([name]) => name)).toContain('Night Ledger');
  });

  test('"On “…,” host X asked …" is still the programme (the near miss of the two above)', () => {
    const text = 'On “Night Ledger,” host Ilse Varga asked her guest about the strike. “We are not going back,” Tomas Brell said.';
    expect(entities(text).outlets.map(([name]) => name)).toContain('Night Ledger');
  });

  test('a guest "on “…”" in a sentence with a talk word is still the programme (the near miss of the two above)', () => {
    const text = 'Ravi Kell was the first guest on "The Night Desk" on Friday. "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[34, 48]]]] });
  });

  test('"the taping of “…”" with a guest names the programme like "episode of" (cues.json episode_nouns)', () => {
    const text = 'Ravi Kell was the first guest at Friday\'s taping of "The Night Desk". "I was not ready," Kell said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Desk', [[53, 67]]]] });
  });

  test('negative: "the screening of “…”" beside a guest is no episode noun, so the title names no programme', () => {
    const text = 'Ravi Kell was the first guest at Friday\'s screening of "The Night Desk". "I was not ready," Kell said.';
    expect(entities(text).outlets).toEqual([]);
  });

  test('"on the show “…”" still counts, though "show" is a film word elsewhere (work-words.json names_a_programme)', () => {
    const text = 'Ravi Kell, the first guest on the show "The Night Desk", told the story.';
    expect(entities(text).outlets.map(([name]) => name)).toEqual(['The Night Desk']);
  });

  test('"said on KVX’s “…”" and "told WNRT’s “…”": a programme a guest speaks on is the outlet, not a film', () => {
    expect(entities('Sen. Ana Ruiz said on KVX’s “Capitol Morning” that the bill was dead.')).toEqual({ films: [], outlets: [['Capitol Morning', [[29, 44]]]] });
    expect(entities('Rep. Tom Vale told WNRT’s “Weekend Forum” that he would vote no.')).toEqual({ films: [], outlets: [['WNRT', [[19, 23]]], ['Weekend Forum', [[27, 40]]]] });
  });

  test('an inverted attribution with the speaker described between: "said Rep. X, a Maine Democrat, on KVX’s “…”"', () => {
    expect(entities('“We will not fold,” said Rep. Lia Moss, a Maine Democrat, on KVX’s “Capitol Morning.”')).toEqual({ films: [], outlets: [['Capitol Morning', [[68, 83]]]] });
  });

  test('a sentence opening "On “…,”" with a host or quoted words names the programme', () => {
    expect(entities('On “Sunday Ledger Hour,” Gov. Lia Moss put it plainly: “We wait.”')).toEqual({ films: [], outlets: [['Sunday Ledger Hour', [[4, 22]]]] });
    expect(entities('On "The Mara Quinn Hour," host Dev Orrin joked about the wedding.')).toEqual({ films: [], outlets: [['The Mara Quinn Hour', [[4, 23]]]] });
  });

  test('negative: a drama starred on, or opening a sentence with no one speaking on it, stays a film', () => {
    expect(entities('Ana Ruiz starred on KVX’s “Salt Harbour” for three seasons.')).toEqual({ films: ['Salt Harbour'], outlets: [] });
    expect(entities('On “Salt Harbour,” Ana Ruiz plays a ferry captain.')).toEqual({ films: ['Salt Harbour'], outlets: [] });
    expect(entities('Ana Ruiz, a nurse, on KVX’s “Salt Harbour” plays the lead.')).toEqual({ films: ['Salt Harbour'], outlets: [] });
  });

  test('a broadcaster named inside the programme\'s title is no outlet of its own there; named apart it still is', () => {
    expect(entities('On “Sky News Sunday,” Sen. Ana Ruiz said the bill was dead.')).toEqual({ films: [], outlets: [['Sky News Sunday', [[4, 19]]]] });
    expect(entities('On “Sky News Sunday,” Sen. Ana Ruiz said the bill was dead. She later told Sky News that she would not resign.').outlets).toEqual([['Sky News Sunday', [[4, 19]]], ['Sky News', [[75, 83]]]]);
  });

  test('"who has hosted the channel\'s weeknight program “…”": a programme its host speaks on is an outlet, not a film', () => {
    const text = 'Priya Venn, who has hosted the channel\'s weeknight program "The Night Ledger" since 2015, said on Monday she would step down.';
    expect(entities(text)).toEqual({ films: [], outlets: [['The Night Ledger', [[60, 76]]]] });
  });

  test('negative: "hosted a screening of “…”" names a film (no programme noun before the title)', () => {
    expect(entities('The studio hosted a screening of "Salt Harbour" on Friday for critics.')).toEqual({ films: ['Salt Harbour'], outlets: [] });
  });

  test('"on the late-night program “… with Cal Morrow”": three words between "on" and the title; the host named in it is a person', () => {
    const text = 'The singer Tess Aldana defended the album on the late-night program "Tonight with Cal Morrow" on Friday. Morrow, for his part, joked that he liked it.';
    expect(entities(text)).toEqual({ films: [], outlets: [['Tonight with Cal Morrow', [[69, 92]]]] });
    const people = extractArticle(text, { id: 't' }).entities.people;
    expect(people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Tess Aldana', ['Tess Aldana']], ['Cal Morrow', ['Cal Morrow', 'Morrow']]]);
  });

  test('negative: "on the set of the new film “…”" in a late-night monologue stays a film (a film word before the title)', () => {
    const text = 'In a late-night monologue, Mara Quinn joked about a day on the gloomy set of "Salt Harbour," which opens Friday.';
    expect(entities(text)).toEqual({ films: ['Salt Harbour'], outlets: [] });
  });

  test('"on a 1982 episode of Harbor Beat" without quotation marks, a host in the next sentence: the programme is an outlet', () => {
    const text = 'In one scene she jokes about money on a 1982 episode of Harbor Beat. "It was loud," she said, before the host cut to a commercial.';
    expect(entities(text)).toEqual({ films: [], outlets: [['Harbor Beat', [[56, 67]]]] });
  });

  test('negative: a drama\'s episode with no host or guest near is no outlet ("In the latest episode of Harbor Lights, Nora tells Sam …")', () => {
    expect(entities('In the latest episode of Harbor Lights, Nora tells Sam she is leaving town.').outlets).toEqual([]);
  });

  test('a host named in a programme\'s title with a given name we do not list is a person when the surname stands apart ("Later with Bo Kessick" … "Kessick joked")', () => {
    const text = 'The singer defended the album on the late-night program "Later with Bo Kessick" last week. Kessick, for his part, joked that he liked it.';
    const people = extractArticle(text, { id: 't' }).entities.people;
    expect(people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Bo Kessick', ['Bo Kessick', 'Kessick']]]);
  });

  test('negative: a programme named after a host who is not there is no person ("On “The Ana Ruiz Show,” host Tomas Brell …")', () => {
    const text = 'On "The Ana Ruiz Show," host Tomas Brell, who filled in for the week, opened by thanking the crew. "We missed you," he told the audience.';
    expect(extractArticle(text, { id: 't' }).entities.people.map((p) => p.name)).toEqual(['Tomas Brell']);
  });

  test('"said on his podcast, “Off the Clock with Rob Tally,” that …": a podcast\'s title with small words, its first word no run of its own', () => {
    const text = 'Rob Tally, a rival of "The Night Ledger" in its time slot, said on his podcast, "Off the Clock with Rob Tally," that he had called Venn.';
    expect(entities(text).outlets.map(([name]) => name)).toContain('Off the Clock with Rob Tally');
  });

  test('a guest\'s appearance: "on “…,” where the host, NAME, asked" and "an interview on “…,” the weekly show hosted by" name an outlet, not a film', () => {
    const hosted = 'The pair appeared together on Monday night on "Corner Booth," where the host, Dana Pell, asked about the tour.';
    expect(entities(hosted)).toEqual({ films: [], outlets: [['Corner Booth', [[hosted.indexOf('Corner'), hosted.indexOf('Corner') + 12]]]] });
    const interview = 'Ilse Varga gave a long interview on "Low Tide," the weekly show hosted by the investor Rob Tally.';
    expect(entities(interview)).toEqual({ films: [], outlets: [['Low Tide', [[interview.indexOf('Low'), interview.indexOf('Low') + 8]]]] });
  });

  test('negative: "starred on “…”" with no host or interview stays a film', () => {
    const text = 'Ilse Varga starred on "Low Tide," the drama that made her name.';
    expect(entities(text).outlets).toEqual([]);
  });
});

describe('talk programmes: an appearance still to come names a show, not where anything was said', () => {
  test('"had planned to sing on the late-night show “Night Owls” next week": a TV show, no outlet', () => {
    const text = 'Variety reported that Tala Wren had planned to sing her new single on the late-night show "Night Owls" next week.';
    expect(entities(text)).toEqual({ films: ['Night Owls'], outlets: [['Variety', [[0, 7]]]] });
  });

  test('"will appear on the late-night show “Night Owls” on Friday": a TV show too', () => {
    const text = 'Tala Wren will appear on the late-night show "Night Owls" on Friday, her label said.';
    expect(entities(text).films).toEqual(['Night Owls']);
    expect(entities(text).outlets).toEqual([]);
  });

  test('near miss: an appearance that happened, with a guest\'s words, keeps the programme as an outlet', () => {
    const text = 'On Tuesday Tala Wren sang her new single on the late-night show "Night Owls" and traded jokes with its host. "I was terrified," Wren said.';
    expect(entities(text)).toEqual({ films: [], outlets: [['Night Owls', [[65, 75]]]] });
  });
});
