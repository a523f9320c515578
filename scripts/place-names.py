#!/usr/bin/env python3
"""Writes src/main/resources/language/place-names.tsv: the Russian and Kazakh names our knowledge gives to
Kazakhstan, its regions and its cities, so that a knowledge base of an admin's own articles (English names only,
as the seed guide) still finds «Байқоңыр», «ВКО» or «Қарағанды» in a question.

Run from the repository root after building the knowledge base of the shipped knowledge:
    echo hi | DATA_DIR=/tmp/names java -jar target/kazakhstan-bot.jar ask
    python3 scripts/place-names.py /tmp/names
It reads the SQLite facts of the current build (DATA_DIR/kb/CURRENT) and keeps, per place, the names the knowledge
shows in each language (usual names), in the order it shows them.
"""
import pathlib
import sqlite3
import sys

data = pathlib.Path(sys.argv[1])
build = data / 'kb' / (data / 'kb' / 'CURRENT').read_text().strip()
db = sqlite3.connect(build / 'kazakhstan.db')
rows = db.execute("""
    SELECT e.kind, e.name, a.language, a.alias FROM entities e JOIN aliases a ON a.entity_id = e.id
    WHERE e.kind IN ('country', 'region', 'city') AND a.usual = 1 AND a.language IN ('ru', 'kk')
    ORDER BY e.kind, e.name, a.language, a.usual DESC, a.document_id, a.rowid""").fetchall()
names = {}
for kind, name, language, alias in rows:
    names.setdefault((kind, name, language), []).append(alias)
out = pathlib.Path('src/main/resources/language/place-names.tsv')
with out.open('w', encoding='utf-8') as f:
    f.write('# Russian and Kazakh names of our country, regions and cities, as the shipped knowledge shows them,\n'
            '# for a knowledge base that names them in English only (written by scripts/place-names.py).\n'
            '# kind<TAB>English name<TAB>language<TAB>names, ";"-separated\n')
    for (kind, name, language), aliases in sorted(names.items()):
        f.write(f'{kind}\t{name}\t{language}\t{"; ".join(aliases)}\n')
print(f'{out}: {len(names)} rows')
