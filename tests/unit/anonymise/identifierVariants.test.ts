import { describe, expect, it } from 'vitest';
import { addressVariants, dateVariants, emailVariants, nameVariants, phoneVariants } from '../../../main/domain/anonymise/identifierVariants';

describe('identifier variants', () => {
  it('splits a name into its parts of two letters or more, in any case, never a tussenvoegsel', () => {
    expect(nameVariants('Jan-Willem van der Berg')).toEqual(['janwillemvanderberg', 'jan', 'willem', 'berg']);
    expect(nameVariants('Bo de Wit')).toEqual(['bodewit', 'bo', 'wit']);
    expect(nameVariants('dex qualm')).toEqual(['dexqualm', 'dex', 'qualm']);
  });

  it('leaves out the description and role words of a field that may describe rather than name', () => {
    expect(nameVariants('onbekende man met rode scooter')).toEqual(['onbekendemanmetrodescooter']);
    expect(nameVariants('Moeder Qaxo')).toEqual(['moederqaxo', 'qaxo']);
    expect(nameVariants('Moeder')).toEqual([]);
  });

  it('writes a birth date in the orders and month names people use', () => {
    const variants = dateVariants('2011-03-04');
    for (const form of ['4311', '04311', '40311', '040311', 'maart42011', 'maart042011', 'mrt411']) expect(variants).toContain(form);
    for (const form of ['04032011', '432011', '0432011', '4032011', '20110304', '201134', '040311', '4maart2011', '04mrt2011', '4mrt11', '4mar2011']) expect(variants).toContain(form);
    expect(dateVariants('geen datum')).toEqual([]);
  });

  it('gives a Dutch phone number its national and international forms', () => {
    for (const stored of ['+31612345678', '0612345678']) expect(phoneVariants(stored)).toEqual(['0612345678', '31612345678', '0031612345678', '310612345678']);
    expect(phoneVariants('+32470123456')).toEqual(['32470123456', '0032470123456']);
  });

  it('gives an address its street without the number, and an e-mail address its name part', () => {
    expect(addressVariants('Kerkstraat 12a')).toEqual(['kerkstraat12a', 'kerkstraat']);
    expect(addressVariants('Straat 4')).toEqual(['straat4']);
    expect(emailVariants('p.qaxo@voorbeeld.test')).toEqual(['pqaxovoorbeeldtest', 'pqaxo']);
  });
});
