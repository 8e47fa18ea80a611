import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a second that-clause after one that holds quoted words', () => {
  test('"told reporters that A “…,” and that B": B is its own report, same speaker, cue and outlet', () => {
    const text = 'Outside the court, Tom Reyes told the Harbour Gazette that the case rested on “one angry clerk,” and that his client had always meant to pay the money back.';
    expect(quote(text, 'one angry clerk')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', cue: 'told', outlet: 'Harbour Gazette' });
    expect(quote(text, 'his client')).toMatchObject({
      text: 'his client had always meant to pay the money back', type: 'indirect', start: at(text, 'his client'),
      speaker: 'Tom Reyes', speaker_mention: 'Tom Reyes', cue: 'told', cue_start: at(text, 'told'), outlet: 'Harbour Gazette',
    });
  });

  test('a second clause that holds quoted words of its own is only its partial', () => {
    const text = 'Lena Marsh wrote that the price was “high but fair,” and that regulators would be “very tough.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['high but fair,', 'very tough.']);
  });

  test('without a comma, a second clause with a subject of its own is its own report, same speaker, cue and outlet', () => {
    const text = 'Mayor Lena Farrow told the Herald that the repairs were "far behind schedule" and that the council would vote on Friday.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['far behind schedule', 'partial'], ['the council would vote on Friday', 'indirect']]);
    expect(quote(text, 'the council')).toMatchObject({
      start: at(text, 'the council'), end: at(text, '.'), speaker: 'Lena Farrow', speaker_mention: 'Lena Farrow',
      speaker_start: at(text, 'Lena'), cue: 'told', cue_start: at(text, 'told'), outlet: 'Herald',
    });
  });

  test('… also with "it" for the organisation that speaks', () => {
    const text = 'The Harbor Trust said in a statement that food was "the first priority" in the camps and that it had flown in 40 tonnes of rice.';
    expect(quote(text, 'it had flown')).toMatchObject({
      text: 'it had flown in 40 tonnes of rice', type: 'indirect', start: at(text, 'it had flown'),
      speaker: 'Harbor Trust', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('near miss: without a comma before "and that" a personal pronoun subject leaves the report the quoted words only', () => {
    const text = 'Lena Marsh said talks were “going well” and that she hoped for a deal before the spring.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['going well']);
  });

  test('without a comma, a pronoun subject whose verb is no cue is more of what was said: its own report', () => {
    const text = 'The league said that Dana Rusk had “chosen to step away” and that she was being looked after by the medical staff.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.speaker_kind, q.cue, q.cue_start])).toEqual([
      ['partial', 'chosen to step away', at(text, 'chosen'), at(text, '” and'), 'The league', 'organization', 'said', at(text, 'said')],
      ['indirect', 'she was being looked after by the medical staff', at(text, 'she was'), at(text, '.'), 'The league', 'organization', 'said', at(text, 'said')],
    ]);
    const coach = 'Ivo Tamm said the keeper was “perfectly fit” and that he would train again on Monday.';
    expect(quote(coach, 'he would train')).toMatchObject({ type: 'indirect', text: 'he would train again on Monday', speaker: 'Ivo Tamm', speaker_mention: 'Ivo Tamm', cue: 'said' });
  });

  test('without a comma, a second clause holding another party\'s cue is still the teller\'s report, not that party\'s', () => {
    const text = 'Halbrook told reporters she expected the vote “by Friday, not next month” and that the union would ask the court to step in.';
    expect(quote(text, 'by Friday')).toMatchObject({ type: 'partial', speaker: 'Halbrook', cue: 'told' });
    expect(quote(text, 'the union')).toMatchObject({
      text: 'the union would ask the court to step in', type: 'indirect', start: at(text, 'the union'),
      speaker: 'Halbrook', speaker_mention: 'Halbrook', speaker_start: 0, cue: 'told', cue_start: at(text, 'told'),
    });
    // The cue inside the clause reports nothing of its own.
    expect(quotesOf(text).filter((q) => q.cue === 'ask')).toEqual([]);
  });

  test('"said A “…” and that B had told her C": the teller\'s report of B, and B\'s own report C inside it, both kept', () => {
    const text = 'Dana Rusk said the strike was “over” and that Mayor Ivo Tamm had told her it would end.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue])).toEqual([
      ['partial', 'over', 'Dana Rusk', 'said'],
      ['indirect', 'Mayor Ivo Tamm had told her it would end', 'Dana Rusk', 'said'],
      ['indirect', 'it would end', 'Ivo Tamm', 'told'],
    ]);
    expect(quote(text, 'it would end')).toMatchObject({ start: at(text, 'it would end'), speaker_mention: 'Ivo Tamm', cue_start: at(text, 'told') });
    const union = 'Dana Rusk said the strike was “over” and that the union said it would appeal.';
    expect(quote(union, 'it would appeal')).toMatchObject({ type: 'indirect', text: 'it would appeal', speaker: 'the union', cue: 'said' });
  });

  test('negative: a pronoun subject in that clause ("and that she would ask …") is the speaker again: no second that-clause report, the inner cue keeps its own', () => {
    const text = 'Halbrook told reporters the vote was “long overdue” and that she would ask the court to step in.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker, q.cue])).toEqual([
      ['partial', 'long overdue', 'Halbrook', 'told'],
      ['indirect', 'the court to step in', 'Halbrook', 'ask'],
    ]);
  });
});

describe('a second "that" after quoted words opens a report only with a subject after it', () => {
  test('"…,” and that was the end of it": "that" is the subject of the writer\'s own clause, no report', () => {
    const text = 'Councillor Rosa Pike said that the tender was “a farce,” and that was the last anyone heard of it.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['a farce,', 'partial']]);
  });

  test('"…,” but that too is not …" reports nothing more either', () => {
    const text = 'Councillor Rosa Pike said that the tender was “a farce,” but that too is not how the board saw it.';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['a farce,', 'partial']]);
  });

  test('the near miss: "…,” and that the board had …" is still its own report', () => {
    const text = 'Councillor Rosa Pike said that the tender was “a farce,” and that the board had ignored her letters.';
    expect(quote(text, 'the board had')).toMatchObject({ type: 'indirect', text: 'the board had ignored her letters', start: at(text, 'the board had'), speaker: 'Rosa Pike', cue: 'said' });
  });
});

describe('an inner report ends before a later frame whose speaker has a title', () => {
  test('"…, Dr Lee said": the title is part of the frame, not of the inner cue\'s content', () => {
    const text = 'The trial showed a small benefit, not proof that the tonic heals, Dr Mara Velt said.';
    const shown = quotesOf(text).find((q) => q.cue === 'showed');
    expect(shown).toMatchObject({
      text: 'a small benefit, not proof that the tonic heals', type: 'indirect', speaker_mention: 'The trial', cue: 'showed',
      start: at(text, 'a small'), end: at(text, ', Dr'),
    });
    expect(quote(text, 'The trial showed')).toMatchObject({ type: 'indirect', speaker: 'Mara Velt', cue: 'said', start: 0, end: at(text, ', Dr') });
  });

  test('… and before a later "and Dr X said"', () => {
    const text = 'The trial showed the tonic heals, and Dr Mara Velt said it was cheap.';
    expect(quotesOf(text).find((q) => q.cue === 'showed')).toMatchObject({ text: 'the tonic heals', start: at(text, 'the tonic'), end: at(text, ', and') });
  });

  test('a verb inside the clause that a titled frame closes reports nothing of its own once cut back to it', () => {
    const text = 'By and large, the nurses do what they can to find a spare bed, Dr Orla Penn said.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue, q.start, q.end])).toEqual([
      ['By and large, the nurses do what they can to find a spare bed', 'indirect', 'Orla Penn', 'said', 0, at(text, ', Dr')],
    ]);
  });

  test('near miss: a clause closed by a speech frame keeps that speaker when a later frame cuts back to it', () => {
    const text = 'In Dunmore, marchers carried white roses, KDNM-TV reported, while in Harbour Town the parade began with a silence, the Harbour Town Courier reported.';
    expect(quotesOf(text)[0]).toMatchObject({ type: 'indirect', speaker_mention: 'KDNM-TV', cue: 'reported', start: 0 });
  });

  test('near miss: a titled name inside the content, no frame of its own, stays in it', () => {
    const text = 'The trial showed that Dr Mara Velt was right about the tonic, the clinic said.';
    expect(quotesOf(text).find((q) => q.cue === 'showed')).toMatchObject({ text: 'Dr Mara Velt was right about the tonic', start: at(text, 'Dr Mara'), end: at(text, ', the clinic') });
  });
});

describe('"X said A was “…,” while Y told Z that B": the contrast clause is Y\'s own report', () => {
  test('the report after "while" and an apposition is found, with its own speaker', () => {
    const text = 'Ines Duarte said the repairs were “overdue by a decade,” while Tom Reyes, the budget chair, told the Ledger that the money had run out.';
    expect(quote(text, 'overdue')).toMatchObject({ type: 'partial', speaker: 'Ines Duarte', cue: 'said' });
    expect(quote(text, 'the money')).toMatchObject({
      text: 'the money had run out', type: 'indirect', start: at(text, 'the money'), speaker: 'Tom Reyes', speaker_mention: 'Tom Reyes',
      speaker_start: at(text, 'Tom Reyes'), cue: 'told', cue_start: at(text, 'told'),
    });
  });

  test('near miss: a "while" clause with no report in it reports nothing', () => {
    const text = 'Ines Duarte said the repairs were “overdue by a decade,” while the crowd booed and left.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['overdue by a decade,']);
  });
});

describe('a closing "in an interview with OUTLET" (interview-tail.ts)', () => {
  test('"X said A, in a phone interview with the Spanish daily El Mundo.": the interview is the frame\'s, its outlet the report\'s', () => {
    const text = 'Sailing news\n\nThe syndicate was quiet on Monday. Pia Arnesen said the new hull had been tested only twice, in a brief phone interview with the Spanish daily El Mundo.';
    expect(quote(text, 'the new hull')).toMatchObject({
      text: 'the new hull had been tested only twice', type: 'indirect', start: at(text, 'the new hull'),
      speaker: 'Pia Arnesen', cue: 'said', outlet: 'El Mundo',
    });
  });

  test('a clause after the interview phrase, or an interview with no outlet, leaves the report whole (negative case)', () => {
    const clause = 'Sailing news\n\nThe syndicate was quiet on Monday. Pia Arnesen said the hull was untested, in an interview with El Mundo, but that the crew trusted it.';
    // (", but that" opens a second report; the interview closing the first is the frame's, see second-that-clauses.ts.)
    expect(quote(clause, 'the hull was')).toMatchObject({ text: 'the hull was untested', outlet: 'El Mundo' });
    expect(quote(clause, 'the crew')).toMatchObject({ text: 'the crew trusted it', speaker: 'Pia Arnesen', outlet: 'El Mundo' });
    const plain = 'Sailing news\n\nThe syndicate was quiet on Monday. Pia Arnesen said the hull was untested, in an interview with her skipper.';
    expect(quote(plain, 'the hull was')).toMatchObject({ text: 'the hull was untested, in an interview with her skipper', speaker: 'Pia Arnesen', outlet: null });
  });
});

describe('a closing "in comments to OUTLET", or an interview phrase with no comma (interview-tail.ts, given-to.ts)', () => {
  test('"X said A in comments to the Lakeview Ledger.": the phrase leaves the span and its outlet is the report\'s', () => {
    const text = 'Transfer news\n\nRenzo Galli said the club was stalling in comments to the Lakeview Ledger.';
    expect(quote(text, 'the club was')).toMatchObject({
      text: 'the club was stalling', type: 'indirect', start: at(text, 'the club was'), end: at(text, 'the club was') + 'the club was stalling'.length,
      speaker: 'Renzo Galli', cue: 'said', outlet: 'Lakeview Ledger',
    });
  });

  test('"X said A in an interview with the Harbour Post." (no comma) cuts the phrase the same way', () => {
    const text = 'Transfer news\n\nRenzo Galli said the club was stalling in an interview with the Harbour Post.';
    expect(quote(text, 'the club was')).toMatchObject({ text: 'the club was stalling', speaker: 'Renzo Galli', outlet: 'Harbour Post' });
  });

  test('a partial before "in comments to OUTLET" gets the outlet, and so does the speaker\'s next report', () => {
    const text = 'Transfer news\n\nRenzo Galli said the club was “playing games” in comments to La Stampa last week. He said the board had stopped answering.';
    expect(quote(text, 'playing games')).toMatchObject({ type: 'partial', speaker: 'Renzo Galli', cue: 'said', outlet: 'La Stampa' });
    expect(quote(text, 'the board')).toMatchObject({ text: 'the board had stopped answering', speaker: 'Renzo Galli', speaker_mention: 'He', outlet: 'La Stampa' });
  });

  test('negative: with no comma, an interview after a speech inside the words is that speech\'s ("mentioned by Lina Park in an interview with …")', () => {
    const text = 'Transfer news\n\nRenzo Galli said he could not explain why the fee was mentioned by Lina Park in an interview with the Harbour Post.';
    expect(quote(text, 'he could not')).toMatchObject({ text: 'he could not explain why the fee was mentioned by Lina Park in an interview with the Harbour Post', speaker: 'Renzo Galli', outlet: null });
  });

  test('negative: an interview with no outlet stays in what was said ("lied in an interview with the club")', () => {
    const text = 'Transfer news\n\nRenzo Galli said the winger lied in an interview with the club.';
    expect(quote(text, 'the winger')).toMatchObject({ text: 'the winger lied in an interview with the club', outlet: null });
  });
});

describe('"…,” while Y told Z that …": a second speaker contrasted after quoted words', () => {
  test('the clause after "while" is Y\'s own report, with its outlet', () => {
    const text = 'Council vote\n\nTomas Berg called the budget “a rounding error with a ribbon on it,” while Nadia Fell, a retired auditor, told the Lakeview Ledger that the figures added up.';
    expect(quote(text, 'a rounding error')).toMatchObject({ type: 'partial', speaker: 'Tomas Berg', outlet: null });
    expect(quote(text, 'the figures added')).toMatchObject({
      text: 'the figures added up', type: 'indirect', start: at(text, 'the figures added'),
      speaker: 'Nadia Fell', cue: 'told', outlet: 'Lakeview Ledger',
    });
  });

  test('"while" opening a clause with no report adds nothing (negative case)', () => {
    const text = 'Council vote\n\nTomas Berg called the budget “a rounding error with a ribbon on it,” while the crowd waited outside in the rain.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['a rounding error with a ribbon on it,']);
  });
});

describe('the sentence\'s own cue right after a quotation inside an aside on its subject', () => {
  test('"X, who said he would “…,” said at a rally that B": B is X\'s report, beside the partial', () => {
    const text = 'The ferry vote is on Friday. Mayor Tom Vale, who once said he would “sink the old ferry,” said at a rally in Elwin that the port should close.';
    expect(quote(text, 'sink the old ferry')).toMatchObject({ type: 'partial', speaker: 'Tom Vale' });
    expect(quote(text, 'the port should')).toMatchObject({
      type: 'indirect', text: 'the port should close', start: at(text, 'the port should'), end: at(text, 'the port should') + 'the port should close'.length,
      speaker: 'Tom Vale', speaker_mention: 'Tom Vale', cue: 'said', cue_start: at(text, 'said at'),
    });
  });

  test('… also between spaced hyphens: "X - who said he would “…” - said that B"', () => {
    const text = 'The ferry vote is on Friday. Mayor Tom Vale - who once said he would “sink the old ferry” - said at a rally in Elwin that the port should close.';
    expect(quote(text, 'the port should')).toMatchObject({ type: 'indirect', text: 'the port should close', speaker: 'Tom Vale', cue: 'said', cue_start: at(text, 'said at') });
  });

  test('"X, who told Reuters she would “…,” said on Friday that B": the aside\'s outlet got the aside\'s words, not B (negative case)', () => {
    const text = 'Mayor Nell Arden, who told Reuters she would “never quit,” said on Friday that she would stay.';
    expect(quote(text, 'never quit')).toMatchObject({ type: 'partial', text: 'never quit,', speaker: 'Nell Arden', speaker_mention: 'who', cue: 'told', outlet: 'Reuters' });
    expect(quote(text, 'she would stay')).toMatchObject({
      type: 'indirect', text: 'she would stay', start: at(text, 'she would stay'), speaker: 'Nell Arden', speaker_mention: 'Nell Arden', cue: 'said', cue_start: at(text, 'said on'), outlet: null,
    });
  });

  test('near miss: "X told Reuters she would “…,” adding that B": one occasion, B keeps the outlet', () => {
    const text = 'Mayor Nell Arden told Reuters she would “never quit,” adding that she would stay.';
    expect(quote(text, 'she would stay')).toMatchObject({ type: 'indirect', text: 'she would stay', start: at(text, 'she would stay'), speaker: 'Nell Arden', outlet: 'Reuters' });
  });

  test('not a cue further on inside the clause that holds the quotation: "ruling that it was “…” to whether Lee knew …"', () => {
    const text = 'Judge Ana Ruiz denied the motion, ruling that the email was “plainly relevant” to whether Tom Lee knew the money was missing.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual([]);
  });
});

// One participle after a quotation's frame is one report, however it is found.
describe('a participle of speech after a quotation and a phrase of time or place', () => {
  test('"“…,” she said on the podcast SHOW, adding that …": one report, with the programme', () => {
    const text = 'Mara Linde thanked her fans. “I always loved it,” she said on the podcast Harbour Nights, adding that she would return.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      text: 'she would return', start: at(text, 'she would return'), end: at(text, 'she would return') + 16,
      speaker: 'Mara Linde', speaker_mention: 'she', cue: 'adding', cue_start: at(text, 'adding'), outlet: 'Harbour Nights',
    });
    expect(quote(text, 'I always')).toMatchObject({ type: 'direct', speaker: 'Mara Linde', cue: 'said', outlet: 'Harbour Nights' });
  });

  test('"“…,” NAME said on DAY, adding that …": the report leaves the "that" out', () => {
    const text = '“It is over,” Tom Vick said on Monday, adding that the bill was dead.';
    const reports = quotesOf(text).filter((q) => q.type === 'indirect');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ text: 'the bill was dead', start: at(text, 'the bill'), end: at(text, 'the bill') + 17, speaker: 'Tom Vick', cue: 'adding' });
  });

  test('near miss: a particle stays the cue\'s and a "that" inside the object stays ("hinting at …", "explaining the bill that …")', () => {
    const hint = '“It is over,” Tom Vick said on Monday, hinting at a new bill.';
    expect(quotesOf(hint).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual(['a new bill']);
    const object = '“It is over,” Tom Vick said on Monday, explaining the bill that passed.';
    expect(quotesOf(object).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual(['the bill that passed']);
  });

  test('negative: a participle straight after the frame still reports its clause ("“…,” she said, adding that …")', () => {
    const text = 'Mara Linde thanked her fans. “It is over,” she said, adding that she would return.';
    expect(quote(text, 'she would return')).toMatchObject({ type: 'indirect', text: 'she would return', speaker: 'Mara Linde', cue: 'adding' });
  });
});

describe('a finding only foretold inside a report', () => {
  test('"said the state would show that A": one report, the speaker\'s, with A inside it; the state reports nothing', () => {
    const text = 'She said the state would show that Tom Bell had used the funds to buy a boat.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue])).toEqual([
      ['the state would show that Tom Bell had used the funds to buy a boat', 'indirect', 'She', 'said'],
    ]);
    expect(quote(text, 'the state')).toMatchObject({ start: at(text, 'the state'), speaker_start: 0, cue_start: at(text, 'said') });
  });

  test('"said the guild would ask the council to …": a request foretold is the speaker\'s report, the guild reports nothing', () => {
    const text = 'She said that the guild would ask the council to audit the fund and that it had already written to the mayor.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue])).toEqual([
      ['the guild would ask the council to audit the fund', 'indirect', 'She', 'said'],
      ['it had already written to the mayor', 'indirect', 'She', 'said'],
    ]);
  });

  test('near miss: a speech verb foretold ("Lee would say that …") is still its own report', () => {
    const text = 'Ruiz said the audit would show that the fund was empty, and that Lee would say that it was fine.';
    expect(quote(text, 'it was fine')).toMatchObject({ type: 'indirect', start: at(text, 'it was fine'), speaker: 'Lee', speaker_mention: 'Lee', cue: 'say', cue_start: at(text, 'say') });
  });
});

describe('a request relayed inside a report', () => {
  test('"said X had asked for A": the report is the speaker\'s, X reports nothing', () => {
    const text = 'A spokesman for the studio said Maria Chen had asked for a shorter schedule in May.';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue])).toEqual([
      ['Maria Chen had asked for a shorter schedule in May', 'indirect', 'A spokesman for the studio', 'said'],
    ]);
    expect(quote(text, 'Maria Chen')).toMatchObject({ start: at(text, 'Maria Chen'), speaker_start: 0, cue_start: at(text, 'said') });
  });

  test('"said X had asked to leave … and that B": the second clause is the company\'s too', () => {
    const text = 'In a statement, the company said Tom Reyes had asked to leave the show and that his role would be recast.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker_mention, q.cue])).toEqual([
      ['Tom Reyes had asked to leave the show', 'the company', 'said'],
      ['his role would be recast', 'the company', 'said'],
    ]);
  });

  test('"said she had asked the governor to …": the speaker\'s own request is still only her report', () => {
    const text = 'Mayor Dana Holt said she had asked the governor to send troops after the flood.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['she had asked the governor to send troops after the flood', 'Dana Holt', 'said'],
    ]);
  });

  test('near miss: an act requested of a hearer outside any report is still a report of its own', () => {
    const text = 'Maria Chen asked the studio to shorten the schedule in May.';
    expect(quote(text, 'the studio')).toMatchObject({ type: 'indirect', speaker: 'Maria Chen', cue: 'asked' });
  });
});

describe('a place adverb between the speaker and the cue', () => {
  test('"Officials there said …"', () => {
    const text = 'Fire crews reached Dunmore at dawn. Officials there said the blaze had started in a boat shed.';
    expect(quote(text, 'the blaze')).toMatchObject({ text: 'the blaze had started in a boat shed', type: 'indirect', speaker_mention: 'Officials', cue: 'said' });
  });
});

describe('a cue word inside a quoted name after "titled", "called" … is no cue', () => {
  test('"The album, titled “Tell Them Softly,” arrives …" reports nothing', () => {
    const text = 'The album, titled “Tell Them Softly,” arrives in shops next month.';
    expect(quotesOf(text)).toHaveLength(0);
  });

  test('"a play called “Ask Me Later” …" reports nothing', () => {
    const text = 'The troupe is touring a play called “Ask Me Later” through the autumn.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toHaveLength(0);
  });

  test('near miss: a report beside the titled work is still found', () => {
    const text = 'Ines Moreau said the album, titled “Tell Them Softly,” would arrive next month.';
    expect(quote(text, 'the album')).toMatchObject({ text: 'the album, titled “Tell Them Softly,” would arrive next month', type: 'indirect', speaker: 'Ines Moreau', cue: 'said', start: at(text, 'the album'), outlet: null });
  });
});
