// Prints, as Markdown, what the crates cost in the release wasm (run by scripts/check/deps-size.sh):
// the code and data of a names-kept build added up by crate (from twiggy's list of items), the
// largest items, and the build with and without serde + serde-wasm-bindgen.
//
// Usage: node scripts/check/deps-size.mjs <named.wasm> <with.wasm> <without.wasm>

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const [named, withWasm, withoutWasm] = process.argv.slice(2);
if (!withoutWasm) {
  console.error('usage: node scripts/check/deps-size.mjs <named.wasm> <with.wasm> <without.wasm>');
  process.exit(2);
}

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => (n / 1000).toFixed(1);

/** twiggy's items: [name, bytes]. */
function items(file) {
  const csv = execFileSync('twiggy', ['top', '--format', 'csv', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; names may be quoted.
      const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
      return m ? [m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), Number(m[2])] : null;
    })
    .filter(Boolean);
}

// Crates whose code is named after them; the rest of a name decides below.
const KNOWN = ['dognplass', 'yew', 'web_sys', 'js_sys', 'wasm_bindgen', 'serde_wasm_bindgen', 'serde',
  'dlmalloc', 'hashbrown', 'implicit_clone', 'indexmap', 'slab', 'tokise', 'prokio', 'tracing'];

/** The group an item belongs to. */
function group(name) {
  // twiggy's name for the custom sections of names: `"function names" subsection` and the like.
  if (name.endsWith(' subsection')) return 'names (not shipped)';
  if (name.startsWith('data segment')) return 'data: texts, dataset, map, tables';
  // Yew monomorphises each component's view into its generic lifecycle: our html! output.
  if (/CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/.test(name)) {
    return 'dognplass (component views, inlined in Yew\'s lifecycle)';
  }
  const path = name.replace(/^[<&*(\s]+|^(mut|dyn|const) /g, '').replace(/^[<&*(\s]+/, '');
  const first = path.split(/::|\[|<| /)[0];
  if (first === 'gloo' || first.startsWith('gloo_')) return 'gloo';
  if (KNOWN.includes(first)) return first;
  if (first === 'main') return 'dognplass';
  if (/shim/.test(path) || /^__wbg|^__wbindgen|^__externref/.test(path)) return 'wasm_bindgen';
  // Rust's own library, also where a primitive implements one of its traits.
  if (/^(core|alloc|std|__rustc|compiler_builtins|char|str|bool|[iuf](8|16|32|64|128|size)|T)$/.test(first)) {
    return 'Rust std (core, alloc)';
  }
  if (/^(table|type|import|export|elem|global|memory|code|func)$/.test(first)) return 'wasm structure (tables, types, imports)';
  return 'other';
}

const all = items(named);
const groups = new Map();
for (const [name, bytes] of all) {
  const g = group(name);
  groups.set(g, (groups.get(g) ?? 0) + bytes);
}
const shipped = readFileSync(withWasm);
const without = readFileSync(withoutWasm);
const counted = [...groups].filter(([g]) => g !== 'names (not shipped)');
const total = counted.reduce((a, [, b]) => a + b, 0);

console.log(`Release wasm as shipped: ${shipped.length} bytes raw, ${brotli(shipped)} bytes brotli.`);
console.log(`The names-kept build adds up to ${total} bytes without its names section.\n`);
console.log('| group | bytes | share |');
console.log('|---|---:|---:|');
for (const [g, b] of counted.sort((a, b) => b[1] - a[1])) {
  console.log(`| ${g} | ${b} | ${((100 * b) / total).toFixed(1)} % |`);
}
console.log('\nLargest items (twiggy top):\n');
console.log('| bytes | item |');
console.log('|---:|---|');
for (const [name, bytes] of all.filter(([n]) => group(n) !== 'names (not shipped)').sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  const short = name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|');
  console.log(`| ${bytes} | \`${short.length > 110 ? `${short.slice(0, 107)}...` : short}\` |`);
}
console.log('\nWith and without serde + serde-wasm-bindgen (built both ways):\n');
console.log('| build | raw bytes | brotli bytes |');
console.log('|---|---:|---:|');
console.log(`| with (shipped) | ${shipped.length} | ${brotli(shipped)} |`);
console.log(`| without | ${without.length} | ${brotli(without)} |`);
console.log(`| cost | ${shipped.length - without.length} | ${brotli(shipped) - brotli(without)} |`);
console.log(`\n(${kB(brotli(shipped) - brotli(without))} kB brotli of ${kB(brotli(shipped))} kB.)`);
