#!/usr/bin/env node
// npm run bench: start-up and corpus-scale figures for lexgap, as medians over several runs, with
// every ratio taken from runs made side by side (interleaved) in the same invocation. Not a test:
// it prints figures; docs/performance.md records one run. Needs `npm run build` first.
//
//   node bench/run.js [--runs 7] [--sizes 10,50,200] [--cache-sizes 200,all] [--cache-runs 3]
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import console from 'node:console';
import os from 'node:os';
import { basename, join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.js');
const AJV_CLI = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const TIME = ['/usr/bin/time'].find((p) => existsSync(p));
const AS_AT = '2026-11-01';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const RUNS = Number(arg('--runs', '7'));
const SIZES = arg('--sizes', '10,50,200').split(',').map(Number);
// 'all' is every two-letter code the bundled data leaves free (676 less the bundled countries): country
// codes are ISO alpha-2 (the schema's ^[A-Z]{2}$), so no corpus of distinct countries is larger.
// 1,000 is projected from it.
const CACHE_SIZES_ARG = arg('--cache-sizes', '200,all').split(',');
const CACHE_RUNS = Number(arg('--cache-runs', '3'));

class BenchError extends Error {}

/** One run of a command: wall time (ms), peak RSS (MiB) and exit status. */
function measure(command, args, env = {}) {
  const start = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-v', command, ...args], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
    : spawnSync(
        process.execPath,
        [
          join(ROOT, 'bench', 'child-rss.js'),
          ...(command === process.execPath ? (args[0] === '-e' ? [] : args) : [command, ...args]),
        ],
        {
          cwd: ROOT,
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        },
      );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kib = TIME
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]
    : /__maxrss_kib=(\d+)/.exec(r.stderr)?.[1];
  return { ms, rssMiB: kib ? Number(kib) / 1024 : NaN, status: r.status, stderr: r.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs every case once per round, RUNS rounds, so all cases see the same machine load. A case is
 * { name, steps: [[command, args, env?]...], expect? }: several steps are timed as their sum.
 */
function interleaved(cases, runs = RUNS) {
  const samples = new Map(cases.map((c) => [c.name, { ms: [], rss: [] }]));
  for (let round = 0; round < runs; round++) {
    for (const c of cases) {
      let ms = 0;
      let rss = 0;
      // steps may be a function, for a case that needs fresh arguments each run (an empty cache).
      for (const [command, args, env] of typeof c.steps === 'function' ? c.steps(round) : c.steps) {
        const r = measure(command, args, env);
        const ok = (c.expect ?? [0]).includes(r.status);
        if (!ok) throw new BenchError(`${c.name}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
        ms += r.ms;
        rss = Math.max(rss, r.rssMiB);
      }
      samples.get(c.name).ms.push(ms);
      samples.get(c.name).rss.push(rss);
    }
  }
  return new Map([...samples].map(([name, s]) => [name, { ms: median(s.ms), rssMiB: median(s.rss) }]));
}

const node = process.execPath;
const lexgap = (...args) => [node, [BIN, ...args]];
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
async function bench(work) {
  // -- The bundled data, and the same files as JSON for ajv-cli.
  const bundled = [
    join(ROOT, 'frameworks', 'concepts.yaml'),
    ...readdirSync(join(ROOT, 'frameworks', 'instruments'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(ROOT, 'frameworks', 'instruments', f)),
    ...readdirSync(join(ROOT, 'countries'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(ROOT, 'countries', f)),
  ];
  const bundledBytes = bundled.reduce((n, f) => n + statSync(f).size, 0);
  // ajv-cli reads YAML with js-yaml 3 (YAML 1.1), which turns unquoted dates into Date objects that
  // fail every `type: string` date; so it validates JSON conversions (made with yaml, as lexgap reads).
  const json = join(work, 'json');
  for (const kind of ['concepts', 'instruments', 'countries']) mkdirSync(join(json, kind), { recursive: true });
  for (const f of bundled) {
    const kind = f.includes('/instruments/') ? 'instruments' : f.includes('/countries/') ? 'countries' : 'concepts';
    writeFileSync(
      join(json, kind, basename(f).replace(/\.yaml$/, '.json')),
      JSON.stringify(parse(readFileSync(f, 'utf8'))),
    );
  }
  const ajv = (schema, dir) => [
    node,
    [
      AJV_CLI,
      'validate',
      '--spec=draft2020',
      '--strict=true',
      '--all-errors',
      '-s',
      join(ROOT, 'schemas', schema),
      '-d',
      join(json, dir, '*.json'),
    ],
  ];

  console.log(`# lexgap benchmark\n`);
  console.log(
    `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? os.cpus().length} CPUs (nproc), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB memory, ${os.type()} ${os.release()}`,
  );
  console.log(
    `- Node ${process.version}; ${RUNS} runs per figure (median); peak memory from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS in the child'}`,
  );
  console.log(
    `- Load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}\n`,
  );

  const startup = interleaved([
    { name: 'node -e 0', steps: [[node, ['-e', '0']]] },
    { name: 'lexgap validate', steps: [lexgap('validate')] },
    {
      name: 'lexgap validate, snapshot off',
      steps: [lexgap('validate')].map(([c, a]) => [c, a, { LEXGAP_NO_SNAPSHOT: '1' }]),
    },
    { name: 'lexgap gap KE', steps: [lexgap('gap', 'KE', '--as-at', AS_AT)] },
    { name: 'lexgap gap KE --format json', steps: [lexgap('gap', 'KE', '--as-at', AS_AT, '--format', 'json')] },
    {
      name: 'lexgap gap KE, snapshot off',
      steps: [lexgap('gap', 'KE', '--as-at', AS_AT)].map(([c, a]) => [c, a, { LEXGAP_NO_SNAPSHOT: '1' }]),
    },
    {
      name: 'ajv-cli, 3 runs (one per schema)',
      steps: [
        ajv('concepts.schema.json', 'concepts'),
        ajv('instrument.schema.json', 'instruments'),
        ajv('country.schema.json', 'countries'),
      ],
    },
  ]);
  const base = startup.get('node -e 0').ms;
  const ajvMs = startup.get('ajv-cli, 3 runs (one per schema)').ms;
  console.log(`## Start-up: the bundled data (${bundled.length} files, ${fmt(bundledBytes / 1024)} KiB of YAML)\n`);
  console.log('| command | median ms | × node -e 0 | × ajv-cli | peak RSS MiB |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [name, r] of startup)
    console.log(`| ${name} | ${fmt(r.ms)} | ${fmt(r.ms / base, 2)} | ${fmt(r.ms / ajvMs, 2)} | ${fmt(r.rssMiB)} |`);
  console.log('\n"snapshot off" sets LEXGAP_NO_SNAPSHOT=1: every bundled file is parsed, as after editing it.');
  console.log(
    'ajv-cli checks the schemas only (no line:col, no cross-file rules), on JSON copies of the same files.\n',
  );

  // -- Synthetic corpora.
  const { openProject } = await import(new URL('../dist/project/open-project.js', import.meta.url).href);
  const corpus = openProject({ cwd: ROOT }).corpus;
  const sizes = SIZES.map((n) => {
    const dir = join(work, `corpus-${n}`);
    return { n, dir, bytes: writeCorpus(dir, n, corpus) };
  });
  const scale = interleaved(
    sizes.flatMap(({ n, dir }) => [
      { name: `validate ${n}`, steps: [lexgap('validate', '--data', dir)] },
      { name: `summary ${n}`, steps: [lexgap('summary', '--data', dir, '--as-at', AS_AT)] },
    ]),
  );
  console.log(
    '## Corpus scale: synthetic countries (bench/corpus.js, seeded) with --data, on top of the bundled data\n',
  );
  console.log('| countries | YAML MiB | validate ms | ms/country | peak MiB | summary ms | ms/country | peak MiB |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { n, bytes } of sizes) {
    const v = scale.get(`validate ${n}`);
    const s = scale.get(`summary ${n}`);
    console.log(
      `| ${n} | ${fmt(bytes / 2 ** 20, 1)} | ${fmt(v.ms)} | ${fmt(v.ms / n, 1)} | ${fmt(v.rssMiB)} | ${fmt(s.ms)} | ${fmt(s.ms / n, 1)} | ${fmt(s.rssMiB)} |`,
    );
  }
  if (sizes.length >= 2) {
    const [a, b] = [sizes[0], sizes[sizes.length - 1]];
    const slope = (what) => (scale.get(`${what} ${b.n}`).ms - scale.get(`${what} ${a.n}`).ms) / (b.n - a.n);
    console.log(
      `\nMarginal cost per country from ${a.n} to ${b.n}: validate ${fmt(slope('validate'), 1)} ms, summary ${fmt(slope('summary'), 1)} ms.`,
    );
  }

  // -- The parse cache (issue 13): cold (no cache), cold filling an empty cache, warm.
  const free = 26 * 26 - corpus.countries.length;
  const cacheSizes = CACHE_SIZES_ARG.map((s) => (s === 'all' ? free : Math.min(Number(s), free))).map((n) => {
    const dir = join(work, `corpus-${n}`);
    return { n, dir, bytes: existsSync(dir) ? undefined : writeCorpus(dir, n, corpus) };
  });
  const warmCache = (n) => join(work, `cache-warm-${n}`);
  for (const { n, dir } of cacheSizes) {
    // Filled once before timing: every warm run then finds every user file.
    const r = measure(node, [BIN, 'validate', '--data', dir, '--cache-location', warmCache(n)]);
    if (r.status !== 0) throw new BenchError(`filling the cache for ${n}: exit ${r.status}\n${r.stderr}`);
  }
  const cached = interleaved(
    [
      { name: 'node -e 0', steps: [[node, ['-e', '0']]] },
      ...cacheSizes.flatMap(({ n, dir }) =>
        ['validate', 'summary'].flatMap((what) => {
          const args = what === 'summary' ? ['--data', dir, '--as-at', AS_AT] : ['--data', dir];
          return [
            { name: `${what} ${n} cold`, steps: [lexgap(what, ...args)] },
            {
              name: `${what} ${n} cold, filling an empty cache`,
              steps: (round) => [
                lexgap(what, ...args, '--cache-location', join(work, `cache-cold-${what}-${n}-${round}`)),
              ],
            },
            { name: `${what} ${n} warm`, steps: [lexgap(what, ...args, '--cache-location', warmCache(n))] },
          ];
        }),
      ),
    ],
    CACHE_RUNS,
  );
  const bare = cached.get('node -e 0').ms;
  console.log(
    `\n## The parse cache (--cache): cold and warm, ${CACHE_RUNS} runs each (median), interleaved with a bare node -e 0 (${fmt(bare)} ms, ${fmt(cached.get('node -e 0').rssMiB)} MiB)\n`,
  );
  console.log(
    '| run | countries | median ms | × node -e 0 | × cold | peak RSS MiB |\n| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { n } of cacheSizes)
    for (const what of ['validate', 'summary']) {
      const cold = cached.get(`${what} ${n} cold`).ms;
      for (const kind of ['cold', 'cold, filling an empty cache', 'warm']) {
        const r = cached.get(`${what} ${n} ${kind}`);
        console.log(
          `| ${what}, ${kind} | ${n} | ${fmt(r.ms)} | ${fmt(r.ms / bare, 1)} | ${fmt(r.ms / cold, 2)} | ${fmt(r.rssMiB)} |`,
        );
      }
    }
  const [small, large] = [cacheSizes[0], cacheSizes[cacheSizes.length - 1]];
  const projected = (what) => {
    if (!small || !large || small.n === large.n) return undefined;
    const a = cached.get(`${what} ${small.n} cold`);
    const b = cached.get(`${what} ${large.n} cold`);
    const perCountry = (b.ms - a.ms) / (large.n - small.n);
    const perCountryMiB = (b.rssMiB - a.rssMiB) / (large.n - small.n);
    return { ms: b.ms + perCountry * (1000 - large.n), rssMiB: b.rssMiB + perCountryMiB * (1000 - large.n) };
  };
  console.log('\n## Targets of issue 13\n');
  for (const { n } of cacheSizes)
    for (const what of ['validate', 'summary']) {
      const ratio = cached.get(`${what} ${n} warm`).ms / cached.get(`${what} ${n} cold`).ms;
      console.log(`- ${what} ${n}: warm at most half of cold: ${fmt(ratio, 2)}× — ${ratio <= 0.5 ? 'met' : 'MISSED'}`);
    }
  const p = projected('validate');
  if (p)
    console.log(
      `- validate 1,000 countries cold under 8 s and 400 MiB (projected linearly from ${small.n} and ${large.n}): ${fmt(p.ms)} ms, ${fmt(p.rssMiB)} MiB — ${p.ms < 8000 && p.rssMiB < 400 ? 'met' : 'MISSED'}`,
    );

  // -- Targets (issue 7).
  const largest = sizes[sizes.length - 1];
  const check = (ok) => (ok ? 'met' : 'MISSED');
  const v = startup.get('lexgap validate').ms;
  const g = startup.get('lexgap gap KE').ms;
  console.log('\n## Targets of issue 7\n');
  console.log(`- validate on the bundled data within 3× bare start-up: ${fmt(v / base, 2)}× — ${check(v <= 3 * base)}`);
  console.log(`- gap KE within 3× bare start-up: ${fmt(g / base, 2)}× — ${check(g <= 3 * base)}`);
  console.log(`- validate faster than ajv-cli on the same files: ${fmt(v / ajvMs, 2)}× its time — ${check(v < ajvMs)}`);
  if (largest) {
    for (const what of ['validate', 'summary']) {
      const r = scale.get(`${what} ${largest.n}`);
      console.log(
        `- ${what} ${largest.n} countries under 3 s and 300 MiB: ${fmt(r.ms)} ms, ${fmt(r.rssMiB)} MiB — ${check(r.ms < 3000 && r.rssMiB < 300)}`,
      );
    }
  }
}

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exitCode = 2;
} else {
  const work = mkdtempSync(join(os.tmpdir(), 'lexgap-bench-'));
  try {
    await bench(work);
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    console.error(`bench: ${error.message}`);
    process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
