/**
 * The Dutch application menu as plain data (no electron import). Items use Electron's
 * built-in roles, which do the work; the labels are ours so nothing shows in English.
 * menu.ts turns this into a Menu.
 */
export type MenuRole =
  | 'about'
  | 'quit'
  | 'close'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools';

export type MenuItemSpec =
  | { readonly role: MenuRole; readonly label: string }
  | { readonly type: 'separator' }
  | { readonly label: string; readonly submenu: readonly MenuItemSpec[] };

export interface MenuTemplateOptions {
  /** process.platform: macOS puts "Over" and "Stop" in a menu named after the app. */
  platform: string;
  /** app.isPackaged: only a development build offers the developer tools. */
  isPackaged: boolean;
}

const separator = { type: 'separator' } as const;

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemSpec[] {
  const isMac = options.platform === 'darwin';
  const about: MenuItemSpec = { role: 'about', label: 'Over Waakzaam' };

  const appMenu: MenuItemSpec[] = isMac
    ? [
        {
          label: 'Waakzaam',
          submenu: [
            about,
            separator,
            { role: 'hide', label: 'Verberg Waakzaam' },
            { role: 'hideOthers', label: 'Verberg andere' },
            { role: 'unhide', label: 'Toon alles' },
            separator,
            { role: 'quit', label: 'Stop Waakzaam' },
          ],
        },
      ]
    : [];

  const file: MenuItemSpec = {
    label: 'Bestand',
    submenu: [isMac ? { role: 'close', label: 'Sluit venster' } : { role: 'quit', label: 'Afsluiten' }],
  };

  const edit: MenuItemSpec = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      separator,
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };

  const view: MenuItemSpec = {
    label: 'Beeld',
    submenu: [
      { role: 'zoomIn', label: 'Zoom in' },
      { role: 'zoomOut', label: 'Zoom uit' },
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      ...(options.isPackaged ? [] : [separator, { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' } as const]),
    ],
  };

  const help: MenuItemSpec = { label: 'Help', submenu: [about] };

  return [...appMenu, file, edit, view, ...(isMac ? [] : [help])];
}
