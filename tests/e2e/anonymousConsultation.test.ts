import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseView, NetworkEntity, SignalView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { disclosuresOf } from '../support/pdfPorts';
import { flattened, pdfPages, pdfText } from '../support/pdfText';
import type { TestYouth } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openPage, pressButton, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = localTodayIso();
const sem = { firstName: 'Sem', lastName: 'Jansen', dateOfBirth: `${Number(today.slice(0, 4)) - 14}-06-20`, location: 'Groep Noord' } as const satisfies TestYouth;
const friend = 'Daan Visser';
/** Nobody recorded these anywhere main could know them from: only the user can have them left out. */
const school = 'Klimopcollege';
const sportsClub = 'Sportclub De Eekhoorn';
/** Typed by the user for this export: it prints in the "Verstrekking" section and every page's footer, so it is redacted too. */
const recipient = 'CSG Regio Voorbeeld (casus Sem)';
const recipientAsPrinted = 'CSG Regio Voorbeeld (casus [de jongere])';

/** A case whose one signal names the youth, a friend from the network, a school and a sports club. */
async function seedCase(launched: LaunchedApp): Promise<string> {
  const youthId = await youthIdByName(launched, sem.lastName);
  expectOk(await launched.services.router('network.saveEntity', { youthId, details: { kind: 'person', role: 'friend', name: friend }, source: 'Eigen waarneming' })) as NetworkEntity;
  const signal = expectOk(
    await launched.services.router('signals.add', {
      youthId,
      freeText: 'Wordt na school opgehaald door een oudere vriend',
      freeTextCategory: 'criminalExploitation',
      kind: 'event',
      sourceType: 'ownObservation',
      direction: 'supports',
      date: today,
      description: `Sem Jansen wordt bij het ${school} opgehaald door ${friend}; Sem zegt dat Daan hem meeneemt naar ${sportsClub}.`,
    }),
  ) as SignalView;
  expectOk(await launched.services.router('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Opgehaald na school', signalIds: [signal.id] })) as CaseView;
  return youthId;
}

async function openStep(page: Page, step: 2 | 4): Promise<Locator> {
  await openPage(page, 'Meldcode');
  await page.getByRole('table', { name: 'Lopende meldcodetrajecten' }).getByRole('button', { name: /Openen/ }).click();
  await page.getByRole('tab', { name: new RegExp(`^Stap ${step} ·`) }).click();
  return page.getByRole('tabpanel', { name: new RegExp(`^Stap ${step} ·`) });
}

/** The preview once it shows what will print (no update on its way). */
async function settledPreview(panel: Locator): Promise<Locator> {
  const preview = panel.getByRole('region', { name: 'Voorbeeld van wat je deelt' });
  await preview.and(panel.locator('[aria-busy="false"]')).waitFor();
  return preview;
}

/** Types a word into "Extra weglaten" and presses Enter, with the keyboard only. */
async function leaveOutByKeyboard(page: Page, field: Locator, word: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
}

describe('preparing an anonymous consultation', () => {
  it('shows what was replaced, leaves out the extra words the user adds, and saves a PDF without any of them', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sem] });
    const youthId = await seedCase(app);
    const { page } = app;
    const panel = await openStep(page, 2);

    await pressButton(page, panel.getByRole('button', { name: 'Anoniem overleg voorbereiden…' }));
    expect(await isFocused(panel.getByRole('heading', { name: 'Controleer wat je deelt' }))).toBe(true);
    let preview = await settledPreview(panel);
    const marks = preview.locator('mark');
    await marks.filter({ hasText: '[de jongere]' }).first().waitFor();
    await marks.filter({ hasText: '[vriend A]' }).first().waitFor();
    // Each replacement says so to a screen reader, not by colour alone.
    expect(await marks.first().textContent()).toMatch(/^weggelaten: \[/);
    let shown = (await preview.textContent()) ?? '';
    expect(shown).not.toMatch(/\bSem\b|Jansen|Daan|Visser/);
    expect(shown).toContain(school);
    const redactions = panel.getByRole('table', { name: 'Weggelaten' });
    await redactions.getByRole('row').filter({ hasText: friend }).filter({ hasText: '[vriend A]' }).waitFor();
    expect(await violations(page)).toEqual([]);

    const extra = panel.getByLabel('Extra weglaten');
    await leaveOutByKeyboard(page, extra, school);
    await leaveOutByKeyboard(page, extra, sportsClub);
    const extraList = panel.getByRole('list', { name: 'Extra weggelaten' });
    await extraList.getByRole('listitem').filter({ hasText: sportsClub }).waitFor();
    preview = await settledPreview(panel);
    shown = (await preview.textContent()) ?? '';
    expect(shown).not.toContain(school);
    expect(shown).not.toContain(sportsClub);
    expect(await marks.filter({ hasText: '[weggelaten]' }).count()).toBe(2);

    // Taking the sports club off the list again puts it back in the preview: the preview is what will print.
    await pressButton(page, extraList.getByRole('button', { name: `Verwijderen: ${sportsClub}` }));
    expect(await isFocused(extra)).toBe(true);
    await extraList.getByRole('listitem').filter({ hasText: sportsClub }).waitFor({ state: 'detached' });
    preview = await settledPreview(panel);
    await preview.getByText(sportsClub, { exact: false }).waitFor();
    expect(await marks.filter({ hasText: '[weggelaten]' }).count()).toBe(1);
    // The same word twice is refused in the field, with the focus on it.
    await leaveOutByKeyboard(page, extra, school.toLowerCase());
    await panel.getByText('Dit woord laat je al weglaten.').waitFor();
    expect(await isFocused(extra)).toBe(true);
    await extra.fill('');
    expect(await violations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await panel.getByText('Vul in met wie je overlegt, bijvoorbeeld "CSG" of "Veilig Thuis (anoniem advies)".').waitFor();
    expect(await isFocused(panel.getByLabel('Met wie overleg je?'))).toBe(true);
    expect(app.saved).toEqual([]);

    await panel.getByLabel('Grondslag').selectOption({ label: 'Gerechtvaardigd belang' });
    await panel.getByLabel('Met wie overleg je?').fill(recipient);
    await panel.getByLabel('Doel').fill('Advies over signalen van criminele uitbuiting bij Sem');
    // Saving before the preview caught up with the typing is refused: the preview is what leaves.
    await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await panel.getByText('Het voorbeeld wordt nog bijgewerkt. Bekijk het eerst: dat is wat je deelt.').waitFor();
    expect(app.saved).toEqual([]);
    preview = await settledPreview(panel);
    // The review shows with whom and why as they will print, each replacement marked.
    const disclosed = flattened((await preview.locator('section').filter({ has: page.getByRole('heading', { name: 'Verstrekking' }) }).textContent()) ?? '');
    expect(disclosed).toContain('CSG Regio Voorbeeld (casus weggelaten: [de jongere])');
    expect(disclosed).toContain('uitbuiting bij weggelaten: [de jongere]');
    expect(disclosed).not.toMatch(/\bSem\b/);
    await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await panel.getByRole('status').filter({ hasText: `De verstrekking aan ${recipient} is vastgelegd.` }).waitFor();
    const [saved] = app.saved;
    expect(await panel.getByRole('status').filter({ hasText: `Anoniem overleg opgeslagen: ${saved!.path}.` }).count()).toBe(1);
    const text = pdfText(saved!.pdf);
    expect(text).not.toMatch(/\bSem\b|Jansen|Daan|Visser/i);
    expect(text).not.toMatch(new RegExp(school, 'i'));
    expect(text).toContain('[de jongere]');
    expect(text).toContain(sportsClub);
    for (const pageText of pdfPages(saved!.pdf, 'raw')) expect(flattened(pageText)).toContain(`Verstrekt aan ${recipientAsPrinted} op`);
    expect(disclosuresOf(app.services, youthId)).toEqual([expect.objectContaining({ document: 'anonymisedConsultation', recipient, legalGround: 'legitimateInterest' })]);
    // The review closes once the file left, focus back on its button.
    expect(await isFocused(panel.getByRole('button', { name: 'Anoniem overleg voorbereiden…' }))).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('at step 4: a cancelled save records nothing and keeps the review; the extra word is unsaved input the case guards; printing records the disclosure', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sem] });
    const youthId = await seedCase(app);
    const { page } = app;
    const panel = await openStep(page, 4);

    await panel.getByRole('button', { name: 'Anoniem overleg voorbereiden…' }).click();
    const preview = await settledPreview(panel);
    await preview.locator('mark').filter({ hasText: '[de jongere]' }).first().waitFor();
    await leaveOutByKeyboard(page, panel.getByLabel('Extra weglaten'), school);
    await panel.getByRole('list', { name: 'Extra weggelaten' }).getByRole('listitem').filter({ hasText: school }).waitFor();

    // Leaving the case now would lose the word: the case screen asks first.
    await page.getByRole('button', { name: 'Terug naar de meldcode' }).click();
    await page.getByText('Je hebt gegevens ingevuld die nog niet zijn opgeslagen. Wil je ze weggooien?').waitFor();
    await page.getByRole('button', { name: 'Verder invullen' }).click();

    await panel.getByLabel('Met wie overleg je?').fill('Veilig Thuis (anoniem advies)');
    await panel.getByLabel('Doel').fill('Advies over de weging van het risico');
    await panel.getByLabel('Grondslag').selectOption({ label: 'Gerechtvaardigd belang' });
    await settledPreview(panel);
    app.saveChoice = 'cancel';
    await panel.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await panel.getByRole('status').filter({ hasText: 'Er is niets verstrekt en niets vastgelegd.' }).waitFor();
    expect(disclosuresOf(app.services, youthId)).toEqual([]);
    expect(await panel.getByLabel('Met wie overleg je?').inputValue()).toBe('Veilig Thuis (anoniem advies)');

    await panel.getByRole('button', { name: 'Afdrukken' }).click();
    await panel.getByRole('status').filter({ hasText: /Anoniem overleg staat klaar in het afdrukvenster \(\d+ pagina/ }).waitFor();
    const [printed] = app.printed;
    const text = pdfText(printed!.pdf);
    expect(text).not.toMatch(/\bSem\b|Jansen|Daan|Visser/i);
    expect(text).not.toMatch(new RegExp(school, 'i'));
    expect(disclosuresOf(app.services, youthId)).toEqual([expect.objectContaining({ document: 'anonymisedConsultation', output: 'print', recipient: 'Veilig Thuis (anoniem advies)' })]);
    expect(app.problems).toEqual([]);
  });
});
