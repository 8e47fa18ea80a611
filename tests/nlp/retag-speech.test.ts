import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/nlp/analyze.js';
import { at, quote, quotesOf } from '../helpers/quotes.js';

const tagOf = (text: string, word: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.text === word)!.pos;
const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

describe('a present-tense cue after "as" and a name: "As NAME points out, CLAUSE"', () => {
  test('"points out" and "notes" report the main clause, as the past tense does', () => {
    const text = 'Rents are climbing.\n\nAs Dora Pelling points out, landlords have raised prices for three years.';
    expect(quote(text, 'landlords have')).toMatchObject({
      type: 'indirect', text: 'landlords have raised prices for three years', start: at(text, 'landlords'),
      speaker: 'Dora Pelling', speaker_mention: 'Dora Pelling', cue: 'points', cue_start: at(text, 'points'),
    });
    const short = 'Rents are climbing.\n\nAs Pelling notes, landlords have raised prices for three years.';
    expect(quote(short, 'landlords have')).toMatchObject({ type: 'indirect', speaker: 'Pelling', cue: 'notes', cue_start: at(short, 'notes') });
  });

  test('the subject may be a description: "As the mayor points out, CLAUSE"', () => {
    const text = 'Rents are climbing.\n\nAs the harbour master points out, landlords have raised prices for three years.';
    expect(quote(text, 'landlords have')).toMatchObject({
      type: 'indirect', text: 'landlords have raised prices for three years', start: at(text, 'landlords'),
      speaker: null, speaker_mention: 'the harbour master', speaker_kind: 'anonymous', cue: 'points', cue_start: at(text, 'points'),
    });
  });

  test('a short phrase a preposition opens may stand between the cue and the comma: "As Reyes points out in her memoir, CLAUSE"', () => {
    const text = 'The pier lost money.\n\nAs Tavaro points out in her memoir, the ferry never paid its way.';
    expect(quote(text, 'the ferry never')).toMatchObject({
      type: 'indirect', text: 'the ferry never paid its way', start: at(text, 'the ferry never'),
      speaker: 'Tavaro', cue: 'points', cue_start: at(text, 'points'),
    });
  });

  test('negative: a cue noun after "as" and a preposition, or whose phrase runs on into a verb, stays a noun', () => {
    // (The shape the rule reads, "as … NOUN-s ,", but "with" opens the phrase, so no one is its subject.)
    expect(tagOf('As with the county reports, the figures were late.', 'reports')).toBe('NOUN');
    expect(indirect('As with the county reports, the figures were late.')).toEqual([]);
    // (A verb before the comma: the phrase is no short prepositional one.)
    expect(tagOf('As Tavaro reports to the board went unread, the figures were late.', 'reports')).toBe('NOUN');
  });

  test('a plural noun that is no cue, or a cue noun not after "as" and a name, stays a noun', () => {
    expect(tagOf('As Hollin fans, we cheered the team on.', 'fans')).toBe('NOUN');
    expect(tagOf('The notes, she said, were lost in the move.', 'notes')).toBe('NOUN');
    expect(tagOf('Pelling scored points, and the crowd roared.', 'points')).toBe('NOUN');
    expect(tagOf('As in past years, the notes, all of them, were lost.', 'notes')).toBe('NOUN');
    expect(indirect('Rents are climbing.\n\nAs Hollin fans, we cheered the team on.')).toEqual([]);
  });
});

describe('"polling" before a finite verb is the noun: a poll reporting', () => {
  test('"Exit polling shows …" and a sentence-opening "Polling suggests …" report, with the polling as an unnamed speaker', () => {
    const text = 'The count ran late.\n\nExit polling shows Ada Keller won the harbour ward by a wide margin.';
    expect(quote(text, 'Ada Keller won')).toMatchObject({
      type: 'indirect', text: 'Ada Keller won the harbour ward by a wide margin', start: at(text, 'Ada Keller won'),
      speaker: null, speaker_mention: 'Exit polling', speaker_kind: 'anonymous', cue: 'shows',
    });
    const opening = 'The count ran late.\n\nPolling suggests Keller leads by six points.';
    expect(quote(opening, 'Keller leads')).toMatchObject({ type: 'indirect', speaker: null, speaker_mention: 'Polling', cue: 'suggests' });
    expect(quotesOf(opening).some((q) => q.speaker === 'Polling')).toBe(false);
  });

  test('"polling" as a verb, or "Polling" inside a firm\'s name, keeps its tag', () => {
    expect(tagOf('The firm is polling voters in the harbour ward.', 'polling')).toBe('VERB');
    expect(tagOf('In March, Harrow Polling shows Keller ahead.', 'Polling')).toBe('PROPN');
  });
});

describe('a bare-form cue after a quotation and a plural description: "“…,” the owners state"', () => {
  test('"“…,” the owners state in the report": the description speaks, cue "state"', () => {
    const text = '“The harbour is safe and has been for years,” the pier owners state in the report, which went to the council.';
    expect(tagOf(text, 'state')).toBe('VERB');
    expect(quote(text, 'The harbour is safe')).toMatchObject({
      type: 'direct', text: 'The harbour is safe and has been for years,', speaker_kind: 'anonymous', speaker_mention: 'the pier owners', speaker_start: at(text, 'the pier owners'), cue: 'state', cue_start: at(text, 'state'),
    });
  });

  test('"“…,” the analysts claim." at the sentence\'s end', () => {
    const text = '“Rates will fall by spring,” the analysts claim.';
    expect(quote(text, 'Rates will fall')).toMatchObject({ type: 'direct', speaker_mention: 'the analysts', cue: 'claim', cue_start: at(text, 'claim') });
  });

  test('negative: after a singular description the bare form stays a noun ("the new state in the north said")', () => {
    const text = '“It is safe,” the new state in the north said.';
    expect(tagOf(text, 'state')).toBe('NOUN');
    expect(quote(text, 'It is safe').cue).toBe('said');
  });
});

describe('a bare cue read as a noun between a plural noun and an object pronoun: "his critics call it “…”"', () => {
  test('is the verb, so a contrast clause after "while" gives its own speaker the quoted words', () => {
    const text = 'Edda Voll said the ferry is sound, while her rivals call it “a floating wreck.”';
    expect(tagOf(text, 'call')).toBe('VERB');
    expect(quote(text, 'a floating wreck')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'her rivals', speaker_start: at(text, 'her rivals'), cue: 'call', cue_start: at(text, 'call it') });
  });

  test('after "who" and after a plural noun with an "of" phrase: "Owners of the mill, who call it …"', () => {
    const text = 'Owners of the mill, who call it “a relic”, want it sold.';
    expect(tagOf(text, 'call')).toBe('VERB');
    expect(quote(text, 'a relic')).toMatchObject({ type: 'partial', speaker: 'Owners of the mill', speaker_mention: 'who', cue: 'call', cue_start: at(text, 'call it') });
    const plain = 'Owners of the mill call it “a relic”.';
    expect(quote(plain, 'a relic')).toMatchObject({ type: 'partial', speaker: null, speaker_mention: 'Owners of the mill', speaker_start: 0, cue: 'call' });
  });

  test('negative: a singular noun with an "of" phrase keeps it a noun ("the head of the board call")', () => {
    expect(tagOf('The head of the board call it made was short.', 'call')).toBe('NOUN');
  });

  test('negative: a singular noun or an article before it keeps it a noun ("the call it made", "a phone call")', () => {
    expect(tagOf('The call it made to the port was short.', 'call')).toBe('NOUN');
    expect(tagOf('She took a phone call them all heard.', 'call')).toBe('NOUN');
  });
});

describe('one definition of the quotation marks', () => {
  test('a guillemet closing a quotation before a comma counts as its closing mark for the bare cue after it', () => {
    const text = 'The pier is old.\n\n«We will fix it by June,» the owners state in their report.';
    expect(tagOf(text, 'state')).toBe('VERB');
  });
});

describe('a surname read as an adjective or adverb, opening a sentence before a speech verb', () => {
  test('"Jolly said …" names the speaker when the article writes "Jolly" with a capital inside a sentence', () => {
    const text = 'The council met on Tuesday. Council member Tom Jolly voted against it. Jolly said the vote was close.';
    expect(quote(text, 'the vote was close')).toMatchObject({
      type: 'indirect', text: 'the vote was close', speaker_mention: 'Jolly', speaker_kind: 'person', speaker_start: at(text, 'Jolly said'), cue: 'said', cue_start: at(text, 'said the'),
    });
  });

  test('not a word the article also writes in small letters, nor one seen only opening sentences', () => {
    // (The sentence-opening "Jolly said"; "Tom Jolly voted" is a name, a proper noun by adverb-name-words.ts.)
    const jolly = 'The crowd was jolly. Council member Tom Jolly voted against it. Jolly said the vote was close.';
    expect(analyzeArticle({ id: 't', path: '', text: jolly }).tokens.find((t) => t.start === jolly.indexOf('Jolly said'))!.pos).not.toBe('PROPN');
    expect(quotesOf('The council met on Tuesday. Jolly said the vote was close.')).toEqual([]);
  });
});

describe('a surname read as an adjective or adverb beside a speech verb after a quotation, or after a given name', () => {
  // The tag of the token that starts where `phrase` does.
  const tagAt = (text: string, phrase: string) => analyzeArticle({ id: 't', path: '', text }).tokens.find((t) => t.start === text.indexOf(phrase))!.pos;
  test('"“…,” Jolly said", "Also said Jolly: “…”" and "“…,” added Jolly." name the speaker, who is the full name', () => {
    const text = 'The ferry board chair Nell Jolly spoke after the vote. “We listened to everyone,” Jolly said. Also said Jolly: “The timetable stays.”\n\n“We will keep every sailing,” added Jolly.';
    expect(quote(text, 'We listened')).toMatchObject({ type: 'direct', speaker: 'Nell Jolly', speaker_mention: 'Jolly', speaker_start: at(text, 'Jolly said'), cue: 'said' });
    expect(quote(text, 'The timetable')).toMatchObject({ type: 'direct', speaker: 'Nell Jolly', speaker_mention: 'Jolly', speaker_start: at(text, 'Jolly: '), cue: 'said' });
    expect(quote(text, 'We will keep')).toMatchObject({ type: 'direct', speaker: 'Nell Jolly', speaker_mention: 'Jolly', speaker_start: at(text, 'Jolly.'), cue: 'added' });
    expect(tagAt(text, 'Jolly spoke')).toBe('PROPN');
  });

  test('negative: not a word the article also writes in small letters, nor one capitalised only there', () => {
    expect(tagAt('The crowd felt jolly. “We listened to everyone,” Jolly said.', 'Jolly said')).not.toBe('PROPN');
    expect(tagAt('“We listened to everyone,” Jolly said.', 'Jolly said')).not.toBe('PROPN');
  });
});

describe('a surname the model reads as an auxiliary English has no such spelling of: "“…,” Das said"', () => {
  test('"Das" after a quotation names the speaker, who is the full name the article gave', () => {
    const text = 'The harbour board chair Ravi Tandon spoke with engineer Priya Das on Friday. “The pier needs new piles,” Das said.';
    expect(quote(text, 'The pier')).toMatchObject({ type: 'direct', text: 'The pier needs new piles,', speaker: 'Priya Das', speaker_mention: 'Das', speaker_start: at(text, 'Das said'), cue: 'said', cue_start: at(text, 'said.') });
  });

  test('negative: an English auxiliary stays one ("Do")', () => {
    const text = 'The ferry board met on Friday. “Do you think the pier will hold?” asked a reporter.';
    expect(analyzeArticle({ id: 't', text }).tokens.find((t) => t.text === 'Do')!.pos).not.toBe('PROPN');
  });
});

describe('"said" read as the adjective of "the said property" after a verb or a plural noun', () => {
  test('"An engineer on one of the grounded planes said …": reported, the engineer speaking', () => {
    const text = 'An engineer on one of the grounded planes said crews had seen the fault before.';
    expect(tagOf(text, 'said')).toBe('VERB');
    expect(quote(text, 'crews had')).toMatchObject({
      type: 'indirect', text: 'crews had seen the fault before', start: at(text, 'crews'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'An engineer on one of the grounded planes', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('near miss: "the said property" keeps its adjective', () => {
    expect(tagOf('The court seized the said property in May.', 'said')).toBe('ADJ');
  });
});
