import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('a lone name the article shows to be a company speaks as that body', () => {
  test('"Halvorn, which runs …" elsewhere: "Halvorn said" is the body, and no person', () => {
    const text = 'Halvorn, which runs the ferries to the islands, cut its timetable in May. Halvorn said sailings would resume on Monday.';
    expect(quote(text, 'sailings')).toMatchObject({
      type: 'indirect', text: 'sailings would resume on Monday', start: at(text, 'sailings'),
      speaker: 'Halvorn', speaker_kind: 'organization', speaker_role: null, speaker_mention: 'Halvorn', speaker_start: at(text, 'Halvorn said'),
      cue: 'said', cue_start: at(text, 'said sailings'), outlet: null,
    });
    expect(entityNames(text).people).not.toContain('Halvorn');
  });

  test('a body\'s possession ("Brenwick\'s trains"), "shares of", a spokesperson of the name, and "according to"', () => {
    expect(quote("Brenwick's trains stood idle all week. Brenwick said services would resume on Monday.", 'services')).toMatchObject({ speaker: 'Brenwick', speaker_kind: 'organization', cue: 'said' });
    const shares = 'Shares of Tallamoor fell sharply. According to Tallamoor, the merger is off.';
    expect(quote(shares, 'the merger')).toMatchObject({ text: 'the merger is off', speaker: 'Tallamoor', speaker_kind: 'organization', speaker_mention: 'Tallamoor', speaker_start: at(shares, 'Tallamoor,'), cue: 'According to' });
    expect(entityNames(shares).people).not.toContain('Tallamoor');
    const spokesperson = 'A Quellin spokesperson declined to comment on Friday. Later, Quellin said the plant would close.';
    expect(quote(spokesperson, 'the plant')).toMatchObject({ speaker: 'Quellin', speaker_kind: 'organization' });
  });

  test('"The operator Brenwick runs the line": an operator named by one word is the body', () => {
    const text = 'The operator Brenwick runs the line. Brenwick said services would resume on Monday.';
    expect(quote(text, 'services')).toMatchObject({ speaker: 'Brenwick', speaker_kind: 'organization', speaker_role: null });
    expect(entityNames(text).people).not.toContain('Brenwick');
  });

  test('near miss: no evidence, a surname after a given name or a title, or a job before the name keeps the person', () => {
    expect(quote('Halvorn said sailings would resume on Monday.', 'sailings')).toMatchObject({ speaker: 'Halvorn', speaker_kind: 'person' });
    const given = 'Ana Quellin runs a bakery. A Quellin spokesperson said nothing. Quellin said the plant would close.';
    expect(quote(given, 'the plant')).toMatchObject({ speaker: 'Ana Quellin', speaker_kind: 'person' });
    const senator = 'Senator Tallamoor backed the bill. A Tallamoor spokesman said she would vote. Tallamoor said the vote was close.';
    expect(quote(senator, 'the vote')).toMatchObject({ speaker: 'Tallamoor', speaker_kind: 'person' });
    const camera = 'The camera operator Hughes filmed the match. Hughes said the light was poor.';
    expect(quote(camera, 'the light')).toMatchObject({ speaker: 'Hughes', speaker_kind: 'person' });
    expect(entityNames(camera).people).toContain('Hughes');
  });
});
