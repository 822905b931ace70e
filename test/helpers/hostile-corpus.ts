/**
 * A mini corpus whose every free-text field carries markup or link syntax, for the escaping tests:
 * what a careless (or malicious) data file could put in front of a report's reader.
 */
import type { Concept, Country, Instrument } from '../../src/model/index.js';
import { indexCorpus } from '../../src/project/open-project.js';
import { concepts, instrument, country, section } from './mini-corpus.js';

export const SCRIPT = '<script>alert(1)</script>';
export const JS_LINK = '[x](javascript:alert(1))';
export const IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE = `${SCRIPT} ${JS_LINK} ${IMG} | pipe`;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function hostileCorpus() {
  const cs: Concept[] = clone(concepts).map((c) => ({ ...c, title: `${c.title} ${HOSTILE}` }));
  cs[1]!.elements[2]!.label = `procuring ${HOSTILE}`;
  const inst: Instrument = clone(instrument);
  inst.short_title = `Treaty ${SCRIPT}`;
  inst.title = `Test ${JS_LINK}`;
  inst.confidence = HOSTILE;
  inst.parts[0]!.title = HOSTILE;
  for (const p of inst.provisions) {
    p.title = `${p.title} ${HOSTILE}`;
    p.summary = HOSTILE;
    p.source = { pinpoint: HOSTILE, url: 'javascript:alert(1)' };
  }
  const xx: Country = country(
    'XX',
    [
      section({
        number: `14 ${SCRIPT}`,
        title: HOSTILE,
        summary: HOSTILE,
        implements: ['access/enter', 'access/intent'],
        penalty: { max_years: 3, fine: HOSTILE },
        source: { pinpoint: HOSTILE, url: 'javascript:alert(1)' },
      }),
      section({ number: '24', title: JS_LINK, implements: ['images/make'] }),
    ],
    {
      status: [
        {
          instrument: 'treaty',
          status: 'party',
          source: { pinpoint: HOSTILE, url: 'javascript:alert(1)' },
          basis: 'recalled',
          reservations: [
            {
              provision: 'art-2',
              elements: ['images/get-for-other'],
              scope: HOSTILE,
              source: { pinpoint: JS_LINK, url: 'https://example.org/"><script>alert(1)</script>' },
              basis: 'secondary',
            },
          ],
          declarations: [
            {
              provision: 'art-3',
              text: HOSTILE,
              source: { pinpoint: SCRIPT, url: 'data:text/html,x' },
              basis: 'recalled',
            },
          ],
        },
      ],
      assessments: [
        {
          instrument: 'treaty',
          provision: 'art-4',
          rating: 'partial',
          rationale: HOSTILE,
          reviewer: SCRIPT,
          date: '2024-01-01',
          source: { pinpoint: 'assessor note', url: 'https://example.org/assessment' },
          basis: 'secondary' as const,
        },
      ],
    },
  );
  xx.country.name = `Xland ${SCRIPT}`;
  xx.laws[0]!.title = `Act ${JS_LINK}`;
  xx.laws[0]!.citation = IMG;
  xx.laws[0]!.url = 'javascript:alert(1)';
  const yy = country('YY', [section({ number: '7', title: HOSTILE, implements: ['images/get-for-other'] })]);
  yy.country.name = `Peer ${JS_LINK}`;
  return indexCorpus(cs, [inst], [xx, yy], [{ path: 'c.yaml', kind: 'concepts', id: 'concepts', dataVersion: SCRIPT }]);
}
