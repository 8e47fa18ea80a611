import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { loadGold } from '../../src/eval/gold.js';
import { evaluate, extractGold, scoreExtracted, type EvalItem } from '../../src/eval/run.js';
import { ROOT, SHARED } from '../helpers/paths.js';

// The bars of issues 5 and 6. Where the extractor does not reach a bar yet, FLOOR holds the level it
// has reached, so any regression fails; raise a floor to its bar when the bar is met.
const BAR = {
  entDirectPartialF1: 0.95, entSpeaker: 0.92, entAllF1: 0.85, entEndToEnd: 0.8, entOutlet: 0.9,
  polDirectPartialF1: 0.95, polSpeaker: 0.9, polEndToEnd: 0.86, polIndirectF1: 0.75,
  people: 0.93, films: 0.8, outlets: 0.85,
};
const FLOOR = {
  polDirectPartialF1: 0.9, polIndirectF1: 0.62,
};

const gold = (name: string) => join(SHARED, 'eval', name);

// The two dev sets take the longest (polnear_dev's 84 articles about 25 s on a busy machine, past 60 s on
// one core shared with a dozen other processes): the extractor runs over each once, an article per turn of
// the event loop, so vitest's worker keeps answering its own RPC (replies it read only after 60 s would end
// a green run with "Timeout calling onTaskUpdate"), and each set is scored for every type filter from that
// one run. Since they yield, they can have longer than the suite's 60 s without holding up any reply.
const WHOLE_SET_TIMEOUT = 180_000;
async function extracted(path: string): Promise<EvalItem[]> {
  const items: EvalItem[] = [];
  for (const article of loadGold(path)) {
    items.push(extractGold(article, path));
    await setImmediate();
  }
  return items;
}

describe('accuracy on the development gold', () => {
  test('seed: all five quotes, types, speakers and outlets right', () => {
    const r = evaluate(gold('seed.jsonl'));
    expect(r.overall.at.exact.f1).toBe(1);
    expect(r.overall.speakerAccuracy).toBe(1);
    expect(r.byType.direct!.matched.exact).toBe(2);
    expect(r.byType.indirect!.matched.exact).toBe(3);
    expect(r.outlet.accuracy).toBe(1);
    expect(r.entities!.people.f1).toBe(1);
    expect(r.entities!.films.tp).toBeGreaterThanOrEqual(8);
    expect(r.entities!.outlets.f1).toBe(1);
  });

  test('ent_dev', async () => {
    const items = await extracted(gold('ent_dev.jsonl'));
    const dp = scoreExtracted(items, { types: ['direct', 'partial'] });
    expect(dp.overall.at['0.3'].f1).toBeGreaterThanOrEqual(BAR.entDirectPartialF1);
    expect(dp.overall.speakerAccuracy).toBeGreaterThanOrEqual(BAR.entSpeaker);
    const all = scoreExtracted(items);
    expect(all.overall.at['0.3'].f1).toBeGreaterThanOrEqual(BAR.entAllF1);
    expect(all.overall.endToEnd.f1).toBeGreaterThanOrEqual(BAR.entEndToEnd);
    expect(all.outlet.accuracy!).toBeGreaterThanOrEqual(BAR.entOutlet);
    expect(all.entities!.people.f1).toBeGreaterThanOrEqual(BAR.people);
    expect(all.entities!.charactersAsPeople).toBe(0);
    expect(all.entities!.films.f1).toBeGreaterThanOrEqual(BAR.films);
    expect(all.entities!.outlets.f1).toBeGreaterThanOrEqual(BAR.outlets);
  }, WHOLE_SET_TIMEOUT);

  test('polnear_dev', async () => {
    const items = await extracted(gold('polnear_dev.jsonl'));
    const dp = scoreExtracted(items, { types: ['direct', 'partial'] });
    expect(dp.overall.at['0.3'].f1).toBeGreaterThanOrEqual(FLOOR.polDirectPartialF1);
    expect(dp.overall.speakerAccuracy).toBeGreaterThanOrEqual(BAR.polSpeaker);
    expect(dp.overall.endToEnd.f1).toBeGreaterThanOrEqual(BAR.polEndToEnd);
    // The articles whose gold lists no quotation (NYT texts quote with '') count every find as a false
    // hit; on the others the direct+partial bars hold.
    expect(dp.unannotated!.articles).toBeLessThanOrEqual(9);
    expect(dp.unannotated!.without.at['0.3'].f1).toBeGreaterThanOrEqual(BAR.polDirectPartialF1);
    expect(dp.unannotated!.without.endToEnd.f1).toBeGreaterThanOrEqual(BAR.polEndToEnd);
    const indirect = scoreExtracted(items, { types: ['indirect'] });
    expect(indirect.overall.at['0.3'].f1).toBeGreaterThanOrEqual(FLOOR.polIndirectF1);
  }, WHOLE_SET_TIMEOUT);

  // Our own 8 articles with hand-made quote gold (eval/own_quotes.jsonl; first run, before any rule was
  // changed for them: all F1 0.952, speaker 0.946, outlet 0.609). A ratchet a little under today's level.
  test('own_quotes: our held-out articles keep their quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.93);
  });

  // The second set, by another annotator on other kinds of story (eval/own_quotes_2.jsonl; first run: all F1
  // 0.957, speaker 0.977, end-to-end 0.935, outlet 0.422). Also a ratchet a little under today's level.
  test('own_quotes_2: the second held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_2.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.95);
  });

  // The third set, by a third annotator (eval/own_quotes_3.jsonl; first run: all F1 0.958, speaker 0.949,
  // end-to-end 0.910, outlet 0.328). A ratchet a little under today's level.
  test('own_quotes_3: the third held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_3.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.91);
  });

  // The fourth set, by a fourth annotator (eval/own_quotes_4.jsonl; first run: all F1 0.937, speaker 0.964,
  // end-to-end 0.903, outlet 0.639). A ratchet a little under today's level.
  test('own_quotes_4: the fourth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_4.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.88);
  });

  // The fifth set, by a fifth annotator (eval/own_quotes_5.jsonl; first run: all F1 0.934, speaker 0.959,
  // end-to-end 0.896, outlet 0.537). A ratchet a little under today's level.
  test('own_quotes_5: the fifth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_5.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.95);
  });

  // The sixth set, by a sixth annotator (eval/own_quotes_6.jsonl; first run: all F1 0.930, speaker 0.958,
  // end-to-end 0.891, outlet 0.467). A ratchet a little under today's level.
  test('own_quotes_6: the sixth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_6.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.8);
  });

  // The seventh set, by a seventh annotator (eval/own_quotes_7.jsonl; first run: all F1 0.908, speaker 0.966,
  // end-to-end 0.877, outlet 0.533). A ratchet a little under today's level.
  test('own_quotes_7: the seventh held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_7.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.93);
  });

  // The eighth set, by an eighth annotator (eval/own_quotes_8.jsonl; first run: all F1 0.927, speaker 0.957,
  // end-to-end 0.888, outlet 0.716). A ratchet a little under today's level.
  test('own_quotes_8: the eighth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_8.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.93);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.95);
  });

  // The ninth set, by a ninth annotator (eval/own_quotes_9.jsonl; first run: all F1 0.941, speaker 0.976,
  // end-to-end 0.918, outlet 0.650). A ratchet a little under today's level. (Outlet 0.966 → 0.934 when an interview's
  // outlet was given back to the speaker's paraphrase right before it: this set leaves those without, sets 14–41 give it.)
  test('own_quotes_9: the ninth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_9.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.93);
  });

  // The tenth set, by a tenth annotator (eval/own_quotes_10.jsonl; first run: all F1 0.934, speaker 0.985,
  // end-to-end 0.919, outlet 0.649). A ratchet a little under today's level (outlet 0.935 after the outlet rules of wt-out10).
  test('own_quotes_10: the tenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_10.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.93);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.9);
  });

  // The eleventh set, by an eleventh annotator (eval/own_quotes_11.jsonl; first run: all F1 0.953, speaker 0.979,
  // end-to-end 0.933, outlet 0.813). A ratchet a little under today's level (0.955 / 0.995 / 0.950 / 0.979).
  test('own_quotes_11: the eleventh held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_11.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.945);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.95);
  });

  // The twelfth set, by a twelfth annotator (eval/own_quotes_12.jsonl; first run: all F1 0.931, speaker 0.959,
  // end-to-end 0.893, outlet 0.538). A ratchet a little under today's level (0.947 / 0.973 / 0.922 / 0.855).
  test('own_quotes_12: the twelfth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_12.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.965);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.915);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.84);
  });

  // The thirteenth set, by a thirteenth annotator (eval/own_quotes_13.jsonl; first run: all F1 0.948, speaker 0.983,
  // end-to-end 0.932, outlet 0.493). A ratchet a little under today's level (0.954 / 1.000 / 0.954 / 0.945).
  test('own_quotes_13: the thirteenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_13.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.945);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.945);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.93);
  });

  // The fourteenth set, by a fourteenth annotator (eval/own_quotes_14.jsonl; first run: all F1 0.948, speaker 0.996,
  // end-to-end 0.944, outlet 0.613). A ratchet a little under today's level (0.959 / 0.996 / 0.954 / 0.956).
  test('own_quotes_14: the fourteenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_14.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.955);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.945);
  });

  // The fifteenth set, by a fifteenth annotator (eval/own_quotes_15.jsonl; first run: all F1 0.953, speaker 0.984,
  // end-to-end 0.937, outlet 0.556). A ratchet a little under today's level (0.967 / 0.996 / 0.963 / 0.949).
  test('own_quotes_15: the fifteenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_15.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.96);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.955);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.94);
  });

  // The sixteenth set, by a sixteenth annotator (eval/own_quotes_16.jsonl; first run: all F1 0.947, speaker 0.992,
  // end-to-end 0.939, outlet 0.461). A ratchet a little under today's level (0.957 / 1.000 / 0.957 / 0.889).
  test('own_quotes_16: the sixteenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_16.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.87);
  });

  // The seventeenth set, by a seventeenth annotator (eval/own_quotes_17.jsonl; first run: all F1 0.940, speaker 0.977,
  // end-to-end 0.919, outlet 0.656). A ratchet a little under today's level (0.944 / 0.995 / 0.940 / 0.897).
  test('own_quotes_17: the seventeenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_17.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.935);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.88);
  });

  // The eighteenth set, by an eighteenth annotator (eval/own_quotes_18.jsonl; first run: all F1 0.919, speaker 0.982,
  // end-to-end 0.903, outlet 0.629). A ratchet a little under today's level (0.923 / 0.991 / 0.915 / 0.905).
  test('own_quotes_18: the eighteenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_18.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.915);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.905);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.88);
  });

  // The nineteenth set, by a nineteenth annotator (eval/own_quotes_19.jsonl; first run: all F1 0.918, speaker 0.981,
  // end-to-end 0.900, outlet 0.679). A ratchet a little under today's level (0.923 / 1.000 / 0.923 / 0.917).
  test('own_quotes_19: the nineteenth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_19.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.915);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.915);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.9);
  });

  // The twentieth set, by a twentieth annotator (eval/own_quotes_20.jsonl; first run: all F1 0.949, speaker 0.975,
  // end-to-end 0.926, outlet 0.790). A ratchet a little under today's level (0.963 / 1.000 / 0.963 / 0.983).
  test('own_quotes_20: the twentieth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_20.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.955);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.955);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.95);
  });

  // The twenty-first set, by a twenty-first annotator (eval/own_quotes_21.jsonl; first run: all F1 0.963, speaker 0.984,
  // end-to-end 0.948, outlet 0.797). A ratchet a little under today's level (0.973 / 1.000 / 0.973 / 0.935).
  test('own_quotes_21: the twenty-first held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_21.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.965);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.965);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.92);
  });

  // The twenty-second set, by a twenty-second annotator (eval/own_quotes_22.jsonl; first run: all F1 0.936, speaker 0.987,
  // end-to-end 0.924, outlet 0.818). A ratchet a little under today's level (0.958 / 1.000 / 0.958 / 0.935).
  test('own_quotes_22: the twenty-second held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_22.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.92);
  });

  // The twenty-third set, by a twenty-third annotator (eval/own_quotes_23.jsonl; first run: all F1 0.930, speaker 0.987,
  // end-to-end 0.918, outlet 0.628). A ratchet a little under today's level (0.945 / 0.996 / 0.941 / 0.897).
  test('own_quotes_23: the twenty-third held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_23.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.935);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.88);
  });

  // The twenty-fourth set, by a twenty-fourth annotator (eval/own_quotes_24.jsonl; first run: all F1 0.955, speaker 0.984,
  // end-to-end 0.940, outlet 0.579). A ratchet a little under today's level (0.970 / 0.992 / 0.962 / 0.789).
  test('own_quotes_24: the twenty-fourth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_24.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.96);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.955);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.77);
  });

  // The twenty-fifth set, by a twenty-fifth annotator (eval/own_quotes_25.jsonl; first run: all F1 0.909, speaker 0.984,
  // end-to-end 0.894, outlet 0.598). A ratchet a little under today's level (0.919 / 0.992 / 0.912 / 0.694).
  test('own_quotes_25: the twenty-fifth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_25.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.91);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.68);
  });

  // The twenty-sixth set, by a twenty-sixth annotator (eval/own_quotes_26.jsonl; first run: all F1 0.925, speaker 0.964,
  // end-to-end 0.892, outlet 0.878). A ratchet a little under today's level (0.930 / 0.980 / 0.912 / 0.907).
  test('own_quotes_26: the twenty-sixth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_26.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.975);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.905);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.9);
  });

  // The twenty-seventh set, by a twenty-seventh annotator (eval/own_quotes_27.jsonl; first run: all F1 0.922, speaker 0.985,
  // end-to-end 0.908, outlet 0.758). A ratchet a little under today's level (0.925 / 0.993 / 0.918 / 0.796).
  test('own_quotes_27: the twenty-seventh held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_27.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.78);
  });

  // The twenty-eighth set, by a twenty-eighth annotator (eval/own_quotes_28.jsonl; first run: all F1 0.919, speaker 0.984,
  // end-to-end 0.904, outlet 0.671). A ratchet a little under today's level (0.930 / 1.000 / 0.930 / 0.718).
  test('own_quotes_28: the twenty-eighth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_28.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.925);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.925);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.7);
  });

  // The twenty-ninth set, by a twenty-ninth annotator (eval/own_quotes_29.jsonl; first run: all F1 0.923, speaker 0.985,
  // end-to-end 0.909, outlet 0.821). A ratchet a little under today's level (0.926 / 0.989 / 0.916 / 0.909).
  test('own_quotes_29: the twenty-ninth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_29.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.89);
  });

  // The thirtieth set, by a thirtieth annotator (eval/own_quotes_30.jsonl; first run: all F1 0.920, speaker 0.982,
  // end-to-end 0.903, outlet 0.589). A ratchet a little under today's level (0.921 / 0.989 / 0.911 / 0.808).
  test('own_quotes_30: the thirtieth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_30.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.915);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.905);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.79);
  });

  // The thirty-first set, by a thirty-first annotator (eval/own_quotes_31.jsonl; first run: all F1 0.922, speaker 0.975,
  // end-to-end 0.898, outlet 0.922). A ratchet a little under today's level (0.928 / 0.993 / 0.922 / 0.970).
  test('own_quotes_31: the thirty-first held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_31.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.915);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.95);
  });

  // The thirty-second set, by a thirty-second annotator (eval/own_quotes_32.jsonl; first run: all F1 0.934, speaker 0.981,
  // end-to-end 0.916, outlet 0.621). A ratchet a little under today's level (0.948 / 0.989 / 0.937 / 0.778).
  test('own_quotes_32: the thirty-second held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_32.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.75);
  });

  // The thirty-third set, by a thirty-third annotator (eval/own_quotes_33.jsonl; first run: all F1 0.939, speaker 0.978,
  // end-to-end 0.918, outlet 0.612). A ratchet a little under today's level (0.939 / 0.978 / 0.918 / 0.791).
  test('own_quotes_33: the thirty-third held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_33.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.93);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.91);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.75);
  });

  // The thirty-fourth set, by a thirty-fourth annotator (eval/own_quotes_34.jsonl; first run: all F1 0.947, speaker 0.990,
  // end-to-end 0.938, outlet 0.410). A ratchet a little under today's level (0.947 / 0.997 / 0.944 / 0.590).
  test('own_quotes_34: the thirty-fourth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_34.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.55);
  });

  // The thirty-fifth set, by a thirty-fifth annotator (eval/own_quotes_35.jsonl; first run: all F1 0.942, speaker 0.991,
  // end-to-end 0.933, outlet 0.614). A ratchet a little under today's level (0.944 / 0.995 / 0.940 / 0.707).
  test('own_quotes_35: the thirty-fifth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_35.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.68);
  });

  // The thirty-sixth set, by a thirty-sixth annotator (eval/own_quotes_36.jsonl; first run: all F1 0.906, speaker 0.985,
  // end-to-end 0.892, outlet 0.628). A ratchet a little under today's level (0.906 / 0.985 / 0.892 / 0.674).
  test('own_quotes_36: the thirty-sixth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_36.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.9);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.64);
  });

  // The thirty-seventh set, by a thirty-seventh annotator (eval/own_quotes_37.jsonl; first run: all F1 0.888, speaker 0.963,
  // end-to-end 0.856, outlet 0.639). A ratchet a little under today's level (0.893 / 0.969 / 0.866 / 0.758).
  test('own_quotes_37: the thirty-seventh held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_37.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.89);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.86);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.74);
  });

  // The thirty-eighth set, by a thirty-eighth annotator (eval/own_quotes_38.jsonl; first run: all F1 0.889, speaker 0.970,
  // end-to-end 0.862, outlet 0.405). A ratchet a little under today's level (0.894 / 0.980 / 0.876 / 0.473).
  test('own_quotes_38: the thirty-eighth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_38.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.89);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.87);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.46);
  });

  // The thirty-ninth set, by a thirty-ninth annotator (eval/own_quotes_39.jsonl; first run: all F1 0.903, speaker 0.990,
  // end-to-end 0.894, outlet 0.860). A ratchet a little under today's level (0.912 / 0.990 / 0.902 / 0.860).
  test('own_quotes_39: the thirty-ninth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_39.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.91);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.90);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.84);
  });

  // The fortieth set, by a fortieth annotator (eval/own_quotes_40.jsonl; first run: all F1 0.904, speaker 0.995,
  // end-to-end 0.899, outlet 0.565). A ratchet a little under today's level (0.908 / 0.995 / 0.903 / 0.609).
  test('own_quotes_40: the fortieth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_40.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.90);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.90);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.68);
  });

  // The forty-first set, by a forty-first annotator (eval/own_quotes_41.jsonl; first run: all F1 0.921, speaker 0.974,
  // end-to-end 0.897, outlet 0.730). A ratchet a little under today's level (0.925 / 0.982 / 0.908 / 0.784).
  test('own_quotes_41: the forty-first held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_41.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.90);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.77);
  });

  // The forty-second set, by a forty-second annotator (eval/own_quotes_42.jsonl; first run: all F1 0.923, speaker 0.987,
  // end-to-end 0.911, outlet 0.667). A ratchet a little under today's level (0.933 / 0.996 / 0.929 / 0.659). (Outlet
  // 0.692 → 0.659 when two more of its quotes were found — the clause before a colon and the word after it — whose
  // speaker spoke to People in the paragraph before: this set gives a later paragraph no outlet, sets 1–34 do.)
  test('own_quotes_42: the forty-second held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_42.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.92);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.92);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.65);
  });

  // The forty-third set, by a forty-third annotator (eval/own_quotes_43.jsonl; first run: all F1 0.939, speaker 0.993,
  // end-to-end 0.932, outlet 0.541). A ratchet a little under today's level (0.944 / 0.996 / 0.940 / 0.574).
  test('own_quotes_43: the forty-third held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_43.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.94);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.56);
  });

  // The forty-fourth set, by a forty-fourth annotator (eval/own_quotes_44.jsonl; first run: all F1 0.933, speaker 0.996,
  // end-to-end 0.929, outlet 0.759). A ratchet a little under today's level (0.937 / 1.000 / 0.937 / 0.786).
  test('own_quotes_44: the forty-fourth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_44.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.93);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.78);
  });

  // The forty-fifth set, by a forty-fifth annotator (eval/own_quotes_45.jsonl; first run: all F1 0.959, speaker 0.988,
  // end-to-end 0.947, outlet 0.712). A ratchet a little under today's level (0.961 / 0.988 / 0.949 / 0.797).
  test('own_quotes_45: the forty-fifth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_45.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.79);
  });

  // The forty-sixth set, by a forty-sixth annotator (eval/own_quotes_46.jsonl; first run: all F1 0.945, speaker 0.985,
  // end-to-end 0.931, outlet 0.629). A ratchet a little under today's level (0.969 / 0.989 / 0.958 / 0.623).
  test('own_quotes_46: the forty-sixth held-out set keeps its quotes, speakers and outlets', () => {
    const r = evaluate(join(ROOT, 'eval', 'own_quotes_46.jsonl'));
    expect(r.overall.at['0.3'].f1).toBeGreaterThanOrEqual(0.96);
    expect(r.overall.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(r.overall.endToEnd.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.outlet.accuracy!).toBeGreaterThanOrEqual(0.61);
  });

  test('every floor sits below its bar (a floor is a ratchet, not a new bar)', () => {
    for (const [k, v] of Object.entries(FLOOR)) expect(v, k).toBeLessThan(BAR[k as keyof typeof BAR]);
  });
});
