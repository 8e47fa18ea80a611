import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('naming with a complement: "X called Y Z"', () => {
  test('a demonstrative alone as the object: "calls this an idle rumour"', () => {
    const text = 'The pilots filed a complaint. The Harbour Board calls this an idle rumour.';
    const q = quote(text, 'this an idle');
    expect(q).toMatchObject({ type: 'indirect', text: 'this an idle rumour', speaker_mention: 'Harbour Board', cue: 'calls' });
    expect(text.slice(q!.start, q!.end)).toBe('this an idle rumour');
  });

  test('a demonstrative before its noun is no object of its own: "called that number again"', () => {
    const text = 'The pier closed early. Mara Okafor called that number again on Friday.';
    expect(quotesOf(text).filter((q) => q.type === 'indirect')).toEqual([]);
  });

  test('a group\'s name for itself in quotation marks is a nickname, no report: "who call themselves the “Night Owls”"', () => {
    expect(quotesOf('Regulars at the diner, who call themselves the “Night Owls,” signed a card for the cook.')).toEqual([]);
    expect(quotesOf('Regulars at the diner, who call themselves the "Night Owls," signed a card for the cook.')).toEqual([]);
  });

  test('a body\'s name for itself too: "a group of mayors that calls itself the “Harbor Club”" reports nothing', () => {
    expect(quotesOf('He is part of a group of mayors that calls itself the “Harbor Club.”')).toEqual([]);
  });

  test('near miss: a body calling itself an unquoted description still reports', () => {
    const text = 'The firm calls itself a family business.';
    expect(quote(text, 'itself')).toMatchObject({ type: 'indirect', text: 'itself a family business', start: at(text, 'itself'), speaker: 'The firm', speaker_mention: 'The firm', cue: 'calls', cue_start: at(text, 'calls') });
  });

  test('single quotation marks name the group too: "who call themselves the ‘Dock Wardens,’ say …"', () => {
    const text = 'Neighbours, who call themselves the ‘Dock Wardens,’ say the crane must go.';
    expect(quotesOf(text).map((q) => [q.type, q.text, q.speaker_mention, q.cue, q.start])).toEqual([['indirect', 'the crane must go', 'Neighbours', 'say', text.indexOf('the crane')]]);
    expect(quotesOf("Neighbours, who call themselves the 'Dock Wardens,' say the crane must go.").map((q) => q.cue)).toEqual(['say']);
  });

  test('negative: a person calling herself something, or a group calling itself an unquoted description, still reports', () => {
    const one = 'Senator Ilse Marwood calls herself a moderate.';
    expect(quote(one, 'herself')).toMatchObject({ type: 'indirect', text: 'herself a moderate', start: 27, end: 45, speaker: 'Ilse Marwood', cue: 'calls' });
    const group = 'The rebels call themselves the true heirs of the revolution.';
    expect(quote(group, 'themselves')).toMatchObject({ type: 'indirect', text: 'themselves the true heirs of the revolution', start: 16, end: 59, cue: 'call' });
  });
});
