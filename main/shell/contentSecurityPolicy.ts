/**
 * The one Content-Security-Policy of the renderer. Pure (no electron import): the app://
 * protocol handler sends it as a header, the renderer build writes it into index.html as a
 * <meta> tag, and the e2e harness serves the renderer with the same header.
 *
 * Nothing from outside the app may run, load or be sent anywhere: no 'unsafe-inline', no
 * 'unsafe-eval', no remote hosts. Photos are shown from data:/blob: URLs and the camera
 * preview is a mediastream: (both created by the app itself).
 */
export const contentSecurityPolicyDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:', 'mediastream:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export type ContentSecurityPolicyDirective = keyof typeof contentSecurityPolicyDirectives;

/**
 * Directives that a browser ignores (and warns about in the console) when the policy is
 * delivered in a <meta> element instead of a header. The header still carries them.
 */
const headerOnlyDirectives: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(include: (directive: string) => boolean): string {
  return Object.entries(contentSecurityPolicyDirectives)
    .filter(([directive]) => include(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The full policy, for the `Content-Security-Policy` response header. */
export const contentSecurityPolicy: string = serialise(() => true);

/** The same policy minus the header-only directives, for `<meta http-equiv="Content-Security-Policy">`. */
export const contentSecurityPolicyForMeta: string = serialise((directive) => !headerOnlyDirectives.has(directive));
