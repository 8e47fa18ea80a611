import { describe, expect, test } from 'vitest';
import { entityNames } from '../helpers/entities.js';

describe('"NAME of ORG": the run after a person\'s "of" is where they work', () => {
  test('the firm after an analyst\'s name is no person', () => {
    expect(entityNames('Another analyst, Mark Hale of Silver Screen Theory, said the weekend was slow.').people).toEqual(['Mark Hale']);
  });

  test('near miss: a person named after a role\'s "of" stays a person', () => {
    expect(entityNames('The daughter of Karen Doyle, Maria Doyle, said the weekend was slow.').people).toContain('Maria Doyle');
  });
});
