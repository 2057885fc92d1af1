#!/usr/bin/env python3
"""The baseline: what a user would write without oerdex. Harvests an OAI-PMH repository's
oai_dc records with Sickle into SQLite, with an FTS5 index over title, description and subjects;
each page's records commit in one transaction, as oerdex does. The raw XML is kept, compressed,
like oerdex keeps it.

  sickle_harvest.py URL DB
Prints one line: records seen, seconds.
"""

import sqlite3
import sys
import time
import zlib

from lxml import etree
from sickle import Sickle

SCHEMA = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS records (
    identifier  TEXT PRIMARY KEY,
    datestamp   TEXT NOT NULL,
    deleted     INTEGER NOT NULL,
    title       TEXT,
    description TEXT,
    subjects    TEXT,
    language    TEXT,
    rights      TEXT,
    url         TEXT,
    raw_xml     BLOB
);
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(
    title, description, subjects, content = 'records', content_rowid = 'rowid'
);
"""


def first(metadata, key):
    values = metadata.get(key) or []
    return values[0] if values else None


def main():
    url, db_path = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(db_path)
    db.executescript(SCHEMA)
    started = time.monotonic()
    records = Sickle(url, max_retries=3).ListRecords(metadataPrefix="oai_dc")
    page_token = None
    seen = 0
    db.execute("BEGIN")
    for record in records:
        token = records.resumption_token.token if records.resumption_token else None
        if token != page_token:  # a new page was fetched: commit the previous one
            db.execute("COMMIT")
            db.execute("BEGIN")
            page_token = token
        seen += 1
        header = record.header
        old = db.execute("SELECT rowid, title, description, subjects FROM records "
                         "WHERE identifier = ?", (header.identifier,)).fetchone()
        if old:
            db.execute("INSERT INTO records_fts (records_fts, rowid, title, description, "
                       "subjects) VALUES ('delete', ?, ?, ?, ?)", old)
        if record.deleted:
            db.execute("INSERT OR REPLACE INTO records (identifier, datestamp, deleted) "
                       "VALUES (?, ?, 1)", (header.identifier, header.datestamp))
            continue
        md = record.metadata
        row = (header.identifier, header.datestamp, first(md, "title"),
               first(md, "description"), "\n".join(md.get("subject", [])),
               first(md, "language"), "\n".join(md.get("rights", [])),
               first(md, "identifier"), zlib.compress(etree.tostring(record.xml), 1))
        cur = db.execute("INSERT OR REPLACE INTO records (identifier, datestamp, deleted, title, "
                         "description, subjects, language, rights, url, raw_xml) "
                         "VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)", row)
        db.execute("INSERT INTO records_fts (rowid, title, description, subjects) "
                   "VALUES (?, ?, ?, ?)", (cur.lastrowid, row[2], row[3], row[4]))
    db.execute("COMMIT")
    db.close()
    print(f"{seen} {time.monotonic() - started:.3f}")


if __name__ == "__main__":
    main()
