import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a subordinate clause ends at a comma inside its closing mark', () => {
  test('"After I told her that …“…,” she shrugged and said B": B is hers, the clause before the comma no part of it', () => {
    const text = 'Greta Lindqvist has run the bakery for thirty years. After I told her that the neighbours had started calling the shop "the Crumb Palace," she shrugged and said the sign would stay.';
    expect(quote(text, 'the sign')).toMatchObject({
      text: 'the sign would stay', type: 'indirect', start: at(text, 'the sign'), speaker: 'Greta Lindqvist',
      speaker_mention: 'she', speaker_start: at(text, 'she shrugged'), cue: 'said', cue_start: at(text, 'said the sign'),
    });
    // (The writer's own clause stops at the closing mark, the nickname whole in it.)
    expect(quotesOf(text).every((q) => !q.text.includes('shrugged'))).toBe(true);
    expect(quote(text, 'the neighbours')).toMatchObject({ text: 'the neighbours had started calling the shop "the Crumb Palace,"', speaker_mention: 'I', cue: 'told' });
  });

  test('near miss: a comma inside a closing mark with no main clause after it ends nothing', () => {
    const text = 'When Greta Lindqvist said that the bakery was "old," "cramped," and "perfect," nobody argued.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });
});

describe('a reported clause ends before a second party\'s report after "while"', () => {
  test('"X said A, while Y declined to comment": a second party\'s refusal to speak ends the clause, a firm\'s "&" in its name', () => {
    const text = 'Harwick & Lowe said the merger would close in June, while Baxter & Finch declined to comment.';
    expect(quote(text, 'the merger')).toMatchObject({
      text: 'the merger would close in June', type: 'indirect', start: at(text, 'the merger'),
      speaker_mention: 'Harwick & Lowe', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"X said A, while Y favored B": the while-clause is no part of what X said', () => {
    const text = 'Most of the ferry pilots said they wanted to keep the night crossing, while the harbour council favored a new bridge.';
    expect(quote(text, 'they wanted')).toMatchObject({
      text: 'they wanted to keep the night crossing', type: 'indirect', start: at(text, 'they wanted'),
      speaker_mention: 'Most of the ferry pilots', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"whereas" with a clause of its own ends the content too', () => {
    const text = 'Dorrit Vance said the old pier could be saved, whereas the engineers thought it beyond repair.';
    expect(quote(text, 'the old pier')).toMatchObject({ text: 'the old pier could be saved', speaker: 'Dorrit Vance', cue: 'said' });
  });

  test('near miss: a concession with "though" stays in what was said', () => {
    const text = 'Dorrit Vance said the old pier could be saved, though the repairs would take two summers.';
    expect(quote(text, 'the old pier')).toMatchObject({ text: 'the old pier could be saved, though the repairs would take two summers', cue: 'said' });
  });

  test('"X said A, while Y said B": both reports, each with its own speaker', () => {
    const text = 'Tomas Vick said the ferry pier was safe, while Dana Ruiz said it was not.';
    expect(quote(text, 'the ferry pier')).toMatchObject({ text: 'the ferry pier was safe', speaker: 'Tomas Vick', cue: 'said', cue_start: at(text, 'said the') });
    expect(quote(text, 'it was not')).toMatchObject({ text: 'it was not', speaker: 'Dana Ruiz', cue: 'said', cue_start: at(text, 'said it') });
  });

  test('negative: a while-clause with no verb of its own attributing it is still the speaker\'s', () => {
    const text = 'Dorrit Vance said tolls rose 10%, while wages rose 2%.\n\nIda Holm said the bridge would cost $40 million, while a tunnel would cost twice that.';
    expect(quote(text, 'tolls rose')).toMatchObject({ text: 'tolls rose 10%, while wages rose 2%', speaker: 'Dorrit Vance', cue: 'said' });
    expect(quote(text, 'the bridge')).toMatchObject({ text: 'the bridge would cost $40 million, while a tunnel would cost twice that', speaker: 'Ida Holm', cue: 'said' });
  });

  test('negative: the speaker\'s own pronoun after "while", and a time clause closed by a second comma, stay in', () => {
    const text = 'Dorrit Vance said the levy would pass easily, while she expected the bond to fail.\n\nIda Holm said the pier would close, while repairs are made, for six weeks.';
    expect(quote(text, 'the levy')).toMatchObject({ text: 'the levy would pass easily, while she expected the bond to fail', speaker: 'Dorrit Vance', cue: 'said' });
    expect(quote(text, 'the pier would')).toMatchObject({ text: 'the pier would close, while repairs are made, for six weeks', speaker: 'Ida Holm', cue: 'said' });
  });

  test('near miss: "while" with no clause of its own stays in what was said', () => {
    const text = 'Dorrit Vance said the crews stayed calm, while waiting for the tide to turn.';
    expect(quote(text, 'the crews')).toMatchObject({ text: 'the crews stayed calm, while waiting for the tide to turn', cue: 'said' });
  });
});

describe('a reported clause ends before a "though" clause that only records a refusal to speak', () => {
  test('"OUTLET reported that A, though X declined to comment": the refusal is the writer\'s, no part of the report', () => {
    const text = 'The Halden Courier reported on Friday that the ferry line would be sold to a rival, though Marta Vinge declined to comment.';
    expect(quote(text, 'the ferry line')).toMatchObject({
      text: 'the ferry line would be sold to a rival', type: 'indirect', start: at(text, 'the ferry line'),
      end: at(text, ', though'), speaker_mention: 'The Halden Courier', cue: 'reported', cue_start: at(text, 'reported'),
    });
  });

  test('near miss: a concession with any other verb is still what was reported', () => {
    const text = 'The Halden Courier reported on Friday that the ferry line would be sold to a rival, though the deal could take a year.';
    expect(quote(text, 'the ferry line')).toMatchObject({
      text: 'the ferry line would be sold to a rival, though the deal could take a year', type: 'indirect',
      speaker_mention: 'The Halden Courier', cue: 'reported',
    });
  });
});

describe('a reported clause ends before an apposition that sums it up under a cue of its own', () => {
  test('"X said A, a decision she described as “B”": A is hers, and so is the partial', () => {
    const text = 'Ingrid Solberg runs the ferry line. She said she had sold her own boat to pay the crews, a decision she described as "the hardest of my life".';
    expect(quote(text, 'she had sold')).toMatchObject({
      text: 'she had sold her own boat to pay the crews', type: 'indirect', start: at(text, 'she had sold'), speaker: 'Ingrid Solberg',
      speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', cue_start: at(text, 'said she'),
    });
    expect(quote(text, 'the hardest')).toMatchObject({ text: 'the hardest of my life', type: 'partial', speaker: 'Ingrid Solberg', cue: 'described' });
  });

  test('"…, a step that he called B" without quotation marks: the apposition is cut off too', () => {
    const text = 'Council leader Tomas Varga said the city would close two libraries, a painful step that he called unavoidable.';
    expect(quote(text, 'the city')).toMatchObject({ text: 'the city would close two libraries', speaker: 'Tomas Varga', cue: 'said' });
  });

  test('near miss: an apposition with no cue of its own stays in the clause', () => {
    const text = 'Tomas Varga said the city had closed two libraries, a loss that upset many readers.';
    expect(quote(text, 'the city')).toMatchObject({ text: 'the city had closed two libraries, a loss that upset many readers', speaker: 'Tomas Varga' });
  });

  test('near miss: an apposition naming a person or thing, not an act, stays in the clause', () => {
    // (The reviewer's sentences: the apposition names the clause's object, so nothing sums the clause up.)
    const striker = 'Varga said the team signed a striker, a player he described as quick and clever.';
    expect(quotesOf(striker).map((q) => [q.text, q.cue])).toEqual([['the team signed a striker, a player he described as quick and clever', 'said']]);
    const gun = 'Police said the suspect had a gun, a pistol they said was stolen.';
    expect(quote(gun, 'the suspect')).toMatchObject({ text: 'the suspect had a gun, a pistol they said was stolen', speaker: 'Police', cue: 'said' });
    const manager = 'The mayor said the city had hired a new manager, a woman she called the best in the state.';
    expect(quote(manager, 'the city')).toMatchObject({ text: 'the city had hired a new manager, a woman she called the best in the state', cue: 'said' });
    const reporter = 'He said they were sending a reporter, a man he said knew the area well.';
    expect(quote(reporter, 'they were')).toMatchObject({ text: 'they were sending a reporter, a man he said knew the area well', cue: 'said' });
  });

  test('near miss: a summing noun under "said", no label verb, stays in the clause', () => {
    const text = 'Mira Kade said the board would sell the pier, a move she said was overdue.';
    expect(quote(text, 'the board')).toMatchObject({ text: 'the board would sell the pier, a move she said was overdue', speaker: 'Mira Kade', cue: 'said' });
  });
});

describe('a relative clause on the speaker ends where the main clause resumes after an adverb', () => {
  test('"X, who told OUTLET that A, now says B": A ends at the comma, B is a report of its own with no outlet', () => {
    const text = 'Petra Halvorsen, who told the Ledger in April that the ferry would stop running, now says it could sail all winter.';
    expect(quote(text, 'the ferry would')).toMatchObject({
      text: 'the ferry would stop running', type: 'indirect', start: at(text, 'the ferry would'), speaker: 'Petra Halvorsen',
      speaker_mention: 'who', cue: 'told', cue_start: at(text, 'told'), outlet: 'Ledger',
    });
    expect(quote(text, 'it could sail')).toMatchObject({
      text: 'it could sail all winter', type: 'indirect', start: at(text, 'it could sail'), speaker: 'Petra Halvorsen',
      speaker_mention: 'Petra Halvorsen', cue: 'says', cue_start: at(text, 'says it'), outlet: null,
    });
  });

  test('near miss: "X, who spoke to OUTLET on condition of anonymity, said B": the aside reported nothing, B keeps the outlet', () => {
    const text = 'Three nurses, who spoke to the Ledger on condition of anonymity, said the ward was short of staff.';
    expect(quote(text, 'the ward')).toMatchObject({ text: 'the ward was short of staff', type: 'indirect', speaker_mention: 'Three nurses', cue: 'said', outlet: 'Ledger' });
  });

  test('near miss: "X told OUTLET that A" with no relative clause keeps its outlet', () => {
    const text = 'Petra Halvorsen told the Ledger that the ferry would stop running.';
    expect(quote(text, 'the ferry would')).toMatchObject({ text: 'the ferry would stop running', speaker: 'Petra Halvorsen', cue: 'told', outlet: 'Ledger' });
  });
});

describe('a second party\'s report conceded after the content ends it', () => {
  test('", though BODY said CLAUSE" is the body\'s own report, not the first speaker\'s words', () => {
    const text = 'The Ledger reported that the flood had closed the bridge, though the Harbour Board said the crossing was open.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the flood had closed the bridge', start: at(text, 'the flood'), end: at(text, ', though'), speaker: 'Ledger', cue: 'reported' },
      { type: 'indirect', text: 'the crossing was open', start: at(text, 'the crossing'), speaker: 'Harbour Board', cue: 'said', cue_start: at(text, 'said') },
    ]);
  });

  test('near miss: the speaker\'s own concession with no second report stays in', () => {
    const text = 'Mara Okafor said the ferry was late, though the crossing was calm.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the ferry was late, though the crossing was calm', start: at(text, 'the ferry'), speaker: 'Mara Okafor', cue: 'said' }]);
  });
});
