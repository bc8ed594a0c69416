-- Security audit log (tapahtumaloki): sign-ins, failed and held-back sign-ins, sign-outs,
-- refused views and changes to users. Who, what, when and from which address; never a password,
-- never the data of contact persons. Rows are only added, never changed.
create table audit_event (
    id uuid not null,
    occurred_at timestamp(6) with time zone not null,
    username varchar(255),
    action varchar(40) not null,
    subject varchar(255),
    client_address varchar(64),
    primary key (id)
);
create index audit_event_occurred_at on audit_event (occurred_at desc);
