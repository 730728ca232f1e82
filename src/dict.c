/* dict.c - the dictionary set's storage (see dict.h): string pool, phrase
 * building, messages, dates and counts, shared by every loader. */
#include "dict.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void dict_init(dict_set *set)
{
    memset(set, 0, sizeof *set);
    dbuf_putc(&set->strings, '\0'); /* offset 0 is "" */
}

void dict_free(dict_set *set)
{
    dbuf_free(&set->msg);
    if (set->mapping) { /* only files[] was allocated: its strings and every array are in the mapping */
        free(set->files);
        munmap(set->mapping, set->mapping_len);
        memset(set, 0, sizeof *set);
        return;
    }
    dbuf_free(&set->strings);
    for (size_t i = 0; i < set->n_files; i++) free(set->files[i]);
    free(set->files);
    free(set->words), free(set->phrases), free(set->codes), free(set->actors), free(set->agents);
    free(set->synsets), free(set->elements), free(set->patterns), free(set->verbs);
    free(set->discards), free(set->issues), free(set->times), free(set->options), free(set->transforms);
    memset(set, 0, sizeof *set);
}

dict_str dict_intern(dict_set *set, const char *s, size_t n)
{
    if (n == 0) return 0;
    dict_str at = (dict_str)set->strings.len;
    dbuf_append(&set->strings, s, n);
    dbuf_putc(&set->strings, '\0');
    return at;
}

void dict_split_code(dict_set *set, dict_str *code, dict_str *reverse)
{
    const char *c = dict_string(set, *code), *colon = strchr(c, ':');
    if (!colon) return;
    size_t off = (size_t)*code, an = (size_t)(colon - c), rn = strlen(colon + 1);
    /* the pool may move while it grows: copy by offset, after reserving */
    dbuf_reserve(&set->strings, an + rn + 2);
    *reverse = rn ? dict_intern(set, set->strings.data + off + an + 1, rn) : 0;
    *code = an ? dict_intern(set, set->strings.data + off, an) : dict_intern(set, "---", 3);
}

uint32_t dict_add_file(dict_set *set, const char *name)
{
    DYAD_GROW(set->files, set->cap_files, set->n_files + 1);
    set->files[set->n_files] = dyad_xstrdup(name);
    return (uint32_t)set->n_files++;
}

static int is_separator(char c) { return c == '_' || c == ' ' || c == '\t'; }

dict_span dict_add_words(dict_set *set, const char *text, size_t n)
{
    dict_span span = {(uint32_t)set->n_words, 0};
    size_t i = 0;
    while (i < n) {
        while (i < n && is_separator(text[i])) i++;
        if (i >= n) break;
        size_t start = i;
        while (i < n && !is_separator(text[i])) i++;
        uint32_t flags = 0;
        size_t w = start, len = i - start;
        if (text[w] == '&' && len > 1) flags |= DICT_WORD_SYNSET, w++, len--;
        /* a word followed by '_' is whole: "FORCES_", "UNITED_NATIONS_" */
        if (i < n && text[i] == '_') flags |= DICT_WORD_EXACT;
        DYAD_GROW(set->words, set->cap_words, set->n_words + 1);
        set->words[set->n_words++] = (dict_word){dict_intern_upper(set, text + w, len), flags};
        span.count++;
    }
    return span;
}

dict_str dict_intern_upper(dict_set *set, const char *s, size_t n)
{
    if (n == 0) return 0;
    dict_str at = (dict_str)set->strings.len;
    dbuf_append(&set->strings, s, n);
    for (size_t i = at; i < at + n; i++)
        if (set->strings.data[i] >= 'a' && set->strings.data[i] <= 'z') set->strings.data[i] -= 32;
    dbuf_putc(&set->strings, '\0');
    return at;
}

void dict_add_element(dict_set *set, uint32_t kind, uint32_t flags, const char *text, size_t n)
{
    int word = kind == DICT_EL_WORD || kind == DICT_EL_SYNSET;
    dict_str s = word ? dict_intern_upper(set, text, n) : dict_intern(set, text, n);
    DYAD_GROW(set->elements, set->cap_elements, set->n_elements + 1);
    set->elements[set->n_elements++] = (dict_element){kind, flags, s};
}

uint32_t dict_add_phrase(dict_set *set, const char *text, size_t n)
{
    dict_span words = dict_add_words(set, text, n);
    DYAD_GROW(set->phrases, set->cap_phrases, set->n_phrases + 1);
    set->phrases[set->n_phrases] = (dict_phrase){words};
    return (uint32_t)set->n_phrases++;
}

/* ---- verb transformations: "a (a b ATTACK) SAY = a b 015" ------------------ */

typedef struct {
    const char *p;
    size_t n;
} tx_tok;

static int tx_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
static int tx_variable(char c) { return c >= 'a' && c <= 'z'; }
static int tx_is(tx_tok t, char c) { return t.n == 1 && t.p[0] == c; }
static int tx_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/* A verb name: letters, digits, '_' and '-', beginning with a letter; a
 * lone lower-case letter is a variable, not a verb. */
static int tx_verb(tx_tok t)
{
    if (!t.n || !((t.p[0] >= 'a' && t.p[0] <= 'z') || (t.p[0] >= 'A' && t.p[0] <= 'Z'))) return 0;
    if (t.n == 1 && tx_variable(t.p[0])) return 0;
    for (size_t i = 0; i < t.n; i++)
        if (!tx_alnum(t.p[i]) && t.p[i] != '_' && t.p[i] != '-') return 0;
    return 1;
}

/* A code: letters, digits and '-' ("015", "Q"). */
static int tx_code(tx_tok t)
{
    if (!t.n) return 0;
    for (size_t i = 0; i < t.n; i++)
        if (!tx_alnum(t.p[i]) && t.p[i] != '-') return 0;
    return 1;
}

/* An actor position: a variable, '.' (none) or, when any is allowed, '_'. */
static int tx_actor(tx_tok t, int any)
{
    return t.n == 1 && (tx_variable(t.p[0]) || t.p[0] == '.' || (any && t.p[0] == '_'));
}

const char *dict_parse_transform(dict_set *set, const char *text, size_t n, dict_transform *out)
{
    enum { WANT = 11 };
    tx_tok t[WANT + 1];
    size_t count = 0, opens = 0;
    for (size_t i = 0; i < n;) {
        if (tx_blank(text[i])) { i++; continue; }
        size_t start = i;
        if (text[i] == '(' || text[i] == ')' || text[i] == '=') i++;
        else
            while (i < n && !tx_blank(text[i]) && text[i] != '(' && text[i] != ')' && text[i] != '=') i++;
        opens += text[start] == '(';
        if (count <= WANT) t[count] = (tx_tok){text + start, i - start};
        count++;
    }
    if (count == 0) return "empty transformation";
    if (opens > 1) return "nested transformations (more than one '(') are not supported";
    if (!(t[0].n == 1 && tx_variable(t[0].p[0]))) return "the outer verb's subject must be a variable (a-z)";
    if (count < 2 || !tx_is(t[1], '(')) return "expected '(' after the subject";
    if (count < 3 || !tx_actor(t[2], 1)) return "the inner source must be a variable (a-z), '.' or '_'";
    if (count < 4 || !tx_actor(t[3], 1)) return "the inner target must be a variable (a-z), '.' or '_'";
    if (count < 5 || !tx_verb(t[4])) return "expected the inner verb (a verb name, or Q for any)";
    if (count < 6 || !tx_is(t[5], ')')) return "expected ')' after the inner verb";
    if (count < 7 || !tx_verb(t[6])) return "expected the outer verb after ')'";
    if (count < 8 || !tx_is(t[7], '=')) return "expected '=' after the outer verb";
    if (count < 9 || !tx_actor(t[8], 0)) return "the result's source must be a variable (a-z) or '.'";
    if (count < 10 || !tx_actor(t[9], 0)) return "the result's target must be a variable (a-z) or '.'";
    if (count < 11 || !tx_code(t[10])) return "expected the result's code (or Q: the inner event's code)";
    if (count > WANT) return "text after the result's code";
    char vars[3] = {t[0].p[0], t[2].p[0], t[3].p[0]};
    for (int k = 8; k <= 9; k++) {
        char v = t[k].p[0];
        if (v != '.' && v != vars[0] && v != vars[1] && v != vars[2])
            return k == 8 ? "the result's source is not a variable of the left side"
                          : "the result's target is not a variable of the left side";
    }
    if (t[8].p[0] == '.' && t[9].p[0] == '.') return "the result has neither a source nor a target";
    memset(out, 0, sizeof *out);
    out->outer_source = vars[0], out->inner_source = vars[1], out->inner_target = vars[2];
    out->source = t[8].p[0], out->target = t[9].p[0];
    out->inner_verb = dict_intern_upper(set, t[4].p, t[4].n);
    out->outer_verb = dict_intern_upper(set, t[6].p, t[6].n);
    out->code = dict_intern(set, t[10].p, t[10].n);
    out->text = dict_intern(set, text, n);
    return NULL;
}

int dict_transform_ok(const dict_transform *t)
{
    int inner_s = tx_variable(t->inner_source) || t->inner_source == '.' || t->inner_source == '_';
    int inner_t = tx_variable(t->inner_target) || t->inner_target == '.' || t->inner_target == '_';
    const char vars[3] = {t->outer_source, t->inner_source, t->inner_target};
    int bound_s = t->source == '.' || memchr(vars, t->source, 3) != NULL;
    int bound_t = t->target == '.' || memchr(vars, t->target, 3) != NULL;
    return tx_variable(t->outer_source) && inner_s && inner_t && bound_s && bound_t &&
           (t->source == '.' || tx_variable(t->source)) && (t->target == '.' || tx_variable(t->target)) &&
           !(t->source == '.' && t->target == '.') && t->inner_verb && t->outer_verb && t->code && !t->pad[0] &&
           !t->pad[1] && !t->pad[2];
}

void dict_transform_format(const dict_set *set, const dict_transform *t, dbuf *out)
{
    dbuf_printf(out, "%c (%c %c %s) %s = %c %c %s", t->outer_source, t->inner_source, t->inner_target,
                dict_string(set, t->inner_verb), dict_string(set, t->outer_verb), t->source, t->target,
                dict_string(set, t->code));
}

static void report(dict_set *set, dict_where at, const char *kind, const char *fmt, va_list ap)
{
    dbuf_clear(&set->msg);
    const char *file = at.file < set->n_files ? set->files[at.file] : "?";
    dbuf_printf(&set->msg, "%s:%u: %s", file, at.line, kind);
    dbuf_vprintf(&set->msg, fmt, ap);
    const char *line = dbuf_cstr(&set->msg);
    if (set->diag) set->diag(set->diag_user, line);
    else fprintf(stderr, "%s\n", line);
}

void dict_error(dict_set *set, dict_where at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(set, at, "", fmt, ap);
    va_end(ap);
    set->errors++;
}

void dict_warning(dict_set *set, dict_where at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(set, at, "warning: ", fmt, ap);
    va_end(ap);
    set->warnings++;
}

int32_t dict_parse_date(const char *s, size_t n)
{
    if (n != 6 && n != 8) return -1;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return -1;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    int32_t year, md;
    if (n == 6) {
        year = v / 10000;
        year += year <= 30 ? 2000 : 1900; /* as PETRARCH reads them */
        md = v % 10000;
    } else if (n == 8) {
        year = v / 10000;
        md = v % 10000;
    } else {
        return -1;
    }
    int month = md / 100, day = md % 100;
    if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
    return year * 10000 + md;
}

static int days_in(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return days[month - 1];
}

int32_t dict_day_before(int32_t d)
{
    int y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (m < 1 || m > 12) return d;
    if (day > days_in(y, m)) day = days_in(y, m) + 1; /* "0231" still means before Mar 1 */
    if (--day < 1) {
        if (--m < 1) m = 12, y--;
        day = days_in(y, m);
    }
    return y * 10000 + m * 100 + day;
}

void dict_stats_of(const dict_set *set, dict_stats *out)
{
    memset(out, 0, sizeof *out);
    out->actors = set->n_actors;
    for (size_t i = 0; i < set->n_actors; i++) {
        const dict_actor *a = &set->actors[i];
        out->actor_names += a->names.count;
        out->synonyms += a->names.count ? a->names.count - 1 : 0;
        out->codes += a->codes.count;
        for (uint32_t c = 0; c < a->codes.count; c++) {
            const dict_code *code = &set->codes[a->codes.first + c];
            if (code->from || code->to) out->dated_codes++;
        }
    }
    out->agents = set->n_agents;
    for (size_t i = 0; i < set->n_agents; i++) out->agent_names += set->agents[i].names.count;
    out->verbs = set->n_verbs;
    for (size_t i = 0; i < set->n_verbs; i++) out->verb_forms += set->verbs[i].forms.count;
    out->patterns = set->n_patterns;
    out->transforms = set->n_transforms;
    out->synsets = set->n_synsets;
    for (size_t i = 0; i < set->n_synsets; i++) out->synset_members += set->synsets[i].members.count;
    out->discards = set->n_discards;
    out->issues = set->n_issues;
    out->time_shifts = set->n_times;
    out->options = set->n_options;
    out->errors = set->errors;
    out->warnings = set->warnings;
}
