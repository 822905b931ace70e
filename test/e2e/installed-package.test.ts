/**
 * The package as users get it (issue 13, item 12): `npm pack`, unpacked into an empty project's
 * node_modules as `npm install` would (its dependencies linked from this checkout, so no network is
 * needed), then run from that project. Bundled files are labelled `lexgap:…` and get their own
 * SARIF base; the package ships LICENSE and the docs its README links to, and no source maps.
 * dist/ comes from `npm ci` (the prepare script) or `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import { readTar } from '../helpers/bundled-chromium.js';
import { countryYaml } from '../helpers/temp-data.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// npm sets npm_execpath for `npm test`; otherwise npm sits beside node, as Node's own builds lay it out.
const NPM_CLI =
  process.env.npm_execpath ?? join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

let work: string;
let project: string;
let packed: string[];

function npm(args: string[]) {
  // npm's own script, run by this node: no PATH lookup, and no lifecycle scripts (the build is done).
  const r = spawnSync(process.execPath, [NPM_CLI, ...args, '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

function lexgap(args: string[]) {
  const r = spawnSync(process.execPath, [join(project, 'node_modules', 'lexgap', 'bin', 'lexgap.js'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lexgap-pack-'));
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', work])) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = info!.files.map((f) => f.path);
  project = join(work, 'project');
  const installed = join(project, 'node_modules', 'lexgap');
  for (const entry of readTar(gunzipSync(readFileSync(join(work, info!.filename))))) {
    const target = join(installed, entry.path.replace(/^package\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.content);
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies)) {
    mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep));
  }
  writeFileSync(join(project, 'package.json'), '{ "name": "user-project", "private": true }\n');
  mkdirSync(join(project, 'mydata', 'countries'), { recursive: true });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed files', () => {
  it('include LICENSE (MIT), the README and every doc it links to', () => {
    expect(packed).toContain('LICENSE');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} lexgap contributors/,
    );
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => !packed.includes(l))).toEqual([]);
  });

  it('hold no source maps (the sources are not shipped)', () => {
    expect(packed.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(packed.filter((p) => p.startsWith('src/'))).toEqual([]);
  });
});

describe('run from a user project', () => {
  it('validate, gap KE and report KE -o r.html work', () => {
    expect(lexgap(['validate'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^no problems \(\d+ files checked\)\n$/),
    });
    const gap = lexgap(['gap', 'KE', '--as-at', '2026-11-01']);
    expect(gap.status).toBe(0);
    expect(gap.stdout.split('\n')[0]).toBe('Kenya (KE) — coverage as at 2026-11-01');
    const report = lexgap(['report', 'KE', '--as-at', '2026-11-01', '-o', 'r.html']);
    expect(report).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(join(project, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('labels bundled files lexgap:… in text, and gives them the LEXGAPROOT base in SARIF', () => {
    // A finding in a bundled file: the installed copy edited, as a user might by mistake.
    const ng = join(project, 'node_modules', 'lexgap', 'countries', 'ng.yaml');
    writeFileSync(ng, readFileSync(ng, 'utf8').replace(/basis: verified/, 'basis: verifiedx'));
    writeFileSync(
      join(project, 'mydata', 'countries', 'zz.yaml'),
      countryYaml('ZZ').replace('basis: verified', 'basis: nope'),
    );
    const text = lexgap(['validate', '--data', 'mydata']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^lexgap:countries\/ng\.yaml:\d+:\d+ +error +schema\/enum/m);
    expect(text.stdout).toMatch(/^mydata\/countries\/zz\.yaml:\d+:\d+ +error +schema\/enum/m);
    expect(text.stdout).not.toContain('node_modules');

    const sarif = lexgap(['validate', '--data', 'mydata', '--format', 'sarif']);
    const run = (JSON.parse(sarif.stdout) as Log).runs[0]!;
    const locations = run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation);
    expect(locations).toContainEqual({ uri: 'countries/ng.yaml', uriBaseId: 'LEXGAPROOT' });
    expect(locations).toContainEqual({ uri: 'mydata/countries/zz.yaml', uriBaseId: '%SRCROOT%' });
    expect(run.originalUriBaseIds!.LEXGAPROOT!.uri).toBe(
      `${pathToFileURL(join(project, 'node_modules', 'lexgap')).href}/`,
    );
    expect(run.tool.driver.rules!.every((r) => r.helpUri === undefined)).toBe(true);
  });
});
