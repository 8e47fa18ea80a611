// How an apposition right after a title opens ("“Salt Line,” her first …"): shared by the tests that read what it calls the title.
import { NOUN_PHRASE_OPENERS, alternatives } from '../nlp/words.js';

/** Right after a title, maybe past its closing mark and a comma, an article or possessive opening an apposition: "“Salt Line,” her first …". */
export const APPOSITION_OPENING = String.raw`^[”"’']?\s*,?[”"’']?\s*(?:${alternatives(NOUN_PHRASE_OPENERS)})\s+`;
