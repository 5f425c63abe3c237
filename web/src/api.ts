// The JSON API's shapes (docs/api.md) and one fetch helper. Every request goes to the same origin.

export interface Summary {
  id: string;
  source_id: string | null;
  date: string | null;
  source: string | null;
  author: string | null;
  title: string | null;
  lang: string | null;
  url: string | null;
  duplicate_of: string | null;
  story: string | null;
  chars: number;
}

export interface SnippetPart { text: string; mark: boolean }
export interface Hit extends Summary { snippet: SnippetPart[]; score: number }
export interface FacetValue { value: string; count: number }
export interface SearchResult {
  query: string;
  total: number;
  limit: number;
  offset: number;
  hits: Hit[];
  facets: Record<string, FacetValue[]>;
}
export interface ArticleList { total: number; limit: number; offset: number; articles: Summary[] }

export interface EntityRef { id: string; name: string; type: string; actor: string | null; title?: string | null; mentions: [number, number][] }
export interface PlaceRef { name: string; country: string | null; lat: number | null; lon: number | null; mentions: [number, number][] }
export interface Quote {
  text: string;
  span: [number, number];
  kind: string;
  speaker: string | null;
  speaker_name: string | null;
  cue: string | null;
  reported_by: string | null;
}
export interface QuoteRow extends Quote { article: string; title: string | null; source: string | null; date: string | null }
export interface Actor { code: string; name: string }
export interface Event {
  source: Actor;
  target: Actor;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number;
  negated: boolean;
  sentence: [number, number];
  place: string | null;
  date: string | null;
  article?: string;
}
export interface Article {
  id: string;
  url: string | null;
  source: string | null;
  section: string | null;
  title: string | null;
  dek: string | null;
  author: string | null;
  date: string | null;
  lang: string | null;
  text: string;
  removed: { text: string; reason: string }[];
  tags: { places: string[]; topics: string[] };
  entities: EntityRef[];
  places: PlaceRef[];
  quotes: Quote[];
  events: Event[];
  duplicate_of: string | null;
  story: string | null;
}

export interface Story {
  id: string;
  title: string | null;
  summary: string | null;
  first: string | null;
  last: string | null;
  articles: string[];
  sources: string[];
  places: string[];
  people: string[];
  storyline: string | null;
  size: number;
  members?: Summary[];
}
export interface StoryList { total: number; sort: string; stories: Story[] }
export interface Storyline { id: string; title: string | null; first: string | null; last: string | null; stories: string[]; articles: string[]; story_details?: Story[] }

export interface EntityRow { id: string; name: string; type: string; actor: string | null; articles: number; mentions: number }
export interface EntityPage extends EntityRow {
  timeline: { period: string; articles: number; mentions: number }[];
  quotes_by: QuoteRow[];
  quotes_about: QuoteRow[];
  cooccurring: EntityRow[];
  recent_articles: Summary[];
}
export interface DyadPoint { period: string; count: number; a_to_b: number; b_to_a: number; goldstein: number; quad_class: number[] }
export interface Dyads { a: string; b: string; bucket: string; series: DyadPoint[] }
export interface Places {
  countries: { country: string; articles: number; mentions: number }[];
  places: { name: string; country: string | null; lat: number | null; lon: number | null; articles: number }[];
}
export interface Stats {
  articles: number; duplicates: number; stories: number; entities: number; quotes: number; events: number;
  places: number; first_date: string | null; last_date: string | null;
}

export class ApiError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, params?: Record<string, string | number | null | undefined>): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  const res = await fetch('/api/' + path + (s ? '?' + s : ''), { headers: { Accept: 'application/json' } });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? res.statusText;
    throw new ApiError(res.status, message);
  }
  return body as T;
}
