// Used by bench/run.js where /usr/bin/time is missing: runs a Node script (or nothing, for the
// bare start-up baseline) in this process and prints its peak resident set size on exit.
import { writeSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.on('exit', () => writeSync(2, `\n__maxrss_kib=${process.resourceUsage().maxRSS}\n`));
if (script !== undefined) {
  process.argv = [process.argv[0], script, ...args];
  await import(pathToFileURL(script).href);
}
