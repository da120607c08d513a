// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The site can live under a sub-path (e.g. `/peta-rawan/` on a ministry host): set it here, from
 * DASHBOARD_BASE_PATH, and nowhere else. Every link goes through src/site/routes.ts, which reads
 * it back as `import.meta.env.BASE_URL`.
 */
function basePath() {
  const raw = (process.env.DASHBOARD_BASE_PATH ?? '/').trim();
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The public origin (e.g. https://data.bnn.go.id), when known: enables absolute hreflang/canonical links. */
function siteUrl() {
  const raw = (process.env.DASHBOARD_SITE_URL ?? '').trim();
  return raw ? raw.replace(/\/+$/, '') : undefined;
}

export default defineConfig({
  output: 'static',
  site: siteUrl(),
  base: basePath(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The stylesheet is small (~3.5 KB gzip): inlined, hashed by the CSP, no render-blocking request.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // No Markdown code blocks here; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Same inputs, same bytes: no prefetch or other runtime extras.
  prefetch: false,
  vite: {
    build: {
      // Scripts and assets stay external files (covered by 'self' in the CSP, cached across pages).
      assetsInlineLimit: 0,
    },
  },
  security: {
    // A <meta http-equiv="content-security-policy"> on every page: nothing but this origin, and
    // no inline script or style unless Astro hashed it.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
