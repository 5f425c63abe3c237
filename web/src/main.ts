// The page's entry: a hash router (#/route/arg?params) that renders one view into <main>, the
// search box in the header, and keyboard shortcuts ("/" focuses search). Everything it shows
// comes from the JSON API of the same server; nothing loads from anywhere else.
import { ApiError } from './api';
import { h, clear } from './dom';
import { home } from './views/home';
import { search } from './views/search';
import { story, storyline } from './views/story';
import { article, compare } from './views/article';
import { entity, entities } from './views/entity';
import { dyads } from './views/dyad';
import { map } from './views/map';

type View = (arg: string, params: URLSearchParams) => Promise<Node>;

const views: Record<string, View> = {
  '': (_a, p) => home(p),
  search: (_a, p) => search(p),
  story: (id) => story(id),
  storyline: (id) => storyline(id),
  article: (id) => article(id),
  compare: (_a, p) => compare(p),
  entity: (id) => entity(id),
  entities: (_a, p) => entities(p),
  dyads: (_a, p) => dyads(p),
  map: () => map(),
};

let generation = 0;

async function render(): Promise<void> {
  const main = document.getElementById('view')!;
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart, query = ''] = hash.split('?', 2);
  const slash = pathPart.indexOf('/');
  const name = slash < 0 ? pathPart : pathPart.slice(0, slash);
  let arg = '';
  try {
    arg = slash < 0 ? '' : decodeURIComponent(pathPart.slice(slash + 1));
  } catch {
    arg = '';
  }
  const params = new URLSearchParams(query);
  const q = document.getElementById('q') as HTMLInputElement;
  if (name === 'search') q.value = params.get('q') ?? '';
  const mine = ++generation;
  main.setAttribute('aria-busy', 'true');
  let content: Node;
  try {
    const view = views[name];
    content = view ? await view(arg, params) : h('p', { class: 'error' }, 'No such page.');
  } catch (e) {
    const message = e instanceof ApiError ? (e.status === 404 ? 'Not found: ' : 'Error: ') + e.message : 'The server could not be reached.';
    content = h('p', { class: 'error', role: 'alert' }, message);
  }
  if (mine !== generation) return;  // a newer navigation finished first
  clear(main);
  main.appendChild(content);
  main.setAttribute('aria-busy', 'false');
  main.setAttribute('data-view', name || 'home');
  const heading = main.querySelector('h1');
  document.title = (heading?.textContent ? heading.textContent + ' — ' : '') + 'Chronicle';
  if (!location.hash.includes('focus=none')) {
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

function start(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const q = document.getElementById('q') as HTMLInputElement;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const words = q.value.trim();
    if (words) location.hash = '#/search?' + new URLSearchParams({ q: words }).toString();
  });
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      q.focus();
      q.select();
    }
  });
  window.addEventListener('hashchange', () => void render());
  void render();
}

start();
