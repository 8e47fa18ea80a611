import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const entities = (text: string) => extractArticle(text, { id: 't' }).entities;

describe('bare brackets that name no actor', () => {
  test('a publisher after a book title is no person and makes no part', () => {
    const e = entities('In her new book Tidal Ledgers (Larkspur University Press), Mina Calloway argues that ports made cities rich.');
    expect(e.people.map((p) => p.name)).toEqual(['Mina Calloway']);
    expect(e.characters).toEqual([]);
  });

  test('an expansion of initials is no person and makes no part', () => {
    const e = entities('Each spring the mayor files her ARS (Annual Revenue Statement), which lists every gift. Olga Brenner checks it.');
    expect(e.people.map((p) => p.name)).toEqual(['Olga Brenner']);
    expect(e.characters).toEqual([]);
  });

  test('an expansion spelling the initials even without a document word', () => {
    const e = entities('The town joined the NWC (Northern Waters Compact) in May, Mayor Olga Brenner said.');
    expect(e.people.map((p) => p.name)).toEqual(['Olga Brenner']);
    expect(e.characters).toEqual([]);
  });

  test('a part with its actor in a bare bracket is still read', () => {
    const e = entities('In the film Corin (Yusra Delane) and Bastien (Teodor Malk) cross the border at night.');
    expect(e.characters.map((c) => [c.name, c.actor])).toEqual([['Corin', 'Yusra Delane'], ['Bastien', 'Teodor Malk']]);
  });
});

describe('a nicknamed person named by the surname before a cue', () => {
  // The quote stage resolves "Marlowe" to Paul Marlowe; the surname before a cue the people stage lists no
  // ("stated") is still a mention of that person. A no-break space before the cue changes nothing.
  for (const space of [' ', '\u00a0']) {
    test(`"Marlowe${space === ' ' ? ' ' : '<nbsp>'}stated" stays a mention`, () => {
      const text = `Former ranger Paul “Pip” Marlowe found the plan flawed.\n\n“We stayed put. That was the job,” Marlowe${space}stated. “You stay with them.”\n\n“Nobody could trust that,” Marlowe said.`;
      const e = entities(text);
      expect(e.people.map((p) => [p.name, p.mentions.map((m) => [m.text, m.start])])).toEqual([
        ['Paul Marlowe', [['Paul “Pip” Marlowe', 14], ['Marlowe', text.indexOf('Marlowe' + space + 'stated')], ['Marlowe', text.lastIndexOf('Marlowe')]]],
      ]);
    });
  }
});
