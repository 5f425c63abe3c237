// The front page: what the store holds, and its stories (newest or biggest) and storylines.
import { api, StoryList, Stats, Storyline } from '../api';
import { h, link, fmtDate, fmtNumber } from '../dom';

export function storyItem(s: { id: string; title: string | null; first: string | null; last: string | null; size: number; sources: string[] }): HTMLElement {
  return h('li', { class: 'story-item' },
    link('story/' + encodeURIComponent(s.id), undefined, s.title ?? '(untitled story)'),
    h('div', { class: 'meta' },
      `${fmtNumber(s.size)} article${s.size === 1 ? '' : 's'} · ${fmtDate(s.first)} – ${fmtDate(s.last)} · `,
      s.sources.slice(0, 6).join(', ') + (s.sources.length > 6 ? ` and ${s.sources.length - 6} more` : '')));
}

export async function home(params: URLSearchParams): Promise<Node> {
  const sort = params.get('sort') === 'biggest' ? 'biggest' : 'newest';
  const offset = Number(params.get('offset') ?? '0') || 0;
  const [stats, stories, lines] = await Promise.all([
    api<Stats>('stats'),
    api<StoryList>('stories', { sort, limit: 20, offset }),
    api<{ storylines: Storyline[] }>('storylines', { limit: 10 }),
  ]);
  const tabs = h('nav', { class: 'tabs', 'aria-label': 'Sort stories' },
    sort === 'newest' ? h('strong', {}, 'Newest') : link('', { sort: 'newest' }, 'Newest'), ' · ',
    sort === 'biggest' ? h('strong', {}, 'Biggest') : link('', { sort: 'biggest' }, 'Biggest'));
  const more = h('nav', { class: 'pager' },
    offset > 0 ? link('', { sort, offset: Math.max(0, offset - 20) }, '← Newer') : null, ' ',
    offset + 20 < stories.total ? link('', { sort, offset: offset + 20 }, 'More →') : null);
  return h('div', { class: 'home' },
    h('p', { class: 'stats' },
      `${fmtNumber(stats.articles)} articles · ${fmtNumber(stats.stories)} stories · ${fmtNumber(stats.entities)} entities · `,
      `${fmtNumber(stats.quotes)} quotes · ${fmtNumber(stats.events)} events`,
      stats.first_date ? ` · ${fmtDate(stats.first_date)} – ${fmtDate(stats.last_date)}` : ''),
    h('section', {},
      h('h1', {}, 'Stories'), tabs,
      stories.stories.length ? h('ol', { class: 'stories' }, stories.stories.map(storyItem)) : h('p', { class: 'muted' }, 'No stories yet.'),
      more),
    lines.storylines.length ? h('section', {},
      h('h2', {}, 'Storylines'),
      h('ul', {}, lines.storylines.map((l) => h('li', {},
        link('storyline/' + encodeURIComponent(l.id), undefined, l.title ?? l.id),
        h('span', { class: 'meta' }, ` ${l.stories.length} stories · ${fmtDate(l.first)} – ${fmtDate(l.last)}`))))) : null);
}
