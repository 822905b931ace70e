/** How a file is named in output: relative to the working directory, or `lexgap:…` for an installed package's data. */
import { join } from 'node:path';
import { displayPath } from '../../../src/load/read-documents.js';

describe('displayPath', () => {
  const project = '/home/u/project';
  const installed = join(project, 'node_modules', 'lexgap');

  it("labels an installed package's bundled data lexgap:…", () => {
    expect(displayPath(join(installed, 'countries', 'ke.yaml'), project, installed)).toBe('lexgap:countries/ke.yaml');
    expect(displayPath(join(installed, 'frameworks', 'concepts.yaml'), join(project, 'sub'), installed)).toBe(
      'lexgap:frameworks/concepts.yaml',
    );
  });

  it('keeps user files, and a checkout of lexgap itself, relative to the working directory', () => {
    expect(displayPath(join(project, 'mydata', 'countries', 'zz.yaml'), project, installed)).toBe(
      'mydata/countries/zz.yaml',
    );
    expect(displayPath(join(project, 'countries', 'ke.yaml'), project, project)).toBe('countries/ke.yaml');
    expect(displayPath('/elsewhere/lexgap/countries/ke.yaml', project, '/elsewhere/lexgap')).toBe(
      'lexgap:countries/ke.yaml',
    );
  });
});
