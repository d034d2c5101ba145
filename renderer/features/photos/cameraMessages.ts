/** What went wrong with the webcam, in words a group worker can act on. */
export function cameraErrorMessage(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'De webcam mag niet worden gebruikt: de toestemming is geweigerd. Kies een foto uit een bestand, of vraag de beheerder de webcam toe te staan.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'Er is geen webcam gevonden. Sluit een webcam aan, of kies een foto uit een bestand.';
    case 'NotReadableError':
    case 'AbortError':
      return 'De webcam is nu niet te gebruiken; misschien gebruikt een ander programma hem al. Sluit dat programma, of kies een foto uit een bestand.';
    default:
      return 'De webcam kon niet worden gestart. Kies een foto uit een bestand.';
  }
}

export const noCameraSupport = 'Op deze computer is geen webcam beschikbaar. Kies een foto uit een bestand.';
