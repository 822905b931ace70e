/**
 * The HTML report in a real browser: the Chromium that @sparticuz/chromium ships inside its npm
 * package, driven by playwright-core (test/helpers/bundled-chromium), so `npm ci && npm test` is
 * enough on a machine with nothing but Node. It must load with
 * no console errors and no request beyond the file itself, draw one heat-map cell per concept and
 * instrument, print with a page break before each instrument chapter, and produce a screenshot that
 * is the size the heat map claims and is not blank.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { analyzeCountry } from '../../src/analyze/coverage.js';
import { buildReportView } from '../../src/analyze/report-view.js';
import { main } from '../../src/cli/main.js';
import { openProject } from '../../src/project/open-project.js';
import { launchBundledChromium } from '../helpers/bundled-chromium.js';
import { fakeIo } from '../helpers/fake-io.js';

// The callbacks given to evaluate() run in the page; tsconfig has no DOM lib, so declare the little
// they use (module-scoped, so nothing leaks into the rest of the program).
interface Canvas2d {
  drawImage(image: unknown, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
declare const document: {
  createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Canvas2d | null };
};
declare const Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
declare function getComputedStyle(element: unknown): {
  breakBefore: string;
  display: string;
  direction: string;
  textAlign: string;
};
interface Box {
  getBoundingClientRect(): { left: number; right: number };
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AS_AT = '2026-11-01';

// Launching a browser takes a few seconds; each hook and test gets this much.
const TIMEOUT = 60_000;

describe('HTML report in headless Chromium', () => {
  let browser: Browser;
  let closeBrowser: (() => Promise<void>) | undefined;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lexgap-browser-'));
    file = join(dir, 'ke.html');
    const io = fakeIo(ROOT);
    expect(await main(['report', 'KE', '--as-at', AS_AT, '-o', file], io)).toBe(0);
    ({ browser, close: closeBrowser } = await launchBundledChromium());
  }, TIMEOUT);

  afterAll(async () => {
    await closeBrowser?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'loads with no console errors and no request but the file itself',
    async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(await page.locator('script').count()).toBe(0);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'draws the heat map with exactly one cell per concept and instrument',
    async () => {
      const { corpus } = openProject({ cwd: ROOT });
      const view = buildReportView(corpus, analyzeCountry(corpus, 'KE', { asAt: AS_AT }));
      const expected = view.heatMap.rows.length * view.heatMap.instruments.length;
      expect(expected).toBeGreaterThan(0);

      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      // One panel per concept group, then the legend.
      const groups = new Set(view.heatMap.rows.map((r) => r.group)).size;
      expect(await page.locator('figure.heat-map-figure svg.heat-map').count()).toBe(groups);
      expect(await page.locator('figure.heat-map-figure svg.heat-map-legend').count()).toBe(1);
      const cells = await page
        .locator('svg.heat-map [data-heat-cell]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-heat-cell'), e.getAttribute('data-rating')]));
      expect(cells).toHaveLength(expected);
      expect(new Set(cells.map(([key]) => key)).size).toBe(expected);
      const pairs = view.heatMap.rows.flatMap((r) => view.heatMap.instruments.map((i) => `${r.concept}|${i.id}`));
      expect(new Set(cells.map(([key]) => key))).toEqual(new Set(pairs));
      const ratings = new Set(cells.map(([, rating]) => rating));
      for (const r of ratings)
        expect([
          'full',
          'partial',
          'none',
          'reserved',
          'optional',
          'not-applicable',
          'not-assessed',
          'not-required',
        ]).toContain(r);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'takes a screenshot of the heat map that has its size and is not blank',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      const figure = page.locator('figure.heat-map-figure');
      const box = (await figure.boundingBox())!;
      const shot = join(dir, 'heat-map.png');
      await figure.screenshot({ path: shot });
      const png = readFileSync(shot);
      // PNG IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      // The box may start and end on fractional pixels; the screenshot covers it to whole pixels.
      expect(Math.abs(png.readUInt32BE(16) - box.width)).toBeLessThan(2);
      expect(Math.abs(png.readUInt32BE(20) - box.height)).toBeLessThan(2);
      expect(box.height).toBeGreaterThan(400);

      // Read the pixels back in a blank page: the map must show ink, the dark 'full' fill and white.
      const blank = await browser.newPage();
      const stats = await blank.evaluate(
        async (dataUrl) => {
          const img = new Image();
          img.src = dataUrl;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const g = canvas.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const d = g.getImageData(0, 0, img.width, img.height).data;
          let dark = 0;
          let fullFill = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (d[i]! + d[i + 1]! + d[i + 2]! < 300) dark += 1;
            if (d[i] === 0x08 && d[i + 1] === 0x51 && d[i + 2] === 0x9c) fullFill += 1;
          }
          return { pixels: d.length / 4, dark, fullFill };
        },
        `data:image/png;base64,${png.toString('base64')}`,
      );
      expect(stats.dark / stats.pixels).toBeGreaterThan(0.02);
      expect(stats.fullFill).toBeGreaterThan(1000);
      // LEXGAP_KEEP_SCREENSHOT=path keeps the picture for a human to look at.
      if (process.env.LEXGAP_KEEP_SCREENSHOT) writeFileSync(process.env.LEXGAP_KEEP_SCREENSHOT, png);
      await blank.close();
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'prints to A4 with a page break before each instrument chapter and repeated table headers',
    async () => {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.emulateMedia({ media: 'print' });
      const breaks = await page
        .locator('section.instrument')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks.length).toBe(4);
      expect(new Set(breaks)).toEqual(new Set(['page']));
      const thead = await page
        .locator('section.instrument thead')
        .first()
        .evaluate((e) => getComputedStyle(e).display);
      expect(thead).toBe('table-header-group');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString('ascii')).toBe('%PDF');
      await page.close();
    },
    TIMEOUT,
  );

  it.each([
    ['SN', 'fr', 'ltr'],
    ['QA', 'ar', 'rtl'],
  ])(
    '%s --lang %s lays the page out %s: html lang and dir, table cells starting at the right edge in Arabic',
    async (code, lang, dir) => {
      const out = join(tmpdir(), `lexgap-${code}-${lang}-${process.pid}.html`);
      const io = fakeIo(ROOT);
      expect(await main(['report', code, '--as-at', AS_AT, '--lang', lang, '-o', out], io)).toBe(0);
      const page = await browser.newPage();
      try {
        await page.goto(pathToFileURL(out).href);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('html').getAttribute('dir')).toBe(dir);
        const cell = page.locator('section.summary tbody td').first();
        expect(await cell.evaluate((e) => getComputedStyle(e).direction)).toBe(dir);
        // The first column sits at the start edge: left in French, right in Arabic.
        const [first, second] = await page
          .locator('section.summary thead th')
          .evaluateAll((els) => els.slice(0, 2).map((e) => (e as unknown as Box).getBoundingClientRect().left));
        if (dir === 'rtl') expect(first!).toBeGreaterThan(second!);
        else expect(first!).toBeLessThan(second!);
        const ul = page.locator('section.title ul').first();
        expect(await ul.evaluate((e) => getComputedStyle(e).direction)).toBe(dir);
      } finally {
        await page.close();
        rmSync(out, { force: true });
      }
    },
    TIMEOUT,
  );
});
