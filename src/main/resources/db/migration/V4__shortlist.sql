-- Guidance shortlists (asiakkaan palvelulista): services a counsellor picks for a client, with a
-- note each, shared by an unguessable link until they expire. No client identity is stored:
-- the list has no name or client field, only its owner (the counsellor) and its services.

create table shortlist (
    id uuid not null,
    version bigint not null,
    owner_username varchar(255) not null,
    share_token varchar(64) not null unique,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    primary key (id)
);
create index shortlist_owner on shortlist (owner_username, created_at);

create table shortlist_item (
    id uuid not null,
    shortlist_id uuid not null references shortlist (id) on delete cascade,
    offering_id uuid not null references offering (id) on delete cascade,
    position integer not null,
    note varchar(1000),
    primary key (id),
    unique (shortlist_id, offering_id)
);
