import { setImmediate } from 'node:timers/promises';
import { beforeEach } from 'vitest';

// Vitest's worker reports each test's progress to the main process over an RPC whose calls time out after
// a fixed 60 s (birpc's DEFAULT_TIMEOUT; no setting reaches it in vitest 3). The reply is read only when the
// worker's event loop turns, and vitest's runner goes from one test to the next on promises alone, so a file
// of synchronous tests (the eval bars, the corpus runs) never lets it turn: on a slow or busy machine the file
// runs past 60 s, and when the loop finally turns Node runs the expired timers before it reads the replies
// that are already waiting. Every test passes, yet each call sent during the first part of the file rejects
// with "[vitest-worker]: Timeout calling "onTaskUpdate"" and the run exits 1.
//
// One turn of the event loop before each test reads the replies that have come in, so no reply waits longer
// than one test. A test that alone ran past 60 s would still fail, on testTimeout, as it should.
beforeEach(() => setImmediate());
