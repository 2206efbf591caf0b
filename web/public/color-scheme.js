// Runs before the first paint, so a dark-mode device never flashes a white page before the app starts. It mirrors
// Mantine's choice (a scheme saved on this device, otherwise the system's); a separate file, as the CSP forbids inline scripts.
(function () {
  var saved = null;
  try {
    saved = window.localStorage.getItem('mantine-color-scheme-value');
  } catch {
    // Storage can be off (private mode); the system setting decides then.
  }
  var scheme = saved === 'light' || saved === 'dark' ? saved : window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
