import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('an unnamed source that just spoke is the antecedent of the he/she after it', () => {
  test('"A librarian, who spoke on condition of anonymity, said …. “…,” she said": the librarian, not the woman named before', () => {
    const text = 'The principal, Dr. Grace Mensah, said classes would resume. A librarian, who spoke on condition of anonymity, said the shelves were empty. "Nobody told us," she said.';
    expect(quote(text, 'Nobody told us')).toMatchObject({
      type: 'direct', text: 'Nobody told us,', start: at(text, 'Nobody'), speaker: null, speaker_kind: 'anonymous',
      speaker_mention: 'she', speaker_start: at(text, 'she said'), cue: 'said', outlet: null,
    });
  });

  test('across paragraphs: "A waiter who asked not to be named said …" then a new paragraph\'s "“…,” he said"', () => {
    const text = 'Oskar Brandt said the restaurant would stay open. "We are not done," he said.\n\nA waiter who asked not to be named said the shifts were long.\n\n"She never paid overtime," he said.';
    expect(quote(text, 'She never paid')).toMatchObject({
      type: 'direct', start: at(text, 'She never'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'he', speaker_start: text.lastIndexOf('he said'), cue: 'said',
    });
  });

  test('a conjunction before the description: "But a state inspector, speaking on condition of anonymity, said …. He said …"', () => {
    const text = 'Governor Alan Pike spoke first. But a state inspector, speaking on condition of anonymity, said the pipes had cracked. He said repairs had stalled.';
    expect(quote(text, 'repairs had stalled')).toMatchObject({
      type: 'indirect', start: at(text, 'repairs had stalled'), speaker: null, speaker_kind: 'anonymous', speaker_mention: 'He', speaker_start: at(text, 'He said'), speaker_role: 'state inspector', cue: 'said',
    });
  });

  test('near miss: a description whose noun has the other gender ("a spokeswoman") leaves "he" to the named man', () => {
    const text = 'Governor Alan Pike spoke first. A spokeswoman for the agency said the pipes had cracked. He said repairs had stalled.';
    expect(quote(text, 'repairs had stalled')).toMatchObject({ type: 'indirect', speaker: 'Alan Pike', speaker_kind: 'person', speaker_mention: 'He', cue: 'said' });
  });
});
