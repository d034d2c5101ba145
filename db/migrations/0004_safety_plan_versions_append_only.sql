-- Every saved safety plan version is kept as it was saved (domain.md §2: "every saved version
-- kept; who/when"): the app only ever inserts a new version, and these triggers refuse changing
-- or deleting one from any SQL as well.
CREATE TRIGGER `safety_plan_versions_no_update` BEFORE UPDATE ON `safety_plan_versions`
BEGIN
	SELECT RAISE(ABORT, 'safety_plan_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `safety_plan_versions_no_delete` BEFORE DELETE ON `safety_plan_versions`
BEGIN
	SELECT RAISE(ABORT, 'safety_plan_versions is append-only');
END;
