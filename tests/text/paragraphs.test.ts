import { describe, expect, test } from 'vitest';
import { segmentParagraphs, storyParagraphs } from '../../src/text/paragraphs.js';

describe('segmentParagraphs', () => {
  test('splits at blank lines, keeps wrapped lines together, offsets exact', () => {
    const text = 'Port Elwin votes\n\nThe council met on Monday and\nvoted to close the pier.\n\n  “We had no choice,” Okafor said.  ';
    const spans = segmentParagraphs(text).map((p) => text.slice(p.start, p.end));
    expect(spans).toEqual(['Port Elwin votes', 'The council met on Monday and\nvoted to close the pier.', '“We had no choice,” Okafor said.']);
  });
});

describe('storyParagraphs', () => {
  const text = 'The council met on Monday and\nvoted to close the pier.\n“We had no choice,” Okafor said.\n\nThe pier opens again in May.';
  const paragraphOf = storyParagraphs(text);

  test('a line break after a sentence ends a paragraph, as in feeds with one paragraph a line', () => {
    expect(paragraphOf(text.indexOf('voted'))).toBe(0);
    expect(paragraphOf(text.indexOf('“We had'))).toBe(1);
    expect(paragraphOf(text.indexOf('The pier'))).toBe(2);
  });

  test('the reader kept for one article does not answer for another', () => {
    const other = 'One line.\nTwo lines.\nThree lines.';
    expect(storyParagraphs(other)(other.indexOf('Three'))).toBe(2);
    expect(storyParagraphs(text)(text.indexOf('The pier'))).toBe(2);
    expect(storyParagraphs(text)).toBe(storyParagraphs(text));
  });

  test('a line break inside a sentence (wrapped text) does not', () => {
    expect(paragraphOf(text.indexOf('voted'))).toBe(paragraphOf(text.indexOf('The council')));
  });
});
