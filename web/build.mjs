// Builds the web page into web/dist: the TypeScript bundle (esbuild), the HTML and CSS, and the
// world map's country shapes (from the npm package world-countries, projected at build time so
// the page draws them without any tile server or map library).
//
//   node web/build.mjs             build
//   node web/build.mjs --if-stale  build only when a source is newer than web/dist (the set-up
//                                   runs this: a no-op in a few milliseconds when nothing changed)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const require = createRequire(import.meta.url);

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  const stamp = path.join(dist, '.built');
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = Math.max(newest(path.join(here, 'src')), newest(path.join(here, 'static')),
                           fs.statSync(path.join(here, 'build.mjs')).mtimeMs);
  return sources > built;
}

// Country outlines as SVG path data in an equirectangular projection (x = lon + 180,
// y = 90 - lat, so the world is 360 × 180 units), rounded to 0.1 degree and thinned to a point
// every 0.2 degree: ample for a map a page wide, and a small fraction of the package's size. Rings that collapse to under 3 points are dropped.
const MIN_STEP = 0.2;     // degrees between kept points (|dx| + |dy|)
const MIN_ISLAND = 0.04;  // square degrees: smaller islands of a country with several are dropped
function countryShapes() {
  const pkg = path.dirname(require.resolve('world-countries/package.json'));
  const countries = JSON.parse(fs.readFileSync(path.join(pkg, 'countries.json'), 'utf8'));
  const out = {};
  for (const c of countries) {
    const file = path.join(pkg, 'data', c.cca3.toLowerCase() + '.geo.json');
    if (!fs.existsSync(file)) continue;
    const geo = JSON.parse(fs.readFileSync(file, 'utf8'));
    let d = '';
    for (const feature of geo.features) {
      const g = feature.geometry;
      if (!g) continue;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const polygon of polygons) {
        for (const ring of polygon) {
          const pts = [];
          let minX = 360, maxX = 0, minY = 180, maxY = 0;
          for (const [lon, lat] of ring) {
            const x = Math.round((lon + 180) * 10) / 10, y = Math.round((90 - lat) * 10) / 10;
            const last = pts[pts.length - 1];
            if (!last || Math.abs(last[0] - x) + Math.abs(last[1] - y) >= MIN_STEP) pts.push([x, y]);
            minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
          }
          if (pts.length < 3) continue;
          // Islets smaller than a pixel of a page-wide map are left out, unless they are all there is.
          if ((maxX - minX) * (maxY - minY) < MIN_ISLAND && polygons.length > 1) continue;
          d += 'M' + pts.map((p) => p[0] + ' ' + p[1]).join('L') + 'Z';
        }
      }
    }
    if (d) out[c.cca3] = { name: c.name.common, d };
  }
  return out;
}

async function main() {
  if (process.argv.includes('--if-stale') && !stale()) return;
  fs.mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: [path.join(here, 'src', 'main.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    target: ['es2020'],
    outfile: path.join(dist, 'app.js'),
    logLevel: 'warning',
  });
  for (const f of fs.readdirSync(path.join(here, 'static'))) fs.copyFileSync(path.join(here, 'static', f), path.join(dist, f));
  fs.writeFileSync(path.join(dist, 'countries.json'), JSON.stringify(countryShapes()));
  fs.writeFileSync(path.join(dist, '.built'), new Date().toISOString() + '\n');
}

main().catch((e) => {
  console.error('web build: ' + (e && e.message ? e.message : e));
  process.exit(1);
});
