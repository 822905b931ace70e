/**
 * Ratings on the bundled data that a legal reader would check against the statutes
 * (reference/texts/kenya-cmca-2018.txt) and Nigeria's Budapest reservations.
 */
import { fileURLToPath } from 'node:url';
import { analyzeCountry } from '../../../src/analyze/coverage.js';
import type { Corpus, CountryCoverage, ProvisionCoverage } from '../../../src/model/index.js';
import { openProject } from '../../../src/project/open-project.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AS_AT = '2026-11-01';
let corpus: Corpus;

beforeAll(() => {
  const project = openProject({ cwd: ROOT });
  expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  corpus = project.corpus;
});

function row(cov: CountryCoverage, instrument: string, provision: string): ProvisionCoverage {
  const p = cov.instruments.find((i) => i.instrument === instrument)?.provisions.find((x) => x.provision === provision);
  if (!p) throw new Error(`no row ${instrument} ${provision}`);
  return p;
}
const numbers = (p: ProvisionCoverage) => p.sections.map((s) => s.number);

describe('Kenya against the Budapest Convention', () => {
  let ke: CountryCoverage;
  beforeAll(() => {
    ke = analyzeCountry(corpus, 'KE', { asAt: AS_AT, instruments: ['budapest'] });
  });

  it('Art. 2 is full through s.14: infringing security measures is a narrowing Art. 2 permits', () => {
    const p = row(ke, 'budapest', 'art-2');
    expect(p.rating).toBe('full');
    expect(numbers(p)).toContain('14');
    const s14 = corpus.countriesByCode.get('KE')!.sections.find((s) => s.number === '14')!;
    expect(s14.narrowings).toContain('illegal-access/security-measures');
    expect(p.narrower).toEqual([]);
  });

  it('Art. 3 is partial through s.17: transmissions within a system and electromagnetic emissions are missing', () => {
    const p = row(ke, 'budapest', 'art-3');
    expect(p.rating).toBe('partial');
    expect(numbers(p).some((n) => n.startsWith('17'))).toBe(true);
    expect(p.missing.sort()).toEqual([
      'illegal-interception/electromagnetic-emissions',
      'illegal-interception/transmission-within',
    ]);
    const met = p.elements.filter((e) => e.status === 'met').map((e) => e.element);
    expect(met).toEqual(
      expect.arrayContaining(['illegal-interception/transmission-to', 'illegal-interception/transmission-from']),
    );
    expect(p.explanation).toMatch(/Missing: transmissions within a computer system and electromagnetic emissions/);
  });

  it('Art. 9 is partial through s.24: procuring for another is missing, the public-good defence narrows, and the limb is reservable', () => {
    const p = row(ke, 'budapest', 'art-9');
    expect(p.rating).toBe('partial');
    expect(numbers(p)).toContain('24(1)');
    expect(p.missing).toEqual(['csam/procure-for-another']);
    const s24 = p.elements.find((e) => e.element === 'csam/procure-for-self')!;
    expect(s24.sections.map((s) => s.number)).toContain('24(1)');
    for (const act of [
      'csam/produce-for-distribution',
      'csam/offer',
      'csam/distribute',
      'csam/possess',
      'csam/procure-for-self',
    ]) {
      expect(p.elements.find((e) => e.element === act)!.sections.length).toBeGreaterThan(0);
    }
    expect(p.narrowedBy).toEqual([
      expect.objectContaining({ kind: 'narrowing', detail: expect.stringMatching(/public good/) }),
    ]);
    expect(p.elements.find((e) => e.element === 'csam/procure-for-another')!.reservable).toBe(true);
    expect(p.explanation).toMatch(/a party may reserve/);
    expect(p.explanation).toMatch(/Art\. 9\(4\)/);
  });

  it('the 2018 Act is not in force on 2017-01-01', () => {
    const before = analyzeCountry(corpus, 'KE', { asAt: '2017-01-01', instruments: ['budapest'] });
    expect(before.laws.find((l) => l.id === 'cmca-2018')!.inForce).toBe(false);
    expect(row(before, 'budapest', 'art-2').rating).toBe('none');
    expect(row(before, 'budapest', 'art-3').rating).toBe('none');
  });
});

describe('UNTOC serious crime (maximum of at least four years)', () => {
  it('Kenya s.14 (3 years) is not serious crime; s.15 (10 years) is', () => {
    const ke = analyzeCountry(corpus, 'KE', { asAt: AS_AT, instruments: ['untoc-art3'] });
    const sc = ke.instruments[0]!.seriousCrime!;
    expect(sc.thresholdYears).toBe(4);
    const find = (n: string) => sc.findings.find((f) => f.section.number === n && f.section.law === 'cmca-2018')!;
    expect(find('14').qualifies).toBe('no');
    expect(find('15').qualifies).toBe('yes');
  });
});

describe('Nigeria, a Budapest party with reservations', () => {
  it('keeps its reserved elements apart from the gaps', () => {
    const ng = analyzeCountry(corpus, 'NG', { asAt: AS_AT, instruments: ['budapest'] });
    const status = corpus.countriesByCode.get('NG')!.status.find((s) => s.instrument === 'budapest')!;
    expect(status.status).toBe('party');
    for (const p of ng.instruments[0]!.provisions) {
      const reserved = p.elements.filter((e) => e.reserved).map((e) => e.element);
      for (const el of reserved) {
        expect(p.missing).not.toContain(el);
        expect(p.narrower).not.toContain(el);
      }
    }
    // Art. 29(4): dual criminality for preservation is reserved, not reported missing.
    const art29 = row(ng, 'budapest', 'art-29');
    expect(art29.elements.find((e) => e.element === 'mla-expedited-preservation/no-dual-criminality')!.reserved).toBe(
      true,
    );
  });

  it('is measured against ECOWAS as a member, Kenya is not', () => {
    const ng = analyzeCountry(corpus, 'NG', { asAt: AS_AT });
    const ke = analyzeCountry(corpus, 'KE', { asAt: AS_AT });
    expect(ng.instruments.map((i) => i.instrument)).toContain('ecowas-2011');
    expect(ke.instruments.map((i) => i.instrument)).not.toContain('ecowas-2011');
    expect(ke.instruments.map((i) => i.instrument)).toEqual(expect.arrayContaining(['budapest', 'untoc-art3']));
  });
});

describe('status on the --as-at day', () => {
  it('Nigeria before its accession is not a party: no reservation applies', () => {
    const ng = analyzeCountry(corpus, 'NG', { asAt: '2016-01-01', instruments: ['budapest'] });
    expect(ng.instruments[0]!.status).toBe('none');
    expect(ng.instruments[0]!.provisions.every((p) => p.reservation === undefined)).toBe(true);
  });

  it('a state already a party is not told a gap could be closed by a reservation', () => {
    const ng = analyzeCountry(corpus, 'NG', { asAt: AS_AT, instruments: ['budapest'] });
    for (const p of ng.instruments[0]!.provisions) {
      expect(p.gapReservable).toBe(false);
      expect(p.explanation).not.toMatch(/a party may reserve|reservation on accession/);
    }
    // Kenya, not a party, is.
    const ke = analyzeCountry(corpus, 'KE', { asAt: AS_AT, instruments: ['budapest'] });
    expect(row(ke, 'budapest', 'art-9').explanation).toMatch(/a party may reserve/);
  });

  it('an instrument not yet open on the day is not measured by default', () => {
    const ke = analyzeCountry(corpus, 'KE', { asAt: '2020-01-01' });
    expect(ke.instruments.map((i) => i.instrument)).not.toContain('uncc-2024');
    expect(analyzeCountry(corpus, 'KE', { asAt: AS_AT }).instruments.map((i) => i.instrument)).toContain('uncc-2024');
  });

  it('Budapest Art. 4(2) lets a reservation add serious harm but remove nothing', () => {
    const ng = analyzeCountry(corpus, 'NG', { asAt: AS_AT, instruments: ['budapest'] });
    const art4 = row(ng, 'budapest', 'art-4');
    expect(art4.elements.every((e) => !e.reservable)).toBe(true);
  });
});
