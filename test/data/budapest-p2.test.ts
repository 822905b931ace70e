import type { Provision } from '../../src/model/index.js';
import {
  articleNumbers,
  expectArticles,
  expectEveryProvisionSourced,
  loadInstrument,
  provision,
  requiredElements,
  verifiedIds,
} from '../helpers/data.js';

const doc = loadInstrument('budapest-p2');
const prov = (id: string): Provision => provision(doc, id);
const elements = (id: string): string[] => requiredElements(prov(id));

describe('Second Additional Protocol (CETS 224) data', () => {
  it('has the identity of CETS No. 224 and no invented entry-into-force date', () => {
    expect(doc.id).toBe('budapest-p2');
    expect(doc.reference).toBe('CETS No. 224');
    expect(doc.kind).toBe('protocol');
    expect(doc.applies).toBe('by-status');
    expect(String(doc.opened_for_signature)).toBe('2022-05-12');
    expect(doc.in_force).toBeUndefined();
  });

  it('lists Arts 1-25', () => {
    expectArticles(articleNumbers(doc), 1, 25);
  });

  it('has the direct co-operation measures with providers (Arts 6 and 7)', () => {
    expect(prov('art-6-1').title).toBe('Request for domain name registration information');
    expect(elements('art-6-1')).toEqual(['domain-name-registration-info/direct-request']);
    expect(elements('art-6-2')).toEqual(['domain-name-registration-info/disclosure-enabled']);
    expect(elements('art-7-1')).toEqual(['direct-subscriber-disclosure/direct-order']);
    expect(prov('art-7-1').basis).toBe('secondary');
    expect(elements('art-7-2')).toEqual(['direct-subscriber-disclosure/provider-may-comply']);
  });

  it('Art. 8 gives effect to foreign orders, reservable as to traffic data', () => {
    expect(elements('art-8-2')).toContain('cross-border-production-orders/give-effect');
    expect(prov('art-8-2').reservable?.elements).toEqual(['cross-border-production-orders/traffic-data']);
  });

  it('has emergency disclosure (Art. 9), emergency mutual assistance (Art. 10) and joint investigation teams (Art. 12)', () => {
    expect(elements('art-9')).toContain('emergency-disclosure/emergency-request');
    expect(prov('art-10').title).toBe('Emergency mutual assistance');
    expect(elements('art-10')).toEqual(['emergency-mla/expedited-handling']);
    expect(elements('art-12')).toContain('joint-investigations/joint-teams');
    expect(prov('art-12').obligation).toBe('may');
  });

  it('has the data protection article (Art. 14) with its safeguards', () => {
    const p = prov('art-14');
    expect(p.title).toBe('Protection of personal data');
    expect(p.obligation).toBe('shall');
    expect(elements('art-14')).toEqual(
      expect.arrayContaining([
        'transfer-data-protection/purpose-limitation',
        'transfer-data-protection/onward-transfer-limits',
        'transfer-data-protection/remedies',
        'transfer-data-protection/independent-oversight',
      ]),
    );
  });

  it('verifies nothing but the preamble, since no article text was available', () => {
    expectEveryProvisionSourced(doc);
    expect(verifiedIds(doc)).toEqual(['preamble']);
  });
});
