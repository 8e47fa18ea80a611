import type { Token } from '../types.js';
import type { NameClues } from './name-clues.js';

/** A run's name as judgeName reads it: the name's span, its words before it, and whether a known given name opens it. */
export interface NameView {
  text: string;
  tokens: Token[];
  clues: NameClues;
  s: number;
  e: number;
  title: string | null;
  name: string;
  /** Up to 30 characters before the name. */
  before: string;
  givenName: boolean;
}
