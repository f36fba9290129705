// loader.js starts the Go engine (annotator.wasm, run by the toolchain's wasm_exec.js) and defines
// the JS API:
//   articleAnnotator.ready                         a Promise, settled once the engine runs
//   articleAnnotator.annotate(text, {referenceDate}) a Promise of the article-annotations/v1 object
// Served, the wasm is fetched from next to this page. In dist/annotator.html it is embedded as
// base64 of gzip in <script type="application/gzip" id="annotator-wasm">, because file:// pages
// cannot fetch.
(() => {
  'use strict';
  let settle;
  const api = {
    ready: new Promise((resolve, reject) => { settle = { resolve, reject }; }),
    annotate(text, options) {
      return api.ready.then(() => engine.annotate(String(text), options || {}));
    },
  };
  let engine = null;
  // The Go side calls this once with its functions, when the page is wired.
  Object.defineProperty(api, '_engineReady', {
    value(e) {
      engine = e;
      performance.mark('annotator-ready'); // how long the start took, for tests and curious people
      settle.resolve(api);
    },
  });
  window.articleAnnotator = api;

  async function wasmBytes() {
    const packed = document.getElementById('annotator-wasm');
    if (packed) {
      const b64 = packed.textContent.trim();
      const raw = atob(b64);
      const gz = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) gz[i] = raw.charCodeAt(i);
      const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).arrayBuffer();
    }
    const resp = await fetch('annotator.wasm');
    if (!resp.ok) throw new Error('annotator.wasm: HTTP ' + resp.status);
    return resp.arrayBuffer();
  }

  const go = new Go();
  wasmBytes()
    .then((bytes) => WebAssembly.instantiate(bytes, go.importObject))
    .then(({ instance }) => go.run(instance))
    .catch((err) => {
      settle.reject(err);
      const status = document.getElementById('status');
      if (status) status.textContent = 'The annotator could not start: ' + err;
      console.error(err);
    });
})();
