-- An organization can require that its maintainers' new entries are approved (published) by a
-- coordinator; without it a maintainer publishes her organization's drafts herself.
alter table actor add column approval_required boolean not null default false;
alter table actor_aud add column approval_required boolean;

-- Warnings e-mailed before a service's validity ends, one row per warning sent. The validity end
-- is part of the key: when it changes, the warnings for the new date are sent again.
create table validity_warning (
    offering_id uuid not null references offering (id) on delete cascade,
    valid_to date not null,
    days_before integer not null,
    sent_at timestamp(6) with time zone not null,
    primary key (offering_id, valid_to, days_before)
);
