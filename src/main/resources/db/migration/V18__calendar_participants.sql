-- Issue 14 (vuosikello): the actors taking part in a calendar event, beside its organizer, and
-- their history (the event is audited, so is the collection, as forum_member is).
create table calendar_event_participant (
    event_id uuid not null references calendar_event,
    actor_id uuid not null references actor,
    primary key (event_id, actor_id)
);

create index calendar_event_participant_actor on calendar_event_participant (actor_id);

create table calendar_event_participant_aud (
    revtype smallint,
    rev bigint not null references audit_revision,
    event_id uuid not null,
    actor_id uuid not null,
    primary key (rev, event_id, actor_id)
);
