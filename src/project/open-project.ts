/**
 * project/open-project: the composition root for data — discover, read, validate, then build the
 * Corpus the analysis runs on. User --data files are added to, or replace by id, the bundled ones.
 */
import { isCleanBundledSet } from '../load/bundled-snapshot.js';
import type {
  Concept,
  ConceptsDoc,
  Corpus,
  Country,
  Diagnostic,
  Instrument,
  SourceDocument,
  TranslationDoc,
} from '../model/index.js';
import type { DataFile } from '../load/discover.js';
import { bundledFiles, dataDirFiles, pathArgFiles } from '../load/discover.js';
import { resolve } from 'node:path';
import { openParseCache } from '../load/parse-cache.js';
import { displayPath, readDocuments } from '../load/read-documents.js';
import { loadSchemas } from '../load/schemas.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { prepareDiagnostics, validateDocuments } from '../validate/validate-documents.js';
import { compareText } from '../shared/compare.js';

export interface OpenOptions {
  cwd: string;
  /** --data directories, in the order given; later ones win on id clashes. */
  dataDirs?: string[];
  /** Explicit files, directories or globs (validate's paths). When given, only these are reported on. */
  paths?: string[];
  /** Where bundled data lives (tests point this at fixtures). */
  bundledRoot?: string;
  /** The folder of the opt-in parse cache for user data (--cache); none when undefined. */
  cacheLocation?: string;
}

export interface Project {
  corpus: Corpus;
  /** Sorted, de-duplicated, for the reported files only. */
  diagnostics: Diagnostic[];
  /** Files reported on. */
  files: string[];
}

let cachedValidator: SchemaValidator | undefined;
function schemaValidator(): SchemaValidator {
  cachedValidator ??= createSchemaValidator(loadSchemas());
  return cachedValidator;
}

/** The id a document replaces others by, or undefined when it cannot be read. */
function identity(doc: SourceDocument): string | undefined {
  const data = doc.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return undefined;
  // Concepts merge by concept id (later files win), so every concepts file is kept.
  if (doc.kind === 'concepts') return `concepts:${doc.absolutePath}`;
  if (doc.kind === 'instrument' && typeof data.id === 'string') return `instrument:${data.id}`;
  const country = data.country as { code?: unknown } | undefined;
  if (doc.kind === 'country' && typeof country?.code === 'string') return `country:${country.code}`;
  if (doc.kind === 'translation' && typeof data.lang === 'string' && typeof data.of === 'string')
    return `translation:${data.lang}/${data.of}`;
  return undefined;
}

export function openProject(options: OpenOptions): Project {
  const { cwd } = options;
  const layers: DataFile[][] = [
    bundledFiles(options.bundledRoot),
    ...(options.dataDirs ?? []).map((d) => dataDirFiles(d, cwd)),
  ];
  const cache = options.cacheLocation !== undefined ? openParseCache(resolve(cwd, options.cacheLocation)) : undefined;
  const explicit = options.paths && options.paths.length > 0 ? pathArgFiles(options.paths, cwd) : undefined;
  if (explicit) layers.push(explicit);

  // Later layers replace earlier documents with the same identity; unidentifiable ones are kept.
  // Within one layer (one folder) an id given twice is a mistake, not a replacement: both documents
  // are kept, so the identity rule reports id/duplicate on the second.
  const byIdentity = new Map<string, { layer: number; documents: SourceDocument[] }>();
  const anonymous: SourceDocument[] = [];
  const parseDiagnostics: Diagnostic[] = [];
  const seenPaths = new Set<string>();
  for (const [index, layer] of layers.entries()) {
    const fresh = layer.filter((f) => !seenPaths.has(f.absolutePath));
    fresh.forEach((f) => seenPaths.add(f.absolutePath));
    for (const loaded of readDocuments(fresh, cwd, cache)) {
      parseDiagnostics.push(...loaded.diagnostics);
      const id = identity(loaded.document);
      const held = id === undefined ? undefined : byIdentity.get(id);
      if (id === undefined) anonymous.push(loaded.document);
      else if (held?.layer === index) held.documents.push(loaded.document);
      else byIdentity.set(id, { layer: index, documents: [loaded.document] });
    }
  }
  const documents = [...[...byIdentity.values()].flatMap((h) => h.documents), ...anonymous];
  // Exactly the bundled data as built, which the build validated clean: nothing to find again.
  const clean = parseDiagnostics.length === 0 && isCleanBundledSet(documents);
  const all = clean ? [] : [...parseDiagnostics, ...validateDocuments(documents, schemaValidator())];

  // With explicit paths, the rest of the data is context for cross-file rules, not reported on.
  const reportedFiles = new Set((explicit ?? layers.flat()).map((f) => displayPath(f.absolutePath, cwd)));
  const diagnostics = prepareDiagnostics(all.filter((d) => reportedFiles.has(d.file)));
  return { corpus: buildCorpus(documents, all), diagnostics, files: [...reportedFiles].sort() };
}

/** Builds indexes over the schema-valid documents. Invalid documents are left out; their diagnostics say why. */
export function buildCorpus(documents: readonly SourceDocument[], diagnostics: readonly Diagnostic[]): Corpus {
  const broken = new Set(
    diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('schema/')).map((d) => d.file),
  );
  const usable = documents.filter((d) => d.data !== undefined && !broken.has(d.path));
  // A concept defined again in a later file (a --data folder) replaces the earlier one, in place.
  const conceptsById = new Map<string, Concept>();
  for (const d of usable.filter((x) => x.kind === 'concepts')) {
    for (const c of (d.data as ConceptsDoc).concepts) conceptsById.set(c.id, c);
  }
  const concepts = [...conceptsById.values()];
  const instruments = usable.filter((d) => d.kind === 'instrument').map((d) => d.data as Instrument);
  const countries = usable.filter((d) => d.kind === 'country').map((d) => d.data as Country);
  const translations = usable.filter((d) => d.kind === 'translation').map((d) => d.data as TranslationDoc);
  const files = usable
    .map((d) => {
      const data = d.data as {
        id?: string;
        data_version?: string;
        country?: { code: string };
        lang?: string;
        of?: string;
      };
      const id =
        d.kind === 'concepts'
          ? 'concepts'
          : d.kind === 'instrument'
            ? String(data.id)
            : d.kind === 'translation'
              ? `${data.lang}/${data.of}`
              : String(data.country?.code);
      return { path: d.path, kind: d.kind, id, ...(data.data_version ? { dataVersion: data.data_version } : {}) };
    })
    .sort((a, b) => compareText(a.path, b.path));
  return indexCorpus(concepts, instruments, countries, files, translations);
}

/** Builds the lookup maps over already-valid data. Pure; tests use it to make small corpora. */
export function indexCorpus(
  concepts: Concept[],
  instruments: Instrument[],
  countries: Country[],
  files: Corpus['files'] = [],
  translations: TranslationDoc[] = [],
): Corpus {
  instruments = [...instruments].sort((a, b) => compareText(a.id, b.id));
  countries = [...countries].sort((a, b) => compareText(a.country.code, b.country.code));
  const corpus: Corpus = {
    concepts,
    instruments,
    countries,
    translations: [...translations].sort((a, b) => compareText(`${a.lang}/${a.of}`, `${b.lang}/${b.of}`)),
    files,
    conceptsById: new Map(),
    elementsByRef: new Map(),
    narrowingsByRef: new Map(),
    instrumentsById: new Map(instruments.map((i) => [i.id, i])),
    countriesByCode: new Map(countries.map((c) => [c.country.code, c])),
  };
  for (const concept of concepts) {
    corpus.conceptsById.set(concept.id, concept);
    for (const element of concept.elements)
      corpus.elementsByRef.set(`${concept.id}/${element.id}`, { concept, element });
    for (const narrowing of concept.narrowings ?? [])
      corpus.narrowingsByRef.set(`${concept.id}/${narrowing.id}`, { concept, narrowing });
  }
  return corpus;
}
