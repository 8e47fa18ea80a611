import { plural } from '../plural.js';

/**
 * How every path names the inputs a run could not read and the articles it read from damaged input:
 * extract's closing lines (folder and `--out -`), collect, `status` and a worker's batch log line.
 * One wording, so a user who reads one recognises the others (the README promises it).
 */
export const rejectedCount = (n: number): string => `${plural(n, 'input')} rejected`;

export const damagedCount = (n: number): string => `${plural(n, 'article')} read from damaged input`;

/** Said after the damaged count: the page that arrived is still exported, in every mode. */
export const DAMAGED_NOTE = 'what arrived of each is exported';
