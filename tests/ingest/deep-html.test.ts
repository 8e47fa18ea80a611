import { describe, expect, test } from 'vitest';
import { htmlToArticle } from '../../src/ingest/html.js';
import { processArticle } from '../../src/pipeline/process.js';

// Markup nested thousands deep (tags never closed, generated pages) once overflowed the stack, so the
// page was reported unreadable, or kept Readability busy for minutes.
describe('HTML nested very deep', () => {
  test('twenty thousand nested <div>s: the text is read and its quotation found', () => {
    const html = `<html><body>${'<div>'.repeat(20000)}<p>“We will win,” Ana Ruiz said.</p>${'</div>'.repeat(20000)}</body></html>`;
    const article = htmlToArticle(html, { id: 'deep', path: 'deep.html' });
    expect(article.text).toBe('“We will win,” Ana Ruiz said.');
    expect(processArticle(article).quotes.map((q) => [q.text, q.speaker])).toEqual([['We will win,', 'Ana Ruiz']]);
  });

  test('five thousand unclosed <p><b><i>: the text is read and its quotation found', () => {
    const html = `<html><body>${'<p><b><i>'.repeat(5000)}“We will win,” Ana Ruiz said.</body></html>`;
    const article = htmlToArticle(html, { id: 'unclosed', path: 'unclosed.html' });
    expect(article.text).toBe('“We will win,” Ana Ruiz said.');
    expect(processArticle(article).quotes.map((q) => [q.text, q.speaker])).toEqual([['We will win,', 'Ana Ruiz']]);
  });
});
