-- One-time links with which a new user sets her password (salasanalinkki). Only the SHA-256 hash
-- of the link's random token is stored, so the table does not give the links away.
create table password_link (
    id uuid not null,
    app_user_id uuid not null references app_user (id) on delete cascade,
    token_hash varchar(64) not null unique,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at timestamp(6) with time zone,
    primary key (id)
);
create index password_link_user on password_link (app_user_id);
