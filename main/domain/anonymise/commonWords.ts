/**
 * Words that are part of many names or descriptions but identify nobody on their own: the Dutch
 * tussenvoegsels, and the role and description words a "name" field often holds ("Moeder",
 * "onbekende man met rode scooter", "Hotel …"). Such a word is not redacted by itself; the whole
 * name still is.
 */
const tussenvoegsels = ['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', 't', 'op', 'aan', 'bij', 'uit', 'voor', 'over', 'onder', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del', 'el', 'von', 'zu', 'vanden', 'vander', 'vd', 's'];

const roleWords = [
  'moeder', 'vader', 'ouder', 'ouders', 'mama', 'papa', 'zus', 'zusje', 'broer', 'broertje', 'oom', 'tante', 'opa', 'oma', 'neef', 'nicht', 'stiefvader', 'stiefmoeder',
  'vriend', 'vriendin', 'vriendje', 'partner', 'buurman', 'buurvrouw', 'mentor', 'collega', 'docent', 'leraar', 'juf', 'meester', 'school', 'politie', 'agent', 'wijkagent',
  'jongere', 'jongen', 'meisje', 'man', 'vrouw', 'persoon', 'onbekend', 'onbekende', 'oudere', 'jonge', 'met', 'een', 'en', 'of', 'rode', 'zwarte', 'witte', 'grijze', 'blauwe',
  'hotel', 'motel', 'hostel', 'station', 'centraal', 'park', 'plein', 'straat', 'weg', 'laan', 'centrum', 'winkel', 'snackbar', 'cafe', 'restaurant', 'college', 'lyceum', 'huis', 'woning',
  'groep', 'afdeling', 'locatie', 'begeleider', 'groepsleider', 'groepsleiding', 'zorgaanbieder', 'gemeente', 'instagram', 'snapchat', 'tiktok', 'whatsapp', 'telegram', 'facebook',
];

const common = new Set([...tussenvoegsels, ...roleWords]);

/** Whether a folded word is too common to be redacted on its own. */
export function isCommonWord(folded: string): boolean {
  return common.has(folded);
}
