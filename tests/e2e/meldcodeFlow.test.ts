import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import type { Account, CaseSummary, CaseView, Location } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { signIn, type TestYouth } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, openFileTabByKeyboard, openPage, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = localTodayIso();
/** Eighteen, with a birthday well behind, on whatever day the test runs. */
const adultBirthDate = `${Number(today.slice(0, 4)) - 19}-01-15`;

/** Both live at the worker's Groep Noord. */
const lotte = { firstName: 'Lotte', lastName: 'Bakker', dateOfBirth: '2011-03-14', location: 'Groep Noord' } as const satisfies TestYouth;
const daan = { firstName: 'Daan', lastName: 'Visser', dateOfBirth: adultBirthDate, location: 'Groep Noord' } as const satisfies TestYouth;

/** The team lead also leads Groep Noord, so the lead sees the worker's youths and can countersign. */
async function leadAlsoLeadsNoord(launched: LaunchedApp): Promise<void> {
  const accounts = expectOk(await launched.services.router('accounts.list', undefined)) as Account[];
  const locations = expectOk(await launched.services.router('locations.list', undefined)) as Location[];
  const lead = accounts.find((account) => account.role === 'teamLead')!;
  const noord = locations.find((location) => location.name === 'Groep Noord')!;
  expectOk(await launched.services.router('accounts.update', { id: lead.id, role: 'teamLead', locationIds: [...lead.locationIds, noord.id] }));
}

/** Two signals in the youth's file as the worker records them: one supports the suspicion, one contradicts it. */
async function recordTwoSignals(launched: LaunchedApp, lastName: string): Promise<void> {
  const youthId = await youthIdByName(launched, lastName);
  const base = { youthId, freeTextCategory: 'criminalExploitation', sourceType: 'ownObservation', date: today };
  expectOk(
    await launched.services.router('signals.add', { ...base, freeText: 'Nieuwe dure sneakers zonder uitleg', kind: 'observation', direction: 'supports', description: 'Zegt dat ze geleend zijn.' }),
  );
  expectOk(
    await launched.services.router('signals.add', { ...base, freeText: 'Gaat weer elke dag naar school', kind: 'fact', direction: 'contradicts', description: 'Bevestigd door de mentor.' }),
  );
}

async function launchAsWorker(youths: readonly TestYouth[]): Promise<LaunchedApp> {
  const launched = await launchApp({ start: 'unlocked', as: 'admin', youths });
  await leadAlsoLeadsNoord(launched);
  lock(launched.services.context);
  await signIn(launched.services, 'worker');
  for (const youth of youths) await recordTwoSignals(launched, youth.lastName);
  await continueAs(launched, 'worker');
  return launched;
}

const stepTab = (page: Page, step: number | 'log') => page.getByRole('tab', { name: step === 'log' ? 'Dossierlog' : new RegExp(`^Stap ${step} ·`) });
const stepPanel = (page: Page, step: number | 'log') => page.getByRole('tabpanel', { name: step === 'log' ? 'Dossierlog' : new RegExp(`^Stap ${step} ·`) });

async function openStep(page: Page, step: number | 'log'): Promise<Locator> {
  await stepTab(page, step).click();
  return stepPanel(page, step);
}

const radio = (scope: Locator, legend: string, option: string) => scope.getByRole('group', { name: legend }).getByLabel(option, { exact: true });

/** From the file's Meldcode tab: a new case with both of the youth's signals. */
async function startCase(page: Page, youth: TestYouth, title: string): Promise<void> {
  const panel = await openFileTabByKeyboard(page, youth, 'Meldcode');
  await panel.getByRole('button', { name: 'Nieuw traject starten' }).click();
  await panel.getByLabel('Waar gaat het vermoeden over?').selectOption({ label: 'Vermoeden van criminele uitbuiting' });
  await panel.getByLabel('Korte omschrijving').fill(title);
  const signals = panel.getByRole('group', { name: 'Signalen die bij dit vermoeden horen' });
  await signals.getByRole('checkbox', { name: /Nieuwe dure sneakers/ }).check();
  await signals.getByRole('checkbox', { name: /Gaat weer elke dag naar school/ }).check();
  expect(await violations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Traject starten' }).click();
  await page.getByRole('heading', { level: 1, name: `Meldcode: ${youth.firstName} ${youth.lastName} — ${title}` }).waitFor();
}

async function saved(page: Page, message: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: message }).waitFor();
}

async function mapSignals(page: Page): Promise<void> {
  const panel = await openStep(page, 1);
  await expect.poll(() => panel.getByText('Gekozen: 1 signaal ondersteunt het vermoeden, 1 spreekt het tegen.').isVisible()).toBe(true);
  await saveSignalsStep(page, panel);
}

/** A third signal, recorded from the case itself: it is chosen for the case straight away. */
async function recordSignalInCase(page: Page): Promise<void> {
  const panel = await openStep(page, 1);
  await panel.getByRole('button', { name: 'Signaal toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signaal vastleggen' });
  await dialog.getByRole('radio', { name: 'Zelf beschrijven' }).check();
  await dialog.getByLabel('Het signaal in eigen woorden').fill('Betaalt een schuld af aan een oudere kennis');
  await dialog.getByLabel('Categorie').selectOption({ label: 'Criminele uitbuiting' });
  await dialog.getByRole('radio', { name: 'Ondersteunt het vermoeden' }).check();
  await dialog.getByLabel('Soort signaal').selectOption({ label: 'Omstandigheid/gebeurtenis' });
  await dialog.getByLabel('Bron', { exact: true }).selectOption({ label: 'Jongere' });
  await dialog.getByLabel('Datum van het signaal').fill(today);
  await dialog.getByRole('button', { name: 'Signaal vastleggen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await panel.getByRole('checkbox', { name: /Betaalt een schuld af aan een oudere kennis/, checked: true }).waitFor();
  await panel.getByText('Gekozen: 2 signalen ondersteunen het vermoeden, 1 spreekt het tegen.').waitFor();
  await saveSignalsStep(page, panel);
}

async function saveSignalsStep(page: Page, panel: Locator): Promise<void> {
  await panel.getByLabel('Toelichting').fill('De sneakers passen bij wat we vaker zien; de school spreekt het tegen.');
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

describe('the meldcode, walked by a group worker', () => {
  it('for a minor: signals, consultation, conversation, weighing (a colleague’s save in between shown beside the input), the decision to report to Veilig Thuis, the team lead countersigns, the report is recorded and the case closed; every step is in the log', async () => {
    app = await launchAsWorker([lotte]);
    const { page } = app;
    await startCase(page, lotte, 'Dure spullen zonder uitleg');
    expect(await violations(page)).toEqual([]);

    await mapSignals(page);
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

    await confirmDecision(page, decision);
    const history = decision.getByRole('list', { name: 'Bevestigde besluiten, nieuwste eerst' });
    await history.getByText('Wacht op een teamleider of de aandachtsfunctionaris').waitFor();
    // Whoever confirmed does not countersign.
    expect(await history.getByRole('button', { name: 'Medeondertekenen' }).count()).toBe(0);

    // The team lead finds the decision on the start screen, which opens the case.
    await continueAs(app, 'lead');
    const waiting = page.getByRole('region', { name: 'Aandacht nodig' }).getByRole('listitem').filter({ hasText: 'Meldcodebesluit wacht op medeondertekening' });
    await waiting.getByRole('button', { name: 'Lotte Bakker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldcode: Lotte Bakker — Dure spullen zonder uitleg' }).waitFor();
    const asLead = await openStep(page, 5);
    await asLead.getByRole('button', { name: 'Medeondertekenen' }).click();
    await asLead.getByText('Medeondertekend door Tess Leiding', { exact: false }).waitFor();

    await continueAs(app, 'worker');
    await openPage(page, 'Meldcode');
    await page.getByRole('table', { name: 'Lopende meldcodetrajecten' }).getByRole('button', { name: /Openen/ }).click();
    const report = await openStep(page, 5);
    await report.getByRole('heading', { name: '5b · Melding vastleggen' }).waitFor();
    await report.getByLabel('Waar heb je gemeld?').selectOption({ label: 'Veilig Thuis' });
    await report.getByLabel('Datum van de melding').fill(today);
    await report.getByLabel('Wie deed de melding?').fill('Wim Groep');
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
      /Traject.*Casus geopend.*Dure spullen zonder uitleg.*met 2 signalen/,
      /Stap 1.*Signalen opgeslagen/,
      /Stap 2.*Consultatie van .* geanonimiseerd/,
      /Stap 3.*Gesprek met de jongere opgeslagen/,
      /Stap 4.*Weging opgeslagen/,
      /Wim GroepStap 5.*Besluit bevestigd: melden bij Veilig Thuis/i,
      /Tess LeidingStap 5.*medeondertekend/,
      /Stap 5.*Melding \(5b\) opgeslagen/,
      /Traject.*Casus gesloten/,
    ]);
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  }, 240_000);

  it('for an adult: the conversation is not held (with the expert), the risk can be averted by own help, and the 5a help plan gets a follow-up date; every step is in the log', async () => {
    app = await launchAsWorker([daan]);
    const { page } = app;
    await startCase(page, daan, 'Schulden bij een oudere kennis');
    await page.getByText('Volwassen (18+): beroepsgeheim').waitFor();
    await recordSignalInCase(page);
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
      /Traject.*Casus geopend.*Schulden bij een oudere kennis/,
      /Stap 1.*Signalen opgeslagen; gewijzigd: gekoppelde signalen/,
      /Stap 2.*Consultatie van/,
      /Stap 3.*Gesprek met de jongere opgeslagen/,
      /Stap 4.*Weging opgeslagen/,
      /Stap 5.*Antwoorden voor het besluit opgeslagen/,
      /Stap 5.*Besluit bevestigd: zelf hulp bieden of organiseren \(5a\)/i,
      /Stap 5.*Hulpplan \(5a\) opgeslagen/,
    ]);
    expect(app.problems).toEqual([]);
  }, 240_000);
});
