-- The due date a reminder was last sent for (report module's ReportReminders): one reminder per deadline, a new one
-- when the deadline moves.
alter table periodic_report add column reminder_sent_for date;
