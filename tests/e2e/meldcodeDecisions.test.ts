import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { conflictOfDutiesQuestions, meldcodeQuestions, type CaseView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import type { TestYouth } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, isFocused, openPage, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = localTodayIso();
/** Thirteen or fourteen, and so a minor, whatever day the test runs. */
const sem = { firstName: 'Sem', lastName: 'Jansen', dateOfBirth: `${Number(today.slice(0, 4)) - 14}-06-20`, location: 'Groep Noord' } as const satisfies TestYouth;
const noor = { firstName: 'Noor', lastName: 'de Wit', dateOfBirth: `${Number(today.slice(0, 4)) - 20}-02-02`, location: 'Groep Noord' } as const satisfies TestYouth;

/** Steps 1 to 4 done through main as the worker (the flow test walks them on screen): the suspicion remains, nothing acute. */
async function caseAtStepFive(launched: LaunchedApp, lastName: string, structural: boolean | null): Promise<string> {
  const youthId = await youthIdByName(launched, lastName);
  const opened = expectOk(await launched.services.router('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Nieuwe oudere vrienden' })) as CaseView;
  const weighed = expectOk(
    await launched.services.router('meldcode.update', {
      caseId: opened.case.id,
      basedOnUpdatedAt: opened.case.updatedAt,
      part: 'weighing',
      value: { acuteUnsafety: false, structuralUnsafety: structural, outcome: 'remains' },
    }),
  ) as CaseView;
  return weighed.case.id;
}

async function openTheCase(page: Page): Promise<void> {
  await openPage(page, 'Meldcode');
  await page.getByRole('table', { name: 'Lopende meldcodetrajecten' }).getByRole('button', { name: /Openen/ }).click();
  await page.getByRole('tablist', { name: 'Stappen van het meldcodetraject' }).waitFor();
}

const radio = (page: Page, legend: string, option: string) => page.getByRole('group', { name: legend }).getByLabel(option, { exact: true });
const outcomes = (page: Page) => page.getByRole('list', { name: 'Wat te doen, in deze volgorde' });

describe('step 5 asks what the path needs', () => {
  it('an adult without consent: the six conflict-of-duties questions appear only then, and answering them lets the report through', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths: [noor] });
    await caseAtStepFive(app, noor.lastName, null);
    await continueAs(app, 'worker');
    const { page } = app;
    await openTheCase(page);
    // The first step that is not done opens; the step tabs are one tab stop, moved through with the arrow keys.
    const tabs = page.getByRole('tablist', { name: 'Stappen van het meldcodetraject' });
    const selected = tabs.getByRole('tab', { selected: true });
    await selected.focus();
    const stepFive = tabs.getByRole('tab', { name: /^Stap 5 ·/ });
    for (let press = 0; press < 6 && (await stepFive.getAttribute('aria-selected')) !== 'true'; press++) await page.keyboard.press('ArrowRight');
    expect(await isFocused(stepFive)).toBe(true);

    const firstDuty = page.getByLabel(conflictOfDutiesQuestions.harmBySilence);
    await radio(page, meldcodeQuestions.riskAvertableByOwnHelp, 'Nee').check();
    await radio(page, meldcodeQuestions.seriousDanger, 'Ja').check();
    await radio(page, meldcodeQuestions.consentToReport, 'Ja').check();
    await page.getByRole('group', { name: meldcodeQuestions.wantsAnonymity }).waitFor();
    expect(await firstDuty.count()).toBe(0);

    await radio(page, meldcodeQuestions.consentToReport, 'Nee').check();
    await firstDuty.waitFor();
    await page.getByText('Nog geen uitkomst: er ontbreken antwoorden').waitFor();
    for (const question of Object.values(conflictOfDutiesQuestions)) await page.getByLabel(question).fill('Beantwoord na overleg met de aandachtsfunctionaris.');
    await radio(page, meldcodeQuestions.wantsAnonymity, 'Nee').check();
    await outcomes(page).getByText('Melden bij het team mensenhandel van de politie (AVIM)').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Antwoorden van stap 5 opgeslagen.' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Besluit bevestigen' }).isEnabled()).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('a minor with own help (typed input guarded on leaving): a follow-up where the help falls short changes the outcome to Veilig Thuis, and a new decision is confirmed', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sem] });
    await caseAtStepFive(app, sem.lastName, false);
    await continueAs(app, 'worker');
    const { page } = app;
    await openTheCase(page);
    // Typed input is guarded: the step's tab says so, and leaving the case asks first.
    await page.getByRole('tab', { name: /^Stap 1 ·/ }).click();
    const note = page.getByRole('tabpanel', { name: /^Stap 1 ·/ }).getByLabel('Toelichting');
    await note.fill('Nog uitzoeken met wie hij omgaat.');
    await page.getByRole('tab', { name: /^Stap 1 ·.*\(niet opgeslagen\)/ }).waitFor();
    await page.getByRole('button', { name: 'Terug naar de meldcode' }).click();
    await page.getByRole('button', { name: 'Verder invullen' }).click();
    expect(await note.inputValue()).toBe('Nog uitzoeken met wie hij omgaat.');
    await page.getByRole('tabpanel', { name: /^Stap 1 ·/ }).getByRole('button', { name: 'Wijzigingen ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Gegevens weggooien' }).click();
    expect(await note.inputValue()).toBe('');
    await page.getByRole('tab', { name: /^Stap 5 ·/ }).click();
    await radio(page, meldcodeQuestions.ownHelpPossible, 'Ja').check();
    await radio(page, meldcodeQuestions.helpAccepted, 'Ja').check();
    await outcomes(page).getByText('Zelf hulp bieden of organiseren (5a)').waitFor();
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Antwoorden van stap 5 opgeslagen.' }).waitFor();
    await page.getByRole('button', { name: 'Besluit bevestigen' }).click();
    await page.getByRole('dialog', { name: 'Besluit bevestigen' }).getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('status').filter({ hasText: 'Besluit bevestigd' }).waitFor();
    // Confirming the same result twice would only repeat it.
    await expect.poll(() => page.getByRole('button', { name: 'Besluit bevestigen' }).isDisabled()).toBe(true);
    await page.getByText('Deze uitkomst is al bevestigd en er is sindsdien niets veranderd.', { exact: false }).waitFor();

    await page.getByLabel('Welke hulp komt er?').fill('Dagelijkse begeleiding naar school en een vaste mentor.');
    await page.getByRole('button', { name: 'Vervolgmoment toevoegen' }).click();
    await page.getByLabel('Vervolgmoment 1').fill(today);
    await page.getByRole('button', { name: 'Hulpplan opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Hulpplan (5a) opgeslagen.' }).waitFor();

    await radio(page, 'Brengt de hulp binnen de afgesproken tijd de nodige veiligheid?', 'Nee, niet op tijd of niet genoeg').check();
    await page.getByLabel('Waaruit blijkt dat?').fill('Hij is twee keer ’s nachts weggebleven.');
    await page.getByRole('button', { name: 'Vervolgmoment vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vervolgmoment vastgelegd.' }).waitFor();
    await outcomes(page).getByText('Melden bij Veilig Thuis').waitFor();
    await page.getByRole('button', { name: 'Besluit bevestigen' }).click();
    await page.getByRole('dialog', { name: 'Besluit bevestigen' }).getByRole('button', { name: 'Bevestigen' }).click();
    const history = page.getByRole('list', { name: 'Bevestigde besluiten, nieuwste eerst' });
    await expect.poll(() => history.locator(':scope > li').count()).toBe(2);
    expect(await history.locator(':scope > li').first().locator('.case-record-title').textContent()).toBe('Melden bij Veilig Thuis');
    await page.getByRole('heading', { name: '5b · Melding vastleggen' }).waitFor();
    // The help plan of the earlier decision stays readable, out of the way.
    await page.getByText('Eerder vastgelegde hulpplannen (5a) (1)').click();
    await page.getByText('Dagelijkse begeleiding naar school en een vaste mentor.').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
