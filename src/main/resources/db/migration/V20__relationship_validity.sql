-- Issue 14, network: a relationship holds from valid_from to valid_to (both days included); an
-- empty end is open. The network page draws the network as it was on a chosen day.
alter table actor_relationship add column valid_from date;
alter table actor_relationship add column valid_to date;
alter table actor_relationship_aud add column valid_from date;
alter table actor_relationship_aud add column valid_to date;
