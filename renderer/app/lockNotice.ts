import type { LockReason } from '../../preload/contract';

/** "5 minuten", "1 minuut", "90 seconden": the idle time as staff set it (whole minutes) or as tests do. */
export function idleDuration(seconds: number): string {
  if (seconds % 60 === 0) {
    const minutes = seconds / 60;
    return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
  }
  return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
}

/** Why the unlock screen is showing, in the words of the person who sees it. */
export function lockNotice(reason: LockReason, idleLockSeconds: number | undefined): string {
  switch (reason) {
    case 'idle':
      return idleLockSeconds
        ? `Automatisch vergrendeld na ${idleDuration(idleLockSeconds)} zonder activiteit. Log opnieuw in om verder te gaan.`
        : 'Automatisch vergrendeld omdat er een tijd niets gebeurde. Log opnieuw in om verder te gaan.';
    case 'system':
      return 'Vergrendeld omdat het scherm van de computer op slot ging of de computer in slaapstand ging. Log opnieuw in om verder te gaan.';
    case 'manual':
      return 'Waakzaam is vergrendeld. Log opnieuw in om verder te gaan.';
    case 'switchUser':
      return 'Wissel van gebruiker: log in met je eigen account.';
    case 'quit':
      return 'Waakzaam is afgesloten. Log opnieuw in om verder te gaan.';
  }
}

/** Added when the lock came before the new administrator had put the recovery key away. */
export const recoveryKeyGoneNotice =
  'De herstelsleutel wordt niet opnieuw getoond. Heb je hem niet afgedrukt of opgeschreven, maak dan in Beheer een nieuwe.';
