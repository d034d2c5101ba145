import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyForMeta,
} from '../../main/shell/contentSecurityPolicy';
import { rendererResponseHeaders } from '../../main/shell/rendererFiles';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('never allows inline code or eval', () => {
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-hashes'");
    expect(contentSecurityPolicy).not.toContain("'wasm-unsafe-eval'");
  });

  it('denies by default and allows no plugins, base changes, form posts or framing', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('loads scripts, styles, fonts and data only from the app itself', () => {
    for (const name of ['script-src', 'style-src', 'font-src', 'connect-src']) {
      expect(policy.get(name), name).toEqual(["'self'"]);
    }
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('media-src')).toEqual(["'self'", 'blob:', 'mediastream:']);
  });

  it('names no remote host and no wildcard', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|wss?:/);
  });

  it('gives the <meta> version the same directives minus the header-only frame-ancestors', () => {
    const meta = directives(contentSecurityPolicyForMeta);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(new Map([...policy].filter(([name]) => name !== 'frame-ancestors'))).toEqual(meta);
  });

  it('is the header the app:// protocol sends with every file', () => {
    expect(rendererResponseHeaders('/r/index.html')['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(rendererResponseHeaders('/r/assets/a.js')['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });
});

describe('the renderer build', () => {
  it('writes the policy into index.html as the first <meta> of <head>', async () => {
    const { contentSecurityPolicyMetaPlugin } = await import('../../electron.vite.config');
    const plugin = contentSecurityPolicyMetaPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: () => unknown };
    expect(hook.handler()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyForMeta },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
