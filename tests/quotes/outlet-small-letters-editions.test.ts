import { describe, expect, test } from 'vitest';
import { quotesOf } from '../helpers/quotes.js';
import { entityNames } from '../helpers/entities.js';

describe('outlets the data writes in small letters, told by their own spelling', () => {
  test('"said on franceinfo": the station as written', () => {
    const text = '“The ferry will sail on Monday,” Odile Marchal said on franceinfo.';
    expect(quotesOf(text)).toMatchObject([{ type: 'direct', text: 'The ferry will sail on Monday,', start: 1, speaker: 'Odile Marchal', cue: 'said', outlet: 'franceinfo' }]);
    expect(entityNames(text).outlets).toEqual(['franceinfo']);
  });

  test('"told n-tv", "told taz": the outlet of the told report', () => {
    const text = 'Jens Albrecht told n-tv the toll would rise. Greta Vogel told taz the toll was fair.';
    const quotes = quotesOf(text);
    expect(quotes.find((q) => q.speaker === 'Jens Albrecht')).toMatchObject({ type: 'indirect', text: 'the toll would rise', start: text.indexOf('the toll would'), cue: 'told', outlet: 'n-tv' });
    expect(quotes.find((q) => q.speaker === 'Greta Vogel')).toMatchObject({ type: 'indirect', text: 'the toll was fair', start: text.indexOf('the toll was'), cue: 'told', outlet: 'taz' });
  });

  test('the small-letter word outside a source context is no outlet', () => {
    expect(entityNames('The taz was on the table next to the tagesschau notes.').outlets).toEqual([]);
  });
});

describe('a known network with a country or language after it is that edition', () => {
  test('"told DAZN España": the edition, whole', () => {
    const text = 'Aitor Lasa told DAZN España he would keep the old engine.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'he would keep the old engine', start: text.indexOf('he would'), speaker: 'Aitor Lasa', cue: 'told', outlet: 'DAZN España' }]);
    expect(entityNames(text).outlets).toEqual(['DAZN España']);
  });

  test('"told Fox Sports México": after a longer network name too', () => {
    const text = 'Pablo Ibarra told Fox Sports México the team would travel early.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', speaker: 'Pablo Ibarra', cue: 'told', outlet: 'Fox Sports México' }]);
  });

  test('a country opening the told clause is no part of the name', () => {
    const text = 'Pablo Ibarra told CNN Mexico had waited too long.';
    expect(quotesOf(text)).toMatchObject([{ type: 'indirect', text: 'Mexico had waited too long', speaker: 'Pablo Ibarra', cue: 'told', outlet: 'CNN' }]);
    expect(entityNames(text).outlets).toEqual(['CNN']);
  });
});
