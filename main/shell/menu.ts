import { Menu, type MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuItemSpec, type MenuTemplateOptions } from './menuTemplate';

function toElectron(item: MenuItemSpec): MenuItemConstructorOptions {
  if ('submenu' in item) return { label: item.label, submenu: item.submenu.map(toElectron) };
  return { ...item };
}

export function installApplicationMenu(options: MenuTemplateOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options).map(toElectron)));
}
