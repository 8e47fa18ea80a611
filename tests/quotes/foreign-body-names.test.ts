// A body's name kept in its own language, joined by small words. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 't' }).entities.people.map((p) => p.name);

describe('"The Musée des Arts Royaux said": a foreign body\'s name is whole, an organisation', () => {
  test('a French museum\'s name is not cut at "des" into a person', () => {
    const text = 'The Musée des Tapisseries Anciennes said the loan had been withdrawn.';
    expect(quote(text, 'the loan')).toMatchObject({
      text: 'the loan had been withdrawn', type: 'indirect', start: at(text, 'the loan'), speaker: 'Musée des Tapisseries Anciennes',
      speaker_kind: 'organization', speaker_start: at(text, 'Musée'), speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('an Italian theatre\'s name after the quotation', () => {
    const text = 'The premiere was postponed, the Teatro alla Marina said.';
    expect(quote(text, 'The premiere')).toMatchObject({
      text: 'The premiere was postponed', type: 'indirect', start: 0, speaker: 'Teatro alla Marina', speaker_kind: 'organization',
      speaker_start: at(text, 'Teatro'), speaker_end: at(text, ' said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a person with a small particle in the surname stays a person', () => {
    const text = 'Ines de Brito said the loan had been withdrawn.';
    expect(quote(text, 'the loan')).toMatchObject({ speaker: 'Ines de Brito', speaker_kind: 'person', cue: 'said' });
  });
});

describe('"Cyrk Arlekin said": a foreign word for a kind of business opens a body\'s name with no joiner', () => {
  test('a Polish circus\'s name is an organisation, no person', () => {
    const text = 'Cyrk Wesoły, one of the oldest travelling shows, said the tour would go on.';
    expect(quote(text, 'the tour')).toMatchObject({
      text: 'the tour would go on', type: 'indirect', start: at(text, 'the tour'), speaker: 'Cyrk Wesoły', speaker_kind: 'organization',
      speaker_start: 0, speaker_end: at(text, ','), cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([]);
  });

  test('an Italian cable car\'s operator in an apposition, and a German bakery', () => {
    const text = 'The operator, Funivie Monte Brenta, said the lift would reopen. Bäckerei Kranz said bread prices would rise.';
    expect(quote(text, 'the lift')).toMatchObject({
      text: 'the lift would reopen', type: 'indirect', speaker: 'Funivie Monte Brenta', speaker_kind: 'organization',
      speaker_start: at(text, 'Funivie'), speaker_end: at(text, ', said'), cue: 'said', outlet: null,
    });
    expect(quote(text, 'bread prices')).toMatchObject({ text: 'bread prices would rise', speaker: 'Bäckerei Kranz', speaker_kind: 'organization', cue: 'said' });
    expect(people(text)).toEqual([]);
  });

  test('near miss: a name of two plain words with no business word stays a person', () => {
    const text = 'Wesoła Nowak said the tour would go on.';
    expect(quote(text, 'the tour')).toMatchObject({ speaker: 'Wesoła Nowak', speaker_kind: 'person', cue: 'said' });
    expect(people(text)).toEqual(['Wesoła Nowak']);
  });
});
