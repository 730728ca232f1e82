/* lemma.c - lemmas of verbs, common nouns and compared adjectives (see lemma.h).
 *
 * The rules run WordNet's "morphy" idea: irregular forms come from the
 * exception tables of data/model/lemma.bin (written by tools/gen_lemma.c from
 * WordNet 3.0, layout documented there), regular forms from suffix rules whose
 * candidates are kept only when they are known lemmas of that part of speech.
 * Words WordNet does not know fall back to conservative suffix stripping. The
 * file is read into memory once and checked completely (sizes, offsets, order,
 * hash), so that lookups afterwards are bisections that cannot go astray. */
#include "lemma.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_TABLES 6
#define HEADER_SIZE 32
#define DIR_ENTRY_SIZE 20
#define MAX_WORD 96 /* longer tokens are only lower-cased */

enum { VERB_EXC, NOUN_EXC, ADJ_EXC, VERB_SET, NOUN_SET, ADJ_SET };

typedef struct {
    const unsigned char *index; /* count little-endian offsets into str */
    const char *str;
    uint32_t count, str_len;
} table;

struct lemmatizer {
    unsigned char *data;
    size_t size;
    table t[N_TABLES];
};

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static const char *entry_key(const table *t, uint32_t i) { return t->str + rd32(t->index + 4 * (size_t)i); }

/* ---- loading ---- */

static lemmatizer *fail(lemmatizer *l, dbuf *error, const char *path, const char *why)
{
    if (error) dbuf_printf(error, "%s: %s", path, why);
    lemmatizer_free(l);
    return NULL;
}

static int check_table(const lemmatizer *l, const unsigned char *d, int id, table *t)
{
    if (rd32(d) != (uint32_t)id) return 0;
    uint64_t count = rd32(d + 4), index = rd32(d + 8), str = rd32(d + 12), str_len = rd32(d + 16);
    if (index < HEADER_SIZE || index + 4 * count > l->size) return 0;
    if (str < HEADER_SIZE || str_len == 0 || str + str_len > l->size) return 0;
    t->index = l->data + index;
    t->str = (const char *)l->data + str;
    t->count = (uint32_t)count;
    t->str_len = (uint32_t)str_len;
    if (t->str[str_len - 1] != '\0') return 0; /* so every entry is terminated */
    int exc = id <= ADJ_EXC;
    for (uint32_t i = 0; i < t->count; i++) {
        uint32_t off = rd32(t->index + 4 * (size_t)i);
        if (off >= str_len) return 0;
        const char *key = t->str + off;
        size_t klen = strlen(key);
        if (klen == 0) return 0;
        if (exc && (off + klen + 1 >= str_len || t->str[off + klen + 1] == '\0')) return 0;
        if (i && strcmp(entry_key(t, i - 1), key) >= 0) return 0; /* sorted, unique */
    }
    return 1;
}

lemmatizer *lemmatizer_load(const char *path, dbuf *error)
{
    lemmatizer *l = dyad_xmalloc(sizeof *l);
    memset(l, 0, sizeof *l);
    FILE *f = fopen(path, "rb");
    if (!f) return fail(l, error, path, strerror(errno));
    long size = -1;
    if (fseek(f, 0, SEEK_END) == 0) size = ftell(f);
    if (size < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return fail(l, error, path, "cannot determine file size");
    }
    if (size > (64L << 20)) {
        fclose(f);
        return fail(l, error, path, "too large for a lemma table");
    }
    l->size = (size_t)size;
    l->data = dyad_xmalloc(l->size ? l->size : 1);
    size_t got = fread(l->data, 1, l->size, f);
    fclose(f);
    if (got != l->size) return fail(l, error, path, "read error");

    const unsigned char *d = l->data;
    if (l->size < HEADER_SIZE + N_TABLES * DIR_ENTRY_SIZE)
        return fail(l, error, path, "truncated lemma table (shorter than its header)");
    if (memcmp(d, "DYADLEM1", 8) != 0) return fail(l, error, path, "not a dyad lemma table (bad magic)");
    if (rd32(d + 8) != 1) return fail(l, error, path, "unsupported lemma table version");
    if (rd32(d + 12) != N_TABLES) return fail(l, error, path, "unexpected number of tables");
    if (rd32(d + 16) != l->size) return fail(l, error, path, "truncated or padded lemma table (size mismatch)");
    uint32_t h = 2166136261u;
    for (size_t i = HEADER_SIZE; i < l->size; i++) h = (h ^ d[i]) * 16777619u;
    if (h != rd32(d + 20)) return fail(l, error, path, "corrupt lemma table (hash mismatch)");
    for (int i = 0; i < N_TABLES; i++)
        if (!check_table(l, d + HEADER_SIZE + (size_t)i * DIR_ENTRY_SIZE, i, &l->t[i]))
            return fail(l, error, path, "corrupt lemma table (bad table layout)");
    return l;
}

void lemmatizer_free(lemmatizer *l)
{
    if (!l) return;
    free(l->data);
    free(l);
}

/* ---- lookups ---- */

/* Index of key in t, or -1. */
static long find(const table *t, const char *key)
{
    uint32_t lo = 0, hi = t->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(entry_key(t, mid), key);
        if (c == 0) return (long)mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

static const char *exception(const lemmatizer *l, int id, const char *key)
{
    long i = find(&l->t[id], key);
    if (i < 0) return NULL;
    const char *k = entry_key(&l->t[id], (uint32_t)i);
    return k + strlen(k) + 1;
}

static int known(const lemmatizer *l, int id, const char *key) { return find(&l->t[id], key) >= 0; }

/* ---- candidate generation ---- */

/* A word being built: at most MAX_WORD bytes plus room for a suffix. */
typedef struct {
    char s[MAX_WORD + 8];
    size_t n;
} word;

static void set(word *w, const char *s, size_t n)
{
    if (n > MAX_WORD) n = MAX_WORD; /* only a crafted table has longer lemmas */
    memcpy(w->s, s, n);
    w->s[n] = '\0';
    w->n = n;
}

static int ends(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static int is_letter(char c) { return c >= 'a' && c <= 'z'; }
static int is_cons(char c) { return is_letter(c) && !is_vowel(c); }

/* Ends consonant-vowel-consonant (hop, bas, wid), the shape whose inflection
 * drops an e (hoped) or doubles the consonant (hopped); w, x, y excluded. */
static int cvc(const char *s, size_t n)
{
    if (n < 2) return 0;
    char c = s[n - 1];
    if (!is_cons(c) || c == 'w' || c == 'x' || c == 'y' || !is_vowel(s[n - 2])) return 0;
    return n == 2 || is_cons(s[n - 3]);
}

static int doubled(const char *s, size_t n) { return n >= 3 && s[n - 1] == s[n - 2] && is_cons(s[n - 1]); }

/* The base of a stem left after -ed/-ing/-er/-est: stem, stem+e, or the stem
 * undoubled (stopp -> stop), the first known one in an order that depends on
 * the stem's shape. */
static int base_of(const lemmatizer *l, int set_id, const char *stem, size_t n, word *out)
{
    if (n < 1 || n > MAX_WORD) return 0;
    word e, plain;
    set(&plain, stem, n);
    set(&e, stem, n);
    e.s[n] = 'e';
    e.s[n + 1] = '\0';
    e.n = n + 1;
    const word *order[2] = {&plain, &e};
    if (cvc(stem, n)) order[0] = &e, order[1] = &plain;
    for (int i = 0; i < 2; i++)
        if (known(l, set_id, order[i]->s)) {
            *out = *order[i];
            return 1;
        }
    if (doubled(stem, n)) {
        set(&plain, stem, n - 1);
        if (known(l, set_id, plain.s)) {
            *out = plain;
            return 1;
        }
    }
    return 0;
}

/* Replaces suffix `from` by `to` and keeps the result if known. */
static int swap(const lemmatizer *l, int set_id, const word *w, const char *from, const char *to, word *out)
{
    size_t f = strlen(from), t = strlen(to);
    if (!ends(w->s, w->n, from) || w->n - f + t < 2 || w->n - f + t > MAX_WORD) return 0;
    word c;
    set(&c, w->s, w->n - f);
    memcpy(c.s + c.n, to, t + 1);
    c.n += t;
    if (!known(l, set_id, c.s)) return 0;
    *out = c;
    return 1;
}

/* Known-lemma candidates for a plural noun or a third-person verb. */
static int unplural(const lemmatizer *l, int set_id, const word *w, word *out)
{
    static const char *noun_rules[][2] = {{"s", ""},     {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                          {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
    static const char *verb_rules[][2] = {{"s", ""}, {"ies", "y"}, {"es", ""}};
    if (set_id == NOUN_SET) {
        for (size_t i = 0; i < sizeof noun_rules / sizeof *noun_rules; i++)
            if (swap(l, set_id, w, noun_rules[i][0], noun_rules[i][1], out)) return 1;
        return 0;
    }
    for (size_t i = 0; i < sizeof verb_rules / sizeof *verb_rules; i++)
        if (swap(l, set_id, w, verb_rules[i][0], verb_rules[i][1], out)) return 1;
    return 0;
}

/* Conservative -s stripping for words WordNet does not know. */
static void strip_s(word *w)
{
    const char *s = w->s;
    size_t n = w->n;
    if (n < 3 || s[n - 1] != 's') return;
    if (ends(s, n, "ss") || ends(s, n, "us") || ends(s, n, "is") || ends(s, n, "'s")) return;
    if (n > 4 && ends(s, n, "ies") && is_cons(s[n - 4])) {
        w->n = n - 3;
        memcpy(w->s + w->n, "y", 2);
        w->n++;
        return;
    }
    if (ends(s, n, "sses") || ends(s, n, "shes") || ends(s, n, "ches") || ends(s, n, "xes") ||
        ends(s, n, "zes"))
        w->n = n - 2;
    else w->n = n - 1;
    w->s[w->n] = '\0';
}

/* Conservative base of a stem after -ed / -ing for unknown verbs. */
static void guess_base(word *w, size_t stem)
{
    const char *s = w->s;
    w->n = stem;
    w->s[stem] = '\0';
    char c = s[stem - 1];
    if (doubled(s, stem) && c != 'l' && c != 's' && c != 'z' && c != 'f') {
        w->s[--w->n] = '\0';
        return;
    }
    int add_e = c == 'v' || c == 'u' || ends(s, stem, "iz") || ends(s, stem, "yz") ||
                ends(s, stem, "dg") ||
                (c == 'l' && stem >= 3 && is_cons(s[stem - 2]) && s[stem - 2] != 'l' && s[stem - 2] != 'r');
    if (add_e) {
        w->s[w->n++] = 'e';
        w->s[w->n] = '\0';
    }
}

/* Replaces w by its listed exception's lemma; returns 1 when it has one. */
static int use_exception(const lemmatizer *l, int table, word *w)
{
    const char *x = exception(l, table, w->s);
    if (x) set(w, x, strlen(x));
    return x != NULL;
}


static void verb_base(const lemmatizer *l, word *w, penn_tag tag)
{
    static const char *const be[] = {"is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m", "be"};
    static const char *const have[] = {"has", "had", "having", "'ve", "have"};
    static const char *const dos[] = {"does", "did", "doing", "done", "do"};
    static const struct {
        const char *form, *lemma;
    } modal[] = {{"ca", "can"}, {"wo", "will"}, {"sha", "shall"}, {"'ll", "will"}};
    for (size_t i = 0; i < sizeof be / sizeof *be; i++)
        if (strcmp(w->s, be[i]) == 0) {
            set(w, "be", 2);
            return;
        }
    for (size_t i = 0; i < sizeof have / sizeof *have; i++)
        if (strcmp(w->s, have[i]) == 0) {
            set(w, "have", 4);
            return;
        }
    for (size_t i = 0; i < sizeof dos / sizeof *dos; i++)
        if (strcmp(w->s, dos[i]) == 0) {
            set(w, "do", 2);
            return;
        }
    if (strcmp(w->s, "'d") == 0) {
        if (tag == PENN_VBD || tag == PENN_VBN) {
            set(w, "have", 4);
            return;
        }
        set(w, "would", 5);
        return;
    }
    for (size_t i = 0; i < sizeof modal / sizeof *modal; i++)
        if (strcmp(w->s, modal[i].form) == 0) {
            set(w, modal[i].lemma, strlen(modal[i].lemma));
            return;
        }
    if (tag == PENN_MD) return;

    /* base forms: a known verb stays (found/VB is "found", not "find") */
    if ((tag == PENN_VB || tag == PENN_VBP) && known(l, VERB_SET, w->s)) return;
    if (use_exception(l, VERB_EXC, w)) return;

    word c;
    const char *s = w->s;
    size_t n = w->n;
    if (ends(s, n, "ed") && n >= 4) {
        if (base_of(l, VERB_SET, s, n - 2, &c)) goto found;
        if (swap(l, VERB_SET, w, "ied", "y", &c)) goto found;
    } else if (ends(s, n, "ing") && n >= 5) {
        if (swap(l, VERB_SET, w, "ying", "ie", &c)) goto found;
        if (base_of(l, VERB_SET, s, n - 3, &c)) goto found;
    } else if (ends(s, n, "s") && n >= 3) {
        if (unplural(l, VERB_SET, w, &c)) goto found;
    }
    if (known(l, VERB_SET, s)) return;

    /* unknown to WordNet: strip conservatively, by what the tag promises */
    if (tag == PENN_VBD || tag == PENN_VBN) {
        if (n >= 5 && ends(s, n, "ied") && is_cons(s[n - 4])) {
            w->n = n - 3;
            memcpy(w->s + w->n, "y", 2);
            w->n++;
        } else if (n >= 5 && ends(s, n, "eed")) {
            w->s[--w->n] = '\0';
        } else if (n >= 5 && ends(s, n, "ed")) {
            guess_base(w, n - 2);
        }
    } else if (tag == PENN_VBG) {
        if (n >= 6 && ends(s, n, "ing")) guess_base(w, n - 3);
    } else if (tag == PENN_VBZ) {
        strip_s(w);
    }
    return;
found:
    *w = c;
}

static void noun_base(const lemmatizer *l, word *w)
{
    /* plural forms that are their own lemma in news text */
    static const char *const same[] = {"news",     "police",    "people",  "data",       "media",
                                       "series",   "species",   "means",   "headquarters", "politics",
                                       "economics", "physics",  "statistics"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++)
        if (strcmp(w->s, same[i]) == 0) return;
    if (use_exception(l, NOUN_EXC, w)) return;
    word c;
    if (unplural(l, NOUN_SET, w, &c)) {
        *w = c;
        return;
    }
    if (known(l, NOUN_SET, w->s)) return;
    strip_s(w);
}

static void adj_base(const lemmatizer *l, word *w)
{
    if (use_exception(l, ADJ_EXC, w)) return;
    word c;
    const char *s = w->s;
    size_t n = w->n;
    size_t k = ends(s, n, "est") ? 3 : ends(s, n, "er") ? 2 : 0;
    if (!k || n < k + 2) return;
    if (base_of(l, ADJ_SET, s, n - k, &c) ||
        swap(l, ADJ_SET, w, k == 3 ? "iest" : "ier", "y", &c))
        *w = c;
}

/* ---- entry point ---- */

static const char *const clitics[] = {"'s", "'re", "'m", "'ve", "'ll", "'d", "n't", "'"};

/* Lower-cases ASCII letters; other bytes are copied unchanged. Curly
 * apostrophes (U+2019) become ' when the result is a clitic (’s, n’t, ’ve). */
static void lower(word *w, const char *src, size_t len, penn_tag tag)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        w->s[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    w->s[n] = '\0';
    w->n = n;
    if (len > 6 || !memchr(src, '\xe2', len)) return;
    word t;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 2 < n && memcmp(w->s + i, "\xe2\x80\x99", 3) == 0) {
            t.s[m++] = '\'';
            i += 2;
        } else t.s[m++] = w->s[i];
    }
    t.s[m] = '\0';
    t.n = m;
    for (size_t i = 0; i < sizeof clitics / sizeof *clitics; i++)
        if (strcmp(t.s, clitics[i]) == 0 && (i + 1 < sizeof clitics / sizeof *clitics || tag == PENN_POS)) {
            *w = t;
            return;
        }
}

static void reduce(const lemmatizer *l, word *w, penn_tag tag)
{
    if (penn_is_verb(tag) || tag == PENN_MD) verb_base(l, w, tag);
    else if (tag == PENN_NNS) noun_base(l, w);
    else if (tag == PENN_JJR || tag == PENN_JJS) adj_base(l, w);
}

void lemmatize(const lemmatizer *l, const char *word_, size_t len, penn_tag tag, dbuf *out)
{
    if (tag == PENN_NNP || tag == PENN_NNPS) {
        dbuf_append(out, word_, len);
        return;
    }
    if (len > MAX_WORD || !l) { /* no real word is this long: lower-case only */
        for (size_t i = 0; i < len; i++) {
            char c = word_[i];
            dbuf_putc(out, (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
        }
        return;
    }
    word w;
    lower(&w, word_, len, tag);
    if (strcmp(w.s, "n't") == 0) {
        dbuf_puts(out, "not");
        return;
    }
    if (!penn_is_verb(tag) && tag != PENN_MD && tag != PENN_NNS && tag != PENN_JJR && tag != PENN_JJS) {
        dbuf_append(out, w.s, w.n);
        return;
    }
    /* hyphenated words: the whole word if WordNet knows its form, else the
     * last part (re-elected -> re-elect, ex-wives -> ex-wife) */
    const char *hy = strrchr(w.s, '-');
    int whole_known = 0;
    if (hy) {
        int exc_id = penn_is_verb(tag) ? VERB_EXC : tag == PENN_NNS ? NOUN_EXC : ADJ_EXC;
        whole_known = exception(l, exc_id, w.s) != NULL;
    }
    if (hy && !whole_known && hy > w.s && hy[1] != '\0') {
        size_t head = (size_t)(hy - w.s) + 1;
        word tail;
        set(&tail, hy + 1, w.n - head);
        reduce(l, &tail, tag);
        dbuf_append(out, w.s, head);
        dbuf_append(out, tail.s, tail.n);
        return;
    }
    reduce(l, &w, tag);
    dbuf_append(out, w.s, w.n);
}
