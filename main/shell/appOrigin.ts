/**
 * The app's own origin. The renderer is only ever served from app://waakzaam/, and only that
 * origin may navigate, call IPC or get a permission. Pure: no electron import.
 */
export const appScheme = 'app';
export const appHost = 'waakzaam';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True only for app://waakzaam/… (or the bare origin `app://waakzaam`, as Electron reports a
 * permission check's requesting origin): no other host, no port, no credentials.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
