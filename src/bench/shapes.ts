// Articles of unusual shape, generated at two sizes, timed through the whole pipeline: the time an
// article takes must grow with its length, not with its square. One odd article (a page that lost its
// paragraph breaks, a list of names, an inline image's base64) must not stall a worker for minutes.
import { processArticle } from '../pipeline/process.js';

export interface ShapeTiming {
  shape: string;
  /** Characters of the small and the large article. */
  chars: [number, number];
  /** Milliseconds for each (the best of three). */
  ms: [number, number];
  /** log(time ratio) / log(size ratio): 1 is linear, 2 quadratic. */
  exponent: number;
}

const GIVEN = ['Ana', 'Bo', 'Cara', 'Dan', 'Eve', 'Farid', 'Gwen', 'Hugo', 'Ines', 'Jonah'];
const FAMILY = ['Ruiz', 'Lee', 'Diaz', 'Moss', 'Park', 'Okafor', 'Brandt', 'Nakamura', 'Silva', 'Quinn'];
const name = (i: number) => `${GIVEN[i % 10]} ${FAMILY[Math.floor(i / 10) % 10]}`;

/** Each shape: the text for n repetitions of its unit. */
export const SHAPES: Record<string, (n: number) => string> = {
  'news paragraphs': (n) => repeat(n, (i) => `“The bridge will open in spring ${i},” ${name(i)} said on Tuesday. ${name(i + 1)} told the Lakeview Ledger that the cost had doubled.\n\n`),
  'one paragraph, no breaks': (n) => repeat(n, (i) => `Mayor ${name(i)} said the plan ${i} would work, and Mr. ${FAMILY[i % 10]} told reporters it would not. `),
  'names with no punctuation': (n) => repeat(n, (i) => `${name(i)} `),
  'unbalanced straight marks': (n) => repeat(n, (i) => `"word ${i} here `),
  'quotations with cues': (n) => repeat(n, (i) => `“We will win ${i},” she said. `),
  'quoted titles': (n) => repeat(n, (i) => `the film “Night Ferry ${i}” and the show “Late Hour ${i}” `),
  'parentheses and abbreviations': (n) => repeat(n, () => '(Reyes (D-N.Y.) said) '),
  'a long word': (n) => 'QmFzZTY0'.repeat(Math.ceil(n * 2)),
  'report nouns in one sentence': (n) => repeat(n, (i) => `${i ? ' and ' : ''}his claim that the tax ${i} was illegal`) + ' ” ok.',
  'passives with an agent': (n) => repeat(n, (i) => `${i ? ' and ' : ''}the plan ${i} was criticized by two council members`) + ' ” ok.',
  'programmes and scare quotes': (n) => repeat(n, (i) => `Lee said on “Late Hour ${i}”. Critics liked “Mostly True ${i}” then.\n\n`),
};

function repeat(n: number, unit: (i: number) => string): string {
  let out = '';
  for (let i = 0; i < n; i++) out += unit(i);
  return out;
}

/** Times every shape at n and 4n units. */
export function timeShapes(n = 2500): ShapeTiming[] {
  processArticle({ id: 'warm-up', path: '', text: SHAPES['news paragraphs']!(200) });
  return Object.entries(SHAPES).map(([shape, make]) => {
    const small = make(n);
    const large = make(4 * n);
    const ms: [number, number] = [best(small), best(large)];
    return { shape, chars: [small.length, large.length], ms, exponent: Math.log(Math.max(ms[1], 1) / Math.max(ms[0], 1)) / Math.log(large.length / small.length) };
  });
}

function best(text: string): number {
  let fastest = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    processArticle({ id: 'shape', path: '', text });
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
