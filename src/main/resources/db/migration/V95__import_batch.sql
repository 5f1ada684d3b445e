-- An import batch can be undone as a whole: which batch brought each record in, and for a record that updated an
-- earlier draft, the draft's version before the update (to restore it)
alter table import_record add column batch_id varchar(36);
alter table import_record add column version_before bigint;
create index ix_import_record_batch on import_record (batch_id);
