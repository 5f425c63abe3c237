// Mozilla Readability (npm @mozilla/readability with jsdom) on the same pages as html_bench, for
// the side-by-side speed figures in docs/benchmarks.md. Used by bench/html-speed.
//
//   node bench/html-speed-readability.js DIR [ROUNDS]
//
// Prints pages/s of parse (JSDOM) + Readability.parse() on one core (node is single-threaded),
// best of ROUNDS passes (default 1: it is slow), CPU time of this process.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = process.argv[2];
const rounds = Number(process.argv[3] || 1);
const files = fs.readdirSync(path.join(dir, "html")).filter((f) => f.endsWith(".html.gz")).sort();
const pages = files.map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, "html", f))).toString("utf8"));
const quiet = new VirtualConsole();
let best = Infinity;
let chars = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = process.cpuUsage();
  for (const html of pages) {
    const dom = new JSDOM(html, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    chars += article && article.textContent ? article.textContent.length : 0;
    dom.window.close();
  }
  const used = process.cpuUsage(t0);
  best = Math.min(best, (used.user + used.system) / 1e6);
}
console.log(`readability.js: pages ${pages.length}, best of ${rounds}: ${best.toFixed(3)} s CPU, ` +
            `${(pages.length / best).toFixed(1)} pages/s (checksum ${chars})`);
