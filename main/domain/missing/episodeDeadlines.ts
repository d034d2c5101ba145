/** An instant moved by some milliseconds; '' when the stored instant is no date (nothing can be worked out). */
function later(instant: string, milliseconds: number): string {
  const at = Date.parse(instant);
  return Number.isNaN(at) ? '' : new Date(at + milliseconds).toISOString();
}

/** When the screen and the start screen prompt the next step if the police have not been told yet. */
export function escalationAt(discoveredAt: string, missingEscalationMinutes: number): string {
  return later(discoveredAt, missingEscalationMinutes * 60_000);
}

/** When the return conversation is due; null while the youth is still missing. */
export function conversationDueAt(returnedAt: string | null, returnConversationHours: number): string | null {
  return returnedAt === null ? null : later(returnedAt, returnConversationHours * 3_600_000);
}

/** Has `deadline` passed at `now`? A deadline that could not be worked out ('') never has. */
export function isPast(deadline: string | null, now: Date): boolean {
  return deadline !== null && deadline !== '' && now.getTime() >= Date.parse(deadline);
}
