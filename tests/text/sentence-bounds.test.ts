import { describe, expect, test } from 'vitest';
import { sentenceBreakBefore, sentenceStartBefore, sentenceStopFrom } from '../../src/text/sentence-bounds.js';

describe('sentenceBreakBefore', () => {
  test('finds the last ". " before the offset', () => {
    const text = 'The mill closed. Workers met at the hall.';
    expect(sentenceBreakBefore(text, text.indexOf('hall'))).toBe(text.indexOf('. '));
  });

  test('a line break counts, whichever is later', () => {
    const text = 'The mill closed. Then came news\nWorkers met at the hall.';
    expect(sentenceBreakBefore(text, text.indexOf('hall'))).toBe(text.indexOf('\n'));
  });

  test('reads as lastIndexOf does: a break starting at the offset itself counts', () => {
    const text = 'It closed. Then';
    expect(sentenceBreakBefore(text, text.indexOf('. '))).toBe(text.indexOf('. '));
    expect(sentenceBreakBefore(text, text.indexOf('. '))).toBe(text.lastIndexOf('. ', text.indexOf('. ')));
  });

  test('-1 when none stands, or none at or after the floor', () => {
    const text = 'The mill closed. Workers met at the hall on Friday';
    expect(sentenceBreakBefore('Workers met at the hall', 10)).toBe(-1);
    expect(sentenceBreakBefore(text, text.indexOf('Friday'), text.indexOf('Workers'))).toBe(-1);
    expect(sentenceBreakBefore(text, text.indexOf('Friday'), text.indexOf('. '))).toBe(text.indexOf('. '));
  });

  test('gives what the later of lastIndexOf(". ") and lastIndexOf("\\n") gives', () => {
    const text = 'It closed.\nThe mill. Workers met 2.5 km away.  Then\n\nmore. x';
    for (let at = 0; at <= text.length; at++) {
      expect(sentenceBreakBefore(text, at)).toBe(Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)));
    }
  });

  test('near miss: a stop with no space after it (a number, an address) is no break', () => {
    const text = 'It earned 2.5 million on www.example.org overnight';
    expect(sentenceBreakBefore(text, text.length)).toBe(-1);
  });
});

describe('sentenceStartBefore', () => {
  test('starts after the spaces that follow a stop, a closing mark allowed between', () => {
    const text = 'She left early.  Her brother stayed. “He said no.” Then Ana came';
    expect(sentenceStartBefore(text, text.indexOf('stayed'))).toBe(text.indexOf('Her'));
    expect(sentenceStartBefore(text, text.indexOf('Ana'))).toBe(text.indexOf('Then'));
  });

  test('starts after a line break, and at 0 with no stop before', () => {
    expect(sentenceStartBefore('Cast list\nAna plays the aunt', 20)).toBe(10);
    expect(sentenceStartBefore('Ana plays the aunt', 10)).toBe(0);
  });

  test('near miss: a stop with no space after it, or a comma, starts no sentence', () => {
    const text = 'It earned 2.5 million, said Ana Ruiz';
    expect(sentenceStartBefore(text, text.indexOf('Ana'))).toBe(0);
  });
});

describe('sentenceStopFrom', () => {
  test('finds the first . ! or ? before white space or the end of the text', () => {
    const text = 'Workers met at the hall! Then they left.';
    expect(sentenceStopFrom(text, 0)).toBe(text.indexOf('!'));
    expect(sentenceStopFrom(text, text.indexOf('Then'))).toBe(text.length - 1);
    expect(sentenceStopFrom('Was it late?\nYes', 0)).toBe(11);
  });

  test('a line break ends the sentence only when asked', () => {
    const text = 'Workers met at the hall\nThen they left.';
    expect(sentenceStopFrom(text, 0)).toBe(text.length - 1);
    expect(sentenceStopFrom(text, 0, { lineBreak: true })).toBe(text.indexOf('\n'));
  });

  test('looks no further than the reach', () => {
    const text = 'Workers met at the hall. Then they left.';
    const stop = text.indexOf('.');
    expect(sentenceStopFrom(text, 0, { reach: stop + 1 })).toBe(stop);
    expect(sentenceStopFrom(text, 0, { reach: stop })).toBe(-1);
  });

  test('near miss: a stop inside a number or before a closing mark is no stop here', () => {
    expect(sentenceStopFrom('It earned 2.5 million on www.example.org overnight', 0)).toBe(-1);
    expect(sentenceStopFrom('He said “it is over.” Then', 0)).toBe(-1);
  });

  test('gives what /[.!?](?:\\s|$)/ and /[.!?](?:\\s|$)|\\n/ find in the rest of the text', () => {
    const text = 'Ana Ruiz, 3.5 km away\u00a0— “Now!”\tFine? Yes.\u2003End\nNext. x';
    for (let from = 0; from <= text.length; from++) {
      const plain = text.slice(from).search(/[.!?](?:\s|$)/);
      expect(sentenceStopFrom(text, from)).toBe(plain < 0 ? -1 : from + plain);
      const withBreak = /[.!?](?:\s|$)|\n/.exec(text.slice(from));
      expect(sentenceStopFrom(text, from, { lineBreak: true })).toBe(withBreak ? from + withBreak.index : -1);
    }
  });
});
