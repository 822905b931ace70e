/**
 * analyze/rules/institutional: an institutional requirement (the 24/7 point of contact, a central
 * authority) is met by a designation or declaration recorded in the country's status, as well as by a
 * section. A declaration under a provision meets that provision's institutional requirements unless it
 * names the elements it meets.
 */
import type { Country, Declaration, Instrument, InstrumentStatus, Provision, SectionRef } from '../../model/index.js';
import { provisionLabel } from '../labels.js';

export function declarationsMeeting(
  status: InstrumentStatus | undefined,
  provision: Provision,
  element: string,
): Declaration[] {
  return (status?.declarations ?? []).filter((d) =>
    d.meets ? d.meets.includes(element) : d.provision === provision.id,
  );
}

export function declarationRef(country: Country, instrument: Instrument, d: Declaration): SectionRef {
  const p = instrument.provisions.find((x) => x.id === d.provision);
  const under = p ? provisionLabel(instrument, p) : d.provision;
  return {
    country: country.country.code,
    law: `declaration:${instrument.id}`,
    lawTitle: `Declaration under ${instrument.short_title}`,
    number: `declaration under ${instrument.short_title} ${under}`,
    title: 'Declaration',
    summary: d.text,
    pinpoint: d.source.pinpoint,
    url: d.source.url,
    basis: d.basis,
    via: 'declaration',
  };
}
