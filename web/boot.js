// Starts the WebAssembly app. Kept out of index.html so the page's Content-Security-Policy can
// forbid inline scripts.
import init from './slant-web.js';

init({ module_or_path: new URL('slant-web_bg.wasm', import.meta.url) }).catch((err) => {
  console.error(err);
  const main = document.querySelector('main');
  if (main) {
    const p = document.createElement('p');
    p.className = 'notice error';
    p.textContent = 'Slant could not start in this browser: ' + err;
    main.replaceChildren(p);
  }
});
