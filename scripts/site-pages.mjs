// The pages of a build, read from its folder: the benchmark, Lighthouse and the layout-stability
// test check every page, including pages added later, without a list to keep up to date.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of a build, as paths below its root: '' for the start page, 'goals/' … */
export function pagesOf(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html') pages.push(relative(dist, dir).split('\\').join('/'));
    }
  };
  walk(dist);
  return pages.map((page) => (page ? `${page}/` : '')).sort();
}
