import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const peopleNames = (text: string) => extractArticle(text, { id: 'e' }).entities.people.map((p) => p.name);

describe('a name whose possessive opens a place’s name is the place’s', () => {
  test('a saint’s square and hospital', () => {
    expect(peopleNames("Crowds packed St. Mark's Square at dawn, and patients at St. Luke's Hospital watched on television.")).toEqual([]);
  });
  test('a person’s name before a college', () => {
    expect(peopleNames('She studied at Trinity and later at Emmanuel’s College in the north.')).toEqual([]);
  });
  test('near miss: a person’s possessive before a common noun stays a person', () => {
    expect(peopleNames("Dana Whitlock's daughter said the square was full.")).toEqual(['Dana Whitlock']);
  });
  test('near miss: a bill or a headline phrase after the possessive keeps the person', () => {
    expect(peopleNames('Grayson backed Maria Lindqvist’s College for All Act.')).toEqual(['Maria Lindqvist']);
    expect(peopleNames("Tovey's Church Remarks Draw Fire\n\nAnton Tovey spoke on Sunday.")).toEqual(['Anton Tovey']);
  });
});
