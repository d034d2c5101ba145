import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { returnBeforeLastSeenMessage, sexualExploitationFollowUpAdvice, type EpisodeSummary, type EpisodeView, type Result, type Youth } from '../../preload/contract';
import { toDateTimeLocal } from '../../renderer/components/dateTimeLocal';
import { staff, type TestYouth } from '../support/staff';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openPage } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const sanne: TestYouth = { firstName: 'Sanne', lastName: 'Smit', alias: '', dateOfBirth: '2010-06-15', location: 'Groep Noord' };
const episodeTexts = /Vermist sinds|Politie nog niet ingelicht|afgemeld bij de politie|Terugkeergesprek uiterlijk|Vermissing nog afsluiten/;

/** A call through `window.api` in the page, as the signed-in user makes it. */
async function callInPage<T>(page: Page, call: string, input?: unknown): Promise<T> {
  const result = await page.evaluate<Result<T>>(`window.api.${call}(${input === undefined ? '' : JSON.stringify(input)})`);
  if (!result.ok) throw new Error(`${call}: ${result.error.message}`);
  return result.value;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
/** What a worker types into a datetime-local field for that moment (the page runs on Europe/Amsterdam, as vitest does). */
const typedMinutesAgo = (minutes: number) => toDateTimeLocal(minutesAgo(minutes).toISOString());

/** Sanne has a safety plan (version 1) and went missing two hours ago; the worker of her group reported it. */
async function startWithOpenEpisode() {
  app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sanne] });
  const { page } = app;
  const [youth] = await callInPage<Youth[]>(page, 'youths.list');
  await callInPage(page, 'safetyPlan.save', {
    youthId: youth!.id,
    basedOnVersion: null,
    content: { participants: [{ name: 'Sanne Smit', role: 'jongere' }], agreements: 'Sanne is om 22:00 binnen.', reviewDate: '2036-05-05' },
  });
  await callInPage<EpisodeView>(page, 'missing.report', {
    youthId: youth!.id,
    facts: { discoveredAt: minutesAgo(120).toISOString(), lastSeenAt: minutesAgo(180).toISOString(), lastSeenWhere: 'Bij de voordeur van de groep', clothing: 'Zwarte jas' },
  });
  await page.reload();
  return page;
}

const attentionPanel = (page: Page) => page.getByRole('region', { name: 'Aandacht nodig' });
const episodeTab = (page: Page, name: 'Tijdlijn' | 'Terugkeer') =>
  page.getByRole('tablist', { name: 'Onderdelen van de vermissing' }).getByRole('tab', { name: new RegExp(`^${name}`) });
const episodePanel = (page: Page, name: 'Tijdlijn' | 'Terugkeer') => page.getByRole('tabpanel', { name: new RegExp(`^${name}`) });
const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('following a missing episode until it is closed', () => {
  it('records the police, a sighting, the return and the conversation, saves the plan proposal as a version and closes', async () => {
    const page = await startWithOpenEpisode();
    await attentionPanel(page).getByText(/Vermist sinds/).waitFor();

    await openPage(page, 'Vermissingen');
    const list = page.getByRole('table', { name: 'Open vermissingen' });
    expect(await list.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('Sanne SmitVermist')]);
    await list.getByRole('button', { name: /^Openen vermissing van Sanne Smit/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Sanne Smit — vermist sinds/ }).waitFor();

    // Tijdlijn: the police report with its mutatienummer, then a sighting.
    await episodeTab(page, 'Tijdlijn').click();
    const timelinePanel = episodePanel(page, 'Tijdlijn');
    const police = timelinePanel.getByRole('form', { name: 'Politie ingelicht' });
    await police.getByLabel('Politie ingelicht op').fill(typedMinutesAgo(90));
    await police.getByLabel('Wie heeft de politie ingelicht').fill(staff.worker.name);
    await police.getByLabel('Mutatienummer').fill('PL0900-2026-77123');
    await police.getByLabel('Naam van de agent').fill('Agent Bakker');
    await police.getByLabel('Nummer van de agent').fill('B-4417');
    expect(await episodeTab(page, 'Tijdlijn').textContent()).toContain('niet opgeslagen');
    await police.getByRole('button', { name: 'Melding bij de politie opslaan' }).click();
    await announced(page, 'Melding bij de politie opgeslagen.');

    const event = timelinePanel.getByRole('form', { name: 'Gebeurtenis toevoegen' });
    await event.getByText('een correctie voeg je toe als nieuwe gebeurtenis').waitFor();
    await event.getByLabel('Soort').selectOption({ label: 'Gezien' });
    await event.getByLabel('Wat er gebeurde').fill('Gezien bij het busstation door een buurtbewoner.');
    await event.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    await announced(page, 'Gebeurtenis toegevoegd: Gezien.');
    expect(await event.getByLabel('Wat er gebeurde').inputValue()).toBe('');

    const timeline = timelinePanel.getByRole('list', { name: 'Tijdlijn van de vermissing' });
    const entries = await timeline.getByRole('listitem').allTextContents();
    expect(entries.map((entry) => entry.replace(/^\d\d-\d\d-\d{4} \d\d:\d\d/, ''))).toEqual([
      expect.stringMatching(/^Laatst gezienWaar: Bij de voordeur van de groep/),
      expect.stringMatching(new RegExp(`^Vermissing ontdektVastgelegd door ${staff.worker.name} op`)),
      `Politie ingelichtDoor: ${staff.worker.name}Mutatienummer: PL0900-2026-77123Agent: Agent Bakker (nummer B-4417)`,
      expect.stringMatching(new RegExp(`^GezienGezien bij het busstation door een buurtbewoner\\.Vastgelegd door ${staff.worker.name} op`)),
    ]);
    expect(await episodeTab(page, 'Tijdlijn').textContent()).not.toContain('niet opgeslagen');
    expect(await violations(page)).toEqual([]);

    // Terugkeer: a return before "last seen" is refused at the field and the input stays.
    await episodeTab(page, 'Terugkeer').click();
    const returnPanel = episodePanel(page, 'Terugkeer');
    const returned = returnPanel.getByRole('form', { name: 'Terug', exact: true });
    const returnedAt = returned.getByLabel('Terug op');
    const tooEarly = typedMinutesAgo(240);
    await returnedAt.fill(tooEarly);
    await returned.getByLabel('Waar gevonden of teruggekomen').fill('Bij een vriendin thuis');
    await returned.getByRole('button', { name: 'Terugkeer opslaan' }).click();
    await returned.getByText(returnBeforeLastSeenMessage).waitFor();
    expect(await isFocused(returnedAt)).toBe(true);
    expect(await returnedAt.inputValue()).toBe(tooEarly);
    expect(await returned.getByLabel('Waar gevonden of teruggekomen').inputValue()).toBe('Bij een vriendin thuis');
    expect(await violations(page)).toEqual([]);

    await returnedAt.fill(typedMinutesAgo(30));
    await returned.getByRole('button', { name: 'Terugkeer opslaan' }).click();
    await announced(page, 'Terugkeer opgeslagen.');
    const reminders = returnPanel.getByRole('list', { name: 'Nog te doen' });
    await reminders.getByText('Politie nog niet afgemeld.').waitFor();
    await reminders.getByText(/^Terugkeergesprek uiterlijk \d\d-\d\d-\d{4} \d\d:\d\d\.$/).waitFor();

    await returned.getByLabel('Politie afgemeld op').fill(typedMinutesAgo(20));
    await returned.getByRole('button', { name: 'Terugkeer opslaan' }).click();
    await reminders.getByText('Politie nog niet afgemeld.').waitFor({ state: 'detached' });

    // The return conversation: suspected sexual exploitation shows the medical advice.
    const conversation = returnPanel.getByRole('form', { name: 'Terugkeergesprek' });
    await conversation.getByLabel('Gesprek gehouden op').fill(typedMinutesAgo(10));
    await conversation.getByLabel('Wie waren erbij').fill('Sanne, mentor Wim Groep');
    await conversation.getByLabel('Wat ging eraan vooraf').fill('Ruzie over telefoongebruik; een oudere jongen haalde haar op met een scooter.');
    await conversation.getByLabel('Wat kan een volgende keer helpen om het te voorkomen').fill('Eerder praten als er ruzie is.');
    await conversation.getByLabel('Afspraken', { exact: true }).fill('Sanne belt de groep als ze later komt.\nGeen ritjes met onbekende scooters.');
    expect(await conversation.getByText(sexualExploitationFollowUpAdvice).count()).toBe(0);
    await conversation.getByLabel('Seksuele uitbuiting vermoed').check();
    await conversation.getByText(sexualExploitationFollowUpAdvice).waitFor();
    await conversation.getByLabel('Medische opvolging').fill('Afspraak bij de huisarts gemaakt.');
    await conversation.getByRole('button', { name: 'Terugkeergesprek opslaan' }).click();
    await announced(page, 'Terugkeergesprek opgeslagen.');

    // The agreements proposed as version 2 of the safety plan, the added lines marked +.
    const proposal = returnPanel.getByRole('region', { name: 'Voorstel voor het veiligheidsplan' });
    const added = proposal.locator('.diff-added');
    await added.first().waitFor();
    const addedLines = await added.allTextContents();
    expect(addedLines).toContain('+Toegevoegd: Sanne belt de groep als ze later komt.');
    expect(addedLines).toContain('+Toegevoegd: Geen ritjes met onbekende scooters.');
    expect(await proposal.getByText('Sanne is om 22:00 binnen.').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await proposal.getByRole('button', { name: 'Opslaan als nieuwe versie van het veiligheidsplan' }).click();
    await proposal.getByText('Opgeslagen als versie 2 van het veiligheidsplan.').waitFor();
    await announced(page, 'Afspraken opgeslagen als versie 2 van het veiligheidsplan.');

    // Still on the start screen until closed.
    await openPage(page, 'Jongeren');
    await attentionPanel(page).getByText('Vermissing nog afsluiten').waitFor();
    await openPage(page, 'Vermissingen');
    await page.getByRole('table', { name: 'Open vermissingen' }).getByRole('button', { name: /^Openen vermissing van Sanne Smit/ }).click();
    await episodeTab(page, 'Terugkeer').click();
    // Opened again, the proposal is not offered twice.
    await returnPanel.getByText('Versie 2 van het veiligheidsplan bevat deze afspraken al.').waitFor();
    await returnPanel.getByRole('button', { name: 'Vermissing afsluiten' }).click();
    const confirm = page.getByRole('dialog', { name: 'Vermissing afsluiten?' });
    expect(await confirm.textContent()).not.toContain('Nog open');
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Afsluiten' }).click();
    await announced(page, 'Vermissing afgesloten.');
    await returnPanel.getByText(/^Deze vermissing is afgesloten op .* door Wim Groep\./).waitFor();
    expect(await returnPanel.getByRole('form').count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Terug naar de vermissingen' }).click();
    await page.getByText('Is een jongere vermist? Kies ‘Vermissing melden’ op het startscherm of in het dossier.').waitFor();
    await openPage(page, 'Jongeren');
    await attentionPanel(page).getByRole('listitem').first().waitFor();
    expect(await attentionPanel(page).textContent()).not.toMatch(episodeTexts);

    // The file: the plan's new version, and the episode among Sanne's past ones.
    await page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: 'Smit' }).click();
    const fileTabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
    await fileTabs.getByRole('tab', { name: 'Veiligheidsplan' }).click();
    const plan = page.getByRole('tabpanel', { name: 'Veiligheidsplan' });
    await plan.getByText(`Versie 2, opgeslagen op`).waitFor();
    expect(await plan.textContent()).toContain('Geen ritjes met onbekende scooters.');
    await fileTabs.getByRole('tab', { name: 'Vermissingen' }).click();
    const past = page.getByRole('tabpanel', { name: 'Vermissingen' });
    await past.getByText('1 vermissing', { exact: true }).waitFor();
    expect(await past.getByRole('table', { name: 'Vermissingen van Sanne Smit' }).locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/Bij een vriendin thuisAfgesloten/),
    ]);
    expect(await violations(page)).toEqual([]);

    // A past episode opens as the episode screen, read-only, and leads back to the file.
    await past.getByRole('button', { name: /^Openen vermissing van Sanne Smit/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Sanne Smit — vermissing van/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await episodeTab(page, 'Tijdlijn').click();
    await episodePanel(page, 'Tijdlijn').getByRole('list', { name: 'Tijdlijn van de vermissing' }).getByText('Vermissing afgesloten').waitFor();
    expect(await episodePanel(page, 'Tijdlijn').getByRole('form').count()).toBe(0);
    await page.getByRole('button', { name: 'Terug naar het dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sanne Smit' }).waitFor();
    expect(app!.problems).toEqual([]);
  });

  it('keeps the input when a colleague saved in between, shows their data, and remakes the plan proposal from a newer plan', async () => {
    const page = await startWithOpenEpisode();
    const router = app!.services.router;
    const [summary] = await callInPage<EpisodeSummary[]>(page, 'missing.list', {});
    const episodeId = summary!.id;
    /** A colleague's save through main, from the episode as stored now. */
    async function colleagueSaves(part: string, value: object) {
      const stored = (await router('missing.get', { episodeId })) as Result<EpisodeView>;
      if (!stored.ok) throw new Error(stored.error.message);
      expect(await router('missing.update', { episodeId, basedOnUpdatedAt: stored.value.episode.updatedAt, part, value })).toMatchObject({ ok: true });
    }
    const openEpisode = () => page.getByRole('table', { name: 'Open vermissingen' }).getByRole('button', { name: /^Openen vermissing van Sanne Smit/ }).click();

    await openPage(page, 'Vermissingen');
    await openEpisode();
    await episodeTab(page, 'Tijdlijn').click();
    const timelinePanel = episodePanel(page, 'Tijdlijn');
    const police = timelinePanel.getByRole('form', { name: 'Politie ingelicht' });
    await police.getByLabel('Mutatienummer').fill('PL-EIGEN-1');
    await colleagueSaves('police', { reportedAt: minutesAgo(100).toISOString(), reference: 'PL-COLLEGA-2', officerName: 'Agent Visser' });
    await police.getByRole('button', { name: 'Melding bij de politie opslaan' }).click();
    await police.getByRole('alert').getByText(`Deze vermissing is intussen gewijzigd door ${staff.worker.name}`).waitFor();
    const showNewest = police.getByRole('button', { name: 'Nieuwste gegevens bekijken' });
    expect(await isFocused(showNewest)).toBe(true);
    await showNewest.click();
    const newest = police.getByRole('region', { name: 'Nu opgeslagen' });
    await newest.getByText('PL-COLLEGA-2').waitFor();
    expect(await isFocused(newest.getByRole('heading', { level: 4 }))).toBe(true);
    expect(await police.getByLabel('Mutatienummer').inputValue()).toBe('PL-EIGEN-1');
    const timeline = timelinePanel.getByRole('list', { name: 'Tijdlijn van de vermissing' });
    await timeline.getByText('Mutatienummer: PL-COLLEGA-2').waitFor();
    expect(await violations(page)).toEqual([]);
    await police.getByRole('button', { name: 'Melding bij de politie opslaan' }).click();
    await announced(page, 'Melding bij de politie opgeslagen.');
    await timeline.getByText('Mutatienummer: PL-EIGEN-1').waitFor();
    expect(await newest.count()).toBe(0);

    // Back and talked to: the proposal starts from plan version 1; a colleague then saves version 2.
    await colleagueSaves('returned', { returnedAt: minutesAgo(30).toISOString(), foundWhere: 'Thuis bij moeder' });
    await colleagueSaves('conversation', { heldAt: minutesAgo(10).toISOString(), agreements: 'Sanne belt als ze later komt.' });
    await page.getByRole('button', { name: 'Terug naar de vermissingen' }).click();
    await openEpisode();
    await episodeTab(page, 'Terugkeer').click();
    const proposal = episodePanel(page, 'Terugkeer').getByRole('region', { name: 'Voorstel voor het veiligheidsplan' });
    await proposal.getByText('toegevoegd aan versie 1 van het veiligheidsplan', { exact: false }).waitFor();
    const youthId = summary!.youthId;
    expect(
      await router('safetyPlan.save', { youthId, basedOnVersion: 1, content: { agreements: 'Sanne is om 22:00 binnen.\nZakgeld op vrijdag.', reviewDate: '2036-05-05' } }),
    ).toMatchObject({ ok: true, value: { version: 2 } });
    await proposal.getByRole('button', { name: 'Opslaan als nieuwe versie van het veiligheidsplan' }).click();
    const notice = proposal.getByRole('alert');
    await notice.getByText(`een collega heeft intussen een nieuwere versie van het veiligheidsplan opgeslagen (versie 2, door ${staff.worker.name})`, { exact: false }).waitFor();
    expect(await isFocused(notice)).toBe(true);
    await proposal.getByText('toegevoegd aan versie 2 van het veiligheidsplan', { exact: false }).waitFor();
    expect(await proposal.locator('.diff-unchanged').allTextContents()).toContain(' Zakgeld op vrijdag.');
    expect(await violations(page)).toEqual([]);

    // Closing now would name what is still open, the unsaved proposal among it.
    await episodePanel(page, 'Terugkeer').getByRole('button', { name: 'Vermissing afsluiten' }).click();
    const confirm = page.getByRole('dialog', { name: 'Vermissing afsluiten?' });
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual([
      'De politie is nog niet afgemeld.',
      'De afspraken uit het terugkeergesprek staan nog niet in het veiligheidsplan (zie ‘Voorstel voor het veiligheidsplan’).',
    ]);
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await proposal.getByRole('button', { name: 'Opslaan als nieuwe versie van het veiligheidsplan' }).click();
    await proposal.getByText('Opgeslagen als versie 3 van het veiligheidsplan.').waitFor();
    expect(await notice.count()).toBe(0);
    expect(app!.problems).toEqual([]);
  });
});

describe('the settings for missing youths', () => {
  it('are set by the administrator, with Dutch messages for what does not fit', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    const settings = page.getByRole('region', { name: 'Instellingen' });
    const escalation = settings.getByLabel('Na hoeveel minuten na ontdekking de volgende stap wordt gevraagd');
    await escalation.waitFor();
    expect(await escalation.inputValue()).toBe('30');
    expect(await settings.getByLabel('Terugkeergesprek binnen (uren)').inputValue()).toBe('72');

    await escalation.fill('2');
    await settings.getByLabel('Terugkeergesprek binnen (uren)').fill('');
    await settings.getByLabel('Telefoonnummer bereikbaarheidsdienst').fill('bel de groep');
    await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await settings.getByText('Kies minstens 5 minuten.').waitFor();
    await settings.getByText('Vul een heel aantal uren in, van 12 tot en met 336.').waitFor();
    await settings.getByText('Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67.').waitFor();
    expect(await isFocused(escalation)).toBe(true);
    expect(await violations(page)).toEqual([]);

    await escalation.fill('45');
    await settings.getByLabel('Terugkeergesprek binnen (uren)').fill('48');
    await settings.getByLabel('Naam bereikbaarheidsdienst').fill('Dienstdoende teamleider Groep Noord');
    await settings.getByLabel('Telefoonnummer bereikbaarheidsdienst').fill('030 123 45 67');
    await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await settings.getByText('Instellingen opgeslagen.').waitFor();
    expect(await app.services.router('settings.get', undefined)).toMatchObject({
      ok: true,
      value: { missingEscalationMinutes: 45, returnConversationHours: 48, onCallName: 'Dienstdoende teamleider Groep Noord', onCallPhone: '0301234567' },
    });
    expect(await settings.getByLabel('Telefoonnummer bereikbaarheidsdienst').inputValue()).toBe('0301234567');
    expect(await settings.getByRole('button', { name: 'Wijzigingen ongedaan maken' }).isDisabled()).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
