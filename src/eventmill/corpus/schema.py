"""The DuckDB schema as versioned migrations: each runs once, in order, in its own transaction.

Never edit a migration that has shipped; add the next one. The column lists of the tables are read
back from the database (`Store.schemas`), so the SQL here is the single source of truth.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "tables for articles, events, actors, places, quotes, problems, sources and runs",
        """
CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    inputs VARCHAR,
    backend VARCHAR,          -- 'local:N workers', 'dask:tcp://...'
    eventmill_version VARCHAR,
    config VARCHAR,           -- the settings as JSON
    coded INTEGER,
    failed INTEGER,
    events INTEGER
);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,   -- content hash (eventmill.api.article_id); for unreadable inputs, a hash of the source
    status VARCHAR NOT NULL,  -- 'coded' or 'failed'
    source VARCHAR,           -- where it was first read: path, path:LINE, path@OFFSET, path#N, archive!member
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    published DATE,
    lang VARCHAR,
    chars INTEGER,
    encoding VARCHAR,
    n_events INTEGER,
    n_problems INTEGER,
    run_id INTEGER,
    text VARCHAR              -- the article text; every offset in the other tables points into it
);
CREATE TABLE sources (
    source VARCHAR PRIMARY KEY,  -- every input record seen, including duplicates of a stored article
    article_id VARCHAR NOT NULL,
    run_id INTEGER
);
CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    event_no INTEGER NOT NULL,   -- order in the article
    type VARCHAR NOT NULL,       -- PLOVER type
    modes VARCHAR[],             -- PLOVER modes
    negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN,
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    actor1 VARCHAR, actor1_kind VARCHAR, actor1_country VARCHAR,   -- first actor (ISO alpha-3)
    actor2 VARCHAR, actor2_kind VARCHAR, actor2_country VARCHAR,   -- first recipient
    location VARCHAR, latitude DOUBLE, longitude DOUBLE,
    country VARCHAR,             -- ISO 3166-1 alpha-2 of the location
    admin1 VARCHAR, geo_precision VARCHAR, gid VARCHAR,
    event_date DATE,             -- the event's own date (first day of the month or year when that precise)
    date_precision VARCHAR,      -- day, month, year; NULL when the article gives no date
    date_text VARCHAR,
    dead INTEGER, dead_low INTEGER, dead_high INTEGER,
    injured INTEGER, injured_low INTEGER, injured_high INTEGER,
    size INTEGER, size_low INTEGER, size_high INTEGER,
    attribution VARCHAR,
    json VARCHAR,                -- the full event as `eventmill extract --format json` writes it
    PRIMARY KEY (article_id, event_no)
);
CREATE TABLE actors (
    article_id VARCHAR NOT NULL, mention_no INTEGER NOT NULL,
    start_char INTEGER, end_char INTEGER, text VARCHAR,
    name VARCHAR, kind VARCHAR, country VARCHAR, code VARCHAR, role VARCHAR, generic BOOLEAN,
    PRIMARY KEY (article_id, mention_no)
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, mention_no INTEGER NOT NULL,
    start_char INTEGER, end_char INTEGER, text VARCHAR,
    name VARCHAR, latitude DOUBLE, longitude DOUBLE, country VARCHAR, admin1 VARCHAR,
    precision VARCHAR, feature VARCHAR, gid VARCHAR, confidence DOUBLE,
    PRIMARY KEY (article_id, mention_no)
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, quote_no INTEGER NOT NULL,
    start_char INTEGER, end_char INTEGER, text VARCHAR, direct BOOLEAN, verb VARCHAR,
    speaker_text VARCHAR, speaker VARCHAR, cue VARCHAR,
    PRIMARY KEY (article_id, quote_no)
);
CREATE TABLE problems (
    article_id VARCHAR NOT NULL, problem_no INTEGER NOT NULL,
    source VARCHAR, stage VARCHAR, kind VARCHAR, message VARCHAR,
    PRIMARY KEY (article_id, problem_no)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_country ON events (country);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX actors_name ON actors (name);
CREATE INDEX places_gid ON places (gid);
CREATE INDEX articles_published ON articles (published);
""",
    ),
    (
        2,
        "provenance: the eventmill version and stages that coded each article, each event's score and rule",
        """
ALTER TABLE articles ADD COLUMN eventmill_version VARCHAR;  -- eventmill.__version__ of the run that coded it
ALTER TABLE articles ADD COLUMN stages VARCHAR[];           -- the stage IDs that ran, in order (NULL: coded before)
ALTER TABLE events ADD COLUMN score DOUBLE;                 -- how sure the typer was of the type, in [0, 1]
ALTER TABLE events ADD COLUMN rule VARCHAR;                 -- what decided the type ("rules:<name>", a model)
-- rows stored before: the version is their run's; score and rule are in the JSON of events coded
-- since Event had them (NULL otherwise); which stages ran was never recorded, so stays NULL
UPDATE articles SET eventmill_version = runs.eventmill_version FROM runs WHERE runs.run_id = articles.run_id;
UPDATE events SET score = TRY_CAST(json_extract_string(json, '$.score') AS DOUBLE),
                  rule = json_extract_string(json, '$.rule')
WHERE json IS NOT NULL;
""",
    ),
    (
        3,
        "where each article's publication date came from; each place's confidence on its events",
        """
ALTER TABLE articles ADD COLUMN published_source VARCHAR;  -- metadata, dateline, byline, line, updated, filename, option
ALTER TABLE events ADD COLUMN geo_confidence DOUBLE;       -- how sure the geocoder was of the location, in [0, 1]
""",
    ),
    (
        4,
        "tolls: running totals an article gives ('since 2011, 400,000 have died'), apart from its events",
        """
CREATE TABLE tolls (
    article_id VARCHAR NOT NULL,
    toll_no INTEGER NOT NULL,    -- order in the article
    kind VARCHAR NOT NULL,       -- dead or injured
    value INTEGER, low INTEGER, high INTEGER,
    text VARCHAR, start_char INTEGER, end_char INTEGER,    -- the figure as written
    evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
    PRIMARY KEY (article_id, toll_no)
);
""",
    ),
    (
        5,
        "incidents: one row per real-world incident across articles and languages, each event's incident",
        """
ALTER TABLE events ADD COLUMN incident_id VARCHAR;  -- the incident this event reports (eventmill incidents)
CREATE TABLE incidents (
    incident_id VARCHAR PRIMARY KEY,
    type VARCHAR,                -- PLOVER type of the incident (its reports' commonest incident-role type)
    family VARCHAR,              -- violence, protest, statement, material (resources/xx/incidents.tsv)
    event_date DATE, date_low DATE, date_high DATE,  -- commonest reported date, and the range reported
    country VARCHAR, admin1 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision VARCHAR,
    actors VARCHAR[], recipients VARCHAR[],          -- canonical names, most reported first
    dead_low INTEGER, dead_best INTEGER, dead_high INTEGER,
    injured_low INTEGER, injured_best INTEGER, injured_high INTEGER,  -- best: the lowest figure reported (ACLED)
    n_events INTEGER, n_articles INTEGER,
    n_outlets INTEGER,           -- distinct outlets, near-duplicate articles counted once
    languages VARCHAR[],
    first_seen DATE, last_seen DATE                  -- first and last publication (or storage) date of a report
);
CREATE TABLE incident_reports (  -- one report: the events of one article about one incident
    incident_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    report_no INTEGER NOT NULL,  -- order in the article; 0 is the article's lead report of its family
    family VARCHAR,
    role VARCHAR,                -- incident, or aftermath (arrest, charge, trial) when the report has no incident event
    recalled BOOLEAN,            -- not the article's news: a dated report far from the article's lead
    dup_group VARCHAR,           -- near-duplicate articles (MinHash/LSH over the text) share it
    score DOUBLE,                -- how well it matched the incident when it joined (NULL: it started it)
    countries VARCHAR[],         -- the countries it is blocked by (ISO alpha-2)
    PRIMARY KEY (article_id, report_no)
);
CREATE TABLE incident_words (    -- in how many matched articles each name word appears (the IDF of matching)
    word VARCHAR PRIMARY KEY,
    articles INTEGER
);
CREATE TABLE article_minhash (   -- MinHash signature of each article's text, for near-duplicate detection
    article_id VARCHAR PRIMARY KEY,
    dup_group VARCHAR,
    signature UBIGINT[]
);
CREATE INDEX events_incident ON events (incident_id);
CREATE INDEX reports_incident ON incident_reports (incident_id);
""",
    ),
    (
        6,
        "where each event's location was read: its clause, its sentence, a linked report, the context, the dateline, the focus",
        """
ALTER TABLE events ADD COLUMN location_source VARCHAR;  -- clause, sentence, linked, context, dateline, focus
-- events stored before have it in their JSON when they were coded with the ladder (NULL otherwise)
UPDATE events SET location_source = json_extract_string(json, '$.location_source') WHERE json IS NOT NULL;
""",
    ),
    (
        7,
        "each event's evidence lowercased and stored uncompressed, for the text search of eventmill serve",
        """
-- lower(evidence), filled by Store.write; uncompressed because decompressing a million FSST-compressed
-- sentences cost more than searching them (a text search on 1M events: about 60 ms down to about 25 ms)
ALTER TABLE events ADD COLUMN evidence_folded VARCHAR USING COMPRESSION uncompressed;
UPDATE events SET evidence_folded = lower(evidence) WHERE evidence IS NOT NULL;
""",
    ),
    (
        8,
        "where each event's date was read: its clause, its sentence, a linked report, the sentences before",
        """
ALTER TABLE events ADD COLUMN date_source VARCHAR;  -- clause, sentence, linked, context
UPDATE events SET date_source = json_extract_string(json, '$.date_source') WHERE json IS NOT NULL;
""",
    ),
)

LATEST = MIGRATIONS[-1][0]
