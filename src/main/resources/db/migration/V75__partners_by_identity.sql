-- Partners by identity: an organisation may belong to one Party (null: offered to every Party), and a partner
-- row of a measure refers to a registered organisation (null: not registered). V76 links the existing rows.
alter table partner_organisation add column party_id bigint;
alter table partner_organisation add constraint fk_partner_organisation_party foreign key (party_id) references party (id);
alter table measure_partner add column partner_organisation_id bigint;
alter table measure_partner add constraint fk_measure_partner_organisation
    foreign key (partner_organisation_id) references partner_organisation (id);

-- Four eyes: a Party's administrators may let one person do several steps of one submission (small teams).
create table workflow_party_policy (
    party_id                  bigint primary key references party (id),
    same_person_steps_allowed boolean      not null default false,
    changed_by                varchar(100) not null,
    changed_at                timestamp with time zone not null,
    version                   bigint       not null default 0
);
