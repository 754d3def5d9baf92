// What works before the wasm: this runs first in boot-<hash>.js (scripts/build/make-boot.mjs),
// ahead of the loader, which waits for the wasm.
// Until the wasm has taken over, the region buttons are links to each region's pre-rendered
// page (region_picker.rs); followed, they carry this page's own settings along (theme, parts,
// embed id), all but the region, which the page they open shows.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[data-region]');
  if (!link || !location.search) return;
  const query = new URLSearchParams(location.search);
  query.delete('region');
  link.search = query.toString();
}, true);
