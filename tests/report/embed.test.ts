import { describe, expect, test } from 'vitest';
import { renderReport, scriptSafeJson } from '../../src/report/index.js';

describe('embedding data in the page', () => {
  test('JSON in a script element cannot close it, open a comment or break a JS literal, and reads back unchanged', () => {
    const value = { text: 'a </script><script>alert(1)</script> <!-- x --> \u2028\u2029 <SCRIPT> & "q"' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/<\/script|<!--|<script/i);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test('the page is one file: no external scripts, styles, images or fonts, and untrusted text only inside the data island', () => {
    const html = renderReport({
      label: 'run <img src=x>',
      articles: [{ id: 'a', title: '</script><script>alert(1)</script>', url: null, date: null, outlet: null, path: 'a.txt', text: 'He said "<b>hi</b>".', films: [] }],
      quotes: [],
    });
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|@import|\burl\(/i);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('run &#60;img src=x&#62;');
    expect(html).not.toContain('<b>hi</b>');
  });
});
