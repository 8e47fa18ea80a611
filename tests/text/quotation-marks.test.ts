import { describe, expect, test } from 'vitest';
import { segmentParagraphs } from '../../src/text/paragraphs.js';
import { findMarkedSpans } from '../../src/text/quotation-marks.js';

const spansOf = (text: string) => findMarkedSpans(text, segmentParagraphs(text)).map((s) => text.slice(s.start, s.end));

describe('findMarkedSpans', () => {
  test('curly, straight, German and French double marks', () => {
    expect(spansOf('She said “yes” and "no", then „ja“ and «oui».')).toEqual(['yes', 'no', 'ja', 'oui']);
  });

  test('an opening mark typed for a closing one, glued to the words before it, closes', () => {
    const text = '“It is unusual,“ said Larry Ortiz. “Apparently not,“ he added.';
    expect(spansOf(text)).toEqual(['It is unusual,', 'Apparently not,']);
  });

  test('a second opening mark after a space restarts the quotation, as a stray mark would', () => {
    expect(spansOf('He wrote “draft and then “the final word” on it.')).toEqual(['the final word']);
  });

  test('straight outer marks with curly inner ones pair as outer and inner, and the other way round', () => {
    expect(spansOf('"Then, “quoted” stuff," she said.')).toEqual(['Then, “quoted” stuff,']);
    expect(spansOf('“Then, "quoted" stuff,” she said.')).toEqual(['Then, "quoted" stuff,']);
  });

  test('a curly mark after a straight opening is no nested quotation when the straight quotation closes first, or never', () => {
    // Mixed marks that close the quotation (a straight one opened, a curly one closed) still close it.
    expect(spansOf('"We are done,” said Ivo Marsh. “Now we rest,” he added.')).toEqual(['We are done,', 'Now we rest,']);
    // A curly pair after the straight quotation has closed is a quotation of its own.
    expect(spansOf('"Fine," he said of the “new plan” today.')).toEqual(['Fine,', 'new plan']);
    // No straight mark after the curly pair: the curly close ends the quotation, as before.
    expect(spansOf('"Then, “quoted” stuff she said.')).toEqual(['Then, “quoted']);
    // A passage wrapped whole in straight marks that opens with its own quotation: no nesting, as before.
    expect(spansOf('"“We won,” Ivo Marsh said after the count."')).toEqual(['“We won,']);
  });

  test('a mark left open runs to the end of its paragraph, never beyond', () => {
    const text = 'He said “we will see\n\nNext paragraph here.';
    expect(spansOf(text)).toEqual(['we will see']);
  });

  test('single marks quote only where they cannot be apostrophes', () => {
    expect(spansOf("The players' union called it ‘a good start’ and didn't say more.")).toEqual(['a good start']);
  });

  test('a straight mark after a finished sentence and before a capitalised word opens a new quotation', () => {
    const text = 'He said: "I did not want to name anyone yet. "I keep reading silly rumours about myself." Then he left.';
    expect(spansOf(text)).toEqual(['I did not want to name anyone yet.', 'I keep reading silly rumours about myself.']);
  });

  test('a quotation nested in the same curly marks stays inside the outer one when the closing marks balance', () => {
    const text = 'Dunn wrote that “most people on his “roster” are still unsure” and left.';
    expect(spansOf(text)).toEqual(['most people on his “roster” are still unsure']);
  });
});

describe('findMarkedSpans: British, German and elided-word apostrophes', () => {
  test('a plural possessive inside a single-quoted quotation does not close it', () => {
    const text = "'We never expected the dockers' families to come,' said Mara Okafor.";
    expect(spansOf(text)).toEqual(["We never expected the dockers' families to come,"]);
  });

  test('… but it closes a quotation when another opens before any later closing mark (negative case)', () => {
    const text = "She called them 'the dockers' and left. 'We won,' she said.";
    expect(spansOf(text)).toEqual(['the dockers', 'We won,']);
  });

  test("rock 'n' roll, the '90s and a year ('08) are no quotation marks", () => {
    expect(spansOf("The band played 'rock 'n' roll' all night.")).toEqual(["rock 'n' roll"]);
    expect(spansOf("Back in the '90s the pier was full, and in '08 it closed, Okafor's 'last summer.'")).toEqual(['last summer.']);
    expect(spansOf('In ’08 the pier closed. “It was a sad day,” she said, calling it a ‘blame game’.')).toEqual(['It was a sad day,', 'blame game']);
  });

  test('double marks inside a single-quoted utterance are a quotation within it', () => {
    const text = '\'My father told me, "Never sell the boat," and he was right,\' said Okafor.';
    expect(spansOf(text)).toEqual(['My father told me, "Never sell the boat," and he was right,']);
  });

  test('German ‚…‘ quotes inside text, closing with ‘', () => {
    expect(spansOf('Marin called the plan ‚a betrayal‘ on Monday.')).toEqual(['a betrayal']);
    expect(spansOf('„Der Hafen war ‚das Herz der Stadt‘“, sagte sie.')).toEqual(['Der Hafen war ‚das Herz der Stadt‘']);
  });
});

describe('a markup attribute\'s value is no quotation', () => {
  test('<tweet author="…" date="…">: the values are skipped, the quotation inside the element is kept', () => {
    const text = 'Mara Lind posted it. <tweet author=" we will win this seat and hold it" date="May 2">Lind said the party would hold “every seat it has.”</tweet>';
    expect(spansOf(text)).toEqual(['every seat it has.']);
  });

  test('a straight mark after a word and a space still opens one: she said "we will win"', () => {
    expect(spansOf('Lind said "we will win" and left.')).toEqual(['we will win']);
  });
});
