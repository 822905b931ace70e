/**
 * shared/diagnostic-help: one line of help per diagnostic code, for SARIF rules and the docs check.
 * `satisfies` keeps it in step with the DiagnosticCode union in model/: a code added to one and not
 * the other fails to compile.
 */
import type { DiagnosticCode } from '../model/index.js';

export const DIAGNOSTIC_HELP = {
  'file/unreadable': 'The file could not be read.',
  'file/too-large': 'The file is larger than lexgap reads (4 MiB).',
  'file/not-utf8': 'The file is not UTF-8 text (invalid byte sequence or NUL bytes).',
  'file/empty': 'The file holds no data, only blank lines or comments.',
  'file/unknown-kind': 'lexgap cannot tell whether the file is a concepts, instrument or country file.',
  'file/not-regular': 'A FIFO, device or socket named like a data file; it is not read.',
  'yaml/syntax': 'The YAML does not parse.',
  'yaml/duplicate-key': 'A mapping has the same key twice; YAML keeps only one, so lexgap rejects it.',
  'yaml/tab-indent': 'A tab is used for indentation; YAML requires spaces.',
  'yaml/alias-limit': 'More aliases than lexgap expands: a possible alias bomb.',
  'yaml/anchor': 'Anchors and aliases are not allowed: every fact is written out where it applies.',
  'yaml/multiple-documents': 'The file holds more than one YAML document.',
  'yaml/too-deep': 'Nesting is deeper than lexgap accepts (64 levels).',
  'yaml/tag': "A YAML tag outside the core schema (!!js/function, !!binary, !!timestamp, a local '!tag').",
  'yaml/complex-key': 'A mapping or list is used as a key.',
  'schema/pragma': 'The yaml-language-server schema pragma is missing or names another schema.',
  'schema/required': 'A required property is missing.',
  'schema/additional-property': 'A property the schema does not define (often a typo).',
  'schema/type': 'A value has the wrong type.',
  'schema/enum': 'A value is not one of the allowed words.',
  'schema/const': 'A value must be exactly one thing (e.g. schema_version: 1).',
  'schema/pattern': 'A value does not have the required shape (id, reference, date, URL).',
  'schema/min-length': 'A text value is empty.',
  'schema/min-items': 'A list has fewer items than required.',
  'schema/range': 'A number is out of range.',
  'schema/other': 'Another schema rule failed.',
  'ref/unknown-concept': 'A reference names a concept that frameworks/concepts.yaml does not define.',
  'ref/unknown-element': 'A reference names an element its concept does not have.',
  'ref/unknown-narrowing': 'A reference names a narrowing its concept does not have.',
  'ref/unknown-instrument': 'A country refers to an instrument that is not in the data.',
  'ref/unknown-provision': 'A reference names a provision the instrument does not have.',
  'ref/unknown-part': 'A provision or part names a part (chapter, section) the instrument does not have.',
  'ref/undeclared-law': 'A section cites a law not declared under laws.',
  'ref/unknown-section': 'A section names, under works_with, a section the file does not have.',
  'id/duplicate': 'An id is used twice where it must be unique.',
  'id/file-name-mismatch': 'An instrument id or country code does not match its file name.',
  'date/invalid': 'A date is not a real calendar day.',
  'date/order': 'Related dates are out of order (e.g. commenced before enacted).',
  'date/before-instrument':
    'A country signed, ratified or was bound by an instrument before it opened for signature (or was adopted).',
  'date/outside-law': 'A section is in force before its law was enacted or after it was repealed.',
  'status/not-ratifiable':
    "A country is 'party' or 'signatory' to a model law, directive or resolution, which are not ratified.",
  'penalty/range': 'A minimum penalty is above the maximum.',
  'reservation/not-reservable': 'A reservation is made on a provision that does not allow reservations.',
  'reservation/element-not-reservable': "A reservation removes an element outside the provision's reservable scope.",
  'assessment/no-rationale': 'An assessment has an empty rationale.',
  'concept/unused': 'A concept is required by no instrument and not marked reserved.',
  'survey/undeclared':
    "A country file does not say what its laws were read for (surveyed:), so nothing can be marked 'not assessed'.",
} as const satisfies Record<DiagnosticCode, string>;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_HELP) as DiagnosticCode[];
