import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a capitalised noun for a person before a given name and a surname is a role, no part of the name', () => {
  test('"Supporter Mia Thornton, 41, said": the speaker is Mia Thornton, a supporter', () => {
    const text = 'Supporter Mia Thornton, 41, said she was "tired of the excuses".';
    expect(quote(text, 'tired of the excuses')).toMatchObject({
      text: 'tired of the excuses', type: 'partial', speaker: 'Mia Thornton', speaker_kind: 'person', speaker_role: 'supporter',
      speaker_start: at(text, 'Mia Thornton'), speaker_end: at(text, 'Mia Thornton') + 'Mia Thornton'.length, cue: 'said', outlet: null,
      start: at(text, 'tired of'), end: at(text, 'tired of') + 'tired of the excuses'.length,
    });
    expect(entityNames(text).people).toEqual(['Mia Thornton']);
  });

  test('"Former Olympian Grace Ellison": the name starts at the given name, and her surname later is her', () => {
    const text = 'Former Olympian Grace Ellison called the plan "short-sighted". "They never asked us," Ellison told the BBC.';
    expect(quote(text, 'short-sighted')).toMatchObject({ type: 'partial', speaker: 'Grace Ellison', speaker_start: at(text, 'Grace Ellison'), cue: 'called' });
    expect(quote(text, 'They never asked us')).toMatchObject({ type: 'direct', speaker: 'Grace Ellison', speaker_start: at(text, 'Ellison told'), cue: 'told', outlet: 'BBC' });
    expect(entityNames(text).people).toEqual(['Grace Ellison']);
  });

  test('near miss: a person noun that is also a given name opens the name ("Guy Ritchie said")', () => {
    const text = 'Guy Ritchie said the shoot had been "a gamble".';
    expect(quote(text, 'a gamble')).toMatchObject({ speaker: 'Guy Ritchie', speaker_start: at(text, 'Guy Ritchie'), cue: 'said' });
    expect(entityNames(text).people).toEqual(['Guy Ritchie']);
  });
});
