/**
 * Dispatched on `window` after something changed the signed-in user's emergency access (a new
 * grant): the banner in the header reloads at once instead of at its next minute.
 */
export const emergencyChangedEvent = 'waakzaam:emergency-changed';

export function announceEmergencyChange(): void {
  window.dispatchEvent(new Event(emergencyChangedEvent));
}
