import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect');

describe('what a stated attitude is about', () => {
  test('a noun phrase holds its relative clause and a possessed noun the tagger reads as a verb, not the main verb after it', () => {
    const text = 'The budget passed. Councillor Ana Reyes has been critical of the way she handled the budget.\n\nSenator Tom Brandt was critical of the mayor’s push for a new arena.\n\nSenator Ida Holm was critical of the levy and voted against the budget.';
    expect(quote(text, 'the way she')).toMatchObject({ type: 'indirect', text: 'the way she handled the budget', speaker: 'Ana Reyes', cue: 'critical of', cue_start: at(text, 'critical of the way') });
    expect(quote(text, 'the mayor’s')).toMatchObject({ type: 'indirect', text: 'the mayor’s push for a new arena', speaker: 'Tom Brandt', cue: 'critical of' });
    expect(quote(text, 'the levy')).toMatchObject({ type: 'indirect', text: 'the levy', speaker: 'Ida Holm', cue: 'critical of' });
    expect(indirect(text).some((q) => q.text.includes('voted'))).toBe(false);
  });

  test('a question word opens a clause: "critical of how …"', () => {
    const text = 'The grant ran out. Mayor Lena Voss was critical of how the agency spent the grant.';
    expect(quote(text, 'how the agency')).toMatchObject({ type: 'indirect', text: 'how the agency spent the grant', speaker: 'Lena Voss', cue: 'critical of' });
  });
});

describe('attitudes of belief and doubt', () => {
  test('"aware of", "convinced that", "skeptical of", "distrustful of", "confident in"', () => {
    const text = 'The port deal stalled. Governor Mia Lund is well aware of the risks to the harbor.\n\nHer aides are convinced that the deal will collapse by spring.\n\nDock workers are very skeptical of the new contract.\n\nSenator Paul Greer is distrustful of any sale to a foreign buyer.\n\nThe mayor was confident in the harbor board.';
    expect(quote(text, 'the risks')).toMatchObject({ type: 'indirect', text: 'the risks to the harbor', speaker: 'Mia Lund', cue: 'aware of', cue_start: at(text, 'aware') });
    expect(quote(text, 'the deal will')).toMatchObject({ type: 'indirect', text: 'the deal will collapse by spring', speaker_mention: 'Her aides', cue: 'convinced that' });
    expect(quote(text, 'the new contract')).toMatchObject({ type: 'indirect', text: 'the new contract', speaker_mention: 'Dock workers', cue: 'skeptical of' });
    expect(quote(text, 'any sale')).toMatchObject({ type: 'indirect', text: 'any sale to a foreign buyer', speaker: 'Paul Greer', cue: 'distrustful of' });
    expect(quote(text, 'the harbor board')).toMatchObject({ type: 'indirect', speaker_mention: 'The mayor', cue: 'confident in' });
  });

  test('… not a document\'s doubt, nor a certainty the lexicon leaves out', () => {
    const text = 'The port deal stalled. Dock workers are skeptical of the contract.\n\nThe audit was skeptical of the figures.\n\nTom Hale was sure that the deal would close.';
    expect(indirect(text).map((q) => q.text)).toEqual(['the contract']);
  });
});

describe('attitudes of support and opposition', () => {
  test('"supportive of", "opposed to", "sympathetic to", not "hostile to" (as often no report)', () => {
    const text = 'The school vote nears. Mayor Rosa Pike has been generally supportive of the new charter.\n\nMost parents are firmly opposed to closing the north campus.\n\nCouncilman Dev Arora is sympathetic to the demands of the teachers.\n\nSenator Kai Moss is hostile to the union.';
    expect(quote(text, 'the new charter')).toMatchObject({ type: 'indirect', text: 'the new charter', speaker: 'Rosa Pike', cue: 'supportive of', cue_start: at(text, 'supportive') });
    expect(quote(text, 'closing the north')).toMatchObject({ type: 'indirect', text: 'closing the north campus', speaker_mention: 'Most parents', cue: 'opposed to' });
    expect(quote(text, 'the demands')).toMatchObject({ type: 'indirect', text: 'the demands of the teachers', speaker: 'Dev Arora', cue: 'sympathetic to' });
    expect(indirect(text).some((q) => q.text === 'the union')).toBe(false);
  });
});

describe('attitudes of feeling', () => {
  test('"concerned about", "worried that", "unhappy with", "pleased with"; a report "concerned with" a topic is no one\'s feeling', () => {
    const text = 'The river rose again. Many voters are concerned about the new flood maps.\n\nMayor Jo Byrne is worried that the levee will not hold.\n\nResidents were unhappy with the slow repairs.\n\nGovernor Ray Tull was pleased with the federal aid.\n\nThe report is concerned with rainfall totals.';
    expect(quote(text, 'the new flood')).toMatchObject({ type: 'indirect', text: 'the new flood maps', speaker_mention: 'Many voters', cue: 'concerned about', cue_start: at(text, 'concerned about') });
    expect(quote(text, 'the levee')).toMatchObject({ type: 'indirect', text: 'the levee will not hold', speaker: 'Jo Byrne', cue: 'worried that' });
    expect(quote(text, 'the slow repairs')).toMatchObject({ type: 'indirect', speaker_mention: 'Residents', cue: 'unhappy with' });
    expect(quote(text, 'the federal aid')).toMatchObject({ type: 'indirect', speaker: 'Ray Tull', cue: 'pleased with' });
    expect(indirect(text).some((q) => q.text.startsWith('rainfall'))).toBe(false);
  });
});

describe('attitudes of candour', () => {
  test('"vocal in", "outspoken about", "cagey about"; not "honest about" (as often no report)', () => {
    const text = 'The pay bill stalled. Senator Lia Ward has been vocal in opposing the new tariff.\n\nHer spokesman was outspoken about the price of the bridge.\n\nGovernor Sam Fenn was cagey about his plans for the fall.\n\nTom Hale was honest about his doubts.';
    expect(quote(text, 'opposing the new')).toMatchObject({ type: 'indirect', text: 'opposing the new tariff', speaker: 'Lia Ward', cue: 'vocal in', cue_start: at(text, 'vocal') });
    expect(quote(text, 'the price of')).toMatchObject({ type: 'indirect', text: 'the price of the bridge', speaker_mention: 'Her spokesman', cue: 'outspoken about' });
    expect(quote(text, 'his plans')).toMatchObject({ type: 'indirect', text: 'his plans for the fall', speaker: 'Sam Fenn', cue: 'cagey about' });
    expect(indirect(text).some((q) => q.text === 'his doubts')).toBe(false);
  });
});

describe('attitudes that take an infinitive', () => {
  test('"eager to …" reports the infinitive, "to" and all, with the adjective as the cue; "ready to" does not', () => {
    const text = 'The depot sat empty. The city council is eager to sell the old depot before winter.\n\nMayor Ivo Brand was bent on keeping the ferry running.\n\nThe crews are ready to start work.';
    expect(quote(text, 'to sell')).toMatchObject({ type: 'indirect', text: 'to sell the old depot before winter', speaker_mention: 'The city council', cue: 'eager', cue_start: at(text, 'eager') });
    expect(quote(text, 'keeping the ferry')).toMatchObject({ type: 'indirect', text: 'keeping the ferry running', speaker: 'Ivo Brand', cue: 'bent on' });
    expect(indirect(text).some((q) => q.text.startsWith('to start'))).toBe(false);
  });

  test('"willing to …" as "eager to …"', () => {
    const text = 'The strike went on. Most nurses are willing to accept a shorter contract.';
    expect(quote(text, 'to accept')).toMatchObject({ type: 'indirect', text: 'to accept a shorter contract', speaker_mention: 'Most nurses', cue: 'willing', cue_start: at(text, 'willing') });
  });
});

describe('linking verbs besides "be"', () => {
  test('"remains skeptical of", "has grown distrustful of", "seemed to be eager to"; a mere look is no stated attitude', () => {
    const text = 'The rail plan moved ahead. Senator Ada Quinn remains skeptical of the cost estimates.\n\nHer staff has grown distrustful of the contractor.\n\nThe mayor seemed to be eager to open the line by June.\n\nThe governor looked confident in the budget.';
    expect(quote(text, 'the cost estimates')).toMatchObject({ type: 'indirect', text: 'the cost estimates', speaker: 'Ada Quinn', cue: 'skeptical of', cue_start: at(text, 'skeptical') });
    expect(quote(text, 'the contractor')).toMatchObject({ type: 'indirect', speaker_mention: 'Her staff', cue: 'distrustful of' });
    expect(quote(text, 'to open the line')).toMatchObject({ type: 'indirect', text: 'to open the line by June', speaker_mention: 'The mayor', cue: 'eager' });
    expect(indirect(text).some((q) => q.text === 'the budget')).toBe(false);
  });
});

describe('examples after a comma', () => {
  test('"…, particularly …" stays in what the attitude is about; another clause after a comma does not', () => {
    const text = 'The harbor plan moved ahead. Mayor Ona Berg was upbeat about the new works, particularly the second pier.\n\nSenator Eli Ward was critical of the budget, and the council agreed.';
    expect(quote(text, 'the new works')).toMatchObject({ type: 'indirect', text: 'the new works, particularly the second pier', speaker: 'Ona Berg', cue: 'upbeat about' });
    expect(quote(text, 'the budget')).toMatchObject({ type: 'indirect', text: 'the budget', speaker: 'Eli Ward', cue: 'critical of' });
  });
});

describe('attitudes running into a quotation', () => {
  test('what the attitude is about runs into quotation marks: a partial quote, not indirect speech', () => {
    const text = 'The transit plan moved ahead. Union leaders are skeptical of the “smart fare” system.\n\nUnion leaders are skeptical of the new routes.';
    expect(indirect(text).filter((q) => q.cue === 'skeptical of').map((q) => q.text)).toEqual(['the new routes']);
  });
});

describe('an aside between dashes', () => {
  test('stays inside the clause: "confident that the pier — repaired last year — will hold"', () => {
    const text = 'The hearing ran late. Councillor Amos Tully is confident that the pier — repaired last year — will hold through the winter.';
    expect(quote(text, 'the pier')).toMatchObject({
      type: 'indirect', text: 'the pier — repaired last year — will hold through the winter', start: at(text, 'the pier'), speaker: 'Amos Tully', cue: 'confident that',
    });
  });

  test('a single dash still ends it: "confident that the pier will hold — for now"', () => {
    const text = 'The hearing ran late. Councillor Amos Tully is confident that the pier will hold through the winter — for now.';
    expect(quote(text, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier will hold through the winter', speaker: 'Amos Tully' });
  });

  test('a finished clause is no aside\'s host: "confident that the pier will hold — a view … — and she said so"', () => {
    const text = 'The hearing ran late. Councillor Nora Reyes is confident that the pier will hold — a view the board does not share — and she said so.';
    expect(quote(text, 'the pier')).toMatchObject({ type: 'indirect', text: 'the pier will hold', speaker: 'Nora Reyes', cue: 'confident that' });
  });
});

describe('a hyphen inside a word', () => {
  test('the word after it belongs to the content ("state-run", "pay-cut"); a spaced dash still ends it', () => {
    const text = 'The harbour talks stalled in May. Councillor Ray Dunn was critical of the state-run ferry line to the islands.\n\nAides are opposed to any pay-cut for the pilots.\n\nSenator Ida Holm is critical of the toll - and she voted against it.';
    expect(quote(text, 'the state-run')).toMatchObject({ type: 'indirect', text: 'the state-run ferry line to the islands', speaker: 'Ray Dunn', cue: 'critical of' });
    expect(quote(text, 'any pay-cut')).toMatchObject({ type: 'indirect', text: 'any pay-cut for the pilots', speaker_mention: 'Aides', cue: 'opposed to' });
    expect(quote(text, 'the toll')).toMatchObject({ type: 'indirect', text: 'the toll', speaker: 'Ida Holm', cue: 'critical of' });
  });
});

describe('"wary of" is a mood, not a stated attitude (no gold set annotates it)', () => {
  test('"have been wary of the reboot since …" and "was wary of fame" report nothing', () => {
    expect(indirect('The series\' fans have been wary of the reboot since the first teaser last spring, which showed a new cast.')).toEqual([]);
    expect(indirect('Corlan Vee was always wary of fame, and rarely left his farm.')).toEqual([]);
  });

  test('near miss: "skeptical of" still reports the attitude', () => {
    const text = 'Harbour pilots are skeptical of the new tide tables.';
    expect(quote(text, 'the new tide')).toMatchObject({ type: 'indirect', text: 'the new tide tables', start: at(text, 'the new tide'), end: text.length - 1, speaker_mention: 'Harbour pilots', cue: 'skeptical of', outlet: null });
  });
});
