import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import type { CaseSummary, CaseView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, signInDemo, type DemoAccountName, type LaunchedApp } from './harness';
import { isFocused, openFileTabByKeyboard, openPage } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = localTodayIso();

/** Demo youths as `npm start` creates them (main/demo): Sanne is 15 and lives at De Linde, groep Noord; Amir is 18. */
const sanne = { firstName: 'Sanne', lastName: 'Verhoef' } as const;
const amir = { firstName: 'Amir', lastName: 'Bakkali' } as const;
type DemoYouth = typeof sanne | typeof amir;

/** Another demo account takes over in main, and the page starts again as they would see it. */
async function continueAsDemo(launched: LaunchedApp, name: DemoAccountName): Promise<void> {
  lock(launched.services.context, 'switchUser');
  await signInDemo(launched.services, name);
  await launched.page.reload();
  await launched.page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

const stepTab = (page: Page, step: number | 'log') => page.getByRole('tab', { name: step === 'log' ? 'Dossierlog' : new RegExp(`^Stap ${step} ·`) });
const stepPanel = (page: Page, step: number | 'log') => page.getByRole('tabpanel', { name: step === 'log' ? 'Dossierlog' : new RegExp(`^Stap ${step} ·`) });

async function openStep(page: Page, step: number | 'log'): Promise<Locator> {
  await stepTab(page, step).click();
  return stepPanel(page, step);
}

const radio = (scope: Locator, legend: string, option: string) => scope.getByRole('group', { name: legend }).getByLabel(option, { exact: true });

/** From the file's Meldcode tab: a new case with every signal the demo recorded for the youth. */
async function startCase(page: Page, youth: DemoYouth, suspicion: string, title: string): Promise<void> {
  const panel = await openFileTabByKeyboard(page, youth, 'Meldcode');
  await panel.getByRole('button', { name: 'Nieuw traject starten' }).click();
  await panel.getByLabel('Waar gaat het vermoeden over?').selectOption({ label: suspicion });
  await panel.getByLabel('Korte omschrijving').fill(title);
  const signals = panel.getByRole('group', { name: 'Signalen die bij dit vermoeden horen' }).getByRole('checkbox');
  await signals.first().waitFor();
  for (const signal of await signals.all()) await signal.check();
  expect(await violations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Traject starten' }).click();
  await page.getByRole('heading', { level: 1, name: `Meldcode: ${youth.firstName} ${youth.lastName} — ${title}` }).waitFor();
}

async function saved(page: Page, message: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: message }).waitFor();
}

/**
 * Step 1 with the demo's signals (supporting and contradicting) and one more, recorded on screen
 * from the case: it is chosen for the case straight away and counted with the others.
 */
async function mapSignals(page: Page, counts: { supports: number; contradicts: number }, signal: { text: string; category: string }): Promise<void> {
  const panel = await openStep(page, 1);
  await panel.getByText(`Gekozen: ${counts.supports} signalen ondersteunen het vermoeden, ${counts.contradicts} spreken het tegen.`).waitFor();
  await panel.getByRole('button', { name: 'Signaal toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signaal vastleggen' });
  await dialog.getByRole('radio', { name: 'Zelf beschrijven' }).check();
  await dialog.getByLabel('Het signaal in eigen woorden').fill(signal.text);
  await dialog.getByLabel('Categorie').selectOption({ label: signal.category });
  await dialog.getByRole('radio', { name: 'Ondersteunt het vermoeden' }).check();
  await dialog.getByLabel('Soort signaal').selectOption({ label: 'Omstandigheid/gebeurtenis' });
  await dialog.getByLabel('Bron', { exact: true }).selectOption({ label: 'Jongere' });
  await dialog.getByLabel('Datum van het signaal').fill(today);
  await dialog.getByRole('button', { name: 'Signaal vastleggen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await panel.getByRole('checkbox', { name: new RegExp(signal.text), checked: true }).waitFor();
  await panel.getByText(`Gekozen: ${counts.supports + 1} signalen ondersteunen het vermoeden, ${counts.contradicts} spreken het tegen.`).waitFor();
  await saveSignalsStep(page, panel);
}

async function saveSignalsStep(page: Page, panel: Locator): Promise<void> {
  await panel.getByLabel('Toelichting').fill('Veel wijst dezelfde kant op; de school spreekt het tegen.');
  await panel.getByRole('button', { name: 'Stap 1 opslaan' }).click();
  await saved(page, 'Stap 1 opgeslagen');
}

async function consult(page: Page): Promise<void> {
  const panel = await openStep(page, 2);
  await panel.getByLabel('Met wie overlegde je?').selectOption({ label: 'Zorgcoördinator mensenhandel' });
  // Before saving, the form says that outside the organisation only anonymised data may be discussed.
  await panel.getByText('Dit is overleg buiten de organisatie: dat gaat altijd geanonimiseerd.', { exact: false }).waitFor();
  await panel.getByLabel('Naam of functie').fill('Zorgcoördinator regio');
  await panel.getByLabel('Vragen die je voorlegde').fill('Past dit beeld bij criminele uitbuiting?');
  await panel.getByLabel('Advies').fill('Blijf signalen vastleggen en ga in gesprek.');
  await panel.getByRole('button', { name: 'Consultatie vastleggen' }).click();
  await panel.getByText('Overleg buiten de organisatie gaat altijd over geanonimiseerde gegevens', { exact: false }).waitFor();
  await panel.getByRole('checkbox', { name: /Geanonimiseerd besproken/ }).check();
  await panel.getByRole('button', { name: 'Consultatie vastleggen' }).click();
  await saved(page, 'Consultatie vastgelegd.');
  await panel.getByRole('list', { name: 'Vastgelegde consultaties' }).getByText('Zorgcoördinator regio (geanonimiseerd)', { exact: false }).waitFor();
}

async function talk(page: Page): Promise<void> {
  const panel = await openStep(page, 3);
  await panel.getByRole('complementary', { name: 'Tips voor het gesprek' }).waitFor();
  await radio(panel, 'Is het gesprek met de jongere gevoerd?', 'Ja, het gesprek is gevoerd').check();
  await panel.getByLabel('Datum van het gesprek').fill(today);
  await panel.getByLabel('Reactie van de jongere').fill('Ze zegt dat de sneakers van een vriend zijn en wil er verder niet over praten.');
  await panel.getByLabel('Je interpretatie').fill('Ze ontwijkt de vraag naar wie de vriend is.');
  await radio(panel, 'Geeft de jongere toestemming om anderen in te schakelen of te melden?', 'Nee').check();
  await panel.getByRole('button', { name: 'Stap 3 opslaan' }).click();
  await saved(page, 'Stap 3 opgeslagen');
}

async function weigh(page: Page, structural: 'Ja' | 'Nee' | null): Promise<void> {
  const panel = await fillWeighing(page, structural);
  await panel.getByRole('button', { name: 'Stap 4 opslaan' }).click();
  await saved(page, 'Stap 4 opgeslagen');
}

async function fillWeighing(page: Page, structural: 'Ja' | 'Nee' | null): Promise<Locator> {
  const panel = await openStep(page, 4);
  await panel.getByLabel('Wat zijn de concrete feiten en gebeurtenissen?').fill('Dure spullen zonder uitleg; gaat wel naar school.');
  await radio(panel, 'Is er acute onveiligheid: wordt iemands veiligheid nu bedreigd?', 'Nee').check();
  if (structural) await radio(panel, 'Is er structurele onveiligheid?', structural).check();
  await radio(panel, 'Wat is de uitkomst?', 'Het vermoeden blijft: door naar stap 5').check();
  return panel;
}

/** A colleague saves the weighing while the worker is typing it: the worker's save is refused, the colleague's text shown, the input kept. */
async function weighAfterColleague(launched: LaunchedApp): Promise<void> {
  const { page } = launched;
  const panel = await fillWeighing(page, 'Ja');
  const [summary] = expectOk(await launched.services.router('meldcode.list', {})) as CaseSummary[];
  const view = expectOk(await launched.services.router('meldcode.get', { caseId: summary!.id })) as CaseView;
  expectOk(
    await launched.services.router('meldcode.update', {
      caseId: view.case.id,
      basedOnUpdatedAt: view.case.updatedAt,
      part: 'weighing',
      value: { nature: 'Mogelijke ronselaar via school.' },
    }),
  );
  await panel.getByRole('button', { name: 'Stap 4 opslaan' }).click();
  await panel.getByRole('alert').first().waitFor();
  await panel.getByRole('button', { name: 'Nieuwste gegevens bekijken' }).click();
  const newest = panel.getByRole('region', { name: 'Nu opgeslagen door je collega' });
  await newest.getByText('Mogelijke ronselaar via school.').waitFor();
  expect(await panel.getByLabel('Wat zijn de concrete feiten en gebeurtenissen?').inputValue()).toBe('Dure spullen zonder uitleg; gaat wel naar school.');
  await panel.getByRole('button', { name: 'Stap 4 opslaan' }).click();
  await saved(page, 'Stap 4 opgeslagen');
}

async function confirmDecision(page: Page, panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Besluit bevestigen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Besluit bevestigen' });
  await dialog.getByRole('button', { name: 'Bevestigen' }).click();
  await saved(page, 'Besluit bevestigd');
}

/** Each expected line is in the log, in this order (the log is oldest first). */
function expectSteps(log: readonly string[], expected: readonly RegExp[]): void {
  let from = 0;
  for (const pattern of expected) {
    const at = log.findIndex((row, index) => index >= from && pattern.test(row));
    expect(at, `${pattern} in ${JSON.stringify(log, null, 1)}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

async function logTexts(page: Page): Promise<string[]> {
  const panel = await openStep(page, 'log');
  return panel.getByRole('table', { name: 'Dossierlog' }).locator('tbody tr').allTextContents();
}

describe('the meldcode, walked from the demo', () => {
  it('Sanne (15), by the group worker: the demo’s signals and one recorded on screen, consultation, conversation, weighing (a colleague’s save in between shown beside the input), the decision to report to Veilig Thuis, the aandachtsfunctionaris countersigns, the report is recorded and the case closed; every step is in the log', async () => {
    app = await launchApp({ demo: { as: 'groep-noord' } });
    const { page } = app;
    await startCase(page, sanne, 'Vermoeden van seksuele uitbuiting', 'Oudere vriend haalt haar op');
    expect(await violations(page)).toEqual([]);

    await mapSignals(page, { supports: 7, contradicts: 2 }, { text: 'Krijgt cadeaus van de vriend', category: 'Seksuele uitbuiting' });
    await consult(page);
    await talk(page);
    expect(await violations(page)).toEqual([]);
    await weighAfterColleague(app);

    const decision = await openStep(page, 5);
    const outcome = decision.getByRole('list', { name: 'Wat te doen, in deze volgorde' });
    await outcome.getByText('Melden bij Veilig Thuis').waitFor();
    await outcome.getByText('0800-2000').waitFor();
    const trace = await decision.getByRole('list', { name: 'Redenering' }).locator('li').allTextContents();
    expect(trace.some((sentence) => sentence.startsWith('Er is structurele onveiligheid: melden bij Veilig Thuis is verplicht'))).toBe(true);
    await decision.getByRole('list', { name: 'Ook overwegen' }).getByText('Melden bij het team mensenhandel van de politie (AVIM)').waitFor();
    expect(await violations(page)).toEqual([]);

    // Deviating needs a chosen outcome and a reason; leaving it asks first about what was typed.
    await decision.getByRole('button', { name: 'Afwijken' }).click();
    await decision.getByRole('button', { name: 'Afwijking bevestigen' }).click();
    await decision.getByText('Kies minstens één uitkomst.').waitFor();
    await decision.getByText('Leg in minstens een zin uit waarom je afwijkt van de uitkomst.').waitFor();
    await decision.getByLabel('Waarom wijk je af?').fill('Toch niet');
    await decision.getByRole('button', { name: 'Annuleren' }).click();
    await decision.getByRole('button', { name: 'Gegevens weggooien' }).click();
    await expect.poll(() => isFocused(decision.getByRole('button', { name: 'Afwijken' }))).toBe(true);

    await confirmDecision(page, decision);
    const history = decision.getByRole('list', { name: 'Bevestigde besluiten, nieuwste eerst' });
    await history.getByText('Wacht op een teamleider of de aandachtsfunctionaris').waitFor();
    // Whoever confirmed does not countersign.
    expect(await history.getByRole('button', { name: 'Medeondertekenen' }).count()).toBe(0);

    // The aandachtsfunctionaris finds the decision on the start screen, which opens the case.
    await continueAsDemo(app, 'demo');
    const waiting = page.getByRole('region', { name: 'Aandacht nodig' }).getByRole('listitem').filter({ hasText: 'Meldcodebesluit wacht op medeondertekening' });
    await waiting.getByRole('button', { name: 'Sanne Verhoef' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldcode: Sanne Verhoef — Oudere vriend haalt haar op' }).waitFor();
    const asOfficer = await openStep(page, 5);
    await asOfficer.getByRole('button', { name: 'Medeondertekenen' }).click();
    await asOfficer.getByText('Medeondertekend door demo', { exact: false }).waitFor();

    await continueAsDemo(app, 'groep-noord');
    await openPage(page, 'Meldcode');
    await page.getByRole('table', { name: 'Lopende meldcodetrajecten' }).getByRole('button', { name: /Openen/ }).click();
    const report = await openStep(page, 5);
    await report.getByRole('heading', { name: '5b · Melding vastleggen' }).waitFor();
    await report.getByLabel('Waar heb je gemeld?').selectOption({ label: 'Veilig Thuis' });
    // The social map's number for the chosen channel shows beside it.
    await report.getByRole('form', { name: '5b · Melding vastleggen' }).getByText('0800-2000').waitFor();
    await report.getByLabel('Datum van de melding').fill(today);
    await report.getByLabel('Wie deed de melding?').fill('Mentor groep Noord');
    await radio(report, 'Is de jongere geïnformeerd?', 'Ja').check();
    await report.getByLabel('Kenmerk van de melding').fill('VT-2026-0042');
    await report.getByRole('button', { name: 'Melding opslaan' }).click();
    await saved(page, 'Melding (5b) vastgelegd.');

    // Veilig Thuis takes it from here: the case is closed, and what was recorded stays readable, no longer editable.
    await report.getByRole('button', { name: 'Traject afsluiten…' }).click();
    await report.getByLabel('Waarom sluit je het traject af?').fill('Veilig Thuis heeft de melding in behandeling genomen.');
    await report.getByRole('button', { name: 'Traject afsluiten' }).click();
    await saved(page, 'Traject afgesloten.');
    await page.getByText('Afgesloten,', { exact: false }).first().waitFor();
    expect(await report.getByLabel('Kenmerk van de melding').isDisabled()).toBe(true);
    expect(await report.getByRole('button', { name: 'Melding opslaan' }).count()).toBe(0);

    const log = await logTexts(page);
    expectSteps(log, [
      /Traject.*Casus geopend.*Oudere vriend haalt haar op.*met 9 signalen/,
      /Stap 1.*Signalen opgeslagen/,
      /Stap 2.*Consultatie van .* geanonimiseerd/,
      /Stap 3.*Gesprek met de jongere opgeslagen/,
      /Stap 4.*Weging opgeslagen/,
      /groep-noordStap 5.*Besluit bevestigd: melden bij Veilig Thuis/i,
      /demoStap 5.*medeondertekend/,
      /Stap 5.*Melding \(5b\) vastgelegd bij het besluit/,
      /Traject.*Casus gesloten/,
    ]);
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  }, 240_000);

  it('Amir (18), by the aandachtsfunctionaris: the demo’s signals and one recorded on screen, the conversation is not held (with the expert), the risk can be averted by own help, the reasoning is shown, and the 5a help plan gets a follow-up date; every step is in the log', async () => {
    app = await launchApp({ demo: { as: 'demo' } });
    const { page } = app;
    await startCase(page, amir, 'Vermoeden van criminele uitbuiting', 'Schulden bij een oudere kennis');
    await page.getByText('Volwassen (18+): beroepsgeheim').waitFor();
    await mapSignals(page, { supports: 6, contradicts: 2 }, { text: 'Betaalt een schuld af aan een oudere kennis', category: 'Criminele uitbuiting' });
    await consult(page);

    const conversation = await openStep(page, 3);
    await radio(conversation, 'Is het gesprek met de jongere gevoerd?', 'Nee, het gesprek kan niet worden gevoerd').check();
    await conversation.getByRole('group', { name: /Waarom kan het gesprek niet\?/ }).getByLabel('De jongere verbreekt dan waarschijnlijk het contact en verdwijnt uit beeld').check();
    await conversation.getByRole('button', { name: 'Stap 3 opslaan' }).click();
    // The reasons alone are not enough: the explanation and the expert are asked at their fields.
    await conversation.getByText('Dit besluit neem je samen met een deskundige: vul in met wie.').waitFor();
    await conversation.getByLabel('Toelichting').fill('Hij heeft gedreigd te vertrekken als we erover beginnen.');
    await conversation.getByLabel('Met welke deskundige besloot je dit?').fill('Aandachtsfunctionaris');
    await conversation.getByRole('button', { name: 'Stap 3 opslaan' }).click();
    await saved(page, 'Stap 3 opgeslagen');

    await weigh(page, null);
    const decision = await openStep(page, 5);
    await radio(decision, 'Is het risico met eigen hulp af te wenden?', 'Ja').check();
    await decision.getByRole('list', { name: 'Wat te doen, in deze volgorde' }).getByText('Zelf hulp bieden of organiseren (5a)').waitFor();
    const trace = await decision.getByRole('list', { name: 'Redenering' }).locator('li').allTextContents();
    expect(trace.some((sentence) => sentence.startsWith('Het risico is met eigen hulp af te wenden: zelf hulp bieden (5a)'))).toBe(true);
    // Consent is not asked on this path.
    expect(await decision.getByRole('group', { name: 'Geeft de betrokkene toestemming om te melden?' }).count()).toBe(0);
    await expect.poll(() => decision.getByRole('button', { name: 'Besluit bevestigen' }).isDisabled()).toBe(true);
    await decision.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await saved(page, 'Antwoorden van stap 5 opgeslagen.');
    await confirmDecision(page, decision);
    await decision.getByRole('list', { name: 'Bevestigde besluiten, nieuwste eerst' }).getByText('Niet nodig', { exact: true }).waitFor();

    await decision.getByLabel('Welke hulp komt er?').fill('Schuldhulp via het wijkteam en wekelijks gesprek met de mentor.');
    await decision.getByLabel('Wie biedt de hulp?').fill('Mentor en wijkteam');
    await decision.getByRole('button', { name: 'Vervolgmoment toevoegen' }).click();
    await decision.getByLabel('Vervolgmoment 1').fill(`${Number(today.slice(0, 4)) + 1}-01-10`);
    await radio(decision, 'Is de jongere geïnformeerd?', 'Ja').check();
    await decision.getByRole('button', { name: 'Hulpplan opslaan' }).click();
    await saved(page, 'Hulpplan (5a) opgeslagen.');
    await decision.getByRole('heading', { name: 'Vervolgmoment vastleggen' }).waitFor();
    expect(await violations(page)).toEqual([]);

    const log = await logTexts(page);
    expectSteps(log, [
      /Traject.*Casus geopend.*Schulden bij een oudere kennis.*met 8 signalen/,
      /Stap 1.*Signalen opgeslagen; gewijzigd: gekoppelde signalen/,
      /Stap 2.*Consultatie van/,
      /Stap 3.*Gesprek met de jongere opgeslagen/,
      /Stap 4.*Weging opgeslagen/,
      /Stap 5.*Antwoorden voor het besluit opgeslagen/,
      /Stap 5.*Besluit bevestigd: zelf hulp bieden of organiseren \(5a\)/i,
      /Stap 5.*Hulpplan \(5a\) vastgelegd bij het besluit/,
    ]);
    expect(app.problems).toEqual([]);
  }, 240_000);
});
