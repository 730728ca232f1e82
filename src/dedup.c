/* dedup.c - merging repeated events, as GDELT does: the same source, target,
 * CAMEO code and date reported again (in one sentence, one article, or
 * anywhere in the input) is written once, as the first report seen, with
 * counts of its mentions, of the distinct articles and of the distinct
 * publishers that carried it. Each kept event owns a copy of its strings.
 * Groups are found through a hash table (xxhash, open addressing); distinct
 * articles and publishers per group through a second table over interned
 * names, so nothing has a fixed limit and nothing is scanned linearly. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "buf.h"
#include "dyad.h"

/* ---- A hash index: item numbers by 64-bit hash --------------------------
 * The items live in the caller's arrays and the caller compares them; the
 * index only finds the candidates of a hash. */
typedef struct {
    uint64_t *hashes;
    size_t *items;    /* item number + 1; 0: an empty slot */
    size_t cap, used; /* cap is 0 or a power of two */
} hash_index;

static void index_place(hash_index *t, uint64_t hash, size_t item_plus_one)
{
    size_t mask = t->cap - 1, i = (size_t)hash & mask;
    while (t->items[i]) i = (i + 1) & mask;
    t->hashes[i] = hash;
    t->items[i] = item_plus_one;
}

/* Makes room for one more item (the table stays at most half full). */
static void index_make_room(hash_index *t)
{
    if ((t->used + 1) * 2 <= t->cap) return;
    hash_index old = *t;
    t->cap = old.cap ? old.cap * 2 : 64;
    if (t->cap > SIZE_MAX / sizeof *t->hashes) abort();
    t->hashes = dyad_xmalloc(t->cap * sizeof *t->hashes);
    t->items = dyad_xmalloc(t->cap * sizeof *t->items);
    memset(t->items, 0, t->cap * sizeof *t->items);
    for (size_t i = 0; i < old.cap; i++)
        if (old.items[i]) index_place(t, old.hashes[i], old.items[i]);
    free(old.hashes);
    free(old.items);
}

/* The items stored under `hash`, one per call: start with *slot = SIZE_MAX.
 * Returns the next candidate, or SIZE_MAX at the empty slot that ends the
 * run, left in *slot for index_put. The caller has called index_make_room. */
static size_t index_next(const hash_index *t, uint64_t hash, size_t *slot)
{
    size_t mask = t->cap - 1;
    size_t i = *slot == SIZE_MAX ? (size_t)hash & mask : (*slot + 1) & mask;
    for (;; i = (i + 1) & mask) {
        if (!t->items[i]) break;
        if (t->hashes[i] == hash) {
            *slot = i;
            return t->items[i] - 1;
        }
    }
    *slot = i;
    return SIZE_MAX;
}

static void index_put(hash_index *t, size_t slot, uint64_t hash, size_t item)
{
    t->hashes[slot] = hash;
    t->items[slot] = item + 1;
    t->used++;
}

static void index_clear(hash_index *t)
{
    if (t->cap) memset(t->items, 0, t->cap * sizeof *t->items);
    t->used = 0;
}

static void index_free(hash_index *t)
{
    free(t->hashes);
    free(t->items);
}

/* ---- Interned names: article ids and publishers -------------------------
 * Each name is stored once, after a one-letter kind ('a' article id, 's'
 * publisher), so that an article id and a publisher of the same spelling
 * stay two names. */
typedef struct {
    dbuf text;        /* kind letter, name, NUL; one after another */
    size_t *offsets;
    size_t n, cap;
    hash_index index;
} name_table;

static size_t name_intern(name_table *t, char kind, const char *name)
{
    size_t len = strlen(name);
    uint64_t hash = XXH3_64bits_withSeed(name, len, (unsigned char)kind);
    index_make_room(&t->index);
    size_t slot = SIZE_MAX, k;
    while ((k = index_next(&t->index, hash, &slot)) != SIZE_MAX) {
        const char *stored = t->text.data + t->offsets[k];
        if (stored[0] == kind && strcmp(stored + 1, name) == 0) return k;
    }
    DYAD_GROW(t->offsets, t->cap, t->n + 1);
    t->offsets[t->n] = t->text.len;
    dbuf_putc(&t->text, kind);
    dbuf_append(&t->text, name, len);
    dbuf_putc(&t->text, '\0');
    index_put(&t->index, slot, hash, t->n);
    return t->n++;
}

/* ---- Merged events -------------------------------------------------------- */

typedef struct {
    dyad_event event; /* its strings point into `strings` */
    dyad_event_location location;
    dyad_event_attribution attribution;
    char strings[];
} merged_event;

/* Who has been counted for which group: (group, name, publisher or article). */
typedef struct {
    size_t group, name;
    int publisher;
} counted;

struct dyad_dedup {
    dyad_dedup_mode mode;
    merged_event **groups; /* in the order first seen */
    size_t n_groups, cap_groups;
    hash_index group_index;
    name_table names;
    counted *counted;
    size_t n_counted, cap_counted;
    hash_index counted_index;
    size_t added, written;
};

static const char *const mode_names[] = {NULL, "sentence", "article", "day"};

int dyad_dedup_mode_from_name(const char *name, dyad_dedup_mode *out)
{
    for (int m = DYAD_DEDUP_SENTENCE; m <= DYAD_DEDUP_DAY; m++)
        if (strcmp(name, mode_names[m]) == 0) {
            *out = (dyad_dedup_mode)m;
            return 0;
        }
    return -1;
}

const char *dyad_dedup_mode_name(dyad_dedup_mode mode)
{
    return mode >= DYAD_DEDUP_SENTENCE && mode <= DYAD_DEDUP_DAY ? mode_names[mode] : NULL;
}

dyad_dedup *dyad_dedup_new(dyad_dedup_mode mode)
{
    if (!dyad_dedup_mode_name(mode)) return NULL;
    dyad_dedup *d = dyad_xmalloc(sizeof *d);
    memset(d, 0, sizeof *d);
    d->mode = mode;
    return d;
}

static uint64_t hash_string(const char *s, uint64_t seed)
{
    return s ? XXH3_64bits_withSeed(s, strlen(s), seed) : ~seed;
}

static uint64_t event_key_hash(dyad_dedup_mode mode, const dyad_event *e)
{
    uint64_t h = hash_string(e->source.code, (uint64_t)mode);
    h = hash_string(e->target.code, h);
    h = hash_string(e->cameo, h);
    h = hash_string(e->date, h);
    if (mode != DYAD_DEDUP_DAY) h = hash_string(e->article, h);
    if (mode == DYAD_DEDUP_SENTENCE) h = XXH3_64bits_withSeed(&e->sentence, sizeof e->sentence, h);
    return h;
}

static int same_string(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static int same_event(dyad_dedup_mode mode, const dyad_event *a, const dyad_event *b)
{
    if (!same_string(a->source.code, b->source.code) || !same_string(a->target.code, b->target.code) ||
        !same_string(a->cameo, b->cameo) || !same_string(a->date, b->date))
        return 0;
    if (mode == DYAD_DEDUP_DAY) return 1;
    if (!same_string(a->article, b->article)) return 0;
    return mode == DYAD_DEDUP_ARTICLE || a->sentence == b->sentence;
}

static const char *copy_string(char **at, const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *copy = memcpy(*at, s, n);
    *at += n;
    return copy;
}

/* The first event of a group, with its own copy of every string (one
 * allocation). */
static merged_event *merged_event_new(const dyad_event *e)
{
    dyad_event event = *e;
    dyad_event_location location = e->location ? *e->location : (dyad_event_location){0};
    dyad_event_attribution attribution = e->attribution ? *e->attribution : (dyad_event_attribution){0};
    const char **strings[] = {
        &event.article, &event.date, &event.date_precision, &event.source.code, &event.source.country,
        &event.source.sector, &event.source.text, &event.source.antecedent, &event.target.code,
        &event.target.country, &event.target.sector, &event.target.text, &event.target.antecedent, &event.cameo,
        &event.root, &event.plover_type, &event.plover_mode, &event.plover_auxiliary, &event.text, &event.rule,
        &location.name, &location.country, &attribution.code, &attribution.text, &attribution.quoting_code,
        &attribution.quoting_text,
    };
    size_t n_strings = sizeof strings / sizeof *strings, size = 0;
    for (size_t i = 0; i < n_strings; i++) size += *strings[i] ? strlen(*strings[i]) + 1 : 0;
    merged_event *m = dyad_xmalloc(sizeof *m + size);
    char *at = m->strings;
    for (size_t i = 0; i < n_strings; i++) *strings[i] = copy_string(&at, *strings[i]);
    m->event = event;
    m->location = location;
    m->attribution = attribution;
    m->event.location = e->location ? &m->location : NULL;
    m->event.attribution = e->attribution ? &m->attribution : NULL;
    m->event.has_counts = 1;
    m->event.mentions = m->event.articles = m->event.sources = 0;
    return m;
}

/* Records that `name` carried group g; 1 the first time, 0 after. */
static int count_once(dyad_dedup *d, size_t group, size_t name, int publisher)
{
    uint64_t key[3] = {group, name, (uint64_t)publisher};
    uint64_t hash = XXH3_64bits(key, sizeof key);
    index_make_room(&d->counted_index);
    size_t slot = SIZE_MAX, k;
    while ((k = index_next(&d->counted_index, hash, &slot)) != SIZE_MAX) {
        const counted *c = &d->counted[k];
        if (c->group == group && c->name == name && c->publisher == publisher) return 0;
    }
    DYAD_GROW(d->counted, d->cap_counted, d->n_counted + 1);
    d->counted[d->n_counted] = (counted){group, name, publisher};
    index_put(&d->counted_index, slot, hash, d->n_counted++);
    return 1;
}

void dyad_dedup_add(dyad_dedup *d, const dyad_event *e, const char *article_source)
{
    d->added++;
    uint64_t hash = event_key_hash(d->mode, e);
    index_make_room(&d->group_index);
    size_t slot = SIZE_MAX, g;
    while ((g = index_next(&d->group_index, hash, &slot)) != SIZE_MAX)
        if (same_event(d->mode, &d->groups[g]->event, e)) break;
    if (g == SIZE_MAX) {
        g = d->n_groups;
        DYAD_GROW(d->groups, d->cap_groups, g + 1);
        d->groups[d->n_groups++] = merged_event_new(e);
        index_put(&d->group_index, slot, hash, g);
    }
    dyad_event *kept = &d->groups[g]->event;
    kept->mentions++;
    size_t article = name_intern(&d->names, 'a', e->article ? e->article : "");
    kept->articles += count_once(d, g, article, 0);
    /* an article that names no publisher is its own */
    size_t publisher =
        article_source && *article_source ? name_intern(&d->names, 's', article_source) : article;
    kept->sources += count_once(d, g, publisher, 1);
}

long dyad_dedup_flush(dyad_dedup *d, dyad_event_fn fn, void *user)
{
    long passed = 0;
    int stopped = 0;
    for (size_t g = 0; g < d->n_groups; g++) {
        if (!stopped) {
            if (fn && fn(user, &d->groups[g]->event) != 0) stopped = 1;
            else passed++;
        }
        free(d->groups[g]);
    }
    d->written += (size_t)passed;
    d->n_groups = 0;
    index_clear(&d->group_index);
    d->names.n = 0;
    dbuf_clear(&d->names.text);
    index_clear(&d->names.index);
    d->n_counted = 0;
    index_clear(&d->counted_index);
    return stopped ? -1 : passed;
}

long dyad_dedup_article_done(dyad_dedup *d, dyad_event_fn fn, void *user)
{
    return d->mode == DYAD_DEDUP_DAY ? 0 : dyad_dedup_flush(d, fn, user);
}

size_t dyad_dedup_added(const dyad_dedup *d) { return d->added; }
size_t dyad_dedup_written(const dyad_dedup *d) { return d->written; }

void dyad_dedup_free(dyad_dedup *d)
{
    if (!d) return;
    for (size_t g = 0; g < d->n_groups; g++) free(d->groups[g]);
    free(d->groups);
    index_free(&d->group_index);
    dbuf_free(&d->names.text);
    free(d->names.offsets);
    index_free(&d->names.index);
    free(d->counted);
    index_free(&d->counted_index);
    free(d);
}
