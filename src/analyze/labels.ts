/** analyze/labels: how provisions are named in sentences ("Art. 9(1)", "s. 5"). */
import type { Instrument, Provision } from '../model/index.js';
import { provisionName } from '../shared/provision-name.js';

export function provisionLabel(instrument: Pick<Instrument, 'kind'>, provision: Pick<Provision, 'number'>): string {
  return provisionName(instrument.kind, provision.number);
}
