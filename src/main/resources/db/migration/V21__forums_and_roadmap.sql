-- Issue 14, forums and roadmap: agenda items with presenter and length, a forum's agenda
-- template, and whether a meeting's minutes and decisions are public.
alter table meeting add column minutes_published boolean not null default false;
alter table meeting_aud add column minutes_published boolean;

alter table meeting_agenda_item add column presenter varchar(255);
alter table meeting_agenda_item add column duration_minutes integer;
alter table meeting_agenda_item_aud add column presenter varchar(255);
alter table meeting_agenda_item_aud add column duration_minutes integer;
-- An item whose presenter or length changes is audited as removed and added at the same
-- position with the same title; the old key (without the nullable presenter) cannot hold both.
alter table meeting_agenda_item_aud drop constraint meeting_agenda_item_aud_pkey;
create index meeting_agenda_item_aud_rev on meeting_agenda_item_aud (meeting_id, rev);

create table forum_agenda_template (
    position integer not null check ((position>=0)),
    duration_minutes integer,
    forum_id uuid not null references forum (id),
    item varchar(2000) not null,
    presenter varchar(255),
    primary key (forum_id, position)
);

create table forum_agenda_template_aud (
    position integer not null,
    duration_minutes integer,
    revtype smallint,
    rev bigint not null references audit_revision,
    forum_id uuid not null,
    item varchar(2000) not null,
    presenter varchar(255)
);
create index forum_agenda_template_aud_rev on forum_agenda_template_aud (forum_id, rev);
