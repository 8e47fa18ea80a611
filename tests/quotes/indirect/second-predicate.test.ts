import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// A second act of the speaker after the report is the writer's account of it, not part of what was said.
describe('a report ends before a second predicate of its speaker', () => {
  test('"said A, but cautioned against B": the report is A', () => {
    const text = 'Councillor Ray Sandor said on Friday that he had backed the harbour levy, but cautioned against reading much into it.';
    expect(quote(text, 'he had backed')).toMatchObject({
      type: 'indirect', text: 'he had backed the harbour levy', start: at(text, 'he had backed'), end: at(text, ', but'),
      speaker: 'Ray Sandor', speaker_mention: 'Ray Sandor', cue: 'said', cue_start: at(text, 'said'),
    });
  });

  test('"said A, but she warned that B": the report is A, the warning its own', () => {
    const text = 'Lena Marsh said that she considers the matter closed, but she warned that the council must review all its records.';
    expect(quote(text, 'she considers')).toMatchObject({ type: 'indirect', text: 'she considers the matter closed', end: at(text, ', but'), cue: 'said' });
    expect(quote(text, 'the council')).toMatchObject({ type: 'indirect', text: 'the council must review all its records', cue: 'warned' });
  });

  test('"said A, cautioning that B": the participle reports B on its own', () => {
    const text = 'Mira Toland said the storm had passed, cautioning that another was on its way.';
    expect(quote(text, 'the storm')).toMatchObject({ type: 'indirect', text: 'the storm had passed', end: at(text, ', cautioning'), cue: 'said', speaker: 'Mira Toland' });
    expect(quote(text, 'another')).toMatchObject({ type: 'indirect', text: 'another was on its way', cue: 'cautioning', speaker: 'Mira Toland' });
  });

  test('negative: "said A, warning that B" with "warning" read as a noun keeps B in the report, since nothing else reports it', () => {
    const text = 'The Harwick Ferry Company said it would not be able to run its winter timetable in full, warning that two crossings might be cut.';
    expect(indirect(text)).toEqual(['it would not be able to run its winter timetable in full, warning that two crossings might be cut']);
  });

  test('negative: a person as the content\'s own subject goes on to speak ("said the driver got out and shouted that …")', () => {
    expect(indirect('Bystanders said the driver got out of the van and shouted that his brakes had failed.')).toEqual(['the driver got out of the van and shouted that his brakes had failed']);
    const text = 'Prosecutors said Teo Marsh took the cash and told his bank it was a loan.';
    expect(quote(text, 'Teo Marsh took')).toMatchObject({ type: 'indirect', text: 'Teo Marsh took the cash and told his bank it was a loan', cue: 'said' });
  });

  test('negative: an agent noun no person list has ("the bus operator") is the one who goes on to speak', () => {
    expect(indirect('Councillor Ada Venn said the bus operator apologized and promised refunds.')).toEqual(['the bus operator apologized and promised refunds']);
    const text = 'Councillor Ada Venn said the bus operator apologized and promised that refunds would follow.';
    expect(quote(text, 'the bus operator')).toMatchObject({ type: 'indirect', text: 'the bus operator apologized and promised that refunds would follow', speaker: 'Ada Venn', cue: 'said' });
  });

  test('a thing as the content\'s subject leaves the second act to the speaker ("said the pier was unsafe but denied that …")', () => {
    expect(indirect('Oren Vasko said the pier was unsafe but denied that it would close.')).toEqual(['the pier was unsafe', 'it would close']);
  });

  test('"explained A — but she still maintained that B": a dash and a subject pronoun open the second act', () => {
    const text = 'Oren Vasko explained the ban covered only the night shifts — but she still maintained that the day crews had been consulted.';
    expect(indirect(text)).toEqual(['the ban covered only the night shifts', 'the day crews had been consulted']);
  });

  test('negative: a verb that is no cue stays in the content ("said the pier was unsafe and needed repairs")', () => {
    expect(indirect('Oren Vasko said the pier was unsafe and needed repairs.')).toEqual(['the pier was unsafe and needed repairs']);
  });

  test('negative: a verb of hoping or describing is no second act of speech ("said A and hoped to open next autumn")', () => {
    expect(indirect('Jon Berg said they had found a building near the harbour and hoped to open next autumn.')).toEqual(['they had found a building near the harbour and hoped to open next autumn']);
  });

  test('negative: a cue in another tense belongs to the content\'s own subject ("say the mill was sold and announced layoffs")', () => {
    expect(indirect('Residents say the mill was sold and announced layoffs.')).toEqual(['the mill was sold and announced layoffs']);
  });

  test('negative: a verb in a tense moved back is the reported clause\'s ("said he had drafted it and had pushed for …")', () => {
    expect(indirect('Oren Vasko said he had drafted the rota alone and had pushed for longer breaks.')).toEqual(['he had drafted the rota alone and had pushed for longer breaks']);
  });
});

describe('a thing that ends like a doer is no speaker of a second predicate', () => {
  test('"said the water was dirty and promised a review": the promise is the speaker\'s second act', () => {
    const text = 'Mayor Lena Voss said the water was dirty and promised a review.';
    expect(quote(text, 'the water')).toMatchObject({ type: 'indirect', text: 'the water was dirty', start: at(text, 'the water'), end: at(text, ' and promised'), speaker: 'Lena Voss', cue: 'said' });
  });

  test('negative: a listed doer ("the ferry operator") goes on to speak in its own clause, which stays whole', () => {
    expect(indirect('Mayor Lena Voss said the ferry operator apologized and promised refunds.')).toEqual(['the ferry operator apologized and promised refunds']);
  });
});

describe('a ", citing" source after the content', () => {
  test('"reported that A, citing two officials" reports A only; the source cited is no part of it', () => {
    expect(quotesOf('The Harbour Gazette reported that the port would close, citing two officials.').map((q) => [q.text, q.cue])).toEqual([['the port would close', 'reported']]);
  });

  test('"said A, citing B" keeps the said report, its content ending at the comma', () => {
    expect(quotesOf('Mayor Ana Ruiz said the ferry would stop in May, citing a drop in traffic.').map((q) => [q.text, q.speaker, q.cue])).toEqual([['the ferry would stop in May', 'Ana Ruiz', 'said']]);
  });
});

describe('", and he VERBed …": a new finite clause with the speaker as subject ends the report', () => {
  test('"said A, and she thanked B": the report is A, whatever the verb', () => {
    const text = 'Dorota Kwiat said the audit had cleared the clinic, and she thanked the nurses for their patience.';
    expect(quote(text, 'the audit')).toMatchObject({
      type: 'indirect', text: 'the audit had cleared the clinic', start: at(text, 'the audit'), end: at(text, ', and she'),
      speaker: 'Dorota Kwiat', speaker_mention: 'Dorota Kwiat', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
  });

  test('near miss: "said A, and B would …" (another subject) stays one report; "said A, and that B" is two of hers', () => {
    expect(indirect('Dorota Kwiat said the audit had cleared the clinic, and the ward would reopen in May.')).toEqual(['the audit had cleared the clinic, and the ward would reopen in May']);
    expect(indirect('Dorota Kwiat said the audit had cleared the clinic, and that the ward would reopen in May.')).toEqual(['the audit had cleared the clinic', 'the ward would reopen in May']);
  });

  test('near miss: a moved-back tense after the pronoun ("and she had …") is still the report', () => {
    expect(indirect('Dorota Kwiat said the audit had cleared the clinic, and she had expected nothing less.')).toEqual(['the audit had cleared the clinic, and she had expected nothing less']);
  });
});

// "said engineers had restored supply but warned that …": the contrast drops the content's moved-back tense for the
// cue's plain past, so the warning is the speaker's next act even after a person as the content's subject.
describe('"but" and a verb in the cue\'s plain past after a moved-back content is the speaker\'s next act', () => {
  test('"said engineers had restored supply but warned that B": two reports of the company', () => {
    const text = 'The water company said engineers had repaired the main but warned that some streets might stay dry until Friday.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.start, q.end, q.speaker, q.speaker_kind, q.cue])).toEqual([
      ['indirect', 'engineers had repaired the main', at(text, 'engineers'), at(text, ' but warned'), 'The water company', 'organization', 'said'],
      ['indirect', 'some streets might stay dry until Friday', at(text, 'some streets'), at(text, '.'), 'The water company', 'organization', 'warned'],
    ]);
  });

  test('near miss: with both verbs in the plain past the person subject still goes on to speak', () => {
    expect(indirect('The water company said engineers repaired the main but warned that some streets might stay dry.')[0]).toBe('engineers repaired the main but warned that some streets might stay dry');
  });

  test('near miss: "and" (no contrast) keeps the content whole', () => {
    expect(indirect('The water company said engineers had repaired the main and warned that some streets might stay dry.')[0]).toBe('engineers had repaired the main and warned that some streets might stay dry');
  });
});
