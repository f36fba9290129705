// loader.js starts the Go engine (annotator.wasm, run by the toolchain's wasm_exec.js) and defines
// the JS API:
//   articleAnnotator.ready                         a Promise, settled once the engine runs
//   articleAnnotator.annotate(text, {referenceDate}) a Promise of the article-annotations/v1 object
// It also starts, for the page, the engine's worker: the same wasm in a Web Worker, which
// annotates long articles off the page's thread (wasm/worker.go); on a machine with more than
// one core a second one finds the dates meanwhile; the main one then stores the article's session
// in IndexedDB itself (_store). They wait, started, from a moment after the page is ready, so that
// a long paste goes to work at once, and once per page a worker first warms the compiled module
// up (warmUp), so that the engine runs in optimised code. The worker's script is made
// from a blob: URL of wasm_exec.js (fetched, or in dist/annotator.html the inlined copy) and a few
// lines that run the module compiled here, so nothing is compiled twice.
// Served, the wasm is fetched from next to this page. In dist/annotator.html it is embedded as
// gzip written in ASCII, six bytes to seven characters (see internal/bundle/digits.go), in <script
// type="application/gzip" id="annotator-wasm">, because file:// pages cannot fetch. Either way
// it is compiled while its bytes arrive (compileStreaming). Meanwhile the page's database is
// opened (openStorage), so that the engine finds it open when it restores the library.
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
      setTimeout(warmUp, 1000);
    },
  });
  window.articleAnnotator = api;

  // fewerHashes keeps Go's glue (wasm_exec.js) from hashing long strings. The glue gives each JS
  // value that reaches Go an id, and finds the id of a value it has seen in a Map (go._ids). V8
  // hashes a string key in full, about a nanosecond a character, and more for a string joined
  // from parts: a 10 MB article's session (64 MB of JSON) took the page's thread 60-160 ms
  // each time it reached Go. Strings of longStr characters or more are kept apart, in a short
  // list that is searched with ===, which is instant for the same string and for strings of
  // other lengths: the same ids as the Map gives, without the hash. It wraps the Map that
  // wasm_exec.js's run makes; if a later wasm_exec.js keeps no _ids, it does nothing.
  function fewerHashes(go) {
    const longStr = 1 << 16;
    Object.defineProperty(go, '_ids', { configurable: true, set(m) {
      const keep = (v) => Object.defineProperty(go, '_ids', { value: v, writable: true, configurable: true });
      if (!(m instanceof Map)) { keep(m); return; }
      const long = []; // [string, id] pairs
      const at = (v) => { for (let i = 0; i < long.length; i++) if (long[i][0] === v) return i; return -1; };
      const isLong = (v) => typeof v === 'string' && v.length >= longStr;
      const ids = {
        get(v) { if (!isLong(v)) return m.get(v); const i = at(v); return i < 0 ? undefined : long[i][1]; },
        set(v, id) { if (!isLong(v)) m.set(v, id); else if (at(v) < 0) long.push([v, id]); else long[at(v)][1] = id; return ids; },
        delete(v) { if (!isLong(v)) return m.delete(v); const i = at(v); if (i >= 0) long.splice(i, 1); return i >= 0; },
      };
      keep(ids);
    } });
    return go;
  }

  let module = null; // the compiled wasm, shared with the workers
  let spares = []; // Promises of started workers waiting for an article
  let run = null; // the run on: {main, dates}, Promises of its workers (dates may be null)
  // A run uses two workers where the machine has cores for them: the main one finds the quotes
  // while the other finds the dates, then renders and writes the session. On two cores, a text
  // of `alone` UTF-16 units or more (a run of seconds) has one worker: two would take both cores
  // for all that time, and the page's thread, starved, would take about twice as long over each
  // of its tasks (Chrome's tracing of a 10 MB paste: tasks of 100-370 ms for 8-106 ms of the
  // thread's CPU). A change of a saved session (again) has one worker in any case.
  const cores = navigator.hardwareConcurrency || 1;
  const perRun = cores > 1 ? 2 : 1;
  const alone = 2 << 20; // UTF-16 units
  const twoFor = (text) => cores > 2 || (cores > 1 && text.length < alone);
  const workerMain = `
${fewerHashes}
self.onmessage = (e) => {
  self.onmessage = null;
  const go = fewerHashes(new Go());
  WebAssembly.instantiate(e.data, go.importObject).then((instance) => go.run(instance));
};`;
  async function startWorker() {
    const inlined = document.querySelector('script[data-src="wasm_exec.js"]');
    let src;
    if (inlined) {
      src = inlined.textContent;
    } else {
      const resp = await fetch('wasm_exec.js');
      if (!resp.ok) throw new Error('wasm_exec.js: HTTP ' + resp.status);
      src = await resp.text();
    }
    const url = URL.createObjectURL(new Blob([src, workerMain], { type: 'text/javascript' }));
    const w = new Worker(url);
    return new Promise((resolve, reject) => {
      w.onmessage = (e) => { if (e.data && e.data.kind === 'ready') { URL.revokeObjectURL(url); resolve(w); } };
      w.onerror = (e) => { URL.revokeObjectURL(url); reject(new Error('the engine\'s worker failed: ' + e.message)); };
      w.postMessage(module);
    });
  }
  // keepSpare starts the workers that wait for the next long article, so that a paste does not
  // wait for them to start (a few hundred milliseconds: wasm_exec.js, the instance, the Go
  // runtime, its warm-up). It runs after each run, in a task of its own, and once the page's
  // warm-up is over (warmUp, which waits for the page's first second, so as not to slow what the
  // page does then: restoring the article, another tab's news, on a machine with few cores).
  function keepSpare(after = 0) {
    setTimeout(() => {
      while (module && spares.length < perRun) {
        const s = startWorker();
        spares.push(s);
        s.catch(() => { spares = spares.filter((x) => x !== s); });
      }
    }, after);
  }
  // warmUp runs the engine a few times on a text of some tens of KB in a worker of its own, once
  // per page, and ends it; then it starts the spares. V8 optimises a wasm function only after it
  // has run enough and cannot swap the code of a call that is running, so without it a long
  // article's one long run stays in the baseline code (quotes of 1 MB in the first worker: ~205
  // ms; after this warm-up 120-160 ms; optimised after two long runs, ~85 ms). The optimised
  // code is the compiled module's, shared by the page and every worker. The time it took is on
  // the timeline as 'annotator-warmed'.
  const warm = { copies: 32, runs: 8 };
  function warmUp() {
    const start = performance.now();
    startWorker().then((w) => new Promise((resolve) => {
      w.onmessage = (e) => {
        if (!e.data || e.data.kind !== 'warmed') return;
        w.terminate();
        performance.measure('annotator-warmed', { start, detail: `${e.data.bytes} bytes in ${e.data.ms.toFixed(0)} ms` });
        resolve();
      };
      w.onerror = () => { w.terminate(); resolve(); };
      w.postMessage({ kind: 'warm', text: '', ...warm });
    }), () => {}).then(() => keepSpare());
  }
  function take() { return spares.shift() || startWorker(); }
  function end(r) {
    for (const w of [r.main, r.dates]) if (w) w.then((x) => x.terminate(), () => {});
  }
  // _work(text, referenceDate, id, onMessage, saved, op, refFirst) annotates in the workers;
  // onMessage gets the main worker's progress, then its result or its failure, each with id.
  // With saved, a saved session, the main worker alone changes it instead (wasm/follow.go): op
  // "" takes the text and the reference date (the date first with refFirst), "undo" and "redo"
  // step through its history. A run on when a new one comes is ended with its workers: a newer
  // paste cancels an older one.
  Object.defineProperty(api, '_work', {
    value(text, ref, id, onMessage, saved, op, refFirst) {
      if (run) end(run);
      const again = typeof saved === 'string';
      const mine = run = { main: take(), dates: !again && twoFor(text) ? take() : null };
      let port = null;
      if (mine.dates) {
        // The dates worker answers the main one directly; if it cannot start, the main one is
        // told to find the dates itself.
        const ch = new MessageChannel();
        port = ch.port1;
        mine.dates.then((d) => {
          d.onmessage = (e) => { if (e.data && e.data.kind === 'sent') d.terminate(); };
          d.postMessage({ kind: 'dates', text, ref, port: ch.port2 }, [ch.port2]);
        }, () => ch.port2.postMessage(''));
      }
      mine.main.then((w) => {
        if (run !== mine) return;
        let session = ''; // the session's parts, joined (JavaScript joins strings without copying)
        let toStore = null; // this run's entry in storing, once it is done
        w.onmessage = (e) => {
          if (e.data.kind === 'stored') { if (toStore && toStore.stored) toStore.stored(e.data.error); return; }
          if (run !== mine) return;
          if (e.data.kind === 'session') { session += e.data.part; return; }
          if (e.data.kind === 'done') { e.data.session = session; session = ''; }
          if (e.data.kind === 'done' || e.data.kind === 'failed') {
            // The run is over: end its workers, whose memory grew to several times the article
            // and never shrinks. The next long article takes spares started from the compiled
            // module. After 'done' the main worker waits for _store, which the page calls while
            // it takes the message, or is ended.
            run = null;
            end({ dates: mine.dates });
            if (e.data.kind === 'done') storing = toStore = { w, stored: null };
            else end(mine);
            keepSpare();
          }
          // How long the page's thread took for each message, for tests and curious people.
          const start = performance.now();
          onMessage(e.data);
          performance.measure('annotator-worker-' + e.data.kind, { start });
          if (toStore && !toStore.stored) { if (storing === toStore) storing = null; toStore = null; w.terminate(); }
        };
        if (port) w.postMessage({ id, text, ref, port }, [port]);
        else if (again) w.postMessage({ id, text, ref, session: saved, op, refFirst });
        else w.postMessage({ id, text, ref });
      }).catch((err) => {
        if (run === mine) { run = null; end(mine); }
        keepSpare();
        onMessage({ kind: 'failed', id, error: String(err) });
      });
    },
  });

  // _store(request, onStored) has the worker of the run that just ended store its session: request
  // is {id, record, open} (see wasm/store.go), or null to end the worker; onStored gets the error
  // as a string, or null once the write has landed.
  let storing = null; // {w, stored}: the worker waiting for _store, and what to do when it has
  // _utf8(bytes, from, to) decodes bytes[from:to], UTF-8: the HTML of a block of a long article,
  // which the page keeps as the bytes the worker sent and decodes as it draws it (wasm/view.go).
  const utf8 = new TextDecoder();
  Object.defineProperty(api, '_utf8', { value: (bytes, from, to) => utf8.decode(bytes.subarray(from, to)) });
  // _placeholders gives the article view's blocks from `from` on, not drawn yet, their heights
  // (heights: a Uint8Array of little-endian uint32s, pixels, one a block), and has observer
  // observe those before `observed` (wasm/view.go): one call from Go for the thousands of
  // blocks of a long article, rather than three each.
  Object.defineProperty(api, '_placeholders', {
    value(observer, view, from, heights, observed) {
      const kids = view.children, h = new DataView(heights.buffer, heights.byteOffset, heights.byteLength);
      for (let k = 0, i = from; 4 * k < h.byteLength; k++, i++) {
        kids[i].style.height = h.getUint32(4 * k, true) + 'px';
        if (i < observed) observer.observe(kids[i]);
      }
    },
  });
  Object.defineProperty(api, '_store', {
    value(request, onStored) {
      const s = storing;
      if (!s || s.stored) { if (onStored) onStored('the worker is gone'); return; }
      if (!request) { storing = null; s.w.terminate(); return; }
      let told = false;
      s.stored = (error) => {
        if (told) return;
        told = true;
        if (storing === s) storing = null;
        s.w.terminate();
        onStored(error);
      };
      s.w.onerror = () => s.stored('the worker failed');
      s.w.postMessage({ kind: 'store', ...request });
    },
  });

  // wasmModule compiles the wasm as its bytes arrive (compileStreaming): from the network when
  // served, from the gzip stream of the embedded copy in dist/annotator.html.
  async function wasmModule() {
    const packed = document.getElementById('annotator-wasm');
    let resp;
    if (packed) {
      const gz = undigits(packed.textContent);
      performance.mark('annotator-start-unpacked');
      const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
      resp = new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
    } else {
      resp = await fetch('annotator.wasm');
      if (!resp.ok) throw new Error('annotator.wasm: HTTP ' + resp.status);
    }
    return WebAssembly.compileStreaming(resp);
  }

  // undigits reads the embedded gzip (see internal/bundle/digits.go): every seven
  // characters are a number in base 125 of six bytes, the most significant first; a shorter last
  // group of n characters holds n-1 bytes. A digit is its character's code less one, and less
  // one more past each of the two left out, CR and "<". The number, below 2^53, is exact in a
  // double; it is cut into two halves of 24 bits.
  function undigits(s) {
    const n = s.length, whole = n - n % 7;
    const out = new Uint8Array(whole / 7 * 6 + Math.max(0, n % 7 - 1));
    let j = 0;
    for (let i = 0; i < n; i += 7) {
      let v = 0;
      const end = Math.min(i + 7, n);
      for (let k = i; k < end; k++) {
        const c = s.charCodeAt(k);
        v = v * 125 + (c - 1 - (c > 13) - (c > 60));
      }
      if (end - i < 7) { // the last group, of n-1 bytes for n digits
        for (let k = end - i - 2; k >= 0; k--) out[j++] = Math.floor(v / 2 ** (8 * k)) % 256;
        break;
      }
      const hi = Math.floor(v / 0x1000000), lo = v - hi * 0x1000000;
      out[j] = hi >> 16; out[j + 1] = hi >> 8; out[j + 2] = hi;
      out[j + 3] = lo >> 16; out[j + 4] = lo >> 8; out[j + 5] = lo;
      j += 6;
    }
    return out;
  }

  // openStorage opens the page's database (wasm/idb.go) while the wasm compiles, so that the
  // browser has it open, and its files read, when the engine asks for the kept articles: the
  // first open of a page's life takes the longest. This connection reads nothing, gives way to
  // any change of version, and is closed once the engine is ready. A database not made yet is
  // left for the engine to make: opening it here makes nothing.
  function openStorage() {
    try {
      const req = indexedDB.open('article-annotator', 1);
      req.onupgradeneeded = () => req.transaction.abort();
      req.onerror = (e) => e.preventDefault();
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => db.close();
        api.ready.then(() => db.close(), () => db.close());
      };
    } catch { /* no storage here; the engine says so */ }
  }

  // The start's steps are marked on the page's timeline ('annotator-start-*', then the Go side's
  // marks and 'annotator-ready'), for benchmarks (cmd/benchbrowser -ready) and curious people.
  performance.mark('annotator-start-script');
  openStorage();
  const go = fewerHashes(new Go());
  wasmModule()
    .then((m) => { performance.mark('annotator-start-compiled'); module = m; return WebAssembly.instantiate(m, go.importObject); })
    .then((instance) => { performance.mark('annotator-start-instantiated'); return go.run(instance); })
    .catch((err) => {
      settle.reject(err);
      const status = document.getElementById('status');
      if (status) status.textContent = 'The annotator could not start: ' + err;
      console.error(err);
    });
})();
