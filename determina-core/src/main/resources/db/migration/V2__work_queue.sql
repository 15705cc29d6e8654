-- Issue 13: what the scanner and workers share. The files waiting for a worker (their bytes as PostgreSQL
-- large objects), and Camel's JDBC idempotent repository (the table and columns JdbcMessageIdRepository uses).

-- A file taken in by a scanner and not yet processed; the worker deletes it with the output's transaction.
create table stored_file (
    sha256    text primary key,
    file      text not null,
    content   oid not null,
    size      bigint not null,
    stored_at timestamptz not null
);

-- Camel's JDBC idempotent repository, per processor: the contents the scanners published (so no content is
-- published twice, whichever scanner took it), the output files the database route of run has read.
create table camel_messageprocessed (
    processorname varchar(255) not null,
    messageid     varchar(1000) not null,
    createdat     timestamp,
    primary key (processorname, messageid)
);
