import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a he/she set off inside reported words before a report verb ("Most, she found, …") is the previous sentence\'s subject', () => {
  test('the subject of the sentence right before, over an earlier speaker of the same gender', () => {
    const text = 'Laura Okafor, a teacher, said the scores had risen. Hanna Dahl, a sophomore, interviewed 120 students. Many, she found, skipped breakfast.';
    expect(quote(text, 'Many, she found')).toMatchObject({
      type: 'indirect', text: 'Many, she found, skipped breakfast', start: at(text, 'Many, she found'),
      speaker: 'Hanna Dahl', speaker_kind: 'person', speaker_mention: 'she', speaker_start: at(text, 'she found'),
      cue: 'found', outlet: null,
    });
  });

  test('near miss: a woman named as an object before keeps the earlier speaker', () => {
    const text = 'Laura Okafor said the scores had risen. The survey surprised Hanna Dahl. Many, she found, skipped breakfast.';
    expect(quote(text, 'Many, she found')).toMatchObject({ type: 'indirect', speaker: 'Laura Okafor', speaker_mention: 'she', cue: 'found' });
  });

  test('near miss: ", she said" after an object-position name keeps the earlier speaker', () => {
    const text = 'Laura Okafor said the scores had risen. The survey surprised Hanna Dahl. It was overdue, she said.';
    expect(quote(text, 'It was overdue')).toMatchObject({ type: 'indirect', speaker: 'Laura Okafor', speaker_mention: 'she', cue: 'said' });
  });
});
