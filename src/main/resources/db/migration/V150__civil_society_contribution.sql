-- Civil-society contributions (issue 14): a measure drafted by a civil-society contact for the report's
-- civil-society section belongs to an organisation instead of a ministry. The name is kept with the measure as
-- the public reads it ("Reported by civil society: <name>").
alter table measure add column contributing_organisation_id bigint;
alter table measure add constraint fk_measure_contributing_organisation
    foreign key (contributing_organisation_id) references partner_organisation (id);
alter table measure add column contributing_organisation_name varchar(300);
create index ix_measure_contributing_organisation on measure (contributing_organisation_id);
