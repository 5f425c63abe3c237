// Building the page's DOM safely. Every piece of text from the store becomes a Text node (never
// innerHTML), so an article containing "<script>" or "<img onerror=…>" shows those characters and
// runs nothing. Attributes are set one by one; links to other sites are allowed only for http(s).

export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === 'class') {
      el.setAttribute('class', String(value));
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs?: Attrs, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

// An outside link: only http and https URLs become links; anything else (javascript:, data:) is text.
export function externalLink(url: string | null, label?: string): Node {
  if (!url) return document.createTextNode('');
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) return document.createTextNode(label ?? url);
  return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? url);
}

// A link inside the page (hash routing): #/route?param=value, every value encoded.
export function route(path: string, params?: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return '#/' + path + (s ? '?' + s : '');
}

export function link(path: string, params: Record<string, string | number | null | undefined> | undefined, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: route(path, params) }, ...children);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function fmtDate(d: string | null): string {
  if (!d) return 'undated';
  return d.length > 10 ? d.slice(0, 10) : d;
}

export function fmtNumber(n: number): string {
  return n.toLocaleString('en-US');
}
