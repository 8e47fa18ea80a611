import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"The" and a newspaper word opening a sentence before its cue is a paper, not a person', () => {
  test('"The Courier reported …": the paper is speaker and outlet, and "according to the paper" later is it too', () => {
    const text = 'The Courier reported on Friday that the ferry service would end. The captain was not consulted, according to the paper.';
    expect(quote(text, 'the ferry service')).toMatchObject({ text: 'the ferry service would end', start: at(text, 'the ferry service'), type: 'indirect', speaker: 'Courier', speaker_kind: 'outlet', cue: 'reported', outlet: 'Courier' });
    expect(quote(text, 'The captain')).toMatchObject({ text: 'The captain was not consulted', type: 'indirect', speaker: 'Courier', speaker_mention: 'the paper', cue: 'according to', outlet: 'Courier' });
  });

  test('a person whose surname is a newspaper word, without "The", stays a person', () => {
    const text = 'Dana Ledger ran the shop for years. Ledger said the ferry service would end.';
    expect(quote(text, 'the ferry service')).toMatchObject({ speaker: 'Ledger', speaker_kind: 'person', cue: 'said', outlet: null });
  });

  test('a role, then a name ending in a newspaper word in apposition, before "said:" is that person', () => {
    const text = 'A dock worker, Marek Herald, said: “We wait for hours at the gate.”';
    expect(quote(text, 'We wait')).toMatchObject({ text: 'We wait for hours at the gate.', start: at(text, 'We wait'), type: 'direct', speaker: 'Marek Herald', speaker_kind: 'person', speaker_mention: 'Marek Herald', cue: 'said', outlet: null });
    const plain = 'A dock worker said: "We wait for hours at the gate."';
    expect(quote(plain, 'We wait')).toMatchObject({ speaker: null, speaker_mention: 'A dock worker', cue: 'said' });
  });
});

describe('an inverted frame\'s speaker "who spoke to OUTLET" to the sentence end names the frame\'s outlet', () => {
  test('"“…,” insisted X, who spoke to The Times on Monday." gets The Times', () => {
    const text = '“We were never paid on time,” insisted Colm Ferris, who spoke to The Times on Monday.';
    expect(quote(text, 'We were never')).toMatchObject({ text: 'We were never paid on time,', type: 'direct', speaker: 'Colm Ferris', cue: 'insisted', outlet: 'The Times' });
  });

  test('"who told The Times that …" reports more of its own: no outlet for the frame', () => {
    const text = '“We were never paid on time,” said Colm Ferris, who told The Times that he had quit.';
    expect(quote(text, 'We were never')).toMatchObject({ speaker: 'Colm Ferris', cue: 'said', outlet: null });
  });
});

describe('a given name and a newspaper word, without "the", is a person, not an unknown paper', () => {
  test('"Lena Herald said …" keeps no outlet; "The Lakeview Herald said …" is the paper', () => {
    const text = 'Lena Herald said the ferry service would end. The Lakeview Herald said it would not.';
    expect(quote(text, 'the ferry service')).toMatchObject({ text: 'the ferry service would end', start: at(text, 'the ferry service'), type: 'indirect', speaker: 'Lena Herald', speaker_kind: 'person', cue: 'said', outlet: null });
    expect(quote(text, 'it would not')).toMatchObject({ speaker: 'The Lakeview Herald', speaker_kind: 'outlet', cue: 'said', outlet: 'The Lakeview Herald' });
  });
});

describe('"the" and a newspaper word after a known outlet named in full is that outlet ("the Chronicle")', () => {
  test('a closing "…, the Chronicle reported." after "The Chronicle of Higher Education" is that paper', () => {
    const text = 'Ruth Okafor told The Chronicle of Higher Education that the library would close. Borrowing fell by a third, the Chronicle reported.';
    expect(quote(text, 'the library')).toMatchObject({ text: 'the library would close', start: at(text, 'the library'), type: 'indirect', speaker: 'Ruth Okafor', speaker_kind: 'person', cue: 'told', outlet: 'The Chronicle of Higher Education' });
    expect(quote(text, 'Borrowing')).toMatchObject({ text: 'Borrowing fell by a third', start: at(text, 'Borrowing'), type: 'indirect', speaker: 'The Chronicle of Higher Education', speaker_kind: 'outlet', speaker_mention: 'Chronicle', cue: 'reported', outlet: 'The Chronicle of Higher Education' });
  });

  test('"Times Higher Education" and "Inside Higher Ed" are outlets as data', () => {
    const text = 'Ruth Okafor told the Times Higher Education that fees would rise. In an interview with Inside Higher Ed, Tom Vale said the plan was sound.';
    expect(quote(text, 'fees')).toMatchObject({ text: 'fees would rise', type: 'indirect', speaker: 'Ruth Okafor', cue: 'told', outlet: 'Times Higher Education' });
    expect(quote(text, 'the plan')).toMatchObject({ speaker: 'Tom Vale', cue: 'said', outlet: 'Inside Higher Ed' });
  });

  test('with no outlet named before that holds the word, "the Chronicle" is not made an outlet', () => {
    const text = 'Borrowing fell by a third, the Chronicle reported.';
    expect(quote(text, 'Borrowing')).toMatchObject({ speaker: 'Chronicle', speaker_kind: 'person', outlet: null });
  });
});

describe('"The" and a newspaper word the tagger reads as a common noun ("Herald") is the paper too', () => {
  test('"The Herald reported that …" and a later "According to the paper" are the paper, speaker and outlet', () => {
    const text = 'The ferry will stop in May. The Herald reported that the operator had lost its subsidy. According to the paper, two crews would be laid off.';
    expect(quote(text, 'the operator')).toMatchObject({ text: 'the operator had lost its subsidy', start: at(text, 'the operator'), type: 'indirect', speaker: 'The Herald', speaker_kind: 'outlet', speaker_mention: 'The Herald', cue: 'reported', outlet: 'The Herald' });
    expect(quote(text, 'two crews')).toMatchObject({ text: 'two crews would be laid off', start: at(text, 'two crews'), type: 'indirect', speaker: 'The Herald', speaker_mention: 'the paper', cue: 'According to', outlet: 'The Herald' });
  });

  test('"the paper" after "The Millbrook Courier" and a short "The Courier" is the paper named in full', () => {
    const text = 'The Millbrook Courier closed today. The Courier reported that the owner was selling. According to the paper, staff were told on Monday.';
    expect(quote(text, 'staff were')).toMatchObject({ text: 'staff were told on Monday', start: at(text, 'staff were'), type: 'indirect', speaker: 'Millbrook Courier', speaker_mention: 'the paper', cue: 'According to', outlet: 'Millbrook Courier' });
  });

  test('a person\'s noun that is also a paper\'s word ("The Republican said") stays an unnamed person', () => {
    const text = 'The ferry will stop in May. The Republican said that the operator had lost its subsidy.';
    expect(quote(text, 'the operator')).toMatchObject({ text: 'the operator had lost its subsidy', speaker: null, speaker_mention: 'The Republican', cue: 'said', outlet: null });
  });
});
