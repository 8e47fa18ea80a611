import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * Where a JSON text writes the same thing twice: a key twice in one object (JSON.parse silently keeps the last,
 * so the first entry's values are lost), or the same string twice in one array (harmless but misleading).
 * JSON.parse cannot see either, so this walks the text itself; each finding is a path like "/words/musical".
 */
function duplicatesIn(text: string): { keys: string[]; items: string[] } {
  const keys: string[] = [];
  const items: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: string): void => {
    skipSpace();
    const c = text[i];
    if (c === '"') {
      readString();
    } else if (c === '{' || c === '[') {
      const isObject = c === '{';
      const close = isObject ? '}' : ']';
      const seen = new Set<string>();
      i++;
      skipSpace();
      if (text[i] === close) {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        skipSpace();
        if (isObject) {
          const key = readString();
          if (seen.has(key)) keys.push(`${path}/${key}`);
          seen.add(key);
          skipSpace();
          i++; // the colon
          readValue(`${path}/${key}`);
        } else if (text[i] === '"') {
          const item = readString();
          if (seen.has(item)) items.push(`${path}: ${item}`);
          seen.add(item);
        } else {
          readValue(`${path}/${n}`);
        }
        skipSpace();
        if (text[i++] === close) return;
      }
    } else {
      // A number, true, false or null.
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  };
  readValue('');
  return { keys, items };
}

const dataDirs = ['data', 'data/sources'];
const dataFiles = dataDirs.flatMap((dir) =>
  readdirSync(new URL(`../../${dir}/`, import.meta.url))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${dir}/${name}`),
);

describe('data files write each key and each list item once', () => {
  test('the scanner finds a repeated key and a repeated item, in nested objects too', () => {
    const text = '{ "a": 1, "b": { "c": [1, "x", "y", "x"], "c": null }, "a": "q\\"r" }';
    expect(duplicatesIn(text)).toEqual({ keys: ['/b/c', '/a'], items: ['/b/c: x'] });
    expect(duplicatesIn('{ "a": ["A", "a"], "b": [{ "k": 1 }, { "k": 2 }] }')).toEqual({ keys: [], items: [] });
  });

  test('there are data files to check', () => {
    expect(dataFiles).toEqual(expect.arrayContaining(['data/cues.json', 'data/work-words.json']));
  });

  test.each(dataFiles)('%s has no key twice in one object and no string twice in one array', (file) => {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    expect(duplicatesIn(text)).toEqual({ keys: [], items: [] });
  });
});
