/**
 * Files with a byte-order mark, CRLF line ends, very long lines, and French and Arabic text:
 * positions and text reach every output format unchanged.
 */
import { main } from '../../../src/cli/main.js';
import { gapFormatters } from '../../../src/report/coverage/index.js';
import { diagnosticFormatters } from '../../../src/report/diagnostics/index.js';
import { diffFormatters } from '../../../src/report/diff/index.js';
import { listFormatters } from '../../../src/report/framework/list.js';
import { reportFormatters } from '../../../src/report/mission/index.js';
import { summaryFormatters } from '../../../src/report/summary/index.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { tempDir } from '../../helpers/temp-data.js';

const NAME = 'Côte d’Essai — ساحل الاختبار';
const LAW_FR = 'Loi relative à la lutte contre la cybercriminalité';
const LAW_AR = 'قانون مكافحة جرائم تقنية المعلومات';
const LONG = `Note très longue : ${'données à caractère personnel، بيانات شخصية; '.repeat(400)}fin.`;

/** A country file; `broken` adds three mistakes after the long line and the Arabic text. */
function country(eol: string, bom: boolean, broken: boolean): string {
  const lines = [
    '# yaml-language-server: $schema=../schemas/country.schema.json',
    'schema_version: 1',
    'country:',
    '  code: ZZ',
    `  name: "${NAME}"`,
    `  note: "${LONG}"`,
    'status: []',
    'laws:',
    '  - id: loi-2013',
    `    title: ${LAW_FR}`,
    '    citation: Loi n° 2013-451',
    '    commenced: 2013-06-19',
    '    url: https://example.org/loi',
    '    basis: verified',
    ...(broken ? ['    intitulé: Loi sur la cybercriminalité'] : []),
    '  - id: qanun-2015',
    `    title: ${LAW_AR}`,
    '    citation: قانون رقم 175',
    '    commenced: 2015-01-01',
    '    url: https://example.org/qanun',
    `    basis: ${broken ? 'مؤكد' : 'secondary'}`,
    'sections:',
    '  - law: loi-2013',
    '    number: "4"',
    '    title: Accès frauduleux à un système',
    `    summary: "Réprime l’accès frauduleux — ${LONG}"`,
    '    implements: [illegal-access/access, illegal-access/intent, illegal-access/without-right]',
    `    penalty: { max_years: ${broken ? '"deux ans"' : '2'} }`,
    '    source: { pinpoint: art. 4, url: https://example.org/loi#4 }',
    '    basis: verified',
    '  - law: qanun-2015',
    '    number: "2"',
    '    title: الدخول غير المشروع',
    '    summary: يعاقب كل من دخل عمدا ودون وجه حق إلى نظام معلوماتي.',
    '    implements: [illegal-access/access, illegal-access/exceed-authorisation]',
    '    source: { pinpoint: المادة 2, url: https://example.org/qanun#2 }',
    '    basis: secondary',
    '',
  ];
  return (bom ? '\uFEFF' : '') + lines.join(eol);
}

/** Where a mistake is: 1-based line, and column in UTF-16 code units, found in the LF text. */
function at(marker: string): { line: number; col: number } {
  const lines = country('\n', false, true).split('\n');
  const line = lines.findIndex((l) => l.includes(marker));
  return { line: line + 1, col: lines[line]!.indexOf(marker) + 1 };
}

const MISTAKES = [
  { code: 'schema/additional-property', where: at('intitulé'), text: 'intitulé' },
  { code: 'schema/enum', where: at('مؤكد'), text: 'مؤكد' },
  { code: 'schema/type', where: at('"deux ans"'), text: 'deux ans' },
];

describe.each([
  ['LF', '\n', false],
  ['CRLF', '\r\n', false],
  ['BOM + CRLF', '\r\n', true],
  ['BOM + LF', '\n', true],
])('%s, long lines, French and Arabic', (_name, eol, bom) => {
  it.each(Object.keys(diagnosticFormatters))(
    'validate --format %s keeps every position and the text',
    async (format) => {
      const data = tempDir({ 'countries/zz.yaml': country(eol, bom, true) });
      try {
        const io = fakeIo(data.dir);
        expect(await main(['validate', 'countries/zz.yaml', '--format', format], io)).toBe(1);
        const out = io.out;
        if (format === 'json') {
          const got = (JSON.parse(out) as { diagnostics: { code: string; range: { start: unknown } }[] }).diagnostics;
          expect(got.map((d) => [d.code, d.range.start])).toEqual(MISTAKES.map((m) => [m.code, m.where]));
        }
        if (format === 'sarif') {
          const run = (
            JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { region: object } }[] }[] }[] }
          ).runs[0]!;
          expect(run.results.map((r) => r.locations[0]!.physicalLocation.region)).toEqual(
            MISTAKES.map((m) => expect.objectContaining({ startLine: m.where.line, startColumn: m.where.col })),
          );
        }
        for (const m of MISTAKES) {
          expect(out).toContain(m.text);
          if (format === 'stylish') expect(out).toContain(`countries/zz.yaml:${m.where.line}:${m.where.col}`);
          if (format === 'github') expect(out).toContain(`line=${m.where.line},col=${m.where.col},`);
          if (format === 'junit') expect(out).toContain(`${m.where.line}:${m.where.col}`);
        }
      } finally {
        data.remove();
      }
    },
  );

  const analyses: [string, string[], string[]][] = [
    ['gap', ['gap', 'ZZ', '-i', 'budapest', '--as-at', '2026-11-01'], Object.keys(gapFormatters)],
    ['summary', ['summary', '--as-at', '2026-11-01'], Object.keys(summaryFormatters)],
    // docx is binary and only ever written to a file; its text is checked in test/unit/report/docx.test.ts.
    [
      'report',
      ['report', 'ZZ', '-i', 'budapest', '--as-at', '2026-11-01'],
      Object.keys(reportFormatters).filter((f) => f !== 'docx'),
    ],
    ['diff', ['diff', 'ZZ@2014-01-01', 'ZZ@2016-01-01', '-i', 'budapest'], Object.keys(diffFormatters)],
    ['list countries', ['list', 'countries'], Object.keys(listFormatters)],
  ];
  it.each(analyses)('%s keeps the names unchanged in every format', async (_what, argv, formats) => {
    const data = tempDir({ 'countries/zz.yaml': country(eol, bom, false) });
    try {
      for (const format of formats) {
        const io = fakeIo(data.dir);
        const code = await main([...argv, '--data', data.dir, '--format', format], io);
        expect({ format, code, err: io.err }).toEqual({ format, code: 0, err: '' });
        // gap's CSV names the country by its code only, one row per provision.
        const shown = argv[0] === 'gap' && format === 'csv' ? 'ZZ,2026-11-01,' : NAME;
        expect({ format, shown: io.out.includes(shown) }).toEqual({ format, shown: true });
        if (format === 'json' && argv[0] === 'gap') {
          const laws = (JSON.parse(io.out) as { coverage: { laws: { title: string }[] } }).coverage.laws;
          expect(laws.map((l) => l.title)).toEqual([LAW_FR, LAW_AR]);
        }
      }
    } finally {
      data.remove();
    }
  });
});
