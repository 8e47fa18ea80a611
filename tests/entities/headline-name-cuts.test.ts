import { describe, expect, test } from 'vitest';
import { entityNames } from '../helpers/entities.js';

describe('entities: a headline capitalised run is cut to the name the body confirms', () => {
  test('a last word the body writes in small letters is a common noun ("Approves Carolina Housing Plan")', () => {
    const text = 'Council Approves Carolina Housing Plan in Close Vote\n\nThe council approved the plan on Tuesday after a long debate.\n';
    expect(entityNames(text).people).toEqual([]);
  });

  test('near miss: a headline name the body repeats capitalised stays a person', () => {
    const text = 'Carolina Marsh Wins Housing Vote\n\nCarolina Marsh won the vote on Tuesday. Marsh thanked the council.\n';
    expect(entityNames(text).people).toEqual(['Carolina Marsh']);
  });

  test('a plural title before one run is the headline\'s clause ("Governors Reject Cuts")', () => {
    const text = 'Governors Reject Cuts\n\nThe governor Alma Ridge spoke on Friday.\n';
    expect(entityNames(text).people).toEqual(['Alma Ridge']);
  });

  test('words before a given name in a headline describe the person ("Oscar Nominee Petra Lund")', () => {
    const text = 'Oscar Nominee Petra Lund Quits Agency\n\nThe agency said Lund left on Monday.\n';
    expect(entityNames(text).people).toEqual(['Petra Lund']);
  });

  test('near miss: a description before a given name in running text is not cut by the headline rule', () => {
    const text = 'The agency said on Monday that its client Petra Lund had left.\n';
    expect(entityNames(text).people).toEqual(['Petra Lund']);
  });
});
