// @ts-check
import { defineConfig } from 'astro/config';
import { loadConfig } from './src/config.ts';

/**
 * From the environment (src/config.ts): the public origin (DASHBOARD_SITE_URL), when known, makes
 * hreflang/canonical links absolute; the site can live under a sub-path (DASHBOARD_BASE_PATH,
 * e.g. `/peta-rawan/` on a ministry host), set here and nowhere else. Every link goes through
 * src/site/routes.ts, which reads it back as `import.meta.env.BASE_URL`.
 */
const { siteUrl, basePath } = loadConfig();

export default defineConfig({
  output: 'static',
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The stylesheet is small (~3.5 KB gzip): inlined, hashed by the CSP, no render-blocking request.
    inlineStylesheets: 'always',
    // Four pages at a time: between a page's render and the next, Astro awaits the page's folder
    // and file writes, where the main thread otherwise sits idle (~30 % of Astro's phase in a
    // profile). A repeat build (figures, audit and guard cached): Astro 13.7–18.1 → 11.3–12.9 s,
    // the whole build 0.83× (3 alternating pairs); a cold build, where the other core is busy
    // meanwhile, the same (1.01×). The pages are the same bytes in any order.
    concurrency: 4,
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
