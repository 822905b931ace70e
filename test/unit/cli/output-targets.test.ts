/**
 * What -o may write to (issue 13, items 2, 3, 9, 10): special files are written into and never
 * replaced; temporary files cannot be hijacked; lexgap's own files and the inputs are refused; and
 * several outputs are written together or not at all.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liveTempFiles } from '../../../src/cli/commit-outputs.js';
import { main } from '../../../src/cli/main.js';
import { isOwnFile } from '../../../src/cli/output-target.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { countryYaml, tempDir } from '../../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GAP = ['gap', 'KE', '--as-at', '2026-11-01'];

let work: ReturnType<typeof tempDir>;
beforeEach(() => {
  work = tempDir();
});
afterEach(() => work.remove());

/** Reads a FIFO to its end, from the other side of the pipe. */
function drain(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    createReadStream(path, 'utf8')
      .on('data', (chunk) => (text += String(chunk)))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}

describe('-o never replaces a file that is not a regular file', () => {
  it('writes into a FIFO, which stays a FIFO', async () => {
    const fifo = join(work.dir, 'report-pipe');
    execFileSync('mkfifo', [fifo]);
    const io = fakeIo(ROOT);
    const [code, received] = await Promise.all([main([...GAP, '--format', 'json', '-o', fifo], io), drain(fifo)]);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(received)).toMatchObject({ coverage: { country: { code: 'KE' } } });
    expect(readdirSync(work.dir)).toEqual(['report-pipe']);
  });

  it('writes into a character device behind a symbolic link, leaving the link and the device alone', async () => {
    const link = join(work.dir, 'null-device');
    symlinkSync('/dev/null', link);
    const io = fakeIo(ROOT);
    expect(await main([...GAP, '--format', 'json', '-o', link], io)).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(work.dir)).toEqual(['null-device']);
  });

  it('keeps a symbolic link to a regular file a link, and replaces the file it points to', async () => {
    writeFileSync(join(work.dir, 'real.json'), 'old');
    symlinkSync('real.json', join(work.dir, 'alias.json'));
    const io = fakeIo(work.dir);
    expect(await main([...GAP, '-o', 'alias.json'], io)).toBe(0);
    expect(lstatSync(join(work.dir, 'alias.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(work.dir, 'real.json'), 'utf8'))).toMatchObject({
      coverage: { country: { code: 'KE' } },
    });
  });

  it("'-o -' is standard output, in the format given", async () => {
    const io = fakeIo(work.dir);
    expect(await main([...GAP, '--format', 'csv', '-o', '-'], io)).toBe(0);
    expect(io.out.split('\n')[0]).toMatch(/^country,as_at,instrument,/);
    expect(readdirSync(work.dir)).toEqual([]);
  });

  it('refuses a dangling symbolic link with a message', async () => {
    symlinkSync(join(work.dir, 'nowhere', 'x.json'), join(work.dir, 'dangling.json'));
    const io = fakeIo(work.dir);
    expect(await main([...GAP, '-o', 'dangling.json'], io)).toBe(2);
    expect(io.err).toBe(
      'lexgap: -o dangling.json is a symbolic link to a missing file\n  hint: remove the link, or write somewhere else\n',
    );
  });
});

describe('temporary files', () => {
  it('never follow a symbolic link planted at the old predictable name', async () => {
    const victim = join(work.dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    // The name the old code used: .<name>.lexgap-tmp-<pid>.
    symlinkSync(victim, join(work.dir, `.out.json.lexgap-tmp-${process.pid}`));
    const io = fakeIo(work.dir);
    expect(await main([...GAP, '-o', 'out.json'], io)).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(JSON.parse(readFileSync(join(work.dir, 'out.json'), 'utf8'))).toMatchObject({
      coverage: { country: { code: 'KE' } },
    });
    expect(liveTempFiles().size).toBe(0);
    expect(readdirSync(work.dir).filter((n) => n.includes('lexgap-tmp') && !n.endsWith(`-${process.pid}`))).toEqual([]);
  });

  it('keep the permissions of the file they replace', async () => {
    const target = join(work.dir, 'shared.json');
    writeFileSync(target, 'old', { mode: 0o640 });
    expect(await main([...GAP, '-o', target], fakeIo(work.dir))).toBe(0);
    expect(lstatSync(target).mode & 0o777).toBe(0o640);
  });
});

describe("lexgap's own files and the inputs", () => {
  it.each([
    ['a schema', 'schemas/country.schema.json'],
    ['a bundled country', 'countries/ke.yaml'],
    ['the compiled code', 'dist/cli/main.js'],
    ['package.json', 'package.json'],
    ['the launcher', 'bin/lexgap.js'],
  ])('refuses %s (%s), leaving it as it was', async (_what, file) => {
    const path = join(ROOT, file);
    const before = readFileSync(path);
    const io = fakeIo(work.dir);
    expect(await main([...GAP, '--format', 'json', '-o', path], io)).toBe(2);
    expect(io.err).toMatch(/^lexgap: -o .* refusing to overwrite (one of lexgap's own files|an input file)\n/);
    expect(readFileSync(path)).toEqual(before);
  });

  it('refuses a symbolic link to a schema', async () => {
    symlinkSync(join(ROOT, 'schemas', 'country.schema.json'), join(work.dir, 'schema.json'));
    const io = fakeIo(work.dir);
    expect(await main([...GAP, '-o', 'schema.json'], io)).toBe(2);
    expect(io.err).toMatch(/refusing to overwrite one of lexgap's own files/);
  });

  it('refuses a hard link to an input file', async () => {
    mkdirSync(join(work.dir, 'data', 'countries'), { recursive: true });
    const input = join(work.dir, 'data', 'countries', 'zz.yaml');
    writeFileSync(input, countryYaml('ZZ'));
    linkSync(input, join(work.dir, 'copy.json'));
    const io = fakeIo(work.dir);
    expect(await main(['gap', 'ZZ', '--as-at', '2026-11-01', '--data', 'data', '-o', 'copy.json'], io)).toBe(2);
    expect(io.err).toMatch(/^lexgap: -o copy.json: refusing to overwrite an input file/);
    expect(readFileSync(input, 'utf8')).toBe(countryYaml('ZZ'));
  });

  it('tells own files from a user folder', () => {
    expect(isOwnFile(join(ROOT, 'schemas', 'instrument.schema.json'))).toBe(true);
    expect(isOwnFile(join(ROOT, 'docs', 'method.md'))).toBe(true);
    expect(isOwnFile(join(ROOT, 'report.html'))).toBe(false);
    expect(isOwnFile(join(work.dir, 'schemas', 'x.json'))).toBe(false);
  });
});

describe('several outputs', () => {
  it('writes none when a later one fails while being written (a full device)', async () => {
    symlinkSync('/dev/full', join(work.dir, 'full'));
    const io = fakeIo(work.dir);
    const code = await main([...GAP, '--format', 'json', '-o', 'first.json', '--format', 'csv', '-o', 'full'], io);
    expect(code).toBe(2);
    expect(io.err).toBe('lexgap: cannot write full: no space left on the device\n  hint: nothing was written\n');
    expect(readdirSync(work.dir).sort()).toEqual(['full']);
    expect(liveTempFiles().size).toBe(0);
  });

  it('writes all of them when all can be written', async () => {
    const io = fakeIo(work.dir);
    const code = await main([...GAP, '--format', 'json', '-o', 'a.json', '--format', 'csv', '-o', 'b.csv'], io);
    expect(code).toBe(0);
    expect(readdirSync(work.dir).sort()).toEqual(['a.json', 'b.csv']);
  });
});
