import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { extractArticle } from '../../src/index.js';

describe('"a presenter on the network\'s “…”" names the presenter\'s job, not the medium of her words', () => {
  test('the programme in apposition gives no outlet, to her quote or the ones after it', () => {
    const text = 'Mara Lind, now a presenter on ITV\'s “Garden Hour”, said she had called the club on Monday. “It was a shock,” she said.';
    expect(quote(text, 'she had called')).toMatchObject({
      text: 'she had called the club on Monday', start: at(text, 'she had called'), type: 'indirect',
      speaker: 'Mara Lind', cue: 'said', outlet: null,
    });
    expect(quote(text, 'It was a shock')).toMatchObject({ type: 'direct', speaker: 'Mara Lind', cue: 'said', outlet: null });
    const r = extractArticle(text);
    expect(r.entities.outlets.map((o) => o.name)).not.toContain('Garden Hour');
    expect(r.entities.films).toContainEqual(expect.objectContaining({ title: 'Garden Hour', kind: 'tv' }));
  });

  test('near miss: words said on the programme keep it as outlet', () => {
    const text = 'Mara Lind said on ITV\'s “Garden Hour” that she had called the club on Monday.';
    expect(quote(text, 'she had called')).toMatchObject({ type: 'indirect', speaker: 'Mara Lind', cue: 'said', outlet: 'Garden Hour' });
  });
});
