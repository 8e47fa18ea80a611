import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('"on the podcast “TITLE,” whose hosts, A and B, …": the guest\'s and the hosts\' next words are said on it', () => {
  const text = 'Singer reveals hearing loss\n\nNASHVILLE — The singer Dana Ruelle said on Monday that she has been losing her hearing.\n\n'
    + 'Ruelle, 36, made the announcement on the podcast “Long Haul,” whose hosts, Tom Okafor and Gina Wells, had invited her on to discuss her album.\n\n'
    + '“I kept blaming the monitors,” Ruelle said. “It was never the monitors.”\n\n'
    + 'She said that she now wears hearing aids on stage.\n\n'
    + 'Wells asked her about the future. “Will you keep touring?” Wells asked.\n\n'
    + '“I am proud of her,” said Lou Park, her manager.\n\n'
    + 'Her label said in a statement that the tour would resume in spring.';

  test('the guest\'s quotes and reports after the sentence carry the podcast', () => {
    expect(quote(text, 'I kept blaming')).toMatchObject({ text: 'I kept blaming the monitors,', type: 'direct', speaker: 'Dana Ruelle', cue: 'said', cue_start: at(text, 'said. “It was'), outlet: 'Long Haul', start: at(text, 'I kept') });
    expect(quote(text, 'It was never')).toMatchObject({ type: 'direct', speaker: 'Dana Ruelle', outlet: 'Long Haul' });
    expect(quote(text, 'she now wears')).toMatchObject({ text: 'she now wears hearing aids on stage', type: 'indirect', speaker: 'Dana Ruelle', cue: 'said', outlet: 'Long Haul' });
  });

  test('a host named in the sentence speaks on it too', () => {
    expect(quote(text, 'Will you keep')).toMatchObject({ text: 'Will you keep touring?', type: 'direct', speaker: 'Gina Wells', cue: 'asked', outlet: 'Long Haul', start: at(text, 'Will you') });
  });

  test('negative: the lead before the appearance and a statement after it are not on the podcast', () => {
    expect(quote(text, 'she has been losing')).toMatchObject({ type: 'indirect', speaker: 'Dana Ruelle', cue: 'said', outlet: null });
    expect(quote(text, 'the tour would')).toMatchObject({ type: 'indirect', cue: 'said', outlet: null });
  });

  test('negative: someone the appearance sentence does not name is not on the podcast', () => {
    expect(quote(text, 'I am proud')).toMatchObject({ text: 'I am proud of her,', type: 'direct', speaker: 'Lou Park', cue: 'said', outlet: null });
  });
});
