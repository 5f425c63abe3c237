// Small SVG charts drawn by hand (no chart library): a bar chart over periods, the dyad chart of
// cooperation and conflict, and a timeline of dated items. Each chart comes with a table or a
// list of links beside it, so everything it shows is also reachable with a keyboard and a reader.
import { svg, h } from './dom';
import type { DyadPoint } from './api';

const W = 720;
const H = 220;
const PAD = { left: 40, right: 40, top: 12, bottom: 28 };

function axisLabels(periods: string[], x: (i: number) => number): SVGElement[] {
  const out: SVGElement[] = [];
  const step = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % step !== 0 && i !== periods.length - 1) return;
    out.push(svg('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'axis' }, p));
  });
  return out;
}

export function barChart(periods: string[], values: number[], label: string): SVGElement {
  const max = Math.max(1, ...values);
  const n = Math.max(1, periods.length);
  const bw = (W - PAD.left - PAD.right) / n;
  const x = (i: number) => PAD.left + bw * i + bw / 2;
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const bars = values.map((v, i) =>
    svg('rect', { x: PAD.left + bw * i + bw * 0.1, y: y(v), width: Math.max(1, bw * 0.8), height: H - PAD.bottom - y(v), class: 'bar' },
      svg('title', {}, `${periods[i]}: ${v}`)));
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label },
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom, class: 'axis-line' }),
    svg('text', { x: 4, y: PAD.top + 8, class: 'axis' }, String(max)),
    bars, axisLabels(periods, x));
}

// Cooperation (quad classes 1–2) above the axis, conflict (3–4) below; the line is the mean
// Goldstein score of the period on its own scale (−10 … +10, right-hand axis).
export function dyadChart(series: DyadPoint[], label: string): SVGElement {
  const n = Math.max(1, series.length);
  const coop = series.map((p) => p.quad_class[0] + p.quad_class[1]);
  const conflict = series.map((p) => p.quad_class[2] + p.quad_class[3]);
  const max = Math.max(1, ...coop, ...conflict);
  const mid = PAD.top + (H - PAD.top - PAD.bottom) / 2;
  const half = (H - PAD.top - PAD.bottom) / 2;
  const bw = (W - PAD.left - PAD.right) / n;
  const x = (i: number) => PAD.left + bw * i + bw / 2;
  const parts: SVGElement[] = [];
  series.forEach((p, i) => {
    const up = (coop[i] / max) * half;
    const down = (conflict[i] / max) * half;
    parts.push(svg('rect', { x: PAD.left + bw * i + bw * 0.15, y: mid - up, width: Math.max(1, bw * 0.7), height: up, class: 'coop' },
      svg('title', {}, `${p.period}: ${coop[i]} cooperative`)));
    parts.push(svg('rect', { x: PAD.left + bw * i + bw * 0.15, y: mid, width: Math.max(1, bw * 0.7), height: down, class: 'conflict' },
      svg('title', {}, `${p.period}: ${conflict[i]} conflictual`)));
  });
  const gy = (g: number) => mid - (g / 10) * half;
  const line = series.map((p, i) => (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + gy(p.goldstein).toFixed(1)).join('');
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart dyad', role: 'img', 'aria-label': label },
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: mid, y2: mid, class: 'axis-line' }),
    svg('text', { x: 4, y: PAD.top + 8, class: 'axis' }, String(max)),
    svg('text', { x: 4, y: H - PAD.bottom, class: 'axis' }, String(max)),
    svg('text', { x: W - PAD.right + 4, y: PAD.top + 8, class: 'axis' }, '+10'),
    svg('text', { x: W - PAD.right + 4, y: H - PAD.bottom, class: 'axis' }, '−10'),
    parts,
    series.length ? svg('path', { d: line, class: 'goldstein' }) : null,
    series.map((p, i) => svg('circle', { cx: x(i), cy: gy(p.goldstein), r: 3, class: 'goldstein-dot' },
      svg('title', {}, `${p.period}: mean Goldstein ${p.goldstein.toFixed(2)}`))),
    axisLabels(series.map((p) => p.period), x));
}

// Dated items on one line, earliest left; each item is a link (keyboard reachable).
export function timeline(items: { date: string | null; label: string; href: string }[], label: string): Element {
  const dated = items.filter((i) => i.date);
  if (!dated.length) return h('p', { class: 'muted' }, 'No dated articles.');
  const times = dated.map((i) => Date.parse(i.date!.slice(0, 10)));
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const span = Math.max(1, hi - lo);
  // Items of the same day are stacked upwards, so that none hides another (a wire story and its
  // copies often share a day).
  const seen = new Map<number, number>();
  const level = times.map((t) => {
    const k = seen.get(t) ?? 0;
    seen.set(t, k + 1);
    return k;
  });
  const STACK = 14;
  const base = 30 + STACK * Math.max(...level);
  const th = base + 40;
  const x = (t: number) => PAD.left + ((t - lo) / span) * (W - PAD.left - PAD.right);
  return svg('svg', { viewBox: `0 0 ${W} ${th}`, class: 'chart timeline', role: 'img', 'aria-label': label },
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: base, y2: base, class: 'axis-line' }),
    dated.map((item, i) => svg('a', { href: item.href },
      svg('circle', { cx: x(times[i]), cy: base - STACK * level[i], r: 6, class: 'tl-dot' }, svg('title', {}, `${item.date!.slice(0, 10)} ${item.label}`)))),
    svg('text', { x: PAD.left, y: base + 30, 'text-anchor': 'start', class: 'axis' }, dated.map((d) => d.date!).sort()[0].slice(0, 10)),
    svg('text', { x: W - PAD.right, y: base + 30, 'text-anchor': 'end', class: 'axis' }, dated.map((d) => d.date!).sort().slice(-1)[0].slice(0, 10)));
}
