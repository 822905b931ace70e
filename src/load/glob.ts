/**
 * load/glob: a small glob (`*`, `**`, `?`, `[abc]`, `[!a-z]`) over the file system, since Node 20
 * has no fs.glob. A malformed pattern is an input error pointing at the character, and directory
 * symbolic links are followed once each (by device and inode), so a loop cannot hang `**`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Translates one path segment; `column` is where the segment starts in the whole pattern (1-based). */
function segmentToRegExp(segment: string, pattern: string, column: number): RegExp {
  let body = '';
  for (let i = 0; i < segment.length; i += 1) {
    const c = segment[i]!;
    if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1)
        throw new InputError(
          `glob '${pattern}': the '[' at column ${column + i} is never closed`,
          "close the class with ']', or quote the name: a file named like this is used as is when it exists",
        );
      let cls = segment.slice(i + 1, close);
      const negate = cls.startsWith('!') || cls.startsWith('^');
      if (negate) cls = cls.slice(1);
      // Inside a class only '\\', ']' and '^' mean something to RegExp; ranges (a-z) are kept.
      body += `[${negate ? '^' : ''}${cls.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else body += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  try {
    return new RegExp(`^${body}$`, 'u');
  } catch {
    throw new InputError(`glob '${pattern}': the pattern at column ${column} is not valid`, 'check the [ ] classes');
  }
}

/** Expands a glob relative to cwd into absolute file paths, sorted. Directories are not returned. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const parts = normalized.split('/');
  const firstMagic = parts.findIndex(hasGlobMagic);
  const base = resolve(cwd, parts.slice(0, firstMagic).join('/') || '.');
  let column = parts.slice(0, firstMagic).join('/').length + (firstMagic > 0 ? 2 : 1);
  const rest = parts.slice(firstMagic).map((part) => {
    const matcher = part === '**' ? ('**' as const) : segmentToRegExp(part, pattern, column);
    column += part.length + 1;
    return matcher;
  });
  const out = new Set<string>();
  walk(base, rest, out, new Set());
  return [...out].sort();
}

function walk(dir: string, rest: readonly (RegExp | '**')[], out: Set<string>, visited: Set<string>): void {
  const [head, ...tail] = rest;
  if (head === undefined) return;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  if (head === '**') {
    // Each folder is entered once per remaining pattern, whatever links lead to it.
    const st = statSync(dir);
    const key = `${st.dev}:${st.ino}:${rest.length}`;
    if (visited.has(key)) return;
    visited.add(key);
    walk(dir, tail, out, visited);
    for (const name of entries) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      if (isDir(full)) walk(full, rest, out, visited);
    }
    return;
  }
  for (const name of entries) {
    if (!head.test(name)) continue;
    const full = join(dir, name);
    if (tail.length === 0) {
      if (!isDir(full)) out.add(full);
    } else if (isDir(full)) {
      walk(full, tail, out, visited);
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
