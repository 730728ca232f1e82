/* dict_petrarch2.c - reads PETRARCH-2 (and PETRARCH-1) dictionaries held in
 * memory into a dict_set (see dict.h): CAMEO verb files with synsets, verb
 * blocks, forms, patterns and verb transformations ("~" lines); Phoenix
 * actor files with synonyms and dated codes; agent files with !MACRO!
 * substitution; discard and issue lists.
 *
 * The loader follows what PETRARCH's own reader accepted (comments with '#'
 * anywhere, lines starting with "<!", "<!-- -->" spans, stray spaces and
 * tabs) so that the published dictionaries load unchanged; bad lines are
 * reported with file:line and skipped. Nothing here depends on a line or an
 * entry count limit, and every byte sequence is handled without reading
 * outside [data, data+len). */
#include "dict.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- small text helpers ------------------------------------------------- */

typedef struct {
    const char *p;
    size_t n;
} span_t;

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

static span_t trim(span_t s)
{
    while (s.n && is_blank(s.p[0])) s.p++, s.n--;
    while (s.n && is_blank(s.p[s.n - 1])) s.n--;
    return s;
}

static const char *find_char(span_t s, char c) { return s.n ? memchr(s.p, c, s.n) : NULL; }

static const char *find_str(span_t s, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= s.n; i++)
        if (memcmp(s.p + i, needle, k) == 0) return s.p + i;
    return NULL;
}

static int starts(span_t s, const char *prefix)
{
    size_t k = strlen(prefix);
    return s.n >= k && memcmp(s.p, prefix, k) == 0;
}

static span_t sub(const char *from, const char *to) { return (span_t){from, (size_t)(to - from)}; }

static int valid_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        size_t k;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) k = 1;
        else if (c >= 0xE0 && c <= 0xEF) k = 2;
        else if (c >= 0xF0 && c <= 0xF4) k = 3;
        else return 0;
        if (n - i <= k) return 0;
        for (size_t j = 1; j <= k; j++)
            if ((p[i + j] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && p[i + 1] < 0xA0) return 0;
        if (c == 0xED && p[i + 1] > 0x9F) return 0;
        if (c == 0xF0 && p[i + 1] < 0x90) return 0;
        if (c == 0xF4 && p[i + 1] > 0x8F) return 0;
        i += k + 1;
    }
    return 1;
}

/* ---- the line reader: comments as PETRARCH's read_FIN_line treats them -- */

typedef struct {
    dict_set *set;
    const char *data;
    size_t len, pos;
    uint32_t file, line, next_line;
    int verbs;   /* ';' also starts a (TABARI-style) comment */
    dbuf joined; /* a line with an inline "<!-- -->" removed */
} reader;

static dict_where here(const reader *r) { return (dict_where){r->file, r->line}; }

/* One raw physical line (without '\n'); 0 at the end. */
static int raw_line(reader *r, span_t *out)
{
    if (r->pos >= r->len) return 0;
    const char *start = r->data + r->pos;
    const char *nl = memchr(start, '\n', r->len - r->pos);
    size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
    r->pos += n + (nl ? 1 : 0);
    r->line = ++r->next_line;
    *out = (span_t){start, n};
    return 1;
}

/* The next line with content, comments removed and trimmed; 0 at the end. */

/* Skips lines up to the one holding "-->" (a comment over several lines). */
static void skip_comment_lines(reader *r)
{
    uint32_t opened = r->line;
    span_t c;
    while (raw_line(r, &c))
        if (find_str(c, "-->")) return;
    dict_warning(r->set, (dict_where){r->file, opened}, "comment \"<!--\" never closed");
}

static int next_line(reader *r, span_t *out)
{
    span_t s;
    while (raw_line(r, &s)) {
        if (!valid_utf8(s.p, s.n)) dict_warning(r->set, here(r), "invalid UTF-8 (kept as bytes)");
        if (s.n && s.p[0] == '#') continue;
        if (starts(s, "<!")) {
            /* a comment line; "<!--" without "-->" goes on to the line that closes it */
            if (starts(s, "<!--") && !find_str(sub(s.p + 4, s.p + s.n), "-->")) {
                skip_comment_lines(r);
            }
            continue;
        }
        const char *hash = find_char(s, '#');
        if (hash) s.n = (size_t)(hash - s.p);
        const char *open = find_str(s, "<!--");
        if (open) {
            span_t rest = sub(open + 4, s.p + s.n);
            const char *close = find_str(rest, "-->");
            if (close) {
                /* drop the comment; keep both sides, joined by a space */
                size_t before = (size_t)(open - s.p);
                const char *after = close + 3;
                size_t after_n = (size_t)(s.p + s.n - after);
                dbuf_clear(&r->joined);
                dbuf_append(&r->joined, s.p, before);
                dbuf_putc(&r->joined, ' ');
                dbuf_append(&r->joined, after, after_n);
                s = (span_t){r->joined.data, r->joined.len};
            } else {
                /* a comment over several lines: skip to the line holding "-->";
                 * the rest of that line is dropped, as PETRARCH does */
                skip_comment_lines(r);
                s.n = (size_t)(open - s.p);
            }
        }
        if (r->verbs) {
            const char *semi = find_char(s, ';');
            if (semi) {
                dict_warning(r->set, here(r), "';' comment (TABARI style) ignored");
                s.n = (size_t)(semi - s.p);
            }
        }
        s = trim(s);
        if (s.n == 0) continue;
        *out = s;
        return 1;
    }
    return 0;
}

/* ---- actors ------------------------------------------------------------- */

/* A date as PETRARCH reads it: more than 7 characters are YYYYMMDD (only
 * the first 8 count), fewer are YYMMDD (only the first 6 count). */
static int32_t actor_date(reader *r, span_t d)
{
    size_t use = d.n > 7 ? 8 : 6;
    if (d.n < use) return -1;
    if (d.n != use) dict_warning(r->set, here(r), "date \"%.*s\" read as \"%.*s\"", (int)d.n, d.p, (int)use, d.p);
    return dict_parse_date(d.p, use);
}

/* Parses the inside of "[CODE]", "[CODE a-b]", "[CODE >a]", "[CODE <a]". */
static int parse_code(reader *r, span_t in, dict_code *out)
{
    in = trim(in);
    size_t i = 0;
    while (i < in.n && !is_blank(in.p[i])) i++;
    if (i == 0) {
        dict_error(r->set, here(r), "empty code \"[]\"");
        return 0;
    }
    out->code = dict_intern(r->set, in.p, i);
    out->from = out->to = 0;
    span_t d = trim(sub(in.p + i, in.p + in.n));
    if (d.n == 0) return 1;
    char rel = 0;
    if (d.p[0] == '<' || d.p[0] == '>') rel = d.p[0], d = trim(sub(d.p + 1, d.p + d.n));
    const char *dash = find_char(d, '-');
    if (rel && dash) {
        dict_error(r->set, here(r), "date restriction mixes '%c' and a range", rel);
        return 0;
    }
    if (dash) {
        span_t a = trim(sub(d.p, dash)), b = trim(sub(dash + 1, d.p + d.n));
        int32_t from = actor_date(r, a), to = actor_date(r, b);
        if (from < 0 || to < 0) {
            dict_error(r->set, here(r), "bad date range \"%.*s\"", (int)d.n, d.p);
            return 0;
        }
        if (from > to) dict_warning(r->set, here(r), "date range ends before it starts");
        out->from = from, out->to = to;
        return 1;
    }
    int32_t date = actor_date(r, d);
    if (date < 0) {
        dict_error(r->set, here(r), "bad date \"%.*s\"", (int)d.n, d.p);
        return 0;
    }
    if (rel == '<') out->to = dict_day_before(date);
    else if (rel == '>') out->from = date;
    else {
        dict_warning(r->set, here(r), "date without '<', '>' or a range: read as that day only");
        out->from = out->to = date;
    }
    return 1;
}

/* Adds every "[...]" group in s as a code of the current actor. */
static void add_codes(reader *r, dict_actor *a, span_t s)
{
    dict_set *set = r->set;
    while (s.n) {
        s = trim(s);
        if (!s.n) break;
        if (s.p[0] != '[') {
            dict_warning(set, here(r), "text \"%.*s\" after the codes ignored", (int)s.n, s.p);
            break;
        }
        const char *close = find_char(s, ']');
        if (!close) {
            dict_error(set, here(r), "code without ']'");
            break;
        }
        dict_code c;
        if (parse_code(r, sub(s.p + 1, close), &c)) {
            DYAD_GROW(set->codes, set->cap_codes, set->n_codes + 1);
            set->codes[set->n_codes++] = c;
            a->codes.count++;
        }
        s = sub(close + 1, s.p + s.n);
    }
}

/* PETRARCH-2 matches the words of actor and agent names whole (a plural
 * aside), unlike TABARI, where a word without '_' is a stem: "THE_KU" does
 * not name "the Kuwait". */
static void whole_word_phrase(dict_set *set, const char *text, size_t n)
{
    uint32_t p = dict_add_phrase(set, text, n);
    dict_span w = set->phrases[p].words;
    for (uint32_t k = 0; k < w.count; k++) set->words[w.first + k].flags |= DICT_WORD_EXACT;
}

static void load_actors(reader *r)
{
    dict_set *set = r->set;
    span_t s;
    size_t cur = SIZE_MAX;
    while (next_line(r, &s)) {
        if (s.p[0] == '[' || s.p[0] == '+') {
            if (cur == SIZE_MAX) {
                dict_error(set, here(r), "%s before any actor", s.p[0] == '[' ? "code" : "synonym");
                continue;
            }
            dict_actor *a = &set->actors[cur];
            if (s.p[0] == '[') {
                if (set->n_codes != a->codes.first + a->codes.count) {
                    dict_error(set, here(r), "internal: codes out of order");
                    continue;
                }
                add_codes(r, a, s);
                continue;
            }
            span_t name = trim(sub(s.p + 1, s.p + s.n));
            const char *br = find_char(name, '[');
            if (br) {
                dict_warning(set, here(r), "code on a synonym line: added to the actor");
                add_codes(r, a, sub(br, name.p + name.n));
                name = trim(sub(name.p, br));
            }
            if (!name.n) {
                dict_error(set, here(r), "empty synonym");
                continue;
            }
            whole_word_phrase(set, name.p, name.n);
            a->names.count++;
            continue;
        }
        const char *br = find_char(s, '[');
        span_t name = trim(br ? sub(s.p, br) : s);
        if (!name.n) {
            dict_error(set, here(r), "actor line without a name");
            continue;
        }
        DYAD_GROW(set->actors, set->cap_actors, set->n_actors + 1);
        cur = set->n_actors++;
        dict_actor *a = &set->actors[cur];
        *a = (dict_actor){.names = {(uint32_t)set->n_phrases, 0}, .codes = {(uint32_t)set->n_codes, 0}, .at = here(r)};
        whole_word_phrase(set, name.p, name.n);
        a->names.count = 1;
        if (br) add_codes(r, a, sub(br, s.p + s.n));
    }
}

/* ---- agents ------------------------------------------------------------- */

typedef struct {
    char *name;       /* marker without the '!' */
    char **items;
    size_t n_items;
} macro_t;

typedef struct {
    macro_t *v;
    size_t n, cap;
} macros_t;

static void macros_free(macros_t *m)
{
    for (size_t i = 0; i < m->n; i++) {
        for (size_t j = 0; j < m->v[i].n_items; j++) free(m->v[i].items[j]);
        free(m->v[i].items);
        free(m->v[i].name);
    }
    free(m->v);
}

static char *xstrndup(const char *s, size_t n)
{
    char *d = dyad_xmalloc(n + 1);
    if (n) memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static void define_macro(reader *r, macros_t *m, span_t s)
{
    const char *b1 = find_char(s, '!');
    const char *b2 = b1 ? find_char(sub(b1 + 1, s.p + s.n), '!') : NULL;
    const char *eq = b2 ? find_char(sub(b2, s.p + s.n), '=') : NULL;
    if (!b1 || !b2 || !eq || b2 == b1 + 1) {
        dict_error(r->set, here(r), "substitution marker incorrectly defined");
        return;
    }
    macro_t *mac = NULL;
    for (size_t i = 0; i < m->n; i++)
        if (strlen(m->v[i].name) == (size_t)(b2 - b1 - 1) && memcmp(m->v[i].name, b1 + 1, (size_t)(b2 - b1 - 1)) == 0) {
            mac = &m->v[i];
            dict_warning(r->set, here(r), "substitution marker !%s! redefined", mac->name);
            for (size_t j = 0; j < mac->n_items; j++) free(mac->items[j]);
            mac->n_items = 0;
        }
    if (!mac) {
        DYAD_GROW(m->v, m->cap, m->n + 1);
        mac = &m->v[m->n++];
        *mac = (macro_t){xstrndup(b1 + 1, (size_t)(b2 - b1 - 1)), NULL, 0};
    }
    span_t list = sub(eq + 1, s.p + s.n);
    size_t cap = 0;
    while (1) {
        const char *comma = find_char(list, ',');
        span_t item = trim(comma ? sub(list.p, comma) : list);
        size_t cap_items = cap;
        DYAD_GROW(mac->items, cap_items, mac->n_items + 1);
        cap = cap_items;
        mac->items[mac->n_items++] = xstrndup(item.p, item.n);
        if (!comma) break;
        list = sub(comma + 1, list.p + list.n);
    }
}

static void add_agent_name(dict_set *set, dict_agent *ag, const char *p, size_t n)
{
    span_t t = trim((span_t){p, n});
    if (!t.n) return;
    whole_word_phrase(set, t.p, t.n);
    ag->names.count++;
}

static void load_agents(reader *r)
{
    dict_set *set = r->set;
    macros_t macros = {0};
    dbuf tmp = {0};
    span_t s;
    while (next_line(r, &s)) {
        const char *br = find_char(s, '[');
        if (find_char(s, '!') && find_char(s, '=') && !br) {
            define_macro(r, &macros, s);
            continue;
        }
        if (!br) {
            dict_warning(set, here(r), "agent without a [code]: line skipped");
            continue;
        }
        span_t name = trim(sub(s.p, br));
        span_t rest = sub(br + 1, s.p + s.n);
        const char *close = find_char(rest, ']');
        if (!close) {
            const char *brace = find_char(rest, '}');
            dict_warning(set, here(r), "agent code without ']'");
            close = brace ? brace : rest.p + rest.n;
        } else {
            span_t after = trim(sub(close + 1, rest.p + rest.n));
            if (after.n) dict_warning(set, here(r), "text after the agent code ignored");
        }
        span_t code = trim(sub(rest.p, close));
        uint32_t pos = DICT_AGENT_SUFFIX;
        if (code.n && code.p[0] == '~') code.p++, code.n--;
        else if (code.n && code.p[code.n - 1] == '~') code.n--, pos = DICT_AGENT_PREFIX;
        else dict_warning(set, here(r), "agent code without '~': read as \"[~CODE]\"");
        code = trim(code);
        if (!code.n || !name.n) {
            dict_error(set, here(r), "agent without %s", name.n ? "a code" : "a name");
            continue;
        }
        /* plural in {...} */
        span_t plural = {NULL, 0};
        int has_plural = 0;
        const char *ob = find_char(name, '{');
        if (ob) {
            const char *cb = find_char(sub(ob, name.p + name.n), '}');
            if (!cb) {
                dict_error(set, here(r), "missing '}'");
                continue;
            }
            plural = trim(sub(ob + 1, cb));
            has_plural = 1;
            name = trim(sub(name.p, ob));
        }
        DYAD_GROW(set->agents, set->cap_agents, set->n_agents + 1);
        dict_agent *ag = &set->agents[set->n_agents];
        *ag = (dict_agent){{(uint32_t)set->n_phrases, 0}, dict_intern(set, code.p, code.n), pos, here(r)};
        const char *m1 = find_char(name, '!');
        if (m1) {
            const char *m2 = find_char(sub(m1 + 1, name.p + name.n), '!');
            macro_t *mac = NULL;
            if (m2)
                for (size_t i = 0; i < macros.n; i++)
                    if (strlen(macros.v[i].name) == (size_t)(m2 - m1 - 1) &&
                        memcmp(macros.v[i].name, m1 + 1, (size_t)(m2 - m1 - 1)) == 0)
                        mac = &macros.v[i];
            if (!m2) {
                dict_error(set, here(r), "substitution marker syntax incorrect");
                continue;
            }
            if (!mac) {
                dict_error(set, here(r), "substitution marker !%.*s! not defined", (int)(m2 - m1 - 1), m1 + 1);
                continue;
            }
            if (find_char(sub(m2 + 1, name.p + name.n), '!'))
                dict_warning(set, here(r), "only the first substitution marker is expanded");
            for (size_t i = 0; i < mac->n_items; i++) {
                dbuf_clear(&tmp);
                dbuf_append(&tmp, name.p, (size_t)(m1 - name.p));
                dbuf_puts(&tmp, mac->items[i]);
                dbuf_append(&tmp, m2 + 1, (size_t)(name.p + name.n - m2 - 1));
                add_agent_name(set, ag, tmp.data, tmp.len);
            }
            if (has_plural) dict_warning(set, here(r), "plural ignored on a line with a substitution marker");
        } else {
            add_agent_name(set, ag, name.p, name.n);
            if (has_plural && plural.n) add_agent_name(set, ag, plural.p, plural.n);
        }
        if (ag->names.count == 0) {
            dict_error(set, here(r), "agent without a name");
            continue;
        }
        set->n_agents++;
    }
    dbuf_free(&tmp);
    macros_free(&macros);
}

/* ---- discards ----------------------------------------------------------- */

static void load_discards(reader *r)
{
    dict_set *set = r->set;
    span_t s;
    while (next_line(r, &s)) {
        uint32_t scope = DICT_DISCARD_SENTENCE;
        if (s.p[0] == '+') scope = DICT_DISCARD_STORY, s = trim(sub(s.p + 1, s.p + s.n));
        if (!s.n) {
            dict_error(set, here(r), "empty discard");
            continue;
        }
        DYAD_GROW(set->discards, set->cap_discards, set->n_discards + 1);
        dict_span words = dict_add_words(set, s.p, s.n);
        set->discards[set->n_discards++] = (dict_discard){words, scope, here(r)};
    }
}

/* ---- issues ------------------------------------------------------------- */

/* Expands "+" (space and '-'), "N:" (noun plural) and "V:" (regular verb
 * forms) as PETRARCH does, depth-first, adding one issue per result. */
static void issue_expand(dict_set *set, dbuf *scratch, const char *s, size_t n, dict_str code, dict_where at)
{
    for (size_t i = 0; i < n; i++) {
        int plus = s[i] == '+';
        int noun = !plus && i + 1 < n && s[i] == 'N' && s[i + 1] == ':';
        int verb = !plus && i + 1 < n && s[i] == 'V' && s[i + 1] == ':';
        if (!plus && !noun && !verb) continue;
        size_t rest_at = plus ? i + 1 : i + 2;
        size_t wend = rest_at;
        while (wend < n && s[wend] != ' ') wend++;
        const char *w = s + rest_at;
        size_t wn = wend - rest_at;
        const char *suffix[4]; /* added after dropping drop[] chars */
        size_t nv = 0;
        size_t drop[4] = {0};
        if (plus) {
            char *a = dyad_xmalloc(n + 1), *b = dyad_xmalloc(n + 1);
            memcpy(a, s, n), memcpy(b, s, n);
            a[i] = ' ', b[i] = '-';
            issue_expand(set, scratch, a, n, code, at);
            issue_expand(set, scratch, b, n, code, at);
            free(a), free(b);
            return;
        }
        if (noun) {
            suffix[nv] = "";
            drop[nv++] = 0;
            if (wn && w[wn - 1] == 'Y') suffix[nv] = "IES", drop[nv++] = 1;
            else suffix[nv] = "S", drop[nv++] = 0;
        } else {
            suffix[nv] = "", drop[nv++] = 0;
            suffix[nv] = "S", drop[nv++] = 0;
            if (wn && w[wn - 1] == 'E') {
                suffix[nv] = "D", drop[nv++] = 0;
                suffix[nv] = "ING", drop[nv++] = 1;
            } else {
                suffix[nv] = "ED", drop[nv++] = 0;
                suffix[nv] = "ING", drop[nv++] = 0;
            }
        }
        for (size_t v = 0; v < nv; v++) {
            size_t keep = wn >= drop[v] ? wn - drop[v] : 0;
            size_t suf = strlen(suffix[v]);
            size_t m = i + keep + suf + (n - wend);
            char *t = dyad_xmalloc(m + 1);
            memcpy(t, s, i);
            memcpy(t + i, w, keep);
            memcpy(t + i + keep, suffix[v], suf);
            memcpy(t + i + keep + suf, s + wend, n - wend);
            issue_expand(set, scratch, t, m, code, at);
            free(t);
        }
        return;
    }
    DYAD_GROW(set->issues, set->cap_issues, set->n_issues + 1);
    dict_span words = dict_add_words(set, s, n);
    set->issues[set->n_issues++] = (dict_issue){words, code, at};
    (void)scratch;
}

/* A line whose markers would expand to more phrases than this (each '+'
 * or N: doubles them, each V: quadruples them) is refused as absurd. */
#define ISSUE_MAX_EXPANSION 4096

static void load_issues(reader *r)
{
    dict_set *set = r->set;
    dbuf up = {0}, scratch = {0};
    span_t s;
    while (next_line(r, &s)) {
        dict_str code;
        span_t target;
        if (s.p[0] == '~') {
            int two = s.n > 1 && s.p[1] == '~';
            code = dict_intern(set, two ? "~~" : "~", two ? 2 : 1);
            target = trim(sub(s.p + (two ? 2 : 1), s.p + s.n));
        } else {
            const char *br = find_char(s, '[');
            if (!br) {
                if (s.p[0] != '<') dict_warning(set, here(r), "line without an issue [code] ignored");
                continue;
            }
            const char *close = find_char(sub(br, s.p + s.n), ']');
            if (!close) {
                dict_error(set, here(r), "issue code without ']'");
                continue;
            }
            span_t c = trim(sub(br + 1, close));
            if (!c.n) {
                dict_error(set, here(r), "empty issue code");
                continue;
            }
            code = dict_intern(set, c.p, c.n);
            target = trim(sub(s.p, br));
        }
        if (!target.n) {
            dict_error(set, here(r), "issue without a phrase");
            continue;
        }
        dbuf_clear(&up);
        for (size_t i = 0; i < target.n; i++) dbuf_putc(&up, (char)toupper((unsigned char)target.p[i]));
        size_t expansion = 1;
        for (size_t i = 0; i < up.len && expansion <= ISSUE_MAX_EXPANSION; i++) {
            if (up.data[i] == '+') expansion *= 2;
            else if (i + 1 < up.len && up.data[i] == 'N' && up.data[i + 1] == ':') expansion *= 2;
            else if (i + 1 < up.len && up.data[i] == 'V' && up.data[i + 1] == ':') expansion *= 4;
        }
        if (expansion > ISSUE_MAX_EXPANSION) {
            dict_error(set, here(r), "issue phrase would expand to more than %d phrases", ISSUE_MAX_EXPANSION);
            continue;
        }
        issue_expand(set, &scratch, up.data, up.len, code, here(r));
    }
    dbuf_free(&up);
    dbuf_free(&scratch);
}

/* ---- verbs -------------------------------------------------------------- */

/* Pattern numbers per block name, so that ids stay unique when a block
 * name occurs twice. */
typedef struct {
    dict_str name;
    uint32_t count;
} name_count;

typedef struct {
    name_count *slots;
    size_t cap, n;
} name_table;

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static uint32_t *name_counter(dict_set *set, name_table *t, dict_str name)
{
    if (2 * (t->n + 1) > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        name_count *slots = calloc(cap, sizeof *slots);
        if (!slots) abort();
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->slots[i].name) continue;
            size_t j = hash_str(dict_string(set, t->slots[i].name)) & (cap - 1);
            while (slots[j].name) j = (j + 1) & (cap - 1);
            slots[j] = t->slots[i];
        }
        free(t->slots);
        t->slots = slots, t->cap = cap;
    }
    const char *key = dict_string(set, name);
    size_t j = hash_str(key) & (t->cap - 1);
    while (t->slots[j].name) {
        if (strcmp(dict_string(set, t->slots[j].name), key) == 0) return &t->slots[j].count;
        j = (j + 1) & (t->cap - 1);
    }
    t->slots[j].name = name;
    t->n++;
    return &t->slots[j].count;
}

typedef struct {
    span_t text;   /* the form as written, '+' kept (an owned copy: the line may not last) */
    dict_str code; /* own code, 0 when none */
    dict_where at;
} form_t;

typedef struct {
    reader *r;
    name_table names;
    size_t verb;     /* current block, SIZE_MAX when none */
    size_t synset;   /* current synset, SIZE_MAX when none */
    form_t *forms;
    size_t n_forms, cap_forms;
    dbuf tmp;
} verbs_state;

static void add_form_phrase(verbs_state *st, span_t text)
{
    dbuf_clear(&st->tmp);
    for (size_t i = 0; i < text.n; i++)
        if (text.p[i] != '+') dbuf_putc(&st->tmp, text.p[i]);
    whole_word_phrase(st->r->set, st->tmp.data ? st->tmp.data : "", st->tmp.len); /* verbs are whole words */
}

/* Writes the current block's forms: those without their own code belong to
 * the block; each line with its own code becomes a verb of its own with the
 * block's name (the model keeps one code per verb). */
static void flush_block(verbs_state *st)
{
    dict_set *set = st->r->set;
    if (st->verb == SIZE_MAX) {
        for (size_t i = 0; i < st->n_forms; i++) free((char *)st->forms[i].text.p);
        st->n_forms = 0;
        return;
    }
    size_t v = st->verb;
    set->verbs[v].forms = (dict_span){(uint32_t)set->n_phrases, 0};
    for (size_t i = 0; i < st->n_forms; i++)
        if (!st->forms[i].code) add_form_phrase(st, st->forms[i].text), set->verbs[v].forms.count++;
    for (size_t i = 0; i < st->n_forms;) {
        if (!st->forms[i].code) { i++; continue; }
        /* consecutive forms of one line share its code and where */
        size_t j = i;
        DYAD_GROW(set->verbs, set->cap_verbs, set->n_verbs + 1);
        dict_verb *nv = &set->verbs[set->n_verbs++];
        *nv = (dict_verb){set->verbs[v].name, st->forms[i].code, {(uint32_t)set->n_phrases, 0},
                          {(uint32_t)set->n_patterns, 0}, st->forms[i].at, 0, 0};
        dict_split_code(set, &nv->code, &nv->reverse); /* "LEFT [042:043]" */
        while (j < st->n_forms && st->forms[j].code == st->forms[i].code) {
            add_form_phrase(st, st->forms[j].text);
            nv->forms.count++;
            j++;
        }
        i = j;
    }
    for (size_t i = 0; i < st->n_forms; i++) free((char *)st->forms[i].text.p);
    st->n_forms = 0;
    st->verb = SIZE_MAX;
}

static void push_form(verbs_state *st, span_t text, dict_str code)
{
    DYAD_GROW(st->forms, st->cap_forms, st->n_forms + 1);
    text.p = xstrndup(text.p, text.n);
    st->forms[st->n_forms++] = (form_t){text, code, here(st->r)};
}

/* Each blank-separated word of text as a form of the current verb. */
static void push_forms(verbs_state *st, span_t text, dict_str code)
{
    while (text.n) {
        text = trim(text);
        size_t k = 0;
        while (k < text.n && !is_blank(text.p[k])) k++;
        if (k) push_form(st, sub(text.p, text.p + k), code);
        text = sub(text.p + k, text.p + text.n);
    }
}

/* "MAIN {FORM FORM} [code]" or "+PHRASAL_VERB {+FORMS_...} [code]" */
static void verb_form_line(verbs_state *st, span_t s)
{
    reader *r = st->r;
    dict_set *set = r->set;
    if (st->verb == SIZE_MAX) {
        dict_error(set, here(r), "verb form outside a \"--- NAME [code] ---\" block");
        return;
    }
    size_t i = 0;
    while (i < s.n && !is_blank(s.p[i]) && s.p[i] != '{' && s.p[i] != '[') i++;
    span_t main = sub(s.p, s.p + i);
    span_t rest = trim(sub(s.p + i, s.p + s.n));
    span_t forms = {NULL, 0};
    if (rest.n && rest.p[0] == '{') {
        const char *cb = find_char(rest, '}');
        if (!cb) {
            dict_error(set, here(r), "verb forms without '}'");
            return;
        }
        forms = sub(rest.p + 1, cb);
        rest = trim(sub(cb + 1, rest.p + rest.n));
    }
    dict_str code = 0;
    if (rest.n && rest.p[0] == '[') {
        const char *cb = find_char(rest, ']');
        if (!cb) {
            dict_error(set, here(r), "verb code without ']'");
            return;
        }
        span_t c = trim(sub(rest.p + 1, cb));
        if (c.n) code = dict_intern(set, c.p, c.n);
        rest = trim(sub(cb + 1, rest.p + rest.n));
    }
    if (!main.n) {
        dict_error(set, here(r), "verb form line without a verb");
        return;
    }
    push_form(st, main, code);
    if (rest.n) {
        /* "LASH OUT": words after the main form; PETRARCH read them as forms too */
        dict_warning(set, here(r), "\"%.*s\" after the verb form read as further forms", (int)rest.n, rest.p);
        push_forms(st, rest, code);
    }
    push_forms(st, forms, code);
}

static int word_char(char c)
{
    return !is_blank(c) && c != '{' && c != '}' && c != '(' && c != ')' && c != '*' && c != '$' && c != '+' &&
           c != '^' && c != '%' && c != '|' && c != '~' && c != '&' && c != '_';
}

/* Turns a pattern body into elements; returns the number of '*'. */
static size_t pattern_elements(dict_set *set, span_t b, int *depth_np, int *depth_pp)
{
    size_t stars = 0;
    size_t i = 0;
    while (i < b.n) {
        char c = b.p[i];
        if (is_blank(c) || c == '_') { i++; continue; }
        uint32_t kind = UINT32_MAX;
        switch (c) {
        case '{': kind = DICT_EL_NP_OPEN, ++*depth_np; break;
        case '}': kind = DICT_EL_NP_CLOSE, --*depth_np; break;
        case '(': kind = DICT_EL_PP_OPEN, ++*depth_pp; break;
        case ')': kind = DICT_EL_PP_CLOSE, --*depth_pp; break;
        case '*': kind = DICT_EL_VERB, stars++; break;
        case '$': kind = DICT_EL_SOURCE; break;
        case '+': kind = DICT_EL_TARGET; break;
        case '^': kind = DICT_EL_SKIP; break;
        case '%': case '|': case '~': kind = DICT_EL_MARK; break;
        default: break;
        }
        if (kind != UINT32_MAX) {
            dict_add_element(set, kind, 0, &b.p[i], 1);
            i++;
            continue;
        }
        if (c == '&') {
            size_t s = ++i;
            while (i < b.n && (word_char(b.p[i]) || b.p[i] == '_')) i++;
            size_t e = i;
            while (e > s && b.p[e - 1] == '_') e--;
            uint32_t joined = e < i && i < b.n && !is_blank(b.p[i]) ? DICT_WORD_JOINED : 0;
            if (e == s) dict_add_element(set, DICT_EL_MARK, 0, "&", 1);
            else dict_add_element(set, DICT_EL_SYNSET, DICT_WORD_SYNSET | joined, b.p + s, e - s);
            continue;
        }
        size_t s = i;
        while (i < b.n && word_char(b.p[i])) i++;
        /* whole words, as for actors; '_' joins a word to the next element */
        uint32_t joined = i + 1 < b.n && b.p[i] == '_' && !is_blank(b.p[i + 1]) ? DICT_WORD_JOINED : 0;
        dict_add_element(set, DICT_EL_WORD, DICT_WORD_EXACT | joined, b.p + s, i - s);
    }
    return stars;
}

static void verb_pattern_line(verbs_state *st, span_t s, span_t body_in)
{
    reader *r = st->r;
    dict_set *set = r->set;
    if (st->verb == SIZE_MAX) {
        dict_error(set, here(r), "pattern outside a \"--- NAME [code] ---\" block");
        return;
    }
    /* the code is the last [...] */
    const char *open = NULL;
    for (size_t i = body_in.n; i-- > 0;)
        if (body_in.p[i] == '[') { open = body_in.p + i; break; }
    const char *close = open ? find_char(sub(open, body_in.p + body_in.n), ']') : NULL;
    if (!open) {
        dict_error(set, here(r), "pattern without a [code]");
        return;
    }
    span_t code = {NULL, 0};
    if (!close) {
        /* "[###]": the '#' comment cut the code; PETRARCH kept the pattern */
        dict_warning(set, here(r), "pattern's code cut short (by a '#' comment?): read as [---]");
        code = (span_t){"---", 3};
    } else {
        span_t after = trim(sub(close + 1, body_in.p + body_in.n));
        if (after.n) dict_warning(set, here(r), "text after the pattern's code ignored");
        code = trim(sub(open + 1, close));
    }
    const char *colon = find_char(code, ':');
    span_t active = trim(colon ? sub(code.p, colon) : code);
    span_t passive = colon ? trim(sub(colon + 1, code.p + code.n)) : (span_t){NULL, 0};
    if (!active.n && !passive.n) {
        dict_error(set, here(r), "empty pattern code");
        return;
    }
    span_t body = sub(body_in.p, open);
    dict_pattern p;
    p.elements.first = (uint32_t)set->n_elements;
    int np = 0, pp = 0;
    size_t stars = pattern_elements(set, body, &np, &pp);
    p.elements.count = (uint32_t)(set->n_elements - p.elements.first);
    if (stars != 1) dict_warning(set, here(r), "pattern has %zu '*' (the verb) instead of one", stars);
    if (np || pp) dict_warning(set, here(r), "unbalanced '{}' or '()' in pattern");
    p.code = active.n ? dict_intern(set, active.p, active.n) : dict_intern(set, "---", 3);
    p.reverse = passive.n ? dict_intern(set, passive.p, passive.n) : 0;
    dict_verb *v = &set->verbs[st->verb];
    uint32_t *counter = name_counter(set, &st->names, v->name);
    ++*counter;
    dbuf_clear(&st->tmp);
    dbuf_printf(&st->tmp, "%s.%u", dict_string(set, v->name), *counter);
    p.id = dict_intern(set, st->tmp.data, st->tmp.len);
    p.text = dict_intern(set, s.p, s.n);
    p.verb = (uint32_t)st->verb;
    p.at = here(r);
    DYAD_GROW(set->patterns, set->cap_patterns, set->n_patterns + 1);
    set->patterns[set->n_patterns++] = p;
    set->verbs[st->verb].patterns.count++;
}

static void verb_header(verbs_state *st, span_t s)
{
    reader *r = st->r;
    dict_set *set = r->set;
    flush_block(st);
    st->synset = SIZE_MAX;
    span_t in = sub(s.p + 3, s.p + s.n);
    while (in.n && in.p[0] == '-') in.p++, in.n--;
    const char *br = find_char(in, '[');
    span_t name = trim(br ? sub(in.p, br) : in);
    while (name.n && name.p[name.n - 1] == '-') name.n--;
    name = trim(name);
    dict_str code = 0, reverse = 0;
    if (br) {
        const char *cb = find_char(sub(br, in.p + in.n), ']');
        if (!cb) {
            dict_error(set, here(r), "block code without ']'");
            return;
        }
        span_t c = trim(sub(br + 1, cb));
        const char *colon = find_char(c, ':');
        if (colon) { /* "[042:043]": a reverse event too */
            span_t rev = trim(sub(colon + 1, c.p + c.n));
            if (rev.n) reverse = dict_intern(set, rev.p, rev.n);
            c = trim(sub(c.p, colon));
        }
        if (c.n) code = dict_intern(set, c.p, c.n);
        span_t rest = trim(sub(cb + 1, in.p + in.n));
        while (rest.n && rest.p[rest.n - 1] == '-') rest.n--;
        rest = trim(rest);
        if (rest.n) dict_warning(set, here(r), "\"%.*s\" after the block code ignored", (int)rest.n, rest.p);
    }
    if (!name.n) {
        dict_error(set, here(r), "verb block without a name");
        return;
    }
    if (!code) code = dict_intern(set, "---", 3);
    DYAD_GROW(set->verbs, set->cap_verbs, set->n_verbs + 1);
    st->verb = set->n_verbs++;
    set->verbs[st->verb] = (dict_verb){dict_intern(set, name.p, name.n), code, {(uint32_t)set->n_phrases, 0},
                                       {(uint32_t)set->n_patterns, 0}, here(r), reverse, 0};
}

static void synset_member(verbs_state *st, span_t s)
{
    dict_set *set = st->r->set;
    span_t m = trim(sub(s.p + 1, s.p + s.n));
    /* brackets around a member ("+(TO THE END)") are PETRARCH-2 pattern
     * structure; the model's members are plain phrases */
    dbuf_clear(&st->tmp);
    int dropped = 0;
    for (size_t i = 0; i < m.n; i++) {
        char c = m.p[i];
        if (c == '(' || c == ')' || c == '{' || c == '}') dropped = 1, c = ' ';
        dbuf_putc(&st->tmp, c);
    }
    if (dropped) dict_warning(set, here(st->r), "brackets in a synset member dropped");
    span_t t = trim((span_t){st->tmp.data ? st->tmp.data : "", st->tmp.len});
    if (!t.n) {
        dict_error(set, here(st->r), "empty synset member");
        return;
    }
    whole_word_phrase(set, t.p, t.n); /* whole words, as for actors */
    set->synsets[st->synset].members.count++;
}

/* "~ a (a b ATTACK) SAY = a b 015": a verb transformation (dict.h); a
 * malformed one is skipped with a warning, as PETRARCH-2 would not have
 * used it either. */
static void transform_line(reader *r, span_t body)
{
    dict_set *set = r->set;
    dict_transform t;
    const char *why = dict_parse_transform(set, body.p, body.n, &t);
    if (why) {
        dict_warning(set, here(r), "verb transformation \"~ %.*s\" skipped: %s", (int)body.n, body.p, why);
        return;
    }
    t.at = here(r);
    DYAD_GROW(set->transforms, set->cap_transforms, set->n_transforms + 1);
    set->transforms[set->n_transforms++] = t;
}

static void load_verbs(reader *r)
{
    dict_set *set = r->set;
    verbs_state st = {0};
    st.r = r;
    st.verb = st.synset = SIZE_MAX;
    r->verbs = 1;
    span_t s;
    while (next_line(r, &s)) {
        if (starts(s, "---")) {
            verb_header(&st, s);
        } else if (s.p[0] == '&') {
            flush_block(&st);
            span_t name = trim(sub(s.p + 1, s.p + s.n));
            size_t k = 0;
            while (k < name.n && !is_blank(name.p[k])) k++;
            if (k < name.n) dict_warning(set, here(r), "text after the synset name ignored");
            name.n = k;
            while (name.n && name.p[name.n - 1] == '_') name.n--;
            if (!name.n) {
                dict_error(set, here(r), "synset without a name");
                st.synset = SIZE_MAX;
                continue;
            }
            DYAD_GROW(set->synsets, set->cap_synsets, set->n_synsets + 1);
            st.synset = set->n_synsets++;
            set->synsets[st.synset] =
                (dict_synset){dict_intern(set, name.p, name.n), {(uint32_t)set->n_phrases, 0}, here(r)};
        } else if (s.p[0] == '+' && st.synset != SIZE_MAX) {
            synset_member(&st, s);
        } else if (s.p[0] == '-') {
            verb_pattern_line(&st, s, sub(s.p + 1, s.p + s.n));
        } else if (s.p[0] == '*') {
            dict_warning(set, here(r), "pattern without the leading '-'");
            verb_pattern_line(&st, s, s);
        } else if (s.p[0] == '~') {
            transform_line(r, trim(sub(s.p + 1, s.p + s.n)));
        } else {
            if (st.synset != SIZE_MAX && st.verb == SIZE_MAX) {
                dict_error(set, here(r), "line in a synset without '+'");
                continue;
            }
            verb_form_line(&st, s);
        }
    }
    flush_block(&st);
    free(st.forms);
    free(st.names.slots);
    dbuf_free(&st.tmp);
}

/* ---- entry -------------------------------------------------------------- */

size_t dict_load_petrarch2(dict_set *set, const char *name, const char *data, size_t len, dict_kind kind)
{
    size_t before = set->errors;
    reader r = {set, data ? data : "", data ? len : 0, 0, dict_add_file(set, name ? name : "?"), 0, 0, 0, {0}};
    switch (kind) {
    case DICT_KIND_VERBS: load_verbs(&r); break;
    case DICT_KIND_ACTORS: load_actors(&r); break;
    case DICT_KIND_AGENTS: load_agents(&r); break;
    case DICT_KIND_DISCARDS: load_discards(&r); break;
    case DICT_KIND_ISSUES: load_issues(&r); break;
    default: dict_error(set, (dict_where){r.file, 0}, "PETRARCH-2 has no dictionary of this kind"); break;
    }
    dbuf_free(&r.joined);
    return set->errors - before;
}
