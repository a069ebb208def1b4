#!/usr/bin/env python3
# Carry English translations over to entries whose context changed: match by source text.
import sys, xml.etree.ElementTree as ET, subprocess
p=sys.argv[1]
def collect(path):
    known={}
    for m in ET.parse(path).getroot().iter('message'):
        tr=m.find('translation')
        if tr is not None and tr.get('type') not in ('unfinished','obsolete','vanished'):
            forms=[f.text for f in tr.findall('numerusform')]
            known[m.findtext('source')]=forms if forms else tr.text
    return known
known=collect(sys.argv[2])
tree=ET.parse(p); n=0
for m in tree.getroot().iter('message'):
    tr=m.find('translation')
    if tr is None or tr.get('type')!='unfinished': continue
    v=known.get(m.findtext('source'))
    if v is None: continue
    del tr.attrib['type']
    if isinstance(v,list):
        for c in list(tr): tr.remove(c)
        tr.text=None
        for f in v: ET.SubElement(tr,'numerusform').text=f
    else: tr.text=v
    n+=1
with open(p,'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'); tree.write(out,encoding='utf-8',xml_declaration=False); out.write(b'\n')
print("carried", n)
