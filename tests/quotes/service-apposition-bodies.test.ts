import { describe, expect, test } from 'vitest';
import { at, quote } from '../helpers/quotes.js';

describe('a name described in apposition as a service is a body', () => {
  test('"according to Railtrack Live, the monitoring service": an organisation, not a person', () => {
    const text = 'Hundreds of trains were delayed, according to Railtrack Live, the monitoring service.';
    expect(quote(text, 'Hundreds of trains')).toMatchObject({ text: 'Hundreds of trains were delayed', type: 'indirect', start: 0, end: at(text, ',') , speaker: 'Railtrack Live', speaker_kind: 'organization', speaker_start: at(text, 'Railtrack'), speaker_end: at(text, ', the monitoring'), cue: 'according to', outlet: null });
  });

  test('"said Quillmark, the booking service": after a cue too', () => {
    const text = 'Most seats were gone, said Quillmark, the booking service.';
    expect(quote(text, 'Most seats')).toMatchObject({ text: 'Most seats were gone', type: 'indirect', speaker: 'Quillmark', speaker_kind: 'organization', speaker_start: at(text, 'Quillmark'), cue: 'said', outlet: null });
  });

  test('near miss: a person named with a job is still a person', () => {
    const text = 'Most seats were gone, said Tom Reese, the booking manager.';
    expect(quote(text, 'Most seats')).toMatchObject({ text: 'Most seats were gone', speaker: 'Tom Reese', speaker_kind: 'person', cue: 'said' });
  });

  test('"the Federal Reserve said": a listed institution is no person', () => {
    const text = 'On Monday, the Federal Reserve said rates would hold.';
    expect(quote(text, 'rates would')).toMatchObject({ text: 'rates would hold', type: 'indirect', start: at(text, 'rates'), end: at(text, '.'), speaker: 'Federal Reserve', speaker_kind: 'organization', speaker_start: at(text, 'Federal'), cue: 'said', outlet: null });
  });
});
