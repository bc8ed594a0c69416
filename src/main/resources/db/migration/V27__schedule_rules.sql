-- HSDS 3.1 schedules in full: the period opening hours are valid, their RFC 5545 recurrence beyond
-- every week, a link to the sessions, how one attends and notes. Rows that are not of one date
-- repeat every week, as they always have.
alter table opening_hours
    add column valid_from date,
    add column valid_to date,
    add column frequency varchar(16) check ((frequency in ('WEEKLY','MONTHLY'))),
    add column repeat_interval integer check ((repeat_interval>=1)),
    add column repeat_count integer check ((repeat_count>=1)),
    add column first_date date,
    add column last_date date,
    add column week_start varchar(2),
    add column month_days varchar(255),
    add column week_numbers varchar(255),
    add column year_days varchar(255),
    add column schedule_link varchar(2000),
    add column attending_type varchar(2000),
    add column notes varchar(2000);
update opening_hours set frequency = 'WEEKLY' where exception_date is null;

alter table opening_hours_aud
    add column valid_from date,
    add column valid_to date,
    add column frequency varchar(16) check ((frequency in ('WEEKLY','MONTHLY'))),
    add column repeat_interval integer,
    add column repeat_count integer,
    add column first_date date,
    add column last_date date,
    add column week_start varchar(2),
    add column month_days varchar(255),
    add column week_numbers varchar(255),
    add column year_days varchar(255),
    add column schedule_link varchar(2000),
    add column attending_type varchar(2000),
    add column notes varchar(2000);
