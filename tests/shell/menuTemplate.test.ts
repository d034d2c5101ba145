import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec } from '../../main/shell/menuTemplate';

function labels(items: readonly MenuItemSpec[]): string[] {
  return items.flatMap((item) => ('label' in item ? [item.label] : []));
}

function submenu(items: readonly MenuItemSpec[], label: string): readonly MenuItemSpec[] {
  const menu = items.find((item) => 'submenu' in item && item.label === label);
  if (!menu || !('submenu' in menu)) throw new Error(`geen menu ${label}`);
  return menu.submenu;
}

describe('application menu', () => {
  it('is Dutch on Windows and Linux', () => {
    const menu = buildMenuTemplate({ platform: 'win32', isPackaged: true });
    expect(labels(menu)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(menu, 'Bestand'))).toEqual(['Afsluiten']);
    expect(labels(submenu(menu, 'Bewerken'))).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
    ]);
    expect(labels(submenu(menu, 'Beeld'))).toEqual(['Zoom in', 'Zoom uit', 'Werkelijke grootte', 'Volledig scherm']);
    expect(labels(submenu(menu, 'Help'))).toEqual(['Over Waakzaam']);
  });

  it('offers developer tools only in development', () => {
    const development = buildMenuTemplate({ platform: 'linux', isPackaged: false });
    expect(labels(submenu(development, 'Beeld'))).toContain('Ontwikkelaarshulpmiddelen');
    const packaged = buildMenuTemplate({ platform: 'linux', isPackaged: true });
    expect(JSON.stringify(packaged)).not.toContain('toggleDevTools');
  });

  it('follows the macOS layout with an app menu', () => {
    const menu = buildMenuTemplate({ platform: 'darwin', isPackaged: true });
    expect(labels(menu)).toEqual(['Waakzaam', 'Bestand', 'Bewerken', 'Beeld']);
    expect(labels(submenu(menu, 'Waakzaam'))).toContain('Over Waakzaam');
  });
});
