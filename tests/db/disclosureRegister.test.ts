import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { disclosureRegisterQuery, youthDisclosuresQuery } from '../../db/repositories/disclosures';
import { openDatabase, type DatabaseHandle } from '../../db/client';
import { appMessages } from '../../main/errors/AppError';
import type { DisclosureEntry, EpisodeView, PacketResult } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { newEntries } from '../support/accessLogRows';
import { testClock } from '../support/clock';
import { caseSummaryRequest } from '../support/shareRequests';
import { savingInto } from '../support/pdfPorts';
import { seedYouths } from '../support/staff';
import { migrationsFolder, staffedServices, tempDir } from '../support/tempDatabase';
import { routerCalls } from '../support/routerCalls';

const day = 86_400_000;
const reason = 'Nachtdienst: de jongere is vermist en ik zoek haar gegevens op.';
const caseDisclosure = { recipient: 'Veilig Thuis Regio Voorbeeld', purpose: 'Advies over een vermoeden van uitbuiting van Cato', legalGround: 'meldrecht' } as const;

/**
 * Sanne at the worker's group Noord and Cato at the lead's group Zuid. The worker saves Sanne's
 * police packet today; two days later the lead saves the summary of Cato's meldcode case.
 */
async function seeded() {
  const folder = tempDir();
  const clock = testClock();
  const services = await staffedServices({ savePdf: savingInto(folder), now: clock.now });
  const [sanne, cato] = (await seedYouths(services, [
    { firstName: 'Sanne', lastName: 'Smit', dateOfBirth: '2010-06-15', location: 'Groep Noord' },
    { firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2011-05-03', location: 'Groep Zuid' },
  ])) as [string, string];
  const { call, as } = routerCalls(services);

  await as('worker');
  const firstDay = localTodayIso(clock.now());
  const episode = await call<EpisodeView>('missing.report', { youthId: sanne, facts: { discoveredAt: new Date(clock.now().getTime() - 3_600_000).toISOString() } });
  const packet = await call<PacketResult & { outcome: 'saved' }>('missing.packet', { episodeId: episode.episode.id, output: 'save' });

  clock.advance(2 * day);
  const secondDay = localTodayIso(clock.now());
  await as('lead');
  const meldcode = await call<{ case: { id: string } }>('meldcode.open', { youthId: cato, suspicion: 'criminalExploitation', title: 'Nieuwe oudere vrienden' });
  const summary = await call<PacketResult & { outcome: 'saved' }>('sharing.export', caseSummaryRequest(cato, meldcode.case.id, caseDisclosure));
  return { services, call, as, sanne, cato, packet, summary, caseId: meldcode.case.id, firstDay, secondDay };
}

const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the disclosure register', () => {
  it("holds a packet and a case summary in the youth's register and the organisation's, with their sections and the saved file's SHA-256", async () => {
    const { call, as, sanne, cato, packet, summary, caseId } = await seeded();

    await as('worker');
    const sannes = await call<DisclosureEntry[]>('disclosures.forYouth', { youthId: sanne });
    expect(sannes).toEqual([
      expect.objectContaining({
        youthId: sanne,
        youthName: 'Sanne Smit',
        document: 'missingPacket',
        sourceId: expect.any(String),
        output: 'save',
        recipient: 'Politie',
        legalGround: 'vitalInterest',
        fileName: packet.fileName,
        sha256: sha256Of(packet.savedTo),
        disclosedByName: 'Wim Groep',
      }),
    ]);
    expect(sannes[0]!.categories).toEqual(expect.arrayContaining(['Juridisch kader', 'Signalement', 'Laatst gezien']));
    expect(sannes[0]!.categories).not.toContain('Foto');

    await as('lead');
    const catos = await call<DisclosureEntry[]>('disclosures.forYouth', { youthId: cato });
    expect(catos).toEqual([
      expect.objectContaining({
        youthName: 'Cato Claes',
        document: 'meldcodeCase',
        sourceId: caseId,
        ...caseDisclosure,
        categories: ['Meldcodecasus', 'Meldcode: besluit', 'Meldcode: dossierlog'],
        sha256: sha256Of(summary.savedTo),
        disclosedByName: 'Tess Leiding',
      }),
    ]);

    await as('officer');
    const register = await call<DisclosureEntry[]>('disclosures.search', {});
    // Newest first, the same lines as the youths' registers, names and all for the aandachtsfunctionaris.
    expect(register).toEqual([catos[0], sannes[0]]);
  });

  it('filters on the local days (both ends included) and the document', async () => {
    const { services, call, as, firstDay, secondDay } = await seeded();
    await as('officer');
    const documents = async (filter: object) => (await call<DisclosureEntry[]>('disclosures.search', filter)).map((entry) => entry.document);
    expect(await documents({ from: firstDay, to: firstDay })).toEqual(['missingPacket']);
    expect(await documents({ from: secondDay })).toEqual(['meldcodeCase']);
    expect(await documents({ to: secondDay })).toEqual(['meldcodeCase', 'missingPacket']);
    expect(await documents({ document: 'missingPacket' })).toEqual(['missingPacket']);
    expect(await documents({ from: firstDay, document: 'veiligThuisReport' })).toEqual([]);
    expect(await services.router('disclosures.search', { from: secondDay, to: firstDay })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { to: 'De begindatum ligt na de einddatum.' } } });
  });

  it('shows the administrator references instead of names, in the lines, the file names and the CSV', async () => {
    const { call, as, sanne, cato } = await seeded();
    await as('admin');
    const register = await call<DisclosureEntry[]>('disclosures.search', {});
    expect(register.map((entry) => entry.youthName)).toEqual([`J-${cato.slice(0, 8)}`, `J-${sanne.slice(0, 8)}`]);
    expect(register[1]!.fileName).toMatch(new RegExp(`^vermissing-J-${sanne.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.pdf$`));
    expect(register.map((entry) => entry.purpose)).toEqual(['(alleen zichtbaar voor de aandachtsfunctionaris)', '(alleen zichtbaar voor de aandachtsfunctionaris)']);
    const { csv } = await call<{ csv: string }>('disclosures.exportCsv', {});
    expect(csv).not.toMatch(/sanne|smit|cato|claes/i);
  });

  it('exports the filtered register as CSV, logged as an export of its own', async () => {
    const { services, call, as, secondDay, summary } = await seeded();
    await as('officer');
    const before = newEntries(services, 0).length;
    const { fileName, csv } = await call<{ fileName: string; csv: string }>('disclosures.exportCsv', { from: secondDay });
    expect(fileName).toMatch(/^verstrekkingenregister-\d{12}\.csv$/);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Tijd;Door;Jongere;Document;Uitvoer;Ontvanger;Persoon bij ontvanger;Doel;Grondslag;Onderdelen;Bestandsnaam;SHA-256');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(';Tess Leiding;Cato Claes;Casussamenvatting;Opgeslagen als PDF;Veilig Thuis Regio Voorbeeld;;Advies over een vermoeden van uitbuiting van Cato;Meldrecht (Veilig Thuis);');
    expect(lines[1]!.endsWith(`;${summary.fileName};${summary.sha256}`)).toBe(true);
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'export', objectType: 'disclosureRegister', userName: 'Olga Aandacht', details: `CSV met 1 regels (van ${secondDay})` }),
    ]);
  });

  it('logs every read: the youth register with the youth, the organisation register with its filter', async () => {
    const { services, call, as, sanne } = await seeded();
    await as('worker');
    let before = newEntries(services, 0).length;
    await call('disclosures.forYouth', { youthId: sanne });
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'disclosureRegister', youthId: sanne, reason: null, details: 'verstrekkingen van de jongere: 1 regels' }),
    ]);
    await as('admin');
    before = newEntries(services, 0).length;
    await call('disclosures.search', { document: 'meldcodeCase' });
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'disclosureRegister', youthId: null, details: 'verstrekkingenregister doorzocht (Casussamenvatting): 1 regels' }),
    ]);
  });

  it('refuses the organisation register and its CSV to a group worker and a team lead, and another group’s youth to the worker', async () => {
    const { services, as, cato } = await seeded();
    for (const member of ['worker', 'lead'] as const) {
      await as(member);
      expect(await services.router('disclosures.search', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } });
      expect(await services.router('disclosures.exportCsv', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } });
    }
    await as('worker');
    const before = newEntries(services, 0).length;
    expect(await services.router('disclosures.forYouth', { youthId: cato })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } });
    expect(newEntries(services, before)).toEqual([expect.objectContaining({ action: 'refused', objectType: 'disclosureRegister', youthId: cato })]);
    await as('admin');
    expect(await services.router('disclosures.forYouth', { youthId: cato })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it("shows another group's youth under emergency access, logged with the grant's reason", async () => {
    const { services, call, as, cato } = await seeded();
    await as('worker');
    await call('emergency.request', { youthId: cato, reason });
    const before = newEntries(services, 0).length;
    expect(await call<DisclosureEntry[]>('disclosures.forYouth', { youthId: cato })).toEqual([expect.objectContaining({ document: 'meldcodeCase' })]);
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'disclosureRegister', youthId: cato, reason, details: 'verstrekkingen van de jongere: 1 regels; via noodtoegang' }),
    ]);
  });
});

function queryPlan(handle: DatabaseHandle, query: { toSQL(): { sql: string; params: unknown[] } }): string {
  const { sql, params } = query.toSQL();
  return (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');
}

describe('the register queries use their indexes', () => {
  it('walks disclosures_at_idx for the organisation (newest first, no sort) and disclosures_youth_idx for a youth; youth and user by key', () => {
    const handle = openDatabase({ path: path.join(tempDir(), 'plan.db'), dataKey: Buffer.from('12'.repeat(32), 'hex'), migrationsFolder, create: true });
    try {
      const filtered = queryPlan(handle, disclosureRegisterQuery(handle.db, { from: '2026-11-01T00:00:00.000Z', until: '2026-11-02T00:00:00.000Z', document: 'meldcodeCase' }));
      expect(filtered).toMatch(/SEARCH disclosures USING INDEX disclosures_at_idx \(disclosed_at>\? AND disclosed_at<\?\)/);
      const everything = queryPlan(handle, disclosureRegisterQuery(handle.db, {}));
      expect(everything).toMatch(/SCAN disclosures USING INDEX disclosures_at_idx/);
      const youth = queryPlan(handle, youthDisclosuresQuery(handle.db, 'j-1'));
      expect(youth).toMatch(/SEARCH disclosures USING INDEX disclosures_youth_idx \(youth_id=\?\)/);
      for (const plan of [filtered, everything, youth]) {
        expect(plan).toMatch(/SEARCH users USING INDEX sqlite_autoindex_users_1 \(id=\?\)/);
        expect(plan).toMatch(/SEARCH youths USING INDEX sqlite_autoindex_youths_1 \(id=\?\)/);
        expect(plan).not.toMatch(/TEMP B-TREE|SCAN (users|youths)/);
      }
    } finally {
      handle.close();
    }
  });
});
