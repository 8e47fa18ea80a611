import { describe, expect, test } from 'vitest';
import { entityNames } from '../helpers/entities.js';

describe('films: quoted titles of studies, songs and public schemes are no film or show', () => {
  test('a study named after a film is no film ("wrote the 2011 study “…”")', () => {
    const text = 'The 1954 film "River of Ash" is being restored. Film historian Nadia Brek, who wrote the 2011 study "Smoke and Glass: Making a Classic," said the print was damaged.';
    expect(entityNames(text).films).toEqual(['River of Ash:film']);
  });

  test('a title after a verb of performing is a song ("performed “…” with the band")', () => {
    const text = 'The film "Night Road" opened the festival. Later Jon Baez, who performed "Harbour Lights" with the house band, closed the night.';
    expect(entityNames(text).films).toEqual(['Night Road:film']);
  });

  test('near miss: a title after a film word keeps its film, whatever verb stands earlier', () => {
    const text = 'Jon Baez, who performed in the film "Harbour Lights," said the shoot was long.';
    expect(entityNames(text).films).toEqual(['Harbour Lights:film']);
  });

  test('a programme that helps people is a public scheme, no show', () => {
    const text = 'Mayor Ruth Alder said the "Get Out, Stay Out" program had helped residents evacuate.';
    expect(entityNames(text).films).toEqual([]);
  });

  test('near miss: a programme that airs is a show', () => {
    const text = 'The "Harbour Nights" program airs on Sundays, the network said.';
    expect(entityNames(text).films).toEqual(['Harbour Nights:tv']);
  });

  test('news sites known as outlets: Retraction Watch, Chess.com', () => {
    const text = 'Chess.com reported that the board had met. One player told Retraction Watch that it was hard.';
    expect(entityNames(text).outlets).toEqual(['Chess.com', 'Retraction Watch']);
  });
});
