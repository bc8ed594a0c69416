-- Issue 14, forums and roadmap: agenda items with presenter and length, a forum's agenda
-- template, and whether a meeting's minutes and decisions are public. Agendas are not audited
-- (@NotAudited): Envers's key for a collection of embeddables clashes with the component-path
-- naming; meeting_agenda_item_aud keeps the history from before.
alter table meeting add column minutes_published boolean not null default false;
alter table meeting_aud add column minutes_published boolean;

alter table meeting_agenda_item add column presenter varchar(255);
alter table meeting_agenda_item add column duration_minutes integer;

create table forum_agenda_template (
    position integer not null check ((position>=0)),
    duration_minutes integer,
    forum_id uuid not null references forum (id),
    item varchar(2000) not null,
    presenter varchar(255),
    primary key (forum_id, position)
);
