import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('"The streaming service Streamwave raised …": a described body opening the sentence is the body later too', () => {
  test('the name alone later is an organisation speaker and no person', () => {
    const text = 'The delivery firm Parcelo doubled its fees in June. Parcelo said it would refund customers.';
    expect(quote(text, 'it would refund')).toMatchObject({
      type: 'indirect', text: 'it would refund customers', start: at(text, 'it would refund'),
      speaker: 'Parcelo', speaker_kind: 'organization', speaker_mention: 'Parcelo', speaker_start: at(text, 'Parcelo said'),
      cue: 'said', cue_start: at(text, 'said it'), outlet: null,
    });
    expect(entityNames(text).people).not.toContain('Parcelo');
  });

  test('near miss: a second verb makes the first a relative clause on the body, its subject a person', () => {
    const text = 'The firm Okafor started in 2009 doubled its fees in June. Okafor said it would refund customers.';
    expect(quote(text, 'it would refund')).toMatchObject({ speaker: 'Okafor', speaker_kind: 'person' });
  });
});
