-- The questions of the current (2020) form on cross-cutting issues (issue 14): whether the measure targets
-- young people, grants preferential treatment to developing countries, promotes gender equality, and which
-- Sustainable Development Goals (vocabulary kind SDG, V131) it contributes to. Measures stored before these
-- questions existed were never asked them: NOT_ANSWERED, not a false NO.
alter table measure add column targets_youth varchar(20) default 'NOT_ANSWERED' not null;
alter table measure add column preferential_treatment varchar(20) default 'NOT_ANSWERED' not null;
alter table measure add column gender_equality varchar(20) default 'NOT_ANSWERED' not null;

create table measure_sdg (
    measure_id bigint      not null references measure (id) on delete cascade,
    code       varchar(60) not null,
    primary key (measure_id, code)
);
