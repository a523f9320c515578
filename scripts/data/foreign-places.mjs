// Builds src/main/resources/language/foreign-places.tsv: places that are not ours, so that
// "the area of Turkmenistan" is read as a question about Turkmenistan, not Kazakhstan.
//
// Run: npm run foreign-places   (from scripts/data; see README.md)
//
// Columns (tab-separated): kind, en, ru, kk, other names (';'-separated), except for kind
// `adjective`, whose 5th column is the country's English name. Lines starting with '#'
// are comments.
//   country    every ISO 3166-1 entry but Kazakhstan: names from i18n-iso-countries (MIT),
//              further forms from Unicode CLDR (cldr-localenames-full, Unicode-3.0);
//   city       the capital of every independent state (countries-list, MIT) and large
//              foreign cities people in Kazakhstan mention; Russian and Kazakh names from
//              CLDR's time-zone city names (cldr-dates-full) or foreign-places-tables.mjs;
//   adjective  adjectives of the neighbours and a few big countries (our table).
// Any name that is also a name in our knowledge files is left out (printed at the end).

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeName, readKnowledge } from './lib/knowledge.mjs';
import { packageVersion } from './lib/packages.mjs';
import {
  ADJECTIVES, CAPITAL_EN, CAPITAL_NAMES, CAPITAL_OTHER, EXTRA_COUNTRY_NAMES, LARGE_CITIES,
  LARGE_CITY_OTHER, LEFT_OUT, NOT_SOVEREIGN, PRIMARY, STOP_NAMES,
} from './foreign-places-tables.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const OUTPUT = join(repo, 'src', 'main', 'resources', 'language', 'foreign-places.tsv');
const LANGS = ['en', 'ru', 'kk'];

const i18n = require('i18n-iso-countries');
const { countries } = require('countries-list');
const territories = Object.fromEntries(LANGS.map((l) => [l,
  require(`cldr-localenames-full/main/${l}/territories.json`).main[l].localeDisplayNames.territories]));
const zones = Object.fromEntries(LANGS.map((l) => [l,
  require(`cldr-dates-full/main/${l}/timeZoneNames.json`).main[l].dates.timeZoneNames.zone]));

// Cities that must come out (the brief's list); the run fails if one is missing.
const REQUIRED_CITIES = [
  'Moscow', 'Saint Petersburg', 'Novosibirsk', 'Omsk', 'Orenburg', 'Yekaterinburg', 'Chelyabinsk',
  'Barnaul', 'Astrakhan', 'Samara', 'Tashkent', 'Samarkand', 'Bukhara', 'Bishkek', 'Osh', 'Ashgabat',
  'Dushanbe', 'Beijing', 'Urumqi', 'Shanghai', 'Ulaanbaatar', 'Baku', 'Tbilisi', 'Yerevan', 'Kyiv',
  'Minsk', 'Istanbul', 'Ankara', 'Dubai', 'Tehran', 'Kabul', 'Islamabad', 'New Delhi', 'Seoul',
  'Tokyo', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Washington', 'New York',
];

const fold = (s) => normalizeName(s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'"));

/** CLDR time zones by the folded English name of their exemplar city. */
function zoneIndex() {
  const index = new Map();
  const get = (lang, path) => path.reduce((o, k) => o && o[k], zones[lang]);
  const walk = (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      const p = [...path, key];
      if (value && typeof value === 'object' && !('exemplarCity' in value) && !('long' in value) && !('short' in value)) {
        walk(value, p);
        continue;
      }
      const en = get('en', p)?.exemplarCity ?? key.replace(/_/g, ' ');
      const ru = get('ru', p)?.exemplarCity;
      const kk = get('kk', p)?.exemplarCity;
      if (ru && kk && !index.has(fold(en))) index.set(fold(en), { zone: p.join('/'), ru, kk });
    }
  };
  walk(zones.ru, []); // every zone has a Russian exemplar city; English only where it differs from the id
  return index;
}

/** A package's name without its parenthetical part; null for forms nobody types. */
function clean(name) {
  const plain = name.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  if (!plain || plain.includes(' - ') || plain.includes('&') || plain.includes(', ')) return null;
  if (STOP_NAMES.has(normalizeName(plain))) return null;
  return plain;
}

function otherNames(primaries, candidates) {
  const seen = new Set(primaries.map(normalizeName));
  const out = [];
  for (const candidate of candidates) {
    const name = clean(candidate);
    if (name && !seen.has(normalizeName(name))) {
      seen.add(normalizeName(name));
      out.push(name);
    }
  }
  return out;
}

function countryRows() {
  const rows = [];
  for (const code of Object.keys(i18n.getAlpha2Codes())) {
    if (code === 'KZ') continue;
    const all = Object.fromEntries(LANGS.map((l) => [l, i18n.getName(code, l, { select: 'all' }) ?? []]));
    const names = LANGS.map((l) => PRIMARY[l][code] ?? all[l][0]?.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim());
    if (names.some((n) => !n)) throw new Error(`${code}: no usable name in ${LANGS.join('/')}`);
    const cldr = LANGS.flatMap((l) => Object.entries(territories[l])
      .filter(([k]) => k === code || k.startsWith(`${code}-alt-`)).map(([, v]) => v));
    const other = otherNames(names, [...LANGS.flatMap((l) => all[l]), ...cldr, ...(EXTRA_COUNTRY_NAMES[code] ?? [])]);
    rows.push({ kind: 'country', code, names, other });
  }
  return rows;
}

function cityRow(en, given, other, zonesByName, why) {
  let ru, kk;
  if (given && given.length) {
    [ru, kk = given[0]] = given;
  } else {
    const zone = zonesByName.get(fold(en));
    if (!zone) throw new Error(`${en} (${why}): no Russian/Kazakh name in CLDR or in foreign-places-tables.mjs`);
    ({ ru, kk } = zone);
  }
  return { kind: 'city', names: [en, ru, kk], other: otherNames([en, ru, kk], other) };
}

function cityRows() {
  const zonesByName = zoneIndex();
  const rows = [];
  for (const [code, country] of Object.entries(countries)) {
    if (code === 'KZ' || NOT_SOVEREIGN.has(code) || !country.capital || !i18n.isValid(code)) continue;
    const listed = country.capital;
    const en = listed in CAPITAL_EN ? CAPITAL_EN[listed] : listed;
    if (en === null) continue;
    const other = [...(CAPITAL_OTHER[en] ?? []), ...(listed !== en ? [listed] : [])];
    rows.push(cityRow(en, CAPITAL_NAMES[en], other, zonesByName, `capital of ${code}`));
  }
  for (const [en, given] of Object.entries(LARGE_CITIES)) {
    rows.push(cityRow(en, given, LARGE_CITY_OTHER[en] ?? [], zonesByName, 'large city'));
  }
  return rows;
}

function adjectiveRows() {
  return ADJECTIVES.map(([en, ru, kk, country]) => ({ kind: 'adjective', names: [en, ru, kk], country, other: [] }));
}

/** Drops names that our knowledge also uses; a row whose English name is ours is dropped whole. */
function withoutOurNames(rows, ours) {
  const excluded = [];
  const kept = [];
  for (const row of rows) {
    const hit = (name) => ours.get(normalizeName(name));
    const clash = row.names.map(hit).find(Boolean);
    if (clash) {
      excluded.push(`${row.kind} ${row.names.join(' / ')}: whole row, "${clash.name}" is ours (${clash.file}:${clash.line})`);
      continue;
    }
    row.other = row.other.filter((name) => {
      const ourName = hit(name);
      if (ourName) excluded.push(`${row.kind} ${row.names[0]}: other name "${name}" is ours (${ourName.file}:${ourName.line})`);
      return !ourName;
    });
    kept.push(row);
  }
  return { kept, excluded };
}

const { names: ours } = readKnowledge(join(repo, 'knowledge'));
const { kept, excluded } = withoutOurNames([...countryRows(), ...cityRows(), ...adjectiveRows()], ours);

const leftOut = new Set(Object.keys(LEFT_OUT).map(normalizeName));
for (const row of kept) {
  const bad = [...row.names, ...row.other].find((n) => leftOut.has(normalizeName(n)));
  if (bad) throw new Error(`${row.kind} ${row.names[0]} brings in "${bad}", which we leave out: ${LEFT_OUT[bad] ?? ''}`);
}

const cityList = kept.filter((r) => r.kind === 'city').map((r) => r.names[0]);
const missing = REQUIRED_CITIES.filter((c) => !cityList.includes(c));
if (missing.length) throw new Error(`required cities missing: ${missing.join(', ')}`);
const duplicate = cityList.filter((c, i) => cityList.indexOf(c) !== i);
if (duplicate.length) throw new Error(`cities listed twice: ${duplicate.join(', ')}`);

const cell = (s) => {
  if (/[\t\n;]/.test(s)) throw new Error(`name with a tab, newline or ';': ${JSON.stringify(s)}`);
  return s;
};
const order = { country: 0, city: 1, adjective: 2 };
kept.sort((a, b) => order[a.kind] - order[b.kind] || a.names[0].localeCompare(b.names[0], 'en'));
const lines = kept.map((r) => [r.kind, ...r.names.map(cell), r.kind === 'adjective' ? r.country : r.other.map(cell).join(';')].join('\t'));

const unicodeCopyright = readFileSync(join(here, 'node_modules', 'cldr-localenames-full', 'LICENSE'), 'utf8')
  .split('\n').find((l) => l.startsWith('Copyright'))?.trim();
if (!unicodeCopyright) throw new Error('no copyright line in cldr-localenames-full/LICENSE');
const header = `# Places that are not ours: kind<TAB>en<TAB>ru<TAB>kk<TAB>other names (';'-separated);
# for kind "adjective" the 5th column is the country's English name. Made by scripts/data/foreign-places.mjs.
# Country names: i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT) and Unicode CLDR ${packageVersion('cldr-localenames-full')}
# (cldr-localenames-full; city names: cldr-dates-full ${packageVersion('cldr-dates-full')}), ${unicodeCopyright},
# Unicode License v3; capitals: countries-list ${packageVersion('countries-list')} (MIT); other names and adjectives: our tables.
`;
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, header + lines.join('\n') + '\n');

const count = (k) => kept.filter((r) => r.kind === k).length;
console.log(`wrote ${OUTPUT}: ${kept.length} rows (${count('country')} countries, ${count('city')} cities, ${count('adjective')} adjectives)`);
console.log(`left out because the name is ours (${excluded.length}):`);
for (const line of excluded) console.log(`  ${line}`);
