/**
 * --data: a user's folder adds to, or replaces by id, the bundled data. Shown with the bundled
 * Kenya file plus an assessor's rating, which must win in JSON with the computed rating beside it.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../helpers/fake-io.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function overlayWithAssessment(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-overlay-'));
  mkdirSync(join(dir, 'countries'));
  const ke = readFileSync(join(ROOT, 'countries', 'ke.yaml'), 'utf8');
  const assessment = [
    'assessments:',
    '  - instrument: budapest',
    '    provision: art-22',
    '    rating: full',
    '    rationale: "Penal Code jurisdiction over ships and aircraft, read with s. 66, reaches every head."',
    '    reviewer: Test Assessor',
    '    date: 2026-10-01',
    '    source: { pinpoint: "mission notes", url: "https://example.org/mission" }',
    '    basis: secondary',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'countries', 'ke.yaml'), `${ke.trimEnd()}\n${assessment}`);
  return dir;
}

describe('--data overlays', () => {
  it('replaces the bundled country by code, and the assessment overrides the computed rating in JSON', async () => {
    const dir = overlayWithAssessment();
    const io = fakeIo(ROOT);
    expect(
      await main(['gap', 'KE', '-i', 'budapest', '--as-at', '2026-11-01', '--format', 'json', '--data', dir], io),
    ).toBe(0);
    const art22 = JSON.parse(io.out).coverage.instruments[0].provisions.find(
      (p: { provision: string }) => p.provision === 'art-22',
    );
    expect(art22.rating).toBe('full');
    expect(art22.computedRating).toBe('partial');
    expect(art22.assessment).toMatchObject({ rating: 'full', reviewer: 'Test Assessor', date: '2026-10-01' });
    expect(art22.assessment.rationale).toMatch(/Penal Code/);
  });

  it('shows the assessment and the computed rating side by side in the Markdown table', async () => {
    const io = fakeIo(ROOT);
    await main(
      [
        'gap',
        'KE',
        '-i',
        'budapest',
        '--as-at',
        '2026-11-01',
        '--format',
        'markdown',
        '--data',
        overlayWithAssessment(),
      ],
      io,
    );
    expect(io.out).toContain('| 22 Jurisdiction | full (reservable) \\[assessed; computed: partial\\] |');
  });

  it('validates the overlay file with positions in it', async () => {
    const dir = overlayWithAssessment();
    const io = fakeIo(ROOT);
    expect(await main(['validate', '--data', dir, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).summary.errors).toBe(0);
  });

  it('adds a concept from a --data concepts file to the bundled taxonomy, by id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexgap-concepts-'));
    mkdirSync(join(dir, 'frameworks'));
    writeFileSync(
      join(dir, 'frameworks', 'concepts.yaml'),
      [
        '# yaml-language-server: $schema=../../schemas/concepts.schema.json',
        'schema_version: 1',
        'concepts:',
        '  - id: deepfake-abuse',
        '    group: substantive',
        '    title: Deepfake abuse',
        '    definition: Making or sharing synthetic sexual images of a real person without consent.',
        '    status: reserved',
        '    elements:',
        '      - { id: create, kind: conduct, label: creating the image }',
        '',
      ].join('\n'),
    );
    const io = fakeIo(ROOT);
    expect(await main(['validate', '--data', dir, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).summary.errors).toBe(0);
    const list = fakeIo(ROOT);
    expect(await main(['list', 'concepts', '--format', 'json', '--data', dir], list)).toBe(0);
    const ids = JSON.parse(list.out).concepts.map((c: { id: string }) => c.id);
    expect(ids).toContain('deepfake-abuse');
    expect(ids).toContain('illegal-access');
  });

  it('refuses a --data folder that does not exist', async () => {
    const io = fakeIo(ROOT);
    expect(await main(['gap', 'KE', '--data', join(ROOT, 'no-such-folder')], io)).toBe(2);
    expect(io.err).toMatch(/--data .*no such directory/);
  });
});
