/** analyze/applicable: which instruments a country is measured against, and why. */
import type { Corpus, Country, Instrument } from '../model/index.js';
import { InputError } from '../errors.js';
import { didYouMeanHint } from '../shared/did-you-mean.js';

export interface Applicable {
  instrument: Instrument;
  because: string;
  status?: string;
}

const COUNTS: ReadonlySet<string> = new Set(['party', 'signatory', 'member', 'invited']);

/**
 * Without a request: every instrument open to every state, plus those the country's status names.
 * With one (-i): exactly those, in the order asked; an unknown id is an input error, never skipped.
 */
export function applicableInstruments(corpus: Corpus, country: Country, requested?: readonly string[]): Applicable[] {
  const statusOf = new Map(country.status.map((s) => [s.instrument, s.status]));
  if (requested && requested.length > 0) {
    return requested.map((id) => {
      const instrument = corpus.instrumentsById.get(id);
      if (!instrument) {
        throw new InputError(`unknown instrument '${id}'`, didYouMeanHint(id, corpus.instrumentsById.keys()));
      }
      const status = statusOf.get(id);
      return { instrument, because: 'requested with -i', ...(status ? { status } : {}) };
    });
  }
  return corpus.instruments.flatMap((instrument): Applicable[] => {
    const status = statusOf.get(instrument.id);
    if (status !== undefined && COUNTS.has(status))
      return [
        {
          instrument,
          because: `${country.country.name} is ${status === 'invited' ? 'invited to accede' : `a ${status}`}`,
          status,
        },
      ];
    if (instrument.applies === 'every-state')
      return [{ instrument, because: 'open to every state', ...(status ? { status } : {}) }];
    return [];
  });
}
