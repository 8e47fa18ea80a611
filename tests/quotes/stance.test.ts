import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('a stance its owner holds, named by a noun', () => {
  test('an intention with its infinitive: "decision to", "plan to quickly …", "decision not to"', () => {
    const text = 'The ferry crews met on Monday. Councillor Ana Reyes’s decision to close the north pier angered them.\n\nMayor Tom Brandt’s plan to quickly sell the old depot stalled.\n\nSenator Ida Holm spoke last. Her decision not to run again surprised the harbour board.';
    expect(quote(text, 'to close')).toMatchObject({ type: 'indirect', text: 'to close the north pier', speaker: 'Ana Reyes', cue: 'decision', cue_start: at(text, 'decision to close') });
    expect(quote(text, 'to quickly')).toMatchObject({ type: 'indirect', text: 'to quickly sell the old depot', speaker: 'Tom Brandt', cue: 'plan' });
    expect(quote(text, 'not to run')).toMatchObject({ type: 'indirect', text: 'not to run again', speaker: 'Ida Holm', speaker_mention: 'Her', cue: 'decision' });
  });

  test('the infinitive ends before a main verb read as a noun, not before a time after it', () => {
    const text = 'The pier vote is near. Councillor Ida Holm spoke.\n\nHer plan to widen the pier cost the town millions.\n\nMayor Tom Vale’s plan to build a ferry terminal the next spring angered the crews.';
    expect(quote(text, 'to widen')).toMatchObject({ type: 'indirect', text: 'to widen the pier', speaker: 'Ida Holm', speaker_mention: 'Her', cue: 'plan' });
    expect(quote(text, 'to build')).toMatchObject({ type: 'indirect', text: 'to build a ferry terminal the next spring', speaker: 'Tom Vale', cue: 'plan' });
  });

  test('… and a set phrase names no intention: "her call to action"', () => {
    const text = 'The pier vote is near. Councillor Ida Holm spoke.\n\nHer call to action rallied the quay workers.';
    expect(indirect(text)).toEqual([]);
  });

  test('what a stance is about after its preposition: "attacks on", "criticism of"', () => {
    const text = 'Senator Tom Brandt lost ground in May. His attacks on the harbour board have cost him votes.\n\nMayor Lena Voss kept up her criticism of the toll rise at the school board meeting.';
    expect(quote(text, 'the harbour board')).toMatchObject({ type: 'indirect', text: 'the harbour board', speaker: 'Tom Brandt', speaker_mention: 'His', cue: 'attacks on' });
    expect(quote(text, 'the toll rise')).toMatchObject({ type: 'indirect', text: 'the toll rise at the school board meeting', speaker: 'Lena Voss', cue: 'criticism of' });
  });

  test('requests, concerns and critiques: "her request for", "concerns about"; a request "to" act asks it of others', () => {
    const text = 'The harbour board met on Monday.\n\nCouncillor Ana Reyes renewed her request for an audit of the ferry accounts.\n\nMayor Tom Brandt’s concerns about the toll rise grew after the vote.\n\nThe board turned down her request to widen the pier.';
    expect(quote(text, 'an audit')).toMatchObject({ type: 'indirect', text: 'an audit of the ferry accounts', speaker: 'Ana Reyes', speaker_mention: 'her', cue: 'request for' });
    expect(quote(text, 'the toll rise')).toMatchObject({ type: 'indirect', text: 'the toll rise', speaker: 'Tom Brandt', cue: 'concerns about' });
    expect(indirect(text)).toHaveLength(2);
  });

  test('… not without an owner, not a thing\'s, and "to" before a noun phrase names no intention', () => {
    const text = 'The storm hit the coast. The decision to close the north pier angered the crews.\n\nThe navy stepped up its attacks on the rebel boats.\n\nThe storm’s threat to the harbour grew overnight.';
    expect(indirect(text).map((q) => q.text)).toEqual([]);
  });

  test('… not a thing\'s or an animal\'s plan, nor an army\'s or a band of raiders\' attack', () => {
    const text = 'The tug’s plan to berth at Carrow was delayed by mist.\n\nThe goat’s refusal to climb worried the farmer.\n\nThe raiders’ attack on the barge sank it.\n\nThe navy’s attacks on the island fort went on.';
    expect(indirect(text).map((q) => q.text)).toEqual([]);
  });

  test('… while a named body\'s attack in words still counts', () => {
    const text = 'The ferry union met on Monday. Councillor Ana Reyes’s attacks on the harbour board grew sharper.';
    expect(quote(text, 'the harbour board')).toMatchObject({ type: 'indirect', text: 'the harbour board', speaker: 'Ana Reyes', cue: 'attacks on' });
  });
});

describe('a clause framed as its owner\'s view: "in her view, …"', () => {
  test('opening the sentence it reports the clause after it; inside or after the clause, the whole sentence', () => {
    const text = 'The harbour vote is near.\n\nSenator Ida Holm spoke first. In her view, the ferry levy came far too late for the islands.\n\nThe toll rise, in Mayor Tom Brandt’s judgment, will hurt the night crews.';
    expect(quote(text, 'the ferry levy')).toMatchObject({ type: 'indirect', text: 'the ferry levy came far too late for the islands', speaker: 'Ida Holm', speaker_mention: 'her', cue: 'view', cue_start: at(text, 'view') });
    expect(quote(text, 'The toll rise')).toMatchObject({ type: 'indirect', text: 'The toll rise, in Mayor Tom Brandt’s judgment, will hurt the night crews', speaker: 'Tom Brandt', cue: 'judgment' });
  });

  test('a plural owner\'s apostrophe is no quotation mark: "In the pilots’ view, …"', () => {
    const text = 'The harbour vote is near.\n\nIn the pilots’ view, the toll is fair and should stay.\n\nIn the Hales\' opinion, the ferry ran too late for the island.';
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', text: 'the toll is fair and should stay', speaker_mention: 'the pilots', cue: 'view' });
    expect(quote(text, 'the ferry')).toMatchObject({ type: 'indirect', text: 'the ferry ran too late for the island', speaker: 'Hales', cue: 'opinion' });
  });

  test('… not a question about a view: "Is the toll fair, in his opinion?"', () => {
    const text = 'The harbour vote is near. Senator Ida Holm spoke first.\n\nIs the ferry levy fair, in her opinion?';
    expect(indirect(text)).toEqual([]);
  });

  test('… not a view seen ("in full view of"), nor one around a quotation', () => {
    const text = 'The harbour vote is near.\n\nThe ferry docked in full view of the crowd, and the crews cheered.\n\nSenator Ida Holm spoke first. In her view, “the levy is late.”';
    expect(indirect(text)).toEqual([]);
  });
});

describe('a clause framed as how it seems to someone: "To Okafor, …"', () => {
  test('"To" and a person or group opening the sentence frame the clause after the comma as theirs', () => {
    const text = 'The harbour vote is near.\n\nSenator Ida Holm spoke first. To her, the ferry levy came far too late for the islands.\n\nTo the night pilots, the new toll is a tax on sleep.';
    expect(quote(text, 'the ferry levy')).toMatchObject({
      type: 'indirect', text: 'the ferry levy came far too late for the islands', start: at(text, 'the ferry levy'),
      speaker: 'Ida Holm', speaker_mention: 'her', speaker_start: at(text, 'her,'), cue: 'To', cue_start: at(text, 'To her'),
    });
    expect(quote(text, 'the new toll')).toMatchObject({ type: 'indirect', text: 'the new toll is a tax on sleep', speaker_mention: 'the night pilots', cue: 'To' });
  });

  test('after "But", and past a relative clause on the holder', () => {
    const text = 'The harbour vote is near.\n\nTo Dana Ruiz, who has studied the pier for years, the repairs came too late. But to Tom Brandt, the pier can still be saved.';
    expect(quote(text, 'the repairs')).toMatchObject({ type: 'indirect', text: 'the repairs came too late', speaker: 'Dana Ruiz', cue: 'To' });
    expect(quote(text, 'the pier can')).toMatchObject({ type: 'indirect', text: 'the pier can still be saved', speaker: 'Tom Brandt', cue: 'to', cue_start: at(text, 'to Tom') });
  });

  test('negative: an infinitive, a time, a set phrase or a clause after "To" names no one', () => {
    const text = 'The harbour vote is near.\n\nTo win the seat, Ida Holm needs the islands. To date, the council has spent four million.\n\nTo a person, the pilots stayed on the quay. To the surprise of the board, the levy passed. To the extent the crews talk about it, the toll is a tax.';
    expect(quotesOf(text).filter((q) => q.cue?.toLowerCase() === 'to')).toEqual([]);
  });

  test('negative: mid-sentence "to" and a quotation after the frame are left alone', () => {
    const text = 'The harbour vote is near.\n\nThe levy went to Dana Ruiz, who had asked for it. To Tom Brandt, “the pier is finished.”';
    expect(quotesOf(text).filter((q) => q.type === 'indirect' && q.cue?.toLowerCase() === 'to')).toEqual([]);
  });
});

describe('"To X, CLAUSE" needs a person or group holding a view', () => {
  test('negative: a place or a company after "To" is no holder, and a later "he" keeps its speaker', () => {
    const text = 'Tom Vick led the talks. To Harlow County, the state owes $4 million. “We are ready,” he said.\n\nTo Brightwater Holdings, the deal is worth $2 billion.';
    expect(quotesOf(text).filter((q) => q.cue?.toLowerCase() === 'to')).toEqual([]);
    expect(quote(text, 'We are ready')).toMatchObject({ type: 'direct', speaker: 'Tom Vick', speaker_mention: 'he', cue: 'said' });
  });

  test('negative: a clause that gives, sends or goes makes X its recipient or destination', () => {
    const text = 'Tom Vick led the talks. To Carvel, the delegation flew on Tuesday. “We are ready,” he said.\n\nTo voters, Dana Ruiz promised lower tolls. To Ida Holm, the governor sent a letter demanding an apology.';
    expect(quotesOf(text).filter((q) => q.cue?.toLowerCase() === 'to')).toEqual([]);
    expect(quote(text, 'We are ready')).toMatchObject({ type: 'direct', speaker: 'Tom Vick', speaker_mention: 'he', cue: 'said' });
  });

  test('negative: a clause that honours or hands something to X makes X its dedicatee, whatever the verb', () => {
    const text = 'The festival closed on Sunday.\n\nTo Mila Serrat, the jury presented a silver plate. To Oskar Lind, who drowned in June, the village raised a stone cross. To the flood victims, the mayor issued a written apology. To Ines Baro, the band dedicated its encore.';
    expect(quotesOf(text).filter((q) => q.cue?.toLowerCase() === 'to')).toEqual([]);
  });

  test('near miss: a copula after a modal, or a verb of seeming after "has", still holds the view', () => {
    const text = 'The festival closed on Sunday.\n\nTo Mila Serrat, a second night would be a waste of money. To Oskar Lind, the jury has seemed tired all week.';
    expect(quote(text, 'a second night')).toMatchObject({ type: 'indirect', text: 'a second night would be a waste of money', speaker: 'Mila Serrat', cue: 'To', cue_start: at(text, 'To Mila') });
    expect(quote(text, 'the jury has')).toMatchObject({ type: 'indirect', text: 'the jury has seemed tired all week', speaker: 'Oskar Lind', cue: 'To', cue_start: at(text, 'To Oskar') });
  });

  test('near miss: a person with a verb of meaning still holds the view', () => {
    const text = 'The harbour vote is near.\n\nTo Dana Ruiz, the new toll represents a tax on sleep.';
    expect(quote(text, 'the new toll')).toMatchObject({ type: 'indirect', text: 'the new toll represents a tax on sleep', speaker: 'Dana Ruiz', cue: 'To', cue_start: at(text, 'To Dana') });
  });
});

describe('"To X," before a clause of making is no view of X', () => {
  test('"To her, the town made a quilt." reports nothing; "To her, the levy is a tax" still does', () => {
    expect(quotesOf('To her, the town made a quilt.')).toEqual([]);
    expect(quotesOf('Ada Wren led the campaign. To her, the levy is a tax on the poor.').map((q) => q.text)).toEqual(['the levy is a tax on the poor']);
  });
});

// cues.json to_view_as_verbs: "read" is a verb of seeming only before "as" or "like".
describe('"To X, Y read as/like …" is a view; "To X, Y read a poem" is no view', () => {
  test('"To NAME, the memo read like a threat": the holder\'s view, cue "To"', () => {
    const text = 'The harbour vote is near.\n\nTo Dana Whitfield, the memo read like a threat to the night crews.';
    expect(quote(text, 'the memo')).toMatchObject({
      type: 'indirect', text: 'the memo read like a threat to the night crews', start: at(text, 'the memo'), speaker: 'Dana Whitfield',
      speaker_mention: 'Dana Whitfield', cue: 'To', cue_start: at(text, 'To Dana'),
    });
  });

  test('negative: reading something to an audience is an act for them, no view', () => {
    expect(quotesOf('To the pupils, Ms. Vance read a poem about winter.')).toEqual([]);
    expect(quotesOf('To her grandchildren, Ada Wren read letters from the war.')).toEqual([]);
  });
});
