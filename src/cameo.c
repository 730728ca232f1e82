/* cameo.c - loads dyad's CAMEO event code table (see cameo.h and
 * docs/cameo.md) and looks codes up in it. The file is copied once and cut
 * into fields in place, so every string of the table lives in one block;
 * the entries are kept sorted by code and found by binary search, which for
 * a few hundred codes is as fast as anything and needs no hashing. */
#include "cameo.h"
#include "utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

enum { N_COLUMNS = 8 };

static const char *const column_names[N_COLUMNS] = {
    "code", "root", "quad", "goldstein", "plover_type", "plover_mode", "plover_context", "label",
};

typedef struct {
    cameo_info info;
    size_t line; /* where it was read, for duplicate reports */
} cameo_entry;

struct cameo_table {
    char *text; /* the loaded copy, cut into NUL-terminated fields */
    cameo_entry *entries;
    size_t n, cap;
    size_t rejected;
};

/* ---- diagnostics --------------------------------------------------------- */

typedef struct {
    const char *name;
    dyad_diag_fn diag;
    void *user;
    dbuf msg;
} reporter;

static void report(reporter *r, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void report(reporter *r, size_t line, const char *fmt, ...)
{
    dbuf_clear(&r->msg);
    if (line) dbuf_printf(&r->msg, "%s:%zu: ", r->name, line);
    else dbuf_printf(&r->msg, "%s: ", r->name);
    va_list ap;
    va_start(ap, fmt);
    dbuf_vprintf(&r->msg, fmt, ap);
    va_end(ap);
    const char *text = dbuf_cstr(&r->msg);
    if (r->diag) r->diag(r->user, text);
    else fprintf(stderr, "%s\n", text);
}

/* How many bytes of s to quote in a message: at most 40, never cutting a
 * UTF-8 sequence. */
static int quote_len(const char *s)
{
    size_t n = strlen(s);
    if (n <= 40) return (int)n;
    n = 40;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    return (int)n;
}

/* ---- field checks -------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }


/* Checks a whole line (without its newline): NULL if fine, else what is wrong. */
static const char *check_bytes(const char *line, size_t len)
{
    const unsigned char *s = (const unsigned char *)line;
    for (size_t i = 0; i < len;) {
        if (s[i] == '\t') {
            i++;
            continue;
        }
        if (s[i] < 0x20 || s[i] == 0x7F) return "control character in the line";
        size_t n = utf8_valid_len(s + i, len - i);
        if (!n) return "invalid UTF-8";
        i += n;
    }
    return NULL;
}

static int is_code(const char *s)
{
    size_t n = 0;
    while (is_digit(s[n])) n++;
    return s[n] == '\0' && n >= 2 && n <= 4;
}

/* A weight written as [-+]digits[.digits] from -10 to 10. */
static int parse_goldstein(const char *s, double *out)
{
    const char *p = s;
    if (*p == '-' || *p == '+') p++;
    if (!is_digit(*p)) return 0;
    while (is_digit(*p)) p++;
    if (*p == '.') {
        p++;
        if (!is_digit(*p)) return 0;
        while (is_digit(*p)) p++;
    }
    if (*p) return 0;
    double v = strtod(s, NULL);
    if (!(v >= -10.0 && v <= 10.0)) return 0;
    *out = v;
    return 1;
}

static int is_plover_type(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || *s == '_')) return 0;
    return 1;
}

/* ---- loading ------------------------------------------------------------- */

/* Cuts one line (len bytes at line, line[len] writable) into fields and
 * checks them; adds the entry or reports why not. */
static void load_line(cameo_table *t, reporter *r, size_t line_no, char *line, size_t len)
{
    const char *problem = check_bytes(line, len);
    if (problem) {
        report(r, line_no, "%s, line skipped", problem);
        t->rejected++;
        return;
    }
    char *field[N_COLUMNS];
    size_t n = 0;
    char *p = line, *end = line + len;
    for (;;) {
        char *tab = memchr(p, '\t', (size_t)(end - p));
        if (n < N_COLUMNS) field[n] = p;
        n++;
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    *end = '\0';
    if (n != N_COLUMNS) {
        report(r, line_no, "expected %d tab-separated columns, found %zu, line skipped", N_COLUMNS, n);
        t->rejected++;
        return;
    }

    const char *code = field[0], *root = field[1];
    double goldstein = 0;
    int bad = -1;
    if (!is_code(code)) bad = 0;
    else if (strlen(root) != 2 || memcmp(root, code, 2) != 0 || strcmp(root, "01") < 0 || strcmp(root, "20") > 0)
        bad = 1;
    else if (!(field[2][0] >= '1' && field[2][0] <= '4' && field[2][1] == '\0')) bad = 2;
    else if (!parse_goldstein(field[3], &goldstein)) bad = 3;
    else if (field[4][0] && !is_plover_type(field[4])) bad = 4;
    else if (!field[7][0]) bad = 7;
    if (bad >= 0) {
        static const char *const why[N_COLUMNS] = {
            "is not 2 to 4 digits",
            "is not the code's first two digits (01 to 20)",
            "is not a quad class 1 to 4",
            "is not a number from -10 to 10",
            "is not an upper-case PLOVER type",
            "",
            "",
            "is empty",
        };
        report(r, line_no, "%s \"%.*s\" %s, line skipped", column_names[bad], quote_len(field[bad]), field[bad],
               why[bad]);
        t->rejected++;
        return;
    }

    DYAD_GROW(t->entries, t->cap, t->n + 1);
    cameo_entry *e = &t->entries[t->n++];
    e->line = line_no;
    e->info = (cameo_info){
        .code = code,
        .root = root,
        .label = field[7],
        .plover_type = field[4][0] ? field[4] : NULL,
        .plover_mode = field[5][0] ? field[5] : NULL,
        .plover_context = field[6][0] ? field[6] : NULL,
        .quad = field[2][0] - '0',
        .goldstein = goldstein,
    };
}

static int is_blank_line(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') return 0;
    return 1;
}

static int entry_order(const void *a, const void *b)
{
    const cameo_entry *x = a, *y = b;
    int c = strcmp(x->info.code, y->info.code);
    if (c) return c;
    return (x->line > y->line) - (x->line < y->line);
}

cameo_table *cameo_load_memory(const char *name, const char *data, size_t len, dyad_diag_fn diag, void *diag_user)
{
    cameo_table *t = dyad_xmalloc(sizeof *t);
    *t = (cameo_table){0};
    t->text = dyad_xmalloc(len + 1);
    if (len) memcpy(t->text, data, len);
    t->text[len] = '\0';
    reporter r = {.name = name ? name : "(cameo)", .diag = diag, .user = diag_user};

    char *p = t->text, *end = t->text + len;
    size_t line_no = 0;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *stop = nl ? nl : end;
        line_no++;
        size_t n = (size_t)(stop - p);
        if (n && p[n - 1] == '\r') n--;
        if (n && p[0] != '#' && !is_blank_line(p, n)) load_line(t, &r, line_no, p, n);
        p = stop + 1;
    }

    /* Sorted by code, first occurrence first; later ones are dropped. */
    if (t->n) qsort(t->entries, t->n, sizeof *t->entries, entry_order);
    size_t kept = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (kept && strcmp(t->entries[kept - 1].info.code, t->entries[i].info.code) == 0) {
            report(&r, t->entries[i].line, "code %s listed again (first at line %zu), line skipped",
                   t->entries[i].info.code, t->entries[kept - 1].line);
            t->rejected++;
            continue;
        }
        t->entries[kept++] = t->entries[i];
    }
    t->n = kept;
    if (t->rejected)
        report(&r, 0, "%zu bad line%s skipped, %zu code%s loaded", t->rejected, t->rejected == 1 ? "" : "s", t->n,
               t->n == 1 ? "" : "s");
    dbuf_free(&r.msg);
    return t;
}

cameo_table *cameo_load(const char *path, dyad_diag_fn diag, void *diag_user, char **error)
{
    if (error) *error = NULL;
    FILE *f = fopen(path, "rb");
    dbuf text = {0};
    int err = 0;
    if (f) {
        for (;;) {
            dbuf_reserve(&text, 65536);
            size_t got = fread(text.data + text.len, 1, text.cap - text.len - 1, f);
            if (!got) break;
            text.len += got;
        }
        if (ferror(f)) err = errno ? errno : EIO;
        fclose(f);
    } else {
        err = errno ? errno : ENOENT;
    }
    if (err) {
        if (error) {
            dbuf msg = {0};
            dbuf_printf(&msg, "%s: cannot read: %s", path, strerror(err));
            dbuf_cstr(&msg);
            *error = msg.data;
        }
        dbuf_free(&text);
        return NULL;
    }
    cameo_table *t = cameo_load_memory(path, text.data ? text.data : "", text.len, diag, diag_user);
    dbuf_free(&text);
    return t;
}

/* ---- lookup -------------------------------------------------------------- */

/* Compares the first len bytes of key with code, in strcmp's order. */
static int key_order(const char *key, size_t len, const char *code)
{
    size_t i = 0;
    for (; i < len && code[i]; i++)
        if (key[i] != code[i]) return (unsigned char)key[i] < (unsigned char)code[i] ? -1 : 1;
    if (i < len) return 1;
    return code[i] ? -1 : 0;
}

static const cameo_info *find(const cameo_table *t, const char *key, size_t len)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = key_order(key, len, t->entries[mid].info.code);
        if (c == 0) return &t->entries[mid].info;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

const cameo_info *cameo_lookup(const cameo_table *t, const char *code)
{
    if (!t || !code) return NULL;
    size_t n = 0;
    while (code[n]) {
        if (!is_digit(code[n])) return NULL;
        n++;
    }
    for (size_t len = n < 4 ? n : 4; len >= 2; len--) {
        const cameo_info *info = find(t, code, len);
        if (info) return info;
    }
    return NULL;
}

size_t cameo_count(const cameo_table *t) { return t ? t->n : 0; }

const cameo_info *cameo_at(const cameo_table *t, size_t i) { return t && i < t->n ? &t->entries[i].info : NULL; }

size_t cameo_rejected(const cameo_table *t) { return t ? t->rejected : 0; }

void cameo_free(cameo_table *t)
{
    if (!t) return;
    free(t->entries);
    free(t->text);
    free(t);
}
