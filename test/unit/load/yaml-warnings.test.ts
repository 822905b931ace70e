/** Parsing prints nothing: what yaml would warn about on stderr is a located diagnostic instead. */
import { jest } from '@jest/globals';
import { parseYamlFile } from '../../../src/load/yaml-document.js';

it('a collection used as a key is a yaml/complex-key diagnostic, with no Node warning on stderr', () => {
  const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  try {
    const text = 'schema_version: 1\n? [a, b]\n: c\n? { k: v }\n: d\n';
    const { diagnostics } = parseYamlFile(Buffer.from(text), 'countries/zz.yaml', '/x/countries/zz.yaml', 'country');
    expect(warn).not.toHaveBeenCalled();
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.col])).toEqual([
      ['yaml/complex-key', 2, 3],
      ['yaml/complex-key', 4, 3],
    ]);
  } finally {
    warn.mockRestore();
  }
});
