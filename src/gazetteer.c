/* gazetteer.c - loads data/gazetteer.tsv and finds places by name. Every
 * line is checked (fields, numbers, ranges) so that a damaged file is
 * refused with its line number, never half-read. Names hash (folded to
 * lower case without accents through utf8proc, without hyphens and
 * apostrophes) into buckets of places, most populous first, as the file
 * lists them. */
#include "gazetteer.h"
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

typedef struct {
    gazetteer_place place;
} entry;

/* A place under a name: one per name and alias, so a place may be in
 * several chains. */
typedef struct {
    uint32_t entry;
    uint32_t next; /* links[], UINT32_MAX: none */
} name_link;

typedef struct {
    uint64_t hash;
    uint32_t first; /* links[], UINT32_MAX: empty slot */
} bucket;

struct gazetteer {
    char *text; /* the file, its fields cut in place */
    entry *entries;
    size_t n, cap;
    name_link *links;
    size_t n_links, cap_links;
    bucket *buckets;
    size_t mask;
    struct id_entry *by_id; /* entries[] by geonameid, for aliases */
    gazetteer_place *countries; /* "!" lines: a name and a code, no coordinates */
    size_t n_countries, cap_countries;
};

/* (hyphens and apostrophes do not count: "Petion-Ville" is "Petionville",
   "Sana'a" "Sanaa"; spaces do: "White House" is not "Whitehouse"; nor do
   case and accents beyond ASCII: "YAOUNDÉ" is "Yaoundé" is "Yaounde") */
static uint64_t name_hash(const char *s, size_t n)
{
    utf8proc_uint8_t *folded = NULL;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &folded,
                                                UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
            if (len >= 0) s = (const char *)folded, n = (size_t)len;
            break;
        }
    char buf[256];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof buf; i++) {
        if (s[i] == '-' || s[i] == '\'') continue;
        /* (a typographic apostrophe, U+2019, is one too) */
        if (i + 2 < n && !memcmp(s + i, "\xe2\x80\x99", 3)) {
            i += 2;
            continue;
        }
        buf[k++] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
    }
    free(folded);
    return XXH3_64bits(buf, k);
}

/* The bucket for a name: its slot, empty or holding that hash. */
static bucket *slot(const gazetteer *g, uint64_t h)
{
    for (size_t i = h & g->mask;; i = (i + 1) & g->mask)
        if (g->buckets[i].first == UINT32_MAX || g->buckets[i].hash == h) return &g->buckets[i];
}

/* Adds entries[k] under `name` (its own or an alias), after those already
 * there (the file lists places most populous first). */
static void index_name(gazetteer *g, const char *name, uint32_t k)
{
    uint64_t h = name_hash(name, strlen(name));
    bucket *b = slot(g, h);
    DYAD_GROW(g->links, g->cap_links, g->n_links + 1);
    uint32_t l = (uint32_t)g->n_links++;
    g->links[l] = (name_link){k, UINT32_MAX};
    if (b->first == UINT32_MAX) {
        b->hash = h;
        b->first = l;
        return;
    }
    uint32_t *at = &b->first;
    while (*at != UINT32_MAX) {
        if (g->links[*at].entry == k) { /* already there under this name */
            g->n_links--;
            return;
        }
        at = &g->links[*at].next;
    }
    *at = l;
}

typedef struct id_entry {
    long id;
    uint32_t entry;
} id_entry;

/* The entry of a geonameid: a binary search of g->by_id. */
static uint32_t by_id(const gazetteer *g, long id)
{
    size_t lo = 0, hi = g->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->by_id[mid].id == id) return g->by_id[mid].entry;
        if (g->by_id[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return UINT32_MAX;
}

static int id_order(const void *a, const void *b)
{
    long x = ((const id_entry *)a)->id, y = ((const id_entry *)b)->id;
    return (x > y) - (x < y);
}

static int fail(dbuf *error, const char *path, size_t line, const char *why)
{
    if (error) dbuf_printf(error, "gazetteer %s:%zu: %s", path, line, why);
    return -1;
}

static int number(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end || errno || !(v >= lo && v <= hi)) return 0;
    *out = v;
    return 1;
}

/* Cuts line into at most `max` tab-separated fields; returns how many. */
static size_t fields(char *line, char **out, size_t max)
{
    size_t n = 0;
    out[n++] = line;
    for (char *p = line; *p && n < max + 1; p++)
        if (*p == '\t') {
            *p = '\0';
            if (n == max) return max + 1; /* too many */
            out[n++] = p + 1;
        }
    return n;
}

static int parse(gazetteer *g, const char *path, dbuf *error)
{
    /* the lines, cut in place */
    char **lines = NULL;
    size_t n_lines = 0, cap_lines = 0;
    for (char *p = g->text; *p;) {
        DYAD_GROW(lines, cap_lines, n_lines + 1);
        lines[n_lines++] = p;
        char *eol = strchr(p, '\n');
        if (!eol) break;
        *eol = '\0';
        p = eol + 1;
    }
    int status = 0;
    /* aliases point at places by id: the places first */
    for (int pass = 0; pass < 2 && status == 0; pass++) {
        for (size_t line = 1; line <= n_lines && status == 0; line++) {
            char *p = lines[line - 1];
            int alias = p[0] == '=' && p[1] == '\t', country = p[0] == '!' && p[1] == '\t';
            if (!*p || p[0] == '#' || (pass == 0) == (alias || country)) continue;
            char *f[8];
            size_t nf = fields(p, f, 7);
            if (country) {
                if (nf != 3 || strlen(f[1]) != 3 || !*f[2]) {
                    status = fail(error, path, line, "malformed country (!, code, name)");
                    break;
                }
                DYAD_GROW(g->countries, g->cap_countries, g->n_countries + 1);
                gazetteer_place *c = &g->countries[g->n_countries++];
                *c = (gazetteer_place){0, f[2], {0}, 0, 0, 0, 0};
                memcpy(c->country, f[1], 4);
            } else if (alias) {
                double id;
                uint32_t k;
                if (nf != 3 || !*f[1] || !number(f[2], 1, 1e12, &id)) status = fail(error, path, line, "malformed alias");
                else if ((k = by_id(g, (long)id)) == UINT32_MAX) status = fail(error, path, line, "alias of an unknown place");
                else index_name(g, f[1], k);
            } else {
                double id, lat, lon, pop;
                if (nf != 7 || !*f[1] || strlen(f[2]) != 3 || !number(f[0], 1, 1e12, &id) ||
                    !number(f[3], -90, 90, &lat) || !number(f[4], -180, 180, &lon) || !number(f[5], 0, 1e10, &pop)) {
                    status = fail(error, path, line, "malformed place (geonameid, name, country, lat, lon, population, code)");
                    break;
                }
                DYAD_GROW(g->entries, g->cap, g->n + 1);
                entry *e = &g->entries[g->n];
                *e = (entry){{(long)id, f[1], {0}, lat, lon, (long)pop, !strcmp(f[6], "PPLC")}};
                memcpy(e->place.country, f[2], 4);
                g->n++;
            }
        }
        if (pass == 0 && status == 0) {
            /* one table for names and aliases: room for twice the places and more */
            size_t size = 16;
            while (size < 4 * (g->n + 1)) size *= 2;
            g->mask = size - 1;
            g->buckets = dyad_xmalloc(size * sizeof *g->buckets);
            for (size_t i = 0; i < size; i++) g->buckets[i] = (bucket){0, UINT32_MAX};
            for (size_t k = 0; k < g->n; k++) index_name(g, g->entries[k].place.name, (uint32_t)k);
            g->by_id = dyad_xmalloc((g->n + 1) * sizeof *g->by_id);
            for (size_t k = 0; k < g->n; k++) g->by_id[k] = (id_entry){g->entries[k].place.geonameid, (uint32_t)k};
            qsort(g->by_id, g->n, sizeof *g->by_id, id_order);
        }
    }
    free(lines);
    return status;
}

gazetteer *gazetteer_load(const char *path, dbuf *error)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (error) dbuf_printf(error, "gazetteer %s: %s", path, strerror(errno));
        return NULL;
    }
    dsource src;
    dsrc_init_stream(&src, f);
    dbuf text = {0};
    dsrc_read_rest(&src, &text);
    dsrc_free(&src);
    fclose(f);
    size_t len = text.len;
    dbuf_putc(&text, '\0');
    gazetteer *g = dyad_xmalloc(sizeof *g);
    *g = (gazetteer){0};
    g->text = text.data;
    int nul = memchr(g->text, '\0', len) != NULL;
    if (nul && error) dbuf_printf(error, "gazetteer %s: NUL byte", path);
    if (nul || parse(g, path, error) != 0) {
        gazetteer_free(g);
        return NULL;
    }
    return g;
}

void gazetteer_free(gazetteer *g)
{
    if (!g) return;
    free(g->text);
    free(g->entries);
    free(g->buckets);
    free(g->links);
    free(g->by_id);
    free(g->countries);
    free(g);
}

const gazetteer_place *gazetteer_find(const gazetteer *g, const char *name, size_t n, const char *country)
{
    if (!g || !n || !g->buckets) return NULL;
    const bucket *b = slot(g, name_hash(name, n));
    /* (the bucket holds every place of that name or alias, most populous
       first) */
    for (uint32_t l = b->first; country && l != UINT32_MAX; l = g->links[l].next)
        if (!strcmp(g->entries[g->links[l].entry].place.country, country)) return &g->entries[g->links[l].entry].place;
    return b->first != UINT32_MAX ? &g->entries[g->links[b->first].entry].place : NULL;
}

const gazetteer_place *gazetteer_capital(const gazetteer *g, const char *country)
{
    if (!g || !country) return NULL;
    for (size_t k = 0; k < g->n; k++)
        if (g->entries[k].place.capital && !strcmp(g->entries[k].place.country, country)) return &g->entries[k].place;
    return NULL;
}

const gazetteer_place *gazetteer_country(const gazetteer *g, const char *country)
{
    if (!g || !country) return NULL;
    for (size_t k = 0; k < g->n_countries; k++)
        if (!strncmp(g->countries[k].country, country, 3) && strlen(country) == 3) return &g->countries[k];
    return NULL;
}
