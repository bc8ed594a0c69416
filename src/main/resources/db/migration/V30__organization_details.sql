-- HSDS 3.1 organization fields (issue 16): legal status, year incorporated, logo, uri, funding,
-- further websites and identifiers other than the Y-tunnus. An organization's own locations are
-- not modelled: an actor has no address of its own, its places are its services' channels.
alter table actor add column legal_status varchar(255);
alter table actor add column year_incorporated integer;
alter table actor add column logo varchar(2000);
alter table actor add column uri varchar(2000);
alter table actor add column funding varchar(2000);

alter table actor_aud add column legal_status varchar(255);
alter table actor_aud add column year_incorporated integer;
alter table actor_aud add column logo varchar(2000);
alter table actor_aud add column uri varchar(2000);
alter table actor_aud add column funding varchar(2000);

create table actor_website (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    actor_id uuid not null references actor,
    label varchar(255),
    url varchar(2000) not null,
    primary key (id)
);
create index actor_website_actor_idx on actor_website (actor_id);

create table actor_website_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    actor_id uuid,
    label varchar(255),
    url varchar(2000),
    primary key (rev, id)
);

create table actor_identifier (
    position integer check ((position>=0)),
    version bigint not null,
    id uuid not null,
    actor_id uuid not null references actor,
    scheme varchar(255),
    type varchar(255),
    identifier varchar(255) not null,
    primary key (id)
);
create index actor_identifier_actor_idx on actor_identifier (actor_id);

create table actor_identifier_aud (
    position integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    id uuid not null,
    actor_id uuid,
    scheme varchar(255),
    type varchar(255),
    identifier varchar(255),
    primary key (rev, id)
);
