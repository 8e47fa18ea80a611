import { readDataFile } from './data-file.js';

interface PublishingWords { participles: string[]; renderings: string[] }

let data: { participles: ReadonlySet<string>; renderings: ReadonlySet<string> } | undefined;

function load(): NonNullable<typeof data> {
  if (!data) {
    const raw = readDataFile<PublishingWords>('publishing-participles.json');
    data = { participles: new Set(raw.participles), renderings: new Set(raw.renderings) };
  }
  return data;
}

/** data/publishing-participles.json: participles of putting out a document or figures ("released", "published"). */
export function publishingParticiples(): ReadonlySet<string> {
  return load().participles;
}

/** Nouns of a rendering of someone else's words ("translation", "transcript"): whoever provided one is no source. */
export function renderingNouns(): ReadonlySet<string> {
  return load().renderings;
}
