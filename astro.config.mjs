// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import AstroPWA from '@vite-pwa/astro';

// Code every page loads (the plan store and the layout's islands' helpers): one chunk rather than
// ten small ones, each of which costs its own import lines and compression start-up (~0.5 KB gzip).
const EVERY_PAGE = [
  '/node_modules/nanostores/',
  '/node_modules/@nanostores/react/',
  '/src/stores/boot.ts',
  '/src/stores/history.ts',
  '/src/stores/files.ts',
  '/src/stores/goals-chosen.ts',
  '/src/platform/save-file.ts',
  '/src/domain/steps.ts',
  '/src/components/ui/plan-island.tsx',
];

// BASE_PATH lets the same build be served from a sub-path (e.g. /planner/); see README.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  output: 'static',
  // OUT_DIR lets parallel builds (sub-path tests, benchmarks) use their own folders.
  outDir: process.env.OUT_DIR || './dist',
  base,
  // Every page is a folder (goals/index.html) linked with a trailing slash, so the service
  // worker's precache keys match the URLs people visit.
  trailingSlash: 'always',
  // The CSS goes inside each page (a few KB gzip): no stylesheet request holds up the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        output: {
          manualChunks(id) {
            if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
            if (EVERY_PAGE.some((part) => id.includes(part))) return 'shared';
            return undefined;
          },
        },
      },
    },
  },
  integrations: [
    react(),
    // Offline use and "install as an app": a Workbox service worker that precaches every page
    // and every chunk, exporters included, so all exports work with the network off.
    AstroPWA({
      registerType: 'autoUpdate',
      experimental: { directoryAndTrailingSlashHandler: true },
      // An external registerSW.js rather than an inline script, so the CSP needs no exception.
      injectRegister: 'script',
      manifest: {
        name: 'Convening Planner',
        short_name: 'Convening',
        description: 'Plan a collaborative goal-setting convening, entirely in your browser.',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json}'],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  experimental: {
    // A CSP <meta> on every page: Astro hashes its own scripts and styles; nothing may
    // connect anywhere but this origin, and no plugin, <base> or form target is allowed.
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
});
