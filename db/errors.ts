export type DatabaseErrorCode =
  | 'DB_WRONG_KEY'
  | 'DB_CORRUPT'
  | 'DB_EXISTS'
  | 'DB_IO'
  | 'DB_TOO_NEW'
  | 'DB_NOT_FOUND'
  | 'DB_BUSY'
  | 'DB_READ_ONLY'
  | 'DB_DISK_FULL'
  | 'DB_NETWORK_DRIVE';

/** A database failure with a Dutch message a care worker or IT person can act on. */
export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

const unchanged = 'Er is niets aan het bestand veranderd.';

export const databaseMessages = {
  wrongKey: `De database kan niet worden geopend: de sleutel past niet bij dit bestand, of het bestand is beschadigd. ${unchanged}`,
  corrupt: `Het databasebestand is beschadigd of onvolledig en wordt niet gebruikt. ${unchanged} Vraag de beheerder een back-up terug te zetten.`,
  empty: `Het databasebestand is leeg of onvolledig en wordt niet gebruikt. ${unchanged} Vraag de beheerder een back-up terug te zetten.`,
  notFound: 'Het databasebestand is niet gevonden. Controleer de map of vraag de beheerder om hulp.',
  alreadyExists: 'Op deze plek staat al een database. Kies een andere map of open de bestaande database.',
  io: 'Lezen of schrijven van de database mislukte (schijf, netwerk of virusscanner). Wat je net deed is niet opgeslagen. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
  busy: 'De database is even bezig voor een collega of in een ander venster van Waakzaam. Wat je net deed is niet opgeslagen en er is niets verloren: probeer het over een paar seconden opnieuw.',
  readOnly: 'De database kan niet worden opgeslagen: de map of het bestand is alleen-lezen. Vraag de beheerder om schrijfrechten.',
  diskFull: 'De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
  networkDrive: (what: string) =>
    `De database staat op ${what}. Daar wordt hij niet geopend: op een netwerkschijf kan niet betrouwbaar worden voorkomen dat twee computers tegelijk schrijven, en dan raakt de database beschadigd. Er is niets geopend of gewijzigd. Vraag IT de databasemap in te stellen op een lokale schijf van deze computer.`,
  /** Added to a refusal of a damaged database when IT configured a backup folder. */
  newestBackup: (file: string, folder: string) => `De nieuwste bruikbare back-up is ${file} in ${folder}.`,
  noBackup: (folder: string) => `In de back-upmap ${folder} staat geen bruikbare back-up.`,
  tooNew: (found: number, known: number) =>
    `Deze database is gemaakt met een nieuwere versie van Waakzaam (schemaversie ${found}; deze versie kent tot en met ${known}). Installeer de nieuwste versie van de app. ${unchanged}`,
} as const;

/** Translates a SQLite error code into a DatabaseError, or returns undefined when it is not one of ours. */
export function fromSqliteError(error: unknown): DatabaseError | undefined {
  if (error instanceof DatabaseError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const options = { cause: error };
  if (code === 'SQLITE_NOTADB') return new DatabaseError('DB_WRONG_KEY', databaseMessages.wrongKey, options);
  if (code.startsWith('SQLITE_CORRUPT')) return new DatabaseError('DB_CORRUPT', databaseMessages.corrupt, options);
  // A passing disk, network or virus-scanner hiccup: worth a retry, not a restore.
  if (code.startsWith('SQLITE_IOERR')) return new DatabaseError('DB_IO', databaseMessages.io, options);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new DatabaseError('DB_BUSY', databaseMessages.busy, options);
  if (code.startsWith('SQLITE_READONLY')) return new DatabaseError('DB_READ_ONLY', databaseMessages.readOnly, options);
  if (code === 'SQLITE_FULL') return new DatabaseError('DB_DISK_FULL', databaseMessages.diskFull, options);
  if (code.startsWith('SQLITE_CANTOPEN')) return new DatabaseError('DB_NOT_FOUND', databaseMessages.notFound, options);
  return undefined;
}
