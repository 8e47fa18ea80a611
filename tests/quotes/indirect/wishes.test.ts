import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../../helpers/quotes.js';

describe('"had expected/wanted X to VERB" reports nothing', () => {
  test('"had expected X to VERB" and "had wanted X to VERB" are no reports', () => {
    expect(quotesOf('Most traders had expected the central bank to cut its rate to 3.25 percent.')).toHaveLength(0);
    expect(quotesOf('Many listeners had expected him to quit the band after the tour.')).toHaveLength(0);
    expect(quotesOf('Her parents had wanted her to study law.')).toHaveLength(0);
  });

  test('near miss: "had hoped that …" stays a report, as PolNeAR annotates it', () => {
    const text = 'Supporters had hoped that Marco Lind would win the final.';
    const q = quote(text, 'Marco Lind');
    expect(q).toMatchObject({ text: 'Marco Lind would win the final', type: 'indirect', speaker_mention: 'Supporters', cue: 'hoped', outlet: null });
    expect(q.start).toBe(at(text, 'Marco Lind'));
  });

  test('near miss: a forecast in the simple past stays a report', () => {
    const text = 'Ines Carvalho, an economist at Porto Bank, expected prices to keep rising into the spring.';
    const q = quote(text, 'prices');
    expect(q).toMatchObject({ text: 'prices to keep rising into the spring', type: 'indirect', speaker: 'Ines Carvalho', cue: 'expected', outlet: null });
    expect(q.start).toBe(at(text, 'prices'));
    expect(q.end).toBe(at(text, '.'));
  });
});

describe('"had hoped to VERB" reports nothing', () => {
  // Bare "had hoped to": none annotated in the gold sets (PolNeAR 0 of 3, own sets 0 of 0 outside a said-report).
  test('a hope of one\'s own act, held before the event: no quote', () => {
    expect(quotesOf('Many had hoped to use the race to qualify for the national trials.')).toEqual([]);
    expect(quotesOf('The club had hoped to sign a new goalkeeper before the window closed.')).toEqual([]);
  });

  test('near miss: "said she hoped to VERB" keeps the said-report', () => {
    const text = 'Ines Maro said she hoped to reopen the bakery in May.';
    const q = quote(text, 'she hoped');
    expect(q).toMatchObject({ type: 'indirect', text: 'she hoped to reopen the bakery in May', speaker: 'Ines Maro', cue: 'said' });
  });
});
