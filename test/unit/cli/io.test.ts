/** Outputs are written whole or not at all, and a failed write leaves nothing behind. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../../src/errors.js';
import { commitOutputs, writeFileAtomic } from '../../../src/cli/commit-outputs.js';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('writeFileAtomic', () => {
  let work: ReturnType<typeof tempDir>;
  beforeEach(() => {
    work = tempDir();
  });
  afterEach(() => work.remove());

  it('writes the whole content and replaces an existing file, leaving no temporary file', () => {
    const target = join(work.dir, 'out.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'نص عربي — texte\n'.repeat(10_000));
    expect(readFileSync(target, 'utf8')).toBe('نص عربي — texte\n'.repeat(10_000));
    expect(readdirSync(work.dir)).toEqual(['out.json']);
  });

  it('leaves no temporary file and the target untouched when the rename fails', () => {
    // A non-empty directory cannot be replaced by a file: the rename fails after the write.
    const target = join(work.dir, 'out.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'kept');
    expect(() => writeFileAtomic(target, 'new')).toThrow(InputError);
    expect(readdirSync(work.dir)).toEqual(['out.json']);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('kept');
  });

  it('says which file and why, as an input error, when the folder is missing', () => {
    const target = join(work.dir, 'missing', 'out.json');
    expect(() => writeFileAtomic(target, 'x')).toThrow(`cannot write ${target}: the directory does not exist`);
    expect(readdirSync(work.dir)).toEqual([]);
  });
});

describe('output targets on the command line', () => {
  it('a write that fails is exit 2 with one line, not an internal error, and no file is left', async () => {
    const work = tempDir();
    try {
      // The folder exists when checked and is gone when written: the write itself fails.
      const io = fakeIo(ROOT, {
        commitOutputs: (writes) =>
          commitOutputs(writes.map((w) => ({ ...w, path: join(work.dir, 'gone', 'x', w.path.slice(-8)) }))),
      });
      const code = await main(['gap', 'KE', '--as-at', '2026-11-01', '-o', join(work.dir, 'out.json')], io);
      expect(code).toBe(2);
      expect(io.err).toMatch(/^lexgap: cannot write .*out\.json: the directory does not exist\n/);
      expect(readdirSync(work.dir)).toEqual([]);
    } finally {
      work.remove();
    }
  });

  it('writes nothing at all when one of several outputs is refused', async () => {
    const work = tempDir();
    try {
      const io = fakeIo(ROOT);
      const argv = ['summary', '-o', join(work.dir, 'a.json'), '-o', join(work.dir, 'no-such-dir', 'b.csv')];
      expect(await main(argv, io)).toBe(2);
      expect(readdirSync(work.dir)).toEqual([]);
    } finally {
      work.remove();
    }
  });
});
