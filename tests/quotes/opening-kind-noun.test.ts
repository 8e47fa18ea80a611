// A kind of body opening the sentence before the body's name. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('"Airline Skyhop said": a capitalised kind noun opening the sentence is the body\'s kind', () => {
  test('the name after it is the organisation, no person', () => {
    const text = 'Retailer Brindmoor said it would close nine stores.';
    expect(quote(text, 'it would close')).toMatchObject({
      text: 'it would close nine stores', type: 'indirect', speaker: 'Brindmoor', speaker_kind: 'organization', speaker_mention: 'Brindmoor',
      speaker_start: at(text, 'Brindmoor'), speaker_end: at(text, 'Brindmoor') + 'Brindmoor'.length, cue: 'said', outlet: null, start: at(text, 'it would'),
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a kind word before an English word may be the name itself ("Network Rail") and is left whole', () => {
    const text = 'Network Rail said it would close two lines.';
    expect(quote(text, 'it would close')).toMatchObject({ speaker_mention: 'Network Rail', speaker_start: 0, cue: 'said' });
  });

  test('a kind word that is also a job ("Broadcaster", "Promoter") is the body\'s kind too, not the title of a person', () => {
    const text = 'Broadcaster Velmora said it would appeal the fine.';
    expect(quote(text, 'it would appeal')).toMatchObject({
      text: 'it would appeal the fine', type: 'indirect', speaker: 'Velmora', speaker_kind: 'organization', speaker_mention: 'Velmora',
      speaker_start: at(text, 'Velmora'), speaker_end: at(text, 'Velmora') + 'Velmora'.length, cue: 'said', outlet: null, start: at(text, 'it would'),
    });
    expect(people(text)).toEqual([]);
  });

  test('two name words ending in an English word after a job\'s kind word: "Promoter Thistlecombe Live"', () => {
    const text = 'Promoter Thistlecombe Live said the doors would open at six.';
    expect(quote(text, 'the doors')).toMatchObject({
      text: 'the doors would open at six', type: 'indirect', speaker: 'Thistlecombe Live', speaker_kind: 'organization',
      speaker_start: at(text, 'Thistlecombe'), speaker_end: at(text, ' said'), cue: 'said', outlet: null, start: at(text, 'the doors'),
    });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a given name after a job\'s kind word keeps the person ("Promoter Sally Brennan")', () => {
    const text = 'Promoter Sally Brennan said the doors would open at six.';
    expect(quote(text, 'the doors')).toMatchObject({ speaker: 'Sally Brennan', speaker_kind: 'person', cue: 'said' });
  });

  test('near miss: a surname that is no English word after a job\'s kind word keeps the person ("Broadcaster Dermot Ashe")', () => {
    const text = 'Broadcaster Dermot Ashe said the show would end in May.';
    expect(quote(text, 'the show')).toMatchObject({ speaker: 'Dermot Ashe', speaker_kind: 'person', cue: 'said' });
  });

  test('a kind word opening a name of English words is the body named whole, no person: "Studio Canal said"', () => {
    const text = 'The premiere would move to June, Studio Canal said.';
    expect(quote(text, 'The premiere')).toMatchObject({
      text: 'The premiere would move to June', type: 'indirect', speaker: 'Studio Canal', speaker_kind: 'organization',
      speaker_start: at(text, 'Studio'), speaker_end: at(text, ' said'), cue: 'said', outlet: null, start: 0,
    });
    expect(people(text)).toEqual([]);
  });
});
