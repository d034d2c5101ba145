-- The access log is append-only: the app has no API to change or delete entries, and these
-- triggers refuse it from any SQL as well. Whoever drops them to tamper is caught by the hash
-- chain (`npm run admin -- audit-verify`). Entries must be kept at least 5 years.
CREATE TRIGGER `access_log_no_update` BEFORE UPDATE ON `access_log`
BEGIN
	SELECT RAISE(ABORT, 'access_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `access_log_no_delete` BEFORE DELETE ON `access_log`
BEGIN
	SELECT RAISE(ABORT, 'access_log is append-only');
END;
