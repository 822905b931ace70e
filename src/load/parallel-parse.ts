/**
 * load/parallel-parse: parses many files on several threads while the caller stays synchronous.
 * YAML parsing is most of a large run's time and each file parses on its own, so with N CPUs the
 * files are shared out to N worker threads; the main thread sleeps on a shared counter
 * (Atomics.wait) and takes each result with receiveMessageOnPort, so openProject keeps its simple
 * synchronous shape. Results are exactly parseYamlFile's (positions are parsed again, lazily, on
 * the main thread when a diagnostic needs one).
 *
 * Small runs, a single CPU, LEXGAP_NO_PARALLEL=1, or no compiled worker (ts-jest runs the sources)
 * parse on the main thread: starting a thread and loading yaml in it costs about 40 ms.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model/index.js';
import type { ParseJob } from './parse-worker.js';
import type { ParsedFile } from './yaml-document.js';
import { lazyLocate, makeDocument, parseYamlFile } from './yaml-document.js';

/** Below this many files (or bytes) threads cost more than they save. */
const MIN_FILES = 24;
const MIN_BYTES = 512 * 1024;

const WORKER = fileURLToPath(new URL('./parse-worker.js', import.meta.url));

interface Result {
  index: number;
  data: unknown;
  pragma?: string;
  diagnostics: Diagnostic[];
}

export function parseMany(jobs: readonly Omit<ParseJob, 'index'>[]): ParsedFile[] {
  const threads = Math.min(availableParallelism(), 8, Math.ceil(jobs.length / 8));
  const bytes = jobs.reduce((n, j) => n + j.bytes.byteLength, 0);
  if (
    threads < 2 ||
    jobs.length < MIN_FILES ||
    bytes < MIN_BYTES ||
    process.env.LEXGAP_NO_PARALLEL === '1' ||
    !existsSync(WORKER)
  )
    return jobs.map((j) => parseYamlFile(j.bytes, j.path, j.absolutePath, j.kind));

  const done = new Int32Array(new SharedArrayBuffer(4));
  const channels = Array.from({ length: threads }, () => new MessageChannel());
  const workers = channels.map(
    (channel) => new Worker(WORKER, { workerData: { port: channel.port2, done }, transferList: [channel.port2] }),
  );
  // Largest first, dealt round-robin: the threads finish at about the same time.
  const order = jobs.map((j, index) => ({ ...j, index })).sort((a, b) => b.bytes.byteLength - a.bytes.byteLength);
  workers.forEach((worker, w) => worker.postMessage(order.filter((_, i) => i % threads === w)));

  const results: (Result | undefined)[] = new Array<Result | undefined>(jobs.length);
  let received = 0;
  try {
    while (received < jobs.length) {
      const seen = Atomics.load(done, 0);
      for (const { port1 } of channels) {
        for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) {
          const r = m.message as Result;
          results[r.index] = r;
          received += 1;
        }
      }
      // Sleep until a worker posts again. A thread that died (it should not) leaves its files to
      // the main thread, below, rather than a hang.
      if (
        received < jobs.length &&
        Atomics.wait(done, 0, seen, 10_000) === 'timed-out' &&
        Atomics.load(done, 0) === seen
      )
        break;
    }
  } finally {
    for (const worker of workers) {
      worker.unref();
      void worker.terminate();
    }
    for (const { port1 } of channels) port1.close();
  }
  return jobs.map((j, i) => {
    const r = results[i];
    if (r === undefined) return parseYamlFile(j.bytes, j.path, j.absolutePath, j.kind);
    const document = {
      ...makeDocument(j.path, j.absolutePath, j.kind, r.data, lazyLocate(j.bytes, j.path, j.absolutePath, j.kind)),
      ...(r.pragma !== undefined ? { pragma: r.pragma } : {}),
    };
    return { document, diagnostics: r.diagnostics };
  });
}
