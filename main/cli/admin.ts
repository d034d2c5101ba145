import path from 'node:path';
import { parseArgs } from 'node:util';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { setupInputSchema, unlockInputSchema } from '../../preload/contract';
import { ensureDemoDatabase } from '../demo/ensureDemoDatabase';
import { toApiError } from '../errors/toApiError';
import { createConsoleLogger, silentLogger } from '../logging/logger';
import { createAppServices } from '../services/appServices';
import { setUp } from '../services/sessionService';
import { verifyDatabase } from '../services/verifyDatabase';
import { verifyAccessLog } from '../services/audit/verifyAccessLog';
import { backupMessages } from '../backup/backupMessages';
import { backupCommand, defaultKeep, restoreCommand } from './backupCommands';
import { describeVerification } from './describeVerification';
import { readPasswordFromStdin } from './readPassword';

const usage = `Gebruik: npm run admin -- <opdracht> --db PAD [opties]

Opdrachten:
  init   --db PAD --name NAAM   Maakt een nieuwe database met de eerste beheerder.
                                Het wachtwoord wordt gelezen van standaardinvoer (eerste regel).
  demo   --db PAD [--name NAAM] Maakt een database met fictieve demojongeren, of vult een
                                bestaande aan (wachtwoord van NAAM via standaardinvoer).
  verify --db PAD --name NAAM   Controleert sleutel, schemaversie en integriteit.
  audit-verify --db PAD --name NAAM
                                Controleert de hashketen van het toegangslog en noemt de
                                eerste regel die gewijzigd of verwijderd is (exitcode 1).
  backup --db PAD --name NAAM --out MAP [--keep N]
                                Maakt een versleutelde back-up in MAP (met sleutel- en
                                ankerbestand), controleert hem en bewaart de N nieuwste
                                (standaard ${defaultKeep}). Alleen voor beheerders.
  restore --db PAD --name NAAM --from BESTAND [--confirm]
                                Controleert de back-up en zegt wat er zou gebeuren; met
                                --confirm gaat de huidige database naar een map ernaast
                                en wordt de back-up teruggezet.
`;

class UsageError extends Error {}
/** The log is damaged: reported on stdout like a result, with exit code 1. */
class AuditBrokenError extends Error {}

async function main(argv: string[]): Promise<string> {
  const { positionals, values } = parseOptions(argv);
  const command = positionals[0];
  if (values.help || !command) throw new UsageError(usage);
  if (!values.db) throw new UsageError('Geef de database op met --db PAD.');
  const databasePath = path.resolve(values.db);

  switch (command) {
    case 'init': {
      if (!values.name) throw new UsageError('Geef de naam van de eerste beheerder op met --name NAAM.');
      const input = parseOrFail(setupInputSchema, { name: values.name, password: await readPasswordFromStdin('Wachtwoord: ') });
      const services = createAppServices({ databasePath, migrationsFolder: sourceMigrationsFolder, logger: silentLogger });
      try {
        const { session, recoveryKey } = await setUp(services.context, input);
        return [
          `Database aangemaakt: ${databasePath}`,
          `Eerste beheerder: ${session.user.name}`,
          '',
          `Herstelsleutel: ${recoveryKey}`,
          'Druk deze sleutel af of schrijf hem op en bewaar hem achter slot (bijvoorbeeld in de kluis).',
          'Hij wordt maar één keer getoond. Zijn alle wachtwoorden vergeten, dan opent alleen deze sleutel de database.',
        ].join('\n');
      } finally {
        services.close();
      }
    }
    case 'demo': {
      const login = values.name ? { name: values.name, password: await readPasswordFromStdin('Wachtwoord: ') } : undefined;
      const result = await ensureDemoDatabase(databasePath, { fill: true, ...(login ? { login } : {}) });
      const action = result.created ? 'Demodatabase aangemaakt' : 'Demojongeren toegevoegd aan';
      const lines = [
        `${action}: ${databasePath} (${result.youthsAdded} fictieve jongeren)`,
        `Demo-login: gebruikersnaam "${result.login.name}", wachtwoord "${login ? '(het opgegeven wachtwoord)' : result.login.password}"`,
      ];
      if (result.created) {
        lines.push(`Andere demo-accounts (zelfde wachtwoord): ${result.accounts.filter((account) => account.name !== result.login.name).map((account) => account.name).join(', ')}`);
        if (result.recoveryKey) lines.push(`Herstelsleutel van de demo: ${result.recoveryKey}`);
      }
      return lines.join('\n');
    }
    case 'verify': {
      if (!values.name) throw new UsageError('Geef je gebruikersnaam op met --name NAAM.');
      const input = parseOrFail(unlockInputSchema, { name: values.name, password: await readPasswordFromStdin('Wachtwoord: ') });
      const report = await verifyDatabase(databasePath, sourceMigrationsFolder, input);
      const rows = Object.entries(report.rows).map(([table, n]) => `${table}=${n}`).join(', ');
      const upgrade = report.schemaVersion < report.knownSchemaVersion ? ' (wordt bijgewerkt bij de volgende keer openen)' : '';
      return `Database in orde: sleutel klopt, schemaversie ${report.schemaVersion}${upgrade}, integriteit ok, rijen: ${rows}`;
    }
    case 'audit-verify': {
      if (!values.name) throw new UsageError('Geef je gebruikersnaam op met --name NAAM.');
      const input = parseOrFail(unlockInputSchema, { name: values.name, password: await readPasswordFromStdin('Wachtwoord: ') });
      const result = await verifyAccessLog(databasePath, sourceMigrationsFolder, input);
      const report = describeVerification(result);
      if (!result.verdict.ok) throw new AuditBrokenError(report);
      return report;
    }
    case 'backup': {
      if (!values.name) throw new UsageError('Geef je gebruikersnaam op met --name NAAM.');
      if (!values.out) throw new UsageError('Geef de map voor de back-up op met --out MAP.');
      const keep = parseKeep(values.keep);
      const input = parseOrFail(unlockInputSchema, { name: values.name, password: await readPasswordFromStdin('Wachtwoord: ') });
      return backupCommand({ databasePath, migrationsFolder: sourceMigrationsFolder }, input, { folder: path.resolve(values.out), keep });
    }
    case 'restore': {
      if (!values.name) throw new UsageError('Geef je gebruikersnaam op met --name NAAM.');
      if (!values.from) throw new UsageError('Geef de back-up op met --from BESTAND.');
      const input = parseOrFail(unlockInputSchema, { name: values.name, password: await readPasswordFromStdin('Wachtwoord: ') });
      return restoreCommand({ databasePath, migrationsFolder: sourceMigrationsFolder }, input, { from: path.resolve(values.from), confirm: values.confirm === true });
    }
    default:
      throw new UsageError(`Onbekende opdracht "${command}".\n\n${usage}`);
  }
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        keep: { type: 'string' },
        from: { type: 'string' },
        confirm: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const option = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
    const hint = /--password/.test(argv.join(' ')) ? ' Wachtwoorden gaan via standaardinvoer, nooit als optie.' : '';
    throw new UsageError(`Onbekende of onvolledige optie ${option}.${hint}\n\n${usage}`);
  }
}

function parseKeep(keep: string | undefined): number {
  if (keep === undefined) return defaultKeep;
  const n = Number(keep);
  if (!/^\d+$/.test(keep) || n < 1) throw new UsageError(backupMessages.keepInvalid);
  return n;
}

function parseOrFail<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UsageError(parsed.error.issues.map((issue) => issue.message).join(' '));
}

main(process.argv.slice(2)).then(
  (message) => {
    process.stdout.write(`${message}\n`);
    process.exitCode = 0;
  },
  (error: unknown) => {
    if (error instanceof AuditBrokenError) {
      process.stdout.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const { apiError, expected } = toApiError(error);
    if (!expected && process.env.WAAKZAAM_DEBUG) createConsoleLogger().error('admin', error);
    process.stderr.write(`Fout: ${apiError.message}\n`);
    process.exitCode = 1;
  },
);
