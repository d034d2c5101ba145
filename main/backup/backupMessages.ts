import { DatabaseError, type DatabaseErrorCode } from '../../db/errors';

export const backupMessages = {
  noFolderConfigured: 'Voor deze installatie is geen back-upmap ingesteld. Vraag IT om de map in te stellen (waakzaam.config.json).',
  folderMissing: 'De map voor de back-up bestaat niet. Maak de map eerst aan of kies een andere.',
  folderReadOnly:
    'De back-up kon niet worden geschreven: de map is alleen-lezen of je hebt er geen schrijfrechten. Er is geen back-up gemaakt en niets achtergelaten. Kies een andere map of vraag om schrijfrechten.',
  diskFull:
    'De back-up kon niet worden geschreven: de schijf is vol. Er is geen back-up gemaakt en niets achtergelaten. Maak ruimte vrij of kies een andere map.',
  writeFailed:
    'De back-up kon niet worden geschreven (schijf, netwerk of virusscanner). Er is geen back-up gemaakt en niets achtergelaten. Probeer het opnieuw.',
  backupRunning: 'Er wordt op dit moment al een back-up naar deze map gemaakt. Probeer het over een minuut opnieuw.',
  copyDiffers: 'De back-up klopt niet met de database (aantal rijen verschilt). Hij is verwijderd; probeer het opnieuw.',
  keepInvalid: 'Geef bij --keep een geheel aantal van minstens 1 op.',
  backupMissing: 'Het back-upbestand is niet gevonden. Controleer het pad.',
  backupIncomplete: 'Naast het back-upbestand ontbreekt het sleutelbestand (.keyslots.json): zonder dat bestand is de back-up niet te openen. Er is niets gewijzigd.',
  backupDamaged:
    'De back-up is beschadigd of onvolledig en wordt niet teruggezet. Er is niets gewijzigd. Kies een andere back-up.',
  backupLogBroken:
    'Het toegangslog in de back-up klopt niet met zijn ankerbestand. De back-up wordt niet teruggezet; er is niets gewijzigd. Kies een andere back-up.',
  logBrokenBackedUp:
    'Let op: het toegangslog klopt niet met zijn ankerbestand (mogelijk is ermee geknoeid). De back-up is toch gemaakt, met hetzelfde ankerbestand als bewijs. Controleer het log met audit-verify.',
  restoreNeedsAdministrator: 'Alleen een actieve beheerder van de back-up kan hem terugzetten. Er is niets gewijzigd.',
  databaseInUse:
    'De database is nog geopend: Waakzaam draait nog, bij jou of bij een collega op deze pc. Laat iedereen Waakzaam afsluiten en probeer het opnieuw. Er is niets gewijzigd.',
  backupChangedSinceCheck: 'Het back-upbestand veranderde na de controle of werd niet goed gekopieerd. Er is niets gewijzigd. Probeer het opnieuw.',
  restoreTargetBusy: 'Naast de database staat al een map met dezelfde naam voor de oude versie. Wacht een seconde en probeer het opnieuw.',
} as const;

export function backupError(code: DatabaseErrorCode, message: string, cause?: unknown): DatabaseError {
  return new DatabaseError(code, message, cause === undefined ? undefined : { cause });
}

/** File system and SQLite failures while writing into the backup folder, in the folder's terms. */
export function writeFailure(error: unknown): DatabaseError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') return backupError('DB_DISK_FULL', backupMessages.diskFull, error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || (typeof code === 'string' && (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')))) {
    return backupError('DB_READ_ONLY', backupMessages.folderReadOnly, error);
  }
  return backupError('DB_IO', backupMessages.writeFailed, error);
}
