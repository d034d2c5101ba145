-- A missing episode's timeline and the disclosure register are records of what happened: the
-- app only inserts (a correction is a new timeline entry), and these triggers refuse changing or
-- deleting a row from any SQL as well.
CREATE TRIGGER `missing_episode_events_no_update` BEFORE UPDATE ON `missing_episode_events`
BEGIN
	SELECT RAISE(ABORT, 'missing_episode_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `missing_episode_events_no_delete` BEFORE DELETE ON `missing_episode_events`
BEGIN
	SELECT RAISE(ABORT, 'missing_episode_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_no_update` BEFORE UPDATE ON `disclosures`
BEGIN
	SELECT RAISE(ABORT, 'disclosures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_no_delete` BEFORE DELETE ON `disclosures`
BEGIN
	SELECT RAISE(ABORT, 'disclosures is append-only');
END;
