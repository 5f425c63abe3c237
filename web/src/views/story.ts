// A story: its summary, its timeline, its sources, and its articles (any two side by side).
import { api, Story, Storyline } from '../api';
import { h, link, route, fmtDate } from '../dom';
import { timeline } from '../charts';
import { storyItem } from './home';

export async function story(id: string): Promise<Node> {
  const s = await api<Story>('stories/' + encodeURIComponent(id));
  const members = s.members ?? [];
  const bySource = new Map<string, number>();
  for (const m of members) bySource.set(m.source ?? 'unknown', (bySource.get(m.source ?? 'unknown') ?? 0) + 1);
  return h('article', { class: 'story' },
    h('h1', {}, s.title ?? '(untitled story)'),
    h('p', { class: 'meta' }, `${s.size} article${s.size === 1 ? '' : 's'} · ${fmtDate(s.first)} – ${fmtDate(s.last)}`,
      s.storyline ? [' · ', link('storyline/' + encodeURIComponent(s.storyline), undefined, 'storyline')] : null),
    s.summary ? h('p', { class: 'summary' }, s.summary) : null,
    h('h2', {}, 'Timeline'),
    timeline(members.map((m) => ({ date: m.date, label: `${m.source ?? ''}: ${m.title ?? ''}`, href: route('article/' + encodeURIComponent(m.id)) })), 'Articles of the story over time'),
    h('div', { class: 'columns' },
      h('section', {}, h('h2', {}, 'Sources'),
        h('ul', { class: 'sources' }, [...bySource.entries()].map(([src, n]) => h('li', {}, link('search', { source: src }, src), ` (${n})`)))),
      s.people.length ? h('section', {}, h('h2', {}, 'People'), h('ul', {}, s.people.map((p) => h('li', {}, link('search', { person: p }, p))))) : null,
      s.places.length ? h('section', {}, h('h2', {}, 'Places'), h('ul', {}, s.places.map((p) => h('li', {}, link('search', { place: p }, p))))) : null),
    h('h2', {}, 'Articles'),
    h('ol', { class: 'members' }, members.map((m, i) => h('li', {},
      h('span', { class: 'date' }, fmtDate(m.date)), ' ',
      h('span', { class: 'source' }, m.source ?? 'unknown outlet'), ' — ',
      link('article/' + encodeURIComponent(m.id), undefined, m.title ?? '(untitled)'),
      m.duplicate_of ? h('span', { class: 'muted' }, ' (copy)') : null,
      i > 0 ? [' · ', link('compare', { a: members[0].id, b: m.id }, 'side by side with the first')] : null))));
}

export async function storyline(id: string): Promise<Node> {
  const l = await api<Storyline>('storylines/' + encodeURIComponent(id));
  return h('section', { class: 'storyline' },
    h('h1', {}, l.title ?? '(untitled storyline)'),
    h('p', { class: 'meta' }, `${l.stories.length} stories · ${l.articles.length} articles · ${fmtDate(l.first)} – ${fmtDate(l.last)}`),
    h('ol', { class: 'stories' }, (l.story_details ?? []).map(storyItem)));
}
