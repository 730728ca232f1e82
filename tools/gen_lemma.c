/* gen_lemma.c - builds data/model/lemma.bin, the lemmatiser's one data file,
 * from the WordNet 3.0 database files of Debian's wordnet-base package.
 *
 * It runs at model-build time only, so that dyad itself never parses WordNet:
 * it reads the irregular forms (verb.exc, noun.exc, adj.exc) and the known
 * single-word lemmas (index.verb, index.noun, index.adj), lower-cases them,
 * sorts and de-duplicates them and writes six tables that src/lemma.c loads
 * with one read and searches by bisection.
 *
 * usage: gen_lemma WORDNET_DIR OUTPUT      (WORDNET_DIR: /usr/share/wordnet)
 *
 * File layout (all integers unsigned 32-bit little-endian):
 *   header, 32 bytes:
 *     0  magic "DYADLEM1"
 *     8  version (1)
 *     12 number of tables (6)
 *     16 total file size in bytes
 *     20 FNV-1a 32-bit hash of every byte after the header
 *     24 two reserved words, 0
 *   table directory, 20 bytes per table:
 *     id (0 verb exceptions, 1 noun exceptions, 2 adjective exceptions,
 *         3 verb lemmas, 4 noun lemmas, 5 adjective lemmas),
 *     count, offset of the entry index, offset of the string area, its length
 *   per table: `count` words, each the offset of an entry in the string area;
 *     entries are "key\0" (lemma sets) or "key\0lemma\0" (exceptions), in
 *     strictly increasing strcmp order of key; the string area ends with \0.
 * An exception keeps WordNet's first lemma (singing -> sing, not singe). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_TABLES 6
#define HEADER_SIZE 32
#define DIR_ENTRY_SIZE 20

typedef struct {
    char *key, *value; /* value NULL in lemma sets */
    size_t seq;        /* file order, so that the first of a repeated key wins */
} entry;

typedef struct {
    entry *items;
    size_t n, cap;
} table;

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "gen_lemma: out of memory\n");
        exit(1);
    }
    return p;
}

static char *xstrdup_lower(const char *s)
{
    size_t n = strlen(s);
    char *p = xrealloc(NULL, n + 1);
    for (size_t i = 0; i <= n; i++) p[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    return p;
}

static void add(table *t, const char *key, const char *value)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 1024;
        t->items = xrealloc(t->items, t->cap * sizeof *t->items);
    }
    t->items[t->n].key = xstrdup_lower(key);
    t->items[t->n].value = value ? xstrdup_lower(value) : NULL;
    t->items[t->n].seq = t->n;
    t->n++;
}

static FILE *open_wn(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "gen_lemma: cannot open %s (apt-get install wordnet-base)\n", path);
        exit(1);
    }
    return f;
}

/* A usable token: no multi-word entries (tokens never contain spaces). */
static int usable(const char *w) { return w && *w && !strchr(w, '_'); }

/* The next blank-separated field at *cursor, NUL-terminated in place;
 * *cursor moves past it. NULL at the end of the line. */
static char *next_field(char **cursor)
{
    char *s = *cursor + strspn(*cursor, " \t\r\n");
    if (!*s) return NULL;
    size_t n = strcspn(s, " \t\r\n");
    *cursor = s[n] ? s + n + 1 : s + n;
    s[n] = '\0';
    return s;
}

/* Reads one line; a line longer than the buffer is skipped whole (WordNet's
 * longest is under 600 bytes) rather than misread as several. */
static int read_line(char *buf, int size, FILE *f)
{
    while (fgets(buf, size, f)) {
        if (strchr(buf, '\n') || feof(f)) return 1;
        int c;
        while ((c = fgetc(f)) != EOF && c != '\n') {}
        fprintf(stderr, "gen_lemma: skipping an over-long line\n");
    }
    return 0;
}

/* name.exc lines: "inflected lemma [lemma...]". */
static void read_exc(const char *dir, const char *name, table *t)
{
    FILE *f = open_wn(dir, name);
    char line[1024];
    while (read_line(line, (int)sizeof line, f)) {
        char *cursor = line;
        char *key = next_field(&cursor);
        char *value = key ? next_field(&cursor) : NULL;
        if (usable(key) && usable(value) && strcmp(key, value) != 0) add(t, key, value);
    }
    fclose(f);
}

/* index.pos lines: "lemma pos ..."; the licence header lines start with spaces. */
static void read_index(const char *dir, const char *name, table *t)
{
    FILE *f = open_wn(dir, name);
    char line[8192];
    while (read_line(line, (int)sizeof line, f)) {
        if (line[0] == ' ') continue;
        char *sp = strchr(line, ' ');
        if (!sp) continue;
        *sp = '\0';
        if (usable(line)) add(t, line, NULL);
    }
    fclose(f);
}

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Sorts and keeps the first entry of each key (file order for exceptions). */
static void finish(table *t)
{
    qsort(t->items, t->n, sizeof *t->items, cmp_entry);
    size_t out = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (out && strcmp(t->items[out - 1].key, t->items[i].key) == 0) {
            free(t->items[i].key);
            free(t->items[i].value);
            continue;
        }
        t->items[out++] = t->items[i];
    }
    t->n = out;
}

typedef struct {
    unsigned char *data;
    size_t len, cap;
} obuf;

static void put(obuf *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        while (b->len + n > b->cap) b->cap = b->cap ? b->cap * 2 : 1 << 20;
        b->data = xrealloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void put32(obuf *b, uint32_t v)
{
    unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    put(b, c, 4);
}

static void set32(obuf *b, size_t at, uint32_t v)
{
    b->data[at] = (unsigned char)v;
    b->data[at + 1] = (unsigned char)(v >> 8);
    b->data[at + 2] = (unsigned char)(v >> 16);
    b->data[at + 3] = (unsigned char)(v >> 24);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_lemma WORDNET_DIR OUTPUT\n");
        return 2;
    }
    const char *dir = argv[1];
    table t[N_TABLES] = {{0}};
    read_exc(dir, "verb.exc", &t[0]);
    read_exc(dir, "noun.exc", &t[1]);
    read_exc(dir, "adj.exc", &t[2]);
    read_index(dir, "index.verb", &t[3]);
    read_index(dir, "index.noun", &t[4]);
    read_index(dir, "index.adj", &t[5]);
    for (int i = 0; i < N_TABLES; i++) finish(&t[i]);

    obuf b = {0};
    put(&b, "DYADLEM1", 8);
    put32(&b, 1);
    put32(&b, N_TABLES);
    put32(&b, 0); /* size, set below */
    put32(&b, 0); /* hash, set below */
    put32(&b, 0);
    put32(&b, 0);
    size_t dir_at = b.len;
    for (int i = 0; i < N_TABLES * DIR_ENTRY_SIZE / 4; i++) put32(&b, 0);

    for (int i = 0; i < N_TABLES; i++) {
        size_t index_at = b.len;
        for (size_t j = 0; j < t[i].n; j++) put32(&b, 0);
        size_t str_at = b.len;
        for (size_t j = 0; j < t[i].n; j++) {
            set32(&b, index_at + 4 * j, (uint32_t)(b.len - str_at));
            put(&b, t[i].items[j].key, strlen(t[i].items[j].key) + 1);
            if (t[i].items[j].value) put(&b, t[i].items[j].value, strlen(t[i].items[j].value) + 1);
        }
        if (b.len == str_at) put(&b, "", 1); /* never an empty string area */
        size_t str_len = b.len - str_at;
        while (b.len % 4) put(&b, "", 1);
        size_t d = dir_at + (size_t)i * DIR_ENTRY_SIZE;
        set32(&b, d, (uint32_t)i);
        set32(&b, d + 4, (uint32_t)t[i].n);
        set32(&b, d + 8, (uint32_t)index_at);
        set32(&b, d + 12, (uint32_t)str_at);
        set32(&b, d + 16, (uint32_t)str_len);
        fprintf(stderr, "gen_lemma: table %d: %zu entries\n", i, t[i].n);
    }
    set32(&b, 16, (uint32_t)b.len);
    uint32_t h = 2166136261u;
    for (size_t i = HEADER_SIZE; i < b.len; i++) h = (h ^ b.data[i]) * 16777619u;
    set32(&b, 20, h);

    FILE *f = fopen(argv[2], "wb");
    if (!f || fwrite(b.data, 1, b.len, f) != b.len || fclose(f) != 0) {
        fprintf(stderr, "gen_lemma: cannot write %s\n", argv[2]);
        return 1;
    }
    fprintf(stderr, "gen_lemma: wrote %s (%zu bytes)\n", argv[2], b.len);
    for (int i = 0; i < N_TABLES; i++) {
        for (size_t j = 0; j < t[i].n; j++) {
            free(t[i].items[j].key);
            free(t[i].items[j].value);
        }
        free(t[i].items);
    }
    free(b.data);
    return 0;
}
