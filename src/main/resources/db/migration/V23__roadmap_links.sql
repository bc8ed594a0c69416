-- Issue 14, roadmap links: the meeting decision an action came from (the meeting and the
-- decision's text as it stood when linked, so reordering or rewording the minutes later does not
-- move the link) and the meetings where the action was followed up. Both audited like the action.
alter table roadmap_action add column decided_in_meeting_id uuid references meeting (id) on delete set null;
alter table roadmap_action add column decision varchar(4000);
alter table roadmap_action_aud add column decided_in_meeting_id uuid;
alter table roadmap_action_aud add column decision varchar(4000);

create table roadmap_action_follow_up (
    action_id uuid not null references roadmap_action (id) on delete cascade,
    meeting_id uuid not null references meeting (id) on delete cascade,
    primary key (action_id, meeting_id)
);
create index roadmap_action_follow_up_meeting_idx on roadmap_action_follow_up (meeting_id);
create index roadmap_action_decided_in_idx on roadmap_action (decided_in_meeting_id);

create table roadmap_action_follow_up_aud (
    revtype smallint,
    rev bigint not null references audit_revision,
    action_id uuid not null,
    meeting_id uuid not null,
    primary key (rev, action_id, meeting_id)
);
