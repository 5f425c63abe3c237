// A map of the places the articles mention: countries shaded by articles (shapes from the npm
// package world-countries, projected at build time into dist/countries.json), named places with
// coordinates as dots. Every country is a link to its articles, and the same list is below as text.
import { api, Places } from '../api';
import { h, svg, route, link, fmtNumber } from '../dom';

let shapes: Promise<Record<string, { name: string; d: string }>> | null = null;

export async function map(): Promise<Node> {
  shapes ??= fetch('/countries.json').then((r) => r.json());
  const [world, places] = await Promise.all([shapes, api<Places>('places', { limit: 300 })]);
  const counts = new Map(places.countries.map((c) => [c.country, c.articles]));
  const max = Math.max(1, ...places.countries.map((c) => c.articles));
  const level = (n: number) => (n ? 1 + Math.min(4, Math.floor((Math.log(n) / Math.log(max + 1)) * 5)) : 0);
  const countryShapes = Object.entries(world).map(([iso, c]) => {
    const n = counts.get(iso) ?? 0;
    const path = svg('path', { d: c.d, class: 'country level-' + level(n) }, svg('title', {}, `${c.name}: ${n} article${n === 1 ? '' : 's'}`));
    return n ? svg('a', { href: route('search', { place: iso }), 'aria-label': `${c.name}, ${n} articles` }, path) : path;
  });
  const dots = places.places.filter((p) => p.lat !== null && p.lon !== null).map((p) =>
    svg('a', { href: route('search', { place: p.name }), 'aria-label': `${p.name}, ${p.articles} article${p.articles === 1 ? '' : 's'}` },
      svg('circle', { cx: (p.lon! + 180).toFixed(2), cy: (90 - p.lat!).toFixed(2), r: 0.6 + Math.min(2.4, Math.log10(1 + p.articles)), class: 'place-dot' },
        svg('title', {}, `${p.name}: ${p.articles} article${p.articles === 1 ? '' : 's'}`))));
  return h('section', { class: 'map' },
    h('h1', {}, 'Places'),
    svg('svg', { viewBox: '0 0 360 180', class: 'world', role: 'img', 'aria-label': 'World map of the places the articles mention' }, countryShapes, dots),
    h('h2', {}, 'Countries'),
    h('ol', { class: 'country-list' }, places.countries.map((c) => h('li', {},
      link('search', { place: c.country }, world[c.country]?.name ?? c.country), h('span', { class: 'count' }, ` ${fmtNumber(c.articles)} articles`)))));
}
