/** report/diagnostics/junit: one test suite per file, one failing test case per problem. */
import type { Diagnostic } from '../../model/index.js';
import type { Formatter } from '../context.js';
import { formatLocation } from '../format-location.js';
import { escapeXml } from '../xml.js';

export const formatJunit: Formatter<Diagnostic[]> = (diagnostics) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const failures = diagnostics.filter((d) => d.severity !== 'info').length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lexgap validate" tests="${Math.max(diagnostics.length, 1)}" failures="${failures}">`,
  ];
  if (diagnostics.length === 0) {
    lines.push(
      '  <testsuite name="lexgap" tests="1" failures="0">',
      '    <testcase classname="lexgap" name="data is valid"/>',
      '  </testsuite>',
    );
  }
  for (const [file, list] of byFile) {
    const failing = list.filter((d) => d.severity !== 'info').length;
    lines.push(`  <testsuite name="${escapeXml(file)}" tests="${list.length}" failures="${failing}">`);
    for (const d of list) {
      const name = `${formatLocation(d)} ${d.code}`;
      lines.push(`    <testcase classname="${escapeXml(file)}" name="${escapeXml(name)}">`);
      const body = escapeXml(`${formatLocation(d)}: ${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}`);
      lines.push(
        d.severity === 'info'
          ? `      <system-out>${body}</system-out>`
          : `      <failure message="${escapeXml(d.message)}" type="${escapeXml(d.code)}">${body}</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
};
