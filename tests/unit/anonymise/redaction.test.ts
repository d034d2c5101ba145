import { describe, expect, it } from 'vitest';
import { knownIdentifiers, type IdentifierSources } from '../../../main/domain/anonymise/knownIdentifiers';
import { networkRoles } from '../../../main/domain/anonymise/networkRoles';
import { createRedactor, type Segment } from '../../../main/domain/anonymise/redaction';
import type { NetworkEntity } from '../../../preload/contract';
import { emptyYouthProfile, type YouthProfile } from '../../../preload/contract/youthProfile';

const entity = (id: string, details: NetworkEntity['details']): NetworkEntity => ({
  id,
  youthId: 'y',
  kind: details.kind,
  label: '',
  details,
  source: 'Eigen waarneming',
  observedOn: '',
  notes: '',
  atRisk: false,
  shareWithPolice: false,
  position: null,
  updatedAt: '',
});

function sources(extraTerms: string[] = []): IdentifierSources {
  const empty = emptyYouthProfile();
  const profile: YouthProfile = {
    ...empty,
    identity: { ...empty.identity, bsn: '111222334' },
    phones: [{ number: '+31612345678', handset: '', provider: '', billPayer: '', note: '' }],
    socialMedia: [{ platform: 'Snapchat', handle: 'sanne_xo', note: '' }],
    contacts: [{ role: 'parent', name: 'Petra de Vries', organisation: '', phone: '', email: 'petra@voorbeeld.test', address: 'Kerkstraat 12', postcode: '1234 AB', city: 'Utrecht', note: '' }],
  };
  const entities = [
    entity('p1', { kind: 'person', role: 'friend', name: 'Jan Bakker', alias: 'Jantje', description: '' }),
    entity('h1', { kind: 'place', placeType: 'hotel', name: 'Hotel Zonnedauw', address: 'Dorpsweg 3', postcode: '4321 XY', city: 'Zeist', residents: '', riskNote: '' }),
    entity('v1', { kind: 'vehicle', vehicleType: 'car', plate: 'AB-123-C', make: '', colour: '' }),
    entity('p2', { kind: 'person', role: 'friend', name: 'dex qualm', alias: 'Li', description: '' }),
    entity('p3', { kind: 'person', role: 'family', name: 'Дмитрий Петров', alias: '', description: '' }),
  ];
  return {
    youth: { firstName: 'Sanne', lastName: 'de Vries', alias: 'San', dateOfBirth: '2011-03-04', locationName: 'Groep Noord' },
    profile,
    entities,
    roles: networkRoles(entities),
    sourceNames: ['Mentor Piet Hein', 'Nachtdienst, groep Noord', 'trainer Qobi'],
    locationNames: ['Groep Noord', 'De Linde'],
    staffNames: ['Ellen Qobus', 'Wim Groep'],
    extraTerms,
  };
}

const shown = (segments: Segment[]) => segments.map((segment) => (segment.redacted ? `<${segment.text}>` : segment.text)).join('');
const redacted = (text: string, extraTerms: string[] = []) => shown(createRedactor(knownIdentifiers(sources(extraTerms))).redact(text));

describe('redaction of known identifiers', () => {
  it('finds a name in any case, spacing or punctuation, and its possessive', () => {
    expect(redacted('SANNE, s a n n e, San-ne, S.a.n.n.e en Sannes fiets')).toBe('<[de jongere]>, <[de jongere]>, <[de jongere]>, <[de jongere]> en <[de jongere]> fiets');
  });

  it('finds a name spread out with any amount of spaces or punctuation between its letters', () => {
    expect(redacted('S      a   n \t n  e en S . . . anne')).toBe('<[de jongere]> en <[de jongere]>');
  });

  it('cuts whole words only: a name inside an ordinary word stays', () => {
    expect(redacted('Johanne, Jansen en januari: geen van allen is het.')).toBe('Johanne, Jansen en januari: geen van allen is het.');
    expect(redacted('Santa San Vriesland')).toBe('Santa <[de jongere]> Vriesland');
  });

  it('finds a name glued to digits, an underscore or a dot, as in a handle nobody recorded', () => {
    expect(redacted('Sanne2011, sanne_qq, sanne.x, 2011sanne en x.Sanne')).toBe('<[de jongere]>2011, <[de jongere]>_qq, <[de jongere]>.x, 2011<[de jongere]> en x.<[de jongere]>');
  });

  it('finds the Dutch diminutives of a name as its possessive', () => {
    expect(redacted('Sannetje, Sanneke, Sannetjes fiets, Sannie, Jannetje en Janneke')).toBe('<[de jongere]>, <[de jongere]>, <[de jongere]> fiets, Sannie, <[vriend A]> en <[vriend A]>');
  });

  it('takes name parts in any case and of two letters, and matches a name in another script', () => {
    expect(redacted('Dex en QUALM; Li kwam; дмитрий и ПЕТРОВ; de jongen')).toBe('<[vriend B]> en <[vriend B]>; <[vriend B]> kwam; <[familielid C]> и <[familielid C]>; de jongen');
  });

  it('redacts the organisation’s locations and its staff', () => {
    expect(redacted('Van Groep Noord naar de Linde, met Ellen en mevrouw Qobus; Wim belde')).toBe('Van <[groep]> naar <[groep]>, met <[medewerker]> en mevrouw <[medewerker]>; <[medewerker]> belde');
  });

  it('matches a source name whole, its own name parts alone, but not its role and shift words', () => {
    expect(redacted('De nachtdienst en de trainer zagen het; Nachtdienst, groep Noord belde, trainer Qobi en Qobi ook')).toBe(
      'De nachtdienst en de trainer zagen het; <[bron]> belde, <[bron]> en <[bron]> ook',
    );
  });

  it('takes the longest match first, so a full name is one redaction', () => {
    const redactor = createRedactor(knownIdentifiers(sources()));
    expect(shown(redactor.redact('Sanne de Vries en Jan Bakker'))).toBe('<[de jongere]> en <[vriend A]>');
    expect(redactor.redactions()).toEqual([
      { what: 'Naam van de jongere', original: 'Sanne de Vries', replacement: '[de jongere]', count: 1 },
      { what: 'Naam van vriend A', original: 'Jan Bakker', replacement: '[vriend A]', count: 1 },
    ]);
  });

  it('gives the youth the word it shares with a relative, and the relative its full name', () => {
    expect(redacted('Petra de Vries belde; mevrouw De Vries was boos')).toBe('<[ouder]> belde; mevrouw <[de jongere]> was boos');
  });

  it('finds phone numbers, dates, postcodes, plates and the BSN however they were typed', () => {
    expect(redacted('06 12 34 56 78, +31 6 1234 5678, 0031-612345678 en +31 (0)6 12345678')).toBe('<[telefoonnummer]>, <[telefoonnummer]>, <[telefoonnummer]> en <[telefoonnummer]>');
    expect(redacted('geboren 4-3-2011, 04/03/2011, 2011-03-04, 4 maart 2011 of 4 MRT. 2011')).toBe('geboren <[geboortedatum]>, <[geboortedatum]>, <[geboortedatum]>, <[geboortedatum]> of <[geboortedatum]>');
    expect(redacted('4-3-11, 04-3-11, 4-03-11, maart 4, 2011 en mrt 4 \'11')).toBe('<[geboortedatum]>, <[geboortedatum]>, <[geboortedatum]>, <[geboortedatum]> en <[geboortedatum]>');
    expect(redacted('1234ab, 1234 AB en 4321xy; ab 123 c; bsn 111.222.334')).toBe('<[postcode]>, <[postcode]> en <[postcode]>; <[kenteken]>; bsn <[BSN]>');
  });

  it('names the network by role and type, its addresses and handles by what they are', () => {
    expect(redacted('Jantje sliep in hotel zonnedauw aan de Dorpsweg 3 in ZEIST, appte @sanne_xo')).toBe('<[vriend A]> sliep in <[hotel]> aan de <[adres]> in <[plaats]>, appte <[account]>');
    expect(redacted('Mentor Piet Hein zag het, Hein ook; petra@voorbeeld.test')).toBe('<[bron]> zag het, <[bron]> ook; <[e-mailadres]>');
  });

  it('redacts the user’s extra terms as well, in every variant', () => {
    expect(redacted('De Kraanvogel en DE KRAAN-VOGEL', ['De Kraanvogel'])).toBe('<[weggelaten]> en <[weggelaten]>');
    expect(redacted('De Kraanvogel')).toBe('De Kraanvogel');
  });
});

describe('redaction of what nobody recorded', () => {
  it('recognises phone numbers, e-mail, handles, postcodes in capitals, plates, nine-digit numbers and links', () => {
    expect(redacted('Bel 06-87654321 of +32 470 12 34 56, mail x.y@z.nl of @qaxo_9, 9999 ZZ, kenteken 12-abc-3, nummer 123 456 789, zie https://voorbeeld.test/a.')).toBe(
      'Bel <[telefoonnummer]> of <[telefoonnummer]>, mail <[e-mailadres]> of <[account]>, <[postcode]>, kenteken <[kenteken]>, nummer <[BSN]>, zie <[link]>.',
    );
  });

  it('leaves dates, times, amounts and ordinary numbers alone', () => {
    const text = 'Op 12-03-2026 om 23:15 kreeg ze €150 en 2 telefoons; 1234 mensen, groep 8, covid-19.';
    expect(redacted(text)).toBe(text);
  });

  it('counts what it left out, per identifier and replacement', () => {
    const redactor = createRedactor(knownIdentifiers(sources()));
    redactor.redact('San en san');
    redactor.redact('Bel 06-87654321');
    expect(redactor.redactions()).toEqual([
      { what: 'Roepnaam of bijnaam van de jongere', original: 'San', replacement: '[de jongere]', count: 2 },
      { what: 'Herkend als telefoonnummer', original: '06-87654321', replacement: '[telefoonnummer]', count: 1 },
    ]);
  });
});
