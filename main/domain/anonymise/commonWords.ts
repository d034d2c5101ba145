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

/** How a signal's source or a staff member is described rather than named ("Nachtdienst, groep Noord", "trainer Qobi"). */
const sourceRoleWords = [
  'dienst', 'nachtdienst', 'dagdienst', 'avonddienst', 'slaapdienst', 'vroege', 'late', 'nacht', 'ochtend', 'middag', 'avond', 'wakende', 'collega', 'medewerker', 'stagiair',
  'invaller', 'teamleider', 'trainer', 'coach', 'leerkracht', 'huisarts', 'arts', 'verpleegkundige', 'wijkteam', 'jeugdbeschermer', 'voogd', 'zorgcoordinator', 'beveiliger',
  'chauffeur', 'jongerenwerker', 'gedragswetenschapper', 'psycholoog', 'therapeut', 'klasgenoot', 'teamgenoot', 'huisgenoot', 'groepsgenoot', 'bewoner', 'medebewoner',
  'club', 'sportclub', 'voetbalclub', 'vereniging', 'team', 'ouder', 'kind',
];

/** Words of a description, now that lowercase parts of a name count too ("onbekende man met rode scooter"). */
const describingWords = [
  'scooter', 'auto', 'motor', 'fiets', 'brommer', 'lang', 'lange', 'kort', 'korte', 'dik', 'dikke', 'dun', 'dunne', 'kaal', 'kale', 'baard', 'jas', 'pet', 'bril', 'oud', 'jong',
  'groot', 'grote', 'klein', 'kleine', 'donker', 'donkere', 'blond', 'blonde', 'getint', 'getinte', 'die', 'dat', 'zich', 'noemt', 'heet', 'genaamd', 'ook', 'wel', 'bekend',
  'als', 'aka', 'alias', 'naam', 'mogelijk', 'waarschijnlijk', 'vermoedelijk', 'ongeveer', 'jaar', 'haar', 'zijn', 'hun', 'hem', 'zij', 'hij', 'ze', 'is', 'al', 'na', 'om',
  'er', 'nu', 'mr', 'mw', 'dhr', 'mevr', 'meneer', 'mevrouw', 'nr', 'jr', 'sr',
];

const common = new Set([...tussenvoegsels, ...roleWords, ...sourceRoleWords, ...describingWords]);

/** Whether a folded word is too common to be redacted on its own. */
export function isCommonWord(folded: string): boolean {
  return common.has(folded);
}
