import { describe, expect, test } from 'vitest';
import { at, quote, quotesOf } from '../helpers/quotes.js';

describe('a colon after a clause saying how its subject spoke', () => {
  test('"His keeper, Ivo Marsh, was blunter: “…”": the subject speaks, not the one quoted before', () => {
    const text = '“We were unlucky,” said manager Dara Quinn, whose side lost 2-0. His keeper, Ivo Marsh, was blunter: “We were poor.”';
    expect(quote(text, 'We were poor')).toMatchObject({
      type: 'direct', text: 'We were poor.', start: at(text, 'We were poor'), speaker: 'Ivo Marsh', speaker_mention: 'Ivo Marsh', speaker_start: at(text, 'Ivo Marsh'), cue: null,
    });
  });

  test('a lone surname after the full name: "Marsh was less diplomatic: “…”"', () => {
    const text = 'Ivo Marsh kept goal for the visitors. Marsh was less diplomatic: “That was a shambles.”';
    expect(quote(text, 'That was')).toMatchObject({ type: 'direct', speaker: 'Ivo Marsh', speaker_mention: 'Marsh', speaker_start: at(text, 'Marsh was'), cue: null });
  });

  test('a pronoun: "She was more direct: “…”"', () => {
    const text = 'Nadia Brook chairs the parish council. She was more direct: “Nobody asked us.”';
    expect(quote(text, 'Nobody asked')).toMatchObject({ type: 'direct', speaker: 'Nadia Brook', speaker_mention: 'She', speaker_start: at(text, 'She was'), cue: null });
  });

  test('a thing is no speaker: "The forecast was clear: “…”"', () => {
    const text = 'Nadia Brook chairs the parish council. The forecast was clear: “Heavy rain.”';
    // (Too short to be read as speech at all; whatever is found has no speaker.)
    expect(quotesOf(text).filter((q) => q.speaker !== null || q.speaker_mention !== null)).toEqual([]);
  });
});

describe('a possessive pronoun owning "position" or "view" before a colon', () => {
  test('"Her position was simple: “…”": the woman named before', () => {
    const text = 'Alderman Rosa Delane voted for the depot. Her position was simple: “If the town will not host it, the next town will.”';
    expect(quote(text, 'If the town')).toMatchObject({
      type: 'direct', text: 'If the town will not host it, the next town will.', speaker: 'Rosa Delane', speaker_mention: 'Her', speaker_start: at(text, 'Her position'), cue: null,
    });
  });

  test('no owner: "The position was simple: “…”" names no speaker', () => {
    const text = 'Alderman Rosa Delane voted for the depot. The position was simple: “If the town will not host it, the next town will.”';
    expect(quote(text, 'If the town')).toMatchObject({ type: 'direct', speaker: null, speaker_mention: null });
  });

  test('a thing\'s words: "The notice on the gate was simple: “…”" names no speaker', () => {
    const text = 'Alderman Rosa Delane voted for the depot. The notice on the gate was simple: “No entry after dark.”';
    expect(quotesOf(text).filter((q) => q.text.startsWith('No entry') && q.speaker !== null)).toEqual([]);
  });
});

describe('a colon after a person\'s stance: any adjective after the copula, or a stated view', () => {
  test('"Her neighbour Rhys Dawe was less forgiving: “…”": the subject speaks, not the one quoted before', () => {
    const text = '“It was an accident,” said Ola Brandt. Her neighbour Rhys Dawe was less forgiving: “It is a disgrace.”';
    expect(quote(text, 'It is a disgrace')).toMatchObject({
      type: 'direct', text: 'It is a disgrace.', start: at(text, 'It is a disgrace'), end: at(text, 'It is a disgrace') + 'It is a disgrace.'.length,
      speaker: 'Rhys Dawe', speaker_mention: 'Rhys Dawe', speaker_start: at(text, 'Rhys Dawe'), cue: null, outlet: null,
    });
  });

  test('"Rhys Dawe had a different view: “…”": a stated view introduces the quotation', () => {
    const text = 'Ola Brandt backed the plan. Rhys Dawe had a different view: “It will ruin the street.”';
    expect(quote(text, 'It will ruin')).toMatchObject({ type: 'direct', text: 'It will ruin the street.', speaker: 'Rhys Dawe', speaker_start: at(text, 'Rhys Dawe had'), cue: null });
  });

  test('near miss: a thing\'s adjective is no stance, "The rules were strict: “…”" names no speaker', () => {
    const text = 'Ola Brandt runs the hall. The rules were strict: “No dogs beyond this point at any time.”';
    expect(quotesOf(text).filter((q) => q.text.startsWith('No dogs') && q.speaker !== null)).toEqual([]);
  });
});

describe('a title after a stance colon is no speech', () => {
  test('"Kessler was prolific: “Nightfall” sold …": a title that goes on as a subject gives no quote of hers', () => {
    const text = 'Ada Kessler wrote fast. Kessler was prolific: “Nightfall” sold a million copies in 1988.';
    expect(quotesOf(text).filter((q) => q.speaker === 'Ada Kessler')).toEqual([]);
  });

  test('near miss: "Kessler was less forgiving: “It’s a farce.”" is still her speech', () => {
    const text = 'Ada Kessler wrote fast. Kessler was less forgiving: “It’s a farce.”';
    expect(quote(text, 'It’s a farce')).toMatchObject({
      type: 'direct', text: 'It’s a farce.', start: at(text, 'It’s a farce'), end: at(text, 'It’s a farce') + 'It’s a farce.'.length,
      speaker: 'Ada Kessler', speaker_mention: 'Kessler', speaker_start: at(text, 'Kessler was'), cue: null, outlet: null,
    });
  });
});
