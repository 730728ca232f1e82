#!/usr/bin/env python3
"""gen_countries.py - writes data/dict/actors-countries.dyad, dyad's default
actor dictionary of countries, territories, government seats and CAMEO
regions, in dyad's own format (docs/dictionaries.md).

It joins two sources:
  - Debian's iso-codes (ISO 3166-1: alpha-3 codes and English names, LGPL-2.1+),
    /usr/share/iso-codes/json/iso_3166-1.json (package iso-codes);
  - data/dict/src/countries.tsv, the hand-written facts (short forms,
    demonyms, capitals, cities, government seats, regions, blocked phrases);
    its header says what each column holds.

The generated file is committed, so builds never need this script; run it
after editing the table:

    tools/gen_countries.py [--iso FILE] [--facts FILE] [-o OUTPUT]

Problems are reported as "file:line: message" on stderr; the script fails
(and writes nothing) when any is an error: an unknown or missing ISO code, a
name given to two entries, a malformed row. Only the Python 3 standard
library is used.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# CAMEO region codes (the CAMEO codebook's region list).
REGIONS = {
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
}
# CAMEO sector codes a government institution may carry.
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED", "ELI"}
TYPES = {"state", "observer", "nonmember", "territory", "inst", "region", "none"}
ISO_TYPES = {"state", "observer", "nonmember", "territory"}
UN_MEMBERS = 193
MAX_WORDS = 8  # no real name is longer; a longer one is a slip in the table

# Letters NFKD does not decompose, for the unaccented spellings.
FOLD_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D",
                            "ł": "l", "Ł": "L", "ı": "i", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"})


class Problems:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: {msg}", file=sys.stderr)

    def warning(self, where, msg):
        self.warnings += 1
        print(f"{where}: warning: {msg}", file=sys.stderr)


def ascii_fold(name):
    """The unaccented spelling of name ("Côte d'Ivoire" -> "Cote d'Ivoire")."""
    s = unicodedata.normalize("NFKD", name.translate(FOLD_EXTRA))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def key(name):
    """A name as the matcher compares it: ASCII case ignored, curly
    apostrophes straight, other bytes exact."""
    out = []
    for c in name.replace("\u2019", "'").replace("\u2018", "'"):
        out.append(c.upper() if "a" <= c <= "z" else c)
    return " ".join("".join(out).split())


def iso_name(raw):
    """An iso-codes name as it is written in text, or None when it cannot be
    turned into one: "(...)" is removed ("Holy See (Vatican City State)" ->
    "Holy See"); "X, Y of" and "X, The Y of the" are turned round ("Korea,
    Republic of" -> "Republic of Korea"); a leading "the" is dropped."""
    s = raw
    while "(" in s and ")" in s[s.index("("):]:
        a = s.index("(")
        b = s.index(")", a)
        s = s[:a] + s[b + 1:]
    s = " ".join(s.split())
    if "," in s:
        head, _, tail = s.partition(",")
        tail = tail.strip()
        if "," in tail or not (tail.endswith(" of") or tail.endswith(" of the")):
            return None
        s = f"{tail} {head.strip()}"
    for article in ("the ", "The "):
        if s.startswith(article):
            s = s[len(article):]
    return s or None


def split_names(field):
    return [" ".join(n.split()) for n in field.split("|") if n.strip()]


def check_name(name, where, problems):
    words = name.split(" ")
    if len(words) > MAX_WORDS:
        problems.error(where, f"name '{name}' has more than {MAX_WORDS} words")
        return False
    for w in words:
        if any(c in w for c in "()[]{}&=|\\\t#") or w == "-" or w == "*":
            problems.error(where, f"name '{name}': word '{w}' holds a character the table does not allow")
            return False
        if "*" in w[:-1]:
            problems.error(where, f"name '{name}': '*' is allowed only at the end of a word")
            return False
    return True


def read_facts(path, problems):
    rows = []
    note = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            where = f"{path}:{lineno}"
            if line.startswith("#>"):
                note.append(line[2:].strip())
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > 7:
                problems.error(where, f"{len(cols)} columns, at most 7")
                note = []
                continue
            cols += [""] * (7 - len(cols))
            kind, code = cols[0].strip(), cols[1].strip()
            if kind not in TYPES:
                problems.error(where, f"unknown type '{kind}'")
                note = []
                continue
            row = {
                "type": kind, "code": code, "where": where, "line": lineno, "note": note,
                "names": [], "drop": [], "adjectives": split_names(cols[3]),
                "capitals": split_names(cols[4]), "cities": split_names(cols[5]),
                "attrs": cols[6].split(),
            }
            note = []
            for n in split_names(cols[2]):
                if n.startswith("-") and len(n) > 1:
                    row["drop"].append(n[1:].strip())
                else:
                    row["names"].append(n)
            rows.append(row)
    return rows


def check_attrs(row, problems):
    for a in row["attrs"]:
        k, eq, v = a.partition("=")
        ok = eq and k in ("from", "to") and len(v) == 10 and v[4] == "-" and v[7] == "-" and \
            v[:4].isdigit() and v[5:7].isdigit() and v[8:].isdigit()
        if not ok:
            problems.error(row["where"], f"attribute '{a}': only from=YYYY-MM-DD and to=YYYY-MM-DD are allowed")


def escape_word(w):
    out = w.replace("\\", "\\\\").replace("=", "\\=").replace("|", "\\|")
    if out.startswith("#") or out.startswith("&"):
        out = "\\" + out
    if out == "-":
        out = "\\-"
    return out


def escape_name(name):
    return " ".join(escape_word(w) for w in name.split(" "))


def iso_codes_version():
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                           capture_output=True, text=True, check=False)
        return r.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--facts", default=os.path.join(ROOT, "data/dict/src/countries.tsv"))
    ap.add_argument("-o", "--output", default=os.path.join(ROOT, "data/dict/actors-countries.dyad"))
    args = ap.parse_args()
    problems = Problems()

    try:
        with open(args.iso, encoding="utf-8") as f:
            iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}
    except (OSError, ValueError, KeyError) as e:
        print(f"{args.iso}: cannot read ISO 3166-1 data ({e}); install the iso-codes package", file=sys.stderr)
        return 1
    rows = read_facts(args.facts, problems)
    facts_rel = os.path.relpath(args.facts, ROOT)
    if facts_rel.startswith(".."):
        facts_rel = args.facts

    # ---- codes -----------------------------------------------------------
    seen = {}
    for row in rows:
        kind, code, where = row["type"], row["code"], row["where"]
        check_attrs(row, problems)
        if kind in ISO_TYPES:
            if code in seen:
                problems.error(where, f"{code} already has a row at line {seen[code]}")
            seen[code] = row["line"]
            if code not in iso and kind != "nonmember":
                problems.error(where, f"{code} is not an ISO 3166-1 alpha-3 code")
            if not (len(code) == 3 and code.isalpha() and code.isupper()):
                problems.error(where, f"country code '{code}' is not three capital letters")
        elif kind == "inst":
            c, s = code[:3], code[3:]
            if len(code) != 6 or s not in SECTORS:
                problems.error(where, f"institution code '{code}' is not a country code and a sector ({', '.join(sorted(SECTORS))})")
            row["country"], row["sector"] = c, s
        elif kind == "region":
            if code not in REGIONS:
                problems.error(where, f"'{code}' is not a CAMEO region code")
        elif kind == "none" and code != "-":
            problems.error(where, "a 'none' row has the code -")
    for code in sorted(set(iso) - set(seen)):
        problems.error(facts_rel, f"ISO 3166-1 {code} ({iso[code]['name']}) has no row")
    for row in rows:
        if row["type"] == "inst" and row.get("country") not in seen:
            problems.error(row["where"], f"institution {row['code']}: no country {row.get('country')}")
    n_states = sum(1 for r in rows if r["type"] == "state")
    if n_states != UN_MEMBERS:
        problems.warning(facts_rel, f"{n_states} rows are UN member states, the UN has {UN_MEMBERS}")

    # ---- names -----------------------------------------------------------
    owner = {}  # key -> (row, name)
    for row in rows:
        names = []
        if row["type"] in ISO_TYPES and row["code"] in iso:
            e = iso[row["code"]]
            for field in ("common_name", "name", "official_name"):
                if field in e:
                    n = iso_name(e[field])
                    if n:
                        names.append(n)
        names += row["names"] + row["adjectives"] + row["capitals"] + row["cities"]
        if not names:
            problems.error(row["where"], f"{row['code']} has no names")
        out, hyphen = [], []
        for n in names:
            if not check_name(n, row["where"], problems):
                continue
            variants = [n]
            folded = ascii_fold(n)
            if folded != n:
                variants.append(folded)
            for v in variants:
                out.append(v)
                last = v.split(" ")[-1]
                if row["type"] != "none" and not v.endswith("*") and not v.lower().startswith("the ") and \
                        len(v.split(" ")) <= 2 and (last[-1].isalnum() or last[-1] == "."):
                    hyphen.append(v + "-*")
        dropped = {key(d) for d in row["drop"]}
        used = set()
        final = []
        for n in out + hyphen:
            k = key(n)
            if k in dropped or (n.endswith("-*") and key(n[:-2]) in dropped):
                used.add(k if k in dropped else key(n[:-2]))
                continue
            prev = owner.get(k)
            if prev is None:
                owner[k] = (row, n)
                final.append(n)
            elif prev[0] is not row:
                problems.error(row["where"], f"name '{n}' is also given to {prev[0]['code']} at line {prev[0]['line']}")
        row["final"] = final
        for d in row["drop"]:
            if key(d) not in used:
                problems.error(row["where"], f"-{d}: {row['code']} has no such name to drop")

    if problems.errors:
        print(f"gen_countries.py: {problems.errors} errors, {problems.warnings} warnings; nothing written", file=sys.stderr)
        return 1

    # ---- output ----------------------------------------------------------
    lines = [
        "# dyad dictionary format 1",
        "#",
        "# actors-countries.dyad - dyad's default actors for countries and territories",
        "# (every ISO 3166-1 entry, coded by its alpha-3 code), government seats named",
        "# as places (White House -> USAGOV), and CAMEO regions.",
        "#",
        "# GENERATED by tools/gen_countries.py: do not edit; edit data/dict/src/countries.tsv",
        f"# and run the script again. ISO 3166-1 codes and names: Debian iso-codes {iso_codes_version()}",
        "# (LGPL-2.1+); everything else: the hand-written table (MIT, see data/dict/README.md).",
        "#",
        "# Each name matches itself and its plural, ASCII case ignored; NAME-* entries",
        "# catch hyphenated compounds (Iran-backed, U.S.-led).",
    ]
    sections = [
        ("state", "UN member states"),
        ("observer", "UN observer states"),
        ("nonmember", "states outside the UN"),
        ("territory", "dependent and special territories (ISO 3166-1)"),
        ("inst", "government institutions and seats named as places: code = country + sector"),
        ("region", "CAMEO regions"),
        ("none", "phrases that code nothing: they keep the country word inside them from matching"),
    ]
    for kind, title in sections:
        group = [r for r in rows if r["type"] == kind]
        lines += ["", f"# ---- {title} ({len(group)}) " + "-" * max(0, 60 - len(title))]
        for row in group:
            for n in row["note"]:
                lines.append(f"# {n}")
            attrs = list(row["attrs"])
            if kind in ISO_TYPES:
                attrs.append(f"country={row['code']}")
            elif kind == "inst":
                attrs += [f"country={row['country']}", f"sector={row['sector']}"]
            lines.append(f"actor {row['code']}  " + " | ".join(escape_name(n) for n in row["final"]) +
                         ("  " + " ".join(attrs) if attrs else ""))
    text = "\n".join(lines) + "\n"

    d = os.path.dirname(os.path.abspath(args.output))
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".gen_countries.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, args.output)
    counts = {k: sum(1 for r in rows if r["type"] == k) for k, _ in sections}
    n_names = sum(len(r["final"]) for r in rows)
    print(f"gen_countries.py: wrote {os.path.relpath(args.output, ROOT)}: {len(rows)} actors, {n_names} names "
          f"({', '.join(f'{v} {k}' for k, v in counts.items())}); {problems.warnings} warnings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
