-- A counsellor can reopen one of her recent lists: the list she works on is the one she opened
-- last, no longer simply the newest. Existing lists were last opened when they were started.

alter table shortlist add column opened_at timestamp(6) with time zone;
update shortlist set opened_at = created_at;
alter table shortlist alter column opened_at set not null;
create index shortlist_owner_opened on shortlist (owner_username, opened_at);
