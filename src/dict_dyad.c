/* dict_dyad.c - dyad's own dictionary format (docs/dictionaries.md, "dyad's
 * own format"): one entry per line, kind first, UTF-8, '#' comments, names
 * written naturally and matched case-insensitively, ISO dates. One loader
 * reads every kind of entry from one file into the model of dict.h, and a
 * writer puts a whole set back in that format, so that any set read from
 * PETRARCH-2 or TABARI files can be converted and read back unchanged
 * (writing then loading gives an equal model; only file:line differ). */
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "utf8.h"

/* ---- shared lexical rules ------------------------------------------------ */

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }


/* A token as written: raw bytes of the line, escapes not yet decoded. */
typedef struct {
    const char *p;
    size_t n;
} tok;

/* Splits a line into tokens: blanks separate them, an unescaped '|' is a
 * token of its own, a '#' at the start of a token starts a comment, and
 * '\' escapes the byte after it. Returns the number of tokens (at most max;
 * *more is set when there were more). */
static size_t tokenize(const char *s, size_t n, tok *out, size_t max, int *more)
{
    size_t count = 0, i = 0;
    *more = 0;
    while (i < n) {
        if (is_blank(s[i])) { i++; continue; }
        if (s[i] == '#') break;
        size_t start = i;
        if (s[i] == '|') i++;
        else
            while (i < n && !is_blank(s[i]) && s[i] != '|') i += s[i] == '\\' && i + 1 < n ? 2 : 1;
        if (count == max) { *more = 1; break; }
        out[count++] = (tok){s + start, i - start};
    }
    return count;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decodes escapes: "\xHH" is the byte HH, '\' before any other byte is that
 * byte. Returns 0, or -1 when the result would hold a NUL byte. */
static int decode(const char *p, size_t n, dbuf *out)
{
    dbuf_clear(out);
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\\' && i + 1 < n) {
            if (p[i + 1] == 'x' && i + 3 < n && hexval(p[i + 2]) >= 0 && hexval(p[i + 3]) >= 0) {
                c = (char)(hexval(p[i + 2]) * 16 + hexval(p[i + 3]));
                i += 3;
            } else {
                c = p[++i];
            }
        }
        if (c == '\0') return -1;
        dbuf_putc(out, c);
    }
    dbuf_cstr(out);
    return 0;
}

/* Index of the first unescaped c in t, or -1. */
static long find_unescaped(tok t, char c)
{
    for (size_t i = 0; i < t.n; i++) {
        if (t.p[i] == '\\') { i++; continue; }
        if (t.p[i] == c) return (long)i;
    }
    return -1;
}

/* Is the last byte of t an unescaped c? */
static int ends_unescaped(tok t, char c)
{
    long last = -1;
    for (size_t i = 0; i < t.n; i++) {
        if (t.p[i] == '\\') { i++; continue; }
        last = (long)i;
    }
    return last >= 0 && (size_t)last == t.n - 1 && t.p[last] == c;
}

static int tok_is(tok t, const char *s) { return t.n == strlen(s) && !memcmp(t.p, s, t.n); }
static int is_attr(tok t) { return find_unescaped(t, '=') > 0; }
static tok sub_tok(tok t, size_t from, size_t to) { return (tok){t.p + from, to - from}; }

/* ---- loader -------------------------------------------------------------- */

typedef struct {
    dict_set *set;
    dict_where at;
    dbuf tmp;
    size_t verb; /* the verb patterns belong to (SIZE_MAX: none yet) */
    /* what a line had added, taken back when the line turns out bad */
    size_t n_words, n_phrases, n_codes, n_elements;
} loader;

static void mark(loader *ld)
{
    ld->n_words = ld->set->n_words, ld->n_phrases = ld->set->n_phrases;
    ld->n_codes = ld->set->n_codes, ld->n_elements = ld->set->n_elements;
}

static void undo(loader *ld)
{
    ld->set->n_words = ld->n_words, ld->set->n_phrases = ld->n_phrases;
    ld->set->n_codes = ld->n_codes, ld->set->n_elements = ld->n_elements;
}

/* The decoded text of t interned; "-" alone is the empty string (0).
 * Returns 0 and reports an error when it holds a NUL byte. */
static int intern_tok(loader *ld, tok t, dict_str *out)
{
    *out = 0;
    if (tok_is(t, "-")) return 1;
    if (decode(t.p, t.n, &ld->tmp) != 0) {
        dict_error(ld->set, ld->at, "NUL byte in '%.*s'", (int)t.n, t.p);
        return 0;
    }
    *out = dict_intern(ld->set, ld->tmp.data, ld->tmp.len);
    return 1;
}

/* A word: "&NAME" names a synset, a trailing '*' makes it a stem, otherwise
 * it matches whole. Returns 0 after an error. */
static int parse_word(loader *ld, tok t, dict_str *text, uint32_t *flags)
{
    *flags = DICT_WORD_EXACT;
    /* a trailing '_' joins a pattern word to the next element: "in_ *" */
    if (t.n > 1 && ends_unescaped(t, '_')) *flags |= DICT_WORD_JOINED, t.n--;
    if (t.n > 1 && t.p[0] == '&') *flags |= DICT_WORD_SYNSET, t.p++, t.n--;
    if (t.n > 1 && ends_unescaped(t, '*')) *flags &= ~(uint32_t)DICT_WORD_EXACT, t.n--;
    if (decode(t.p, t.n, &ld->tmp) != 0 || ld->tmp.len == 0) {
        dict_error(ld->set, ld->at, "bad word '%.*s'", (int)t.n, t.p);
        return 0;
    }
    *text = dict_intern_upper(ld->set, ld->tmp.data, ld->tmp.len); /* words are held upper-case */
    return 1;
}

/* Words of t[0..n) appended to words[]; a lone "-" is no words at all. */
static int add_words(loader *ld, const tok *t, size_t n, dict_span *out)
{
    dict_set *set = ld->set;
    *out = (dict_span){(uint32_t)set->n_words, 0};
    if (n == 1 && tok_is(t[0], "-")) return 1;
    for (size_t i = 0; i < n; i++) {
        dict_word w;
        if (tok_is(t[i], "|")) {
            dict_error(set, ld->at, "'|' where one phrase is expected");
            return 0;
        }
        if (!parse_word(ld, t[i], &w.text, &w.flags)) return 0;
        DYAD_GROW(set->words, set->cap_words, set->n_words + 1);
        set->words[set->n_words++] = w;
        out->count++;
    }
    return 1;
}

/* Phrases separated by '|' from t[0..n) appended to phrases[]. An empty
 * list is no phrases; an empty phrase between two '|' is an error. */
static int add_phrases(loader *ld, const tok *t, size_t n, dict_span *out)
{
    dict_set *set = ld->set;
    *out = (dict_span){(uint32_t)set->n_phrases, 0};
    if (n == 0) return 1;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !tok_is(t[i], "|")) continue;
        if (i == start) {
            dict_error(set, ld->at, "empty name between '|' (write '-' for an empty phrase)");
            return 0;
        }
        dict_span words;
        if (!add_words(ld, t + start, i - start, &words)) return 0;
        DYAD_GROW(set->phrases, set->cap_phrases, set->n_phrases + 1);
        set->phrases[set->n_phrases++] = (dict_phrase){words};
        out->count++;
        start = i + 1;
    }
    return 1;
}

/* "YYYY-MM-DD" -> YYYYMMDD; empty -> 0 (open end); -1 when bad. */
static int32_t iso_date(tok t)
{
    if (t.n == 0) return 0;
    if (t.n != 10 || t.p[4] != '-' || t.p[7] != '-') return -1;
    int32_t v = 0;
    for (size_t i = 0; i < 10; i++) {
        if (i == 4 || i == 7) continue;
        if (t.p[i] < '0' || t.p[i] > '9') return -1;
        v = v * 10 + (t.p[i] - '0');
    }
    int month = v / 100 % 100, day = v % 100;
    if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
    return v;
}

static int date_attr(loader *ld, tok value, int32_t *out)
{
    int32_t d = iso_date(value);
    if (d < 0) {
        dict_error(ld->set, ld->at, "bad date '%.*s' (YYYY-MM-DD)", (int)value.n, value.p);
        return 0;
    }
    *out = d;
    return 1;
}

static void add_code(dict_set *set, dict_str code, int32_t from, int32_t to)
{
    DYAD_GROW(set->codes, set->cap_codes, set->n_codes + 1);
    set->codes[set->n_codes++] = (dict_code){code, from, to};
}

/* "FIN:2023-04-04,SWE:2024-03-07,GBR::2020-01-31" into a temporary list. */
static int parse_members(loader *ld, tok v, dict_code **list, size_t *n, size_t *cap)
{
    while (v.n) {
        long comma = find_unescaped(v, ',');
        tok one = comma < 0 ? v : sub_tok(v, 0, (size_t)comma);
        v = comma < 0 ? (tok){v.p + v.n, 0} : sub_tok(v, (size_t)comma + 1, v.n);
        long c1 = find_unescaped(one, ':');
        tok code = c1 < 0 ? one : sub_tok(one, 0, (size_t)c1), from = {one.p + one.n, 0}, to = from;
        if (c1 >= 0) {
            tok rest = sub_tok(one, (size_t)c1 + 1, one.n);
            long c2 = find_unescaped(rest, ':');
            from = c2 < 0 ? rest : sub_tok(rest, 0, (size_t)c2);
            if (c2 >= 0) to = sub_tok(rest, (size_t)c2 + 1, rest.n);
        }
        dict_code m;
        if (!code.n) {
            dict_error(ld->set, ld->at, "member without a code in members=");
            return 0;
        }
        if (!intern_tok(ld, code, &m.code) || !date_attr(ld, from, &m.from) || !date_attr(ld, to, &m.to)) return 0;
        DYAD_GROW(*list, *cap, *n + 1);
        (*list)[(*n)++] = m;
    }
    return 1;
}

/* First attribute token at or after i, or n. */
static size_t first_attr(const tok *t, size_t i, size_t n)
{
    while (i < n && !is_attr(t[i])) i++;
    return i;
}

static void unknown_attr(loader *ld, tok key)
{
    dict_warning(ld->set, ld->at, "unknown attribute '%.*s=' ignored", (int)key.n, key.p);
}

/* actor CODE NAME | NAME ... [from= to=] [code=C from= to=]... [country=] [sector=] [members=] */
static int actor_line(loader *ld, const tok *t, size_t n)
{
    dict_set *set = ld->set;
    if (n < 3) {
        dict_error(set, ld->at, "actor needs a code ('-' for none) and a name");
        return 0;
    }
    size_t names_end = first_attr(t, 2, n);
    dict_actor a = {.at = ld->at};
    dict_code *codes = NULL, *members = NULL;
    size_t n_codes = 0, cap_codes = 0, n_members = 0, cap_members = 0;
    int ok = 1;
    if (!tok_is(t[1], "-")) {
        dict_code c = {0, 0, 0};
        if (is_attr(t[1]) || tok_is(t[1], "|")) {
            dict_error(set, ld->at, "actor's first field '%.*s' is not a code", (int)t[1].n, t[1].p);
            ok = 0;
        } else if (!intern_tok(ld, t[1], &c.code)) {
            ok = 0;
        }
        DYAD_GROW(codes, cap_codes, n_codes + 1);
        codes[n_codes++] = c;
    }
    if (ok && names_end == 2) dict_error(set, ld->at, "actor without a name"), ok = 0;
    if (ok) ok = add_phrases(ld, t + 2, names_end - 2, &a.names);
    for (size_t i = names_end; ok && i < n; i++) {
        long eq = find_unescaped(t[i], '=');
        if (eq <= 0) {
            dict_error(set, ld->at, "'%.*s' after the attributes (names come first)", (int)t[i].n, t[i].p);
            ok = 0;
            break;
        }
        tok key = sub_tok(t[i], 0, (size_t)eq), v = sub_tok(t[i], (size_t)eq + 1, t[i].n);
        if (tok_is(key, "from") || tok_is(key, "to")) {
            if (!n_codes) {
                dict_error(set, ld->at, "%.*s= without a code before it", (int)key.n, key.p);
                ok = 0;
            } else {
                ok = date_attr(ld, v, tok_is(key, "from") ? &codes[n_codes - 1].from : &codes[n_codes - 1].to);
            }
        } else if (tok_is(key, "code")) {
            dict_code c = {0, 0, 0};
            if (!v.n || !intern_tok(ld, v, &c.code) || !c.code) {
                dict_error(set, ld->at, "empty code=");
                ok = 0;
            }
            DYAD_GROW(codes, cap_codes, n_codes + 1);
            codes[n_codes++] = c;
        } else if (tok_is(key, "country")) {
            ok = intern_tok(ld, v, &a.country);
        } else if (tok_is(key, "sector")) {
            ok = intern_tok(ld, v, &a.sector);
        } else if (tok_is(key, "members")) {
            ok = parse_members(ld, v, &members, &n_members, &cap_members);
        } else {
            unknown_attr(ld, key);
        }
    }
    for (size_t i = 0; ok && i < n_codes; i++)
        if (codes[i].from && codes[i].to && codes[i].from > codes[i].to)
            dict_warning(set, ld->at, "code %s ends before it starts", dict_string(set, codes[i].code));
    if (ok) {
        a.codes = (dict_span){(uint32_t)set->n_codes, (uint32_t)n_codes};
        for (size_t i = 0; i < n_codes; i++) add_code(set, codes[i].code, codes[i].from, codes[i].to);
        a.members = (dict_span){(uint32_t)set->n_codes, (uint32_t)n_members};
        for (size_t i = 0; i < n_members; i++) add_code(set, members[i].code, members[i].from, members[i].to);
        DYAD_GROW(set->actors, set->cap_actors, set->n_actors + 1);
        set->actors[set->n_actors++] = a;
    }
    free(codes);
    free(members);
    return ok;
}

static int no_attrs(loader *ld, const tok *t, size_t from, size_t n)
{
    size_t i = first_attr(t, from, n);
    if (i < n) {
        dict_error(ld->set, ld->at, "unexpected attribute '%.*s' (escape '=' in a word as '\\=')", (int)t[i].n,
                   t[i].p);
        return 0;
    }
    return 1;
}

/* agent ~CODE NAME | NAME ...   or   agent CODE~ NAME | ... */
static int agent_line(loader *ld, const tok *t, size_t n)
{
    dict_set *set = ld->set;
    if (n < 3 || !no_attrs(ld, t, 1, n)) {
        if (n < 3) dict_error(set, ld->at, "agent needs ~CODE or CODE~ and a name");
        return 0;
    }
    tok c = t[1];
    int suffix = c.n > 1 && c.p[0] == '~', prefix = c.n > 1 && ends_unescaped(c, '~');
    if (suffix == prefix) {
        dict_error(set, ld->at, "agent code '%.*s' is neither ~CODE (suffix) nor CODE~ (prefix)", (int)c.n, c.p);
        return 0;
    }
    c = suffix ? sub_tok(c, 1, c.n) : sub_tok(c, 0, c.n - 1);
    dict_agent ag = {.position = suffix ? DICT_AGENT_SUFFIX : DICT_AGENT_PREFIX, .at = ld->at};
    if (!intern_tok(ld, c, &ag.code) || !add_phrases(ld, t + 2, n - 2, &ag.names)) return 0;
    DYAD_GROW(set->agents, set->cap_agents, set->n_agents + 1);
    set->agents[set->n_agents++] = ag;
    return 1;
}

/* synset NAME MEMBER | MEMBER ... */
static int synset_line(loader *ld, const tok *t, size_t n)
{
    dict_set *set = ld->set;
    if (n < 2 || !no_attrs(ld, t, 1, n)) {
        if (n < 2) dict_error(set, ld->at, "synset needs a name");
        return 0;
    }
    tok name = t[1];
    if (name.n > 1 && name.p[0] == '&') name = sub_tok(name, 1, name.n);
    dict_synset s = {.at = ld->at};
    if (tok_is(name, "|") || !intern_tok(ld, name, &s.name) || !add_phrases(ld, t + 2, n - 2, &s.members)) return 0;
    DYAD_GROW(set->synsets, set->cap_synsets, set->n_synsets + 1);
    set->synsets[set->n_synsets++] = s;
    return 1;
}

/* verb NAME CODE FORM | FORM ... [match=words], and the same for a noun
 * form of an event: noun NAME CODE FORM | FORM ... */
static int verb_line(loader *ld, const tok *t, size_t n)
{
    dict_set *set = ld->set;
    dict_verb v = {.at = ld->at};
    if (tok_is(t[0], "noun")) v.flags |= DICT_VERB_NOUN;
    size_t attrs = first_attr(t, 1, n);
    for (size_t i = attrs; i < n; i++) {
        long eq = find_unescaped(t[i], '=');
        tok key = sub_tok(t[i], 0, eq > 0 ? (size_t)eq : 0), val = sub_tok(t[i], eq > 0 ? (size_t)eq + 1 : 0, t[i].n);
        if (eq > 0 && tok_is(key, "match") && tok_is(val, "words")) v.flags |= DICT_VERB_WORDS;
        else if (eq > 0 && tok_is(key, "match") && tok_is(val, "parse")) v.flags &= ~(uint32_t)DICT_VERB_WORDS;
        else if (eq > 0) unknown_attr(ld, key);
        else {
            dict_error(set, ld->at, "'%.*s' after the attributes (forms come first)", (int)t[i].n, t[i].p);
            ld->verb = SIZE_MAX;
            return 0;
        }
    }
    n = attrs;
    if (n < 3) {
        dict_error(set, ld->at, "verb needs a name and a code ('---' for none)");
        ld->verb = SIZE_MAX;
        return 0;
    }
    if (tok_is(t[1], "|") || tok_is(t[2], "|") || !intern_tok(ld, t[1], &v.name) || !intern_tok(ld, t[2], &v.code) ||
        !add_phrases(ld, t + 3, n - 3, &v.forms)) {
        ld->verb = SIZE_MAX;
        return 0;
    }
    dict_split_code(set, &v.code, &v.reverse); /* "042:043" */
    v.patterns = (dict_span){(uint32_t)set->n_patterns, 0};
    DYAD_GROW(set->verbs, set->cap_verbs, set->n_verbs + 1);
    ld->verb = set->n_verbs;
    set->verbs[set->n_verbs++] = v;
    return 1;
}

static void add_element(dict_set *set, uint32_t kind, uint32_t flags, dict_str text)
{
    DYAD_GROW(set->elements, set->cap_elements, set->n_elements + 1);
    set->elements[set->n_elements++] = (dict_element){kind, flags, text};
}

/* pattern ID ELEMENT... code=C [reverse=R] [plover=TYPE/MODE] */
static int pattern_line(loader *ld, const tok *t, size_t n)
{
    dict_set *set = ld->set;
    if (ld->verb == SIZE_MAX) {
        dict_error(set, ld->at, "pattern without a verb line above it");
        return 0;
    }
    dict_verb *v = &set->verbs[ld->verb];
    if (v->patterns.first + v->patterns.count != set->n_patterns) {
        dict_error(set, ld->at, "pattern does not follow its verb");
        return 0;
    }
    if (n < 2 || is_attr(t[1])) {
        dict_error(set, ld->at, "pattern needs an id");
        return 0;
    }
    dict_pattern p = {.verb = (uint32_t)ld->verb, .at = ld->at};
    if (tok_is(t[1], "|") || !intern_tok(ld, t[1], &p.id)) return 0;
    size_t end = first_attr(t, 2, n);
    p.elements.first = (uint32_t)set->n_elements;
    static const char singles[] = "*$+^{}()";
    static const uint32_t kinds[] = {DICT_EL_VERB,    DICT_EL_SOURCE,   DICT_EL_TARGET,  DICT_EL_SKIP,
                                     DICT_EL_NP_OPEN, DICT_EL_NP_CLOSE, DICT_EL_PP_OPEN, DICT_EL_PP_CLOSE};
    size_t stars = 0;
    for (size_t i = 2; i < end; i++) {
        tok e = t[i];
        const char *one = e.n == 1 ? strchr(singles, e.p[0]) : NULL;
        if (one && e.p[0]) {
            uint32_t kind = kinds[one - singles];
            stars += kind == DICT_EL_VERB;
            add_element(set, kind, 0, dict_intern(set, e.p, 1));
        } else if (e.n == 1 && (e.p[0] == '%' || e.p[0] == '|' || e.p[0] == '~' || e.p[0] == '&')) {
            add_element(set, DICT_EL_MARK, 0, dict_intern(set, e.p, 1));
        } else if (e.n > 1 && e.p[0] == '!') {
            dict_str text;
            if (!intern_tok(ld, sub_tok(e, 1, e.n), &text)) return 0;
            add_element(set, DICT_EL_MARK, 0, text);
        } else {
            dict_str text;
            uint32_t flags;
            if (!parse_word(ld, e, &text, &flags)) return 0;
            add_element(set, flags & DICT_WORD_SYNSET ? DICT_EL_SYNSET : DICT_EL_WORD, flags, text);
        }
    }
    p.elements.count = (uint32_t)(set->n_elements - p.elements.first);
    if (end > 2) p.text = dict_intern(set, t[2].p, (size_t)(t[end - 1].p + t[end - 1].n - t[2].p));
    int have_code = 0;
    for (size_t i = end; i < n; i++) {
        long eq = find_unescaped(t[i], '=');
        if (eq <= 0) {
            dict_error(set, ld->at, "'%.*s' after the attributes (elements come first)", (int)t[i].n, t[i].p);
            return 0;
        }
        tok key = sub_tok(t[i], 0, (size_t)eq), val = sub_tok(t[i], (size_t)eq + 1, t[i].n);
        if (tok_is(key, "code")) {
            if (!intern_tok(ld, val, &p.code)) return 0;
            have_code = 1;
        } else if (tok_is(key, "reverse")) {
            if (!intern_tok(ld, val, &p.reverse)) return 0;
        } else if (tok_is(key, "plover")) {
            long slash = find_unescaped(val, '/');
            tok type = slash < 0 ? val : sub_tok(val, 0, (size_t)slash);
            if (type.n && !intern_tok(ld, type, &p.plover_type)) return 0;
            if (slash >= 0 && (size_t)slash + 1 < val.n &&
                !intern_tok(ld, sub_tok(val, (size_t)slash + 1, val.n), &p.plover_mode))
                return 0;
        } else {
            unknown_attr(ld, key);
        }
    }
    if (!have_code) p.code = dict_intern(set, "---", 3);
    if (stars != 1) dict_warning(set, ld->at, "pattern has %zu '*' (the verb) instead of one", stars);
    DYAD_GROW(set->patterns, set->cap_patterns, set->n_patterns + 1);
    set->patterns[set->n_patterns++] = p;
    set->verbs[ld->verb].patterns.count++;
    return 1;
}

/* discard sentence|story WORDS / issue CODE WORDS / time SHIFT WORDS */
static int phrase_line(loader *ld, const tok *t, size_t n, const char *kind)
{
    dict_set *set = ld->set;
    if (n < 3 || !no_attrs(ld, t, 1, n)) {
        if (n < 3) dict_error(set, ld->at, "%s needs a %s and words", kind, *kind == 'd' ? "scope" : "code");
        return 0;
    }
    if (*kind == 'd') {
        uint32_t scope;
        if (tok_is(t[1], "sentence")) scope = DICT_DISCARD_SENTENCE;
        else if (tok_is(t[1], "story")) scope = DICT_DISCARD_STORY;
        else {
            dict_error(set, ld->at, "discard scope '%.*s' is neither 'sentence' nor 'story'", (int)t[1].n, t[1].p);
            return 0;
        }
        dict_span words;
        if (!add_words(ld, t + 2, n - 2, &words)) return 0;
        DYAD_GROW(set->discards, set->cap_discards, set->n_discards + 1);
        set->discards[set->n_discards++] = (dict_discard){words, scope, ld->at};
        return 1;
    }
    dict_issue is = {.at = ld->at};
    if (tok_is(t[1], "|") || !intern_tok(ld, t[1], &is.code) || !add_words(ld, t + 2, n - 2, &is.phrase)) return 0;
    if (*kind == 'i') {
        DYAD_GROW(set->issues, set->cap_issues, set->n_issues + 1);
        set->issues[set->n_issues++] = is;
    } else {
        DYAD_GROW(set->times, set->cap_times, set->n_times + 1);
        set->times[set->n_times++] = is;
    }
    return 1;
}

/* option KEY VALUE: the value is the rest of the line, escapes decoded. */
static int option_line(loader *ld, const char *s, size_t len)
{
    dict_set *set = ld->set;
    size_t i = 0;
    while (i < len && is_blank(s[i])) i++;
    while (i < len && !is_blank(s[i])) i++; /* "option" */
    while (i < len && is_blank(s[i])) i++;
    size_t k0 = i;
    while (i < len && !is_blank(s[i])) i += s[i] == '\\' && i + 1 < len ? 2 : 1;
    if (i == k0 || s[k0] == '#') {
        dict_error(set, ld->at, "option needs a key");
        return 0;
    }
    dict_option o = {.at = ld->at};
    if (!intern_tok(ld, (tok){s + k0, i - k0}, &o.key)) return 0;
    while (i < len && is_blank(s[i])) i++;
    size_t v0 = i, v1 = i;
    for (size_t j = i; j < len; j++) {
        if (s[j] == '\\' && j + 1 < len) { j++, v1 = j + 1; continue; }
        if (s[j] == '#' && (j == v0 || is_blank(s[j - 1]))) break;
        if (!is_blank(s[j])) v1 = j + 1;
    }
    if (v1 > v0) {
        if (decode(s + v0, v1 - v0, &ld->tmp) != 0) {
            dict_error(set, ld->at, "NUL byte in option value");
            return 0;
        }
        o.value = dict_intern(set, ld->tmp.data, ld->tmp.len);
    }
    DYAD_GROW(set->options, set->cap_options, set->n_options + 1);
    set->options[set->n_options++] = o;
    return 1;
}

/* transform TEXT: a verb transformation in PETRARCH-2's syntax after the
 * '~' ("a (a b ATTACK) SAY = a b 015"); TEXT is the rest of the line after
 * the kind (from `from`), escapes decoded, as the model's text. */
static int transform_line(loader *ld, const char *from, const char *end)
{
    dict_set *set = ld->set;
    size_t len = (size_t)(end - from), i = 0;
    while (i < len && is_blank(from[i])) i++;
    size_t v0 = i, v1 = i;
    for (size_t j = i; j < len; j++) {
        if (from[j] == '\\' && j + 1 < len) { j++, v1 = j + 1; continue; }
        if (from[j] == '#' && (j == v0 || is_blank(from[j - 1]))) break;
        if (!is_blank(from[j])) v1 = j + 1;
    }
    if (decode(from + v0, v1 - v0, &ld->tmp) != 0) {
        dict_error(set, ld->at, "NUL byte in transform");
        return 0;
    }
    dict_transform t;
    const char *why = dict_parse_transform(set, dbuf_cstr(&ld->tmp), ld->tmp.len, &t);
    if (why) {
        dict_error(set, ld->at, "transform '%s': %s", ld->tmp.data, why);
        return 0;
    }
    t.at = ld->at;
    DYAD_GROW(set->transforms, set->cap_transforms, set->n_transforms + 1);
    set->transforms[set->n_transforms++] = t;
    return 1;
}

enum { MAX_TOKENS = 4096 };

static void load_line(loader *ld, const char *s, size_t len, tok *t)
{
    dict_set *set = ld->set;
    if (memchr(s, '\0', len)) {
        dict_error(set, ld->at, "NUL byte in line");
        return;
    }
    for (size_t i = 0; i < len;) {
        size_t k = utf8_valid_len((const unsigned char *)s + i, len - i);
        if (!k) {
            dict_warning(set, ld->at, "not valid UTF-8 (byte 0x%02X; write \\x%02X to mean it)", (unsigned char)s[i],
                         (unsigned char)s[i]);
            break;
        }
        i += k;
    }
    int more;
    size_t n = tokenize(s, len, t, MAX_TOKENS, &more);
    if (n == 0) return;
    if (more) {
        dict_error(set, ld->at, "line has more than %d words", MAX_TOKENS);
        return;
    }
    mark(ld);
    int ok;
    if (tok_is(t[0], "actor")) ok = actor_line(ld, t, n);
    else if (tok_is(t[0], "agent")) ok = agent_line(ld, t, n);
    else if (tok_is(t[0], "synset")) ok = synset_line(ld, t, n);
    else if (tok_is(t[0], "verb") || tok_is(t[0], "noun")) ok = verb_line(ld, t, n);
    else if (tok_is(t[0], "pattern")) ok = pattern_line(ld, t, n);
    else if (tok_is(t[0], "discard")) ok = phrase_line(ld, t, n, "discard");
    else if (tok_is(t[0], "issue")) ok = phrase_line(ld, t, n, "issue");
    else if (tok_is(t[0], "time")) ok = phrase_line(ld, t, n, "time");
    else if (tok_is(t[0], "option")) ok = option_line(ld, s, len);
    else if (tok_is(t[0], "transform")) ok = transform_line(ld, t[0].p + t[0].n, s + len);
    else {
        dict_error(set, ld->at, "unknown kind of entry '%.*s' (actor, agent, synset, verb, noun, pattern, transform, "
                   "discard, issue, time, option)", (int)(t[0].n > 40 ? 40 : t[0].n), t[0].p);
        ok = 0;
    }
    if (!ok) undo(ld);
}

size_t dict_load_dyad(dict_set *set, const char *name, const char *data, size_t len)
{
    size_t errors = set->errors;
    loader ld = {.set = set, .verb = SIZE_MAX};
    ld.at.file = dict_add_file(set, name ? name : "?");
    tok *t = malloc(MAX_TOKENS * sizeof *t);
    if (!t) abort();
    size_t i = 0;
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) i = 3; /* a byte-order mark */
    uint32_t line = 0;
    while (i < len) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        ld.at.line = ++line;
        load_line(&ld, data + i, end - i, t);
        i = end + 1;
    }
    free(t);
    dbuf_free(&ld.tmp);
    return set->errors - errors;
}

/* ---- writer -------------------------------------------------------------- */

enum {
    ESC_WORD = 1, /* a word of a name or pattern: '*' is the stem marker, '&' and '!' lead synsets and markers */
    ESC_CODE = 2, /* inside attribute values: ',' ':' '/' '~' separate */
};

/* Writes s as one token: bytes that would end it or change its meaning
 * are escaped, invalid UTF-8 as \xHH; "" is written "-". */
static void put_token(FILE *out, const char *s, int mode)
{
    size_t n = strlen(s);
    if (n == 0) {
        fputc('-', out);
        return;
    }
    if (n == 1 && strchr("-|$+^{}()%~&*!", s[0])) {
        fputc('\\', out);
        fputc(s[0], out);
        return;
    }
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = utf8_valid_len((const unsigned char *)s + i, n - i);
        if (!k || c < 0x21 || c == 0x7f) {
            fprintf(out, "\\x%02X", c);
            i++;
            continue;
        }
        if (k > 1) {
            fwrite(s + i, 1, k, out);
            i += k;
            continue;
        }
        int esc = c == '\\' || c == '#' || c == '|' || c == '=' || c == '*' || (i == 0 && (c == '&' || c == '!' || c == '~')) ||
                  (i == n - 1 && (c == '~' || ((mode & ESC_WORD) && c == '_'))) ||
                  ((mode & ESC_CODE) && (c == ',' || c == ':' || c == '/'));
        if (esc) fputc('\\', out);
        fputc((char)c, out);
        i++;
    }
}

static void put_word(FILE *out, const dict_set *set, dict_str text, uint32_t flags)
{
    if (flags & DICT_WORD_SYNSET) fputc('&', out);
    put_token(out, dict_string(set, text), ESC_WORD);
    if (!(flags & DICT_WORD_EXACT)) fputc('*', out);
    if (flags & DICT_WORD_JOINED) fputc('_', out);
}

static void put_words(FILE *out, const dict_set *set, dict_span words)
{
    if (!words.count) {
        fputc('-', out);
        return;
    }
    for (uint32_t i = 0; i < words.count; i++) {
        const dict_word *w = &set->words[words.first + i];
        if (i) fputc(' ', out);
        put_word(out, set, w->text, w->flags);
    }
}

static void put_phrases(FILE *out, const dict_set *set, dict_span phrases)
{
    for (uint32_t i = 0; i < phrases.count; i++) {
        fputs(i ? " | " : "  ", out);
        put_words(out, set, set->phrases[phrases.first + i].words);
    }
}

static void put_date(FILE *out, const char *key, int32_t d)
{
    if (d) fprintf(out, "%s%04d-%02d-%02d", key, (int)(d / 10000), (int)(d / 100 % 100), (int)(d % 100));
}

static void put_option_value(FILE *out, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = utf8_valid_len((const unsigned char *)s + i, n - i);
        if (!k || c < 0x20 || c == 0x7f || (c == ' ' && (i == 0 || i == n - 1))) {
            fprintf(out, "\\x%02X", c);
            i++;
            continue;
        }
        if (c == '\\' || c == '#') fputc('\\', out);
        fwrite(s + i, 1, k, out);
        i += k;
    }
}

static void write_pattern(FILE *out, const dict_set *set, const dict_pattern *p)
{
    fputs("pattern  ", out);
    put_token(out, dict_string(set, p->id), 0);
    fputs("  ", out);
    for (uint32_t e = 0; e < p->elements.count; e++) {
        const dict_element *el = &set->elements[p->elements.first + e];
        const char *text = dict_string(set, el->text);
        if (e) fputc(' ', out);
        switch (el->kind) {
        case DICT_EL_VERB: fputc('*', out); break;
        case DICT_EL_SOURCE: fputc('$', out); break;
        case DICT_EL_TARGET: fputc('+', out); break;
        case DICT_EL_SKIP: fputc('^', out); break;
        case DICT_EL_NP_OPEN: fputc('{', out); break;
        case DICT_EL_NP_CLOSE: fputc('}', out); break;
        case DICT_EL_PP_OPEN: fputc('(', out); break;
        case DICT_EL_PP_CLOSE: fputc(')', out); break;
        case DICT_EL_SYNSET: put_word(out, set, el->text, el->flags | DICT_WORD_SYNSET); break;
        case DICT_EL_WORD: put_word(out, set, el->text, el->flags & ~(uint32_t)DICT_WORD_SYNSET); break;
        default:
            if (strlen(text) == 1 && strchr("%|~&", text[0])) fputc(text[0], out);
            else fputc('!', out), put_token(out, text, ESC_WORD);
            break;
        }
    }
    fputs("  code=", out);
    put_token(out, dict_string(set, p->code), ESC_CODE);
    if (p->reverse) fputs(" reverse=", out), put_token(out, dict_string(set, p->reverse), ESC_CODE);
    if (p->plover_type || p->plover_mode) {
        fputs(" plover=", out);
        if (p->plover_type) put_token(out, dict_string(set, p->plover_type), ESC_CODE);
        if (p->plover_mode) fputc('/', out), put_token(out, dict_string(set, p->plover_mode), ESC_CODE);
    }
    fputc('\n', out);
}

int dict_write_dyad(const dict_set *set, FILE *out)
{
    fputs("# dyad dictionary format 1 (docs/dictionaries.md)\n", out);
    if (set->n_options) fputs("\n# options\n", out);
    for (size_t i = 0; i < set->n_options; i++) {
        fputs("option   ", out);
        put_token(out, dict_string(set, set->options[i].key), 0);
        if (set->options[i].value) fputc(' ', out), put_option_value(out, dict_string(set, set->options[i].value));
        fputc('\n', out);
    }
    if (set->n_actors) fputs("\n# actors\n", out);
    for (size_t i = 0; i < set->n_actors; i++) {
        const dict_actor *a = &set->actors[i];
        fputs("actor    ", out);
        for (uint32_t c = 0; c < a->codes.count || c == 0; c++) {
            const dict_code *code = a->codes.count ? &set->codes[a->codes.first + c] : NULL;
            if (!code) {
                fputc('-', out);
                put_phrases(out, set, a->names);
                break;
            }
            if (c) fputs(" code=", out);
            put_token(out, dict_string(set, code->code), ESC_CODE);
            if (!c) put_phrases(out, set, a->names), fputs(code->from || code->to ? "  " : "", out);
            put_date(out, c ? " from=" : "from=", code->from);
            put_date(out, code->from || c ? " to=" : "to=", code->to);
        }
        if (a->country) fputs("  country=", out), put_token(out, dict_string(set, a->country), ESC_CODE);
        if (a->sector) fputs("  sector=", out), put_token(out, dict_string(set, a->sector), ESC_CODE);
        for (uint32_t m = 0; m < a->members.count; m++) {
            const dict_code *code = &set->codes[a->members.first + m];
            fputs(m ? "," : "  members=", out);
            put_token(out, dict_string(set, code->code), ESC_CODE);
            if (code->from || code->to) fputc(':', out), put_date(out, "", code->from);
            if (code->to) fputc(':', out), put_date(out, "", code->to);
        }
        fputc('\n', out);
    }
    if (set->n_agents) fputs("\n# agents\n", out);
    for (size_t i = 0; i < set->n_agents; i++) {
        const dict_agent *ag = &set->agents[i];
        fputs("agent    ", out);
        if (ag->position != DICT_AGENT_PREFIX) fputc('~', out);
        put_token(out, dict_string(set, ag->code), ESC_CODE);
        if (ag->position == DICT_AGENT_PREFIX) fputc('~', out);
        put_phrases(out, set, ag->names);
        fputc('\n', out);
    }
    if (set->n_synsets) fputs("\n# synsets\n", out);
    for (size_t i = 0; i < set->n_synsets; i++) {
        fputs("synset   ", out);
        put_token(out, dict_string(set, set->synsets[i].name), 0);
        put_phrases(out, set, set->synsets[i].members);
        fputc('\n', out);
    }
    if (set->n_verbs) fputs("\n# verbs, each followed by its patterns\n", out);
    for (size_t i = 0; i < set->n_verbs; i++) {
        const dict_verb *v = &set->verbs[i];
        fputs(v->flags & DICT_VERB_NOUN ? "noun     " : "verb     ", out);
        put_token(out, dict_string(set, v->name), 0);
        fputc(' ', out);
        put_token(out, dict_string(set, v->code), 0);
        if (v->reverse) fputc(':', out), put_token(out, dict_string(set, v->reverse), 0);
        put_phrases(out, set, v->forms);
        if (v->flags & DICT_VERB_WORDS) fputs("  match=words", out);
        fputc('\n', out);
        for (uint32_t p = 0; p < v->patterns.count; p++) write_pattern(out, set, &set->patterns[v->patterns.first + p]);
    }
    if (set->n_transforms) fputs("\n# verb transformations\n", out);
    dbuf text = {0};
    for (size_t i = 0; i < set->n_transforms; i++) {
        const dict_transform *t = &set->transforms[i];
        dbuf_clear(&text);
        if (t->text) dbuf_puts(&text, dict_string(set, t->text));
        else dict_transform_format(set, t, &text);
        fputs("transform  ", out);
        put_option_value(out, dbuf_cstr(&text)); /* the rest of the line, as the loader reads it */
        fputc('\n', out);
    }
    dbuf_free(&text);
    if (set->n_discards) fputs("\n# discards\n", out);
    for (size_t i = 0; i < set->n_discards; i++) {
        fputs(set->discards[i].scope == DICT_DISCARD_STORY ? "discard  story     " : "discard  sentence  ", out);
        put_words(out, set, set->discards[i].phrase);
        fputc('\n', out);
    }
    for (int k = 0; k < 2; k++) {
        const dict_issue *list = k ? set->times : set->issues;
        size_t n = k ? set->n_times : set->n_issues;
        if (n) fputs(k ? "\n# time shifts\n" : "\n# issues\n", out);
        for (size_t i = 0; i < n; i++) {
            fputs(k ? "time     " : "issue    ", out);
            put_token(out, dict_string(set, list[i].code), 0);
            fputs("  ", out);
            put_words(out, set, list[i].phrase);
            fputc('\n', out);
        }
    }
    if (fflush(out) != 0 || ferror(out)) return -1;
    return 0;
}
