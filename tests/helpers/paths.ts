import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(ROOT, '..', 'shared');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
