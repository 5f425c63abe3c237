// The dyad chart: cooperation and conflict between two actors over time (CAMEO codes, Goldstein).
import { api, Dyads } from '../api';
import { h, fmtNumber } from '../dom';
import { dyadChart } from '../charts';

export async function dyads(params: URLSearchParams): Promise<Node> {
  const a = (params.get('a') ?? 'USA').toUpperCase();
  const b = (params.get('b') ?? 'RUS').toUpperCase();
  const bucket = params.get('bucket') ?? 'month';
  const form = h('form', { class: 'filters' },
    h('label', {}, 'Actor A ', h('input', { name: 'a', value: a, size: 8, pattern: '[A-Za-z0-9]{1,15}', required: true })),
    h('label', {}, 'Actor B ', h('input', { name: 'b', value: b, size: 8, pattern: '[A-Za-z0-9]{1,15}', required: true })),
    h('label', {}, 'Per ', h('select', { name: 'bucket' }, ['day', 'week', 'month', 'year'].map((x) => h('option', { value: x, selected: x === bucket }, x)))),
    h('button', { type: 'submit' }, 'Draw'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const get = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim().toUpperCase();
    location.hash = '#/dyads?' + new URLSearchParams({ a: get('a'), b: get('b'), bucket: (form.elements.namedItem('bucket') as HTMLSelectElement).value }).toString();
  });
  const d = await api<Dyads>('dyads', { a, b, bucket });
  const total = d.series.reduce((n, p) => n + p.count, 0);
  return h('section', { class: 'dyad' },
    h('h1', {}, `${a} and ${b}: cooperation and conflict`),
    form,
    h('p', { class: 'meta' }, `${fmtNumber(total)} events. Bars: cooperative events above the line (quad classes 1–2), conflictual below (3–4). Line: mean Goldstein score (−10 … +10).`),
    total ? dyadChart(d.series, `Events between ${a} and ${b} per ${bucket}`) : h('p', { class: 'muted' }, 'No events between these actors.'),
    total ? h('table', {}, h('tr', {}, h('th', {}, 'Period'), h('th', {}, 'Events'), h('th', {}, `${a}→${b}`), h('th', {}, `${b}→${a}`),
      h('th', {}, 'Mean Goldstein'), h('th', {}, 'Coop.'), h('th', {}, 'Conflict')),
      d.series.map((p) => h('tr', {}, h('td', {}, p.period), h('td', {}, p.count), h('td', {}, p.a_to_b), h('td', {}, p.b_to_a),
        h('td', {}, p.goldstein.toFixed(2)), h('td', {}, p.quad_class[0] + p.quad_class[1]), h('td', {}, p.quad_class[2] + p.quad_class[3])))) : null);
}
