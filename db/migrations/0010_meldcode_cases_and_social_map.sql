CREATE TABLE `meldcode_case_log` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`step` integer,
	`text` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `meldcode_cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_case_log_case_idx` ON `meldcode_case_log` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `meldcode_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`suspicion` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`opened_at` text NOT NULL,
	`opened_by` text NOT NULL,
	`closed_at` text,
	`closed_by` text,
	`close_reason` text NOT NULL,
	`signals` text NOT NULL,
	`conversation` text,
	`weighing` text,
	`decision_answers` text,
	`updated_at` text NOT NULL,
	`last_activity_at` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`opened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_cases_youth_idx` ON `meldcode_cases` (`youth_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `meldcode_cases_open_idx` ON `meldcode_cases` (`youth_id`) WHERE "meldcode_cases"."status" = 'open';--> statement-breakpoint
CREATE TABLE `meldcode_consultations` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`held_on` text NOT NULL,
	`consultant_kind` text NOT NULL,
	`with_whom` text NOT NULL,
	`anonymous` integer NOT NULL,
	`questions` text NOT NULL,
	`advice` text NOT NULL,
	`agreements` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `meldcode_cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_consultations_case_idx` ON `meldcode_consultations` (`case_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `meldcode_countersignatures` (
	`id` text PRIMARY KEY NOT NULL,
	`decision_id` text NOT NULL,
	`signed_at` text NOT NULL,
	`signed_by` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `meldcode_decisions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`signed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meldcode_countersignatures_decision_unique` ON `meldcode_countersignatures` (`decision_id`);--> statement-breakpoint
CREATE TABLE `meldcode_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`input` text NOT NULL,
	`computed` text NOT NULL,
	`chosen_outcomes` text NOT NULL,
	`answers` text,
	`weighing` text,
	`deviation_reason` text NOT NULL,
	`rule_set_version` text NOT NULL,
	`countersign_required` integer NOT NULL,
	`confirmed_at` text NOT NULL,
	`confirmed_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `meldcode_cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_decisions_case_idx` ON `meldcode_decisions` (`case_id`,`confirmed_at`);--> statement-breakpoint
CREATE TABLE `meldcode_follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`held_on` text NOT NULL,
	`help_effective` integer NOT NULL,
	`note` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `meldcode_cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_follow_ups_case_idx` ON `meldcode_follow_ups` (`case_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `meldcode_help_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`decision_id` text NOT NULL,
	`content` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `meldcode_cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decision_id`) REFERENCES `meldcode_decisions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_help_plans_case_idx` ON `meldcode_help_plans` (`case_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `meldcode_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`decision_id` text NOT NULL,
	`content` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `meldcode_cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decision_id`) REFERENCES `meldcode_decisions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meldcode_reports_case_idx` ON `meldcode_reports` (`case_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `social_map_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`phone` text NOT NULL,
	`note` text NOT NULL,
	`shipped` integer NOT NULL,
	`changed_at` text NOT NULL,
	`changed_by` text,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);--> statement-breakpoint
-- The case's records are only ever added: consultations, follow-ups, decisions, countersignatures
-- and the case log are part of the youth's record. These triggers refuse changing or deleting
-- them from any SQL, as migration 0008 does for signals.
CREATE TRIGGER `meldcode_consultations_no_update` BEFORE UPDATE ON `meldcode_consultations`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_consultations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_consultations_no_delete` BEFORE DELETE ON `meldcode_consultations`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_consultations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_follow_ups_no_update` BEFORE UPDATE ON `meldcode_follow_ups`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_follow_ups is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_follow_ups_no_delete` BEFORE DELETE ON `meldcode_follow_ups`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_follow_ups is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_decisions_no_update` BEFORE UPDATE ON `meldcode_decisions`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_decisions_no_delete` BEFORE DELETE ON `meldcode_decisions`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_countersignatures_no_update` BEFORE UPDATE ON `meldcode_countersignatures`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_countersignatures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_countersignatures_no_delete` BEFORE DELETE ON `meldcode_countersignatures`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_countersignatures is append-only');
END;
--> statement-breakpoint
-- The one who confirmed a decision does not countersign it: checked here beside the service.
CREATE TRIGGER `meldcode_countersignatures_other_person` BEFORE INSERT ON `meldcode_countersignatures`
WHEN (SELECT `confirmed_by` FROM `meldcode_decisions` WHERE `id` = NEW.`decision_id`) IS NEW.`signed_by`
BEGIN
	SELECT RAISE(ABORT, 'a decision is countersigned by someone other than who confirmed it');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_case_log_no_update` BEFORE UPDATE ON `meldcode_case_log`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_case_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_case_log_no_delete` BEFORE DELETE ON `meldcode_case_log`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_case_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_help_plans_no_update` BEFORE UPDATE ON `meldcode_help_plans`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_help_plans is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_help_plans_no_delete` BEFORE DELETE ON `meldcode_help_plans`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_help_plans is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_reports_no_update` BEFORE UPDATE ON `meldcode_reports`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_reports is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_reports_no_delete` BEFORE DELETE ON `meldcode_reports`
BEGIN
	SELECT RAISE(ABORT, 'meldcode_reports is append-only');
END;
--> statement-breakpoint
-- A closed case stays closed, and whose case it is and who opened it when never change.
CREATE TRIGGER `meldcode_cases_closed_stays` BEFORE UPDATE ON `meldcode_cases`
WHEN OLD.`status` = 'closed'
BEGIN
	SELECT RAISE(ABORT, 'a closed meldcode case cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `meldcode_cases_opening_fixed` BEFORE UPDATE OF `youth_id`, `opened_at`, `opened_by` ON `meldcode_cases`
WHEN OLD.`youth_id` IS NOT NEW.`youth_id` OR OLD.`opened_at` IS NOT NEW.`opened_at` OR OLD.`opened_by` IS NOT NEW.`opened_by`
BEGIN
	SELECT RAISE(ABORT, 'a meldcode case keeps its youth and its opening');
END;
--> statement-breakpoint
-- A case is never deleted: its log and decisions point at it.
CREATE TRIGGER `meldcode_cases_no_delete` BEFORE DELETE ON `meldcode_cases`
BEGIN
	SELECT RAISE(ABORT, 'meldcode cases are never deleted');
END;
--> statement-breakpoint
-- The shipped national numbers stay on the map: they can be edited, not removed or unmarked.
CREATE TRIGGER `social_map_entries_shipped_no_delete` BEFORE DELETE ON `social_map_entries`
WHEN OLD.`shipped` = 1
BEGIN
	SELECT RAISE(ABORT, 'shipped social map entries cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `social_map_entries_shipped_stays` BEFORE UPDATE OF `shipped` ON `social_map_entries`
WHEN OLD.`shipped` IS NOT NEW.`shipped`
BEGIN
	SELECT RAISE(ABORT, 'whether a social map entry shipped cannot change');
END;
--> statement-breakpoint
-- A shipped entry keeps its kind: the decision screens find 112 and Veilig Thuis by it.
CREATE TRIGGER `social_map_entries_shipped_kind_fixed` BEFORE UPDATE OF `kind` ON `social_map_entries`
WHEN OLD.`shipped` = 1 AND OLD.`kind` IS NOT NEW.`kind`
BEGIN
	SELECT RAISE(ABORT, 'a shipped social map entry keeps its kind');
END;
--> statement-breakpoint
-- The national defaults (domain.md §2, §3.1). The regional ones are the administrator's to fill in.
INSERT INTO `social_map_entries` (`id`, `kind`, `name`, `phone`, `note`, `shipped`, `changed_at`, `changed_by`) VALUES
	('nl-112', 'emergency', '112', '112', 'Acuut gevaar: politie, ambulance, brandweer.', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-veilig-thuis', 'veiligThuis', 'Veilig Thuis', '0800-2000', 'Gratis, dag en nacht bereikbaar; verbindt door met de Veilig Thuis-organisatie van de regio.', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-meld-misdaad-anoniem', 'meldMisdaadAnoniem', 'Meld Misdaad Anoniem', '0800-7000', 'Anoniem melden, alleen zonder acuut gevaar.', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-politie-geen-spoed', 'policeNonEmergency', 'Politie, geen spoed', '0900-8844', 'Voor alles wat geen spoed heeft.', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-politie-avim', 'policeAvim', 'Politie, team mensenhandel (AVIM)', '0900-8844', 'Bel 0900-8844 en vraag naar het AVIM-team van de eigen regio.', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-centrum-seksueel-geweld', 'sexualViolenceCentre', 'Centrum Seksueel Geweld', '0800-0188', 'Gratis, dag en nacht: medische en psychische hulp na seksueel geweld.', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-zorgcoordinator', 'zorgcoordinator', 'Zorgcoördinator mensenhandel (regio)', '', 'Beheerder: vul hier de zorgcoördinator mensenhandel van de eigen regio in (overzicht op comensha.nl).', 1, '2026-11-24T00:00:00.000Z', NULL),
	('nl-comensha', 'comensha', 'CoMensha', '', 'Landelijk coördinatiecentrum tegen mensenhandel: comensha.nl.', 1, '2026-11-24T00:00:00.000Z', NULL);
