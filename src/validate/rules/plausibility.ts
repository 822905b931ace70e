/**
 * validate/rules/plausibility: facts that are each well-formed but cannot all be true — a country
 * ratifying an instrument before it opened, a "party" to something that is not ratified, a section
 * in force outside the life of its law, a minimum penalty above the maximum. Each would otherwise
 * flow into ratings and reports as if it were so.
 */
import type { Instrument, InstrumentKind } from '../../model/index.js';
import { isRealDate } from './dates.js';
import type { Rule } from './rule.js';

/**
 * Kinds that are not signed or ratified: a model law is a text to copy, a directive binds the
 * members of the body that adopted it, a resolution is adopted. Standing under them is 'member',
 * 'invited' or 'none'.
 */
const NOT_RATIFIED: ReadonlySet<InstrumentKind> = new Set(['model-law', 'directive', 'resolution']);

const real = (value: string | undefined): value is string => value !== undefined && isRealDate(value);

export const statusFitsInstrument: Rule = (ctx, report) => {
  const instruments = new Map<string, Instrument>(ctx.instruments.map(({ data }) => [data.id, data]));
  for (const { doc, data } of ctx.countries) {
    data.status.forEach((st, i) => {
      const inst = instruments.get(st.instrument);
      if (!inst) return; // ref/unknown-instrument says so
      const base = `/status/${i}`;
      if (NOT_RATIFIED.has(inst.kind)) {
        if (st.status === 'party' || st.status === 'signatory')
          report(
            doc,
            `${base}/status`,
            'status/not-ratifiable',
            `'${st.status}' to ${inst.id}, a ${inst.kind}: a ${inst.kind} is not signed or ratified`,
            {
              hint: `use 'member' for a member of ${inst.body}, else 'invited' or 'none'`,
            },
          );
        for (const key of ['signed', 'ratified'] as const)
          if (st[key] !== undefined)
            report(
              doc,
              `${base}/${key}`,
              'status/not-ratifiable',
              `${inst.id} is a ${inst.kind}: it has no ${key} date`,
              {
                hint: 'leave the date out; note the date of transposition in the law instead',
              },
            );
      }
      // Nobody signs or ratifies before the text is open to them.
      const opened = real(inst.opened_for_signature)
        ? inst.opened_for_signature
        : real(inst.adopted)
          ? inst.adopted
          : undefined;
      if (opened === undefined) return;
      const event = real(inst.opened_for_signature) ? 'opened for signature' : 'was adopted';
      for (const key of ['signed', 'ratified', 'in_force'] as const) {
        const value = st[key];
        if (real(value) && value < opened)
          report(
            doc,
            `${base}/${key}`,
            'date/before-instrument',
            `${key} ${value} under ${inst.id} is before the instrument ${event} (${opened})`,
            { hint: `check both dates; ${inst.id}'s are in its instrument file` },
          );
      }
    });
  }
};

export const sectionsWithinTheirLaw: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.countries) {
    const laws = new Map(data.laws.map((l) => [l.id, l]));
    data.sections.forEach((s, i) => {
      const law = laws.get(s.law);
      if (!law || !s.in_force) return; // ref/undeclared-law, or in force with the law itself
      const at = `/sections/${i}/in_force`;
      const { from, to } = s.in_force;
      const what = `s. ${s.number} of ${law.id}`;
      if (real(from) && real(law.enacted) && from < law.enacted)
        report(
          doc,
          `${at}/from`,
          'date/outside-law',
          `${what} in force from ${from}, before the law was enacted (${law.enacted})`,
        );
      if (real(law.repealed)) {
        if (real(from) && from > law.repealed)
          report(
            doc,
            `${at}/from`,
            'date/outside-law',
            `${what} in force from ${from}, after the law was repealed (${law.repealed})`,
          );
        else if (real(to) && to > law.repealed)
          report(
            doc,
            `${at}/to`,
            'date/outside-law',
            `${what} in force to ${to}, after the law was repealed (${law.repealed})`,
          );
      }
    });
  }
};

export const penaltiesInRange: Rule = (ctx, report) => {
  for (const { doc, data } of ctx.countries) {
    data.sections.forEach((s, i) => {
      const p = s.penalty;
      if (p?.min_years !== undefined && p.max_years !== undefined && p.min_years > p.max_years)
        report(
          doc,
          `/sections/${i}/penalty/min_years`,
          'penalty/range',
          `s. ${s.number}: min_years ${p.min_years} is above max_years ${p.max_years}`,
          { hint: 'check the text: one of the two is wrong, or they belong to different offences' },
        );
    });
  }
};
