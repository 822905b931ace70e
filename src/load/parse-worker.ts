/**
 * load/parse-worker: the body of a parsing thread (load/parallel-parse). It parses the files it is
 * sent and posts back what parsing gave — data, pragma and diagnostics, never the syntax tree —
 * then bumps a shared counter so the waiting main thread wakes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { DocumentKind } from '../model/index.js';
import { parseYamlFile } from './yaml-document.js';

export interface ParseJob {
  index: number;
  bytes: Uint8Array;
  path: string;
  absolutePath: string;
  kind: DocumentKind;
}

const { port, done } = workerData as { port: MessagePort; done: Int32Array };

parentPort?.on('message', (jobs: ParseJob[]) => {
  for (const job of jobs) {
    const { document, diagnostics } = parseYamlFile(job.bytes, job.path, job.absolutePath, job.kind);
    port.postMessage({ index: job.index, data: document.data, pragma: document.pragma, diagnostics });
    Atomics.add(done, 0, 1);
    Atomics.notify(done, 0);
  }
});
