import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('“the club”, “the paper”, “the statement” stand for the one named before', () => {
  test('a body’s description after its name in the sentence’s subject, and its statement', () => {
    const text = 'Harrowgate Athletic have fined winger Tomas Brevik two weeks’ wages, the club said in a statement. “Standards matter here,” the statement read.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'Harrowgate Athletic have fined winger Tomas Brevik two weeks’ wages', speaker: 'Harrowgate Athletic', speaker_mention: 'the club', speaker_kind: 'organization', cue: 'said' },
      { type: 'direct', text: 'Standards matter here,', start: text.indexOf('Standards'), speaker: 'Harrowgate Athletic', speaker_mention: 'the statement', cue: 'read' },
    ]);
  });

  test('"the company" after a one-word body the tagger took for a person', () => {
    const text = 'Velmora said in a filing that profits fell. “We expected a hard year,” the company said.';
    expect(quote(text, 'We expected')).toMatchObject({
      type: 'direct', text: 'We expected a hard year,', speaker: 'Velmora', speaker_mention: 'the company',
      speaker_start: at(text, 'the company said'), speaker_kind: 'organization', cue: 'said', cue_start: at(text, 'said.'),
    });
  });

  test('a body named in the sentence before', () => {
    const text = 'Bramble Lane Studios shelved the sequel on Tuesday. The studio said the budget had doubled.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the budget had doubled', speaker: 'Bramble Lane Studios', speaker_mention: 'The studio', speaker_kind: 'organization', cue: 'said', outlet: null }]);
  });

  test('an outlet’s description after the outlet', () => {
    const text = 'The pier was shut in 2020, according to an inquiry by the Carrow Courier. The paper reported that repairs had cost more than £2 million.';
    const quotes = quotesOf(text);
    expect(quotes[1]).toMatchObject({ type: 'indirect', text: 'repairs had cost more than £2 million', speaker: 'Carrow Courier', speaker_mention: 'The paper', speaker_kind: 'outlet', cue: 'reported', outlet: 'Carrow Courier' });
  });

  test('"the trade publication", "the news agency": a kind word before the outlet noun', () => {
    const text = 'Variety reported that the studio had cut the film by 20 minutes. The cut was ordered after a test screening, according to the trade publication.';
    expect(quotesOf(text)[1]).toMatchObject({ type: 'indirect', text: 'The cut was ordered after a test screening', speaker: 'Variety', speaker_mention: 'the trade publication', speaker_kind: 'outlet', cue: 'according to', outlet: 'Variety' });
    const wire = 'Reuters reported that the port had closed. Two ships were stuck outside the harbour, according to the news agency.';
    expect(quotesOf(wire)[1]).toMatchObject({ type: 'indirect', text: 'Two ships were stuck outside the harbour', speaker: 'Reuters', speaker_mention: 'the news agency', speaker_kind: 'outlet', outlet: 'Reuters' });
  });

  test('a modifier that is no outlet kind leaves the description alone', () => {
    const text = 'Variety reported that the studio had cut the film. The cut was ordered after a test screening, according to the green publication.';
    expect(quotesOf(text)[1]).toMatchObject({ speaker_mention: 'the green publication', outlet: null });
    expect(quotesOf(text)[1]!.speaker).not.toBe('Variety');
  });

  test('a description with no body named near stays as it is', () => {
    const text = 'Ana Ruiz took the train home. The company said the line would reopen.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'The company', speaker_mention: 'The company', cue: 'said' }]);
  });
});

describe('a one-word subject that opens a longer body name used before', () => {
  test('"Corvane Foods … Corvane closed …, the company said" is the full name', () => {
    const text = 'Corvane Foods bought the Ellery bakery chain in 2019. Corvane closed 12 shops. “The market turned,” the company said.';
    expect(quote(text, 'The market')).toMatchObject({ type: 'direct', text: 'The market turned,', start: at(text, 'The market'), speaker: 'Corvane Foods', speaker_mention: 'the company', speaker_kind: 'organization', speaker_start: at(text, 'the company'), cue: 'said', outlet: null });
  });

  test('with no longer name before, the one word stays', () => {
    const text = 'Corvane closed 12 shops. “The market turned,” the company said.';
    expect(quote(text, 'The market')).toMatchObject({ speaker: 'Corvane', speaker_mention: 'the company' });
  });
});

describe('a sign as the speaker', () => {
  test('words a placard “says” are no one’s quote', () => {
    expect(quotesOf('Outside the depot, Ana Ruiz stood in the rain. “Fair pay now,” her placard said.')).toEqual([]);
  });
});

describe('“the company” stands only for a body whose name and kind fit', () => {
  test('a common plural opening the sentence is no company’s name', () => {
    for (const [text, mention] of [
      ['Orders slipped 6 percent in the spring, the company said.', 'the company'],
      ['Travellers will get vouchers, the airline said.', 'the airline'],
      ['Engineers stayed on site overnight, the firm said.', 'the firm'],
    ]) expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: text.slice(0, text.indexOf(',')), speaker: mention === 'the airline' ? null : mention, speaker_mention: mention, cue: 'said' }]);
  });

  test('the named body of the sentence before wins over a common word', () => {
    const text = 'Fenwick Savings Bank posted a loss on Monday. Deposits fell 12 percent, the bank said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Deposits fell 12 percent', start: text.indexOf('Deposits'), speaker: 'Fenwick Savings Bank', speaker_mention: 'the bank', speaker_kind: 'organization', cue: 'said' }]);
  });

  test('a place is no council', () => {
    const text = 'Marlow Cove flooded again overnight. “Crews are out in force,” the council said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'Crews are out in force,', speaker: 'the council', speaker_mention: 'the council', cue: 'said' }]);
  });

  test('a council named as one is', () => {
    const text = 'Marlow District Council closed the seafront road. “Crews are out in force,” the council said.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'Crews are out in force,', speaker: 'Marlow District Council', speaker_mention: 'the council', speaker_kind: 'organization', cue: 'said' }]);
  });

  test('“the club” is the team, not the company that owns it', () => {
    const text = 'Eastfield Wanderers drew 1-1 on Saturday. Wanderers owner Brackley Holdings said it would sell. “The coach stays,” the club said.';
    expect(quotesOf(text)[1]).toMatchObject({ type: 'direct', text: 'The coach stays,', speaker: 'Eastfield Wanderers', speaker_mention: 'the club', speaker_kind: 'organization', cue: 'said' });
  });

  test('“the network” is no newspaper', () => {
    const text = 'An inquiry by the Dunmore Gazette found errors. Meanwhile Selwyn Energy said prices had risen. The network said it would appeal.';
    expect(quotesOf(text)[1]).toMatchObject({ type: 'indirect', text: 'it would appeal', speaker: 'The network', speaker_mention: 'The network', cue: 'said', outlet: null });
  });

  test('"the trade agency" is a government body, not the outlet that reported before', () => {
    const text = 'Reuters reported the export numbers on Monday. The trade agency said the figures were “deeply worrying.”';
    expect(quote(text, 'deeply worrying')).toMatchObject({ type: 'partial', text: 'deeply worrying.', start: 87, end: 103, speaker: 'The trade agency', speaker_kind: 'organization', cue: 'said', outlet: null });
  });
});

describe('"The letter continued": the document one speaker brought in a few quotes back', () => {
  test('"In an open letter, X wrote …. “…,” he wrote. The letter continued: “…”" is X, across a paragraph break', () => {
    const text = 'In an open letter, Harold Brevik wrote that he was leaving the club. "I stayed too long," he wrote.\n\nThe letter continued: "Look after the ground."';
    expect(quote(text, 'Look after')).toMatchObject({
      type: 'direct', text: 'Look after the ground.', start: at(text, 'Look after'), end: at(text, 'Look after') + 22,
      speaker: 'Harold Brevik', speaker_kind: 'person', speaker_mention: 'The letter', speaker_start: at(text, 'The letter'), speaker_end: at(text, 'The letter') + 10,
      cue: 'continued', cue_start: at(text, 'continued'), outlet: null,
    });
  });

  test('"The post added" after "In a post, X said …. “…,” she wrote"', () => {
    const text = 'In a post on Instagram, Mara Lind said she was stepping back. "I need a rest," she wrote.\n\nThe post added: "See you in the spring."';
    expect(quote(text, 'See you')).toMatchObject({ type: 'direct', text: 'See you in the spring.', speaker: 'Mara Lind', speaker_kind: 'person', speaker_mention: 'The post', cue: 'added', outlet: null });
  });

  test('near miss: someone else speaking in between leaves the letter its own words', () => {
    const text = 'In an open letter, Harold Brevik wrote that he was leaving the club. Mayor Ruth Amari said she was sorry. "We will miss him," she said.\n\nThe letter continued: "Look after the ground."';
    expect(quote(text, 'Look after')).toMatchObject({ speaker: null, speaker_kind: 'anonymous', speaker_mention: 'The letter', cue: 'continued' });
  });
});

describe('"According to the paper" after a paper reported: that paper, not another named before', () => {
  test('the noun takes the paper that reported, and no other outlet carries its words', () => {
    const text = 'Het Parool covered the vote first.\n\nDe Gelderlander reported that the mayor had been offered a bonus. According to the paper, she turned it down.';
    expect(quote(text, 'she turned')).toMatchObject({ text: 'she turned it down', type: 'indirect', speaker: 'De Gelderlander', speaker_kind: 'outlet', speaker_mention: 'the paper', cue: 'According to', outlet: 'De Gelderlander' });
  });

  test('"The Globe and Mail reported … According to the newspaper, …": the whole name, not its last word', () => {
    const text = 'The Globe and Mail reported that a boat had been found on the shore. According to the newspaper, the boat was empty.';
    expect(quote(text, 'the boat was')).toMatchObject({ speaker: 'The Globe and Mail', speaker_kind: 'outlet', cue: 'According to', outlet: 'The Globe and Mail' });
  });

  test('near miss: an outlet named in a report\'s own words is kept ("the paper said, citing …" is not touched)', () => {
    const text = 'De Gelderlander reported that the mayor had been offered a bonus. The paper said she turned it down.';
    expect(quote(text, 'she turned')).toMatchObject({ speaker: 'De Gelderlander', speaker_kind: 'outlet', cue: 'said' });
  });
});

describe('"the HEAD" standing for the body named before whose name ends in that head', () => {
  test('"… the Harbour Licensing Board. The board said …" → Harbour Licensing Board', () => {
    const text = 'Okafor said she would appeal to the Harbour Licensing Board. The board said it would not discuss pending cases.';
    expect(quote(text, 'it would not discuss')).toMatchObject({
      type: 'indirect', text: 'it would not discuss pending cases', speaker: 'Harbour Licensing Board', speaker_kind: 'organization',
      speaker_mention: 'The board', speaker_start: at(text, 'The board'), cue: 'said', outlet: null,
    });
  });

  test('"NAME, a podcast network, is …, the company confirmed": the body the subject names', () => {
    const text = 'Greyline Audio, a podcast network, is closing two studios, the company confirmed.';
    expect(quote(text, 'Greyline Audio, a podcast')).toMatchObject({
      type: 'indirect', speaker: 'Greyline Audio', speaker_kind: 'organization', speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'confirmed', outlet: null,
    });
  });

  test('near miss: a description a person may hold ("an events promoter") leaves "the company" as written', () => {
    const text = 'Greyline Audio, an events promoter, is closing two studios, the company confirmed.';
    expect(quote(text, 'Greyline Audio, an events')).toMatchObject({ speaker: 'the company', speaker_mention: 'the company' });
  });
});

describe('"the group" stands for the body introduced before as "the group" and its name', () => {
  test('"founded the group Neighbours of the Lissan … According to the group, …"', () => {
    const text = 'Mairead Cole founded the group Neighbours of the Lissan in 2019. According to the group, the weir was failing.';
    expect(quote(text, 'the weir')).toMatchObject({ type: 'indirect', text: 'the weir was failing', speaker: 'Neighbours of the Lissan', speaker_mention: 'the group', speaker_kind: 'organization', cue: 'According to' });
  });

  test('near miss: "joined the group in 2019" names none; "the group" stays itself', () => {
    const text = 'Mairead Cole joined the group in 2019. According to the group, the weir was failing.';
    expect(quote(text, 'the weir')).toMatchObject({ speaker: 'the group', speaker_kind: 'organization' });
  });
});

describe('"the company" after a name with its kind of business before it', () => {
  test('"Streaming service Tidefall lost …, the company said" and "The delivery firm Parcelo …": the name, not the kind', () => {
    const text = 'Streaming service Tidefall lost 800,000 subscribers, the company said on Thursday.';
    expect(quote(text, 'Streaming')).toMatchObject({
      type: 'indirect', text: 'Streaming service Tidefall lost 800,000 subscribers', start: 0,
      speaker: 'Tidefall', speaker_mention: 'the company', speaker_start: at(text, 'the company'), speaker_kind: 'organization', cue: 'said',
    });
    const other = 'The delivery firm Parcelo cut 300 jobs. The company said demand had collapsed.';
    expect(quote(other, 'demand')).toMatchObject({ type: 'indirect', text: 'demand had collapsed', speaker: 'Parcelo', speaker_mention: 'The company', speaker_kind: 'organization' });
  });

  test('near miss: a capitalised kind word may open the name itself ("Airline Skyvane" stays whole)', () => {
    const text = 'Airline Skyvane lost 1.2 million passengers, the company said on Thursday.';
    expect(quote(text, 'Airline')).toMatchObject({ speaker: 'Airline Skyvane', speaker_mention: 'the company', speaker_kind: 'organization' });
  });
});
