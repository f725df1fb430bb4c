-- 0002: actor knowledge kept in the store.
-- actor_facts: the corpus memory. Each row is one article's defining mention of a named
--   person ("Indian Defence Minister Rajnath Singh"), with the evidence that taught it.
--   Rows are written with their article, in the same transaction, so re-ingesting an
--   article (a duplicate) never adds a fact twice.
-- user_actors: the rows of the user actor files (--actors) as last loaded, per file.
-- Applied by newsevents.store.migrate inside one transaction.

CREATE TABLE actor_facts (
    name           VARCHAR NOT NULL,
    country        VARCHAR NOT NULL,
    sector         VARCHAR,
    title          VARCHAR,
    article_id     VARCHAR NOT NULL,
    published      DATE NOT NULL,
    mention_text   VARCHAR NOT NULL,
    mention_start  INTEGER NOT NULL,
    mention_end    INTEGER NOT NULL,
    sentence_text  VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    learned_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, mention_start)
);

CREATE INDEX actor_facts_name ON actor_facts (name);

CREATE TABLE user_actors (
    origin     VARCHAR NOT NULL,
    line       INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    aliases    VARCHAR[] NOT NULL,
    country    VARCHAR,
    sector     VARCHAR,
    valid_from DATE,
    valid_to   DATE,
    sha256     VARCHAR NOT NULL,
    loaded_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (origin, line)
);
