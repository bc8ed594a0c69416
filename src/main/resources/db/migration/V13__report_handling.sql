-- Handling of visitors' messages (issue 13, "Reports and feedback").
-- Outdated-information reports become tasks with a status and a handling note. handled_at and
-- handled_by keep their meaning "closed at / by" (FIXED or REJECTED), so every query of open
-- tasks (handled_at is null) still holds OPEN and IN_PROGRESS ones. reply_sent_at records the one
-- reply e-mail to the reporter; language is the one the report was written in (null: Finnish).
alter table outdated_report
    add column status varchar(20) not null default 'OPEN'
        check (status in ('OPEN','IN_PROGRESS','FIXED','REJECTED')),
    add column handling_note varchar(2000),
    add column status_changed_at timestamp(6) with time zone,
    add column status_changed_by varchar(255),
    add column reply_sent_at timestamp(6) with time zone,
    add column language varchar(2);
-- Reports marked handled before statuses existed were fixed.
update outdated_report set status = 'FIXED', status_changed_at = handled_at, status_changed_by = handled_by
    where handled_at is not null;

-- Accessibility feedback must be answered within 14 days (laki digitaalisten palvelujen
-- tarjoamisesta 306/2019): the answer and who gave it when.
alter table accessibility_feedback
    add column answer varchar(4000),
    add column answered_at timestamp(6) with time zone,
    add column answered_by varchar(255);
create index accessibility_feedback_unanswered on accessibility_feedback (received_at) where answered_at is null;
