-- 0003: real events linked across articles, and the claims that report them.
-- The sentence-level rows of `events` (one per sentence that codes an event) become
-- `mentions`, unchanged: no row is lost and ids stay the same. The new `events` holds one
-- row per real event; `claims` links each mention to its event with the claimant and the
-- stance (asserted / expected / possible / denied) of that mention. Mentions stored before
-- this migration have no claim yet: the next write (`newsevents ingest` or
-- `newsevents link`) links them.
-- Applied by newsevents.store.migrate inside one transaction.

DROP INDEX events_source_country;
DROP INDEX events_target_country;
DROP INDEX events_type;
DROP INDEX events_date;
DROP INDEX events_article_id;

ALTER TABLE events RENAME TO mentions;

CREATE INDEX mentions_source_country ON mentions (source_country);
CREATE INDEX mentions_target_country ON mentions (target_country);
CREATE INDEX mentions_type ON mentions (type);
CREATE INDEX mentions_date ON mentions (date);
CREATE INDEX mentions_article_id ON mentions (article_id);

CREATE TABLE events (
    id               VARCHAR PRIMARY KEY,
    family           VARCHAR NOT NULL,
    dyad             VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    quad             INTEGER NOT NULL,
    score            DOUBLE NOT NULL,
    source_text      VARCHAR NOT NULL,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    target_text      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    date             VARCHAR NOT NULL,
    date_precision   VARCHAR NOT NULL,
    date_start       DATE NOT NULL,
    date_end         DATE NOT NULL,
    location_name    VARCHAR,
    location_country VARCHAR,
    location_lat     DOUBLE,
    location_lon     DOUBLE,
    n_mentions       INTEGER NOT NULL,
    n_articles       INTEGER NOT NULL,
    n_sources        INTEGER NOT NULL,
    first_seen       DATE NOT NULL,
    last_seen        DATE NOT NULL,
    status           VARCHAR NOT NULL,
    first_mention    VARCHAR NOT NULL,
    linker           VARCHAR NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);

CREATE TABLE claims (
    mention_id   VARCHAR PRIMARY KEY,
    event_id     VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    outlet       VARCHAR,
    published    DATE NOT NULL,
    claimant     VARCHAR NOT NULL,
    claimant_key VARCHAR NOT NULL,
    stance       VARCHAR NOT NULL,
    similarity   DOUBLE NOT NULL,
    linker       VARCHAR NOT NULL,
    linked_at    TIMESTAMP NOT NULL
);

-- How many linked mentions have each evidence word: the linker weighs rare words more.
CREATE TABLE link_words (
    word VARCHAR PRIMARY KEY,
    df   INTEGER NOT NULL
);
