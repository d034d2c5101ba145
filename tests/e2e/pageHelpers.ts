import type { Locator, Page } from 'playwright-core';
import { lock } from '../../main/services/sessionService';
import { signIn, type StaffMember } from '../support/staff';
import type { LaunchedApp } from './harness';

/** Another staff member takes over in main, and the page starts again as they would see it. */
export async function continueAs(app: LaunchedApp, member: StaffMember): Promise<void> {
  lock(app.services.context, 'switchUser');
  await signIn(app.services, member);
  await app.page.reload();
  await app.page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

/** Opens a page from the main menu and waits for its heading. */
export async function openPage(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

/** The labels of the main menu, in order, once it is on screen. */
export async function menuItems(page: Page): Promise<string[]> {
  const items = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button');
  await items.first().waitFor();
  return items.allTextContents();
}

/** The id of a seeded youth, looked up through main as whoever is signed in (officer: all). */
export async function youthIdByName(app: LaunchedApp, lastName: string): Promise<string> {
  const listed = await app.services.router('youths.list', undefined);
  if (!listed.ok) throw new Error(`youths.list failed: ${listed.error.message}`);
  const youth = (listed.value as { id: string; lastName: string }[]).find((candidate) => candidate.lastName === lastName);
  if (!youth) throw new Error(`No youth ${lastName} visible`);
  return youth.id;
}

/** Whether `target` has the keyboard focus. */
export const isFocused = (target: Locator) => target.evaluate((element: { ownerDocument: { activeElement: unknown } }) => element === element.ownerDocument.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, { backwards = false, maxSteps = 40 } = {}): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Not reached with ${maxSteps} presses of ${backwards ? 'Shift+Tab' : 'Tab'}: ${target.toString()}`);
}

/** From the youth list to one tab of a youth's file, with the keyboard only; returns the tab's panel. */
export async function openFileTabByKeyboard(page: Page, youth: { firstName: string; lastName: string }, tabName: string): Promise<Locator> {
  const row = page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: youth.lastName });
  await row.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `${youth.firstName} ${youth.lastName}`, level: 1 }).waitFor();
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  const tab = tabs.getByRole('tab', { name: tabName });
  await tabs.getByRole('tab', { selected: true }).focus();
  while ((await tab.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowRight');
  return page.getByRole('tabpanel', { name: tabName });
}

/** Tabs to a button and presses Enter: the keyboard way to click it. */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Moves a focused, closed <select> with the arrow keys until `label` is chosen. */
export async function choose(page: Page, select: Locator, label: string): Promise<void> {
  for (let step = 0; step < 40; step++) {
    if ((await select.locator('option:checked').textContent()) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Option not reached with the arrow keys: ${label}`);
}
