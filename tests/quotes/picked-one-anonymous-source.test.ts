import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('one picked out of a group, with a relative clause, speaks and is the next he/she', () => {
  test('"One of them, who asked not to be named, said …" is an indirect quote by an unnamed source', () => {
    const text = 'One of them, who asked not to be named, said the depot would shut in spring.';
    const q = 'the depot would shut in spring';
    expect(quote(text, q)).toMatchObject({
      type: 'indirect', text: q, start: at(text, q), end: at(text, q) + q.length, speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'One of them', speaker_start: 0, cue: 'said', outlet: null,
    });
  });

  test('the she after it, and the she after that, stay with the unnamed source, not a woman named earlier', () => {
    const text = 'Critic Mirela Dobrev called the campaign lazy.\n\nThree drivers also complained. One of them, who asked not to be named, said the depot was "falling apart." She said nobody fixed the heating.\n\n"We froze all winter," she told the Herald.';
    expect(quote(text, 'nobody fixed')).toMatchObject({
      type: 'indirect', text: 'nobody fixed the heating', start: at(text, 'nobody fixed'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'She', speaker_start: at(text, 'She said'), cue: 'said', outlet: null,
    });
    const q = 'We froze all winter,';
    expect(quote(text, 'We froze')).toMatchObject({
      type: 'direct', text: q, start: at(text, q), end: at(text, q) + q.length, speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'she', speaker_start: at(text, 'she told'), cue: 'told', outlet: 'Herald',
    });
  });

  test('negative: "Some of them" picks several people; the she goes back to the woman named before', () => {
    const text = 'Critic Mirela Dobrev called the campaign lazy.\n\nThree drivers also complained. Some of them said the depot was "falling apart." She said nobody fixed the heating.';
    expect(quote(text, 'nobody fixed')).toMatchObject({ type: 'indirect', speaker: 'Mirela Dobrev', speaker_mention: 'She', cue: 'said' });
  });
});
