/* suite.c - reads event-coder validation suites (see suite.h): PETRARCH
 * XML records, TABARI .project and .text files. The suites were written by
 * hand over many years and hold small slips (unclosed comments, repeated
 * dates, malformed headers); each one is reported as one "file:line:" line
 * and read the way its authors evidently meant, or dropped when it cannot
 * be, so that a validation run always says what it did not check.
 *
 * The XML reader is a small tolerant tokenizer rather than a full XML
 * parser: the PETRARCH files are not always well-formed (PLEvent lines carry
 * raw JSON inside '<' '>'), and a record must be read even when its
 * neighbour is broken. */
#include "suite.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "buf.h"

/* ---- reporting ------------------------------------------------------------ */

/* One call's reporting context: the suite, the file being read, where
 * messages go. */
typedef struct {
    suite *s;
    const char *name;
    suite_diag_fn diag;
    void *user;
    dbuf msg;
} ctx;


static void vreport(ctx *c, size_t line, const char *kind, const char *fmt, va_list ap)
{
    dbuf_clear(&c->msg);
    dbuf_printf(&c->msg, "%s:%zu: %s", c->name, line, kind);
    dbuf_vprintf(&c->msg, fmt, ap);
    /* one line, whatever the quoted input holds */
    for (size_t i = 0; i < c->msg.len; i++)
        if ((unsigned char)c->msg.data[i] < 0x20) c->msg.data[i] = ' ';
    const char *out = dbuf_cstr(&c->msg);
    if (c->diag) c->diag(c->user, out);
    else fprintf(stderr, "%s\n", out);
}

__attribute__((format(printf, 3, 4))) static void error_at(ctx *c, size_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(c, line, "", fmt, ap);
    va_end(ap);
    c->s->errors++;
}

__attribute__((format(printf, 3, 4))) static void warn_at(ctx *c, size_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(c, line, "warning: ", fmt, ap);
    va_end(ap);
    c->s->warnings++;
}

/* Quoted input in messages is cut to this many bytes (the input itself has
 * no limit; a message stays readable). */
#define EXCERPT 60
#define EXC(n) ((int)((n) < EXCERPT ? (n) : EXCERPT))
#define MORE(n) ((n) > EXCERPT ? "..." : "")

/* ---- small string helpers ------------------------------------------------- */

static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }

static char *xstrndup(const char *p, size_t n)
{
    char *s = dyad_xmalloc(n + 1);
    if (n) memcpy(s, p, n);
    s[n] = '\0';
    return s;
}

/* p[0..n) with whitespace runs folded to one space and the ends trimmed. */
static char *folded(const char *p, size_t n)
{
    char *s = dyad_xmalloc(n + 1);
    size_t k = 0;
    int gap = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space((unsigned char)p[i])) {
            gap = 1;
            continue;
        }
        if (gap && k) s[k++] = ' ';
        gap = 0;
        s[k++] = p[i];
    }
    s[k] = '\0';
    return s;
}

static const char *find(const char *p, const char *end, const char *what)
{
    size_t n = strlen(what);
    while ((size_t)(end - p) >= n) {
        const char *q = memchr(p, what[0], (size_t)(end - p) - n + 1);
        if (!q) return NULL;
        if (memcmp(q, what, n) == 0) return q;
        p = q + 1;
    }
    return NULL;
}

static size_t count_lines(const char *p, const char *end)
{
    size_t n = 0;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) n++, p++;
    return n;
}

static int contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0) return 1;
    return 0;
}

/* ---- dates ---------------------------------------------------------------- */

/* n digits as YYYYMMDD (n == 8) or YYMMDD (n == 6, years 00-30 -> 20YY,
 * others 19YY); 0 when they are not a valid day. */
static int32_t parse_date(const char *p, size_t n)
{
    if (n != 6 && n != 8) return 0;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit((unsigned char)p[i])) return 0;
        v = v * 10 + (p[i] - '0');
    }
    long y = v / 10000, m = v / 100 % 100, d = v % 100;
    if (n == 6) y += y <= 30 ? 2000 : 1900;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

/* ---- building records ----------------------------------------------------- */

typedef struct {
    suite_record r;
    size_t cap_expected, cap_settings;
    int bad; /* an error was reported: the record is dropped */
} rec_build;

static void add_setting(suite_setting **arr, size_t *n, size_t *cap, char *key, char *value)
{
    DYAD_GROW(*arr, *cap, *n + 1);
    (*arr)[(*n)++] = (suite_setting){key, value};
}

static void add_event(rec_build *b, char *source, char *target, char *code, int32_t date)
{
    DYAD_GROW(b->r.expected, b->cap_expected, b->r.n_expected + 1);
    b->r.expected[b->r.n_expected++] = (suite_event){source, target, code, date};
}

static void free_settings(suite_setting *set, size_t n)
{
    for (size_t i = 0; i < n; i++) free(set[i].key), free(set[i].value);
    free(set);
}

static void free_record(suite_record *r)
{
    free(r->id);
    free(r->category);
    free(r->text);
    for (size_t i = 0; i < r->n_expected; i++)
        free(r->expected[i].source), free(r->expected[i].target), free(r->expected[i].code);
    free(r->expected);
    free(r->expected_error);
    free_settings(r->settings, r->n_settings);
    memset(r, 0, sizeof *r);
}

/* The id before its last '-': "DEMO-01" -> "DEMO", "" without one. */
static char *category_of(const char *id)
{
    const char *dash = strrchr(id, '-');
    return xstrndup(id, dash ? (size_t)(dash - id) : 0);
}

/* Moves a finished record into the suite. A record that expects events and
 * no event at once is kept, and reported. */
static void push_record(ctx *c, rec_build *b)
{
    suite *s = c->s;
    suite_record *r = &b->r;
    if (!r->category) r->category = category_of(r->id);
    if (r->n_expected && r->expect_no_event)
        warn_at(c, r->line, "record %s expects %zu event%s and also that none is coded", r->id, r->n_expected,
                r->n_expected == 1 ? "" : "s");
    DYAD_GROW(s->records, s->cap.records, s->n_records + 1);
    s->records[s->n_records++] = *r;
    memset(b, 0, sizeof *b);
}

static char *joined_path(const char *dir, const char *name)
{
    if (!dir || name[0] == '/') return dyad_xstrdup(name);
    dbuf b = {0};
    dbuf_printf(&b, "%s/%s", dir, name);
    dbuf_cstr(&b);
    return b.data;
}

/* Adds a dictionary file named in the suite to one of its lists; when the
 * suite's directory is known, a name that is not there is reported. */
static void add_file(ctx *c, size_t line, const char *tag, char ***list, size_t *n, size_t *cap, const char *name)
{
    char *path = joined_path(c->s->dir, name);
    struct stat st;
    if (c->s->dir && stat(path, &st) != 0) warn_at(c, line, "%s file \"%s\" not found", tag, path);
    DYAD_GROW(*list, *cap, *n + 1);
    (*list)[(*n)++] = path;
}

/* ---- PETRARCH XML --------------------------------------------------------- */

typedef struct {
    const char *name, *val; /* val is raw: entities not decoded yet */
    size_t name_len, val_len, line;
} xml_attr;

enum { TOK_END, TOK_TEXT, TOK_CDATA, TOK_OPEN, TOK_CLOSE, TOK_EMPTY };

typedef struct {
    int kind;
    const char *name, *text; /* tag name; text of TEXT/CDATA */
    size_t name_len, text_len, line;
    int bad_attrs; /* the tag's attributes could not be read */
} xml_tok;

/* What the text being read belongs to. */
enum { CAP_NONE, CAP_TEXT, CAP_INCLUDE, CAP_VERBS, CAP_ACTORS, CAP_AGENTS, CAP_DISCARDS, CAP_ISSUES };

typedef struct {
    ctx *c;
    const char *p, *end;
    size_t line;
    xml_attr *attrs;
    size_t n_attrs, cap_attrs;
    dbuf val;      /* a decoded attribute value */
    int in_env;
    int capture;   /* CAP_*: where text goes */
    const char *capture_tag;
    size_t capture_line;
    dbuf cap;      /* captured <Include>/<...file> text, entities decoded */
    dbuf text;     /* the record's <Text>, entities decoded */
    char *include; /* <Include> categories, NULL: all */
    int in_record, has_text, said_false;
    rec_build rb;
    suite_setting *pending; /* <Config> read since the last record */
    size_t n_pending, cap_pending, pending_line;
    size_t settings_line; /* where the current record's settings were first given */
} pet;

static void advance(pet *x, const char *to)
{
    x->line += count_lines(x->p, to);
    x->p = to;
}

static int name_char(int c) { return isalnum(c) || c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80; }

/* Skips the rest of a tag whose attributes cannot be read, minding quotes
 * (PLEvent lines hold JSON). Returns TOK_OPEN/TOK_EMPTY, TOK_END at the end. */
static int skip_tag(pet *x)
{
    while (x->p < x->end) {
        char ch = *x->p;
        if (ch == '"' || ch == '\'') {
            const char *q = memchr(x->p + 1, ch, (size_t)(x->end - x->p - 1));
            if (!q) break;
            advance(x, q + 1);
        } else if (ch == '>') {
            int empty = x->p[-1] == '/';
            x->p++;
            return empty ? TOK_EMPTY : TOK_OPEN;
        } else {
            if (ch == '\n') x->line++;
            x->p++;
        }
    }
    advance(x, x->end);
    return TOK_END;
}

static void xml_next(pet *x, xml_tok *t)
{
    for (;;) {
        memset(t, 0, sizeof *t);
        t->line = x->line;
        const char *p = x->p, *end = x->end;
        if (p >= end) return; /* TOK_END */
        if (*p != '<') {
            const char *q = memchr(p, '<', (size_t)(end - p));
            if (!q) q = end;
            t->kind = TOK_TEXT, t->text = p, t->text_len = (size_t)(q - p);
            advance(x, q);
            return;
        }
        size_t left = (size_t)(end - p);
        const char *close = NULL, *what = NULL;
        size_t skip = 0;
        if (left >= 4 && memcmp(p, "<!--", 4) == 0) what = "comment \"<!--\"", close = "-->", skip = 4;
        else if (left >= 9 && memcmp(p, "<![CDATA[", 9) == 0) what = "CDATA section", close = "]]>", skip = 9;
        else if (left >= 2 && memcmp(p, "<?", 2) == 0) what = "\"<?\"", close = "?>", skip = 2;
        else if (left >= 2 && memcmp(p, "<!", 2) == 0) what = "\"<!\"", close = ">", skip = 2;
        if (close) {
            const char *q = find(p + skip, end, close);
            if (!q) {
                error_at(x->c, x->line, "%s never closed: the rest of the file is not read", what);
                advance(x, end);
                return;
            }
            if (skip == 9) t->kind = TOK_CDATA, t->text = p + 9, t->text_len = (size_t)(q - p - 9);
            advance(x, q + strlen(close));
            if (t->kind) return;
            continue;
        }
        int closing = left >= 2 && p[1] == '/';
        const char *n0 = p + 1 + closing, *n1 = n0;
        while (n1 < end && name_char((unsigned char)*n1)) n1++;
        if (n1 == n0) { /* a lone '<' */
            warn_at(x->c, x->line, "'<' that starts no tag: read as text");
            t->kind = TOK_TEXT, t->text = p, t->text_len = 1;
            advance(x, p + 1);
            return;
        }
        t->name = n0, t->name_len = (size_t)(n1 - n0);
        x->n_attrs = 0;
        advance(x, n1);
        if (closing) {
            const char *q = memchr(x->p, '>', (size_t)(end - x->p));
            if (!q) {
                error_at(x->c, t->line, "end tag </%.*s never closed by '>'", EXC(t->name_len), t->name);
                advance(x, end);
                return;
            }
            advance(x, q + 1);
            t->kind = TOK_CLOSE;
            return;
        }
        for (;;) {
            while (x->p < end && is_space((unsigned char)*x->p)) advance(x, x->p + 1);
            if (x->p >= end) {
                error_at(x->c, t->line, "tag <%.*s never closed by '>'", EXC(t->name_len), t->name);
                t->kind = TOK_END;
                return;
            }
            if (*x->p == '>') {
                x->p++;
                t->kind = TOK_OPEN;
                return;
            }
            if (*x->p == '/' && x->p + 1 < end && x->p[1] == '>') {
                x->p += 2;
                t->kind = TOK_EMPTY;
                return;
            }
            const char *a0 = x->p, *a1 = a0;
            while (a1 < end && name_char((unsigned char)*a1)) a1++;
            const char *q = a1;
            while (q < end && is_space((unsigned char)*q)) q++;
            if (a1 == a0 || q >= end || *q != '=') break;
            q++;
            while (q < end && is_space((unsigned char)*q)) q++;
            if (q >= end || (*q != '"' && *q != '\'')) break;
            const char *v1 = memchr(q + 1, *q, (size_t)(end - q - 1));
            if (!v1) break;
            DYAD_GROW(x->attrs, x->cap_attrs, x->n_attrs + 1);
            x->attrs[x->n_attrs++] = (xml_attr){a0, q + 1, (size_t)(a1 - a0), (size_t)(v1 - q - 1), x->line};
            advance(x, v1 + 1);
        }
        t->bad_attrs = 1;
        t->kind = skip_tag(x);
        if (t->kind == TOK_END) error_at(x->c, t->line, "tag <%.*s never closed by '>'", EXC(t->name_len), t->name);
        return;
    }
}

static int tok_is(const xml_tok *t, const char *name)
{
    return t->name_len == strlen(name) && memcmp(t->name, name, t->name_len) == 0;
}

static void put_utf8(dbuf *out, unsigned long cp)
{
    if (cp < 0x80) {
        dbuf_putc(out, (char)cp);
    } else if (cp < 0x800) {
        dbuf_putc(out, (char)(0xC0 | (cp >> 6)));
        dbuf_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        dbuf_putc(out, (char)(0xE0 | (cp >> 12)));
        dbuf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
        dbuf_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else {
        dbuf_putc(out, (char)(0xF0 | (cp >> 18)));
        dbuf_putc(out, (char)(0x80 | ((cp >> 12) & 0x3F)));
        dbuf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
        dbuf_putc(out, (char)(0x80 | (cp & 0x3F)));
    }
}

/* The character a reference "&name;" stands for (name without & and ;);
 * -1 when it is none. */
static long entity(const char *p, size_t n)
{
    static const struct {
        const char *name;
        char ch;
    } named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (n == strlen(named[i].name) && memcmp(p, named[i].name, n) == 0) return named[i].ch;
    if (n < 2 || p[0] != '#') return -1;
    int hex = p[1] == 'x' || p[1] == 'X';
    size_t i = hex ? 2 : 1;
    if (i == n) return -1;
    unsigned long cp = 0;
    for (; i < n; i++) {
        int d = is_digit((unsigned char)p[i]) ? p[i] - '0'
                : hex && isxdigit((unsigned char)p[i]) ? tolower((unsigned char)p[i]) - 'a' + 10
                : -1;
        if (d < 0) return -1;
        cp = cp * (hex ? 16 : 10) + (unsigned long)d;
        if (cp > 0x10FFFF) return -1;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return (long)cp;
}

/* Appends p[0..n) to out with entity references decoded; a '&' that starts
 * no known reference is kept as written and reported. */
static void decode_into(pet *x, dbuf *out, const char *p, size_t n, size_t line)
{
    size_t i = 0;
    while (i < n) {
        const char *amp = memchr(p + i, '&', n - i);
        size_t stop = amp ? (size_t)(amp - p) : n;
        dbuf_append(out, p + i, stop - i);
        line += count_lines(p + i, p + stop);
        if (!amp) break;
        i = stop + 1;
        /* "&name;" or "&#123;": letters, digits and '#' up to a ';' */
        size_t j = i;
        while (j < n && j - i < 32 && (isalnum((unsigned char)p[j]) || p[j] == '#')) j++;
        const char *semi = j < n && p[j] == ';' ? p + j : NULL;
        long ch = semi ? entity(p + i, j - i) : -1;
        if (ch < 0) {
            int shown = semi ? (int)(j - i) + 1 : 0;
            warn_at(x->c, line, "'&%.*s' is not an entity reference: kept as written", shown, p + i);
            dbuf_putc(out, '&');
            continue;
        }
        put_utf8(out, (unsigned long)ch);
        i = (size_t)(semi - p) + 1;
    }
}

/* The decoded, folded value of attribute name, or NULL when the tag has none. */
static char *attr(pet *x, const char *name)
{
    for (size_t i = 0; i < x->n_attrs; i++) {
        const xml_attr *a = &x->attrs[i];
        if (a->name_len == strlen(name) && memcmp(a->name, name, a->name_len) == 0) {
            dbuf_clear(&x->val);
            decode_into(x, &x->val, a->val, a->val_len, a->line);
            return folded(x->val.data ? x->val.data : "", x->val.len);
        }
    }
    return NULL;
}

/* A record that cannot be used: its <Config> changes still take effect,
 * from the next record on. */
static void drop_record(pet *x)
{
    rec_build *b = &x->rb;
    for (size_t i = 0; i < b->r.n_settings; i++)
        add_setting(&x->pending, &x->n_pending, &x->cap_pending, b->r.settings[i].key, b->r.settings[i].value);
    if (b->r.n_settings) x->pending_line = x->settings_line;
    b->r.n_settings = 0;
    free_record(&b->r);
    memset(b, 0, sizeof *b);
    x->in_record = 0;
}

static void end_capture(pet *x);

static void finish_record(pet *x)
{
    if (x->capture) end_capture(x);
    rec_build *b = &x->rb;
    x->in_record = 0;
    if (!b->bad && !x->has_text) {
        error_at(x->c, b->r.line, "record %s has no <Text>: dropped", b->r.id);
        b->bad = 1;
    }
    if (b->bad) {
        drop_record(x);
        return;
    }
    b->r.text = folded(x->text.data ? x->text.data : "", x->text.len);
    b->r.evaluate = !x->said_false;
    push_record(x->c, b);
}

static void start_record(pet *x, const xml_tok *t)
{
    rec_build *b = &x->rb;
    memset(b, 0, sizeof *b);
    x->in_record = 1, x->has_text = 0, x->said_false = 0;
    dbuf_clear(&x->text);
    b->r.line = t->line;
    b->r.settings = x->pending, b->r.n_settings = x->n_pending, b->cap_settings = x->cap_pending;
    x->settings_line = x->n_pending ? x->pending_line : 0;
    x->pending = NULL, x->n_pending = x->cap_pending = 0;
    b->r.id = attr(x, "id");
    if (!b->r.id || !*b->r.id) {
        free(b->r.id);
        b->r.id = dyad_xstrdup("?");
        error_at(x->c, t->line, "<Sentence> without an id: dropped");
        b->bad = 1;
        return;
    }
    if (t->bad_attrs) {
        error_at(x->c, t->line, "record %s: attributes of <Sentence> unreadable: dropped", b->r.id);
        b->bad = 1;
        return;
    }
    char *date = attr(x, "date");
    if (!date) {
        error_at(x->c, t->line, "record %s has no date: dropped", b->r.id);
        b->bad = 1;
    } else if (!(b->r.date = parse_date(date, strlen(date)))) {
        error_at(x->c, t->line, "record %s: date \"%.*s%s\" is not a YYYYMMDD day: dropped", b->r.id,
                 EXC(strlen(date)), date, MORE(strlen(date)));
        b->bad = 1;
    }
    free(date);
    char *cat = attr(x, "category");
    if (cat && *cat) b->r.category = cat;
    else free(cat);
    /* PETRARCH-2 writes evaluate="false", PETRARCH-1 sentence="false" */
    const char *flags[] = {"evaluate", "sentence"};
    for (size_t i = 0; i < 2; i++) {
        char *v = attr(x, flags[i]);
        if (!v) continue;
        if (strcasecmp(v, "false") == 0) x->said_false = 1;
        else if (strcasecmp(v, "true") != 0)
            warn_at(x->c, t->line, "record %s: %s=\"%.*s%s\" read as true", b->r.id, flags[i], EXC(strlen(v)), v,
                    MORE(strlen(v)));
        free(v);
    }
}

static void event_coding(pet *x, const xml_tok *t)
{
    if (!x->in_record) {
        error_at(x->c, t->line, "<EventCoding> outside a <Sentence>: ignored");
        return;
    }
    rec_build *b = &x->rb;
    if (b->bad) return;
    if (t->bad_attrs) {
        error_at(x->c, t->line, "record %s: attributes of <EventCoding> unreadable: dropped", b->r.id);
        b->bad = 1;
        return;
    }
    char *src = attr(x, "sourcecode"), *tgt = attr(x, "targetcode"), *code = attr(x, "eventcode");
    char *none = attr(x, "noevents"), *err = attr(x, "error");
    int used = 0;
    if (src || tgt || code) {
        used = 1;
        if (src && *src && tgt && *tgt && code && *code) {
            add_event(b, src, tgt, code, 0);
            src = tgt = code = NULL;
        } else {
            error_at(x->c, t->line, "record %s: <EventCoding> needs sourcecode, targetcode and eventcode: dropped",
                     b->r.id);
            b->bad = 1;
        }
    }
    if (none) {
        used = 1;
        if (strcasecmp(none, "true") == 0) b->r.expect_no_event = 1;
        else if (strcasecmp(none, "false") != 0) {
            error_at(x->c, t->line, "record %s: noevents=\"%.*s%s\" is neither true nor false: dropped", b->r.id,
                     EXC(strlen(none)), none, MORE(strlen(none)));
            b->bad = 1;
        }
    }
    if (err) {
        used = 1;
        if (!*err) {
            error_at(x->c, t->line, "record %s: empty error=\"\": dropped", b->r.id);
            b->bad = 1;
        } else {
            if (b->r.expected_error)
                warn_at(x->c, t->line, "record %s: second error expectation \"%s\" replaces \"%s\"", b->r.id, err,
                        b->r.expected_error);
            free(b->r.expected_error);
            b->r.expected_error = err, err = NULL;
            b->r.expect_no_event = 1; /* an input error codes nothing */
        }
    }
    if (!used) warn_at(x->c, t->line, "record %s: <EventCoding> without an expectation: ignored", b->r.id);
    free(src), free(tgt), free(code), free(none), free(err);
}

static void config(pet *x, const xml_tok *t)
{
    char *opt = t->bad_attrs ? NULL : attr(x, "option");
    char *val = t->bad_attrs ? NULL : attr(x, "value");
    if (!opt || !*opt || !val) {
        error_at(x->c, t->line, "<Config> needs option=\"..\" and value=\"..\": ignored");
        free(opt), free(val);
        return;
    }
    if (x->in_env) {
        add_setting(&x->c->s->settings, &x->c->s->n_settings, &x->c->s->cap.settings, opt, val);
    } else if (x->in_record) {
        if (!x->rb.r.n_settings) x->settings_line = t->line;
        add_setting(&x->rb.r.settings, &x->rb.r.n_settings, &x->rb.cap_settings, opt, val);
    } else {
        add_setting(&x->pending, &x->n_pending, &x->cap_pending, opt, val);
        x->pending_line = t->line;
    }
}

static const struct {
    const char *tag;
    int capture;
} captured[] = {{"Text", CAP_TEXT},         {"Include", CAP_INCLUDE},         {"Verbfile", CAP_VERBS},
                {"Actorfile", CAP_ACTORS},  {"Agentfile", CAP_AGENTS},        {"Discardfile", CAP_DISCARDS},
                {"Issuefile", CAP_ISSUES}};

static void end_capture(pet *x)
{
    suite *s = x->c->s;
    if (x->capture == CAP_TEXT) {
        x->has_text = 1;
        x->capture = CAP_NONE;
        return;
    }
    char *v = folded(x->cap.data ? x->cap.data : "", x->cap.len);
    if (x->capture == CAP_INCLUDE) {
        free(x->include);
        x->include = v, v = NULL;
    } else if (!*v) {
        warn_at(x->c, x->capture_line, "<%s> names no file", x->capture_tag);
    } else {
        const struct {
            int capture;
            const char *kind;
            char ***list;
            size_t *n, *cap;
        } files[] = {{CAP_VERBS, "verbs", &s->verbs, &s->n_verbs, &s->cap.verbs},
                     {CAP_ACTORS, "actors", &s->actors, &s->n_actors, &s->cap.actors},
                     {CAP_AGENTS, "agents", &s->agents, &s->n_agents, &s->cap.agents},
                     {CAP_DISCARDS, "discards", &s->discards, &s->n_discards, &s->cap.discards},
                     {CAP_ISSUES, "issues", &s->issues, &s->n_issues, &s->cap.issues}};
        for (size_t i = 0; i < sizeof files / sizeof *files; i++)
            if (files[i].capture == x->capture)
                add_file(x->c, x->capture_line, files[i].kind, files[i].list, files[i].n, files[i].cap, v);
    }
    free(v);
    x->capture = CAP_NONE;
}

static void begin_capture(pet *x, const xml_tok *t, int what, const char *tag)
{
    if (what == CAP_TEXT) {
        if (!x->in_record) {
            warn_at(x->c, t->line, "<Text> outside a <Sentence>: ignored");
            return;
        }
        if (x->has_text) {
            warn_at(x->c, t->line, "record %s: second <Text> added to the first", x->rb.r.id);
            dbuf_putc(&x->text, ' ');
        }
    } else {
        dbuf_clear(&x->cap);
    }
    x->capture = what, x->capture_tag = tag, x->capture_line = t->line;
}

/* Whether category is one of the words of the <Include> list. */
static int included(const char *include, const char *category)
{
    size_t n = strlen(category);
    for (const char *p = include; *p;) {
        while (*p == ' ') p++;
        size_t w = strcspn(p, " ");
        if (w == n && memcmp(p, category, n) == 0) return 1;
        p += w;
    }
    return 0;
}

static void load_petrarch(ctx *c, const char *data, size_t len)
{
    pet x = {0};
    x.c = c, x.p = data, x.end = data + len, x.line = 1;
    size_t first = c->s->n_records;
    xml_tok t;
    for (xml_next(&x, &t); t.kind != TOK_END; xml_next(&x, &t)) {
        if (t.kind == TOK_TEXT || t.kind == TOK_CDATA) {
            if (!x.capture) continue;
            dbuf *into = x.capture == CAP_TEXT ? &x.text : &x.cap;
            if (t.kind == TOK_TEXT) decode_into(&x, into, t.text, t.text_len, t.line);
            else dbuf_append(into, t.text, t.text_len);
            continue;
        }
        if (x.capture) {
            if (t.kind == TOK_CLOSE && tok_is(&t, x.capture_tag)) {
                end_capture(&x);
                continue;
            }
            warn_at(c, t.line, "<%s> from line %zu not closed before <%s%.*s>: ended there", x.capture_tag,
                    x.capture_line, t.kind == TOK_CLOSE ? "/" : "", EXC(t.name_len), t.name);
            end_capture(&x);
        }
        if (t.kind == TOK_CLOSE) {
            if (tok_is(&t, "Environment")) x.in_env = 0;
            else if (tok_is(&t, "Sentence")) {
                if (x.in_record) finish_record(&x);
                else warn_at(c, t.line, "</Sentence> without a <Sentence>: ignored");
            }
            continue;
        }
        /* an opening or empty tag */
        if (tok_is(&t, "Environment")) {
            x.in_env = t.kind == TOK_OPEN;
        } else if (tok_is(&t, "Sentence")) {
            if (x.in_record) {
                warn_at(c, t.line, "record %s from line %zu not closed by </Sentence>: ended here", x.rb.r.id,
                        x.rb.r.line);
                finish_record(&x);
            }
            start_record(&x, &t);
            if (t.kind == TOK_EMPTY) finish_record(&x);
        } else if (tok_is(&t, "EventCoding")) {
            event_coding(&x, &t);
        } else if (tok_is(&t, "Config")) {
            config(&x, &t);
        } else {
            for (size_t i = 0; i < sizeof captured / sizeof *captured; i++)
                if (tok_is(&t, captured[i].tag)) {
                    if (t.kind == TOK_EMPTY) {
                        if (captured[i].capture == CAP_TEXT && x.in_record) x.has_text = 1;
                        else if (captured[i].capture != CAP_TEXT && captured[i].capture != CAP_INCLUDE)
                            warn_at(c, t.line, "<%s/> names no file", captured[i].tag);
                    } else {
                        begin_capture(&x, &t, captured[i].capture, captured[i].tag);
                    }
                }
            /* anything else (<Parse>, <PLEvent ...>, <Sentences>, ...) says
             * nothing the loader needs; text inside it is not captured */
        }
    }
    if (x.capture) {
        warn_at(c, x.capture_line, "<%s> not closed before the end of the file", x.capture_tag);
        end_capture(&x);
    }
    if (x.in_record) {
        error_at(c, x.rb.r.line, "record %s not closed by </Sentence> before the end of the file: dropped", x.rb.r.id);
        drop_record(&x);
    }
    if (x.n_pending)
        warn_at(c, x.pending_line, "%zu <Config> change%s after the last record: no record follows", x.n_pending,
                x.n_pending == 1 ? "" : "s");
    free_settings(x.pending, x.n_pending);
    if (x.include)
        for (size_t i = first; i < c->s->n_records; i++)
            if (!included(x.include, c->s->records[i].category)) c->s->records[i].evaluate = 0;
    free(x.include);
    free(x.attrs);
    dbuf_free(&x.val);
    dbuf_free(&x.cap);
    dbuf_free(&x.text);
}

/* ---- TABARI text ---------------------------------------------------------- */

/* Carried from record to record (and file to file) */
typedef struct {
    int stopped; /* the "end of the standard validation records" record was seen */
    suite_setting *pending; /* OPTION settings of a dropped record, for the next one */
    size_t n_pending, cap_pending, pending_line;
} tab_state;

/* A record's lines after its header, joined with '\n', and where each
 * line came from. */
typedef struct {
    dbuf body;
    size_t *starts, *lines; /* offset in body and file line of each line */
    size_t n, cap_starts, cap_lines;
} tab_body;

static size_t body_line(const tab_body *b, size_t offset)
{
    size_t lo = 0, hi = b->n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (b->starts[mid] <= offset) lo = mid;
        else hi = mid;
    }
    return b->n ? b->lines[lo] : 0;
}

/* "OPTION: SET: TIME SHIFT = FALSE" (after "OPTION") -> a setting. */
static int tab_option(ctx *c, rec_build *b, const char *g, size_t line)
{
    while (*g == ' ') g++;
    if (*g == ':') g++;
    while (*g == ' ') g++;
    const char *colon = strchr(g, ':');
    char *cmd = colon ? folded(g, (size_t)(colon - g)) : NULL;
    if (!cmd || !*cmd) {
        error_at(c, line, "record %s: \"{ OPTION: %.*s%s }\" names no command (SET:, DEFAULT:, ...): dropped", b->r.id,
                 EXC(strlen(g)), g, MORE(strlen(g)));
        free(cmd);
        return -1;
    }
    char *arg = folded(colon + 1, strlen(colon + 1)), *key, *value;
    if (strcasecmp(cmd, "SET") == 0) {
        char *eq = strchr(arg, '=');
        size_t k = eq ? (size_t)(eq - arg) : strcspn(arg, " ");
        key = folded(arg, k);
        value = folded(arg + k + (eq != NULL), strlen(arg + k + (eq != NULL)));
        free(cmd);
    } else {
        key = cmd;
        value = dyad_xstrdup(arg);
    }
    free(arg);
    if (!*key) {
        error_at(c, line, "record %s: \"{ OPTION: %.*s%s }\" sets nothing: dropped", b->r.id, EXC(strlen(g)), g,
                 MORE(strlen(g)));
        free(key), free(value);
        return -1;
    }
    add_setting(&b->r.settings, &b->r.n_settings, &b->cap_settings, key, value);
    return 0;
}

/* One "{...}" group of a comment, content g (folded); after: what follows
 * its '}' up to the comment's end (NULL when the group was not closed). */
static int tab_group(ctx *c, rec_build *b, const char *g, const char *after, const char *cend, size_t line)
{
    if (strncasecmp(g, "OPTION", 6) == 0 && (g[6] == ':' || g[6] == ' ')) return tab_option(c, b, g + 6, line);
    static const struct {
        const char *marker, *error;
    } markers[] = {{"---", NULL}, {"+++", "complex"}, {"###", "discard"}};
    for (size_t i = 0; i < sizeof markers / sizeof *markers; i++)
        if (strcmp(g, markers[i].marker) == 0) {
            b->r.expect_no_event = 1;
            if (markers[i].error && !b->r.expected_error) b->r.expected_error = dyad_xstrdup(markers[i].error);
            return 0;
        }
    /* "SRC / TGT / CODE" */
    char *part[3] = {NULL, NULL, NULL};
    const char *p = g;
    size_t k = 0;
    for (; k < 3; k++) { /* three fields, each one word, and nothing after */
        size_t n = strcspn(p, "/");
        part[k] = folded(p, n);
        p += n;
        if (!*part[k] || strchr(part[k], ' ') || (k < 2) != (*p == '/')) break;
        if (*p == '/') p++;
    }
    if (k < 3) {
        for (size_t i = 0; i < 3; i++) free(part[i]);
        error_at(c, line, "record %s: unreadable expectation \"{ %.*s%s }\" (want { SOURCE / TARGET / CODE }): dropped",
                 b->r.id, EXC(strlen(g)), g, MORE(strlen(g)));
        return -1;
    }
    int32_t date = 0;
    if (after) { /* "{ DAG / GON / 032 } 950103": the event's own date */
        while (after < cend && (*after == ' ' || *after == '\t')) after++;
        const char *d = after;
        while (after < cend && is_digit((unsigned char)*after)) after++;
        size_t n = (size_t)(after - d);
        if ((n == 6 || n == 8) && (after == cend || !isalnum((unsigned char)*after))) {
            date = parse_date(d, n);
            if (!date) {
                for (size_t i = 0; i < 3; i++) free(part[i]);
                error_at(c, line, "record %s: event date \"%.*s\" is not a valid day: dropped", b->r.id, (int)n, d);
                return -1;
            }
        }
    }
    add_event(b, part[0], part[1], part[2], date);
    return 0;
}

static void tab_record(ctx *c, tab_state *st, rec_build *b, tab_body *body)
{
    const char *data = body->body.data ? body->body.data : "", *end = data + body->body.len;
    const char *open = find(data, end, "/*"), *close = NULL;
    const char *cstart = end, *cend = end;
    if (open) {
        cstart = open + 2;
        const char *first = find(cstart, end, "*/");
        for (const char *q = first; q; q = find(q + 2, end, "*/")) close = q;
        if (!close)
            warn_at(c, body_line(body, (size_t)(open - data)),
                    "record %s: comment \"/*\" not closed by \"*/\": read to the end of the record", b->r.id);
        else if (close != first)
            warn_at(c, body_line(body, (size_t)(first + 2 - data)),
                    "record %s: \"*/\" found again after the comment's end: the comment is read up to the last one",
                    b->r.id);
        cend = close ? close : end;
    }
    /* the text is all the record holds outside its comment */
    dbuf text = {0};
    dbuf_append(&text, data, (size_t)((open ? open : end) - data));
    if (close) dbuf_putc(&text, ' '), dbuf_append(&text, close + 2, (size_t)(end - close - 2));
    b->r.text = folded(text.data ? text.data : "", text.len);
    dbuf_free(&text);

    dbuf g = {0};
    for (const char *q = cstart; q < cend;) {
        const char *brace = memchr(q, '{', (size_t)(cend - q));
        if (!brace) break;
        size_t line = body_line(body, (size_t)(brace - data));
        int disabled = brace > cstart && brace[-1] == '-'; /* "-{ ... }": switched off by the suite */
        const char *gs = brace + 1;
        const char *lb = memchr(gs, '{', (size_t)(cend - gs));
        const char *limit = lb ? lb : cend; /* a group ends before the next one starts */
        const char *rb = memchr(gs, '}', (size_t)(limit - gs));
        const char *ge, *after;
        if (rb) {
            ge = rb, after = rb + 1;
        } else {
            const char *eol = memchr(gs, '\n', (size_t)(limit - gs));
            ge = eol ? eol : limit;
            after = NULL;
            if (!disabled)
                warn_at(c, line, "record %s: '{' not closed by '}': read to the end of its line", b->r.id);
        }
        q = after ? after : ge;
        /* the comments write line breaks as a literal "\n" */
        dbuf_clear(&g);
        for (const char *p = gs; p < ge; p++) {
            if (*p == '\\' && p + 1 < ge && p[1] == 'n') dbuf_putc(&g, ' '), p++;
            else dbuf_putc(&g, *p);
        }
        char *content = folded(g.data ? g.data : "", g.len);
        if (*content && !disabled && tab_group(c, b, content, after, cend, line) != 0) b->bad = 1;
        free(content);
    }
    dbuf_free(&g);
    if (b->bad) { /* its setting changes still take effect, from the next record on */
        if (b->r.n_settings)
            warn_at(c, b->r.line, "record %s: its %zu OPTION setting%s take%s effect from the next record", b->r.id,
                    b->r.n_settings, b->r.n_settings == 1 ? "" : "s", b->r.n_settings == 1 ? "s" : "");
        for (size_t i = 0; i < b->r.n_settings; i++)
            add_setting(&st->pending, &st->n_pending, &st->cap_pending, b->r.settings[i].key, b->r.settings[i].value);
        if (b->r.n_settings) st->pending_line = b->r.line;
        b->r.n_settings = 0;
        free_record(&b->r);
        memset(b, 0, sizeof *b);
        return;
    }
    if (st->n_pending) { /* settings of a dropped record come first */
        for (size_t i = 0; i < b->r.n_settings; i++)
            add_setting(&st->pending, &st->n_pending, &st->cap_pending, b->r.settings[i].key, b->r.settings[i].value);
        free(b->r.settings);
        b->r.settings = st->pending, b->r.n_settings = st->n_pending;
        st->pending = NULL, st->n_pending = st->cap_pending = 0;
    }
    /* START records explain the suite; the validation ends at the record
     * that says it is the end of the standard validation records */
    int start = strncmp(b->r.id, "START", 5) == 0;
    if (!start && contains_ci(b->r.text, "end of the standard validation records")) st->stopped = 1;
    b->r.evaluate = !start && !st->stopped && (b->r.n_expected || b->r.expect_no_event);
    push_record(c, b);
}

static void load_tabari(ctx *c, tab_state *st, const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    size_t line = 0;
    enum { OUTSIDE, IN_RECORD, SKIPPING } mode = OUTSIDE;
    rec_build b = {0};
    tab_body body = {0};
    for (;;) {
        int eof = p >= end;
        const char *ls = p, *le = end;
        if (!eof) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            le = nl ? nl : end;
            p = nl ? nl + 1 : end;
            line++;
        }
        const char *te = le;
        if (te > ls && te[-1] == '\r') te--;
        int blank = 1;
        for (const char *q = ls; q < te; q++)
            if (!is_space((unsigned char)*q)) blank = 0;
        if (eof || blank) {
            if (mode == IN_RECORD) tab_record(c, st, &b, &body);
            mode = OUTSIDE;
            if (eof) break;
            continue;
        }
        if (*ls == '#' || mode == SKIPPING) continue; /* '#' lines are comments wherever they are */
        if (mode == IN_RECORD) {
            if (body.body.len) dbuf_putc(&body.body, '\n');
            DYAD_GROW(body.starts, body.cap_starts, body.n + 1);
            DYAD_GROW(body.lines, body.cap_lines, body.n + 1);
            body.starts[body.n] = body.body.len, body.lines[body.n++] = line;
            dbuf_append(&body.body, ls, (size_t)(te - ls));
            continue;
        }
        /* a header: "YYMMDD ID [more]" */
        mode = SKIPPING;
        const char *q = ls;
        while (q < te && (*q == ' ' || *q == '\t')) q++;
        const char *d = q;
        while (q < te && is_digit((unsigned char)*q)) q++;
        size_t dn = (size_t)(q - d);
        if (!dn || (q < te && *q != ' ' && *q != '\t')) {
            error_at(c, line,
                     "text outside a record (want a \"YYMMDD ID\" header line): skipped to the next blank line");
            continue;
        }
        while (q < te && (*q == ' ' || *q == '\t')) q++;
        const char *id = q;
        while (q < te && *q != ' ' && *q != '\t') q++;
        size_t idn = (size_t)(q - id);
        if (!idn) {
            error_at(c, line, "record header \"%.*s\" has no id: record dropped", EXC(dn), d);
            continue;
        }
        if (idn == dn && memcmp(id, d, dn) == 0) { /* "950101  950101  AGENTS-11" */
            while (q < te && (*q == ' ' || *q == '\t')) q++;
            const char *next = q;
            while (q < te && *q != ' ' && *q != '\t') q++;
            if (q > next) {
                warn_at(c, line, "date repeated in the record header: the id is read from the next word");
                id = next, idn = (size_t)(q - next);
            }
        }
        int32_t date = parse_date(d, dn);
        if (!date) {
            if (dn != 6 && dn != 8)
                error_at(c, line, "record %.*s%s: date \"%.*s%s\" has %zu digits (want YYMMDD or YYYYMMDD): dropped",
                         EXC(idn), id, MORE(idn), EXC(dn), d, MORE(dn), dn);
            else
                error_at(c, line, "record %.*s%s: date \"%.*s\" is not a valid day: dropped", EXC(idn), id, MORE(idn),
                         (int)dn, d);
            continue;
        }
        mode = IN_RECORD;
        memset(&b, 0, sizeof b);
        b.r.id = xstrndup(id, idn);
        b.r.date = date;
        b.r.line = line;
        dbuf_clear(&body.body);
        body.n = 0;
    }
    if (st->n_pending)
        warn_at(c, st->pending_line, "%zu OPTION setting%s of a dropped record: no record follows", st->n_pending,
                st->n_pending == 1 ? "" : "s");
    free_settings(st->pending, st->n_pending);
    st->pending = NULL, st->n_pending = st->cap_pending = 0;
    dbuf_free(&body.body);
    free(body.starts);
    free(body.lines);
}

/* ---- TABARI project ------------------------------------------------------- */

static char **load_project(ctx *c, const char *data, size_t len, size_t *n_texts)
{
    suite *s = c->s;
    char **texts = NULL;
    size_t cap_texts = 0;
    *n_texts = 0;
    const char *p = data, *end = data + len;
    for (size_t line = 1; p < end; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end, *q = p;
        p = nl ? nl + 1 : end;
        while (q < le && is_space((unsigned char)*q)) q++;
        if (q >= le || *q != '<') continue; /* the title line, blank lines */
        const char *gt = memchr(q, '>', (size_t)(le - q));
        if (!gt) continue;
        char *tag = folded(q + 1, (size_t)(gt - q - 1));
        char *value = folded(gt + 1, (size_t)(le - gt - 1));
        static const struct {
            const char *tag, *kind;
            size_t list; /* which list: index into the table below */
        } tags[] = {{"verbsfile", "verbs", 0},      {"actorsfile", "actors", 1},  {"agentsfile", "agents", 2},
                    {"optionsfile", "options", 3},  {"issuesfile", "issues", 4},  {"discardfile", "discards", 5},
                    {"discardsfile", "discards", 5}, {"textfile", "text", 6}};
        char ***lists[] = {&s->verbs, &s->actors, &s->agents, &s->options, &s->issues, &s->discards};
        size_t *counts[] = {&s->n_verbs, &s->n_actors, &s->n_agents, &s->n_options, &s->n_issues, &s->n_discards};
        size_t *caps[] = {&s->cap.verbs, &s->cap.actors, &s->cap.agents, &s->cap.options, &s->cap.issues,
                          &s->cap.discards};
        for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) {
            if (strcasecmp(tag, tags[i].tag) != 0) continue;
            if (!*value) {
                warn_at(c, line, "<%s> names no file", tag);
            } else if (tags[i].list == 6) {
                DYAD_GROW(texts, cap_texts, *n_texts + 1);
                texts[(*n_texts)++] = joined_path(s->dir, value);
            } else {
                size_t k = tags[i].list;
                add_file(c, line, tags[i].kind, lists[k], counts[k], caps[k], value);
            }
        }
        /* other tags (<eventfile>, <errorfile>, <coder>, <session ...>) are
         * TABARI's outputs and run log */
        free(tag);
        free(value);
    }
    return texts;
}

/* ---- entry points --------------------------------------------------------- */

/* Files are text: a NUL byte means the file is something else. */
static int has_nul(ctx *c, const char *data, size_t len)
{
    const char *z = memchr(data, '\0', len);
    if (!z) return 0;
    error_at(c, 1 + count_lines(data, z), "NUL byte: not a text file, nothing read from it");
    return 1;
}

/* ---- JSON Lines ----------------------------------------------------------- */

static char *json_string(const cJSON *o, const char *key)
{
    const char *v = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, key));
    return v ? dyad_xstrdup(v) : NULL;
}

static void load_jsonl(ctx *c, const char *data, size_t len)
{
    size_t line = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        line++;
        const char *q = p;
        while (q < stop && is_space((unsigned char)*q)) q++;
        if (q == stop) {
            p = stop + 1;
            continue;
        }
        cJSON *o = cJSON_ParseWithLength(p, (size_t)(stop - p));
        p = stop + 1;
        if (!cJSON_IsObject(o)) {
            error_at(c, line, "not a JSON object: record skipped");
            cJSON_Delete(o);
            continue;
        }
        rec_build b = {0};
        b.r.line = line;
        b.r.id = json_string(o, "id");
        const char *text = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "text"));
        b.r.text = text ? folded(text, strlen(text)) : NULL; /* white space folded, as for the other formats */
        b.r.category = json_string(o, "category");
        char *date = json_string(o, "date");
        if (date) {
            dbuf digits = {0};
            for (const char *d = date; *d; d++)
                if (is_digit((unsigned char)*d)) dbuf_putc(&digits, *d);
            b.r.date = parse_date(digits.data ? digits.data : "", digits.len);
            dbuf_free(&digits);
            free(date);
        }
        if (!b.r.id || !*b.r.id || !b.r.text || !b.r.date) {
            error_at(c, line, "record %s: missing or bad id, text or date: skipped", b.r.id ? b.r.id : "?");
            free_record(&b.r);
            cJSON_Delete(o);
            continue;
        }
        const cJSON *ev;
        cJSON_ArrayForEach(ev, cJSON_GetObjectItemCaseSensitive(o, "expected"))
        {
            char *src = json_string(ev, "source"), *tgt = json_string(ev, "target"), *code = json_string(ev, "code");
            if (!src || !tgt || !code) {
                error_at(c, line, "record %s: an expected event needs source, target and code", b.r.id);
                free(src), free(tgt), free(code);
                b.bad = 1;
                continue;
            }
            add_event(&b, src, tgt, code, 0);
        }
        b.r.expect_no_event = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "expect_no_event"));
        const cJSON *evaluate = cJSON_GetObjectItemCaseSensitive(o, "evaluate");
        b.r.evaluate = evaluate ? cJSON_IsTrue(evaluate) : 1;
        const cJSON *cfg;
        cJSON_ArrayForEach(cfg, cJSON_GetObjectItemCaseSensitive(o, "config_changes"))
        {
            char *k = json_string(cfg, "option"), *v = json_string(cfg, "value");
            if (k && v) add_setting(&b.r.settings, &b.r.n_settings, &b.cap_settings, k, v);
            else free(k), free(v);
        }
        cJSON_Delete(o);
        if (b.bad) {
            free_record(&b.r);
            continue;
        }
        push_record(c, &b);
    }
}

int suite_load_memory(suite *s, suite_kind kind, const char *name, const char *data, size_t len, suite_diag_fn diag,
                      void *user)
{
    ctx c = {s, name, diag, user, {0}};
    s->kind = kind;
    if (!has_nul(&c, data, len)) {
        if (kind == SUITE_JSONL) {
            load_jsonl(&c, data, len);
        } else if (kind == SUITE_PETRARCH) {
            load_petrarch(&c, data, len);
        } else {
            tab_state st = {0};
            load_tabari(&c, &st, data, len);
        }
    }
    dbuf_free(&c.msg);
    return 0;
}

char **suite_load_project_memory(suite *s, const char *name, const char *data, size_t len, size_t *n_texts,
                                 suite_diag_fn diag, void *user)
{
    ctx c = {s, name, diag, user, {0}};
    char **texts = NULL;
    *n_texts = 0;
    s->kind = SUITE_TABARI;
    if (!has_nul(&c, data, len)) texts = load_project(&c, data, len, n_texts);
    dbuf_free(&c.msg);
    return texts;
}

static char *read_file(const char *path, size_t *len, char **error)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        dbuf e = {0};
        dbuf_printf(&e, "cannot open %s: %s", path, strerror(errno));
        *error = (char *)dbuf_cstr(&e);
        return NULL;
    }
    dbuf b = {0};
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) dbuf_append(&b, chunk, got);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        dbuf_free(&b);
        dbuf e = {0};
        dbuf_printf(&e, "cannot read %s", path);
        *error = (char *)dbuf_cstr(&e);
        return NULL;
    }
    dbuf_cstr(&b);
    *len = b.len;
    return b.data;
}

static char *fail(char **error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *fail(char **error, const char *fmt, ...)
{
    dbuf e = {0};
    va_list ap;
    va_start(ap, fmt);
    dbuf_vprintf(&e, fmt, ap);
    va_end(ap);
    *error = (char *)dbuf_cstr(&e);
    return NULL;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The directory's file names, sorted; NULL (and *error) when unreadable. */
static char **list_dir(const char *dir, size_t *n, char **error)
{
    DIR *d = opendir(dir);
    if (!d) {
        fail(error, "cannot open %s: %s", dir, strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t cap = 0;
    *n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        DYAD_GROW(names, cap, *n + 1);
        names[(*n)++] = dyad_xstrdup(e->d_name);
    }
    closedir(d);
    if (*n) qsort(names, *n, sizeof *names, by_name);
    if (!names) names = dyad_xmalloc(sizeof *names);
    return names;
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* Picks the records file among the directory's names: the .project, else
 * the .xml (the one named *record* when there are several). */
static char *pick_records(char **names, size_t n, const char *dir, suite_kind *kind, char **error)
{
    const char *found = NULL;
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (ends_with(names[i], ".project")) found = names[i], count++;
    if (count > 1) return fail(error, "several .project files in %s: cannot tell which is the suite", dir);
    if (count == 1) {
        *kind = SUITE_TABARI;
        return joined_path(dir, found);
    }
    for (int pass = 0; pass < 2 && count != 1; pass++) {
        count = 0;
        for (size_t i = 0; i < n; i++) {
            if (!ends_with(names[i], ".xml")) continue;
            if (pass == 1 && !contains_ci(names[i], "record")) continue;
            found = names[i], count++;
        }
        if (count == 0 && pass == 0)
            return fail(error, "no records file in %s (want a TABARI .project or a PETRARCH records .xml)", dir);
    }
    if (count != 1) return fail(error, "several .xml files in %s: cannot tell which holds the records", dir);
    *kind = SUITE_PETRARCH;
    return joined_path(dir, found);
}

/* PETRARCH dictionaries not named by <Environment>: by file name. */
static void dictionaries_by_name(suite *s, char **names, size_t n, const char *records)
{
    static const char *words[] = {"verbs", "actors", "agents", "discards", "issues"};
    char ***lists[] = {&s->verbs, &s->actors, &s->agents, &s->discards, &s->issues};
    size_t *counts[] = {&s->n_verbs, &s->n_actors, &s->n_agents, &s->n_discards, &s->n_issues};
    size_t *caps[] = {&s->cap.verbs, &s->cap.actors, &s->cap.agents, &s->cap.discards, &s->cap.issues};
    int given[5];
    for (size_t k = 0; k < 5; k++) given[k] = *counts[k] != 0;
    for (size_t i = 0; i < n; i++) {
        char *path = joined_path(s->dir, names[i]);
        int self = strcmp(path, records) == 0;
        for (size_t k = 0; k < 5 && !self; k++) {
            if (given[k] || !contains_ci(names[i], words[k])) continue;
            DYAD_GROW(*lists[k], *caps[k], *counts[k] + 1);
            (*lists[k])[(*counts[k])++] = dyad_xstrdup(path);
            break;
        }
        free(path);
    }
}

int suite_load(suite *s, const char *path, suite_diag_fn diag, void *user, char **error)
{
    memset(s, 0, sizeof *s);
    *error = NULL;
    struct stat st;
    if (stat(path, &st) != 0) return fail(error, "cannot open %s: %s", path, strerror(errno)), -1;
    char **names = NULL, *records = NULL;
    size_t n_names = 0;
    suite_kind kind = SUITE_PETRARCH;
    if (S_ISDIR(st.st_mode)) {
        s->dir = dyad_xstrdup(path);
        if (!(names = list_dir(path, &n_names, error))) return -1;
        records = pick_records(names, n_names, path, &kind, error);
    } else {
        const char *slash = strrchr(path, '/');
        s->dir = slash ? xstrndup(path, (size_t)(slash - path) + (slash == path)) : dyad_xstrdup(".");
        if (ends_with(path, ".project")) kind = SUITE_TABARI, records = dyad_xstrdup(path);
        else if (ends_with(path, ".xml")) kind = SUITE_PETRARCH, records = dyad_xstrdup(path);
        else if (ends_with(path, ".jsonl")) kind = SUITE_JSONL, records = dyad_xstrdup(path);
        else fail(error, "cannot tell the suite format of %s (want a directory, a .project, a .xml or a .jsonl)", path);
    }
    if (!records) {
        free_names(names, n_names);
        return -1;
    }
    s->kind = kind;
    size_t len;
    char *data = read_file(records, &len, error);
    int rc = 0;
    if (!data) {
        rc = -1;
    } else if (kind == SUITE_JSONL) {
        s->records_file = dyad_xstrdup(records);
        suite_load_memory(s, kind, records, data, len, diag, user);
    } else if (kind == SUITE_PETRARCH) {
        s->records_file = dyad_xstrdup(records);
        suite_load_memory(s, kind, records, data, len, diag, user);
        if (!names && !(names = list_dir(s->dir, &n_names, error))) rc = -1;
        else dictionaries_by_name(s, names, n_names, records);
    } else {
        size_t n_texts;
        char **texts = suite_load_project_memory(s, records, data, len, &n_texts, diag, user);
        if (!n_texts) fail(error, "%s names no <textfile>", records), rc = -1;
        tab_state state = {0};
        for (size_t i = 0; i < n_texts && rc == 0; i++) {
            size_t tlen;
            char *text = read_file(texts[i], &tlen, error);
            if (!text) {
                rc = -1;
                break;
            }
            free(s->records_file);
            s->records_file = dyad_xstrdup(texts[i]);
            ctx c = {s, texts[i], diag, user, {0}};
            if (!has_nul(&c, text, tlen)) load_tabari(&c, &state, text, tlen);
            dbuf_free(&c.msg);
            free(text);
        }
        free_names(texts, n_texts);
    }
    if (rc == 0 && s->n_records == 0)
        fail(error, "no records read from %s", s->records_file ? s->records_file : records), rc = -1;
    free(data);
    free(records);
    free_names(names, n_names);
    return rc;
}

void suite_free(suite *s)
{
    for (size_t i = 0; i < s->n_records; i++) free_record(&s->records[i]);
    free(s->records);
    free_settings(s->settings, s->n_settings);
    free_names(s->verbs, s->n_verbs);
    free_names(s->actors, s->n_actors);
    free_names(s->agents, s->n_agents);
    free_names(s->discards, s->n_discards);
    free_names(s->issues, s->n_issues);
    free_names(s->options, s->n_options);
    free(s->dir);
    free(s->records_file);
    memset(s, 0, sizeof *s);
}
