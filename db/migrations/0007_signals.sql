CREATE TABLE `signal_catalogue_items` (
	`id` text NOT NULL,
	`version` integer NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`retired_at` text,
	`changed_at` text NOT NULL,
	`changed_by` text,
	PRIMARY KEY(`id`, `version`),
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `signals` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`catalogue_item_id` text,
	`catalogue_item_version` integer,
	`free_text` text NOT NULL,
	`kind` text NOT NULL,
	`source_type` text NOT NULL,
	`source_name` text NOT NULL,
	`direction` text NOT NULL,
	`source_reliability` text,
	`information_credibility` integer,
	`date` text NOT NULL,
	`description` text NOT NULL,
	`supersedes` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`catalogue_item_id`,`catalogue_item_version`) REFERENCES `signal_catalogue_items`(`id`,`version`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`supersedes`) REFERENCES `signals`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "signals_item_or_free_text" CHECK(("signals"."catalogue_item_id" is not null and "signals"."catalogue_item_version" is not null and "signals"."free_text" = '') or ("signals"."catalogue_item_id" is null and "signals"."catalogue_item_version" is null and "signals"."free_text" <> ''))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signals_supersedes_unique` ON `signals` (`supersedes`);--> statement-breakpoint
CREATE INDEX `signals_youth_date_idx` ON `signals` (`youth_id`,`date`,`recorded_at`);