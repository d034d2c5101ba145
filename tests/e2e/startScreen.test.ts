import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../preload/contract/rules/photoAge';
import { formatDutchDate, localTodayIso } from '../../renderer/features/youths/youthDates';
import { addNetworkPerson, addPhotoRow, daysFrom, savePlanVersion } from '../support/fileContents';
import type { TestYouth } from '../support/staff';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths: TestYouth[] = [
  { firstName: 'Ilse', lastName: 'Akkerman', alias: 'Lisa', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Joris', lastName: 'Zandbergen', alias: '', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
];

/** Ilse: a portrait of 4 months ago, a review that was due 3 days ago and a network; Joris: nothing yet. */
async function startWithFiles() {
  app = await launchApp({ start: 'unlocked', as: 'officer', youths });
  const today = localTodayIso();
  const ilse = await youthIdByName(app, 'Akkerman');
  addPhotoRow(app.services, ilse, 'portrait', addCalendarMonths(today, -4));
  await savePlanVersion(app.services, ilse, null, daysFrom(today, -3));
  await addNetworkPerson(app.services, ilse, 'Tante Ria');
  await app.page.reload();
  return { page: app.page, today };
}

describe('the start screen', () => {
  it('shows what needs attention in words, most urgent first, with a count, and passes axe', async () => {
    const { page, today } = await startWithFiles();
    const panel = page.getByRole('region', { name: 'Aandacht nodig' });
    await panel.getByRole('listitem').first().waitFor();
    expect(await panel.getByRole('listitem').allTextContents()).toEqual([
      `Te laatIlse AkkermanRecente foto is ouder dan 3 maanden (${formatDutchDate(addCalendarMonths(today, -4))})`,
      `Te laatIlse AkkermanEvaluatie veiligheidsplan was gepland op ${formatDutchDate(daysFrom(today, -3))}`,
      'OntbreektJoris ZandbergenNog geen portretfoto',
      'OntbreektJoris ZandbergenNog geen veiligheidsplan',
      'OntbreektJoris ZandbergenNog geen netwerkanalyse',
    ]);
    await panel.getByText('5 punten vragen aandacht').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app!.problems).toEqual([]);
  });

  it('says so when nothing needs attention', async () => {
    app = await launchApp({ start: 'unlocked', as: 'lead', youths: [youths[0]!] });
    await app.page.getByRole('region', { name: 'Aandacht nodig' }).getByText('Niets dat nu aandacht vraagt.').waitFor();
    expect(await violations(app.page)).toEqual([]);
  });

  it('shows the first 8 items and the rest on request', async () => {
    const names = ['Anna', 'Bram', 'Cas', 'Dewi'];
    app = await launchApp({ start: 'unlocked', as: 'officer', youths: names.map((firstName) => ({ firstName, lastName: 'Leeg', alias: '', dateOfBirth: '2010-01-01', location: 'Groep West' })) });
    const panel = app.page.getByRole('region', { name: 'Aandacht nodig' });
    await panel.getByText('12 punten vragen aandacht').waitFor();
    expect(await panel.getByRole('listitem').count()).toBe(8);
    const more = panel.getByRole('button', { name: 'Toon alle 12' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(12);
    expect(await panel.getByRole('button', { name: 'Toon minder' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('finds a youth by roepnaam, without caring about case or accents, and shows it in the list', async () => {
    const { page } = await startWithFiles();
    const table = page.getByRole('table', { name: 'Jongeren' });
    await table.getByRole('row').filter({ hasText: 'Zandbergen' }).waitFor();
    await page.getByLabel('Zoek op naam of roepnaam').fill('LÍSA');
    await table.getByRole('row').filter({ hasText: 'Zandbergen' }).waitFor({ state: 'detached' });
    expect(await table.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining('AkkermanIlseLisa')]);
    await page.getByText('1 van 2 jongeren').waitFor();
  });

  it('opens the file from a name in the panel and comes back, with the keyboard only', async () => {
    const { page } = await startWithFiles();
    const panel = page.getByRole('region', { name: 'Aandacht nodig' });
    await panel.getByRole('listitem').first().waitFor();
    // The page heading has focus when the page opens; Tab walks on from there.
    for (let presses = 0; presses < 10; presses++) {
      if ((await page.locator(':focus').textContent()) === 'Joris Zandbergen') break;
      await page.keyboard.press('Tab');
    }
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Joris Zandbergen');
    expect(await focused.getAttribute('aria-describedby')).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Joris Zandbergen', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Terug naar de lijst' }).first().focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('listitem').first().waitFor();
    expect(app!.problems).toEqual([]);
  });
});
