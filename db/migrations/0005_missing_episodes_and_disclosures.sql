CREATE TABLE `disclosures` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`document` text NOT NULL,
	`source_id` text,
	`output` text NOT NULL,
	`recipient` text NOT NULL,
	`recipient_person` text NOT NULL,
	`purpose` text NOT NULL,
	`legal_ground` text NOT NULL,
	`categories` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`disclosed_at` text NOT NULL,
	`disclosed_by` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`disclosed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `disclosures_youth_idx` ON `disclosures` (`youth_id`,`disclosed_at`);--> statement-breakpoint
CREATE INDEX `disclosures_at_idx` ON `disclosures` (`disclosed_at`);--> statement-breakpoint
CREATE TABLE `missing_episode_events` (
	`id` text PRIMARY KEY NOT NULL,
	`episode_id` text NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`episode_id`) REFERENCES `missing_episodes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `missing_episode_events_episode_idx` ON `missing_episode_events` (`episode_id`,`at`);--> statement-breakpoint
CREATE TABLE `missing_episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`youth_id` text NOT NULL,
	`facts` text NOT NULL,
	`urgency` text NOT NULL,
	`police` text NOT NULL,
	`informed` text NOT NULL,
	`returned` text,
	`conversation` text,
	`discovered_at` text NOT NULL,
	`police_reported_at` text NOT NULL,
	`returned_at` text,
	`return_notified_at` text,
	`conversation_held_at` text,
	`reported_at` text NOT NULL,
	`reported_by` text NOT NULL,
	`closed_at` text,
	`closed_by` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`youth_id`) REFERENCES `youths`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `missing_episodes_youth_idx` ON `missing_episodes` (`youth_id`,`discovered_at`);--> statement-breakpoint
CREATE INDEX `missing_episodes_open_idx` ON `missing_episodes` (`youth_id`) WHERE "missing_episodes"."closed_at" is null;