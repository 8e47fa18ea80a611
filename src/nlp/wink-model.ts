import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type model from 'wink-eng-lite-web-model';

/**
 * wink-eng-lite-web-model as winkNLP takes it, its core model read with one JSON parse instead of three.
 *
 * The package's own core loader (dist/read-core-model.js) requires its 3 MB JSON when the package loads, then
 * copies it whole on every load (JSON.parse of JSON.stringify), so that two wink instances never share the
 * lexicon each learns unknown words into. That is ~100 ms of CPU on every worker thread's start-up (one
 * instance per thread, see winkInstance) for a copy of an object nothing else reads. Here the core model is
 * parsed from the file once per load, a fresh object each time, then unpacked exactly as the package does;
 * the other parts are the package's own loaders. tests/nlp/wink-model.test.ts checks the result against the
 * package's, so an upgrade that changes the unpacking fails there rather than changing tags silently.
 */
type WinkModel = typeof model;

const require = createRequire(import.meta.url);
const dist = 'wink-eng-lite-web-model/dist/';

/** The annotations of winkNLP's pipe whose automata come from a part of the model, and that part's key. */
const PIPE_PARTS = { ner: 'ner', negation: 'negation', sentiment: 'sa' } as const;
type PipePart = keyof typeof PIPE_PARTS;

const loaded = new Map<string, WinkModel>();

/**
 * The model for a winkNLP instance whose pipe is `pipe` (every annotation when not given). winkNLP builds the
 * automata of NER, negation and sentiment on every instance, whatever its pipe, and runs them only for the
 * annotations in the pipe. A part the pipe leaves out is given here as an empty machine, as the package's
 * model generator writes one: its JSON (the package's 171 KB NER and 404 KB sentiment models) is then never
 * read, which saves each thread ~25 ms of start-up CPU and the heap the parsed automata held. The tokens,
 * sentences, tags and lemmas of a document do not depend on those parts (wink reads them only when the pipe
 * asks for their annotation), so nothing read from such an instance changes.
 */
export function winkModel(pipe?: readonly string[]): WinkModel {
  const key = pipe ? [...pipe].sort().join(',') : '*';
  let model = loaded.get(key);
  if (!model) {
    const unused = (part: PipePart) => pipe !== undefined && !pipe.includes(part);
    model = {
      // (As the package's dist/model.js assembles it, less the core loader.)
      core: loadCoreModel,
      sbd: require(`${dist}load-sbd-model.js`),
      pos: require(`${dist}load-pos-model.js`),
      ner: unused('ner') ? emptyNer : require(`${dist}load-ner-model.js`),
      negation: unused('negation') ? emptyNegation : require(`${dist}load-negation-model.js`),
      sa: unused('sentiment') ? emptySentiment : require(`${dist}load-sa-model.js`),
      metaCER: require(`${dist}load-cer-meta-model.js`),
      featureFn: require(`${dist}feature.js`),
      addons: Object.assign(Object.create(null), {
        stem: require(`${dist}porter-stemmer.js`),
        lemmatize: require(`${dist}lemmatize.js`),
        readabilityStats: require(`${dist}readability-stats.js`),
        wordVectors: undefined,
      }),
    } as unknown as WinkModel;
    loaded.set(key, model);
  }
  return model;
}

/** A machine with no states past the start, as wink's automaton writes an empty model (emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The NER part for a pipe without NER: no machines (wink builds one automaton per machine). */
export function emptyNer(): { machines: string[]; transformers: unknown[] } {
  return { machines: [], transformers: [] };
}

/** The negation part for a pipe without negation: wink builds its one automaton from machines[0]. */
export function emptyNegation(): { machines: string[]; setter: () => void } {
  return { machines: [EMPTY_MACHINE], setter: () => {} };
}

/** The sentiment part for a pipe without sentiment: wink builds its one automaton from machines[0]. */
export function emptySentiment(): { machines: string[]; setter: () => void } {
  return { machines: [EMPTY_MACHINE], setter: () => {} };
}

/**
 * The package's readModel then loadModel (dist/read-core-model.js, dist/load-core-model.js), on a fresh parse.
 * (`any`: the core model's JSON has no declared type.)
 */
export function loadCoreModel(): any {
  const model = JSON.parse(readFileSync(require.resolve(`${dist}languages/cur/models/eng-core-web-model.json`), 'utf8'));
  // readModel: the packed lexicon as words, each feature's list as a hash, the POS clusters as sets.
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions));
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    featuresData[f].hash = Object.create(null);
    for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
  }
  featuresData.lexeme.hash = Object.create(null);
  for (let k = 0; k < featuresData.lexeme.list.length; k += 1) featuresData.lexeme.hash[featuresData.lexeme.list[k]] = k;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  // loadModel: where each feature's learnt entries start.
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].intrinsicSize = featuresData[f].list.length;
      featuresData[f].index = featuresData[f].list.length;
      featuresData[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  featuresData.lexeme.intrinsicSize = featuresData.lexeme.list.length;
  featuresData.lexeme.index = featuresData.lexeme.list.length;
  return model;
}

/** The bytes of base64 `data`, in an ArrayBuffer of their own (a Uint32Array view needs one from offset 0). */
function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  return new Uint8Array(bytes).buffer;
}
