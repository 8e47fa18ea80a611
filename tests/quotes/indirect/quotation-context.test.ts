import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('a single-quoted name at the end of reported content', () => {
  test('the content runs through its closing mark', () => {
    const text = 'Mara Okafor spoke on the Harbour Gazette podcast. She told the host that her fans call themselves the ‘Night Shift’.';
    expect(quote(text, 'her fans call')).toMatchObject({ text: 'her fans call themselves the ‘Night Shift’', end: at(text, '’.') + 1 });
  });

  test('an apostrophe after the content is no closing mark', () => {
    const text = 'Mara Okafor said the pier belongs to the ferry workers’ union.';
    expect(quote(text, 'the pier belongs')).toMatchObject({ text: 'the pier belongs to the ferry workers’ union' });
  });
});

describe('a reason with quoted words stays in the report it gives a reason for', () => {
  test('"said that A, because “B”": the quoted words only, no separate report of A', () => {
    const text = 'Tom Reyes told the Boston Globe that the studio had rented a yacht for one shot, because “the first two boats looked too cheap.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the first two boats looked too cheap.']);
    expect(quote(text, 'the first two')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', cue: 'told', outlet: 'Boston Globe' });
  });

  test('a clause coordinated after a comma is still cut off: "said that A, but “B”"', () => {
    const text = 'Tom Reyes told the Boston Globe that the studio had rented a yacht for one shot, but “nobody ever sailed it.”';
    expect(quote(text, 'the studio had')).toMatchObject({ text: 'the studio had rented a yacht for one shot', type: 'indirect', speaker: 'Tom Reyes' });
  });
});

describe('a report verb coordinated after the content ends it before the quotation', () => {
  test('"said he had rung X to wish her luck and urged his volunteers to “…”": the first clause is reported', () => {
    const text = 'Lena Marsh won the mayoral race. Tom Reyes conceded before midnight. He said he had rung Marsh to wish her luck and urged his volunteers to “give her a fair chance.”';
    expect(quote(text, 'he had rung')).toMatchObject({ text: 'he had rung Marsh to wish her luck', type: 'indirect', speaker: 'Tom Reyes', speaker_mention: 'He', cue: 'said' });
    expect(quote(text, 'give her')).toMatchObject({ type: 'partial', speaker: 'Tom Reyes', cue: 'urged' });
  });

  test('a verb in another form after "and" is no new predicate: "said the crew had to rest and eat “whatever was left”"', () => {
    const text = 'Tom Reyes said the crew had to rest and eat “whatever was left.”';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['whatever was left.']);
  });
});

describe('a noun in apposition after the content, whose relative clause quotes someone else, ends the content', () => {
  test('"X said that A, a scene that one grip described as “…”": A is reported, the quotation stays a partial of its own', () => {
    const text = 'Tomas Vallier said that the new draft also shifts the finale to a Porto bridge at dawn, a scene that one grip described as "the priciest ten minutes the studio has ever approved."';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.type === 'indirect')).toMatchObject({
      text: 'the new draft also shifts the finale to a Porto bridge at dawn', start: at(text, 'the new'), speaker: 'Tomas Vallier', speaker_start: 0, cue: 'said', cue_start: at(text, 'said'),
    });
    expect(quotes.find((q) => q.type === 'partial')).toMatchObject({ text: 'the priciest ten minutes the studio has ever approved.', start: at(text, 'the priciest') });
  });

  test('negative: a relative clause with no speaker of its own leaves the quotation inside the report ("a move that “…”")', () => {
    const text = 'Tomas Vallier said the council would sell the pier, a move that "will haunt the town for years."';
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => q.type === 'indirect')).toEqual([]);
    expect(quotes.find((q) => q.type === 'partial')).toMatchObject({ text: 'will haunt the town for years.', speaker: 'Tomas Vallier', cue: 'said' });
  });
});

describe('after the frame of a quotation, only a clause is more of what was said', () => {
  test('no report from how or where the words were said, nor from the next act', () => {
    const texts = [
      '“We will hold the county,” campaign aide Rosa Kemp said cheerfully on Harbour Radio as the results came in.',
      '“I did not come to flatter anyone,” Ilse Marwick said slowly, as the figures scrolled across the screen.',
      '“I am backing Tom Hale,” she said and walked back to the ferry.',
      '“The pier is safe,” Ilse Marwick said during a forum in Port Elwin, flanked by the families of the divers.',
      '“We were misled at the harbour,” Ilse Marwick said, with a shrug that made the whole room laugh.',
    ];
    for (const text of texts) expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a that-clause or a clause with its subject after the cue is still reported', () => {
    const text = '“We will sail,” Ilse Marwick said on Tuesday that the ferry would run again by May.';
    expect(quote(text, 'the ferry would')).toMatchObject({ type: 'indirect', text: 'the ferry would run again by May', speaker: 'Ilse Marwick', cue: 'said' });
  });

  test('a bare clause opening with an adverb on its subject, or with a fronted subordinate clause, is still reported', () => {
    const nearly = '“The season is lost,” Tove Lindqvist said nearly 30 trawlers would be laid up.';
    expect(quote(nearly, 'nearly 30')).toMatchObject({ type: 'indirect', text: 'nearly 30 trawlers would be laid up', start: 42, end: 77, speaker: 'Tove Lindqvist', cue: 'said' });
    const only = '“The season is lost,” Tove Lindqvist said only the harbour board could save it.';
    expect(quote(only, 'only the')).toMatchObject({ type: 'indirect', text: 'only the harbour board could save it', speaker: 'Tove Lindqvist', cue: 'said' });
    const once = '“The season is lost,” Tove Lindqvist said once the audit ends the fleet would be sold.';
    expect(quote(once, 'once the')).toMatchObject({ type: 'indirect', text: 'once the audit ends the fleet would be sold', speaker: 'Tove Lindqvist', cue: 'said' });
    // negative: a subordinate clause with no main clause after it tells when the words were said
    expect(quotesOf('“The season is lost,” Tove Lindqvist said sadly as the trawlers came in.').filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a participle of speech further on reports its object, with its own cue', () => {
    const text = '“The toll is a stain on this harbour,” board spokesman Ivo Brandt said on Friday, explaining the new winter toll.';
    expect(quote(text, 'the new winter toll')).toMatchObject({
      type: 'indirect', text: 'the new winter toll', start: at(text, 'the new winter toll'), speaker: 'Ivo Brandt', speaker_mention: 'Ivo Brandt', cue: 'explaining', cue_start: at(text, 'explaining'),
    });
    const hint = '“We may go to a contested vote,” Ilse Marwick said at a town hall on Thursday, hinting at her plan for the seat.';
    expect(quote(hint, 'her plan')).toMatchObject({ type: 'indirect', text: 'her plan for the seat', speaker: 'Ilse Marwick', cue: 'hinting' });
  });

  test('not a participle that is no speech: "smiling at the crowd"', () => {
    const text = '“We will sail,” Ilse Marwick said quietly, smiling at the crowd on the quay.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
    // … nor a gesture made with a cue verb: "pointing at the lights" (while "pointing to a report" reports)
    expect(quotesOf('“We will sail,” Ilse Marwick said on the quay, pointing at the beacon lights.').filter((q) => q.type === 'indirect')).toEqual([]);
    const report = '“We will sail,” Ilse Marwick said on Friday, pointing to the survey of the hull.';
    expect(quote(report, 'the survey')).toMatchObject({ type: 'indirect', text: 'the survey of the hull', speaker: 'Ilse Marwick', cue: 'pointing to' });
  });
});

describe('a participle\'s report cut before a second participle of speech that holds the quotation', () => {
  test('"…, saying A and calling him “…”": A is the report, the quoted words the second act\'s', () => {
    const text = 'The ferry vote is on Friday. Ana Ruiz defended the harbour master, saying he had hired more women than anyone and calling him “a quiet reformer.”';
    expect(quote(text, 'he had hired')).toMatchObject({
      type: 'indirect', text: 'he had hired more women than anyone', start: at(text, 'he had hired'), end: at(text, 'he had hired') + 'he had hired more women than anyone'.length,
      speaker: 'Ana Ruiz', cue: 'saying', cue_start: at(text, 'saying'),
    });
    expect(quote(text, 'a quiet reformer')).toMatchObject({ type: 'partial', speaker: 'Ana Ruiz', cue: 'calling' });
  });

  test('not after a finite cue, where the gerund can be the clause\'s own subject: "said A and calling him “…” was fair"', () => {
    const text = 'The ferry vote is on Friday. Ana Ruiz said he had hired more women than anyone and calling him “a quiet reformer” was fair.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

// A weak cue (call, praise …) with a quotation of its own, after the report: the report stops before it.
describe('a report followed by a second predicate with a weak cue and its quotation', () => {
  test('"X says A and calls them “…”": A is reported, the quotation is the call\'s', () => {
    const text = 'Mayor Dana Pruitt says she respects the crew and calls them “the best in the county.”';
    expect(quote(text, 'she respects')).toMatchObject({
      type: 'indirect', text: 'she respects the crew', start: at(text, 'she respects'), end: at(text, ' and calls'),
      speaker: 'Dana Pruitt', speaker_mention: 'Dana Pruitt', cue: 'says', cue_start: at(text, 'says'),
    });
    expect(quote(text, 'the best')).toMatchObject({ type: 'partial', speaker: 'Dana Pruitt', cue: 'calls', cue_start: at(text, 'calls') });
  });

  test('"X suggested A, called her “…” and left": listed after a comma', () => {
    const text = 'Oren Vasko later suggested her tone was too harsh, called her “third-rate” and skipped the next debate.';
    expect(quote(text, 'her tone')).toMatchObject({
      type: 'indirect', text: 'her tone was too harsh', end: at(text, ', called'), speaker: 'Oren Vasko', cue: 'suggested',
    });
  });

  test('negative: a parenthetical frame before the listed cue gives no report ("The board, X said, called it “…”")', () => {
    const text = 'The Pellham Gazette, Moor said, called the ruling “deeply troubling.”';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('negative: a relative clause\'s verb is no predicate before the listed cue ("said the mayor, who had been silent, praised …")', () => {
    const text = 'Lina Duarte said the mayor, who had been silent for weeks, praised the crew as “true heroes.”';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
    const other = 'Piet Lorne said the report, which was leaked on Monday, called the plan “a disaster.”';
    expect(quotesOf(other).filter((q) => q.type === 'indirect')).toEqual([]);
    // The listed cue after a clause of the content's own still ends the report.
    const listed = 'Piet Lorne said the report, which was leaked on Monday, was unfair, called it “a smear” and left.';
    expect(quote(listed, 'the report')).toMatchObject({ type: 'indirect', text: 'the report, which was leaked on Monday, was unfair', cue: 'said' });
  });
});

describe('an unquoted that-clause before a second one with quoted words', () => {
  test('"said A and that B “…”": A is its own indirect report, the quoted words their partial', () => {
    const text = 'Kurt Anholt told the panel that the grants had been frozen since March and that the delay was “a slow disaster for farmers.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([
      ['the grants had been frozen since March', 'indirect', 'Kurt Anholt', 'told'],
      ['a slow disaster for farmers.', 'partial', 'Kurt Anholt', 'told'],
    ]);
    expect(quote(text, 'the grants')).toMatchObject({ start: at(text, 'the grants'), end: at(text, ' and that'), speaker_start: 0, cue_start: at(text, 'told') });
  });

  test('… also when the second clause opens with a gerund subject', () => {
    const text = 'Senator Ida Brandt said the grants had been frozen since March and that delaying them further would hurt "thousands of small farms."';
    expect(quote(text, 'the grants')).toMatchObject({ text: 'the grants had been frozen since March', type: 'indirect', speaker: 'Ida Brandt', cue: 'said' });
  });

  test('… also when the quotation opens the second clause: "said A and that “B”"', () => {
    const text = 'The ferry authority said in a statement that the hull had been checked by divers and that “the leak was in a valve, not the hull.”';
    expect(quotesOf(text).map((q) => [q.text, q.type, q.speaker_mention, q.cue])).toEqual([
      ['the hull had been checked by divers', 'indirect', 'The ferry authority', 'said'],
      ['the leak was in a valve, not the hull.', 'partial', 'The ferry authority', 'said'],
    ]);
    expect(quote(text, 'the hull had')).toMatchObject({ start: at(text, 'the hull had'), end: at(text, ' and that “') });
  });

  test('near miss: "and that was “…”" opens no second that-clause; one report, its quoted words only', () => {
    const text = 'Kurt Anholt said the grants were frozen and that was “the end of the matter.”';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['the end of the matter.', 'partial']]);
  });

  test('a second predicate without "that" that the quotation finishes: the first predicate is reported too', () => {
    const text = 'Kurt Anholt said the grants had been frozen since March and were now “a slow disaster for farmers.”';
    expect(quotesOf(text).map((q) => [q.text, q.type])).toEqual([['the grants had been frozen since March', 'indirect'], ['a slow disaster for farmers.', 'partial']]);
  });
});

describe('a simple past after a content in the past perfect is the writer’s next predicate', () => {
  test('"said the book had been … and thanked X for … “…”": the report ends before "and"', () => {
    const text = 'Nora Vance said the book had been rejected by six publishers between 2010 and 2015 and thanked her agent for keeping it alive “when nobody else cared”.';
    expect(quote(text, 'the book had')).toMatchObject({ text: 'the book had been rejected by six publishers between 2010 and 2015', type: 'indirect', speaker: 'Nora Vance', cue: 'said', start: at(text, 'the book had') });
    expect(quote(text, 'when nobody')).toMatchObject({ type: 'partial', speaker: 'Nora Vance' });
  });

  test('over an adverb: "had been waiting … and now faced “…”"', () => {
    const text = 'Anna Berg, head of the retailers group, said shops had been waiting since spring for a decision on rents and now faced "another lost year".';
    expect(quote(text, 'shops had')).toMatchObject({ text: 'shops had been waiting since spring for a decision on rents', type: 'indirect', speaker: 'Anna Berg', cue: 'said' });
  });

  test('a regular -ed form may share the report\'s "had": "had overspent and ignored “…”" cuts no report', () => {
    for (const text of [
      'The inspector said the trust had overspent and ignored "several warnings" from its auditors.',
      'Police said the van driver had been drinking and crashed into a "plainly visible" barrier.',
      'She said the panel had met twice and approved what she called "a decent compromise."',
    ]) expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a pronoun subject\'s second verb that the quotation finishes: "said she had come in … and left “…”" reports the first', () => {
    const text = 'Ada Kerr, a retired nurse, said she had come in undecided and left “less sure of everybody.”';
    expect(quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text)).toEqual(['she had come in undecided']);
  });
});

describe('a relative clause with a verb of its own holds its own quoted words', () => {
  test('"told OUTLET after X the clause, which listed … “…”": the content ends before ", which"', () => {
    const text = 'One witness, Paul Green, a builder, told the Boston Globe after the hearing the key moment had been a ledger the suspect kept at home, which showed each account’s "true" balance.';
    expect(quote(text, 'the key moment')).toMatchObject({ text: 'the key moment had been a ledger the suspect kept at home', type: 'indirect', speaker: 'Paul Green', cue: 'told', outlet: 'Boston Globe' });
  });

  test('longer quoted words after a relative clause may be the speaker\'s: the content keeps them, no report is cut', () => {
    for (const text of [
      'The manager said the side played well against Hull, who looked "slow and tired" after the break.',
      'Forecasters said the gale hit the islands on Monday, which left hundreds "without heat or light."',
      'The secretary said the scheme had cut queues, which showed it was "doing what it should."',
    ]) expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });
});

describe('"when asked" after the frame of a quotation', () => {
  test('"“…,” he said when asked by a reporter from Reuters.": the question has no words of its own, no report', () => {
    const text = 'Erik Lund was calm. “We will be fine,” he said when asked by a reporter from Reuters.';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['We will be fine,']);
    expect(quote(text, 'We will')).toMatchObject({ type: 'direct', start: at(text, 'We will'), speaker: 'Erik Lund', speaker_mention: 'he', cue: 'said' });
  });

  test('"when asked whether …" keeps its reported question', () => {
    const text = 'Erik Lund was calm. “We will be fine,” he said when asked whether the team would recover.';
    expect(quote(text, 'when asked')).toMatchObject({ text: 'when asked whether the team would recover', type: 'indirect', speaker: 'Erik Lund', cue: 'said' });
  });

  test('"when asked by" someone, with where or when or who they work for, and no question: no report', () => {
    for (const tail of ['by a reporter for the Tribune.', 'by reporters on Monday.', 'by a reporter from Harbor Radio at the end of the summit.', 'by a reporter from Harbor Radio during a trip to Lyon.', 'by a reporter who writes for Harbor Radio.']) {
      const text = `Erik Lund was calm. “We will be fine,” he said when asked ${tail}`;
      expect(quotesOf(text)).toEqual([expect.objectContaining({ text: 'We will be fine,', start: at(text, 'We will'), type: 'direct', speaker: 'Erik Lund', speaker_mention: 'he', cue: 'said', outlet: null })]);
    }
  });

  test('"when asked by a reporter whether …" keeps its reported question', () => {
    const text = 'Erik Lund was calm. “We will be fine,” he said when asked by a reporter whether the team would recover.';
    expect(quote(text, 'when asked')).toMatchObject({ text: 'when asked by a reporter whether the team would recover', start: at(text, 'when asked'), type: 'indirect', speaker: 'Erik Lund', cue: 'said' });
  });
});

describe('a second predicate the quotation finishes leaves the first predicate reported', () => {
  test('"said A and was “…”": the clause before "and" is the indirect, the quoted words the partial', () => {
    const text = 'The harbour master said the ferry had not been inspected and was “unfit to sail.”';
    expect(quote(text, 'the ferry had')).toMatchObject({ text: 'the ferry had not been inspected', type: 'indirect', speaker_mention: 'The harbour master', cue: 'said', outlet: null, start: at(text, 'the ferry'), end: at(text, ' and was') });
    expect(quote(text, 'unfit')).toMatchObject({ type: 'partial', speaker_mention: 'The harbour master', cue: 'said', start: at(text, '“unfit') + 1 });
  });

  test('"but had not been “…”": a negated predicate after "but", with an outlet', () => {
    const text = 'Lena Marsh told the Harbour Gazette that the pier had been repaired twice but had “never been safe for crowds.”';
    expect(quote(text, 'the pier had')).toMatchObject({ text: 'the pier had been repaired twice', type: 'indirect', speaker: 'Lena Marsh', cue: 'told', outlet: 'Harbour Gazette' });
    expect(quote(text, 'never been')).toMatchObject({ type: 'partial', speaker: 'Lena Marsh', cue: 'told', outlet: 'Harbour Gazette' });
  });

  test('in a participle\'s report: "saying A and has “…”"', () => {
    const text = 'Tomas Berg defended his record, saying he trained every day for a year and has “nothing to hide.”';
    expect(quote(text, 'he trained')).toMatchObject({ text: 'he trained every day for a year', type: 'indirect', speaker: 'Tomas Berg', cue: 'saying' });
    expect(quote(text, 'nothing to hide')).toMatchObject({ type: 'partial', speaker: 'Tomas Berg' });
  });

  test('near miss: quoted words inside a predicate that goes on are a phrase of it, no report cut', () => {
    const text = 'The auditor said the trust had overspent and ignored “several warnings” from its own board.';
    expect(quotesOf(text).map((q) => [q.type, q.text])).toEqual([['partial', 'several warnings']]);
  });

  test('a noun phrase after "and" is no predicate: "said the plan was costly and “possibly unlawful”"', () => {
    const text = 'Ana Ruiz said the plan was costly and “possibly unlawful.”';
    expect(quotesOf(text).map((q) => [q.type, q.text])).toEqual([['partial', 'possibly unlawful.']]);
  });
});
