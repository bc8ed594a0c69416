-- Opening hours of one date (a holiday, a closed day) beside the weekly rows, and channels
-- served by appointment only.
alter table opening_hours add column exception_date date;
alter table opening_hours_aud add column exception_date date;
alter table service_channel add column by_appointment boolean not null default false;
alter table service_channel_aud add column by_appointment boolean;
