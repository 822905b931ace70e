/**
 * report/country-scaffold: the text of a new country file — valid as written, with commented
 * placeholders listing what the chosen instruments require, so a drafter fills it in top to bottom.
 */
import { flatRequirements, permittedNarrowing } from '../shared/requirements.js';
import type { Corpus, Instrument } from '../model/index.js';
import { provisionName } from '../shared/provision-name.js';

export interface ScaffoldInput {
  code: string;
  name: string;
  instruments: Instrument[];
  /** Path from the new file to the country schema, for the editor pragma. */
  schemaPath: string;
}

const quote = (s: string) => JSON.stringify(s);

export function scaffoldCountry(input: ScaffoldInput, corpus: Corpus): string {
  const lines = [
    `# yaml-language-server: $schema=${input.schemaPath}`,
    `# ${input.name}: cybercrime legislation for lexgap. Fill in from the official texts; give every fact its`,
    '# source (pinpoint + URL) and basis (verified / secondary / recalled). Leave out what you do not know.',
    'schema_version: 1',
    'data_version: draft',
    'country:',
    `  code: ${input.code}`,
    `  name: ${quote(input.name)}`,
    '',
    '# What the encoded laws were read for. Outside it, nothing the file lacks is reported as a gap: it is',
    '# "not assessed". Add groups (substantive, procedural, jurisdiction, cooperation, liability) as you read,',
    '# list under except: the concepts that live in laws you did not read, and say which laws in the note.',
    'surveyed:',
    '  groups: []',
    '  note: Nothing read yet.',
    '',
    '# Standing under each instrument: party / signatory / member / invited / none, with dates, reservations',
    '# and declarations. Example:',
    '#  - instrument: budapest',
    '#    status: party',
    '#    ratified: 2022-07-06',
    '#    in_force: 2022-11-01',
    '#    source: { pinpoint: "Treaty Office, chart of signatures", url: "https://..." }',
    '#    basis: verified',
    'status: []',
    '',
    '# The statutes. Example:',
    '#  - id: cybercrime-act-2020',
    '#    title: "Cybercrime Act, 2020"',
    '#    citation: "Act No. 1 of 2020"',
    '#    enacted: 2020-01-01',
    '#    commenced: 2020-02-01',
    '#    url: "https://..."',
    '#    basis: verified',
    'laws: []',
    '',
    '# One entry per section (split subsections whose penalties or elements differ). Example:',
    '#  - law: cybercrime-act-2020',
    '#    number: "5"',
    '#    title: "Unauthorised access"',
    '#    summary: "Your own paraphrase."',
    '#    implements: [illegal-access/access, illegal-access/intent, illegal-access/without-right]',
    '#    narrowings: [illegal-access/security-measures]',
    '#    penalty: { max_years: 3 }',
    '#    source: { pinpoint: "s. 5", url: "https://..." }',
    '#    basis: verified',
    '#',
    '# What the chosen instruments require (concept/element references for implements:):',
  ];
  for (const inst of input.instruments) {
    lines.push('#', `# ${inst.short_title} (${inst.id})`);
    for (const p of inst.provisions) {
      if (p.group === 'meta' || !p.requires?.length) continue;
      lines.push(
        `#   ${provisionName(inst.kind, p.number)} ${p.title}${p.obligation === 'shall' ? '' : ` (${p.obligation})`}`,
      );
      const byConcept = new Map<string, string[]>();
      for (const r of flatRequirements(p)) {
        const [concept = '', element = ''] = r.element.split('/');
        byConcept.set(concept, [
          ...(byConcept.get(concept) ?? []),
          element +
            (r.obligation && r.obligation !== 'shall' ? ` (${r.obligation})` : '') +
            (r.alternative ? ` (either-or: ${r.alternative.label})` : '') +
            (r.kind && r.kind !== 'legislative' ? ` (${r.kind})` : ''),
        ]);
      }
      for (const [concept, elements] of byConcept) {
        lines.push(
          `#     ${concept}: ${elements.join(', ')}${corpus.conceptsById.get(concept) ? '' : ' (unknown concept!)'}`,
        );
      }
      const permits = (p.permits ?? []).map(permittedNarrowing);
      if (permits.length) lines.push(`#     narrowings it permits: ${permits.join(', ')}`);
      if (p.reservable?.permits?.length)
        lines.push(`#     narrowings a reservation permits: ${p.reservable.permits.join(', ')}`);
      // Liability concepts that reach these offences (attempt/illegal-access, ...): a general attempt or
      // aiding clause is encoded against them.
      const reaching = corpus.concepts.flatMap((c) =>
        c.elements.filter((e) => e.reaches !== undefined && byConcept.has(e.reaches)).map((e) => `${c.id}/${e.id}`),
      );
      if (reaching.length) lines.push(`#     related: ${reaching.join(', ')}`);
    }
  }
  lines.push('sections: []', '');
  return lines.join('\n');
}
