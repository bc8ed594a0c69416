-- Issue 15, "Search that learns". Search gaps are aggregates only: a normalized query and its
-- counts per month, never a user, session, address or time finer than the month (what is left
-- out entirely is in GapQuery). A query is stored only once some search of it was a gap.
create table search_gap (
    month date not null,
    query varchar(60) not null,
    searches integer not null default 0,
    no_results integer not null default 0,
    refined integer not null default 0,
    not_opened integer not null default 0,
    primary key (month, query)
);

-- Coordinators' search terms: synonyms, abbreviations and "also search for" terms, applied at
-- query time. Never deleted: deactivated instead, and every change is a row of the history.
create table search_term (
    id uuid not null primary key,
    version bigint not null,
    kind varchar(20) not null,
    term varchar(60) not null,
    term_key varchar(60) not null,
    alternatives varchar(400) not null,
    active boolean not null default true,
    created_by varchar(255),
    created_at timestamp with time zone not null,
    updated_by varchar(255),
    updated_at timestamp with time zone not null
);

create unique index search_term_active_unique on search_term (kind, term_key) where active;

create table search_term_history (
    id uuid not null primary key,
    term_id uuid not null references search_term,
    changed_at timestamp with time zone not null,
    changed_by varchar(255),
    change varchar(20) not null,
    old_term varchar(60),
    new_term varchar(60),
    old_alternatives varchar(400),
    new_alternatives varchar(400),
    old_active boolean,
    new_active boolean
);

create index search_term_history_term on search_term_history (term_id, changed_at);
