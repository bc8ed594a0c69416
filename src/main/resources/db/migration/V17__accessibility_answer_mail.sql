-- An accessibility feedback's answer is e-mailed to the sender when she left an address: when it
-- was sent (null: not sent, as when there was no address or the e-mail is off).
alter table accessibility_feedback
    add column answer_sent_at timestamp(6) with time zone;
