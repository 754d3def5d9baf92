/* Døgnplasskalkulatoren, host script: sizes every Døgnplasskalkulatoren iframe on the page to
   the height the widget reports. No dependencies, no cookies, reads nothing of the page but its
   iframes. A frame is ours when it has the attribute data-dognplass or comes from this script's
   origin; a message counts only when its source is one of those frames and it comes from the
   origin that frame was given. */
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : location.origin;
  function ours(frame) {
    try {
      return frame.hasAttribute('data-dognplass') || new URL(frame.src, location.href).origin === origin;
    } catch (e) {
      return false;
    }
  }
  function frameOrigin(frame) {
    return new URL(frame.src, location.href).origin;
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dognplass:height') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i]) &&
          event.origin === frameOrigin(frames[i])) {
        frames[i].style.height = height + 'px';
      }
    }
  });
  // Frames that reported before this script ran: ask them again.
  var all = document.getElementsByTagName('iframe');
  for (var j = 0; j < all.length; j++) {
    if (ours(all[j]) && all[j].contentWindow) {
      all[j].contentWindow.postMessage({ type: 'dognplass:ask-height' }, frameOrigin(all[j]));
    }
  }
})();
