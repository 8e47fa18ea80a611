import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';

const read = (text: string) => {
  const r = extractArticle(text, { id: 'r' });
  return {
    quotes: r.quotes.map((q) => [q.text, q.type, q.speaker, q.cue, q.outlet, q.speaker_role, q.start, q.end]),
    roles: r.entities.people.map((p) => [p.name, p.roles]),
  };
};

describe('"the managing director": a word qualifying an office that is no role alone stays with it (data/role-modifiers.json)', () => {
  test('an apposition after the name', () => {
    const text = 'Orla Pennick, the managing director of Brack Tiles, said: "Orders are up."';
    expect(read(text)).toEqual({
      quotes: [['Orders are up.', 'direct', 'Orla Pennick', 'said', null, 'managing director', 59, 73]],
      roles: [['Orla Pennick', ['managing director']]],
    });
  });

  test('a description of an unnamed speaker', () => {
    const text = '"Talks have stalled," said the country\'s finance minister.';
    expect(read(text).quotes).toEqual([['Talks have stalled,', 'direct', null, 'said', null, 'finance minister', 1, 20]]);
  });

  test('near miss: a describing word that belongs to no office is left out', () => {
    const text = 'Orla Pennick, the new director of Brack Tiles, said: "Orders are up."';
    expect(read(text).quotes[0]![5]).toBe('director');
  });
});

describe('crafts and party offices written as two words keep their field: "art director", "opposition leader"', () => {
  test('"the film\'s art director, NAME" is an art director, not a director', () => {
    const text = 'The film’s art director, Lena Moritz, said the sets were built in Prague.';
    expect(read(text)).toEqual({
      quotes: [['the sets were built in Prague', 'indirect', 'Lena Moritz', 'said', null, 'art director', 43, 72]],
      roles: [['Lena Moritz', ['art director']]],
    });
  });

  test('"The opposition leader in the state assembly, NAME" is the opposition leader; the body after "in" stays out', () => {
    const text = 'The opposition leader in the state assembly, Marcus Bell, said the budget was a disgrace.';
    expect(read(text)).toEqual({
      quotes: [['the budget was a disgrace', 'indirect', 'Marcus Bell', 'said', null, 'opposition leader', 63, 88]],
      roles: [['Marcus Bell', ['opposition leader']]],
    });
  });

  test('near miss: "The party leader" stays a leader ("party" says whose, it is no office\'s field)', () => {
    const text = 'The party leader, Marcus Bell, said the budget was a disgrace.';
    expect(read(text).roles).toEqual([['Marcus Bell', ['leader']]]);
  });
});

describe('sport specialties are roles (data/occupations.json): "the team\'s Dutch climber"', () => {
  test('an apposition after the name, with a nationality before the role', () => {
    const text = 'Jan Voss, the team’s Dutch climber, said he was ready.';
    expect(read(text)).toEqual({
      quotes: [['he was ready', 'indirect', 'Jan Voss', 'said', null, 'climber', 41, 53]],
      roles: [['Jan Voss', ['climber']]],
    });
  });

  test('as a title before the name', () => {
    const text = 'Climber Jan Voss said the stage was brutal.';
    expect(read(text)).toEqual({
      quotes: [['the stage was brutal', 'indirect', 'Jan Voss', 'said', null, 'climber', 22, 42]],
      roles: [['Jan Voss', ['climber']]],
    });
  });
});

describe('"voice actor", "climate scientist": a noun naming the field before a role is part of it (data/role-modifiers.json fields)', () => {
  test('before the name, on either side of the cue', () => {
    const before = '“The booth was freezing,” voice actor Lena Marsh said.';
    expect(read(before)).toEqual({
      quotes: [['The booth was freezing,', 'direct', 'Lena Marsh', 'said', null, 'voice actor', 1, 24]],
      roles: [['Lena Marsh', ['voice actor']]],
    });
    const after = 'The glacier is retreating fast, said climate scientist Piet Dalen.';
    expect(read(after).quotes[0]).toEqual(['The glacier is retreating fast', 'indirect', 'Piet Dalen', 'said', null, 'climate scientist', 0, 30]);
  });

  test('near miss: an owner of the role before it is no field ("company spokesman" is a spokesman)', () => {
    const text = 'Company spokesman Piet Dalen said the plant would reopen.';
    expect(read(text).quotes[0]).toEqual(['the plant would reopen', 'indirect', 'Piet Dalen', 'said', null, 'spokesman', 34, 56]);
  });
});

describe('"the area director": a word for the stretch an office covers stays with such an office (data/role-modifiers.json scopes)', () => {
  test('an apposition after the cue', () => {
    const text = '“The rivers will be cleaner,” said Bryn Talley, the trust’s area director.';
    const q = extractArticle(text, { id: 'r' }).quotes[0]!;
    expect([q.text, q.type, q.speaker, q.speaker_role, q.cue, q.start, q.end]).toEqual(['The rivers will be cleaner,', 'direct', 'Bryn Talley', 'area director', 'said', 1, 28]);
  });

  test('not before a word for someone who only lives there: "an area resident" is a resident', () => {
    const text = 'Bryn Talley, an area resident, said the bridge was closed.';
    const q = extractArticle(text, { id: 'r' }).quotes[0]!;
    expect([q.text, q.speaker, q.speaker_role]).toEqual(['the bridge was closed', 'Bryn Talley', 'resident']);
  });
});

describe('a medical specialist named in an apposition is the role (data/occupations.json)', () => {
  test('"X, a laryngologist, said …"', () => {
    const text = 'Maren Holt, a laryngologist, said the swelling had gone down.';
    const q = extractArticle(text, { id: 'r' }).quotes[0]!;
    expect([q.text, q.type, q.speaker, q.speaker_role, q.cue]).toEqual(['the swelling had gone down', 'indirect', 'Maren Holt', 'laryngologist', 'said']);
  });
});
