/** analyze/applicable: which instruments a country is measured against, and why. */
import type { Corpus, Country, Instrument } from '../model/index.js';
import { InputError } from '../errors.js';
import { didYouMeanHint } from '../shared/did-you-mean.js';
import { statusOn } from '../shared/reservations.js';

export interface Applicable {
  instrument: Instrument;
  because: string;
  via: 'requested' | 'status' | 'every-state';
  status?: string;
}

const COUNTS: ReadonlySet<string> = new Set(['party', 'signatory', 'member', 'invited']);

/**
 * Without a request: every instrument open to every state that existed on the day, plus those the
 * country's status on that day names. With one (-i): exactly those, in the order asked, once each;
 * an unknown id is an input error, never skipped.
 */
export function applicableInstruments(
  corpus: Corpus,
  country: Country,
  requested?: readonly string[],
  asAt = '9999-12-31',
): Applicable[] {
  const recorded = (id: string) => country.status.some((s) => s.instrument === id);
  const statusOf = (id: string) =>
    statusOn(
      country.status.find((s) => s.instrument === id),
      asAt,
    );
  if (requested && requested.length > 0) {
    const seen = new Set<string>();
    return requested.map((id) => {
      const instrument = corpus.instrumentsById.get(id);
      if (!instrument) {
        throw new InputError(`unknown instrument '${id}'`, didYouMeanHint(id, corpus.instrumentsById.keys()));
      }
      if (seen.has(id)) throw new InputError(`-i ${id} is given twice`, 'name each instrument once');
      seen.add(id);
      const status = statusOf(id);
      return { instrument, because: 'requested with -i', via: 'requested', ...(recorded(id) ? { status } : {}) };
    });
  }
  return corpus.instruments.flatMap((instrument): Applicable[] => {
    const status = statusOf(instrument.id);
    if (COUNTS.has(status))
      return [
        {
          instrument,
          because: `${country.country.name} is ${status === 'invited' ? 'invited to accede' : `a ${status}`}`,
          via: 'status',
          status,
        },
      ];
    const opened = instrument.opened_for_signature ?? instrument.adopted;
    if (instrument.applies === 'every-state' && (opened === undefined || opened <= asAt))
      return [
        {
          instrument,
          because: 'open to every state',
          via: 'every-state',
          ...(recorded(instrument.id) ? { status } : {}),
        },
      ];
    return [];
  });
}
