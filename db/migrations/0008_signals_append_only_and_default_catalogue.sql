-- Signals are part of the youth's record: the app only inserts (a correction is a new signal that
-- supersedes the old one), and catalogue items change only by adding a version. These triggers
-- refuse changing or deleting either from any SQL as well.
CREATE TRIGGER `signals_no_update` BEFORE UPDATE ON `signals`
BEGIN
	SELECT RAISE(ABORT, 'signals is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `signals_no_delete` BEFORE DELETE ON `signals`
BEGIN
	SELECT RAISE(ABORT, 'signals is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `signal_catalogue_items_no_update` BEFORE UPDATE ON `signal_catalogue_items`
BEGIN
	SELECT RAISE(ABORT, 'signal_catalogue_items is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `signal_catalogue_items_no_delete` BEFORE DELETE ON `signal_catalogue_items`
BEGIN
	SELECT RAISE(ABORT, 'signal_catalogue_items is append-only');
END;
--> statement-breakpoint
-- The shipped catalogue (domain.md §4), version 1 of each item. Administrators' later edits and
-- retirements are new versions in the database, never changes to this migration.
INSERT INTO `signal_catalogue_items` (`id`, `version`, `category`, `text`, `retired_at`, `changed_at`, `changed_by`) VALUES
	('ce-unequal-relationship', 1, 'criminalExploitation', 'Ongelijke relatie met een familielid of vriend', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-physical-injury', 1, 'criminalExploitation', 'Tekenen van lichamelijk letsel', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-drugs-or-stolen-goods', 1, 'criminalExploitation', 'Drugs of gestolen goederen gevonden, zonder justitieel verleden', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-withdraws', 1, 'criminalExploitation', 'Trekt zich terug en verbreekt sociale contacten', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-many-new-contacts', 1, 'criminalExploitation', 'Plotseling veel nieuwe contacten', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-protective-of-new-friends', 1, 'criminalExploitation', 'Beschermt nieuwe vrienden en kennissen', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-unexplained-debts', 1, 'criminalExploitation', 'Onverklaarbare schulden', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-possibly-minor', 1, 'criminalExploitation', '(Mogelijk) minderjarig', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-no-access-to-id', 1, 'criminalExploitation', 'Geen toegang tot eigen paspoort of ID-kaart', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-begs', 1, 'criminalExploitation', 'Bedelt op straat', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-no-dutch-or-illiterate', 1, 'criminalExploitation', 'Spreekt geen Nederlands of is analfabeet', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('ce-sees-self-as-offender', 1, 'criminalExploitation', 'Ziet zichzelf als dader, niet als slachtoffer', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-older-boyfriend', 1, 'sexualExploitation', 'Nieuwe, (veel) oudere vriend of contacten', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-unexplained-goods', 1, 'sexualExploitation', 'Onverklaarbaar geld, kleding, telefoons of cadeaus', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-second-phone', 1, 'sexualExploitation', 'Tweede of geheime telefoon', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-absent-away-at-night', 1, 'sexualExploitation', 'Afwezig op school of de groep, ''s nachts weg, loopt weg', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-picked-up-by-cars', 1, 'sexualExploitation', 'Opgehaald door auto''s of scooters bij de groep', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-changed-appearance', 1, 'sexualExploitation', 'Plotselinge verandering in uiterlijk of kleding', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-tattoo-of-name', 1, 'sexualExploitation', 'Tatoeage of teken met de naam van iemand anders', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-sti-pregnancy-injury', 1, 'sexualExploitation', 'Soa, zwangerschap of verwondingen', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-substance-use', 1, 'sexualExploitation', 'Lachgas- of ander middelengebruik', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-secret-online-contacts', 1, 'sexualExploitation', 'Geheimzinnig over online contacten', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-nude-images', 1, 'sexualExploitation', 'Verzoeken om of chantage met naaktbeelden', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-debts', 1, 'sexualExploitation', 'Schulden', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('se-hotel-cards-condoms', 1, 'sexualExploitation', 'Hotelpasjes of veel condooms', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('vu-lvb', 1, 'vulnerability', 'Licht verstandelijke beperking (LVB)', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('vu-psychiatric', 1, 'vulnerability', 'Psychiatrische problemen', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('vu-addiction', 1, 'vulnerability', 'Verslaving', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('vu-adverse-childhood', 1, 'vulnerability', 'Ingrijpende jeugdervaringen', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('vu-poverty', 1, 'vulnerability', 'Armoede', NULL, '2026-11-24T00:00:00.000Z', NULL),
	('vu-small-network', 1, 'vulnerability', 'Klein sociaal netwerk', NULL, '2026-11-24T00:00:00.000Z', NULL);
