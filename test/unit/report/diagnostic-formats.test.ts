/** The other validate formats: stylish (terminal), json, github (workflow commands), junit. */
import type { Diagnostic } from '../../../src/model/index.js';
import { diagnosticFormatters } from '../../../src/report/diagnostics/index.js';
import { formatGithub } from '../../../src/report/diagnostics/github.js';
import { formatDiagnosticsJson } from '../../../src/report/diagnostics/json.js';
import type { ValidateJson } from '../../../src/report/diagnostics/json.js';
import { formatJunit } from '../../../src/report/diagnostics/junit.js';
import { formatStylish } from '../../../src/report/diagnostics/stylish.js';
import { ANSI, colorContext, plainContext, sampleDiagnostics } from '../../helpers/sample-diagnostics.js';
import { xmlProblems } from '../../helpers/xml-well-formed.js';

const ANSI_ALL = new RegExp(ANSI.source, 'g');

describe('the registry', () => {
  it('offers exactly the formats DESIGN §4 names for validate', () => {
    expect(Object.keys(diagnosticFormatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
  });

  it.each(Object.entries(diagnosticFormatters))('%s ends with a newline and is deterministic', (_name, format) => {
    const a = format(sampleDiagnostics, plainContext);
    expect(a.endsWith('\n')).toBe(true);
    expect(format(sampleDiagnostics, plainContext)).toBe(a);
  });

  it.each(Object.entries(diagnosticFormatters))('%s prints no ANSI codes when colour is off', (_name, format) => {
    expect(format(sampleDiagnostics, plainContext)).not.toMatch(ANSI);
  });
});

describe('stylish', () => {
  const text = formatStylish(sampleDiagnostics, plainContext);
  const lines = text.trimEnd().split('\n');

  it('starts each problem line with file:line:col, then severity, code and message', () => {
    const problemLines = lines.filter((l) => !l.startsWith(' ') && l !== '' && !/^[✖⚠]/.test(l));
    expect(problemLines).toHaveLength(sampleDiagnostics.length);
    problemLines.forEach((line, i) => {
      const d = sampleDiagnostics[i]!;
      expect(line.startsWith(`${d.file}:${d.range.start.line}:${d.range.start.col} `)).toBe(true);
      expect(line).toContain(d.severity);
      expect(line).toContain(d.code);
      expect(line).toContain(d.message);
    });
  });

  it('prints hints indented under their problem', () => {
    expect(lines[1]).toMatch(/^\s+hint: start the file with/);
    expect(lines[3]).toMatch(/^\s+hint: did you mean 'cca-2010'\?/);
  });

  it('ends with a tally', () => {
    expect(lines.at(-1)).toBe('✖ 2 errors, 1 warning in 3 files');
    expect(formatStylish([sampleDiagnostics[0]!], plainContext).trimEnd().split('\n').at(-1)).toBe(
      '⚠ 0 errors, 1 warning in 1 file',
    );
    expect(formatStylish([], plainContext)).toBe('no problems\n');
    // validate passes the files it checked: the count is said, and --verbose lists them.
    expect(formatStylish([], { ...plainContext, filesChecked: ['a.yaml', 'b.yaml'] })).toBe(
      'no problems (2 files checked)\n',
    );
    expect(formatStylish([], { ...plainContext, filesChecked: ['a.yaml'], verbose: true })).toBe(
      'checked a.yaml\nno problems (1 file checked)\n',
    );
  });

  it('colours only when asked, and colour changes nothing but the escapes', () => {
    const coloured = formatStylish(sampleDiagnostics, colorContext);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI_ALL, '')).toBe(text);
  });
});

describe('json', () => {
  const parsed = JSON.parse(formatDiagnosticsJson(sampleDiagnostics, plainContext)) as ValidateJson;

  it('wraps the diagnostics, as they are, with a schema version, the tool and a summary', () => {
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.tool).toEqual({ name: 'lexgap', version: '9.8.7' });
    expect(parsed.summary).toEqual({ errors: 2, warnings: 1, infos: 1, files: 3 });
    expect(parsed.diagnostics).toEqual(sampleDiagnostics);
  });

  it('has 1-based positions and relative paths', () => {
    for (const d of parsed.diagnostics) {
      expect(d.range.start.line).toBeGreaterThanOrEqual(1);
      expect(d.range.start.col).toBeGreaterThanOrEqual(1);
      expect(d.file.startsWith('/')).toBe(false);
    }
  });

  it('is an empty list when clean', () => {
    const empty = JSON.parse(formatDiagnosticsJson([], plainContext)) as ValidateJson;
    expect(empty.diagnostics).toEqual([]);
    expect(empty.summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 0 });
  });

  it('counts the files checked, not only the files with findings', () => {
    const out = JSON.parse(
      formatDiagnosticsJson(sampleDiagnostics, { ...plainContext, filesChecked: ['a', 'b', 'c', 'd', 'e'] }),
    ) as ValidateJson;
    expect(out.summary).toEqual({ errors: 2, warnings: 1, infos: 1, files: 3, filesChecked: 5 });
  });
});

describe('github', () => {
  const lines = formatGithub(sampleDiagnostics, plainContext).trimEnd().split('\n');

  it('prints one workflow command per problem, with file, line, col, endLine, endColumn and title', () => {
    expect(lines).toHaveLength(sampleDiagnostics.length);
    expect(lines[1]).toBe(
      "::error file=countries/zz.yaml,line=32,col=10,endLine=32,endColumn=14,title=lexgap ref/undeclared-law::section 3 cites law 'cca-2011', which is not declared under laws (hint: did you mean 'cca-2010'?)",
    );
    expect(lines[0]!.startsWith('::warning ')).toBe(true);
    expect(lines[3]!.startsWith('::notice ')).toBe(true);
  });

  it('escapes properties (% CR LF : ,) and data (% CR LF)', () => {
    expect(lines[3]).toContain('file=my data/odd%2C name%3A1.yaml,');
    expect(lines[3]).toContain('::title <b>&amp; "Terms" it\'s 100%25 done, 50:50');
    const multiLine: Diagnostic = { ...sampleDiagnostics[1]!, message: 'a\nb\r\nc', hint: undefined };
    expect(formatGithub([multiLine], plainContext)).toBe(
      '::error file=countries/zz.yaml,line=32,col=10,endLine=32,endColumn=14,title=lexgap ref/undeclared-law::a%0Ab%0D%0Ac\n',
    );
  });

  it('prints nothing when clean', () => {
    expect(formatGithub([], plainContext)).toBe('');
  });
});

describe('junit', () => {
  const xml = formatJunit(sampleDiagnostics, plainContext);

  it('is well-formed XML', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xmlProblems(xml)).toEqual([]);
  });

  it('escapes XML specials in names, attributes and text, and drops characters XML cannot carry', () => {
    expect(xml).toContain('title &lt;b&gt;&amp;amp; &quot;Terms&quot; it&apos;s 100% done, 50:50');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u0001');
  });

  it('has one suite per file and one failing case per error or warning; infos are not failures', () => {
    expect(xml).toContain('<testsuites name="lexgap validate" tests="4" failures="3">');
    expect(xml).toContain('<testsuite name="countries/zz.yaml" tests="2" failures="2">');
    expect(xml).toContain('<testsuite name="frameworks/instruments/model.yaml" tests="1" failures="1">');
    expect(xml).toContain('<testsuite name="my data/odd, name:1.yaml" tests="1" failures="0">');
    expect(xml.match(/<failure /g)).toHaveLength(3);
    expect(xml).toContain('<failure message="');
    expect(xml).toContain('type="schema/enum"');
    expect(xml).toContain('countries/zz.yaml:32:10: section 3 cites law');
  });

  it('reports a single passing case when clean, so CI shows the check ran', () => {
    const clean = formatJunit([], plainContext);
    expect(xmlProblems(clean)).toEqual([]);
    expect(clean).toContain('tests="1" failures="0"');
    expect(clean).toContain('<testcase classname="lexgap" name="data is valid"/>');
  });

  it('catches malformed XML (the checker itself works)', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a t="x & y"/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a t="1">x &amp; y<b/></a>')).toEqual([]);
  });
});
