"""Harvests an OAI-PMH endpoint with third-party client libraries (Sickle and oaipmh-scythe)
and prints what each saw as JSON, for tests/oai_provider.rs to compare with the catalogue.

Usage: harvest.py BASE_URL [FROM]
Output: {"sickle": {...}, "scythe": {...}} where each holds "records" (identifier ->
{"deleted", "datestamp", "title", "rights"}), "identifiers" (from ListIdentifiers), "sets",
"formats" and "identify" (repositoryName, granularity, deletedRecord).
"""

import json
import sys

from oaipmh_scythe import Scythe
from sickle import Sickle


def records_of(items):
    out = {}
    for record in items:
        header = record.header
        title = None
        rights = []
        if not header.deleted:
            metadata = record.metadata or {}
            title = (metadata.get("title") or [None])[0]
            rights = metadata.get("rights") or []
        out[header.identifier] = {
            "deleted": bool(header.deleted),
            "datestamp": header.datestamp,
            "title": title,
            "rights": rights,
        }
    return out


def with_sickle(base, since):
    client = Sickle(base, max_retries=2)
    identify = client.Identify()
    args = {"metadataPrefix": "oai_dc", "ignore_deleted": False}
    if since:
        args["from"] = since
    return {
        "identify": {
            "repositoryName": identify.repositoryName,
            "granularity": identify.granularity,
            "deletedRecord": identify.deletedRecord,
        },
        "formats": sorted(f.metadataPrefix for f in client.ListMetadataFormats()),
        "sets": sorted(s.setSpec for s in client.ListSets()),
        "records": records_of(client.ListRecords(**args)),
        "identifiers": sorted(h.identifier for h in client.ListIdentifiers(**args)),
    }


def with_scythe(base, since):
    with Scythe(base) as client:
        identify = client.identify()
        args = {"metadata_prefix": "oai_dc"}
        if since:
            args["from_"] = since
        return {
            "identify": {
                "repositoryName": identify.repositoryName,
                "granularity": identify.granularity,
                "deletedRecord": identify.deletedRecord,
            },
            "formats": sorted(f.metadataPrefix for f in client.list_metadata_formats()),
            "sets": sorted(s.setSpec for s in client.list_sets()),
            "records": records_of(client.list_records(ignore_deleted=False, **args)),
            "identifiers": sorted(h.identifier for h in client.list_identifiers(ignore_deleted=False, **args)),
        }


def main():
    base = sys.argv[1]
    since = sys.argv[2] if len(sys.argv) > 2 else None
    print(json.dumps({"sickle": with_sickle(base, since), "scythe": with_scythe(base, since)}))


if __name__ == "__main__":
    main()
