#!/usr/bin/env python3
"""Marks every entry of officine_fr.ts as translated: the source text is French already.

Plural entries get French forms: singular drops "(s)"/"(x)", plural keeps the letter.
Existing finished translations (a reviewer's rewording) are left as they are."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        singular = re.sub(r"\((s|x)\)", "", source)
        plural = re.sub(r"\((s|x)\)", r"\1", source)
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    changed += 1

with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print(f"{path}: {changed} French entr(y/ies) marked finished")
