import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const outlets = (text: string) => extractArticle(text, { id: 's' }).entities.outlets.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => [m.start, m.end, m.text]) }));

describe('outlets: a staff job and "at"/"for" before the outlet', () => {
  test('"the critic at Vulture" lists Vulture, a name that is also a plain word', () => {
    const text = 'Dana Whitfield, the critic at Vulture, called the finale a mess.';
    const at = text.indexOf('Vulture');
    expect(outlets(text)).toEqual([{ name: 'Vulture', mentions: [[at, at + 7, 'Vulture']] }]);
  });

  test('"an editor for Vulture" lists it too', () => {
    const text = 'Sam Ortiz, an editor for Vulture, said the list was final.';
    const at = text.indexOf('Vulture');
    expect(outlets(text)).toEqual([{ name: 'Vulture', mentions: [[at, at + 7, 'Vulture']] }]);
  });

  test('the bird, with no staff job before it, is no outlet (negative case)', () => {
    expect(outlets('A keeper at the zoo said the Vulture exhibit would reopen in May.')).toEqual([]);
  });
});
