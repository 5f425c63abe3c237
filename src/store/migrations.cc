#include "store/migrations.h"

namespace chronicle::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "articles, removed blocks, tags, annotations, site line statistics, full-text index", R"SQL(
CREATE TABLE articles (
  rowid        INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  source_id    TEXT NOT NULL DEFAULT '',
  origin       TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  section      TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  dek          TEXT NOT NULL DEFAULT '',
  author       TEXT NOT NULL DEFAULT '',
  date         TEXT NOT NULL DEFAULT '',
  lang         TEXT NOT NULL DEFAULT '',
  text         TEXT NOT NULL,
  duplicate_of TEXT NOT NULL DEFAULT '',
  story        TEXT NOT NULL DEFAULT '',
  extra_json   TEXT NOT NULL DEFAULT '',
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX articles_by_date ON articles(date);
CREATE INDEX articles_by_source ON articles(source);
CREATE INDEX articles_by_story ON articles(story);
CREATE INDEX articles_by_source_id ON articles(source_id);

CREATE TABLE removed (
  article INTEGER NOT NULL, ord INTEGER NOT NULL, reason TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (article, ord)) WITHOUT ROWID;

-- Key columns first: SQLite 3.40's integrity_check misreports NOT NULL columns that sit between
-- the key columns of a WITHOUT ROWID table (StoreTest.AFailedBatchLeavesNothingAndKeepsEarlierBatches).
CREATE TABLE tags (
  article INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (article, kind, ord)) WITHOUT ROWID;
CREATE INDEX tags_by_value ON tags(kind, value);

CREATE TABLE entities (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE TABLE entity_mentions (
  article INTEGER NOT NULL, entity TEXT NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL DEFAULT '', mentions TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (article, ord)) WITHOUT ROWID;
CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity);

CREATE TABLE places (
  article INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL DEFAULT '',
  lat REAL, lon REAL, mentions TEXT NOT NULL,
  PRIMARY KEY (article, ord)) WITHOUT ROWID;
CREATE INDEX places_by_country ON places(country);
CREATE INDEX places_by_name ON places(name);

CREATE TABLE quotes (
  article INTEGER NOT NULL, ord INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  kind TEXT NOT NULL, speaker TEXT NOT NULL DEFAULT '', speaker_name TEXT NOT NULL DEFAULT '',
  cue TEXT NOT NULL DEFAULT '', reported_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (article, ord)) WITHOUT ROWID;
CREATE INDEX quotes_by_speaker ON quotes(speaker);

CREATE TABLE events (
  article INTEGER NOT NULL, ord INTEGER NOT NULL,
  source_code TEXT NOT NULL, source_name TEXT NOT NULL, target_code TEXT NOT NULL, target_name TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  negated INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  place TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (article, ord)) WITHOUT ROWID;
CREATE INDEX events_by_dyad ON events(source_code, target_code);
CREATE INDEX events_by_root ON events(root);

CREATE TABLE sites (site TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE site_lines (
  site TEXT NOT NULL, line INTEGER NOT NULL, pages INTEGER NOT NULL,
  PRIMARY KEY (site, line)) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2');

CREATE TABLE runs (
  id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, inputs TEXT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'running');
)SQL"},
      {2, "stories, storylines and related articles from the index stage", R"SQL(
CREATE TABLE stories (
  id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',
  first TEXT NOT NULL DEFAULT '', last TEXT NOT NULL DEFAULT '', storyline TEXT NOT NULL DEFAULT '',
  sources TEXT NOT NULL DEFAULT '[]', places TEXT NOT NULL DEFAULT '[]', people TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;
CREATE INDEX stories_by_storyline ON stories(storyline);
CREATE TABLE storylines (
  id TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '', first TEXT NOT NULL DEFAULT '', last TEXT NOT NULL DEFAULT '');
CREATE TABLE related (
  article TEXT NOT NULL, rank INTEGER NOT NULL, related TEXT NOT NULL, score REAL NOT NULL,
  PRIMARY KEY (article, rank)) WITHOUT ROWID;
)SQL"},
      {3, "the index stage's saved state (its active window), so that the next ingest continues it", R"SQL(
CREATE TABLE index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, documents INTEGER NOT NULL,
  current_day INTEGER NOT NULL, df_buckets INTEGER NOT NULL, generation INTEGER NOT NULL);
CREATE TABLE index_terms (bucket INTEGER PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE index_signatures (
  seq INTEGER PRIMARY KEY, article TEXT NOT NULL, root TEXT NOT NULL, story TEXT NOT NULL, day INTEGER NOT NULL,
  exact INTEGER NOT NULL, simhash INTEGER NOT NULL, shingles INTEGER NOT NULL, minhash BLOB NOT NULL);
CREATE TABLE index_stories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, state BLOB NOT NULL);
CREATE TABLE index_profiles (
  seq INTEGER PRIMARY KEY, story TEXT NOT NULL, storyline TEXT NOT NULL, central TEXT NOT NULL, title TEXT NOT NULL,
  first TEXT NOT NULL, last TEXT NOT NULL, last_day INTEGER NOT NULL, terms BLOB NOT NULL);
CREATE INDEX index_profiles_by_story ON index_profiles(story);
CREATE TABLE index_storylines (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, last_day INTEGER NOT NULL
) WITHOUT ROWID;
)SQL"},
      {4, "dates named in the text, where a quote's speaker and cue verb stand, and stories listed from an index", R"SQL(
CREATE TABLE dates (
  article INTEGER NOT NULL, ord INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  iso TEXT NOT NULL, relative INTEGER NOT NULL,
  PRIMARY KEY (article, ord)) WITHOUT ROWID;
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN cue_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN cue_end INTEGER NOT NULL DEFAULT 0;
-- Story lists group articles by story with their last date: this index covers that query (a
-- 110,930-article store: 784 ms -> 28 ms), and serves every lookup the old one on story did.
DROP INDEX articles_by_story;
CREATE INDEX articles_by_story_date ON articles(story, date);
)SQL"},
  };
  return kMigrations;
}

}  // namespace chronicle::store
