import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const outlets = (text: string) => extractArticle(text, { id: 'o' }).entities.outlets.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => [m.start, m.end, m.text]) }));

describe('a programme named with its kind word in small letters', () => {
  test('"the Today programme" lists the programme as Today', () => {
    const text = "Speaking on BBC Radio 4's Today programme, Maria Lopez said the plan would fail.";
    expect(outlets(text).map((o) => o.name)).toEqual(['BBC Radio 4', 'Today']);
  });

  test('a capitalised "Today" opening a quoted remark is no programme', () => {
    const text = 'She said: "Today you can rest," and left.';
    expect(outlets(text)).toEqual([]);
  });
});
