import { isAppUrl } from './appOrigin';

/**
 * The one permission the app grants: the camera (video only) for the app's own page, so a
 * photo can be taken later. The microphone, location, notifications, clipboard reads, screen
 * capture, USB/serial/HID devices, everything else: denied, for requests and checks alike.
 * Pure: no electron import; the shell passes in Electron's arguments.
 */
export interface PermissionQuery {
  /** Electron's permission name, e.g. 'media', 'geolocation', 'notifications'. */
  permission: string;
  /**
   * For 'media': the kinds asked for. A request lists them (`details.mediaTypes`); a check
   * asks about one (`details.mediaType`, which may be 'unknown').
   */
  mediaTypes: readonly string[];
  /** The URL or origin of the frame asking. */
  origin: string | undefined;
}

export function isPermissionAllowed(query: PermissionQuery): boolean {
  if (query.permission !== 'media') return false;
  if (!isAppUrl(query.origin)) return false;
  return query.mediaTypes.length > 0 && query.mediaTypes.every((type) => type === 'video');
}
