-- HSDS phone and location details of a channel: a phone's extension and type; a place's
-- alternate name, description, external identifier, postal address and accessibility details.
alter table service_channel
    add column phone_extension integer check ((phone_extension>=0)),
    add column phone_type varchar(16) check ((phone_type in ('VOICE','TEXT','FAX','CELL','VIDEO','PAGER','TEXTPHONE'))),
    add column alternate_name varchar(255),
    add column description_fi varchar(10000),
    add column description_sv varchar(10000),
    add column description_en varchar(10000),
    add column external_identifier varchar(255),
    add column external_identifier_type varchar(255),
    add column postal_street_address varchar(255),
    add column postal_postal_code varchar(255),
    add column postal_city varchar(255),
    add column accessibility_details varchar(4000),
    add column accessibility_url varchar(2000);

alter table service_channel_aud
    add column phone_extension integer,
    add column phone_type varchar(16) check ((phone_type in ('VOICE','TEXT','FAX','CELL','VIDEO','PAGER','TEXTPHONE'))),
    add column alternate_name varchar(255),
    add column description_fi varchar(10000),
    add column description_sv varchar(10000),
    add column description_en varchar(10000),
    add column external_identifier varchar(255),
    add column external_identifier_type varchar(255),
    add column postal_street_address varchar(255),
    add column postal_postal_code varchar(255),
    add column postal_city varchar(255),
    add column accessibility_details varchar(4000),
    add column accessibility_url varchar(2000);

-- The extension of a contact's phone (ContactDetails is embedded in these three).
alter table service_contact add column person_phone_extension integer check ((person_phone_extension>=0));
alter table service_contact_aud add column person_phone_extension integer;
alter table actor_contact add column person_phone_extension integer check ((person_phone_extension>=0));
alter table actor_contact_aud add column person_phone_extension integer;
alter table role_assignment add column contact_phone_extension integer check ((contact_phone_extension>=0));
alter table role_assignment_aud add column contact_phone_extension integer;
