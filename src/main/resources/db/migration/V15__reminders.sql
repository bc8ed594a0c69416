-- Weekly reminders (issue 13, "Review cycle"): the digests sent, one per user, week and kind, so a
-- second run in the same week sends nothing; the entries escalated to the coordinators, once per
-- entry and due date; and the key that signs the reminders' one-click links when none is
-- configured (ekokartta.link-secret), kept here so that links survive restarts and work on every
-- instance that shares the database.
create table reminder_sent (
    user_id uuid not null references app_user (id) on delete cascade,
    week_start date not null,
    kind varchar(20) not null check (kind in ('DIGEST')),
    sent_at timestamp(6) with time zone not null,
    primary key (user_id, week_start, kind)
);

create table review_escalation (
    entry_kind varchar(20) not null check (entry_kind in ('SERVICE','ACTOR')),
    entry_id uuid not null,
    due_date date not null,
    sent_at timestamp(6) with time zone not null,
    primary key (entry_kind, entry_id, due_date)
);

create table link_secret (
    id integer primary key check (id = 1),
    secret bytea not null
);
