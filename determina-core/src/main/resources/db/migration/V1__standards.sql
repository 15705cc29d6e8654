-- Issue 13: determina's output in PostgreSQL. One row per standard (its current version as JSONB beside the
-- columns data teams filter on), every version kept, the current version's flags one per row, and the inputs:
-- each document processed (by content) and each one that failed.

-- The current version of each standard, upserted by id.
create table standard (
    id                   text primary key,
    region               text,
    kind                 text not null,
    title                text not null,
    eqf_level            smallint,
    total_hours          numeric,
    annex                text,
    determination_number text,
    determination_date   date,
    version              integer not null,
    source_file          text not null,
    source_sha256        text,
    updated_at           timestamptz not null,
    document             jsonb not null
);
create index standard_region on standard (region);

-- Every version of every standard, the current one included: which file (and content) brought it, and when.
create table standard_version (
    standard_id   text not null references standard (id),
    version       integer not null,
    source_file   text not null,
    source_sha256 text,
    recorded_at   timestamptz not null,
    document      jsonb not null,
    primary key (standard_id, version)
);
create index standard_version_sha256 on standard_version (source_sha256);

-- The flags of each standard's current version; field is a JSON Pointer into the standard, page 1-based.
create table flag (
    standard_id text not null references standard (id),
    ordinal     integer not null,
    code        text not null,
    severity    text not null,
    field       text not null,
    page        integer,
    message     text not null,
    primary key (standard_id, ordinal)
);
create index flag_code on flag (code);

-- Each input content processed, once: ok (its standards are in place) or failed (see failure).
create table document (
    sha256       text primary key,
    file         text not null,
    status       text not null check (status in ('ok', 'failed')),
    standards    integer not null,
    processed_at timestamptz not null
);

-- Inputs that could not be converted, with the stable code of ErrorCodes and the message.
create table failure (
    id        bigserial primary key,
    sha256    text unique,
    file      text not null,
    code      text not null,
    message   text not null,
    failed_at timestamptz not null
);
