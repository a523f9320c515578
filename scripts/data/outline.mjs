// Builds src/main/resources/map/outline.txt: Kazakhstan's outline for a locator map and for
// "is this point in Kazakhstan", with its neighbours and the Caspian Sea around it.
//
// Run: npm run outline   (from scripts/data; see README.md)
//
// Source: Natural Earth (public domain) 1:50m admin-0 countries and land, as TopoJSON in the
// world-atlas package (ISC), decoded with topojson-client (ISC). world-atlas has countries
// and land only, no lakes: the Caspian Sea is the one hole in Natural Earth's 50m land
// polygon around lon 50, lat 42, so it is taken from there; the Aral Sea is not in the data
// (Natural Earth's country polygons cover it), so it is not drawn.
//
// Format: '# comment' lines, then for every ring a line 'ring CODE COUNT' followed by COUNT
// lines 'lon lat' (decimal degrees, 4 decimals). CODE is the ISO 3166-1 alpha-3 code of the
// country, or CASPIAN for the Caspian Sea's shore. A ring is closed: its last point joins
// its first, which is not repeated. Islands are rings of their own; holes (enclaves) are
// rings too, and a point is inside a country when it is inside an odd number of its rings.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { iso31661 } from 'iso-3166';
import { packageVersion } from './lib/packages.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUTPUT = join(here, '..', '..', 'src', 'main', 'resources', 'map', 'outline.txt');

// The map's box (degrees) and the size neighbour rings are reduced to. The box is the one
// the locator map shows: Kazakhstan (lon 46.5-87.4, lat 40.6-55.4) with a margin.
const BOX = { west: 44, east: 90, south: 38, north: 57 };
const NEIGHBOURS = ['RUS', 'CHN', 'KGZ', 'UZB', 'TKM'];
const MAX_NEIGHBOUR_POINTS = 300;
const CASPIAN_PROBE = [50.5, 42.0];

const countries50 = require('world-atlas/countries-50m.json');
const land50 = require('world-atlas/land-50m.json');

const alpha3ByNumeric = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));

/** Every ring (outer boundaries and holes) of a GeoJSON Polygon or MultiPolygon. */
function rings(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat();
}

/** Drops the repeated closing point and points equal to the previous one after rounding. */
function tidy(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const p = [Number(lon.toFixed(4)), Number(lat.toFixed(4))];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

function bboxIntersects(ring) {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return Math.max(...lons) >= BOX.west && Math.min(...lons) <= BOX.east
    && Math.max(...lats) >= BOX.south && Math.min(...lats) <= BOX.north;
}

/** Sutherland–Hodgman clipping of a ring to BOX (edges of the result may run along the box). */
function clipToBox(ring) {
  const edges = [
    { inside: (p) => p[0] >= BOX.west, cut: (a, b) => atLon(a, b, BOX.west) },
    { inside: (p) => p[0] <= BOX.east, cut: (a, b) => atLon(a, b, BOX.east) },
    { inside: (p) => p[1] >= BOX.south, cut: (a, b) => atLat(a, b, BOX.south) },
    { inside: (p) => p[1] <= BOX.north, cut: (a, b) => atLat(a, b, BOX.north) },
  ];
  let points = ring;
  for (const edge of edges) {
    const input = points;
    points = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cut(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cut(previous, current));
      }
    });
    if (points.length === 0) break;
  }
  return points;
}
function atLon(a, b, lon) {
  return [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
}
function atLat(a, b, lat) {
  return [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
}

/**
 * Keeps every n-th point, n the smallest step that brings the ring to at most max points.
 * Points on the box's edges (made by the clipping) are always kept, so that the ring still
 * follows the box's edges and corners instead of cutting across them.
 */
function everyNth(ring, max) {
  const onBox = ([lon, lat]) => lon === BOX.west || lon === BOX.east || lat === BOX.south || lat === BOX.north;
  for (let step = 1; ; step++) {
    const kept = ring.filter((p, i) => i % step === 0 || onBox(p));
    if (kept.length <= max) return kept;
  }
}

function insideRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const countries = feature(countries50, countries50.objects.countries).features;
const byCode = (alpha3) => {
  const found = countries.filter((f) => alpha3ByNumeric.get(f.id) === alpha3);
  if (found.length !== 1) throw new Error(`${alpha3}: ${found.length} features in world-atlas countries-50m`);
  return found[0];
};

const output = []; // { code, points }
for (const ring of rings(byCode('KAZ').geometry)) output.push({ code: 'KAZ', points: tidy(ring) });
const kazPoints = output.reduce((n, r) => n + r.points.length, 0);

const neighbourNotes = [];
for (const code of NEIGHBOURS) {
  let before = 0;
  let after = 0;
  for (const ring of rings(byCode(code).geometry)) {
    const points = tidy(ring);
    if (!bboxIntersects(points)) continue;
    const clipped = tidy(clipToBox(points));
    if (clipped.length < 3) continue;
    const reduced = everyNth(clipped, MAX_NEIGHBOUR_POINTS);
    before += clipped.length;
    after += reduced.length;
    output.push({ code, points: reduced });
  }
  neighbourNotes.push(`${code} ${before}->${after}`);
}

const land = feature(land50, land50.objects.land);
const landRings = (land.type === 'FeatureCollection' ? land.features : [land]).flatMap((f) => {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.flatMap((p) => p.slice(1)); // holes only
});
const caspian = landRings.filter((r) => insideRing(CASPIAN_PROBE, r));
if (caspian.length !== 1) throw new Error(`expected one hole of the land polygon around the Caspian, found ${caspian.length}`);
output.push({ code: 'CASPIAN', points: tidy(caspian[0]) });

// Checks: known points fall where they should.
const inside = (code, point) => output.filter((r) => r.code === code && insideRing(point, r.points)).length % 2 === 1;
const checks = [
  ['KAZ', [76.95, 43.25], true, 'Almaty'],
  ['KAZ', [71.45, 51.17], true, 'Astana'],
  ['KAZ', [51.17, 43.66], true, 'Aktau'],
  ['KAZ', [69.28, 41.31], false, 'Tashkent'],
  ['UZB', [69.28, 41.31], true, 'Tashkent'],
  ['KGZ', [74.6, 42.87], true, 'Bishkek'],
  ['RUS', [73.37, 54.98], true, 'Omsk'],
  ['CHN', [87.62, 43.83], true, 'Urumqi'],
  ['TKM', [58.38, 37.95], false, 'Ashgabat (south of the box)'],
  ['KAZ', [50.5, 42.0], false, 'the middle Caspian'],
  ['CASPIAN', [50.5, 42.0], true, 'the middle Caspian'],
];
for (const [code, point, expected, name] of checks) {
  if (inside(code, point) !== expected) throw new Error(`${name} ${point} ${expected ? 'should' : 'should not'} be inside ${code}`);
}

const text = [
  '# Outline of Kazakhstan and its surroundings, for the locator map and "is this point in Kazakhstan".',
  '# Made by scripts/data/outline.mjs from Natural Earth 1:50m admin-0 countries and land (public domain,',
  `# naturalearthdata.com), version 4.1.0 as TopoJSON in world-atlas ${packageVersion('world-atlas')} (ISC),`,
  `# decoded with topojson-client ${packageVersion('topojson-client')} (ISC).`,
  '# Format: "ring CODE COUNT" then COUNT lines "lon lat" (decimal degrees, 4 decimals); a ring closes back',
  '# to its first point. CODE: ISO 3166-1 alpha-3, or CASPIAN (the Caspian Sea shore, a hole in the land).',
  '# A point is inside a country when it is inside an odd number of that country\'s rings.',
  `# KAZ: every ring at full 1:50m resolution (${kazPoints} points).`,
  `# ${NEIGHBOURS.join(', ')}: the rings that reach the box lon ${BOX.west}-${BOX.east}, lat ${BOX.south}-${BOX.north}, clipped to the box`,
  `# (Sutherland-Hodgman), then every n-th point kept (and the points on the box's edges), n the smallest step leaving\n# at most ${MAX_NEIGHBOUR_POINTS} points per ring:`,
  `# ${neighbourNotes.join(', ')}. The Aral Sea is not in the data (the country polygons cover it).`,
  ...output.flatMap((r) => [`ring ${r.code} ${r.points.length}`, ...r.points.map(([lon, lat]) => `${lon.toFixed(4)} ${lat.toFixed(4)}`)]),
].join('\n') + '\n';

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text);
const summary = {};
for (const r of output) summary[r.code] = [...(summary[r.code] ?? []), r.points.length];
console.log(`wrote ${OUTPUT}: ${output.length} rings`);
for (const [code, counts] of Object.entries(summary)) console.log(`  ${code}: ${counts.length} rings, points ${counts.join(' ')}`);
