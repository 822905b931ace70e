/** load/glob: a small glob (`*`, `**`, `?`) over the file system, since Node 20 has no fs.glob. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function segmentToRegExp(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** Expands a glob relative to cwd into absolute file paths, sorted. Directories are not returned. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const base = resolve(cwd, parts.slice(0, firstMagic).join('/') || '.');
  const rest = parts.slice(firstMagic);
  const out = new Set<string>();
  walk(base, rest, out);
  return [...out].sort();
}

function walk(dir: string, rest: string[], out: Set<string>): void {
  const [head, ...tail] = rest;
  if (head === undefined) return;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  if (head === '**') {
    walk(dir, tail, out);
    for (const name of entries) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      if (isDir(full)) walk(full, rest, out);
    }
    return;
  }
  const re = segmentToRegExp(head);
  for (const name of entries) {
    if (!re.test(name)) continue;
    const full = join(dir, name);
    if (tail.length === 0) {
      if (!isDir(full)) out.add(full);
    } else if (isDir(full)) {
      walk(full, tail, out);
    }
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
