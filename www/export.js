// "Last ned figur" (issue 6): turns a chart as drawn on screen into a file the reader keeps.
// SVG: a copy of the chart's <svg> with every colour, line and font setting written onto the
// elements (the style sheet does not travel with a file), with the title above it and the
// legend, sources and data release under it; text is set in the generic sans-serif, so no font
// is needed. PNG: that SVG drawn on a canvas at twice its size, for print. Everything happens
// in the browser; nothing is sent anywhere. Loaded on the first click of a figure button
// (www/offline.js), or inlined in the single-file copy (scripts/build/make-single.mjs).

const SVG_NS = 'http://www.w3.org/2000/svg';
// The presentation properties the charts' style sheet sets.
const PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity',
  'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order',
  'stroke-linejoin', 'visibility', 'display'];
const PAD = 16;
const FONT = 'sans-serif';

/** Makes the file for `button` (`data-export="svg|png"`) inside a chart's figure. */
export async function run(button) {
  const box = button.closest('[data-file]');
  const svg = button.closest('figure')?.querySelector('svg.plot');
  const status = box?.querySelector('[role=status]');
  if (!box || !svg) return;
  try {
    const { text, width, height } = standalone(svg, box);
    const name = box.dataset.file;
    if (button.dataset.export === 'png') save(await png(text, width, height), `${name}.png`);
    else save(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
    if (status) status.textContent = '';
  } catch {
    if (status) status.textContent = box.dataset.failed ?? '';
  }
}

/** Words of `text` in lines of at most `max` characters. */
function wrap(text, max) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function el(name, attributes, content) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (content !== undefined) node.textContent = content;
  return node;
}

/** A colour that paints something, or null for transparent. */
function paint(colour) {
  return colour && colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(colour) ? colour : null;
}

/** The self-contained SVG text of the chart `svg`, with the texts `box` carries. */
function standalone(svg, box) {
  const [, , viewWidth, viewHeight] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  if (!(viewWidth > 0 && viewHeight > 0)) throw new Error('chart without a size');
  const copy = svg.cloneNode(true);
  // Write each element's computed presentation onto its copy, then drop what only the page uses.
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    const target = to[i];
    for (const prop of PROPS) {
      // A pattern fill computes to the page's address; in the file it is the file's own.
      const value = style.getPropertyValue(prop).replace(/url\("?[^#")]*#([^")]+)"?\)/, 'url(#$1)');
      if (value) target.setAttribute(prop, value);
    }
    if (node.tagName === 'text') target.setAttribute('font-family', FONT);
    for (const name of [...target.getAttributeNames()]) {
      if (name === 'class' || name === 'role' || name === 'tabindex' || name === 'style'
        || name.startsWith('aria-') || name.startsWith('data-')) target.removeAttribute(name);
    }
  });
  // Paper and ink from the element that paints the widget's background (the widget itself when
  // a theme is forced, else the page), so both belong to the theme on screen.
  const painted = [box.closest('.dp'), document.body, document.documentElement]
    .filter(Boolean)
    .map((el) => getComputedStyle(el))
    .find((style) => paint(style.backgroundColor));
  const ink = painted?.color ?? '#1a1a1a';
  const paper = painted?.backgroundColor ?? '#ffffff';
  // Narrow charts (the map) get room beside them, so the texts under them stay readable.
  const textWidth = Math.max(viewWidth, 600);
  const width = Math.ceil(textWidth + 2 * PAD);
  const perLine = Math.floor(textWidth / 5.6);
  const out = el('svg', { xmlns: SVG_NS, width, 'font-family': FONT, fill: ink });
  // The texts come from the page as shown: heading and region, legend, sources, data release.
  const figure = box.closest('figure');
  const widget = box.closest('.dp') ?? document;
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const title = [text(figure?.querySelector('figcaption strong')), text(widget.querySelector('#region-name'))]
    .filter(Boolean).join(' – ');
  // Each source mark [n] links to its entry in the source list ("Publisher: «Title». Date. link");
  // the file names publisher and date, the page's list has the rest.
  const cited = [...(figure?.querySelectorAll('.chart-sources a[href^="#"]') ?? [])]
    .map((a) => {
      const entry = text(document.getElementById(a.getAttribute('href').slice(1))?.firstChild);
      const parts = entry.match(/^(.*?): «.*»\. (.*?)\.?$/);
      return parts ? `${parts[1]} (${parts[2]})` : entry;
    })
    .filter(Boolean);
  const sources = `${text(figure?.querySelector('.chart-sources'))?.split(' ')[0] ?? ''} ${cited.join('; ')}`;
  const credit = [text(widget.querySelector('h1')), text(widget.querySelector('[data-testid=release]')).replace(/\.$/, ''),
    text(figure?.querySelector('.credit'))].filter(Boolean).join(' · ');
  out.append(el('title', {}, title));
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: paper });
  out.append(background);
  let y = PAD + 14;
  for (const line of wrap(title, Math.floor(textWidth / 8.5))) {
    out.append(el('text', { x: PAD, y, 'font-size': 15, 'font-weight': 700 }, line));
    y += 19;
  }
  y += 2;
  // The chart itself, moved under the title.
  const chart = el('g', { transform: `translate(${PAD} ${y})` });
  chart.append(...copy.childNodes);
  out.append(chart);
  y += viewHeight + 8;
  // The legend: each key as a small swatch in the colours the page gives it.
  const legend = figure?.querySelectorAll('.chart-legend li') ?? [];
  let x = PAD;
  for (const item of legend) {
    const key = item.querySelector('span');
    const label = item.textContent.trim();
    const style = key ? getComputedStyle(key) : null;
    // A hatched key (an estimate) gets the chart's own hatch pattern.
    const hatch = key?.className.includes('hatched') && out.querySelector('pattern[id$="-loss"]')?.id;
    const fill = hatch ? `url(#${hatch})` : paint(style?.backgroundColor) ?? 'none';
    const itemWidth = 22 + label.length * 6;
    if (x + itemWidth > textWidth && x > PAD) {
      x = PAD;
      y += 16;
    }
    // The key's box: its background (or hatch) and outline; a top border is a line (a level),
    // a left border a whisker, as the page draws them.
    const outline = style && style.outlineStyle !== 'none' ? paint(style.outlineColor) : null;
    const tall = Math.min(10, parseFloat(style?.height) || 10);
    out.append(el('rect', { x, y: y - 4 - tall / 2, width: 14, height: tall, fill, stroke: outline ?? 'none' }));
    const dashes = { dotted: '2 2', dashed: '4 2' };
    if (style && style.borderTopStyle !== 'none' && paint(style.borderTopColor)) {
      out.append(el('line', { x1: x, y1: y - 9, x2: x + 14, y2: y - 9, stroke: style.borderTopColor,
        'stroke-width': 2, 'stroke-dasharray': dashes[style.borderTopStyle] ?? 'none' }));
    }
    if (style && style.borderLeftStyle !== 'none' && paint(style.borderLeftColor)) {
      out.append(el('line', { x1: x + 7, y1: y - 11, x2: x + 7, y2: y + 2, stroke: style.borderLeftColor, 'stroke-width': 2 }));
    }
    out.append(el('text', { x: x + 19, y, 'font-size': 11 }, label));
    x += itemWidth + 10;
  }
  if (legend.length) y += 18;
  for (const paragraph of [sources, credit]) {
    for (const line of wrap(paragraph, perLine)) {
      out.append(el('text', { x: PAD, y, 'font-size': 10 }, line));
      y += 13;
    }
    y += 3;
  }
  const height = Math.ceil(y + PAD - 13);
  out.setAttribute('height', height);
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', height);
  const file = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
  return { text: file, width, height };
}

/** The SVG `text` drawn at twice its size, as a PNG Blob. */
async function png(text, width, height) {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers `blob` as a download named `name`. */
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
