"""SQLite schema, as an ordered list of migrations recorded in `schema_migrations`.

Migrations only ever append: a released migration is never edited, so any database can be
brought forward from whatever version it is at.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "pages, articles, removals, rejections, minhash index, full-text search",
        """
        CREATE TABLE pages (
            page_id       TEXT PRIMARY KEY,
            raw_sha256    TEXT NOT NULL UNIQUE,
            input_format  TEXT NOT NULL,
            declared_json TEXT NOT NULL DEFAULT '{}',
            article_count INTEGER NOT NULL,
            ingested_at   TEXT NOT NULL
        );
        CREATE TABLE page_locations (
            page_id       TEXT NOT NULL REFERENCES pages(page_id),
            source_path   TEXT NOT NULL,
            locator       TEXT NOT NULL DEFAULT '',
            byte_offset   INTEGER,
            byte_length   INTEGER,
            first_seen_at TEXT NOT NULL,
            PRIMARY KEY (page_id, source_path, locator)
        );
        CREATE TABLE articles (
            rowid                INTEGER PRIMARY KEY,
            article_id           TEXT NOT NULL UNIQUE,
            page_id              TEXT NOT NULL REFERENCES pages(page_id),
            position             INTEGER NOT NULL,
            title                TEXT,
            publisher            TEXT,
            author               TEXT,
            url                  TEXT,
            published_at         TEXT,
            published_at_source  TEXT NOT NULL,
            language             TEXT,
            language_score       REAL,
            word_count           INTEGER NOT NULL,
            text                 TEXT NOT NULL,
            text_sha256          TEXT NOT NULL,
            duplicate_of         TEXT REFERENCES articles(article_id),
            duplicate_kind       TEXT CHECK (duplicate_kind IN ('exact', 'near')),
            duplicate_similarity REAL,
            extras_json          TEXT NOT NULL DEFAULT '{}',
            ingested_at          TEXT NOT NULL
        );
        CREATE INDEX articles_by_text_sha256 ON articles(text_sha256);
        CREATE INDEX articles_by_publisher ON articles(publisher COLLATE NOCASE);
        CREATE INDEX articles_by_published_at ON articles(published_at);
        CREATE INDEX articles_by_duplicate_of ON articles(duplicate_of);
        CREATE TABLE removals (
            article_id TEXT NOT NULL REFERENCES articles(article_id),
            seq        INTEGER NOT NULL,
            rule       TEXT NOT NULL,
            text       TEXT NOT NULL,
            line_no    INTEGER,
            PRIMARY KEY (article_id, seq)
        );
        CREATE TABLE minhash_signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(article_id),
            signature  BLOB NOT NULL
        );
        CREATE TABLE minhash_bands (
            band_key   TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(article_id),
            PRIMARY KEY (band_key, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE rejections (
            source_path   TEXT NOT NULL,
            locator       TEXT NOT NULL DEFAULT '',
            reason        TEXT NOT NULL,
            detail        TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            last_seen_at  TEXT NOT NULL,
            times_seen    INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (source_path, locator, reason)
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """,
    ),
    Migration(
        2,
        "sentences, actors, mentions, quotes, claims",
        """
        CREATE TABLE nlp_state (
            article_id   TEXT PRIMARY KEY REFERENCES articles(article_id),
            version      INTEGER NOT NULL,
            processed_at TEXT NOT NULL
        );
        CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(article_id),
            idx        INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE actors (
            actor_id    INTEGER PRIMARY KEY,
            key         TEXT UNIQUE,
            kind        TEXT NOT NULL CHECK (kind IN
                          ('person', 'organisation', 'government', 'military', 'country', 'place', 'group')),
            name        TEXT NOT NULL,
            country     TEXT,
            first_key   TEXT,
            surname_key TEXT,
            created_at  TEXT NOT NULL
        );
        CREATE INDEX actors_by_surname ON actors(surname_key) WHERE kind = 'person';
        CREATE INDEX actors_by_first ON actors(first_key) WHERE kind = 'person';
        CREATE INDEX actors_by_name ON actors(name COLLATE NOCASE);
        CREATE TABLE actor_roles (
            actor_id   INTEGER NOT NULL REFERENCES actors(actor_id),
            article_id TEXT NOT NULL REFERENCES articles(article_id),
            role       TEXT NOT NULL,
            PRIMARY KEY (actor_id, article_id, role)
        ) WITHOUT ROWID;
        CREATE TABLE actor_evidence (
            actor_id   INTEGER NOT NULL REFERENCES actors(actor_id),
            article_id TEXT NOT NULL REFERENCES articles(article_id),
            evidence   TEXT NOT NULL,
            PRIMARY KEY (actor_id, article_id, evidence)
        ) WITHOUT ROWID;
        CREATE TABLE mentions (
            mention_id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(article_id),
            sentence   INTEGER NOT NULL,
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            text       TEXT NOT NULL,
            label      TEXT NOT NULL,
            actor_id   INTEGER REFERENCES actors(actor_id)
        );
        CREATE INDEX mentions_by_article ON mentions(article_id, start);
        CREATE INDEX mentions_by_actor ON mentions(actor_id);
        CREATE TABLE quotes (
            quote_id         INTEGER PRIMARY KEY,
            article_id       TEXT NOT NULL REFERENCES articles(article_id),
            sentence         INTEGER NOT NULL,
            kind             TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'fragment')),
            start            INTEGER NOT NULL,
            end              INTEGER NOT NULL,
            text             TEXT NOT NULL,
            cue              TEXT,
            cue_start        INTEGER,
            cue_end          INTEGER,
            speaker_text     TEXT,
            speaker_start    INTEGER,
            speaker_end      INTEGER,
            speaker_actor_id INTEGER REFERENCES actors(actor_id)
        );
        CREATE INDEX quotes_by_article ON quotes(article_id, start);
        CREATE INDEX quotes_by_speaker ON quotes(speaker_actor_id);
        CREATE TABLE claims (
            claim_id        INTEGER PRIMARY KEY,
            article_id      TEXT NOT NULL REFERENCES articles(article_id),
            sentence        INTEGER NOT NULL,
            value           REAL NOT NULL,
            value_text      TEXT NOT NULL,
            counted         TEXT NOT NULL,
            start           INTEGER NOT NULL,
            end             INTEGER NOT NULL,
            source_text     TEXT,
            source_actor_id INTEGER REFERENCES actors(actor_id)
        );
        CREATE INDEX claims_by_article ON claims(article_id);
        """,
    ),
    Migration(
        3,
        "event reports, merged into events across articles",
        """
        CREATE TABLE event_reports (
            report_id            INTEGER PRIMARY KEY,
            event_id             TEXT NOT NULL,
            article_id           TEXT NOT NULL REFERENCES articles(article_id),
            sentence             INTEGER NOT NULL,
            start                INTEGER NOT NULL,
            end                  INTEGER NOT NULL,
            trigger_text         TEXT NOT NULL,
            plover_type          TEXT NOT NULL,
            plover_mode          TEXT,
            acled_event_type     TEXT,
            acled_sub_event_type TEXT,
            actor1_id            INTEGER REFERENCES actors(actor_id),
            actor1_name          TEXT,
            actor1_country       TEXT,
            actor1_kind          TEXT,
            actor2_id            INTEGER REFERENCES actors(actor_id),
            actor2_name          TEXT,
            actor2_country       TEXT,
            actor2_kind          TEXT,
            location_name        TEXT,
            admin1               TEXT,
            country              TEXT,
            lat                  REAL,
            lon                  REAL,
            geonameid            INTEGER,
            location_precision   TEXT,
            date                 TEXT,
            date_precision       TEXT,
            date_expression      TEXT,
            date_anchor          TEXT,
            fatalities           INTEGER,
            fatalities_min       INTEGER,
            fatalities_max       INTEGER,
            injured              INTEGER,
            confidence           REAL NOT NULL,
            evidence_json        TEXT NOT NULL
        );
        CREATE INDEX event_reports_by_event ON event_reports(event_id);
        CREATE INDEX event_reports_by_article ON event_reports(article_id);
        CREATE INDEX event_reports_by_type_date ON event_reports(plover_type, date);
        """,
    ),
    Migration(
        4,
        "the rules version and outcome of each analysis, the rules version of each event report",
        """
        ALTER TABLE nlp_state ADD COLUMN rules_version TEXT;
        ALTER TABLE nlp_state ADD COLUMN outcome TEXT NOT NULL DEFAULT 'analysed'
            CHECK (outcome IN ('analysed', 'failed', 'skipped'));
        ALTER TABLE event_reports ADD COLUMN rules_version TEXT;
        CREATE INDEX nlp_state_by_rules ON nlp_state(rules_version);
        """,
    ),
    Migration(
        5,
        "events as rows kept at write time (reads need no window over all reports); claims on articles being analysed",
        """
        CREATE TABLE events (
            event_key    TEXT PRIMARY KEY,
            shown_report INTEGER NOT NULL,
            sort_date    TEXT NOT NULL
        );
        CREATE INDEX events_by_date ON events(sort_date DESC, event_key);
        CREATE INDEX events_by_report ON events(shown_report);
        CREATE INDEX event_reports_by_country ON event_reports(country);
        CREATE INDEX event_reports_by_actor1 ON event_reports(actor1_id);
        CREATE INDEX event_reports_by_actor2 ON event_reports(actor2_id);
        CREATE INDEX event_reports_by_place ON event_reports(lat, lon);
        CREATE TABLE analysis_claims (
            article_id TEXT PRIMARY KEY REFERENCES articles(article_id),
            claimant   TEXT NOT NULL,
            claimed_at TEXT NOT NULL
        );
        INSERT INTO events (event_key, shown_report, sort_date)
        SELECT event_id, report_id, COALESCE(date, '') FROM (
            SELECT event_id, report_id, date,
                   ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY confidence DESC, report_id) AS rank
            FROM event_reports)
        WHERE rank = 1;
        """,
    ),
    Migration(
        6,
        "stories: articles grouped by the real-world event they report, with the index that groups new ones",
        """
        CREATE TABLE stories (
            story_id    INTEGER PRIMARY KEY,
            title       TEXT,
            first_day   TEXT,
            last_day    TEXT,
            articles    INTEGER NOT NULL,
            vector_json TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE INDEX stories_by_last_day ON stories(last_day);
        CREATE TABLE story_articles (
            article_id  TEXT PRIMARY KEY REFERENCES articles(article_id),
            story_id    INTEGER NOT NULL REFERENCES stories(story_id),
            score       REAL NOT NULL,
            opened      INTEGER NOT NULL,
            assigned_at TEXT NOT NULL
        );
        CREATE INDEX story_articles_by_story ON story_articles(story_id);
        CREATE TABLE story_lease (
            name       TEXT PRIMARY KEY,
            holder     TEXT NOT NULL,
            taken_at   TEXT NOT NULL
        );
        CREATE TABLE story_terms (
            term      TEXT PRIMARY KEY,
            documents INTEGER NOT NULL
        );
        """,
    ),
    Migration(
        7,
        "an article's actor roles and evidence found by the article: replacing an article's analysis"
        " scanned both tables whole, a cost that grew with the store",
        """
        CREATE INDEX IF NOT EXISTS actor_roles_by_article ON actor_roles(article_id);
        CREATE INDEX IF NOT EXISTS actor_evidence_by_article ON actor_evidence(article_id);
        """,
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
