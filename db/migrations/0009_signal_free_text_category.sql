ALTER TABLE `signals` ADD `free_text_category` text;--> statement-breakpoint
-- A correction supersedes a signal of the same youth: the foreign key names only the signal, so
-- this is checked here, beside the service's own check, for any SQL.
CREATE TRIGGER `signals_correction_same_youth` BEFORE INSERT ON `signals`
WHEN NEW.`supersedes` IS NOT NULL AND (SELECT `youth_id` FROM `signals` WHERE `id` = NEW.`supersedes`) IS NOT NEW.`youth_id`
BEGIN
	SELECT RAISE(ABORT, 'a correction supersedes a signal of the same youth');
END;
