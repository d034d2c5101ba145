import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { missingEpisodes } from '../../db/schema/missingEpisodes';
import { lastSeenAfterDiscoveryMessage, urgencyQuestions, type EmergencyCandidate, type EpisodeView } from '../../preload/contract';
import { toDateTimeLocal } from '../../renderer/components/dateTimeLocal';
import { staff, type TestYouth } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openPage, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Sanne is of the worker's own Groep Noord; Lisa of Groep Zuid. */
const sanne: TestYouth = { firstName: 'Sanne', lastName: 'Smit', dateOfBirth: '2010-06-15', location: 'Groep Noord' };
const lisa: TestYouth = { firstName: 'Lisa', lastName: 'Dekker', dateOfBirth: '2011-02-20', location: 'Groep Zuid' };

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** What a worker types into a datetime-local field for that moment (the page runs on Europe/Amsterdam, as vitest does). */
const typedMinutesAgo = (minutes: number) => toDateTimeLocal(minutesAgo(minutes));

type TabName = 'Urgentie' | 'Feiten' | 'Tijdlijn' | 'Terugkeer';
const episodeTab = (page: Page, name: TabName) => page.getByRole('tablist', { name: 'Onderdelen van de vermissing' }).getByRole('tab', { name: new RegExp(`^${name}`) });
const episodePanel = (page: Page, name: TabName) => page.getByRole('tabpanel', { name: new RegExp(`^${name}`) });
const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

function launched(): LaunchedApp {
  if (!app) throw new Error('the app is not running');
  return app;
}

/** The worker of Groep Noord is signed in; Sanne was reported missing with these facts through main. */
async function reportedEpisode(facts: object): Promise<{ page: Page; view: EpisodeView }> {
  app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sanne] });
  const youthId = await youthIdByName(app, 'Smit');
  const view = expectOk(await app.services.router('missing.report', { youthId, facts })) as EpisodeView;
  return { page: app.page, view };
}

async function openEpisode(page: Page): Promise<void> {
  await openPage(page, 'Vermissingen');
  await page.getByRole('table', { name: 'Open vermissingen' }).getByRole('button', { name: /^Openen vermissing van Sanne Smit/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Sanne Smit — vermis/ }).waitFor();
}

async function storedEpisode(episodeId: string): Promise<EpisodeView['episode']> {
  return (expectOk(await launched().services.router('missing.get', { episodeId })) as EpisodeView).episode;
}

/** A colleague's save of one part through main, from the episode as stored now. */
async function colleagueSaves(episodeId: string, part: string, value: object): Promise<void> {
  const { updatedAt } = await storedEpisode(episodeId);
  expectOk(await launched().services.router('missing.update', { episodeId, basedOnUpdatedAt: updatedAt, part, value }));
}

describe('editing the parts of a missing episode', () => {
  it('saves a part after another part was saved, but never over a colleague’s save of that part that reached the screen with another refresh', async () => {
    const { page, view } = await reportedEpisode({ discoveredAt: minutesAgo(120), lastSeenAt: minutesAgo(150) });
    const episodeId = view.episode.id;
    await openEpisode(page);
    await episodeTab(page, 'Tijdlijn').click();
    const panel = episodePanel(page, 'Tijdlijn');
    const police = panel.getByRole('form', { name: 'Politie ingelicht' });
    const informed = panel.getByRole('form', { name: 'Ouders en voogd ingelicht' });

    // Another part saved on this screen: the police input stays and is saved after it.
    await police.getByLabel('Mutatienummer').fill('PL-EIGEN-1');
    await informed.getByLabel('Ouders ingelicht op').fill(typedMinutesAgo(100));
    await informed.getByRole('button', { name: 'Ouders en voogd opslaan' }).click();
    await announced(page, 'Ouders en voogd ingelicht: opgeslagen.');
    expect(await police.getByLabel('Mutatienummer').inputValue()).toBe('PL-EIGEN-1');
    await police.getByRole('button', { name: 'Melding bij de politie opslaan' }).click();
    await announced(page, 'Melding bij de politie opgeslagen.');
    expect((await storedEpisode(episodeId)).police.reference).toBe('PL-EIGEN-1');

    // The user types; a colleague saves the police part; adding a timeline entry brings their save onto this screen.
    await police.getByLabel('Naam van de agent').fill('Agent Jansen');
    await colleagueSaves(episodeId, 'police', { reportedAt: minutesAgo(90), reference: 'PL-COLLEGA-2', officerName: 'Agent Visser' });
    const event = panel.getByRole('form', { name: 'Gebeurtenis toevoegen' });
    await event.getByLabel('Soort').selectOption({ label: 'Zoekactie' });
    await event.getByLabel('Wat er gebeurde').fill('Rondgereden langs het station en de snackbar.');
    await event.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    await announced(page, 'Gebeurtenis toegevoegd: Zoekactie.');
    await panel.getByRole('list', { name: 'Tijdlijn van de vermissing' }).getByText('Mutatienummer: PL-COLLEGA-2').waitFor();
    expect(await police.getByLabel('Naam van de agent').inputValue()).toBe('Agent Jansen');

    // Saving now would overwrite the colleague's data unseen: main refuses, and both stay.
    await police.getByRole('button', { name: 'Melding bij de politie opslaan' }).click();
    await police.getByRole('alert').getByText(`Deze vermissing is intussen gewijzigd door ${staff.worker.name}`).waitFor();
    expect((await storedEpisode(episodeId)).police).toMatchObject({ reference: 'PL-COLLEGA-2', officerName: 'Agent Visser' });
    expect(await police.getByLabel('Naam van de agent').inputValue()).toBe('Agent Jansen');
    expect(await violations(page)).toEqual([]);

    // Once the user has seen it, the save goes through.
    await police.getByRole('button', { name: 'Nieuwste gegevens bekijken' }).click();
    await police.getByRole('region', { name: 'Nu opgeslagen' }).getByText('PL-COLLEGA-2').waitFor();
    await police.getByRole('button', { name: 'Melding bij de politie opslaan' }).click();
    await announced(page, 'Melding bij de politie opgeslagen.');
    expect((await storedEpisode(episodeId)).police).toMatchObject({ reference: 'PL-EIGEN-1', officerName: 'Agent Jansen' });
    expect(launched().problems).toEqual([]);
  });

  it('completes and corrects the moment’s facts after the report, with main’s message at the field and a colleague’s save in between shown', async () => {
    const { page, view } = await reportedEpisode({ discoveredAt: minutesAgo(90) });
    const episodeId = view.episode.id;
    await openEpisode(page);
    await episodeTab(page, 'Feiten').click();
    const facts = episodePanel(page, 'Feiten').getByRole('form', { name: 'Feiten aanvullen of verbeteren' });
    expect(await facts.getByLabel('Vermissing ontdekt op').inputValue()).toBe(toDateTimeLocal(view.episode.facts.discoveredAt));

    const clothing = 'Groene jas, grijze joggingbroek, witte sneakers';
    await facts.getByLabel('Kleding').fill(clothing);
    await facts.getByRole('group', { name: 'Telefoon' }).getByRole('radio', { name: 'Ja' }).check();
    expect(await episodeTab(page, 'Feiten').textContent()).toContain('niet opgeslagen');

    // Last seen after the discovery: main's message at the field, the input kept.
    const lastSeen = facts.getByLabel('Wanneer', { exact: true });
    const afterDiscovery = typedMinutesAgo(30);
    await lastSeen.fill(afterDiscovery);
    await facts.getByRole('button', { name: 'Feiten opslaan' }).click();
    await facts.getByText(lastSeenAfterDiscoveryMessage).waitFor();
    expect(await isFocused(lastSeen)).toBe(true);
    expect(await lastSeen.inputValue()).toBe(afterDiscovery);
    expect(await facts.getByLabel('Kleding').inputValue()).toBe(clothing);
    expect(await violations(page)).toEqual([]);

    // Leaving the screen with the facts unsaved asks first.
    await page.getByRole('button', { name: 'Terug naar de vermissingen' }).click();
    await page.getByRole('button', { name: 'Verder invullen' }).click();

    await lastSeen.fill(typedMinutesAgo(120));
    await facts.getByRole('button', { name: 'Feiten opslaan' }).click();
    await announced(page, 'Feiten van het moment opgeslagen.');
    const saved = (await storedEpisode(episodeId)).facts;
    expect(saved).toMatchObject({ clothing, belongings: { phone: 'yes', money: 'unknown' } });
    expect(Date.parse(saved.lastSeenAt)).toBeLessThan(Date.parse(saved.discoveredAt));
    expect(await episodeTab(page, 'Feiten').textContent()).not.toContain('niet opgeslagen');

    // A colleague corrects the clothing meanwhile: the user's direction stays, their clothing is shown.
    await facts.getByLabel('Richting of vervoer').fill('Lopend richting het station');
    await colleagueSaves(episodeId, 'facts', { ...saved, clothing: 'Rode jas (volgens de buurvrouw)' });
    await facts.getByRole('button', { name: 'Feiten opslaan' }).click();
    await facts.getByRole('alert').getByText('Deze vermissing is intussen gewijzigd').waitFor();
    await facts.getByRole('button', { name: 'Nieuwste gegevens bekijken' }).click();
    await facts.getByRole('region', { name: 'Nu opgeslagen' }).getByText('Rode jas (volgens de buurvrouw)').waitFor();
    expect(await facts.getByLabel('Richting of vervoer').inputValue()).toBe('Lopend richting het station');
    expect((await storedEpisode(episodeId)).facts.direction).toBe('');
    expect(await violations(page)).toEqual([]);
    expect(launched().problems).toEqual([]);
  });

  it('an unreadable stored discovery time raises no alert and counts to nothing, until it is filled in under Feiten', async () => {
    const { page, view } = await reportedEpisode({ discoveredAt: minutesAgo(40) });
    const db = launched().services.context.requireUnlocked().handle.db;
    db.update(missingEpisodes)
      .set({ facts: { ...view.episode.facts, discoveredAt: 'gisteravond laat' } })
      .where(eq(missingEpisodes.id, view.episode.id))
      .run();
    await openEpisode(page);
    await page.getByRole('heading', { level: 1, name: 'Sanne Smit — vermist, ontdekt op een onbekend tijdstip' }).waitFor();
    await page.getByText('Het tijdstip waarop de vermissing is ontdekt, is niet bekend', { exact: false }).waitFor();
    const overdue = page.getByRole('alert').filter({ hasText: 'Meld de vermissing nu bij de politie' });
    expect(await overdue.count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await episodeTab(page, 'Feiten').click();
    const facts = episodePanel(page, 'Feiten').getByRole('form', { name: 'Feiten aanvullen of verbeteren' });
    const discovered = facts.getByLabel('Vermissing ontdekt op');
    expect(await discovered.inputValue()).toBe('');
    await discovered.fill(typedMinutesAgo(40));
    await facts.getByRole('button', { name: 'Feiten opslaan' }).click();
    await announced(page, 'Feiten van het moment opgeslagen.');
    await page.getByRole('heading', { level: 1, name: /^Sanne Smit — vermist sinds \d\d-\d\d-\d{4} \d\d:\d\d$/ }).waitFor();
    await overdue.waitFor();
    expect(launched().problems).toEqual([]);
  });

  it('closing names the unsaved input of every tab, and a closed episode’s urgency and facts are only there to read', async () => {
    const { page, view } = await reportedEpisode({ discoveredAt: minutesAgo(180), clothing: 'Zwarte jas' });
    const episodeId = view.episode.id;
    await colleagueSaves(episodeId, 'returned', { returnedAt: minutesAgo(30), foundWhere: 'Thuis bij moeder', policeNotifiedAt: minutesAgo(20) });
    await openEpisode(page);

    const suicide = page.getByRole('group', { name: urgencyQuestions.suicideRisk });
    await suicide.getByRole('radio', { name: 'Ja' }).check();
    await suicide.getByLabel('Waaruit blijkt dit?').fill('Ze schreef gisteren een afscheidsbrief aan haar zus.');
    await episodeTab(page, 'Feiten').click();
    const facts = episodePanel(page, 'Feiten').getByRole('form', { name: 'Feiten aanvullen of verbeteren' });
    await facts.getByLabel('Kleding').fill('Zwarte jas met capuchon');

    await episodeTab(page, 'Terugkeer').click();
    const returnPanel = episodePanel(page, 'Terugkeer');
    await returnPanel.getByRole('button', { name: 'Vermissing afsluiten' }).click();
    const confirm = page.getByRole('dialog', { name: 'Vermissing afsluiten?' });
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual([
      'Het terugkeergesprek is nog niet vastgelegd.',
      'Op de tabbladen ‘Urgentie’ en ‘Feiten’ staat nog invoer die niet is opgeslagen; na het afsluiten kan die niet meer worden opgeslagen.',
    ]);
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Annuleren' }).click();

    await episodeTab(page, 'Urgentie').click();
    await episodePanel(page, 'Urgentie').getByRole('button', { name: 'Wijzigingen ongedaan maken' }).click();
    await episodePanel(page, 'Urgentie').getByRole('button', { name: 'Gegevens weggooien' }).click();
    await episodeTab(page, 'Feiten').click();
    await facts.getByRole('button', { name: 'Wijzigingen ongedaan maken' }).click();
    await facts.getByRole('button', { name: 'Gegevens weggooien' }).click();

    await episodeTab(page, 'Terugkeer').click();
    await returnPanel.getByRole('button', { name: 'Vermissing afsluiten' }).click();
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual(['Het terugkeergesprek is nog niet vastgelegd.']);
    await confirm.getByRole('button', { name: 'Afsluiten' }).click();
    await announced(page, 'Vermissing afgesloten.');

    await episodeTab(page, 'Urgentie').click();
    const urgencyPanel = episodePanel(page, 'Urgentie');
    await urgencyPanel.getByText(/^Deze vermissing is afgesloten op .* door Wim Groep\./).waitFor();
    expect(await urgencyPanel.getByRole('form').count()).toBe(0);
    expect(await urgencyPanel.getByRole('definition').allTextContents()).toEqual(Array(6).fill('Weet ik niet'));
    await episodeTab(page, 'Feiten').click();
    const factsPanel = episodePanel(page, 'Feiten');
    await factsPanel.getByText('Zwarte jas', { exact: true }).waitFor();
    expect(await factsPanel.getByRole('form').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(launched().problems).toEqual([]);
  });
});

describe('choosing the youth for a report', () => {
  it('marks the youths the user sees through a running emergency grant', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sanne, lisa] });
    const { page, services } = app;
    const [candidate] = expectOk(await services.router('emergency.search', { query: 'Dekker' })) as EmergencyCandidate[];
    expectOk(await services.router('emergency.request', { youthId: candidate!.id, reason: 'Lisa is vanavond vermist; ik meld haar bij de politie.' }));

    await page.getByRole('button', { name: 'Vermissing melden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vermissing melden' });
    await dialog.getByRole('heading', { name: 'Jongeren van je eigen groepen en via noodtoegang' }).waitFor();
    const choices = dialog.getByRole('list', { name: 'Kies de jongere' }).getByRole('button');
    expect(await choices.allTextContents()).toEqual([expect.stringMatching(/^Lisa Dekkervia noodtoegang\d+ jaar, Groep Zuid$/), expect.stringMatching(/^Sanne Smit\d+ jaar, Groep Noord$/)]);
    expect(await violations(page)).toEqual([]);

    await choices.filter({ hasText: 'Lisa Dekker' }).click();
    await dialog.getByRole('heading', { name: 'Wat weet je nu?' }).waitFor();
    expect(await dialog.locator('.chosen-youth').textContent()).toContain('Lisa Dekker, Groep Zuidvia noodtoegang');
    expect(app.problems).toEqual([]);
  });
});
