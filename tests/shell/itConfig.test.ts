import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ItConfigError, itConfigDefaults, itConfigFileName, itConfigFolder, parseItConfig, readItConfig } from '../../main/config/itConfig';
import { tempDir } from '../support/tempDatabase';

const shippedExample = fileURLToPath(new URL('../../installer/waakzaam.config.example.json', import.meta.url));

function problemWith(settings: unknown, platform: NodeJS.Platform = 'win32'): string {
  try {
    parseItConfig(JSON.stringify(settings), 'C:\\Program Files\\Waakzaam\\waakzaam.config.json', platform);
  } catch (error) {
    expect(error).toBeInstanceOf(ItConfigError);
    return (error as Error).message;
  }
  throw new Error('the config was accepted');
}

describe('the IT config beside the executable', () => {
  it('accepts the example shipped with the installers, on Windows', () => {
    expect(parseItConfig(fs.readFileSync(shippedExample, 'utf8'), shippedExample, 'win32')).toEqual({
      databaseFolder: 'C:\\ProgramData\\Waakzaam\\Database',
      backupFolder: 'C:\\ProgramData\\Waakzaam\\Back-ups',
      backupKeep: itConfigDefaults.backupKeep,
      backupIntervalMinutes: itConfigDefaults.backupIntervalMinutes,
    });
  });

  it('fills in the defaults for what is left out, and forward slashes work on Windows', () => {
    expect(parseItConfig('{ "databaseFolder": "D:/Waakzaam" }', 'w.json', 'win32')).toEqual({ databaseFolder: 'D:/Waakzaam', backupKeep: 30, backupIntervalMinutes: 15 });
    expect(parseItConfig('{}', 'w.json', 'linux')).toEqual({ backupKeep: 30, backupIntervalMinutes: 15 });
    expect(parseItConfig('{ "backupFolder": "/var/backups/waakzaam" }', 'w.json', 'linux')).toMatchObject({ backupFolder: '/var/backups/waakzaam' });
  });

  it.each([
    [{ databaseFolder: '\\\\server\\share\\Waakzaam' }, 'databaseFolder een netwerkpad (\\\\server\\share) kan niet: kies een map op een lokale schijf van deze computer'],
    [{ backupFolder: '//nas/back-ups' }, 'backupFolder een netwerkpad (\\\\server\\share) kan niet'],
    [{ databaseFolder: 'Waakzaam\\Database' }, 'databaseFolder geef een volledig pad met stationsletter, zoals C:\\ProgramData\\Waakzaam\\Database'],
    [{ databaseFolder: '\\ProgramData\\Waakzaam' }, 'databaseFolder geef een volledig pad met stationsletter'],
    [{ databaseFolder: 42 }, 'databaseFolder moet een map zijn, als tekst tussen aanhalingstekens'],
    [{ backupKeep: 0 }, 'backupKeep moet een geheel getal van 1 tot en met 1000 zijn'],
    [{ backupKeep: 2.5 }, 'backupKeep moet een geheel getal van 1 tot en met 1000 zijn'],
    [{ backupKeep: '30' }, 'backupKeep moet een geheel getal van 1 tot en met 1000 zijn'],
    [{ backupIntervalMinutes: 1 }, 'backupIntervalMinutes moet een geheel getal van 5 tot en met 1440 zijn'],
    [{ databasefolder: 'C:\\Waakzaam' }, 'onbekende instelling databasefolder'],
    [['C:\\Waakzaam'], 'moet een object met instellingen zijn'],
  ])('refuses %j in Dutch, naming the setting', (settings, problem) => {
    const message = problemWith(settings);
    expect(message).toContain('Het instellingenbestand van IT (C:\\Program Files\\Waakzaam\\waakzaam.config.json) klopt niet, daarom start Waakzaam niet: ');
    expect(message).toContain(problem);
    expect(message).toContain('waakzaam.config.example.json in dezelfde map is een goed voorbeeld');
  });

  it('names every problem at once', () => {
    expect(problemWith({ backupKeep: -1, databaseFolder: 'relatief' })).toMatch(/databaseFolder .*; backupKeep /);
  });

  it('refuses a relative path on Linux too', () => {
    expect(problemWith({ databaseFolder: 'var/lib/waakzaam' }, 'linux')).toContain('databaseFolder geef een volledig pad, zoals /var/lib/waakzaam');
  });

  it('explains a Windows path written with single backslashes (not valid JSON)', () => {
    expect(() => parseItConfig('{ "databaseFolder": "C:\\ProgramData\\Waakzaam" }', 'w.json', 'win32')).toThrow(/het is geen geldige JSON/);
  });

  it('reads the file from the folder (a byte-order mark from Notepad is fine) and gives the defaults without one', () => {
    const folder = tempDir();
    expect(readItConfig(folder, 'linux')).toEqual({ backupKeep: 30, backupIntervalMinutes: 15 });
    fs.writeFileSync(path.join(folder, itConfigFileName), '\uFEFF{ "databaseFolder": "/var/lib/waakzaam", "backupKeep": 7 }');
    expect(readItConfig(folder, 'linux')).toEqual({ databaseFolder: '/var/lib/waakzaam', backupKeep: 7, backupIntervalMinutes: 15 });
  });

  it('is looked for beside the executable, or beside the AppImage file rather than inside its temporary mount', () => {
    expect(itConfigFolder({ execPath: '/opt/Waakzaam/waakzaam', appImage: undefined })).toBe('/opt/Waakzaam');
    expect(itConfigFolder({ execPath: '/tmp/.mount_WaakzXYZ/waakzaam', appImage: '/home/zorg/Apps/Waakzaam.AppImage' })).toBe('/home/zorg/Apps');
  });
});
