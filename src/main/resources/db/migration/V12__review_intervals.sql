-- Review cycle (issue 13). An organization's default review interval, used by the entries of it
-- and of the units under it that do not set their own; null: the nearest organization above
-- decides, else 12 months. Set by coordinators.
alter table actor add column default_review_interval_months integer;
alter table actor_aud add column default_review_interval_months integer;

-- Who last re-assured an actor ("Tiedot ovat ajan tasalla"), as offering.assurer does for a
-- service (HSDS assurer_email). The day is responsibility_last_reviewed.
alter table actor add column assurer varchar(255);
alter table actor_aud add column assurer varchar(255);
