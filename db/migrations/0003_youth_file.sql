CREATE TABLE `network_entities` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`details` text NOT NULL,
	`source` text NOT NULL,
	`observed_on` text NOT NULL,
	`notes` text NOT NULL,
	`at_risk` integer NOT NULL,
	`share_with_police` integer NOT NULL,
	`x` real,
	`y` real,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_entities_youth_id_unique` ON `network_entities` (`youth_id`,`id`);--> statement-breakpoint
CREATE TABLE `network_graph_images` (
	`youth_id` text PRIMARY KEY NOT NULL,
	`png` blob NOT NULL,
	`fingerprint` text NOT NULL,
	`saved_at` text NOT NULL,
	`saved_by` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`saved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `network_links` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`from_id` text,
	`to_id` text,
	`type` text NOT NULL,
	`rating` text NOT NULL,
	`source` text NOT NULL,
	`observed_on` text NOT NULL,
	`notes` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`youth_id`,`from_id`) REFERENCES `network_entities`(`youth_id`,`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`youth_id`,`to_id`) REFERENCES `network_entities`(`youth_id`,`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "network_links_one_end_is_an_entity" CHECK("network_links"."from_id" IS NOT NULL OR "network_links"."to_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `network_links_youth_idx` ON `network_links` (`youth_id`);--> statement-breakpoint
CREATE INDEX `network_links_from_idx` ON `network_links` (`from_id`);--> statement-breakpoint
CREATE INDEX `network_links_to_idx` ON `network_links` (`to_id`);--> statement-breakpoint
CREATE TABLE `safety_plan_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`review_date` text NOT NULL,
	`saved_at` text NOT NULL,
	`saved_by` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`saved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `safety_plan_versions_youth_version_unique` ON `safety_plan_versions` (`youth_id`,`version`);--> statement-breakpoint
CREATE TABLE `youth_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`kind` text NOT NULL,
	`caption` text NOT NULL,
	`taken_on` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`image` blob NOT NULL,
	`thumbnail` blob NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `youth_photos_youth_idx` ON `youth_photos` (`youth_id`,`kind`,`taken_on`);--> statement-breakpoint
ALTER TABLE `youths` ADD `alias` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `youths` ADD `profile` text;