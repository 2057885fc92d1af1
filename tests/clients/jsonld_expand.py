"""Expands AMB / LRMI JSON-LD documents (one per line on standard input) with PyLD, a JSON-LD
1.1 processor, and prints one JSON line per document: the expanded properties and their values.

The machine has no network, so the processor's document loader answers the AMB context URL
with the AMB context file named as the first argument (../shared/schemas/amb/context.jsonld,
read in place), and the schema.org context URL with a small stand-in context: @vocab
schema.org, and the properties schema.org's own context types as IRIs (license, url, sameAs).
A document the processor rejects makes the script fail.
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


AMB_CONTEXT_URL = "https://w3id.org/kim/amb/context.jsonld"


def loader(url, options=None):
    if url == AMB_CONTEXT_URL and len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            document = json.load(f)
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}
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
