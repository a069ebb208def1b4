#!/usr/bin/env python3
"""French typography in user-visible strings: a non-breaking space before : ; ? ! and inside
« guillemets », so a line never breaks before the colon. Rewrites string literals in the given
C++ files that read as French (accents, guillemets, or a word followed by " :"). SQL and log
strings are left alone.

    scripts/french-typography.py core app ui smartcard     # fix in place
"""
import glob
import os
import re
import sys

NB = "\u00a0"
LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')
FRENCH = re.compile(r"[àâçéèêëîïôûùüÿœÀÉ«»]|[a-zA-Z0-9)] [:;?!]")
SQL = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "PRAGMA", "ATTACH")


def fix(text):
    text = re.sub(r'(\S) ([:;!?])(?=\s|$|")', lambda m: m.group(1) + NB + m.group(2), text)
    return text.replace("« ", "«" + NB).replace(" »", NB + "»")


def literal(match):
    s = match.group(0)
    if not FRENCH.search(s) or any(word in s for word in SQL):
        return s
    return fix(s)


changed = 0
for root in sys.argv[1:]:
    for path in glob.glob(os.path.join(root, "**", "*.cpp"), recursive=True):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        result = LITERAL.sub(literal, source)
        if result != source:
            with open(path, "w", encoding="utf-8") as f:
                f.write(result)
            changed += 1
            print(path)
print(f"{changed} file(s) changed")
