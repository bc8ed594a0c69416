-- An actor is active or archived. An archived actor leaves the public directory and the provider
-- choices; it is kept, with its history, and can be restored.
alter table actor add column status varchar(255) not null default 'ACTIVE';
alter table actor add constraint actor_status_check check (status in ('ACTIVE', 'ARCHIVED'));
alter table actor_aud add column status varchar(255);
alter table actor_aud add constraint actor_aud_status_check check (status in ('ACTIVE', 'ARCHIVED'));
