import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

// The writer's paraphrase right before the words a speaker told an outlet sums up the same interview.
describe('an interview outlet given back to the paraphrase right before it', () => {
  test('"X said …. “…,” she told OUTLET." gives the paraphrase the outlet', () => {
    const text = 'Harbour fares\n\nFerry captain Lena Maro said the crossing had been rough all week. “We lost two hours on Tuesday alone,” she told the Elwin Gazette.';
    expect(quote(text, 'the crossing')).toMatchObject({
      text: 'the crossing had been rough all week', type: 'indirect', start: at(text, 'the crossing'),
      speaker: 'Lena Maro', cue: 'said', cue_start: at(text, 'said'), outlet: 'Elwin Gazette',
    });
    expect(quote(text, 'We lost')).toMatchObject({ type: 'direct', speaker: 'Lena Maro', cue: 'told', outlet: 'Elwin Gazette' });
  });

  test('a fragment and a paraphrase in the sentence before "In an interview with OUTLET, he said …"', () => {
    const text = 'Harbour fares\n\nThe harbour master, Tom Adair, called the rise “overdue” and said the board had waited too long. In an interview with Coast FM, he said fares would rise in May.';
    expect(quote(text, 'overdue')).toMatchObject({ text: 'overdue', type: 'partial', speaker: 'Tom Adair', cue: 'called', start: at(text, 'overdue'), outlet: 'Coast FM' });
    expect(quote(text, 'the board')).toMatchObject({ type: 'indirect', speaker: 'Tom Adair', cue: 'said', outlet: 'Coast FM' });
  });

  test('near miss: a full quotation with its own cue before "She told OUTLET that …" keeps no outlet', () => {
    const text = 'Harbour fares\n\n“We lost two hours on Tuesday alone,” Lena Maro said. She told the Elwin Gazette that the crossing had been rough all week.';
    expect(quote(text, 'We lost')).toMatchObject({ type: 'direct', speaker: 'Lena Maro', cue: 'said', start: at(text, 'We lost'), outlet: null });
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Lena Maro', cue: 'told', outlet: 'Elwin Gazette' });
  });

  test('near miss: an interview dated to the past ("told OUTLET last year") is not the occasion of the words before', () => {
    const text = 'Harbour fares\n\nLena Maro said the crossing had been rough all week. She told the Elwin Gazette last year that she would retire soon.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Lena Maro', cue: 'said', outlet: null });
  });

  test('near miss: words in the present tense before an interview in the past keep no outlet', () => {
    const text = 'Harbour fares\n\nLena Maro says the crossing has been rough all week. She told the Elwin Gazette that she would retire soon.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Lena Maro', cue: 'says', outlet: null });
  });

  test('near miss: words said again and again ("has said") keep no outlet', () => {
    const text = 'Harbour fares\n\nLena Maro has said the crossing is too rough for small boats. She told the Elwin Gazette that she would retire soon.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Lena Maro', outlet: null });
  });

  test('near miss: a paraphrase two sentences before the interview keeps no outlet', () => {
    const text = 'Harbour fares\n\nLena Maro said the crossing had been rough all week. The ferry was two hours late on Tuesday. She told the Elwin Gazette that she would retire soon.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Lena Maro', outlet: null });
  });

  test('near miss: another speaker\'s paraphrase right before keeps no outlet', () => {
    const text = 'Harbour fares\n\nThe mayor, Ruth Dale, said the crossing had been rough all week. “We lost two hours on Tuesday alone,” Lena Maro told the Elwin Gazette.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Ruth Dale', outlet: null });
  });
});

describe('the paraphrase before an interview quotation of several sentences', () => {
  test('"X said … . “A. B,” he told OUTLET." reaches back past the quotation\'s first sentence', () => {
    const text = 'Harbour fares\n\nFerry captain Lena Maro said the crossing had been rough all week. “We lost two hours. The engine failed twice,” she told the Elwin Gazette.';
    expect(quote(text, 'the crossing')).toMatchObject({
      text: 'the crossing had been rough all week', type: 'indirect', start: at(text, 'the crossing'), speaker: 'Lena Maro', cue: 'said', outlet: 'Elwin Gazette',
    });
  });

  test('near miss: two sentences of narration between keep the paraphrase without it', () => {
    const text = 'Harbour fares\n\nFerry captain Lena Maro said the crossing had been rough all week. The ferry is forty years old. It seats ninety. “We lost two hours. The engine failed twice,” she told the Elwin Gazette.';
    expect(quote(text, 'the crossing')).toMatchObject({ type: 'indirect', speaker: 'Lena Maro', cue: 'said', outlet: null });
  });

  test('an unnamed speaker written "the NOUN": "The harbourmaster said A. He told the Gazette that B." gives A the Gazette too', () => {
    const text = 'The harbourmaster said the pier would reopen in spring. He told the Elwin Gazette that the repairs were finished.';
    expect(quote(text, 'the pier')).toMatchObject({
      type: 'indirect', text: 'the pier would reopen in spring', start: at(text, 'the pier'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'The harbourmaster', speaker_start: 0, cue: 'said', outlet: 'Elwin Gazette',
    });
    expect(quote(text, 'the repairs')).toMatchObject({ speaker_mention: 'He', speaker_kind: 'anonymous', cue: 'told', outlet: 'Elwin Gazette' });
  });

  test('near miss: another unnamed speaker\'s interview gives the first none', () => {
    const text = 'The harbourmaster said the pier would reopen in spring. The mayor told the Elwin Gazette that the repairs were finished.';
    expect(quote(text, 'the pier')).toMatchObject({ speaker_mention: 'The harbourmaster', outlet: null });
  });
});

// A run of the speaker's summaries, sentence after sentence, before the words told to an outlet is one interview.
describe('an interview outlet given back along a run of summaries', () => {
  test('a fragment two sentences back, with a paraphrase between, takes the outlet too', () => {
    const text = 'Harbour fares\n\nThe ferry firm\u2019s lawyer, Ruth Pell, called the claim \u201cfanciful.\u201d She said the captain had been paid in full and had signed a waiver. \u201cHe was crew, not a partner,\u201d Pell told the Elwin Gazette.';
    expect(quote(text, 'fanciful')).toMatchObject({ text: 'fanciful.', type: 'partial', start: at(text, 'fanciful'), speaker: 'Ruth Pell', cue: 'called', outlet: 'Elwin Gazette' });
    expect(quote(text, 'the captain')).toMatchObject({ type: 'indirect', speaker: 'Ruth Pell', cue: 'said', outlet: 'Elwin Gazette' });
  });

  test('near miss: a sentence between with none of her words ends the run', () => {
    const text = 'Harbour fares\n\nThe ferry firm\u2019s lawyer, Ruth Pell, called the claim \u201cfanciful.\u201d The hearing lasted two hours. She said the captain had been paid in full. \u201cHe was crew, not a partner,\u201d Pell told the Elwin Gazette.';
    expect(quote(text, 'fanciful')).toMatchObject({ type: 'partial', speaker: 'Ruth Pell', cue: 'called', outlet: null });
    expect(quote(text, 'the captain')).toMatchObject({ speaker: 'Ruth Pell', outlet: 'Elwin Gazette' });
  });
});
