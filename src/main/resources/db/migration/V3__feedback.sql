-- What visitors tell the ecosystem: reports of outdated entries (a task for the entry's update
-- responsible) and feedback on accessibility (for the coordinators). No client data is stored.

create table outdated_report (
    id uuid not null,
    entry_kind varchar(20) not null check (entry_kind in ('SERVICE','ACTOR')),
    entry_id uuid not null,
    entry_name varchar(1000) not null,
    responsible_actor_id uuid references actor (id) on delete set null,
    message varchar(2000) not null,
    reporter_email varchar(255),
    reported_at timestamp(6) with time zone not null,
    handled_at timestamp(6) with time zone,
    handled_by varchar(255),
    primary key (id)
);
create index outdated_report_open on outdated_report (reported_at) where handled_at is null;

create table accessibility_feedback (
    id uuid not null,
    page varchar(1000),
    message varchar(4000) not null,
    reporter_email varchar(255),
    language varchar(2) not null,
    received_at timestamp(6) with time zone not null,
    primary key (id)
);
