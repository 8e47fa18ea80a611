import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

// "told the magazine" is the magazine the article named; a quotation's first word, capitalised as any sentence opens, names none.
describe('an outlet named before is never the first word of a quotation', () => {
  test('"“People …,” X told the magazine." with no magazine named before: no outlet, and no People listed', () => {
    const text = 'Singer rests\n\n“People want the old songs,” Mira Valt told the magazine.';
    expect(quote(text, 'People want')).toMatchObject({
      text: 'People want the old songs,', type: 'direct', start: at(text, 'People want'), speaker: 'Mira Valt', cue: 'told', cue_start: at(text, 'told'), outlet: null,
    });
    expect(extractArticle(text, { id: 't' }).entities.outlets.map((o) => o.name)).not.toContain('People');
  });

  test('with a magazine named in an earlier sentence, "told the magazine" is that one', () => {
    const text = 'Singer rests\n\nMira Valt spoke to Rolling Stone before the tour. “People want the old songs,” Valt told the magazine.';
    expect(quote(text, 'People want')).toMatchObject({ type: 'direct', speaker: 'Mira Valt', cue: 'told', outlet: 'Rolling Stone' });
  });

  test('near miss: an outlet named in the narration before still counts', () => {
    const text = 'Singer rests\n\nIn an interview with People last week, Mira Valt said the tour would end in May. “I need the rest,” she told the magazine.';
    expect(quote(text, 'I need')).toMatchObject({ type: 'direct', speaker: 'Mira Valt', cue: 'told', outlet: 'People' });
  });
});
