// Entity pages: mentions over time, quotes by and about, co-occurring entities, recent articles;
// and the list of entities.
import { api, EntityPage, EntityRow, QuoteRow } from '../api';
import { h, link, fmtDate, fmtNumber } from '../dom';
import { barChart } from '../charts';

function quoteList(quotes: QuoteRow[], empty: string): Node {
  if (!quotes.length) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'quote-list' }, quotes.map((q) => h('li', {},
    h('blockquote', {}, '“' + q.text + '”'),
    h('div', { class: 'meta' }, '— ', q.speaker_name ?? 'unattributed', ' · ',
      link('article/' + encodeURIComponent(q.article), undefined, q.title ?? 'article'), ` · ${q.source ?? ''} · ${fmtDate(q.date)}`))));
}

export async function entity(id: string): Promise<Node> {
  const e = await api<EntityPage>('entities/' + encodeURIComponent(id));
  const country = e.actor && e.actor.length >= 3 ? e.actor.slice(0, 3) : null;
  return h('section', { class: 'entity' },
    h('h1', {}, e.name, h('span', { class: 'type' }, ' ' + e.type)),
    h('p', { class: 'meta' }, `${fmtNumber(e.articles)} articles · ${fmtNumber(e.mentions)} mentions`,
      e.actor ? ` · CAMEO ${e.actor}` : '', ' · ',
      link('search', { [e.type === 'org' ? 'org' : e.type === 'person' ? 'person' : 'place']: e.name }, 'all articles'),
      country ? [' · ', link('dyads', { a: country, b: country === 'USA' ? 'RUS' : 'USA' }, 'dyad chart')] : null),
    h('h2', {}, 'Mentions over time'),
    e.timeline.length ? [barChart(e.timeline.map((t) => t.period), e.timeline.map((t) => t.articles), `Articles mentioning ${e.name} per month`),
      h('details', {}, h('summary', {}, 'As a table'), h('table', {}, h('tr', {}, h('th', {}, 'Month'), h('th', {}, 'Articles'), h('th', {}, 'Mentions')),
        e.timeline.map((t) => h('tr', {}, h('td', {}, t.period), h('td', {}, t.articles), h('td', {}, t.mentions)))))] : h('p', { class: 'muted' }, 'No dated mentions.'),
    h('div', { class: 'columns' },
      h('section', {}, h('h2', {}, `Quotes by ${e.name}`), quoteList(e.quotes_by, 'None found.')),
      h('section', {}, h('h2', {}, `Quotes about ${e.name}`), quoteList(e.quotes_about, 'None found.'))),
    h('div', { class: 'columns' },
      h('section', {}, h('h2', {}, 'Often mentioned with'),
        h('ul', {}, e.cooccurring.map((c) => h('li', {}, link('entity/' + encodeURIComponent(c.id), undefined, c.name), h('span', { class: 'count' }, ` ${c.type} · ${c.articles} shared`))))),
      h('section', {}, h('h2', {}, 'Recent articles'),
        h('ul', {}, e.recent_articles.map((a) => h('li', {}, h('span', { class: 'date' }, fmtDate(a.date)), ' ',
          link('article/' + encodeURIComponent(a.id), undefined, a.title ?? '(untitled)'), h('span', { class: 'meta' }, ' ' + (a.source ?? ''))))))));
}

export async function entities(params: URLSearchParams): Promise<Node> {
  const type = params.get('type') ?? '';
  const prefix = params.get('prefix') ?? '';
  const offset = Number(params.get('offset') ?? '0') || 0;
  const r = await api<{ entities: EntityRow[] }>('entities', { type, prefix, limit: 50, offset });
  const form = h('form', { class: 'filters' },
    h('label', {}, 'Name starts with ', h('input', { name: 'prefix', value: prefix, type: 'search' })),
    h('label', {}, 'Type ', h('select', { name: 'type' }, ['', 'person', 'org', 'place', 'other'].map((t) =>
      h('option', { value: t, selected: t === type }, t || 'any')))),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    const pf = (form.elements.namedItem('prefix') as HTMLInputElement).value.trim();
    const ty = (form.elements.namedItem('type') as HTMLSelectElement).value;
    if (pf) next.set('prefix', pf);
    if (ty) next.set('type', ty);
    location.hash = '#/entities?' + next.toString();
  });
  return h('section', {}, h('h1', {}, 'Entities'), form,
    h('table', { class: 'entity-table' },
      h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Type'), h('th', {}, 'Actor'), h('th', {}, 'Articles'), h('th', {}, 'Mentions')),
      r.entities.map((e) => h('tr', {}, h('td', {}, link('entity/' + encodeURIComponent(e.id), undefined, e.name)), h('td', {}, e.type),
        h('td', {}, e.actor ?? ''), h('td', {}, fmtNumber(e.articles)), h('td', {}, fmtNumber(e.mentions))))),
    h('nav', { class: 'pager' },
      offset > 0 ? link('entities', { type, prefix, offset: Math.max(0, offset - 50) }, '← Previous') : null, ' ',
      r.entities.length === 50 ? link('entities', { type, prefix, offset: offset + 50 }, 'Next →') : null));
}
