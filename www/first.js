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
// The wasm takes over a pre-rendered page by putting its own copy in place of the page's
// (src/embed). Chromium records the largest paint only once a painted frame has been shown;
// a takeover before that makes the copy the largest paint, as if the page had shown nothing
// until the wasm ran. So the loader below waits for that record (at most 300 ms; a page in a
// background tab records nothing and waits not at all). On a slow network it is long there.
if (document.querySelector('#app[data-state]') && document.visibilityState === 'visible'
  && globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) {
  await new Promise((done) => {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(done, 300);
  });
}
