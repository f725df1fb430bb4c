-- 0001: articles, events, rejects and ingest runs.
-- Applied by newsevents.store.migrate inside one transaction.

CREATE TABLE articles (
    id          VARCHAR PRIMARY KEY,
    date        DATE NOT NULL,
    title       VARCHAR,
    source      VARCHAR,
    url         VARCHAR,
    origin      VARCHAR,
    text        VARCHAR NOT NULL,
    n_chars     INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE events (
    id                VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    type              VARCHAR NOT NULL,
    mode              VARCHAR,
    quad              INTEGER NOT NULL,
    score             DOUBLE NOT NULL,
    source_text       VARCHAR NOT NULL,
    source_country    VARCHAR,
    source_sector     VARCHAR,
    target_text       VARCHAR,
    target_country    VARCHAR,
    target_sector     VARCHAR,
    date              VARCHAR NOT NULL,
    date_precision    VARCHAR NOT NULL,
    date_start        DATE,
    date_end          DATE,
    location_name     VARCHAR,
    location_country  VARCHAR,
    location_lat      DOUBLE,
    location_lon      DOUBLE,
    polarity          VARCHAR NOT NULL,
    modality          VARCHAR NOT NULL,
    claimant_text     VARCHAR,
    claimant_country  VARCHAR,
    claimant_sector   VARCHAR,
    status            VARCHAR NOT NULL,
    evidence_sentence VARCHAR NOT NULL,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    trigger_text      VARCHAR NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    extractor         VARCHAR NOT NULL,
    resolver          VARCHAR NOT NULL,
    created_at        TIMESTAMP NOT NULL
);

CREATE INDEX events_source_country ON events (source_country);
CREATE INDEX events_target_country ON events (target_country);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_article_id ON events (article_id);

CREATE SEQUENCE rejects_id_seq START 1;

CREATE TABLE rejects (
    id          BIGINT PRIMARY KEY DEFAULT nextval('rejects_id_seq'),
    origin      VARCHAR NOT NULL,
    line        INTEGER,
    code        VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    raw         BLOB NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);

CREATE SEQUENCE runs_id_seq START 1;

CREATE TABLE runs (
    id          BIGINT PRIMARY KEY DEFAULT nextval('runs_id_seq'),
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    read        INTEGER NOT NULL,
    stored      INTEGER NOT NULL,
    duplicate   INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    command     VARCHAR NOT NULL
);
