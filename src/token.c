/* token.c - cuts text into Penn-Treebank-style tokens (rules in
 * docs/text.md). Each white-space-delimited chunk is peeled: opening
 * punctuation from the front, closing punctuation from the back (keeping an
 * abbreviation's period), inner dashes split, then clitics split from the
 * word that is left. Tokens keep exact byte offsets into the text. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "abbrev.h"
#include "text.h"
#include "utf8.h"

typedef struct {
    const char *text;
    size_t end;        /* end of the whole text being tokenized */
    token_list *out;
    int double_open;   /* a straight double quote is open */
    int single_open;   /* an opening single quote is waiting for its close */
    int chunk_has_at;  /* the current chunk contains '@' (a possible e-mail address) */
    unsigned char pending_flags; /* SPACE_BEFORE / PARAGRAPH for the next token */
} tokenizer;

static void emit(tokenizer *t, size_t start, size_t len, dyad_token_kind kind, unsigned flags)
{
    token_list *l = t->out;
    if (l->count == l->cap) DYAD_GROW(l->items, l->cap, l->count + 1);
    l->items[l->count++] = (dyad_token){start, len, (unsigned char)kind,
                                        (unsigned char)(flags | t->pending_flags)};
    t->pending_flags = 0;
}

static int32_t cp_at(const tokenizer *t, size_t pos, size_t end, size_t *n)
{
    int32_t cp;
    *n = utf8_decode(t->text + pos, t->text + end, &cp);
    return cp;
}

/* The character ending at `end` (after `start`). */
static int32_t cp_before(const tokenizer *t, size_t start, size_t end, size_t *n)
{
    size_t p = end - 1;
    while (p > start && ((unsigned char)t->text[p] & 0xC0) == 0x80) p--;
    return cp_at(t, p, end, n);
}

#define LDQUO 0x201C
#define RDQUO 0x201D
#define LSQUO 0x2018
#define RSQUO 0x2019
#define ELLIPSIS 0x2026
#define EM_DASH 0x2014
#define EN_DASH 0x2013

static int is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
static int is_alnum_byte(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80; }

/* ASCII letters and digits: most chunks are made of nothing else. */
static inline int is_ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* ---- whole-chunk forms: URLs, e-mail, handles, hashtags ---------------- */

static size_t url_length(const tokenizer *t, size_t s, size_t e)
{
    const char *p = t->text + s;
    size_t n = e - s;
    char first = (char)(p[0] | 0x20);
    if (first != 'h' && first != 'w' && p[0] != '#' && !t->chunk_has_at) return 0;
    int url = (n > 7 && strncasecmp(p, "http://", 7) == 0) || (n > 8 && strncasecmp(p, "https://", 8) == 0) ||
              (n > 4 && strncasecmp(p, "www.", 4) == 0);
    if (!url) {
        size_t k;
        int32_t first = cp_at(t, s, e, &k);
        if ((first == '@' || first == '#') && n > 1) {
            size_t k2;
            int32_t second = cp_at(t, s + 1, e, &k2);
            if (!(first == '#' ? utf8_is_letter(second) : utf8_is_word_char(second) || second == '_')) return 0;
            size_t q = s + 1;
            while (q < e) {
                int32_t cp = cp_at(t, q, e, &k2);
                if (!utf8_is_word_char(cp) && cp != '_') break;
                q += k2;
            }
            return q - s;
        }
        const char *at = memchr(p, '@', n);
        if (!at || at == p || !memchr(at, '.', (size_t)(p + n - at))) return 0;
        for (const char *q = p; q < p + n; q++)
            if (!((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') && !(*q >= '0' && *q <= '9') &&
                !strchr("@._-+", *q))
                return 0; /* e-mail addresses: plain ASCII only */
        if (!((at[1] | 0x20) >= 'a' && (at[1] | 0x20) <= 'z') && !(at[1] >= '0' && at[1] <= '9')) return 0;
    }
    /* trailing punctuation is not part of the address */
    while (n > 0 && strchr(".,;:!?)]}'\"", p[n - 1])) n--;
    while (n >= 3 && ((unsigned char)p[n - 3] == 0xE2 && (unsigned char)p[n - 2] == 0x80 &&
                      ((unsigned char)p[n - 1] == 0x9D || (unsigned char)p[n - 1] == 0x99 ||
                       (unsigned char)p[n - 1] == 0xA6)))
        n -= 3;
    return n;
}

/* ---- numbers ----------------------------------------------------------- */

static int is_number(const tokenizer *t, size_t s, size_t e)
{
    const char *p = t->text + s;
    size_t n = e - s, i = 0;
    if (n && (p[0] == '-' || p[0] == '+')) i++;
    if (i >= n || !(p[i] >= '0' && p[i] <= '9')) return 0;
    while (i < n && ((p[i] >= '0' && p[i] <= '9') || strchr(".,:/-", p[i]))) i++;
    if (i == n) return 1;
    static const char *const suffixes[] = {"st", "nd", "rd", "th", "s", "bn", "m", "mn", "k", "tn", "pc", "km"};
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++)
        if (n - i == strlen(suffixes[k]) && strncasecmp(p + i, suffixes[k], n - i) == 0) return 1;
    return 0;
}

/* ---- the word left after peeling: clitics and kind --------------------- */

/* Does the word end in an apostrophe-led clitic ('s, n't, ’re, ...)? Only
 * words with an apostrophe in their last five bytes can. */
static int may_have_clitic(const tokenizer *t, size_t s, size_t e)
{
    for (size_t p = e > s + 5 ? e - 5 : s; p < e; p++)
        if (t->text[p] == '\'' || (unsigned char)t->text[p] == 0x99) return 1;
    return 0;
}

/* Emits the word s..e, with its clitics split off ("should" "n't" "'ve"). */
static void emit_word(tokenizer *t, size_t s, size_t e)
{
    static const struct {
        const char *text;
        size_t len;
    } clitics[] = {{"n't", 3}, {"n’t", 5}, {"'s", 2}, {"’s", 4}, {"'re", 3}, {"’re", 5}, {"'ve", 3},
                   {"’ve", 5}, {"'ll", 3}, {"’ll", 5}, {"'d", 2},  {"’d", 4},  {"'m", 2},  {"’m", 4}};
    enum { MAX_CLITICS = 3 }; /* "should" "n't" "'ve": more never occur */
    size_t cuts[MAX_CLITICS + 1], ncuts = 0;
    if (e <= s) return;
    cuts[0] = e;
    while (ncuts < MAX_CLITICS && may_have_clitic(t, s, e)) {
        size_t k = 0, n = 0;
        for (; k < sizeof clitics / sizeof *clitics; k++) {
            n = clitics[k].len;
            if (e - s > n && strncasecmp(t->text + e - n, clitics[k].text, n) == 0) {
                int32_t before = cp_before(t, s, e - n, &(size_t){0});
                if (utf8_is_letter(before) || is_digit(before)) break;
                /* (and after an abbreviation's period: "U.N.'s aid chief") */
                if (before == '.' && e - n - s >= 2 && utf8_is_letter((unsigned char)t->text[e - n - 2])) break;
            }
        }
        if (k == sizeof clitics / sizeof *clitics) break;
        e -= n;
        cuts[++ncuts] = e;
    }
    dyad_token_kind kind = DYAD_TOKEN_WORD;
    if (t->text[e - 1] == '.') kind = DYAD_TOKEN_ABBREV;
    else if (is_number(t, s, e)) kind = DYAD_TOKEN_NUMBER;
    else {
        int word = 0;
        for (size_t p = s, k; p < e; p += k)
            if (utf8_is_word_char(cp_at(t, p, e, &k))) { word = 1; break; }
        if (!word) kind = DYAD_TOKEN_SYMBOL;
    }
    emit(t, s, e - s, kind, 0);
    for (size_t i = ncuts; i > 0; i--) emit(t, cuts[i], cuts[i - 1] - cuts[i], DYAD_TOKEN_CLITIC, 0);
}

/* ---- quotes ------------------------------------------------------------ */

static void emit_quote(tokenizer *t, size_t pos, size_t len, int opening)
{
    emit(t, pos, len, DYAD_TOKEN_QUOTE, opening ? DYAD_TOKEN_OPENING : DYAD_TOKEN_CLOSING);
}

/* ---- chunks ------------------------------------------------------------ */

static void chunk(tokenizer *t, size_t s, size_t e, int at_space);

/* Length of the run of c at pos when at least min long, else 0. */
static size_t run_of(const tokenizer *t, size_t pos, size_t e, char c, size_t min)
{
    size_t n = 0;
    while (pos + n < e && t->text[pos + n] == c) n++;
    return n >= min ? n : 0;
}

/* Length of a dash at pos (—, –, ―, or two or more hyphens), or 0. */
static size_t dash_len(const tokenizer *t, size_t pos, size_t e)
{
    size_t k, n = run_of(t, pos, e, '-', 2);
    if (n) return n;
    int32_t cp = cp_at(t, pos, e, &k);
    return cp == EM_DASH || cp == EN_DASH || cp == 0x2015 ? k : 0;
}

/* Length of an ellipsis at pos (…, or three or more periods), or 0. */
static size_t ellipsis_len(const tokenizer *t, size_t pos, size_t e)
{
    size_t k, n = run_of(t, pos, e, '.', 3);
    if (n) return n;
    return cp_at(t, pos, e, &k) == ELLIPSIS ? k : 0;
}

/* Peels punctuation off the front; returns the new start. `at_space`: the
 * chunk follows white space or an opening bracket or quote. */
static size_t peel_front(tokenizer *t, size_t s, size_t e, int at_space)
{
    while (s < e && !is_ascii_alnum((unsigned char)t->text[s])) {
        size_t k, n = 0;
        int32_t cp = cp_at(t, s, e, &k);
        int32_t next = s + k < e ? cp_at(t, s + k, e, &n) : -1;
        if (cp == '"') {
            int opening = (s + k == e) ? !t->double_open : at_space;
            t->double_open = opening;
            emit_quote(t, s, k, opening);
        } else if (cp == LDQUO || cp == '`') {
            emit_quote(t, s, k, 1);
        } else if (cp == RDQUO) {
            emit_quote(t, s, k, 0);
        } else if (cp == LSQUO || ((cp == '\'' || cp == RSQUO) && at_space)) {
            size_t n2;
            if (cp != LSQUO && is_digit(next) && s + k + n < e && is_digit(cp_at(t, s + k + n, e, &n2)))
                break; /* '90s */
            if (s + k < e) t->single_open = 1;
            emit_quote(t, s, k, s + k < e);
        } else if (cp == '\'' || cp == RSQUO) {
            t->single_open = 0;
            emit_quote(t, s, k, 0);
        } else if (cp == '(' || cp == '[' || cp == '{') {
            emit(t, s, k, DYAD_TOKEN_BRACKET, DYAD_TOKEN_OPENING);
        } else if (cp == ')' || cp == ']' || cp == '}') {
            emit(t, s, k, DYAD_TOKEN_BRACKET, DYAD_TOKEN_CLOSING);
            at_space = 0;
            s += k;
            continue;
        } else if ((n = dash_len(t, s, e)) > 0) {
            emit(t, s, n, DYAD_TOKEN_DASH, 0);
            s += n;
            at_space = 1;
            continue;
        } else if (cp == '-' && (is_digit(next) || next == '.')) {
            break; /* a negative number */
        } else if (cp == '-' && next == -1) {
            emit(t, s, k, DYAD_TOKEN_DASH, 0);
        } else if ((n = ellipsis_len(t, s, e)) > 0) {
            emit(t, s, n, DYAD_TOKEN_PUNCT, 0);
            s += n;
            at_space = 0;
            continue;
        } else if (cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == '.') {
            emit(t, s, k, DYAD_TOKEN_PUNCT, 0);
            at_space = 0;
            s += k;
            continue;
        } else if (utf8_is_currency(cp) || (cp == '#' && next != -1 && !utf8_is_letter(next)) ||
                   ((cp == '&' || cp == '*' || cp == '+' || cp == '=' || cp == '/' || cp == '%' ||
                     cp == '~' || cp == '^' || cp == '|' || cp == '<' || cp == '>') && next != -1 &&
                    !utf8_is_word_char(next) && next != '-')) {
            emit(t, s, k, DYAD_TOKEN_SYMBOL, 0);
        } else {
            break;
        }
        s += k;
        at_space = 1;
    }
    return s;
}

/* Trailing punctuation found from the back, emitted after the core. */
typedef struct {
    size_t pos, len;
    dyad_token_kind kind;
    unsigned flags;
} pending;

static int period_belongs(const tokenizer *t, size_t s, size_t dot)
{
    /* the word before the period, back to the last hyphen or slash */
    size_t w = dot;
    while (w > s && t->text[w - 1] != '-' && t->text[w - 1] != '/') w--;
    if (w != s) return 0; /* "U.S.-led." ends a compound word: a full stop */
    switch (abbrev_lookup(t->text + s, dot - s)) {
    case ABBREV_TITLE:
    case ABBREV_OTHER: return 1;
    case ABBREV_NUMBER: {
        size_t p = dot + 1, n;
        while (p < t->end && (n = utf8_space_len(t->text + p, t->text + t->end)) > 0) p += n;
        return p < t->end && t->text[p] >= '0' && t->text[p] <= '9';
    }
    default: return 0;
    }
}

/* Collects trailing punctuation into *items (last first); returns the end
 * of what is left. Changes no state: the quote states change when the
 * items are emitted (emit_pending). */
static size_t peel_back(const tokenizer *t, size_t s, size_t e, pending **items, size_t *count, size_t *cap)
{
    while (e > s && !is_ascii_alnum((unsigned char)t->text[e - 1])) {
        size_t k, n;
        int32_t cp = cp_before(t, s, e, &k);
        size_t pos = e - k;
        pending p = {pos, k, DYAD_TOKEN_PUNCT, 0};
        if (pos >= s + 2 && cp == '.' && (n = ellipsis_len(t, e - 3, e)) == 3) {
            size_t start = e - 3;
            while (start > s && t->text[start - 1] == '.') start--;
            p = (pending){start, e - start, DYAD_TOKEN_PUNCT, 0};
        } else if (cp == ELLIPSIS || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?') {
            /* punctuation */
        } else if (cp == '.') {
            if (pos > s && period_belongs(t, s, pos)) break;
        } else if (cp == '"' || cp == RDQUO) {
            p.kind = DYAD_TOKEN_QUOTE, p.flags = DYAD_TOKEN_CLOSING;
        } else if (cp == '\'' || cp == RSQUO) {
            int32_t before = pos > s ? cp_before(t, s, pos, &n) : -1;
            if (!t->single_open && (before == 's' || before == 'S'))
                p.kind = DYAD_TOKEN_CLITIC; /* plural possessive */
            else
                p.kind = DYAD_TOKEN_QUOTE, p.flags = DYAD_TOKEN_CLOSING;
        } else if (cp == ')' || cp == ']' || cp == '}') {
            p.kind = DYAD_TOKEN_BRACKET, p.flags = DYAD_TOKEN_CLOSING;
        } else if (cp == '%' || cp == 0x2030) {
            p.kind = DYAD_TOKEN_SYMBOL;
        } else if ((n = dash_len(t, pos, e)) > 0 || (cp == '-' && pos > s && t->text[pos - 1] == '-')) {
            size_t start = pos;
            while (start > s && t->text[start - 1] == '-') start--;
            if (start == pos && cp == '-') break;
            p = (pending){start, e - start, DYAD_TOKEN_DASH, 0};
        } else {
            break;
        }
        DYAD_GROW(*items, *cap, *count + 1);
        (*items)[(*count)++] = p;
        e = p.pos;
    }
    return e;
}

/* A comma or semicolon inside a chunk separates words unless it sits
 * between digits (1,000). */
static int inner_separator(const tokenizer *t, size_t p, size_t e)
{
    char c = t->text[p];
    if (c != ',' && c != ';') return 0;
    return !(is_digit((unsigned char)t->text[p - 1]) && p + 1 < e && is_digit((unsigned char)t->text[p + 1]));
}

/* Kind of an inner split that makes no token: the underscore joining two
 * words ("Dol_Amroth", as TABARI's texts and dictionaries write names) is
 * a gap between two words, like a space. */
#define GAP_KIND ((dyad_token_kind)255)

/* Finds the first dash, ellipsis, separator or joining underscore inside
 * s..e with something after it: returns its position (e when there is
 * none), its length and kind. */
static size_t inner_split(const tokenizer *t, size_t s, size_t e, size_t *len, dyad_token_kind *kind)
{
    size_t k;
    for (size_t p = s + utf8_char_len((unsigned char)t->text[s]); p < e; p += k) {
        unsigned char c = (unsigned char)t->text[p];
        k = utf8_char_len(c);
        /* only these bytes can start a dash, an ellipsis or a separator */
        if (c != '-' && c != '.' && c != ',' && c != ';' && c != 0xE2 && c != '_') continue;
        size_t n;
        if (c == '_') {
            if (p + 1 >= e || !is_alnum_byte((unsigned char)t->text[p - 1]) || !is_alnum_byte((unsigned char)t->text[p + 1]))
                continue;
            *len = 1;
            *kind = GAP_KIND;
            return p;
        }
        if ((n = dash_len(t, p, e)) > 0) *kind = DYAD_TOKEN_DASH;
        else if ((n = ellipsis_len(t, p, e)) > 0) *kind = DYAD_TOKEN_PUNCT;
        else if (inner_separator(t, p, e)) n = 1, *kind = DYAD_TOKEN_PUNCT;
        else continue;
        if (p + n >= e) break;
        *len = n;
        return p;
    }
    return e;
}

static void emit_pending(tokenizer *t, const pending *p)
{
    if (p->kind == DYAD_TOKEN_QUOTE) {
        if (t->text[p->pos] == '"') t->double_open = 0;
        else if (t->text[p->pos] == '\'' || memcmp(t->text + p->pos, "’", 3) == 0) t->single_open = 0;
    }
    emit(t, p->pos, p->len, p->kind, p->flags);
}

/* Tokenizes one white-space-delimited chunk. A loop, not recursion, so that
 * no input ("a--b--c--..." of any length) can exhaust the stack. */
static void chunk(tokenizer *t, size_t s, size_t e, int at_space)
{
    pending *items = NULL;
    size_t count = 0, cap = 0;
    for (;;) {
        s = peel_front(t, s, e, at_space);
        if (s >= e) break;
        size_t u = url_length(t, s, e);
        if (u) {
            emit(t, s, u, DYAD_TOKEN_URL, 0);
            s += u;
            at_space = 0;
            continue;
        }
        count = 0;
        size_t core_end = peel_back(t, s, e, &items, &count, &cap), n = 0;
        dyad_token_kind kind = DYAD_TOKEN_PUNCT;
        size_t split = core_end > s ? inner_split(t, s, core_end, &n, &kind) : core_end;
        if (split < core_end) { /* word, separator, then the rest as a new chunk */
            emit_word(t, s, split);
            if (kind != GAP_KIND) emit(t, split, n, kind, 0);
            s = split + n;
            at_space = kind == DYAD_TOKEN_DASH;
            continue;
        }
        emit_word(t, s, core_end);
        while (count > 0) emit_pending(t, &items[--count]);
        break;
    }
    free(items);
}

void tokenize(const char *text, size_t start, size_t end, token_list *list)
{
    tokenizer t = {.text = text, .end = end, .out = list};
    list->count = 0;
    size_t p = start;
    int first = 1;
    while (p < end) {
        size_t newlines = 0, ws = 0, n;
        while (p < end && (n = utf8_space_len(text + p, text + end)) > 0) {
            if (text[p] == '\n') newlines++;
            p += n, ws++;
        }
        if (p >= end) break;
        size_t e = p;
        int at = 0, plain = 1; /* plain: ASCII letters and digits only */
        for (;;) {
            unsigned char c;
            while (e < end && (c = (unsigned char)text[e]) > ' ' && c < 0x80) {
                plain &= is_ascii_alnum(c);
                at |= c == '@';
                e++;
            }
            if (e >= end || utf8_space_len(text + e, text + end) > 0) break;
            plain = 0;
            e += utf8_char_len((unsigned char)text[e]);
        }
        if (e > end) e = end;
        t.pending_flags = ws || first ? DYAD_TOKEN_SPACE_BEFORE : 0;
        if (newlines >= 2 && !first) {
            t.pending_flags |= DYAD_TOKEN_PARAGRAPH;
            t.double_open = t.single_open = 0;
        }
        first = 0;
        t.chunk_has_at = at;
        if (plain) /* a bare word or number: nothing to peel or split */
            emit(&t, p, e - p, is_digit((unsigned char)text[p]) && is_number(&t, p, e) ? DYAD_TOKEN_NUMBER : DYAD_TOKEN_WORD, 0);
        else
            chunk(&t, p, e, 1);
        p = e;
    }
}
