// Self-test of module-cycles.mjs against the fake crates in tests/fixtures/module-cycles/.
// Usage: node --test scripts/check/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'module-cycles.mjs');
const fixtures = join(here, '..', '..', 'tests', 'fixtures', 'module-cycles');

function run(...args) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('a cycle closed only by an inline path fails and names both modules', () => {
  const { code, out } = run(join(fixtures, 'cycle', 'src'), 'model');
  assert.equal(code, 1, out);
  assert.match(out, /^cycle \d: model::a, model::b::c$/m);
  assert.match(out, /model::a -> model::b::c \(.*a\.rs:3: use super::b::c::Thing\)/);
});

test('super::super, crate::model::, aliases and bare child names resolve', () => {
  const { out } = run(join(fixtures, 'cycle', 'src'), 'model');
  assert.match(out, /model::b::c -> model::a \(.*c\.rs:5: super::super::a::Other\)/);
  assert.match(out, /model::i18n::nb -> model::i18n \(.*nb\.rs:3: crate::model::i18n::Lang\)/);
  assert.match(out, /model::i18n -> model::i18n::nb \(.*mod\.rs:11: nb::STRINGS\)/);
  // calc.rs is no mod.rs: its `mod cuts;` is calc/cuts.rs, and `m` is `use crate::model as m`.
  assert.match(out, /model::calc -> model::calc::cuts \(.*calc\.rs:9: cuts::all\)/);
  assert.match(out, /model::calc::cuts -> model::calc \(.*cuts\.rs:3: m::calc::Line\)/);
  assert.match(out, /3 import cycle\(s\) among 8 modules under crate::model/);
});

test('the clean tree passes despite comments, literals, a parent pub use and a test module', () => {
  const { code, out } = run(join(fixtures, 'clean', 'src'), 'model', '--edges');
  assert.equal(code, 0, out);
  assert.match(out, /^module-cycles: no import cycle among 6 modules under crate::model$/m);
  const edges = out.split('\n').filter((l) => l.startsWith('edge ')).map((l) => l.replace(/ \(.*/, ''));
  assert.deepEqual(edges.sort(), [
    'edge model -> model::a',
    'edge model::a -> model::b::c',
    'edge model::b -> model::b::c',
    'edge model::calc -> model::calc::cuts',
    'edge model::calc::cuts -> model::b::c',
  ]);
});

test('a sub-module can be checked on its own', () => {
  const { code, out } = run(join(fixtures, 'cycle', 'src'), 'crate::model::b');
  assert.equal(code, 0, out);
  assert.match(out, /no import cycle among 2 modules under crate::model::b/);
});

test('bad arguments and missing module files exit 2', () => {
  const clean = join(fixtures, 'clean', 'src');
  for (const args of [[], [clean], [clean, 'model', 'extra'], [clean, 'not-a-module'], [clean, '--bogus'],
    [join(fixtures, 'nowhere'), 'model'], [clean, 'nothing'], [join(fixtures, 'missing', 'src'), 'model']]) {
    const { code, err } = run(...args);
    assert.equal(code, 2, `args ${JSON.stringify(args)}`);
    assert.match(err, /^module-cycles: /);
  }
});
