// Search with facets. With words (q) it is full-text search with snippets; with filters only it
// lists the matching articles by date. Facet values are links that add a filter.
import { api, ArticleList, SearchResult, Summary } from '../api';
import { h, link, fmtDate, fmtNumber } from '../dom';

const FILTERS = ['place', 'person', 'org', 'source', 'lang', 'from', 'to'] as const;
const FACET_NAMES: Record<string, string> = { source: 'Outlet', lang: 'Language', place: 'Place', person: 'Person', org: 'Organisation' };
const PAGE = 20;

function current(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['q', ...FILTERS]) {
    const v = params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

function resultItem(s: Summary, snippet?: Node): HTMLElement {
  return h('li', { class: 'hit' },
    link('article/' + encodeURIComponent(s.id), undefined, s.title ?? '(untitled)'),
    h('div', { class: 'meta' }, `${s.source ?? 'unknown outlet'} · ${fmtDate(s.date)}`,
      s.story ? [' · ', link('story/' + encodeURIComponent(s.story), undefined, 'story')] : null,
      s.duplicate_of ? ' · duplicate' : null),
    snippet ?? null);
}

export async function search(params: URLSearchParams): Promise<Node> {
  const p = current(params);
  const offset = Number(params.get('offset') ?? '0') || 0;
  const form = h('form', { class: 'filters', role: 'search' },
    FILTERS.map((k) => h('label', {}, k, h('input', { name: k, value: p[k] ?? '', size: 12, type: k === 'from' || k === 'to' ? 'text' : 'search', placeholder: k === 'from' || k === 'to' ? 'YYYY-MM-DD' : '' }))),
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    if (p.q) next.set('q', p.q);
    for (const k of FILTERS) {
      const v = (form.elements.namedItem(k) as HTMLInputElement).value.trim();
      if (v) next.set(k, v);
    }
    location.hash = '#/search?' + next.toString();
  });

  let total = 0;
  let list: HTMLElement;
  let facets: Node | null = null;
  if (p.q) {
    const r = await api<SearchResult>('search', { ...p, limit: PAGE, offset });
    total = r.total;
    list = h('ol', { class: 'hits', start: offset + 1 }, r.hits.map((hit) =>
      resultItem(hit, h('p', { class: 'snippet' }, hit.snippet.map((part) => (part.mark ? h('mark', {}, part.text) : part.text))))));
    facets = h('aside', { class: 'facets', 'aria-label': 'Facets' },
      Object.entries(r.facets).filter(([, values]) => values.length).map(([name, values]) => h('section', {},
        h('h3', {}, FACET_NAMES[name] ?? name),
        h('ul', {}, values.map((v) => h('li', {},
          p[name === 'org' ? 'org' : name] === v.value ? h('strong', {}, v.value) : link('search', { ...p, [name]: v.value }, v.value),
          h('span', { class: 'count' }, ' ' + fmtNumber(v.count))))))));
  } else if (Object.keys(p).length) {
    const r = await api<ArticleList>('articles', { ...p, limit: PAGE, offset });
    total = r.total;
    list = h('ol', { class: 'hits', start: offset + 1 }, r.articles.map((a) => resultItem(a)));
  } else {
    return h('div', {}, h('h1', {}, 'Search'), h('p', { class: 'muted' }, 'Type words in the search box above, or filter by place, person, outlet or date.'), form);
  }
  const active = Object.entries(p).filter(([k]) => k !== 'q').map(([k, v]) => {
    const without = { ...p };
    delete without[k];
    return h('span', { class: 'chip' }, `${k}: ${v} `, link('search', without, h('span', { 'aria-label': `remove ${k}` }, '×')));
  });
  return h('div', { class: 'search-page' },
    h('h1', {}, p.q ? `“${p.q}”` : 'Articles', h('span', { class: 'count' }, ` ${fmtNumber(total)} found`)),
    active.length ? h('p', { class: 'chips' }, active) : null,
    form,
    h('div', { class: 'with-aside' }, h('div', { class: 'main-col' }, list,
      h('nav', { class: 'pager' },
        offset > 0 ? link('search', { ...p, offset: Math.max(0, offset - PAGE) }, '← Previous') : null, ' ',
        offset + PAGE < total ? link('search', { ...p, offset: offset + PAGE }, 'Next →') : null)),
    facets));
}
