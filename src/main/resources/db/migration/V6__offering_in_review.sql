-- A maintainer's draft can be submitted for a coordinator's review before it is published.
alter table offering drop constraint offering_status_check;
alter table offering add constraint offering_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
alter table offering_aud drop constraint offering_aud_status_check;
alter table offering_aud add constraint offering_aud_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
