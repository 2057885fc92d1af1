"""Expands LRMI JSON-LD documents (one per line on standard input) with PyLD, a JSON-LD 1.1
processor, and prints one JSON line per document: the expanded properties and their values.

The machine has no network, so the processor's document loader answers the schema.org context
URL with a small stand-in context: @vocab schema.org, and the properties schema.org's own
context types as IRIs (license, url, sameAs). A document the processor rejects makes the
script fail.
"""

import json
import sys

from pyld import jsonld

SCHEMA_CONTEXT = {
    "@context": {
        "@vocab": "https://schema.org/",
        "license": {"@type": "@id"},
        "url": {"@type": "@id"},
        "sameAs": {"@type": "@id"},
    }
}


def loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}
    raise jsonld.JsonLdError("offline: no document " + url, "loading document failed")


def main():
    jsonld.set_document_loader(loader)
    for line in sys.stdin:
        if not line.strip():
            continue
        expanded = jsonld.expand(json.loads(line))
        node = expanded[0]
        summary = {}
        for key, values in node.items():
            if key.startswith("@"):
                summary[key] = values
                continue
            summary[key] = [v.get("@id", v.get("@value")) if isinstance(v, dict) and ("@id" in v or "@value" in v) else v for v in values]
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
