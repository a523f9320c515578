// Reads the names our own knowledge files give to places, so that the data scripts can
// check their output against them (regional centres, names that are ours).
//
// Only the guide format's name-bearing parts are read: entry names (**Name**), the first
// cell of a [TABLE] row, and the values of the name attributes (Russian, Kazakh,
// Also Known As, Former Names) in entries and in table columns. Text in parentheses is
// not part of a name, as in the knowledge format.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NAME_ATTRIBUTES = new Set(['russian', 'kazakh', 'also known as', 'former names']);

/** Splits a name attribute's value into single names: ';' or ',' separated, parentheses dropped. */
export function splitNames(value) {
  return value
    .replace(/\([^)]*\)/g, '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '-');
}

/** Lower-cases and folds ё to е, so that spellings that differ only there compare equal. */
export function normalizeName(name) {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

function cells(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * Reads every guide file (*.txt except synonyms.txt) under dir.
 * Returns { names: Map<normalized name, {name, file, line}>, tables: [{file, header, rows}] }.
 */
export function readKnowledge(dir, { originalsOnly = false } = {}) {
  const names = new Map();
  const tables = [];
  const add = (name, file, line) => {
    const key = normalizeName(name);
    if (key && !names.has(key)) names.set(key, { name, file, line });
  };
  // originalsOnly: the English originals, not their translations (name.ru.txt, name.kk.txt), which repeat their
  // tables in other words
  const wanted = (f) => f.endsWith('.txt') && f !== 'synonyms.txt' && !(originalsOnly && /\.(ru|kk)\.txt$/.test(f));
  for (const file of readdirSync(dir).filter(wanted).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    let inEntry = false;
    let table = null;
    lines.forEach((raw, i) => {
      const line = raw.trim();
      const no = i + 1;
      if (line === '[TABLE]') {
        table = { file, header: null, rows: [] };
        return;
      }
      if (line === '[/TABLE]') {
        tables.push(table);
        table = null;
        return;
      }
      if (table) {
        if (!line.startsWith('|') || /^\|[\s\-|:]+\|$/.test(line)) return;
        const row = cells(line);
        if (!table.header) {
          table.header = row;
          return;
        }
        table.rows.push(row);
        add(row[0].replace(/\([^)]*\)/g, '').trim(), file, no);
        table.header.forEach((h, c) => {
          if (c > 0 && NAME_ATTRIBUTES.has(h.toLowerCase()) && row[c]) {
            splitNames(row[c]).forEach((n) => add(n, file, no));
          }
        });
        return;
      }
      const entry = line.match(/^\*\*(.+?)\*\*/);
      if (entry) {
        inEntry = true;
        add(entry[1].trim(), file, no);
        return;
      }
      if (line === '') {
        inEntry = false;
        return;
      }
      const fact = inEntry && line.match(/^([^:]+):\s*(.+)$/);
      if (fact && NAME_ATTRIBUTES.has(fact[1].trim().toLowerCase())) {
        splitNames(fact[2]).forEach((n) => add(n, file, no));
      }
    });
  }
  return { names, tables };
}
