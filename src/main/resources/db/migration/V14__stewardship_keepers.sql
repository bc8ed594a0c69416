-- Stewardship owns who keeps an entry current (issue 13, "Structure" and "Handover").
-- The user named responsible for a service or an actor moves out of the entry's own row into
-- entry_keeper, so the entries (actor, offering) no longer point at user accounts.
create table entry_keeper (
    id uuid not null primary key,
    version bigint not null,
    service_id uuid references offering on delete cascade,
    actor_id uuid references actor on delete cascade,
    user_id uuid not null references app_user,
    constraint entry_keeper_one_entry check ((service_id is null) <> (actor_id is null))
);
create unique index entry_keeper_service on entry_keeper (service_id) where service_id is not null;
create unique index entry_keeper_actor on entry_keeper (actor_id) where actor_id is not null;
create index entry_keeper_user on entry_keeper (user_id);

insert into entry_keeper (id, version, service_id, user_id)
select gen_random_uuid(), 0, id, responsibility_responsible_user_id from offering
where responsibility_responsible_user_id is not null;
insert into entry_keeper (id, version, actor_id, user_id)
select gen_random_uuid(), 0, id, responsibility_responsible_user_id from actor
where responsibility_responsible_user_id is not null;

alter table offering drop column responsibility_responsible_user_id;
alter table offering_aud drop column responsibility_responsible_user_id;
alter table actor drop column responsibility_responsible_user_id;
alter table actor_aud drop column responsibility_responsible_user_id;

-- Each organization's deputy (takes over the entries of a user who leaves) and fallback
-- coordinator (takes them when there is no deputy; without one, every coordinator's queue).
create table organization_keepers (
    actor_id uuid not null primary key references actor on delete cascade,
    version bigint not null,
    deputy_id uuid references app_user,
    fallback_id uuid references app_user
);

-- The coordinators' handover queue: one row per entry that changed hands because its keeper
-- was deactivated or left the organization.
create table handover (
    id uuid not null primary key,
    version bigint not null,
    service_id uuid references offering on delete cascade,
    actor_id uuid references actor on delete cascade,
    from_user_id uuid not null references app_user,
    to_user_id uuid references app_user,
    reason varchar(32) not null check (reason in ('DEACTIVATED', 'LEFT_ORGANIZATION', 'ROLE_CHANGED')),
    happened_at timestamp(6) with time zone not null,
    acknowledged_at timestamp(6) with time zone,
    acknowledged_by varchar(255),
    constraint handover_one_entry check ((service_id is null) <> (actor_id is null))
);
create index handover_open on handover (happened_at) where acknowledged_at is null;
