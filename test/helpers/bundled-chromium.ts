/**
 * A Chromium that comes with `npm ci`: @sparticuz/chromium ships a headless-shell build inside the
 * npm package, so the browser test needs no apt, no download and no system browser. The build
 * links against NSS, which a bare machine may lack; the same package carries those libraries in
 * bin/al2023.tar.br, and they are unpacked to a private temp folder and put on LD_LIBRARY_PATH for
 * the browser process only. Libraries found there take precedence over the system's, so the browser
 * starts the same way on a machine with NSS and on one without.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import chromium from '@sparticuz/chromium';
import type { Browser } from 'playwright-core';
import { chromium as playwright } from 'playwright-core';

/** The entries of an uncompressed ustar archive: regular files only (the NSS archive holds no links). */
export function readTar(archive: Uint8Array): { path: string; content: Uint8Array }[] {
  const text = (start: number, length: number) =>
    Buffer.from(archive.subarray(start, start + length))
      .toString('utf8')
      .replace(/\0.*$/s, '');
  const out: { path: string; content: Uint8Array }[] = [];
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const name = text(offset, 100);
    if (name === '') break; // two zero blocks end the archive
    const prefix = text(offset + 345, 155);
    const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = text(offset + 156, 1);
    const path = prefix ? `${prefix}/${name}` : name;
    if (type === '' || type === '0') out.push({ path, content: archive.subarray(offset + 512, offset + 512 + size) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

/** The package's NSS archive (its exports map hides the package folder, so walk up from the entry). */
function nssArchive(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  while (!existsSync(join(dir, 'bin', 'al2023.tar.br')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'bin', 'al2023.tar.br');
}

/** Unpacks the package's NSS libraries into a fresh temp folder; returns the folder holding the .so files. */
export function unpackNss(into: string): string {
  for (const entry of readTar(brotliDecompressSync(readFileSync(nssArchive())))) {
    const target = normalize(join(into, entry.path));
    // Entries never leave the folder, whatever the archive says.
    if (!target.startsWith(`${into}/`)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.content, { mode: 0o755 });
  }
  return join(into, 'lib');
}

/** Launches the bundled Chromium headless; close() also removes the unpacked libraries. */
export async function launchBundledChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const libs = mkdtempSync(join(tmpdir(), 'lexgap-nss-'));
  try {
    const libDir = unpackNss(libs);
    const inherited = process.env.LD_LIBRARY_PATH;
    const browser = await playwright.launch({
      executablePath: await chromium.executablePath(),
      // --single-process suits a Lambda; here it makes closing the last page end the whole browser.
      args: chromium.args.filter((arg) => arg !== '--single-process'),
      headless: true,
      env: { ...process.env, LD_LIBRARY_PATH: inherited ? `${libDir}:${inherited}` : libDir },
    });
    return {
      browser,
      close: async () => {
        await browser.close();
        rmSync(libs, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(libs, { recursive: true, force: true });
    throw error;
  }
}
