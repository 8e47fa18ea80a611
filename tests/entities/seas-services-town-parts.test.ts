// Seas, Arabic "gate" places, marine firms, firms named after a service noun, and a town's part after a bearing:
// no person. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/pipeline/process.js';
import type { ArticleEntities } from '../../src/types.js';

const entities = (text: string): ArticleEntities => extractArticle(text, { id: 's' }).entities;
const people = (e: ArticleEntities) => e.people.map((p) => p.name);

describe('people: seas, gates, firms and town parts', () => {
  test('a sea or a gulf ("Coral Sea", "Gulf"-ended names) and a "Bab …" strait are places', () => {
    const e = entities('Tankers avoided the Coral Sea and the Bab al-Hawa crossing this week. "Insurance costs have tripled," said Tomas Wirth, a broker in Hamburg.');
    expect(people(e)).toEqual(['Tomas Wirth']);
  });

  test('a firm named "X Marine" is no person', () => {
    const e = entities('Brackley Marine raised its premiums on Monday. "We price the risk we see," said Oona Feldt, its underwriting chief.');
    expect(people(e)).toEqual(['Oona Feldt']);
  });

  test('a name right after a service noun ("booking app Tripwell") is a firm', () => {
    const e = entities('Booking app Tripwell said demand had doubled. "People want to travel again," said Marco Bellini, who runs a hotel in Bari.');
    expect(people(e)).toEqual(['Marco Bellini']);
  });

  test('a town after a lower-case bearing ("in west Dunmore") is a place', () => {
    const e = entities('Petra Lindqvist, who runs a bakery in west Dunmore, said trade had slowed. "Nobody is buying cakes," she said.');
    expect(people(e)).toEqual(['Petra Lindqvist']);
  });
});
