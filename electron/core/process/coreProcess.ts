/**
 * Entry of the core's Electron utility process (out/main/coreProcess.js): the database, key
 * derivation, integrity checks, imports and document builds run here, off Electron's main
 * process, which only relays calls and events (electron/main/coreClient.ts).
 */
import { createCore } from '../index';
import { serveCore, type ParentPortLike } from './serveCore';

const port = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!port) throw new Error('coreProcess.js runs only as an Electron utility process.');
serveCore(port, createCore);
