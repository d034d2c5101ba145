import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { youths as youthsTable } from '../../db/schema';
import { storedJson } from '../../db/storedDocument';
import { confirmReplaceUnreadableMessage, type YouthFile } from '../../preload/contract';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openFileTabByKeyboard, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [{ firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' }] as const;

const ilse = youths[0];

/** The app on Ilse's profile tab with the form open (reached by mouse: other tests cover the keyboard way). */
async function openProfileForm() {
  const launched = await launchApp({ start: 'unlocked', as: 'officer', youths });
  app = launched;
  const panel = await openFileTabByKeyboard(launched.page, ilse, 'Gegevens');
  await panel.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  return { launched, page: launched.page, panel, form: panel.getByRole('form', { name: 'Gegevens wijzigen' }) };
}

describe('the youth profile in the file', () => {
  it('is filled in with the keyboard only; a wrong BSN and phone get Dutch messages before saving; the saved data is there after a reload', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const panel = await openFileTabByKeyboard(page, ilse, 'Gegevens');
    await panel.getByText('Nog geen contacten.').waitFor();
    expect(await violations(page)).toEqual([]);

    await tabTo(page, panel.getByRole('button', { name: 'Gegevens wijzigen' }));
    await page.keyboard.press('Enter');
    const form = panel.getByRole('form', { name: 'Gegevens wijzigen' });
    // The form opens with the focus on its first field, not lost where the button was.
    expect(await isFocused(form.getByLabel('Voornaam'))).toBe(true);
    expect(await form.getByLabel('Voornaam').getAttribute('required')).not.toBeNull();
    expect(await form.getByLabel('Roepnaam of bijnaam').getAttribute('required')).toBeNull();

    await tabTo(page, form.getByLabel('Roepnaam of bijnaam'));
    await page.keyboard.type('Ilsje');
    await tabTo(page, form.getByLabel('BSN'));
    await page.keyboard.type('123456781');
    await page.keyboard.press('Tab');
    const wrongBsn = 'Dit BSN bestaat niet: de controle (elfproef) klopt niet. Controleer de negen cijfers.';
    await form.getByText(wrongBsn).waitFor();
    expect(await form.getByLabel('BSN').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);

    // Back in the field (Tab selects its text), fixing it takes the message away as soon as the number is right.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('123456782');
    expect(await form.getByLabel('BSN').getAttribute('aria-invalid')).toBeNull();
    expect(await form.getByText(wrongBsn).count()).toBe(0);

    await tabTo(page, form.getByLabel('Juridisch kader', { exact: true }));
    await page.keyboard.type('Onder');
    expect(await form.getByLabel('Juridisch kader', { exact: true }).inputValue()).toBe('ots');

    await tabTo(page, form.getByRole('button', { name: 'Contact toevoegen' }));
    await page.keyboard.press('Enter');
    const contact = form.getByRole('group', { name: 'Contact 1' });
    expect(await isFocused(contact.getByLabel('Rol'))).toBe(true);
    await tabTo(page, contact.getByLabel('Naam'));
    await page.keyboard.type('Marja Akkerman');
    await tabTo(page, contact.getByLabel('Telefoonnummer'));
    await page.keyboard.type('06-1234 5601');

    await tabTo(page, form.getByRole('button', { name: 'Telefoon toevoegen' }), { maxSteps: 60 });
    await page.keyboard.press('Enter');
    const phone = form.getByRole('group', { name: 'Telefoon 1' });
    expect(await isFocused(phone.getByLabel('Nummer'))).toBe(true);
    await page.keyboard.type('06 1234');
    await tabTo(page, phone.getByLabel('Toestel'));
    await page.keyboard.type('Zwarte telefoon met barst');

    await tabTo(page, form.getByRole('button', { name: 'Account toevoegen' }));
    await page.keyboard.press('Enter');
    const account = form.getByRole('group', { name: 'Account 1' });
    await page.keyboard.type('Snapchat');
    await tabTo(page, account.getByLabel('Accountnaam'));
    await page.keyboard.type('ilsje.e2e');

    // Saving checks everything first: the short number is named, and has the focus.
    await tabTo(page, form.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await page.keyboard.press('Enter');
    await phone.getByText('Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 12 34 56.').waitFor();
    expect(await isFocused(phone.getByLabel('Nummer'))).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('End');
    await page.keyboard.type('5678');

    await tabTo(page, form.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Gegevens opgeslagen voor Ilse Akkerman.' }).waitFor();
    expect(await isFocused(panel.getByRole('button', { name: 'Gegevens wijzigen' }))).toBe(true);
    expect(await violations(page)).toEqual([]);

    await page.reload();
    const reopened = await openFileTabByKeyboard(page, ilse, 'Gegevens');
    for (const text of ['Ilsje', '123456782', 'Ondertoezichtstelling (OTS)', 'Ouder: Marja Akkerman', '06 1234 5601', '06 1234 5678', 'Zwarte telefoon met barst', 'Snapchat: ilsje.e2e']) {
      await reopened.getByText(text, { exact: true }).waitFor();
    }
    const stored = expectOk(await app.services.router('youths.open', { id: await youthIdByName(app, 'Akkerman') })) as YouthFile;
    expect(stored.profile.phones).toEqual([{ number: '0612345678', handset: 'Zwarte telefoon met barst', provider: '', billPayer: '', note: '' }]);
    expect(app.problems).toEqual([]);
  });

  it('keeps the typed input when the data changed meanwhile at another PC, shows the newest data, and saves on top of it', async () => {
    const { launched, page, panel, form } = await openProfileForm();
    await form.getByRole('button', { name: 'Telefoon toevoegen' }).click();
    const phone = form.getByRole('group', { name: 'Telefoon 1' });
    await phone.getByLabel('Nummer').fill('06 1234 5678');
    await phone.getByLabel('Toestel').fill('Blauwe telefoon');

    // The same user at a second PC saves a contact while this form is open.
    const id = await youthIdByName(launched, 'Akkerman');
    const { youth } = expectOk(await launched.services.router('youths.open', { id })) as YouthFile;
    const { firstName, lastName, alias, dateOfBirth, locationId, updatedAt } = youth;
    const elsewhere = { role: 'parent', name: 'Marja Akkerman', phone: '0612345601' };
    expectOk(await launched.services.router('youths.update', { id, firstName, lastName, alias, dateOfBirth, locationId, profile: { contacts: [elsewhere] }, basedOnUpdatedAt: updatedAt }));

    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'De gegevens van deze jongere zijn intussen gewijzigd door Olga Aandacht' }).waitFor();
    expect(await phone.getByLabel('Toestel').inputValue()).toBe('Blauwe telefoon');
    const showNewest = form.getByRole('button', { name: 'Nieuwste gegevens bekijken' });
    expect(await isFocused(showNewest)).toBe(true);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    const newest = form.getByRole('region', { name: /^Nieuwste gegevens, opgeslagen op/ });
    await newest.getByText('Ouder: Marja Akkerman', { exact: true }).waitFor();
    expect(await isFocused(newest.getByRole('heading', { level: 4 }))).toBe(true);
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await phone.getByLabel('Nummer').inputValue()).toBe('06 1234 5678');
    expect(await violations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Gegevens opgeslagen voor Ilse Akkerman.' }).waitFor();
    await panel.getByText('Blauwe telefoon', { exact: true }).waitFor();
    const stored = expectOk(await launched.services.router('youths.open', { id })) as YouthFile;
    expect(stored.profile.phones.map((saved) => saved.handset)).toEqual(['Blauwe telefoon']);
    expect(launched.problems).toEqual([]);
  });

  it('asks before throwing away unsaved changes, and removes a row with the focus kept in the list', async () => {
    const { launched, panel, form } = await openProfileForm();

    await form.getByRole('button', { name: 'Kenmerk toevoegen' }).click();
    await form.getByRole('button', { name: 'Kenmerk toevoegen' }).click();
    await form.getByRole('group', { name: 'Kenmerk 2' }).getByLabel('Plek op het lichaam').fill('Rechterhand');
    await form.getByRole('button', { name: 'Verwijderen kenmerk 1' }).click();
    expect(await form.getByRole('group', { name: 'Kenmerk 1' }).getByLabel('Plek op het lichaam').inputValue()).toBe('Rechterhand');
    expect(await isFocused(form.getByRole('group', { name: 'Kenmerk 1' }).getByLabel('Soort'))).toBe(true);

    await form.getByRole('button', { name: 'Annuleren' }).click();
    await form.getByRole('button', { name: 'Verder invullen' }).click();
    expect(await form.getByRole('group', { name: 'Kenmerk 1' }).getByLabel('Plek op het lichaam').inputValue()).toBe('Rechterhand');
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await form.getByRole('button', { name: 'Gegevens weggooien' }).click();
    await form.waitFor({ state: 'detached' });
    await panel.getByText('Geen kenmerken ingevuld.').waitFor();
    expect(launched.problems).toEqual([]);
  });

  it('names the sections it could not read, keeps the rest, and replaces them only after the user confirmed it', async () => {
    const launched = await launchApp({ start: 'unlocked', as: 'officer', youths });
    app = launched;
    const { page } = launched;
    const id = await youthIdByName(launched, 'Akkerman');
    // Saved by a newer version: one contact has a role this version does not know.
    const db = launched.services.context.requireUnlocked().handle.db;
    const fromNewerVersion = {
      contacts: [{ role: 'stepParent', name: 'Stijn Stiefvader' }],
      medical: { needs: 'Astma.', medications: [{ name: 'Salbutamol', dose: 'zo nodig' }] },
    };
    db.update(youthsTable).set({ profile: fromNewerVersion as never }).where(eq(youthsTable.id, id)).run();
    const storedText = () => db.select({ profile: storedJson(youthsTable.profile) }).from(youthsTable).where(eq(youthsTable.id, id)).get()?.profile;
    const before = storedText();

    const panel = await openFileTabByKeyboard(page, ilse, 'Gegevens');
    const warning = panel.getByRole('alert').filter({ hasText: 'Let op: niet alle gegevens konden worden gelezen' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('kan lezen: Contacten.');
    const contacts = panel.getByRole('region', { name: 'Contacten' });
    await contacts.getByText(/^Kon niet worden gelezen/).waitFor();
    expect(await contacts.getByText('Nog geen contacten.').count()).toBe(0);
    await panel.getByText('Salbutamol, zo nodig', { exact: true }).waitFor();
    expect(await violations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const form = panel.getByRole('form', { name: 'Gegevens wijzigen' });
    const confirmation = form.getByRole('checkbox', { name: /^Ik begrijp dat de onleesbare onderdelen \(Contacten\) worden vervangen door wat ik nu invul/ });
    expect(await confirmation.getAttribute('required')).not.toBeNull();
    await form.getByRole('button', { name: 'Contact toevoegen' }).click();
    const contact = form.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Rol').selectOption('carer');
    await contact.getByLabel('Naam').fill('Stijn Stiefvader');

    // Without the confirmation nothing is sent: the checkbox says why and has the focus.
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await form.getByText(confirmReplaceUnreadableMessage).waitFor();
    expect(await isFocused(confirmation)).toBe(true);
    expect(await confirmation.getAttribute('aria-invalid')).toBe('true');
    expect(storedText()).toBe(before);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('Space');
    expect(await form.getByText(confirmReplaceUnreadableMessage).count()).toBe(0);
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Gegevens opgeslagen voor Ilse Akkerman.' }).waitFor();
    await panel.getByText('Verzorger: Stijn Stiefvader', { exact: true }).waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    const stored = expectOk(await launched.services.router('youths.open', { id })) as YouthFile;
    expect(stored.unreadable).toEqual([]);
    expect(stored.profile.contacts.map((saved) => [saved.role, saved.name])).toEqual([['carer', 'Stijn Stiefvader']]);
    expect(stored.profile.medical.medications.map((saved) => saved.name)).toEqual(['Salbutamol']);
    expect(launched.problems).toEqual([]);
  });
});
