// Proves that a Rust module and every module below it form no import cycle.
// Nodes are module files, found by following `mod name;` declarations the way rustc does.
// Edges run from a file to every other module node that the file names through any path:
// `use` trees and inline paths (`super::x::Y`, `crate::model::x`, `alias::Y`, `child::Y`).
// Comments and string/char literals are blanked first, so a mention there does not count.
// A `mod x;` declaration alone is no edge. Cycles are the strongly connected components
// (Tarjan) with more than one module; self-edges are ignored.
// Usage: node scripts/check/module-cycles.mjs <crate-src-dir> <module> [--edges]
//   exit 0: no cycle; 1: cycles printed; 2: usage error or unreadable module tree.
// No cargo, no dependencies: Node 20 only.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

class UsageError extends Error {}

// Blanks comments (line, nested block, doc), string literals (incl. byte and raw strings) and
// char literals with spaces, keeping newlines so that line numbers stay right.
function strip(src) {
  const out = [];
  const RAW = /b?r(#*)"/y;
  const STR = /"(?:\\[\s\S]|[^"\\])*"/y;
  const CHAR = /'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|[^xu])|[^\\'\n])'/uy;
  const matchAt = (re, i) => ((re.lastIndex = i), re.exec(src));
  let i = 0;
  while (i < src.length) {
    let end = -1;
    let m;
    if (src.startsWith('//', i)) {
      end = src.indexOf('\n', i);
      if (end < 0) end = src.length;
    } else if (src.startsWith('/*', i)) {
      // Block comments nest in Rust.
      let depth = 0;
      end = i;
      do {
        const pair = src.slice(end, end + 2);
        depth += pair === '/*' ? 1 : pair === '*/' ? -1 : 0;
        end += pair === '/*' || pair === '*/' ? 2 : 1;
      } while (depth > 0 && end < src.length);
    } else if (!/\w/.test(src[i - 1] ?? '') && (m = matchAt(RAW, i))) {
      const close = src.indexOf('"' + m[1], RAW.lastIndex);
      end = close < 0 ? src.length : close + 1 + m[1].length;
    } else if (src[i] === '"' || src[i] === "'") {
      // An unmatched `'` is a lifetime or a loop label and stays.
      if ((m = matchAt(src[i] === '"' ? STR : CHAR, i))) end = i + m[0].length;
    }
    if (end < 0) out.push(src[i++]);
    else {
      out.push(src.slice(i, end).replace(/[^\n]/g, ' '));
      i = end;
    }
  }
  return out.join('');
}

// Splits stripped source into tokens with line numbers; an EOF sentinel ends the list.
function tokenize(code) {
  const toks = [];
  let line = 1;
  let last = 0;
  for (const m of code.matchAll(/\$?[A-Za-z_]\w*|::|\d\w*|\S/g)) {
    for (let k = last; k < m.index; k++) if (code[k] === '\n') line++;
    last = m.index;
    toks.push({ t: m[0], line });
  }
  toks.push({ t: '<eof>', line });
  return toks;
}

const isIdent = (t) => /^\$?[A-Za-z_]\w*$/.test(t);

// Parses one use tree starting at toks[i]; pushes each leaf {segs, alias} and returns the index
// after the tree. `x::{self}` binds `x`; `as _` binds nothing; a glob binds nothing.
function parseUseTree(toks, i, prefix, leaves) {
  const segs = [...prefix];
  for (;;) {
    const t = toks[i].t;
    if (t === '::' && segs.length === 0) return (leaves.push({ segs: ['::'], line: toks[i].line }), i + 1);
    if (t === '*') return (leaves.push({ segs, line: toks[i].line }), i + 1);
    if (t === '{') {
      i++;
      while (toks[i].t !== '}' && toks[i].t !== '<eof>') {
        const next = parseUseTree(toks, i, segs, leaves);
        i = toks[next].t === ',' ? next + 1 : next;
        if (next === i && toks[i].t !== '}') i++; // malformed: skip a token rather than loop
      }
      return i + 1;
    }
    if (!isIdent(t)) return i;
    segs.push(t);
    const line = toks[i++].line;
    if (toks[i].t === '::') { i++; continue; }
    let alias = t === 'self' ? segs[segs.length - 2] : t;
    if (toks[i].t === 'as') (alias = toks[i + 1].t), (i += 2);
    leaves.push({ segs, alias: alias === '_' ? undefined : alias, line });
    return i;
  }
}

// Pass 1 over one file: scope frames (blocks and inline modules), names bound by `mod` and `use`,
// child module declarations, use-tree leaves, and which tokens belong to use declarations.
function scanFile(node) {
  const toks = tokenize(strip(readFileSync(node.file, 'utf8')));
  const root = { parent: null, mod: node.path, dir: node.dir, names: new Map() };
  const stack = [root];
  const frameOf = [];
  const uses = [];
  const decls = [];
  const inUse = new Set();
  for (let i = 0; i < toks.length; i++) {
    const top = stack[stack.length - 1];
    const t = toks[i].t;
    frameOf[i] = top;
    if (t === '#' && toks[i + 1].t === '[' && toks[i + 2].t === 'path') {
      throw new UsageError(`${node.file}:${toks[i].line}: #[path] attributes are not supported`);
    } else if (t === '{') {
      const name = toks[i - 2]?.t === 'mod' && isIdent(toks[i - 1].t) ? toks[i - 1].t : null;
      const frame = name
        ? { parent: top, mod: [...top.mod, name], dir: join(top.dir, name), names: new Map() }
        : { parent: top, mod: top.mod, dir: top.dir, names: new Map() };
      if (name) top.names.set(name, { abs: frame.mod });
      stack.push(frame);
    } else if (t === '}') {
      if (stack.length > 1) stack.pop();
    } else if (t === 'mod' && isIdent(toks[i + 1].t) && toks[i + 2].t === ';') {
      decls.push({ name: toks[i + 1].t, frame: top, line: toks[i].line });
      top.names.set(toks[i + 1].t, { abs: [...top.mod, toks[i + 1].t] });
    } else if (t === 'use' && toks[i + 1].t !== '<') {
      const leaves = [];
      let end = parseUseTree(toks, i + 1, [], leaves);
      while (toks[end].t !== ';' && toks[end].t !== '<eof>') end++;
      for (let k = i; k <= end; k++) (inUse.add(k), (frameOf[k] = top));
      for (const leaf of leaves) {
        uses.push({ ...leaf, frame: top });
        if (leaf.alias) top.names.set(leaf.alias, { segs: leaf.segs, frame: top });
      }
      i = end;
    }
  }
  Object.assign(node, { toks, frameOf, uses, decls, inUse });
}

// Resolves a path written in `frame` to absolute segments below `crate`, or null when it
// names something outside the crate (std, other crates) or nothing known.
function resolve(segs, frame) {
  let base;
  let i = 1;
  if (segs[0] === 'crate' || segs[0] === '$crate') base = [];
  else if (segs[0] === 'self' || segs[0] === 'super') {
    base = [...frame.mod];
    i = segs[0] === 'self' ? 1 : 0;
    for (; segs[i] === 'super'; i++) if (base.pop() === undefined) return null;
  } else if (!(base = lookup(segs[0], frame))) return null;
  return [...base, ...segs.slice(i).filter((s) => s !== 'self')];
}

// Finds a name bound by `mod` or `use` in this scope or an enclosing one (inline modules
// included, an over-approximation for `use super::*`); use bindings resolve lazily.
function lookup(name, frame) {
  for (let f = frame; f; f = f.parent) {
    const entry = f.names.get(name);
    if (!entry) continue;
    if (entry.abs === undefined && !entry.busy) {
      entry.busy = true;
      entry.abs = resolve(entry.segs, entry.frame);
      entry.busy = false;
    }
    return entry.abs ?? null;
  }
  return null;
}

// Loads the module tree below `crate::<module>` from `srcDir`: one node per module file.
function loadTree(srcDir, module) {
  const segs = module.replace(/^crate::/, '').split('::');
  const findFile = (dir, name) => {
    const found = [join(dir, `${name}.rs`), join(dir, name, 'mod.rs')].filter((f) => existsSync(f));
    if (found.length > 1) throw new UsageError(`both ${found[0]} and ${found[1]} exist`);
    return found[0];
  };
  const makeNode = (path, file) => ({
    path, key: path.join('::'), file,
    dir: basename(file) === 'mod.rs' ? dirname(file) : join(dirname(file), basename(file, '.rs')),
  });
  const rootFile = findFile(join(srcDir, ...segs.slice(0, -1)), segs[segs.length - 1]);
  if (!rootFile) throw new UsageError(`no module file for crate::${segs.join('::')} in ${srcDir}`);
  const nodes = new Map();
  const queue = [makeNode(segs, rootFile)];
  while (queue.length) {
    const node = queue.shift();
    nodes.set(node.key, node);
    scanFile(node);
    for (const d of node.decls) {
      const file = findFile(d.frame.dir, d.name);
      if (!file) throw new UsageError(`${node.file}:${d.line}: mod ${d.name}; has neither ${d.name}.rs nor ${d.name}/mod.rs in ${d.frame.dir}`);
      queue.push(makeNode([...d.frame.mod, d.name], file));
    }
  }
  return nodes;
}

// Pass 2: every path in every file, resolved to the deepest module node it names.
function collectEdges(nodes) {
  for (const node of nodes.values()) {
    node.edges = new Map(); // target key -> first example {line, text}
    const refer = (segs, frame, line, text) => {
      const abs = resolve(segs, frame);
      for (let k = abs?.length ?? 0; k > 0; k--) {
        const target = nodes.get(abs.slice(0, k).join('::'));
        if (!target) continue;
        const old = node.edges.get(target.key);
        if (target !== node && (!old || old.line > line)) node.edges.set(target.key, { line, text });
        return;
      }
    };
    for (const u of node.uses) refer(u.segs, u.frame, u.line, `use ${u.segs.join('::').replace(/::self$/, '::{self}')}`);
    const { toks } = node;
    for (let i = 0; i < toks.length; i++) {
      const prev = toks[i - 1]?.t;
      if (node.inUse.has(i) || !isIdent(toks[i].t) || prev === '::' || prev === '.') continue;
      if (prev === 'in' && toks[i - 2]?.t === '(') continue; // visibility `pub(in crate::x)`
      const segs = [toks[i].t];
      let j = i;
      while (toks[j + 1].t === '::' && isIdent(toks[j + 2].t)) (segs.push(toks[j + 2].t), (j += 2));
      if (segs.length > 1) refer(segs, node.frameOf[i], toks[i].line, segs.join('::'));
      i = j;
    }
  }
}

// Tarjan's strongly connected components over the module graph.
function tarjan(nodes) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of nodes.get(v).edges.keys()) {
      if (!index.has(w)) (visit(w), low.set(v, Math.min(low.get(v), low.get(w))));
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    components.push(component.sort());
  };
  for (const v of [...nodes.keys()].sort()) if (!index.has(v)) visit(v);
  return components;
}

function main(argv) {
  const showEdges = argv.includes('--edges');
  const args = argv.filter((a) => a !== '--edges');
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    throw new UsageError('usage: node scripts/check/module-cycles.mjs <crate-src-dir> <module> [--edges]');
  }
  const [srcDir, module] = args;
  if (!existsSync(srcDir) || !statSync(srcDir).isDirectory()) throw new UsageError(`not a directory: ${srcDir}`);
  if (!/^(crate::)?[A-Za-z_]\w*(::[A-Za-z_]\w*)*$/.test(module)) throw new UsageError(`not a module path: ${module}`);
  const nodes = loadTree(srcDir, module);
  collectEdges(nodes);
  const where = (from, to) => {
    const e = nodes.get(from).edges.get(to);
    return `${from} -> ${to} (${nodes.get(from).file}:${e.line}: ${e.text})`;
  };
  if (showEdges) for (const n of nodes.values()) for (const to of n.edges.keys()) console.log(`edge ${where(n.key, to)}`);
  const rootKey = [...nodes.keys()][0];
  const cycles = tarjan(nodes).filter((c) => c.length > 1);
  if (cycles.length === 0) {
    console.log(`module-cycles: no import cycle among ${nodes.size} modules under crate::${rootKey}`);
    return 0;
  }
  console.log(`module-cycles: ${cycles.length} import cycle(s) among ${nodes.size} modules under crate::${rootKey}`);
  cycles.forEach((members, n) => {
    console.log(`cycle ${n + 1}: ${members.join(', ')}`);
    for (const from of members) {
      for (const to of nodes.get(from).edges.keys()) if (members.includes(to)) console.log(`  ${where(from, to)}`);
    }
  });
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  console.error(`module-cycles: ${err.message}`);
  process.exitCode = 2;
}
