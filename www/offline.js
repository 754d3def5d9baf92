// Offline use, after the page's loader in boot-<hash>.js (scripts/build/make-boot.mjs):
// registers the service worker (sw.js) and, when a new build has been fetched while an old one
// runs, offers to load it; and loads the figure export (export.js) when a figure button is
// first used. No request goes anywhere but this origin.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  // sw.js sits beside this file in the widget's root folder: its scope is that folder, wherever
  // the widget is served.
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).then((registration) => {
    const offer = () => {
      if (!registration.waiting || !navigator.serviceWorker.controller || document.getElementById('dp-update')) return;
      const box = document.createElement('p');
      box.id = 'dp-update';
      box.className = 'notice';
      box.setAttribute('role', 'status');
      box.dataset.testid = 'update';
      const button = document.createElement('button');
      button.type = 'button';
      // The page's language (the widget keeps <html lang> in step with its own).
      const texts = { nb: 'Ny versjon – last inn på nytt', nn: 'Ny versjon – last inn på nytt', en: 'New version – reload' };
      button.textContent = texts[document.documentElement.lang] ?? texts.nb;
      button.addEventListener('click', () => registration.waiting?.postMessage('skip-waiting'));
      box.append(button);
      document.body.prepend(box);
    };
    offer();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => { if (worker.state === 'installed') offer(); });
    });
  }).catch(() => {});
  // The reader chose the new build: load the page again from it.
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  });
}
// A figure button ("Last ned figur") loads the figure export on its first use only.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element && event.target.closest('[data-export]');
  if (button) import('./export.js').then((m) => m.run(button)).catch(() => {});
});
