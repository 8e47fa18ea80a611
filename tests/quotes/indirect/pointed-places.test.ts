import { describe, expect, test } from 'vitest';
import { quotesOf } from '../../helpers/quotes.js';

const indirect = (text: string) => quotesOf(text).filter((q) => q.type === 'indirect').map((q) => q.text);

// "point to" a place pointed at with a hand is a gesture, not a point made.
describe('"point to" a place reports nothing', () => {
  test('"the referee pointed to the spot …" is no report', () => {
    expect(quotesOf('The referee pointed to the spot after a defender handled the ball, and the striker scored.')).toEqual([]);
  });

  test('negative: "pointed to the rising cost of housing" is a point made', () => {
    expect(indirect('The minister pointed to the rising cost of housing.')).toEqual(['the rising cost of housing']);
  });

  test('negative: a compound, "the spot price of gas", is a figure cited', () => {
    expect(indirect('The minister pointed to the spot price of gas as proof that the plan had failed.')).toEqual(['the spot price of gas as proof that the plan had failed']);
  });
});
