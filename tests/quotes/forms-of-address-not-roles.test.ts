import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import { at, quote } from '../helpers/quotes.js';

const people = (text: string) => extractArticle(text, { id: 'a' }).entities.people.map((p) => ({ name: p.name, aliases: p.aliases }));

describe('a form of address before a name is no role and no alias', () => {
  test('"The Liberal leader, Sir Tobias Wren, said …": the role is the apposition\'s, not "sir"', () => {
    const text = 'The Liberal leader, Sir Tobias Wren, said the vote was close.';
    expect(quote(text, 'the vote')).toMatchObject({
      text: 'the vote was close', type: 'indirect', speaker: 'Tobias Wren', speaker_mention: 'Tobias Wren',
      speaker_start: at(text, 'Tobias Wren'), speaker_kind: 'person', speaker_role: 'leader', cue: 'said', cue_start: at(text, 'said'), outlet: null,
    });
    expect(people(text)).toEqual([{ name: 'Tobias Wren', aliases: [] }]);
  });

  test('"Dame Ada Kerrow said …": no role at all', () => {
    const text = 'Dame Ada Kerrow said the museum would reopen.';
    expect(quote(text, 'the museum')).toMatchObject({
      text: 'the museum would reopen', type: 'indirect', speaker: 'Ada Kerrow', speaker_start: at(text, 'Ada Kerrow'),
      speaker_kind: 'person', speaker_role: null, cue: 'said', outlet: null,
    });
  });

  test('"Dr. Mira Solak … Solak said": the titled full name is no alias', () => {
    const text = 'Dr. Mira Solak, a surgeon, spoke first. “The ward is full,” Solak said.';
    expect(quote(text, 'The ward')).toMatchObject({
      text: 'The ward is full,', type: 'direct', speaker: 'Mira Solak', speaker_mention: 'Solak', speaker_start: at(text, 'Solak said'),
      speaker_kind: 'person', cue: 'said', outlet: null,
    });
    expect(people(text)).toEqual([{ name: 'Mira Solak', aliases: ['Solak'] }]);
  });

  test('negative: a title before the surname alone stays an alias ("Mr. Tenby"), and a rank stays a role', () => {
    expect(people('Owen Tenby arrived late. “I missed the bus,” Mr. Tenby said.')).toEqual([{ name: 'Owen Tenby', aliases: ['Tenby', 'Mr. Tenby'] }]);
    const text = 'Gen. Aldo Brisk said the base would close.';
    expect(quote(text, 'the base')).toMatchObject({ speaker: 'Aldo Brisk', speaker_role: 'general', cue: 'said' });
  });
});
