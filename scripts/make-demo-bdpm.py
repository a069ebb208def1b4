#!/usr/bin/env python3
"""Writes the demo pharmacy's drug catalogue in the BDPM format (resources/demo/bdpm): a few
dozen common medicines under their substance's name, fictitious codes (CIS 6999xxxx, CIP13 with a
valid check digit), the encodings and line ends of the files as published (CIS_CIP in UTF-8 with
LF, the others in Windows-1252 with CRLF), so the demo goes through the same reader as the real
files. Our own data, not a copy of the BDPM. Run it again after editing the list below.

    scripts/make-demo-bdpm.py
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "demo", "bdpm")

# name, form, route, [(substance, code, strength, reference)], conditions, price (€ or None),
# rate (%), presentations (label, units), group label or None, generic type, marketed
P = [
    ("PARACÉTAMOL DÉMO 500 mg, comprimé", "comprimé", "orale", [("PARACÉTAMOL", "02202", "500 mg", "un comprimé")], [], 1.16, 65, [("plaquette(s) PVC-aluminium de 16 comprimé(s)", 16)], "PARACÉTAMOL 500 mg - comprimé", 0, True),
    ("PARACÉTAMOL DÉMO 1000 mg, comprimé", "comprimé", "orale", [("PARACÉTAMOL", "02202", "1000 mg", "un comprimé")], [], 1.16, 65, [("plaquette(s) PVC-aluminium de 8 comprimé(s)", 8)], "PARACÉTAMOL 1000 mg - comprimé", 0, True),
    ("PARACÉTAMOL DÉMO 500 mg, gélule", "gélule", "orale", [("PARACÉTAMOL", "02202", "500 mg", "une gélule")], [], 1.16, 65, [("plaquette(s) de 16 gélule(s)", 16)], None, 0, True),
    ("IBUPROFÈNE DÉMO 200 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("IBUPROFÈNE", "00472", "200 mg", "un comprimé")], [], 1.31, 30, [("plaquette(s) de 20 comprimé(s)", 20)], "IBUPROFÈNE 200 mg - comprimé", 0, True),
    ("IBUPROFÈNE DÉMO 400 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("IBUPROFÈNE", "00472", "400 mg", "un comprimé")], ["liste II"], 1.64, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "IBUPROFÈNE 400 mg - comprimé", 1, True),
    ("AMOXICILLINE DÉMO 500 mg, gélule", "gélule", "orale", [("AMOXICILLINE TRIHYDRATÉE", "01357", "500 mg", "une gélule")], ["liste I"], 2.51, 65, [("plaquette(s) de 12 gélule(s)", 12)], "AMOXICILLINE 500 mg - gélule", 1, True),
    ("AMOXICILLINE DÉMO 1 g, comprimé dispersible", "comprimé dispersible", "orale", [("AMOXICILLINE TRIHYDRATÉE", "01357", "1 g", "un comprimé")], ["liste I"], 3.85, 65, [("plaquette(s) de 6 comprimé(s)", 6), ("plaquette(s) de 14 comprimé(s)", 14)], None, 0, True),
    ("AMLODIPINE DÉMO 5 mg, gélule", "gélule", "orale", [("AMLODIPINE", "24567", "5 mg", "une gélule")], ["liste I"], 2.02, 65, [("plaquette(s) de 30 gélule(s)", 30), ("plaquette(s) de 90 gélule(s)", 90)], "AMLODIPINE 5 mg - gélule", 1, True),
    ("AMLODIPINE DÉMO 10 mg, gélule", "gélule", "orale", [("AMLODIPINE", "24567", "10 mg", "une gélule")], ["liste I"], 3.24, 65, [("plaquette(s) de 30 gélule(s)", 30)], "AMLODIPINE 10 mg - gélule", 1, True),
    ("METFORMINE DÉMO 500 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("CHLORHYDRATE DE METFORMINE", "08152", "500 mg", "un comprimé")], ["liste II"], 1.76, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "METFORMINE 500 mg - comprimé", 1, True),
    ("METFORMINE DÉMO 850 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("CHLORHYDRATE DE METFORMINE", "08152", "850 mg", "un comprimé")], ["liste II"], 2.05, 65, [("plaquette(s) de 30 comprimé(s)", 30), ("plaquette(s) de 90 comprimé(s)", 90)], "METFORMINE 850 mg - comprimé", 1, True),
    ("METFORMINE DÉMO 1000 mg, comprimé pelliculé sécable", "comprimé pelliculé sécable", "orale", [("CHLORHYDRATE DE METFORMINE", "08152", "1000 mg", "un comprimé")], ["liste II"], 2.34, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "METFORMINE 1000 mg - comprimé", 1, True),
    ("ATORVASTATINE DÉMO 10 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("ATORVASTATINE CALCIQUE TRIHYDRATÉE", "35241", "10 mg", "un comprimé")], ["liste I"], 3.73, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "ATORVASTATINE 10 mg - comprimé", 1, True),
    ("ATORVASTATINE DÉMO 20 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("ATORVASTATINE CALCIQUE TRIHYDRATÉE", "35241", "20 mg", "un comprimé")], ["liste I"], 6.10, 65, [("plaquette(s) de 30 comprimé(s)", 30), ("plaquette(s) de 90 comprimé(s)", 90)], "ATORVASTATINE 20 mg - comprimé", 1, True),
    ("RAMIPRIL DÉMO 2,5 mg, comprimé sécable", "comprimé sécable", "orale", [("RAMIPRIL", "31052", "2,5 mg", "un comprimé")], ["liste I"], 2.29, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "RAMIPRIL 2,5 mg - comprimé", 1, True),
    ("RAMIPRIL DÉMO 5 mg, comprimé sécable", "comprimé sécable", "orale", [("RAMIPRIL", "31052", "5 mg", "un comprimé")], ["liste I"], 3.11, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "RAMIPRIL 5 mg - comprimé", 1, True),
    ("BISOPROLOL DÉMO 2,5 mg, comprimé pelliculé sécable", "comprimé pelliculé sécable", "orale", [("FUMARATE DE BISOPROLOL", "18643", "2,5 mg", "un comprimé")], ["liste I"], 2.49, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "BISOPROLOL 2,5 mg - comprimé", 1, True),
    ("BISOPROLOL DÉMO 5 mg, comprimé pelliculé sécable", "comprimé pelliculé sécable", "orale", [("FUMARATE DE BISOPROLOL", "18643", "5 mg", "un comprimé")], ["liste I"], 2.87, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "BISOPROLOL 5 mg - comprimé", 1, True),
    ("LÉVOTHYROXINE DÉMO 25 microgrammes, comprimé sécable", "comprimé sécable", "orale", [("LÉVOTHYROXINE SODIQUE", "04567", "25 microgrammes", "un comprimé")], ["liste II"], 2.05, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "LÉVOTHYROXINE 25 µg - comprimé", 0, True),
    ("LÉVOTHYROXINE DÉMO 75 microgrammes, comprimé sécable", "comprimé sécable", "orale", [("LÉVOTHYROXINE SODIQUE", "04567", "75 microgrammes", "un comprimé")], ["liste II"], 2.21, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "LÉVOTHYROXINE 75 µg - comprimé", 0, True),
    ("OMÉPRAZOLE DÉMO 20 mg, gélule gastro-résistante", "gélule gastro-résistante", "orale", [("OMÉPRAZOLE", "22198", "20 mg", "une gélule")], ["liste II"], 2.96, 65, [("flacon(s) de 28 gélule(s)", 28)], "OMÉPRAZOLE 20 mg - gélule", 1, True),
    ("LANSOPRAZOLE DÉMO 15 mg, comprimé orodispersible", "comprimé orodispersible", "orale", [("LANSOPRAZOLE", "30015", "15 mg", "un comprimé")], ["liste II"], 3.02, 65, [("plaquette(s) de 28 comprimé(s)", 28)], None, 0, True),
    ("FUROSÉMIDE DÉMO 40 mg, comprimé sécable", "comprimé sécable", "orale", [("FUROSÉMIDE", "03218", "40 mg", "un comprimé")], ["liste I"], 1.82, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "FUROSÉMIDE 40 mg - comprimé", 1, True),
    ("WARFARINE DÉMO 2 mg, comprimé sécable", "comprimé sécable", "orale", [("WARFARINE SODIQUE CLATHRATE", "05431", "2 mg", "un comprimé")], ["liste I", "médicament nécessitant une surveillance particulière pendant le traitement"], 2.19, 65, [("plaquette(s) de 20 comprimé(s)", 20)], None, 0, True),
    ("APIXABAN DÉMO 5 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("APIXABAN", "91423", "5 mg", "un comprimé")], ["liste I"], 25.83, 65, [("plaquette(s) de 60 comprimé(s)", 60)], None, 0, True),
    ("CLOPIDOGREL DÉMO 75 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("HYDROGÉNOSULFATE DE CLOPIDOGREL", "28741", "75 mg", "un comprimé")], ["liste I"], 6.83, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "CLOPIDOGREL 75 mg - comprimé", 1, True),
    ("ACIDE ACÉTYLSALICYLIQUE DÉMO 75 mg, poudre pour solution buvable en sachet-dose", "poudre pour solution buvable", "orale", [("ACÉTYLSALICYLATE DE LYSINE", "00218", "75 mg", "un sachet")], [], 2.62, 65, [("30 sachet(s)-dose(s) papier aluminium polyéthylène", 30)], None, 0, True),
    ("ALPRAZOLAM DÉMO 0,25 mg, comprimé sécable", "comprimé sécable", "orale", [("ALPRAZOLAM", "11526", "0,25 mg", "un comprimé")], ["liste I", "prescription limitée à 12 semaines"], 1.21, 65, [("plaquette(s) de 30 comprimé(s)", 30)], "ALPRAZOLAM 0,25 mg - comprimé", 1, True),
    ("ZOPICLONE DÉMO 7,5 mg, comprimé pelliculé sécable", "comprimé pelliculé sécable", "orale", [("ZOPICLONE", "12986", "7,5 mg", "un comprimé")], ["liste I", "prescription limitée à 4 semaines"], 1.43, 15, [("plaquette(s) de 14 comprimé(s)", 14)], None, 0, True),
    ("TRAMADOL DÉMO 50 mg, gélule", "gélule", "orale", [("CHLORHYDRATE DE TRAMADOL", "19352", "50 mg", "une gélule")], ["liste I", "prescription limitée à 12 semaines"], 2.15, 65, [("plaquette(s) de 30 gélule(s)", 30)], None, 0, True),
    ("MORPHINE DÉMO LP 10 mg, gélule à libération prolongée", "gélule à libération prolongée", "orale", [("SULFATE DE MORPHINE", "04326", "10 mg", "une gélule")], ["stupéfiants", "prescription en toutes lettres sur ordonnance sécurisée", "prescription limitée à 28 jours"], 3.94, 65, [("plaquette(s) de 14 gélule(s)", 14)], None, 0, True),
    ("OXYCODONE DÉMO 5 mg, gélule", "gélule", "orale", [("CHLORHYDRATE D'OXYCODONE", "17853", "5 mg", "une gélule")], ["stupéfiants", "prescription en toutes lettres sur ordonnance sécurisée"], 6.42, 65, [("plaquette(s) de 28 gélule(s)", 28)], None, 0, True),
    ("PREDNISOLONE DÉMO 20 mg, comprimé orodispersible", "comprimé orodispersible", "orale", [("MÉTASULFOBENZOATE SODIQUE DE PREDNISOLONE", "06214", "20 mg", "un comprimé")], ["liste I"], 2.71, 65, [("plaquette(s) de 20 comprimé(s)", 20)], None, 0, True),
    ("MACROGOL 4000 DÉMO 10 g, poudre pour solution buvable en sachet", "poudre pour solution buvable", "orale", [("MACROGOL 4000", "39021", "10 g", "un sachet")], [], 4.20, 30, [("20 sachet(s)", 20)], None, 0, True),
    ("SALBUTAMOL DÉMO 100 microgrammes/dose, suspension pour inhalation", "suspension pour inhalation en flacon pressurisé", "inhalée", [("SULFATE DE SALBUTAMOL", "05189", "100 microgrammes", "une dose")], ["liste I"], 3.67, 65, [("1 flacon(s) pressurisé(s) de 200 doses", 1)], None, 0, True),
    ("DONÉPÉZIL DÉMO 10 mg, comprimé pelliculé", "comprimé pelliculé", "orale", [("CHLORHYDRATE DE DONÉPÉZIL", "42114", "10 mg", "un comprimé")], ["liste I"], None, 0, [("plaquette(s) de 28 comprimé(s)", 28)], None, 0, True),
    ("QUÉTIAPINE DÉMO LP 50 mg, comprimé à libération prolongée", "comprimé à libération prolongée", "orale", [("FUMARATE DE QUÉTIAPINE", "51247", "50 mg", "un comprimé")], ["liste I"], 7.98, 65, [("plaquette(s) de 30 comprimé(s)", 30)], None, 0, True),
    ("SERTRALINE DÉMO 50 mg, gélule", "gélule", "orale", [("CHLORHYDRATE DE SERTRALINE", "27136", "50 mg", "une gélule")], ["liste I"], 3.12, 65, [("plaquette(s) de 28 gélule(s)", 28)], "SERTRALINE 50 mg - gélule", 1, True),
    ("ESCITALOPRAM DÉMO 10 mg, comprimé pelliculé sécable", "comprimé pelliculé sécable", "orale", [("OXALATE D'ESCITALOPRAM", "61823", "10 mg", "un comprimé")], ["liste I"], 4.47, 65, [("plaquette(s) de 28 comprimé(s)", 28)], "ESCITALOPRAM 10 mg - comprimé", 1, True),
    ("AMOXICILLINE ACIDE CLAVULANIQUE DÉMO 1 g/125 mg, poudre pour suspension buvable en sachet", "poudre pour suspension buvable", "orale", [("AMOXICILLINE TRIHYDRATÉE", "01357", "1 g", "un sachet"), ("CLAVULANATE DE POTASSIUM", "04120", "125 mg", "un sachet")], ["liste I"], 4.83, 65, [("12 sachet(s)", 12)], None, 0, True),
    ("INSULINE GLARGINE DÉMO 100 unités/ml, solution injectable en stylo prérempli", "solution injectable", "sous-cutanée", [("INSULINE GLARGINE", "42871", "100 unités", "1 ml")], ["liste II"], 41.32, 65, [("5 stylo(s) prérempli(s) de 3 ml", 5)], None, 0, True),
    ("CODÉINE PARACÉTAMOL DÉMO 30 mg/500 mg, comprimé effervescent", "comprimé effervescent", "orale", [("PHOSPHATE DE CODÉINE HÉMIHYDRATÉ", "04478", "30 mg", "un comprimé"), ("PARACÉTAMOL", "02202", "500 mg", "un comprimé")], ["liste I"], 2.42, 65, [("tube(s) de 16 comprimé(s)", 16)], None, 0, True),
    ("RANITIDINE DÉMO 150 mg, comprimé effervescent", "comprimé effervescent", "orale", [("CHLORHYDRATE DE RANITIDINE", "09281", "150 mg", "un comprimé")], ["liste II"], None, 0, [("tube(s) de 30 comprimé(s)", 30)], None, 0, False),
]

# Spécialités in shortage: (index in P, status, label)
SHORTAGES = [(5, 1, "Rupture de stock"), (24, 2, "Tension d'approvisionnement")]


def cip13(n):
    body = "3400930" + "%05d" % n
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def price(p):
    return "" if p is None else ("%.2f" % p).replace(".", ",")


def main():
    os.makedirs(OUT, exist_ok=True)
    cis_lines, cip_lines, compo, gener, cpd, dispo = [], [], [], [], [], []
    groups = {}
    n = 0
    for i, (name, form, route, subs, conds, pr, rate, pres, group, gtype, marketed) in enumerate(P):
        cis = "6999%04d" % (i + 1)
        state = "Commercialisée" if marketed else "Non commercialisée"
        cis_lines.append("\t".join([cis, name, form, route, "Autorisation active", "Procédure nationale", state,
                                    "15/03/2012", "", "", " OFFICINE DÉMO", "Non"]))
        for label, _units in pres:
            n += 1
            code = cip13(n)
            fee = "1,02" if pr is not None else ""
            with_fee = price(pr + 1.02) if pr is not None else ""
            cip_lines.append("\t".join([cis, code[5:12], label, "Présentation active",
                                        "Déclaration de commercialisation" if marketed else "Déclaration d'arrêt de commercialisation",
                                        "01/06/2015", code, "oui", ("%d%%" % rate) if rate else "", price(pr), with_fee, fee, ""]))
        for k, (sub, code, strength, ref) in enumerate(subs):
            compo.append("\t".join([cis, form, code, sub, strength, ref, "SA", str(k + 1), ""]))
        if group:
            gid = groups.setdefault(group, str(900 + len(groups)))
            gener.append("\t".join([gid, group, cis, str(gtype), str(len(gener) + 1)]))
        for c in conds:
            cpd.append("\t".join([cis, c]))
    for idx, status, label in SHORTAGES:
        cis = "6999%04d" % (idx + 1)
        dispo.append("\t".join([cis, "", str(status), label, "01/11/2026", "28/11/2026", "", "https://ansm.sante.fr"]))

    def write(name, lines, encoding, eol):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write((eol.join(lines) + eol).encode(encoding))

    write("CIS_bdpm.txt", cis_lines, "cp1252", "\r\n")
    write("CIS_CIP_bdpm.txt", cip_lines, "utf-8", "\n")
    write("CIS_COMPO_bdpm.txt", compo, "cp1252", "\r\n")
    write("CIS_GENER_bdpm.txt", gener, "cp1252", "\r\n")
    write("CIS_CPD_bdpm.txt", cpd, "cp1252", "\r\n")
    write("CIS_CIP_Dispo_Spec.txt", dispo, "cp1252", "\r\n")


if __name__ == "__main__":
    main()
