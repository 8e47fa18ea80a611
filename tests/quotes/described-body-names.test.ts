import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a name before a body’s description set off by commas is the body’s', () => {
  test('"X, the festival’s organiser, said": an organisation, and "the company" after it stands for it', () => {
    const text = 'Brightwater Events, the festival’s organiser, said in a statement that the weekend had sold out. “Extra trains will run,” the company said.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the weekend had sold out', start: at(text, 'the weekend'), speaker: 'Brightwater Events', speaker_kind: 'organization', speaker_mention: 'Brightwater Events', speaker_start: 0, speaker_role: null, cue: 'said', outlet: null },
      { type: 'direct', text: 'Extra trains will run,', start: at(text, 'Extra'), speaker: 'Brightwater Events', speaker_kind: 'organization', speaker_mention: 'the company', speaker_start: at(text, 'the company'), cue: 'said', outlet: null },
    ]);
  });

  test('"X, the Texas-based chain of pet stores, said": a chain is a body', () => {
    const text = 'Pawley Pet Supply, the Texas-based chain of pet stores, said it would open 40 shops.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'it would open 40 shops', speaker: 'Pawley Pet Supply', speaker_kind: 'organization', speaker_start: 0, speaker_end: 17, speaker_role: null, cue: 'said' }]);
  });

  test('near miss: a given name keeps the person, the description their role', () => {
    const text = 'Martin Ashby, the festival’s organiser, said the weekend had sold out.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the weekend had sold out', speaker: 'Martin Ashby', speaker_kind: 'person', speaker_role: 'organiser', cue: 'said' }]);
  });

  test('near miss: a description of a person leaves a name with no known given name a person', () => {
    const text = 'Okonkwo Adeyemi, the festival’s founder, said the weekend had sold out.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the weekend had sold out', speaker: 'Okonkwo Adeyemi', speaker_kind: 'person', cue: 'said' }]);
  });

  test('near miss: a two-word name shaped like a person’s, missing from the given-name list, keeps an owner’s role', () => {
    const text = 'Rajnish Kapadia, the chain’s owner, said the stores would stay open.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'the stores would stay open', start: at(text, 'the stores'), speaker: 'Rajnish Kapadia', speaker_kind: 'person', speaker_mention: 'Rajnish Kapadia', speaker_start: 0, speaker_end: 15, speaker_role: 'owner', cue: 'said', outlet: null }]);
  });

  test('near miss: a family name written first opens a person’s name before a producer’s role', () => {
    const text = 'Kim Sorvanek, the series’ producer, said filming would resume in May.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'filming would resume in May', start: at(text, 'filming'), speaker: 'Kim Sorvanek', speaker_kind: 'person', speaker_start: 0, speaker_end: 12, speaker_role: 'producer', cue: 'said', outlet: null }]);
  });

  test('a name made of English words before a promoter’s description stays a body', () => {
    const text = 'Golden Harbor, the concert’s promoter, said refunds would be issued.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'refunds would be issued', start: at(text, 'refunds'), speaker: 'Golden Harbor', speaker_kind: 'organization', speaker_start: 0, speaker_end: 13, speaker_role: null, cue: 'said', outlet: null }]);
  });

  test('a person-shaped name before a description of what a body is stays a body', () => {
    const text = 'Rajnish Kapadia, the Delhi-based chain of pharmacies, said it would hire 200 staff.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'it would hire 200 staff', start: at(text, 'it would'), speaker: 'Rajnish Kapadia', speaker_kind: 'organization', speaker_start: 0, speaker_end: 15, speaker_role: null, cue: 'said', outlet: null }]);
  });
});

describe('a name set off after a description of what a body does, opening the sentence, is the body’s', () => {
  test('"The promoter, Northgate Live, said": an organisation, no role', () => {
    const text = 'The promoter, Northgate Live, said the concert was cancelled.';
    expect(quotesOf(text)).toMatchObject([
      { type: 'indirect', text: 'the concert was cancelled', start: at(text, 'the concert'), speaker: 'Northgate Live', speaker_kind: 'organization', speaker_mention: 'Northgate Live', speaker_start: at(text, 'Northgate'), speaker_role: null, cue: 'said' },
    ]);
  });

  test('near miss: a given name keeps the person ("The promoter, Tom Hale, said")', () => {
    const text = 'The promoter, Tom Hale, said the concert was cancelled.';
    expect(quotesOf(text)).toMatchObject([{ speaker: 'Tom Hale', speaker_kind: 'person', speaker_role: 'promoter' }]);
  });
});

describe('a service and a body\'s description right before a name make it the body\'s', () => {
  test('"Ferry operator Northwind Lines said" → an organisation, no role', () => {
    const text = 'Ferry operator Northwind Lines said crossings would resume on Monday.';
    expect(quote(text, 'crossings')).toMatchObject({
      type: 'indirect', text: 'crossings would resume on Monday', start: at(text, 'crossings'), speaker: 'Northwind Lines', speaker_mention: 'Northwind Lines',
      speaker_start: at(text, 'Northwind'), speaker_end: at(text, ' said'), speaker_kind: 'organization', speaker_role: null, cue: 'said', outlet: null,
    });
  });

  test('near miss: an operator with no service word before a person\'s name stays a person', () => {
    const text = 'Crane operator Tomas Bell said the lift had failed.';
    expect(quote(text, 'the lift')).toMatchObject({ speaker: 'Tomas Bell', speaker_kind: 'person', cue: 'said' });
  });
});
