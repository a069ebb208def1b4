#!/usr/bin/env python3
"""Checks an Officine audit export (docs/audit-format.md) without Officine.

    verify-export.py EXPORT.jsonl [--trust ROOT.pem ...]

Recomputes every entry's SHA-256 over its previous hash and its canonical encoding, checks the
links and the sequence, and checks each signed checkpoint: the signed head must be in the chain
with the signed hash, the RSA PKCS#1 v1.5 / SHA-256 signature must verify with the certificate,
whose CN must be the signer's idNat_PS and which, with --trust, must be issued by one of the
given roots (directly or through an intermediate given with --trust too).
Exit status: 0 intact, 1 broken, 2 unreadable file. Needs python3-cryptography.
"""
import argparse
import base64
import hashlib
import json
import struct
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.x509.oid import NameOID

FIELDS = ["workstation", "seq", "uuid", "at", "account", "nationalId", "action", "targetType",
          "targetUuid", "patientUuid", "outcome", "reason", "fields", "justification", "detail"]


def lp(value):
    b = str(value).encode("utf-8")
    return struct.pack(">I", len(b)) + b


def canonical(entry):
    return b"OFA1" + b"".join(lp(entry[f]) for f in FIELDS)


def payload(cp):
    return (b"OFC1" + lp(cp["workstation"]) + lp(cp["headSeq"]) + lp(cp["headHash"])
            + lp(cp["signedAt"]) + lp(cp["signerNationalId"]))


def verify_signature(cert, data, signature):
    try:
        cert.public_key().verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:
        return False


def issued_by(cert, issuer):
    return cert.issuer == issuer.subject and verify_signature(
        issuer, cert.tbs_certificate_bytes, cert.signature)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export")
    parser.add_argument("--trust", action="append", default=[],
                        help="PEM certificate: a root (self-signed) or an intermediate")
    args = parser.parse_args()
    trusted = []
    for path in args.trust:
        with open(path, "rb") as f:
            trusted.append(x509.load_pem_x509_certificate(f.read()))
    roots = [c for c in trusted if c.issuer == c.subject]

    try:
        with open(args.export, encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
    except (OSError, ValueError) as e:
        print(f"illisible : {e}", file=sys.stderr)
        return 2
    if not lines or lines[0].get("format") != "officine-audit-export" or lines[0].get("version") != 1:
        print("ce fichier n'est pas un export du journal Officine (version 1)", file=sys.stderr)
        return 2

    problems = []
    chains = {}
    anchors = {o["workstation"]: o for o in lines if o.get("type") == "anchor"}
    count = 0
    for e in (o for o in lines if o.get("type") == "entry"):
        ws = e["workstation"]
        if ws not in chains:
            a = anchors.get(ws)
            chains[ws] = {"expected": a["seq"] + 1 if a else 1,
                          "prev": a["hash"] if a else "00" * 32, "hashes": {}}
        c = chains[ws]
        if e["seq"] != c["expected"]:
            problems.append((ws, e["seq"], e["uuid"], "séquence : entrée(s) manquante(s) avant"))
        elif e["prevHash"] != c["prev"]:
            problems.append((ws, e["seq"], e["uuid"], "lien rompu"))
        digest = hashlib.sha256(bytes.fromhex(e["prevHash"]) + canonical(e)).hexdigest()
        if digest != e["hash"]:
            problems.append((ws, e["seq"], e["uuid"], "contenu modifié"))
        c["hashes"][e["seq"]] = e["hash"]
        c["prev"] = e["hash"]
        c["expected"] = e["seq"] + 1
        count += 1

    checkpoints = [o for o in lines if o.get("type") == "checkpoint"]
    for cp in checkpoints:
        ws = cp["workstation"]
        hashes_ = chains.get(ws, {}).get("hashes", {})
        if cp["headSeq"] not in hashes_:
            problems.append((ws, cp["headSeq"], "", "tête signée absente : chaîne tronquée"))
        elif hashes_[cp["headSeq"]] != cp["headHash"]:
            problems.append((ws, cp["headSeq"], "", "tête signée différente : chaîne réécrite"))
        cert = x509.load_der_x509_certificate(base64.b64decode(cp["certificate"]))
        cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        if not cn or cn[0].value != cp["signerNationalId"] or not verify_signature(
                cert, payload(cp), base64.b64decode(cp["signature"])):
            problems.append((ws, cp["entrySeq"], "", "signature du point de contrôle invalide"))
        elif trusted:
            chain_ok = any(issued_by(cert, r) for r in roots) or any(
                issued_by(cert, i) and any(issued_by(i, r) for r in roots)
                for i in trusted if i not in roots)
            if not chain_ok:
                problems.append((ws, cp["entrySeq"], "", "certificat du signataire non reconnu"))

    if problems:
        ws, seq, uuid, why = min(problems, key=lambda p: (p[0], p[1]))
        print(f"ALTÉRÉ : {why} (poste {ws}, entrée n° {seq}{', ' + uuid if uuid else ''}) ; "
              f"{len(problems)} anomalie(s) sur {count} entrées")
        return 1
    print(f"intact : {count} entrées, {len(chains)} chaîne(s), {len(checkpoints)} point(s) de contrôle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
