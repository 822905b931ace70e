/** An in-memory Io for running main() in process: captures output, writes files to a real temp dir. */
import { existsSync, statSync } from 'node:fs';
import type { Io } from '../../src/cli/io.js';
import { commitOutputs, writeFileAtomic } from '../../src/cli/commit-outputs.js';

export interface FakeIo extends Io {
  out: string;
  err: string;
}

export function fakeIo(cwd: string, over: Partial<Io> = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    stdoutIsTTY: false,
    env: {},
    cwd,
    commitOutputs,
    writeFileAtomic,
    isDirectory: (p) => existsSync(p) && statSync(p).isDirectory(),
    exists: (p) => existsSync(p),
    today: () => '2026-11-01',
    ...over,
  };
  return io;
}
