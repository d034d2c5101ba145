import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { networkEntities } from '../../db/schema';
import { storedJson } from '../../db/storedDocument';
import { networkMessages } from '../../main/services/networkMessages';
import { confirmReplaceUnreadableMessage, type NetworkEntity } from '../../preload/contract';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openFileTabByKeyboard, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }] as const;

describe('a network entity whose details could not be read', () => {
  it('is replaced only after the user confirmed it in the dialog, which shows why', async () => {
    const launched = await launchApp({ start: 'unlocked', as: 'officer', youths });
    app = launched;
    const { page } = launched;
    const youthId = await youthIdByName(launched, 'Aarts');
    const bench = expectOk(
      await launched.services.router('network.saveEntity', { youthId, details: { kind: 'place', placeType: 'hangout', name: 'Bankje bij het station' }, source: 'Eigen waarneming' }),
    ) as NetworkEntity;
    // Details written by a newer version: a place type this version does not know.
    const db = launched.services.context.requireUnlocked().handle.db;
    db.update(networkEntities)
      .set({ details: sql`'{"kind":"place","placeType":"skatepark","name":"Bankje bij het station","riskNote":"Ouderen spreken er jongeren aan."}'` })
      .where(eq(networkEntities.id, bench.id))
      .run();
    const storedDetails = () => db.select({ details: storedJson(networkEntities.details) }).from(networkEntities).where(eq(networkEntities.id, bench.id)).get()?.details;
    const before = storedDetails();

    const panel = await openFileTabByKeyboard(page, youths[0], 'Netwerk');
    await panel.getByRole('button', { name: 'Wijzigen: Bankje bij het station' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bankje bij het station wijzigen' });
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    await dialog.getByRole('alert').filter({ hasText: networkMessages.unreadableDetailsNotReplaced }).waitFor();
    const confirmation = dialog.getByRole('checkbox', { name: /^Ik begrijp dat de onleesbare onderdelen \(de opgeslagen gegevens van dit punt\) worden vervangen/ });
    expect(await isFocused(confirmation)).toBe(true);
    await dialog.getByText(confirmReplaceUnreadableMessage).waitFor();
    expect(storedDetails()).toBe(before);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('Space');
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Bankje bij het station is gewijzigd.' }).waitFor();
    expect(JSON.parse(storedDetails() as string)).toMatchObject({ kind: 'place', placeType: 'other', name: 'Bankje bij het station' });
    expect(launched.problems).toEqual([]);
  });
});
