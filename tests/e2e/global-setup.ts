import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built site once for all browser tests. */
export default async function setup(project: TestProject) {
  const server = (await startServer({ root: process.env.DIST_DIR ?? 'dist', base: process.env.BASE_PATH ?? '/' })) as {
    url: string;
    close: () => Promise<void>;
  };
  project.provide('baseURL', server.url);
  return () => server.close();
}
