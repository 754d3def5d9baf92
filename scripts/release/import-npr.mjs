// Brings a new NPR export into seeds/ (docs/data-release.md, step 2): Folkehelseinstituttet's
// open table 520 (TSB key figures), downloaded as CSV. Checks the file has the shipped export's
// columns and every year's whole-year rows for the country and the four regions, then
// - copies it, byte for byte, to seeds/npr_tsb.csv;
// - writes its SHA-256 and its last whole year into files.toml ([npr] sha256, last_year);
// - dates the source in sources.toml (fhi-npr-520: "uttrekk <date>" and date).
// The build then checks the rest (national = sum of regions, numbers, years) with file and line.
// Usage: node scripts/release/import-npr.mjs FILE.csv YYYY-MM-DD   (the date of the export)

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const fail = (message) => {
  console.error(`import-npr: ${message}`);
  process.exit(1);
};

const [file, exported] = process.argv.slice(2);
if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(exported ?? '')) {
  console.error('usage: node scripts/release/import-npr.mjs FILE.csv YYYY-MM-DD (the date of the export)');
  process.exit(2);
}
let bytes;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`${file}: cannot read (${e.code})`);
}
const text = bytes.toString('utf8');
if (text.includes('\uFFFD')) fail(`${file}: not UTF-8`);
const lines = text.split(/\r?\n/).filter((line) => line !== '');
const shipped = readFileSync(`${SEEDS}npr_tsb.csv`, 'utf8').split(/\r?\n/)[0];
if (lines[0] !== shipped) fail(`${file}:1: the columns differ from the shipped export's:\n  ${lines[0]}\nexpected\n  ${shipped}`);

// files.toml's [npr] section: the names of the rows and the first year.
const files = readFileSync(`${SEEDS}files.toml`, 'utf8');
const section = files.match(/^\[npr\]\n([\s\S]*?)(?=^\[)/m)?.[1];
if (!section) fail('seeds/files.toml has no [npr] section');
const national = section.match(/^national = "([^"]+)"/m)?.[1];
const regions = [...(section.match(/^regions = \{(.*)\}/m)?.[1] ?? '').matchAll(/= "([^"]+)"/g)].map((m) => m[1]);
const firstYear = Number(section.match(/^first_year = (\d+)/m)?.[1]);
const lastYear = Number(section.match(/^last_year = (\d+)/m)?.[1]);
if (!national || regions.length !== 4 || !firstYear || !lastYear) fail('seeds/files.toml: [npr] needs national, four regions, first_year and last_year');

// The whole-year rows with figures, by year: which of the five names each year has. An export
// lists years not yet published with empty fields (flag ".."); those do not count.
const unquote = (field) => field.replace(/^"|"$/g, '');
const whole = new Map();
lines.slice(1).forEach((line, i) => {
  const fields = line.split(';').map(unquote);
  if (fields.length !== shipped.split(';').length) fail(`${file}:${i + 2}: ${fields.length} fields, expected ${shipped.split(';').length}`);
  if (fields[1] !== 'hele året' || !/^\d+$/.test(fields[7])) return;
  const year = Number(fields[0]);
  if (!Number.isInteger(year)) fail(`${file}:${i + 2}: year "${fields[0]}" is not a number`);
  if (!whole.has(year)) whole.set(year, new Set());
  whole.get(year).add(fields[4]);
});
const names = [national, ...regions];
const complete = (year) => names.every((name) => whole.get(year)?.has(name));
let last = firstYear - 1;
while (complete(last + 1)) last += 1;
if (last < firstYear) fail(`${file}: no whole-year rows for ${firstYear} (${names.filter((n) => !whole.get(firstYear)?.has(n)).join(', ')} missing)`);
if (last < lastYear) fail(`${file}: whole years ${firstYear}–${last} only; the shipped export goes to ${lastYear} (${names.filter((n) => !whole.get(last + 1)?.has(n)).join(', ')} missing for ${last + 1})`);

const sha256 = createHash('sha256').update(bytes).digest('hex');
const nextFiles = files.replace(section, section
  .replace(/^sha256 = "[0-9a-f]*"/m, `sha256 = "${sha256}"`)
  .replace(/^last_year = \d+/m, `last_year = ${last}`));
const sources = readFileSync(`${SEEDS}sources.toml`, 'utf8');
const start = sources.indexOf('\nid = "fhi-npr-520"\n');
if (start < 0) fail('seeds/sources.toml has no source fhi-npr-520');
const end = sources.indexOf('\n[[source]]', start);
const entry = sources.slice(start, end < 0 ? undefined : end);
const nextEntry = entry
  .replace(/(^title = ".*uttrekk )\d{4}-\d{2}-\d{2}"/m, `$1${exported}"`)
  .replace(/^date = "[^"]*"/m, `date = "${exported}"`);
if (!nextEntry.includes(`uttrekk ${exported}"`) || !nextEntry.includes(`date = "${exported}"`)) {
  fail('seeds/sources.toml: fhi-npr-520 needs a title ending in "uttrekk YYYY-MM-DD" and a date');
}
writeFileSync(`${SEEDS}npr_tsb.csv`, bytes);
writeFileSync(`${SEEDS}files.toml`, nextFiles);
writeFileSync(`${SEEDS}sources.toml`, sources.replace(entry, nextEntry));
console.log(`import-npr: seeds/npr_tsb.csv from ${file} (${lines.length - 1} rows, exported ${exported}); whole years ${firstYear}–${last}${last > lastYear ? ` (was to ${lastYear})` : ''}; SHA-256 ${sha256}`);
