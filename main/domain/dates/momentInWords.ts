const dutchMoment = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** A stored moment in Dutch words, as messages name who changed something when; as stored when it is no date. */
export const momentInWords = (instant: string) => (Number.isNaN(Date.parse(instant)) ? instant : dutchMoment.format(new Date(instant)));
