import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a body named in full, then by its first word, speaks under its full name', () => {
  test('"Summit" read as a body after "Summit Pictures\' musical" takes the full name', () => {
    const text = "Brightwater Animation's sequel outsold Summit Pictures' musical. In a statement, Summit said it was “proud” of the film.";
    expect(quote(text, 'proud')).toMatchObject({
      type: 'partial', text: 'proud', start: at(text, 'proud'), speaker: 'Summit Pictures', speaker_kind: 'organization',
      speaker_start: at(text, 'Summit said'), cue: 'said', outlet: null,
    });
  });

  test('near miss: a listed organisation keeps its own one-word name after a longer one it opens', () => {
    const text = 'Netflix Animation released the sequel. In a statement, Netflix said it was “proud” of the film.';
    expect(quote(text, 'proud')).toMatchObject({ type: 'partial', speaker: 'Netflix', cue: 'said' });
  });
});

describe('a name ending in a word that ends only a body\'s name ("Renewables", "Dynamics") has its first word as a short form', () => {
  test('"… was built by Eastmoor Renewables. Eastmoor said …": the company, not a person called Eastmoor', () => {
    const text = 'The solar farm was built by Eastmoor Renewables. Eastmoor said it was “bitterly disappointed” by the ruling.';
    expect(quote(text, 'bitterly disappointed')).toMatchObject({
      type: 'partial', text: 'bitterly disappointed', start: at(text, 'bitterly'), speaker: 'Eastmoor Renewables', speaker_mention: 'Eastmoor',
      speaker_start: at(text, 'Eastmoor said'), speaker_kind: 'organization', cue: 'said', outlet: null,
    });
  });

  test('near miss: a person of that surname named before keeps it', () => {
    const text = 'Lena Eastmoor founded Eastmoor Renewables. Eastmoor said she was “bitterly disappointed” by the ruling.';
    expect(quote(text, 'bitterly disappointed')).toMatchObject({ type: 'partial', speaker: 'Lena Eastmoor', speaker_kind: 'person', cue: 'said' });
  });
});
