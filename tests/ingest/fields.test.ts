import { describe, expect, test } from 'vitest';
import { recordToArticle } from '../../src/ingest/fields.js';

const where = { path: 'feed.jsonl', fallbackId: 'feed-1', line: 1 };

describe('a JSON record without usable text says why', () => {
  test('a text field of the wrong type is named with its type', () => {
    expect(recordToArticle({ id: 'a', text: 123 }, where)).toBe('text is a number, not a string');
    expect(recordToArticle({ id: 'a', body: ['para one', 'para two'] }, where)).toBe('body is an array, not a string');
    expect(recordToArticle({ id: 'a', content: { html: '<p>x</p>' } }, where)).toBe('content is an object, not a string');
  });

  test('no text field at all lists the names looked for; a string field later in the list is still used', () => {
    expect(recordToArticle({ id: 'a', title: 'x' }, where)).toBe('no text field (expected one of text, maintext, body, content)');
    expect(recordToArticle({ id: 'a', text: null, body: 'The pier reopened.' }, where)).toMatchObject({ id: 'a', text: 'The pier reopened.' });
  });
});
