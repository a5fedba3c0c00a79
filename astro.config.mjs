// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// BASE_PATH lets the same build be served from a sub-path (e.g. /planner/); see README.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  output: 'static',
  // OUT_DIR lets parallel builds (sub-path tests, benchmarks) use their own folders.
  outDir: process.env.OUT_DIR || './dist',
  base,
  trailingSlash: 'ignore',
  integrations: [react()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
