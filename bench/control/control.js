// The benchmark's control (scripts/dev/bench.mjs): the widget's shape — an area picker, a slider, a
// number, a sentence and a table recomputed on every input — in plain JavaScript, so the
// widget's timings can be read against what the same browser and machine do without Yew and
// wasm. Fixed test numbers, not data; nothing here is shown to readers.
const AREAS = [
  ['Norge', 1139, 232, 185], ['Helse Sør-Øst', 907, 149, 134], ['Helse Vest', 323, 34, 51],
  ['Helse Midt-Norge', 190, 0, 11], ['Helse Nord', 178, 16, 4],
];
const region = document.getElementById('region');
const slider = document.getElementById('slider');
const number = document.getElementById('number');
const summary = document.getElementById('summary');
const rows = document.getElementById('rows');
const format = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

function render() {
  const [name, before, share, cuts] = AREAS[region.selectedIndex];
  const lost = Number(slider.value) * share / 232;
  const after = before - lost - cuts;
  summary.textContent = `I ${name} forsvinner ${format.format(before - after)} av ${format.format(before)} plasser.`;
  rows.replaceChildren(...[['Før', before], ['FBV', -lost], ['Kutt', -cuts], ['Etter', after]].map(([label, value]) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    const td = document.createElement('td');
    th.textContent = label;
    td.textContent = format.format(value);
    tr.append(th, td);
    return tr;
  }));
}

for (const [name] of AREAS) region.append(new Option(name));
region.addEventListener('change', render);
slider.addEventListener('input', () => { number.value = slider.value; render(); });
number.addEventListener('change', () => { slider.value = number.value; render(); });
render();
performance.mark('interactive');
