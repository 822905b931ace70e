/** analyze/labels: how provisions are named in sentences ("Art. 9(1)", "s. 5"). */
import type { Instrument, Provision } from '../model/index.js';

export function provisionLabel(instrument: Pick<Instrument, 'kind'>, provision: Pick<Provision, 'number'>): string {
  if (provision.number === 'n/k') return 'an unnumbered provision';
  return `${instrument.kind === 'model-law' ? 's.' : 'Art.'} ${provision.number}`;
}
