import { describe, expect, test } from 'vitest';
import { sentenceEndFrom } from '../../src/text/sentence-end.js';

describe('sentenceEndFrom', () => {
  test('finds the stop that ends the sentence', () => {
    const text = 'The play casts Mara Quill as Lena. It opens in May.';
    expect(sentenceEndFrom(text, 0)).toBe(text.indexOf('Lena.') + 4);
    expect(sentenceEndFrom(text, text.indexOf('It'))).toBe(text.length - 1);
  });

  test('a stop after a title ends no sentence', () => {
    const text = 'It casts Joel Marr as Col. Vance and Ina Roe as St. Clare of the ward.';
    expect(sentenceEndFrom(text, 0)).toBe(text.length - 1);
  });

  test('a closing quotation mark may follow the stop', () => {
    const text = 'He plays “the Baron.” Then it ends';
    expect(sentenceEndFrom(text, 0)).toBe(text.indexOf('.'));
  });

  test('near miss: a stop inside a word or number is no end', () => {
    const text = 'It earned 2.5 million on www.example.org overnight';
    expect(sentenceEndFrom(text, 0)).toBe(text.length);
  });
});
