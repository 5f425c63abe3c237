// An article's text with its stand-off annotations drawn in: entities and places (linked),
// quotes and event sentences (marked). The record's spans are UTF-8 byte offsets; JavaScript
// strings count UTF-16 units, so offsets are mapped first. Text is only ever added as Text nodes.
import type { Article } from './api';
import { h, route } from './dom';

// UTF-8 byte offset → UTF-16 index, for every byte offset 0..bytes (an offset inside a code point
// maps to that code point's end, so a bad span can only shrink, never split a character).
export function byteToUtf16(text: string): Uint32Array {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  let u = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const next = u + ch.length;
    map[b] = u;
    for (let k = 1; k < len; k++) map[b + k] = next;
    b += len;
    u = next;
  }
  map[bytes] = u;
  return map;
}

interface Mark {
  start: number;
  end: number;
  kind: 'quote' | 'event' | 'entity' | 'place';
  index: number;  // position in its list (quotes, events, entities, places)
}

// Renders `a.text` into a <div class="article-text">. Quote i's pieces carry data-quote="i", event
// j's data-event="j"; entity mentions are links to the entity's page.
export function renderText(a: Article): HTMLElement {
  const map = byteToUtf16(a.text);
  const at = (b: number) => map[Math.max(0, Math.min(b, map.length - 1))];
  const marks: Mark[] = [];
  const add = (span: [number, number], kind: Mark['kind'], index: number) => {
    const start = at(span[0]);
    const end = at(span[1]);
    if (end > start) marks.push({ start, end, kind, index });
  };
  a.quotes.forEach((q, i) => add(q.span, 'quote', i));
  a.events.forEach((e, i) => add(e.sentence, 'event', i));
  a.entities.forEach((e, i) => e.mentions.forEach((m) => add(m, 'entity', i)));
  a.places.forEach((p, i) => p.mentions.forEach((m) => add(m, 'place', i)));

  const cuts = new Set<number>([0, a.text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const root = h('div', { class: 'article-text', lang: a.lang ?? undefined });
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i];
    const q = points[i + 1];
    const piece = a.text.slice(p, q);
    const active = marks.filter((m) => m.start <= p && m.end >= q);
    if (!active.length) {
      root.appendChild(document.createTextNode(piece));
      continue;
    }
    const quote = active.find((m) => m.kind === 'quote');
    const event = active.find((m) => m.kind === 'event');
    const entity = active.find((m) => m.kind === 'entity');
    const place = active.find((m) => m.kind === 'place');
    const classes: string[] = [];
    if (quote) classes.push('hl-quote');
    if (event) classes.push('hl-event', 'quad-' + a.events[event.index].quad_class);
    if (entity) classes.push('hl-entity', 'ent-' + a.entities[entity.index].type);
    else if (place) classes.push('hl-place');
    let node: HTMLElement;
    if (entity) {
      const e = a.entities[entity.index];
      node = h('a', { href: route('entity/' + encodeURIComponent(e.id)), title: e.name + ' (' + e.type + ')' }, piece);
    } else if (place) {
      const pl = a.places[place.index];
      node = h('a', { href: route('search', { place: pl.country ?? pl.name }), title: pl.name + (pl.country ? ' (' + pl.country + ')' : '') }, piece);
    } else {
      node = h('span', {}, piece);
    }
    node.setAttribute('class', classes.join(' '));
    if (quote) node.setAttribute('data-quote', String(quote.index));
    if (event) node.setAttribute('data-event', String(event.index));
    root.appendChild(node);
  }
  return root;
}

// Marks quote or event `index` as the active one, scrolls to it and moves focus there.
export function focusMark(root: HTMLElement, kind: 'quote' | 'event', index: number): void {
  for (const el of root.querySelectorAll('.active')) el.classList.remove('active');
  const pieces = root.querySelectorAll<HTMLElement>(`[data-${kind}="${index}"]`);
  pieces.forEach((el) => el.classList.add('active'));
  const first = pieces[0];
  if (first) {
    first.setAttribute('tabindex', '-1');
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  }
}
