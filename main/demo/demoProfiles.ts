import { youthProfileSchema, type YouthProfile, type YouthProfileInput } from '../../preload/contract';

/**
 * Fictional file data for the demo youths: enough to show every section of the file and to make
 * a missing-person packet worth reading. Phone numbers are 06-12345xxx, BSNs are the well-known
 * test numbers, social-media handles end in "demo", and organisations and towns are made up.
 */
type DemoProfile = (startedMonthsAgo: (months: number) => string) => YouthProfileInput & { alias: string };

const mobile = (last3: string) => `06-12345${last3}`;

const guardian = (name: string, last3: string) => ({
  role: 'guardian' as const,
  name,
  organisation: 'Jeugdbescherming Regio Voorbeeld',
  phone: mobile(last3),
  email: `${name.split(' ')[0]!.toLowerCase()}@jeugdbescherming-voorbeeld.nl`,
});

const parent = (role: 'parent' | 'carer', name: string, last3: string, note = '') => ({
  role,
  name,
  phone: mobile(last3),
  address: 'Voorbeeldstraat 1',
  postcode: '9999 ZZ',
  city: 'Voorbeeldstad',
  note,
});

const demoProfiles: Record<string, DemoProfile> = {
  Sanne: (started) => ({
    alias: 'San',
    identity: { gender: 'female', bsn: '111222333', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(7), legalFramework: 'ots', legalNote: 'OTS verlengd tot volgend voorjaar.' },
    contacts: [parent('parent', 'Ingrid Verhoef', '601', 'Moeder; bellen na 17.00 uur.'), guardian('Marieke de Wit', '602')],
    vulnerabilities: { lvb: 'suspected', lvbNote: 'Onderzoek loopt; begrijpt afspraken beter met pictogrammen.', other: 'Zoekt snel bevestiging bij oudere jongens.' },
    description: { heightCm: 165, build: 'Slank', hairColour: 'Donkerblond', hairStyle: 'Lang, meestal in een staart', eyeColour: 'Blauw', skinTone: 'Licht' },
    marks: [{ kind: 'piercing', bodyPart: 'Neus, links', description: 'Kleine zilveren ring.' }],
    phones: [{ number: mobile('611'), handset: 'iPhone met roze hoesje', provider: 'Prepaid', billPayer: 'Onbekend wie het tegoed oplaadt' }],
    socialMedia: [
      { platform: 'Snapchat', handle: 'sanne.demo' },
      { platform: 'Instagram', handle: 'sannetje_demo', note: 'Tweede account gezien, naam nog onbekend.' },
    ],
    belongings: { idDocument: 'keptByFacility', bankCards: 'Jongerenrekening; pas bewaard door de mentor.', transportPasses: 'Anonieme ov-chipkaart.' },
  }),
  Milan: (started) => ({
    alias: 'Mil',
    identity: { gender: 'male', nationality: 'Nederlandse', languages: 'Nederlands, Fries' },
    placement: { startDate: started(3), legalFramework: 'voluntary' },
    contacts: [parent('parent', 'Harm Kooistra', '603')],
    vulnerabilities: { addiction: { present: true, note: 'Blowt dagelijks; zegt te willen minderen.' } },
    description: { heightCm: 181, build: 'Lang en tenger', hairColour: 'Bruin', hairStyle: 'Kort, opzij gekamd', eyeColour: 'Groen', skinTone: 'Licht' },
    marks: [{ kind: 'scar', bodyPart: 'Rechterwenkbrauw', description: 'Litteken van ongeveer 2 cm.' }],
    phones: [{ number: mobile('612'), handset: 'Samsung, barst in het scherm', provider: 'Abonnement', billPayer: 'Vader' }],
    socialMedia: [{ platform: 'TikTok', handle: 'milan.demo' }],
    belongings: { idDocument: 'withYouth', bankCards: 'Eigen betaalpas.' },
  }),
  Yara: (started) => ({
    alias: '',
    identity: { gender: 'female', nationality: 'Nederlandse', languages: 'Nederlands, Arabisch' },
    placement: { startDate: started(14), legalFramework: 'guardianship' },
    contacts: [guardian('Sevda Yilmaz', '604'), { role: 'mentor', name: 'Bart Visser', organisation: 'De Linde', phone: mobile('605') }],
    vulnerabilities: { psychiatric: { present: true, note: 'PTSS-klachten; in behandeling bij de GGZ.' } },
    medical: { needs: 'Slaapt slecht.', medications: [{ name: 'Melatonine', dose: '3 mg voor het slapen' }] },
    description: { heightCm: 158, build: 'Klein, slank', hairColour: 'Zwart', hairStyle: 'Lang, krullend', eyeColour: 'Bruin', skinTone: 'Getint', glasses: true },
    phones: [{ number: mobile('613'), handset: 'Oude iPhone', provider: 'Prepaid', billPayer: 'Zelf, van zakgeld' }],
    socialMedia: [{ platform: 'Instagram', handle: 'yara.demo' }],
    belongings: { idDocument: 'keptByFacility' },
  }),
  Daan: (started) => ({
    alias: 'Dino',
    identity: { gender: 'male', bsn: '123456782', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(10), legalFramework: 'ots' },
    contacts: [parent('carer', 'Petra Zuidema', '606', 'Pleegmoeder tot vorig jaar.'), guardian('Joost Koster', '607')],
    vulnerabilities: { lvb: 'confirmed', lvbNote: 'IQ-onderzoek vorig jaar; moeite met overzien van gevolgen.' },
    description: { heightCm: 176, build: 'Stevig', hairColour: 'Bruin', hairStyle: 'Opgeschoren zijkanten', eyeColour: 'Bruin', skinTone: 'Licht' },
    marks: [{ kind: 'tattoo', bodyPart: 'Linkeronderarm', description: 'Tekst in sierletters, onlangs gezet; herkomst onbekend.' }],
    phones: [
      { number: mobile('614'), handset: 'Samsung', provider: 'Abonnement', billPayer: 'Instelling' },
      { number: mobile('615'), handset: 'Tweede toestel, zwart', provider: 'Prepaid', billPayer: 'Onbekend', note: 'Toestel ineens in bezit; zegt het te hebben geleend.' },
    ],
    socialMedia: [{ platform: 'Snapchat', handle: 'dino.demo' }, { platform: 'Telegram', handle: 'dino_demo' }],
    belongings: { idDocument: 'missing', idDocumentNote: 'Zegt dat een vriend zijn ID-kaart heeft.', bankCards: 'Eigen betaalpas; onverklaarde bijschrijvingen gezien.' },
  }),
  Noor: (started) => ({
    alias: '',
    identity: { gender: 'female', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(2), legalFramework: 'closedCare', legalNote: 'Machtiging voor zes maanden.' },
    contacts: [parent('parent', 'Anja Hendriksen', '608'), guardian('Ruben Smit', '609')],
    vulnerabilities: { lvb: 'confirmed', suicideRisk: { present: true, note: 'Zie het signaleringsplan; niet alleen laten na een conflict.' } },
    medical: { medications: [{ name: 'Methylfenidaat', dose: '10 mg, twee keer per dag' }] },
    description: { heightCm: 152, build: 'Tenger', hairColour: 'Rood', hairStyle: 'Schouderlang', eyeColour: 'Grijs', skinTone: 'Licht, sproeten' },
    phones: [{ number: mobile('616'), handset: 'Motorola', provider: 'Prepaid', billPayer: 'Moeder' }],
    belongings: { idDocument: 'withParents' },
  }),
  Jayden: (started) => ({
    alias: 'JJ',
    identity: { gender: 'male', nationality: 'Nederlandse', languages: 'Nederlands, Papiaments' },
    placement: { startDate: started(5), legalFramework: 'closedCare' },
    contacts: [parent('parent', 'Shirley Mulder', '617')],
    description: { heightCm: 184, build: 'Atletisch', hairColour: 'Zwart', hairStyle: 'Kort met lijnen', eyeColour: 'Bruin', skinTone: 'Donker' },
    marks: [{ kind: 'tattoo', bodyPart: 'Rechterhand', description: 'Drie stippen tussen duim en wijsvinger.' }],
    phones: [{ number: mobile('618'), handset: 'iPhone', provider: 'Onbekend', billPayer: 'Onbekend' }],
    socialMedia: [{ platform: 'Instagram', handle: 'jj.demo' }],
    belongings: { idDocument: 'keptByFacility' },
  }),
  Lotte: (started) => ({
    alias: '',
    identity: { gender: 'female', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(9), legalFramework: 'closedCare' },
    contacts: [guardian('Eline Bos', '619')],
    vulnerabilities: { psychiatric: { present: true, note: 'Angstklachten.' } },
    description: { heightCm: 170, hairColour: 'Blond', hairStyle: 'Lang, steil', eyeColour: 'Blauw', skinTone: 'Licht' },
    marks: [{ kind: 'piercing', bodyPart: 'Beide oren', description: 'Meerdere ringetjes.' }],
    phones: [{ number: mobile('620'), handset: 'iPhone, wit', provider: 'Abonnement', billPayer: 'Vader' }],
    socialMedia: [{ platform: 'Snapchat', handle: 'lotte.demo' }],
  }),
  Amir: (started) => ({
    alias: '',
    identity: { gender: 'male', nationality: 'Nederlandse, Marokkaanse', languages: 'Nederlands, Tarifit' },
    placement: { startDate: started(20), legalFramework: 'voluntary', legalNote: 'Verlengde jeugdhulp na zijn 18e.' },
    contacts: [{ role: 'mentor', name: 'Saida Amrani', organisation: 'Kamertraining De Brug', phone: mobile('621') }],
    description: { heightCm: 179, build: 'Gemiddeld', hairColour: 'Zwart', hairStyle: 'Kort', eyeColour: 'Bruin', skinTone: 'Getint' },
    phones: [{ number: mobile('622'), handset: 'Samsung', provider: 'Abonnement', billPayer: 'Zelf' }],
    belongings: { idDocument: 'withYouth', bankCards: 'Eigen betaalpas.', transportPasses: 'Persoonlijke ov-chipkaart.' },
  }),
  Fleur: (started) => ({
    alias: '',
    identity: { gender: 'female', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(16), legalFramework: 'voluntary' },
    description: { heightCm: 168, hairColour: 'Bruin', hairStyle: 'Bob', eyeColour: 'Bruin', skinTone: 'Licht' },
    phones: [{ number: mobile('623'), handset: 'iPhone', provider: 'Abonnement', billPayer: 'Zelf' }],
    belongings: { idDocument: 'withYouth' },
  }),
  Ravi: (started) => ({
    alias: '',
    identity: { gender: 'male', nationality: 'Nederlandse', languages: 'Nederlands, Sranantongo' },
    placement: { startDate: started(4), legalFramework: 'ots' },
    contacts: [parent('parent', 'Anita Ramdin', '624'), guardian('Koen Vermeulen', '625')],
    description: { heightCm: 160, build: 'Slank', hairColour: 'Zwart', hairStyle: 'Kort', eyeColour: 'Bruin', skinTone: 'Getint' },
    phones: [{ number: mobile('626'), handset: 'Xiaomi', provider: 'Prepaid', billPayer: 'Moeder' }],
  }),
  Esmee: (started) => ({
    alias: 'Mees',
    identity: { gender: 'female', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(1), legalFramework: 'voluntary' },
    contacts: [parent('parent', 'Wendy Groeneveld', '627'), parent('parent', 'Rob Groeneveld', '628')],
    description: { heightCm: 149, hairColour: 'Lichtbruin', hairStyle: 'Vlechtjes', eyeColour: 'Blauw', skinTone: 'Licht' },
    belongings: { idDocument: 'none' },
  }),
  Kevin: (started) => ({
    alias: 'Kev',
    identity: { gender: 'male', nationality: 'Nederlandse', languages: 'Nederlands' },
    placement: { startDate: started(6), legalFramework: 'closedCare' },
    contacts: [guardian('Hanneke Dijkstra', '629')],
    vulnerabilities: { addiction: { present: true, note: 'Gokt online.' } },
    description: { heightCm: 186, build: 'Fors', hairColour: 'Blond', hairStyle: 'Kaalgeschoren', eyeColour: 'Blauw', skinTone: 'Licht' },
    marks: [{ kind: 'scar', bodyPart: 'Linkerhand', description: 'Brandwondlitteken op de rug van de hand.' }],
    phones: [{ number: mobile('630'), handset: 'iPhone', provider: 'Onbekend', billPayer: 'Onbekend' }],
    socialMedia: [{ platform: 'Discord', handle: 'kev_demo' }],
  }),
};

/** The demo youth's alias and file data, with dates counted back from `today`. */
export function demoProfile(firstName: string, today: Date): { alias: string; profile: YouthProfile } {
  const build = demoProfiles[firstName];
  if (!build) return { alias: '', profile: youthProfileSchema.parse({}) };
  const { alias, ...profile } = build((months) => {
    const date = new Date(today);
    date.setUTCMonth(date.getUTCMonth() - months, 1);
    return date.toISOString().slice(0, 10);
  });
  return { alias, profile: youthProfileSchema.parse(profile) };
}
