// An article with its entities, places, quotes and events highlighted in the text and listed
// beside it; and two articles side by side.
import { api, Article } from '../api';
import { h, link, externalLink, fmtDate } from '../dom';
import { renderText, focusMark } from '../highlight';

const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

function header(a: Article): HTMLElement {
  return h('header', {},
    h('h1', {}, a.title ?? '(untitled)'),
    a.dek ? h('p', { class: 'dek' }, a.dek) : null,
    h('p', { class: 'meta' },
      h('span', { class: 'source' }, a.source ?? 'unknown outlet'), ' · ', fmtDate(a.date),
      a.author ? ` · ${a.author}` : '',
      a.story ? [' · ', link('story/' + encodeURIComponent(a.story), undefined, 'story')] : null,
      a.duplicate_of ? [' · copy of ', link('article/' + encodeURIComponent(a.duplicate_of), undefined, 'the original')] : null,
      a.url ? [' · ', externalLink(a.url, 'original page')] : null));
}

function sidebar(a: Article, text: HTMLElement): HTMLElement {
  const groups = new Map<string, Article['entities']>();
  for (const e of a.entities) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  return h('aside', { class: 'annotations', 'aria-label': 'Annotations' },
    h('section', {}, h('h2', {}, `Quotes (${a.quotes.length})`),
      a.quotes.length ? h('ol', { class: 'quotes' }, a.quotes.map((q, i) => h('li', {},
        h('button', { type: 'button', class: 'jump', 'data-jump-quote': String(i), onclick: () => focusMark(text, 'quote', i) }, '“' + q.text + '”'),
        h('div', { class: 'meta' }, '— ',
          q.speaker ? link('entity/' + encodeURIComponent(q.speaker), undefined, q.speaker_name ?? q.speaker) : (q.speaker_name ?? 'unattributed'),
          q.cue ? ` (${q.cue})` : '', q.reported_by ? `, via ${q.reported_by}` : '', ` · ${q.kind}`)))) : h('p', { class: 'muted' }, 'None found.')),
    h('section', {}, h('h2', {}, `Events (${a.events.length})`),
      a.events.length ? h('ol', { class: 'events' }, a.events.map((e, i) => h('li', {},
        h('button', { type: 'button', class: 'jump', onclick: () => focusMark(text, 'event', i) },
          `${e.source.name || e.source.code} → ${e.target.name || e.target.code}`),
        h('div', { class: 'meta' }, `CAMEO ${e.code} · ${QUAD[e.quad_class] ?? ''} · Goldstein ${e.goldstein}`, e.negated ? ' · negated' : '', ' · ',
          link('dyads', { a: e.source.code.slice(0, 3), b: e.target.code.slice(0, 3) }, 'dyad'))))) : h('p', { class: 'muted' }, 'None found.')),
    h('section', {}, h('h2', {}, `Entities (${a.entities.length})`),
      [...groups.entries()].map(([type, list]) => h('div', {}, h('h3', {}, type),
        h('ul', { class: 'entities' }, list.map((e) => h('li', {}, link('entity/' + encodeURIComponent(e.id), undefined, e.name),
          e.actor ? h('span', { class: 'code' }, ' ' + e.actor) : null, h('span', { class: 'count' }, ` ×${e.mentions.length}`))))))),
    a.places.length ? h('section', {}, h('h2', {}, `Places (${a.places.length})`),
      h('ul', {}, a.places.map((p) => h('li', {}, link('search', { place: p.country ?? p.name }, p.name), p.country ? ` (${p.country})` : '')))) : null,
    a.removed.length ? h('details', {}, h('summary', {}, `Removed from the page (${a.removed.length})`),
      h('ul', { class: 'removed' }, a.removed.map((r) => h('li', {}, h('span', { class: 'code' }, r.reason + ': '), r.text)))) : null);
}

export async function article(id: string): Promise<Node> {
  const a = await api<Article>('articles/' + encodeURIComponent(id));
  const text = renderText(a);
  return h('div', { class: 'article-page with-aside' },
    h('article', { class: 'main-col' }, header(a), text),
    sidebar(a, text));
}

export async function compare(params: URLSearchParams): Promise<Node> {
  const ids = [params.get('a'), params.get('b')].filter((x): x is string => !!x);
  const articles = await Promise.all(ids.map((id) => api<Article>('articles/' + encodeURIComponent(id))));
  return h('div', { class: 'compare' }, articles.map((a) => h('article', {}, header(a), renderText(a))));
}
