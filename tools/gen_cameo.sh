#!/bin/sh
# gen_cameo.sh - writes data/cameo.tsv, dyad's CAMEO event code table (root,
# quad class, Goldstein weight, PLOVER type/mode/context and label of every
# CAMEO event code), from the CAMEO labels and Goldstein weights and
# Schrodt's 2021 CAMEO-to-PLOVER table kept outside the repository in
# ../shared. The table is committed, so builds never need ../shared; this
# script is only for regenerating it. Rules and format: docs/cameo.md.
#
# usage: tools/gen_cameo.sh [DICTIONARIES_DIR [OUTPUT]]
#   DICTIONARIES_DIR  default ../shared/dictionaries (from the repository root)
#   OUTPUT            default data/cameo.tsv
# Problems in the sources are reported as "file:line: message" on stderr;
# a bad line is skipped, and the script fails only when a code would be
# left without a label or Goldstein weight.
set -eu
cd "$(dirname "$0")/.."
LC_ALL=C
export LC_ALL

dicts=${1:-../shared/dictionaries}
out=${2:-data/cameo.tsv}
labels=$dicts/cameo/cameo-labels.tsv
gold=$dicts/cameo/cameo-goldstein.tsv
plover=$dicts/plover/CAMEO2PLOVER-2021.txt
for f in "$labels" "$gold" "$plover"; do
    if [ ! -r "$f" ]; then
        echo "gen_cameo.sh: $f: cannot read (the sources live in ../shared)" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The labels are UTF-8 if valid as such; otherwise Mac Roman, the encoding of
# the curly quotes in the one non-ASCII line of the 2021 file (044).
if iconv -f UTF-8 -t UTF-8 "$labels" >/dev/null 2>&1; then
    cp "$labels" "$tmp/labels"
else
    iconv -f MACINTOSH -t UTF-8 "$labels" >"$tmp/labels"
fi

awk -v notes="$tmp/notes" '
function trim(s) { sub(/^[ \t\r]+/, "", s); sub(/[ \t\r]+$/, "", s); return s }
function warn(msg) { printf "%s:%d: %s\n", name, FNR, msg > "/dev/stderr" }
function fail(msg) { printf "gen_cameo.sh: %s\n", msg > "/dev/stderr"; failed = 1 }
# 2 to 4 digits under one of the 20 CAMEO roots 01..20
function is_code(c) { return c ~ /^[0-9][0-9][0-9]?[0-9]?$/ && substr(c, 1, 2) + 0 >= 1 && substr(c, 1, 2) + 0 <= 20 }
function add(c) { if (!(c in seen)) { seen[c] = 1; codes[++ncodes] = c } }
# Writes "# title: item item ..." to the notes file, wrapped at 80 columns.
function note(title, list,    n, w, i, line) {
    n = split(list, w, " ")
    line = "# " title ":"
    if (n == 0) line = line " none"
    for (i = 1; i <= n; i++) {
        if (length(line) + 1 + length(w[i]) > 80) { print line > notes; line = "#  " }
        line = line " " w[i]
    }
    print line > notes
}
# The nearest of c, its 3-digit parent and its root that is a key of the
# array whose name is given ("gold" or "ptype"); "" if none.
function nearest(c, which) {
    for (; length(c) >= 2; c = substr(c, 1, length(c) - 1))
        if ((which == "gold" && (c in gw)) || (which == "plover" && (c in ptype))) return c
    return ""
}

BEGIN {
    # CAMEO cue category (root) names: CAMEO codebook 1.1b3 chapter 2, as
    # listed in the PLOVER manual table "PLOVER equivalents to CAMEO cue
    # categories" (the labels file has no 2-digit codes).
    split("Make public statement|Appeal|Express intent to cooperate|Consult|" \
          "Engage in diplomatic cooperation|Engage in material cooperation|" \
          "Provide aid|Yield|Investigate|Demand|Disapprove|Reject|Threaten|" \
          "Protest|Exhibit force posture|Reduce relations|Coerce|Assault|" \
          "Fight|Use unconventional mass violence", rn, "|")
    for (i = 1; i <= 20; i++) rootname[sprintf("%02d", i)] = rn[i]
}

# ---- cameo-labels.tsv: code TAB label ------------------------------------
src == "labels" {
    line = $0
    sub(/\r$/, "", line)
    if (line ~ /^[ \t]*$/ || line ~ /^#/) next
    if (line ~ /^LABEL:[ \t]*[0-9]+[ \t]*=/) {
        # a damaged line of the 2021 file: "LABEL: 044= Meet at ..."
        sub(/^LABEL:[ \t]*/, "", line)
        i = index(line, "=")
        code = trim(substr(line, 1, i - 1)); text = trim(substr(line, i + 1))
    } else {
        i = index(line, "\t")
        if (!i) { warn("expected code<TAB>label, line skipped"); next }
        code = trim(substr(line, 1, i - 1)); text = trim(substr(line, i + 1))
        if (index(text, "\t")) { warn("extra columns after the label ignored"); sub(/[ \t]*\t.*/, "", text) }
    }
    if (!is_code(code)) { warn("\"" code "\" is not a CAMEO code, line skipped"); next }
    if (text == "") { warn("empty label for " code ", line skipped"); next }
    if (code in label) {
        if (label[code] != text) warn("second label for " code " ignored (first at line " lline[code] ")")
        next
    }
    label[code] = text; lline[code] = FNR; add(code)
    next
}

# ---- cameo-goldstein.tsv: header "code TAB goldstein", then code TAB weight
src == "gold" {
    line = $0
    sub(/\r$/, "", line)
    if (line ~ /^[ \t]*$/ || line ~ /^#/) next
    n = split(line, f, "\t")
    if (FNR == 1 && trim(f[1]) == "code") next
    code = trim(f[1]); w = trim(f[2])
    if (n != 2) { warn("expected code<TAB>weight, line skipped"); next }
    if (!is_code(code)) { warn("\"" code "\" is not a CAMEO code, line skipped"); next }
    if (w !~ /^[-+]?[0-9]+(\.[0-9]+)?$/ || w + 0 < -10 || w + 0 > 10) {
        warn("weight \"" w "\" is not a number from -10 to 10, line skipped"); next
    }
    if (code in gw) {
        if (gw[code] != w + 0) warn("second weight for " code " ignored (first at line " gline[code] ")")
        next
    }
    gw[code] = w + 0; gline[code] = FNR; add(code)
    next
}

# ---- CAMEO2PLOVER-2021.txt: "code: TYPE, mode, context # label"; a root
# line "03: AGREE" heads each group; contexts may be "a; b". ---------------
src == "plover" {
    line = $0
    sub(/\r$/, "", line)
    if (line ~ /^[ \t]*$/ || line ~ /^[ \t]*#/ || line ~ /^~+[ \t]*$/) next
    i = index(line, ":")
    code = trim(substr(line, 1, i - 1))
    if (!i || !is_code(code)) { warn("expected \"code: TYPE, mode, context # label\", line skipped"); next }
    rest = substr(line, i + 1); text = ""
    if ((i = index(rest, "#"))) { text = trim(substr(rest, i + 1)); rest = substr(rest, 1, i - 1) }
    n = split(rest, f, ",")
    if (n > 3) { warn("more than three comma-separated fields, line skipped"); next }
    type = trim(f[1]); mode = n >= 2 ? trim(f[2]) : ""; ctx = ""
    if (n >= 3) {
        m = split(f[3], parts, ";")
        for (j = 1; j <= m; j++) if ((p = trim(parts[j])) != "") ctx = ctx (ctx == "" ? "" : ";") p
    }
    if (type !~ /^[A-Z]+$/) { warn("PLOVER type \"" type "\" is not an upper-case word, line skipped"); next }
    if (mode ~ /[ \t;]/) { warn("PLOVER mode \"" mode "\" has blanks, line skipped"); next }
    if (code in ptype) {
        if (ptype[code] != type || pmode[code] != mode || pctx[code] != ctx)
            warn(code " listed again as " type (mode != "" ? ", " mode : "") \
                 "; keeping " ptype[code] (pmode[code] != "" ? ", " pmode[code] : "") \
                 " from line " pline[code])
        next
    }
    ptype[code] = type; pmode[code] = mode; pctx[code] = ctx; pline[code] = FNR
    plabel[code] = text; add(code)
    next
}

END {
    # every code brings its root
    for (k = 1; k <= ncodes; k++) add(substr(codes[k], 1, 2))
    for (k = 2; k <= ncodes; k++) {     # insertion sort: a few hundred codes
        c = codes[k]
        for (j = k - 1; j >= 1 && codes[j] > c; j--) codes[j + 1] = codes[j]
        codes[j + 1] = c
    }
    gin = ""; pin = ""; pnone = ""; lfrom = ""
    for (k = 1; k <= ncodes; k++) {
        c = codes[k]; root = substr(c, 1, 2); r = root + 0
        quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4

        g = nearest(c, "gold")
        if (g == "") { fail(c ": no Goldstein weight for it, its parent or its root"); continue }
        if (g != c) gin = gin " " c "<" g

        if (c in label) text = label[c]
        else if (length(c) == 2) text = rootname[c]
        else if (c in plabel && plabel[c] != "") { text = plabel[c]; lfrom = lfrom " " c }
        else { fail(c ": no label in any source"); continue }

        p = nearest(c, "plover"); type = ""; mode = ""; ctx = ""
        if (p == "") pnone = pnone " " c
        else {
            type = ptype[p]; mode = pmode[p]
            if (p == c) ctx = pctx[p]
            else pin = pin " " c "<" p
        }
        printf "%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t%s\n", c, root, quad, gw[g], type, mode, ctx, text
    }
    note("Goldstein weight taken from the parent (code<parent)", gin)
    note("PLOVER type and mode taken from the parent (code<parent)", pin)
    note("no PLOVER type (PLOVER drops CAMEO 01 and 02)", pnone)
    if (lfrom != "") note("label taken from the PLOVER table", lfrom)
    exit failed
}
' src=labels name="$labels" "$tmp/labels" src=gold name="$gold" "$gold" \
  src=plover name="$plover" "$plover" >"$tmp/rows" || {
    echo "gen_cameo.sh: $out not written" >&2
    exit 1
}

sum() { sha256sum <"$1" | cut -d' ' -f1; }
{
    cat <<EOF
# cameo.tsv - dyad's CAMEO event code table: root (cue category), quad class,
# Goldstein weight, PLOVER type/mode/context and label of every CAMEO event code.
# GENERATED by tools/gen_cameo.sh; do not edit. Format and rules: docs/cameo.md.
# Sources (in ../shared/dictionaries, not part of the repository):
#   cameo/cameo-labels.tsv        sha256 $(sum "$labels")
#     CAMEO event code labels (CAMEO codebook 1.1b3, Schrodt 2012; facts)
#   cameo/cameo-goldstein.tsv     sha256 $(sum "$gold")
#     Goldstein (1992) conflict-cooperation weights of CAMEO codes (facts)
#   plover/CAMEO2PLOVER-2021.txt  sha256 $(sum "$plover")
#     CAMEO to PLOVER conversion table, P. Schrodt, 17 September 2021
#     (PLOVER manual draft 0.8; CC BY-SA 4.0): the three plover_* columns
# Root labels (01-20) are the CAMEO cue category names.
# quad: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
#       3 verbal conflict (09-13), 4 material conflict (14-20).
EOF
    cat "$tmp/notes"
    printf '# code\troot\tquad\tgoldstein\tplover_type\tplover_mode\tplover_context\tlabel\n'
    cat "$tmp/rows"
} >"$tmp/out"
mv "$tmp/out" "$out"
echo "gen_cameo.sh: wrote $out ($(wc -l <"$tmp/rows") codes)" >&2
