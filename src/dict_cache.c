/* dict_cache.c - the compiled form of a dictionary set: its arrays and
 * string pool written as they are in memory, after a header, a section
 * table and the list of source files (name, size, modification time), and
 * memory-mapped back in one call. Mapping checks everything (checksum,
 * bounds, every index and string offset), so a damaged or foreign file is
 * refused, never trusted. A cache is stale when a source file changed;
 * callers then load from source and write the cache again. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "dict.h"

#define CACHE_MAGIC "DYADDIC1"
enum { CACHE_VERSION = 5 };

typedef struct {
    char magic[8];
    uint32_t version, n_sections;
    uint64_t size;     /* of the whole file */
    uint64_t checksum; /* XXH3-64 of everything after the header */
} cache_header;

typedef struct {
    uint32_t id, elem_size;
    uint64_t offset, count;
} cache_section;

typedef struct {
    uint32_t name; /* offset in the names section */
    uint32_t pad;
    int64_t size, mtime_sec, mtime_nsec;
} cache_source;

enum {
    SEC_STRINGS, SEC_NAMES, SEC_SOURCES, SEC_WORDS, SEC_PHRASES, SEC_CODES, SEC_ACTORS, SEC_AGENTS,
    SEC_SYNSETS, SEC_ELEMENTS, SEC_PATTERNS, SEC_VERBS, SEC_DISCARDS, SEC_ISSUES, SEC_TIMES, SEC_OPTIONS,
    SEC_TRANSFORMS, SEC_COUNT
};

typedef struct {
    const void *data;
    uint64_t count;
    uint32_t elem_size;
} section_data;

static int fail(dbuf *error, const char *fmt, const char *arg)
{
    if (error) dbuf_printf(error, fmt, arg);
    return -1;
}

/* The set's sections, in id order. */
static void sections_of(const dict_set *s, section_data *out, const dbuf *names, const cache_source *sources)
{
#define SEC(id, ptr, n) out[id] = (section_data){(ptr), (n), (uint32_t)sizeof *(ptr)}
    out[SEC_STRINGS] = (section_data){s->strings.data, s->strings.len, 1};
    out[SEC_NAMES] = (section_data){names->data, names->len, 1};
    SEC(SEC_SOURCES, sources, s->n_files);
    SEC(SEC_WORDS, s->words, s->n_words);
    SEC(SEC_PHRASES, s->phrases, s->n_phrases);
    SEC(SEC_CODES, s->codes, s->n_codes);
    SEC(SEC_ACTORS, s->actors, s->n_actors);
    SEC(SEC_AGENTS, s->agents, s->n_agents);
    SEC(SEC_SYNSETS, s->synsets, s->n_synsets);
    SEC(SEC_ELEMENTS, s->elements, s->n_elements);
    SEC(SEC_PATTERNS, s->patterns, s->n_patterns);
    SEC(SEC_VERBS, s->verbs, s->n_verbs);
    SEC(SEC_DISCARDS, s->discards, s->n_discards);
    SEC(SEC_ISSUES, s->issues, s->n_issues);
    SEC(SEC_TIMES, s->times, s->n_times);
    SEC(SEC_OPTIONS, s->options, s->n_options);
    SEC(SEC_TRANSFORMS, s->transforms, s->n_transforms);
#undef SEC
}

int dict_cache_write(const dict_set *set, const char *path, dbuf *error)
{
    dbuf names = {0}, out = {0};
    cache_source *sources = dyad_xmalloc((set->n_files + 1) * sizeof *sources);
    for (size_t i = 0; i < set->n_files; i++) {
        struct stat st;
        memset(&sources[i], 0, sizeof sources[i]);
        sources[i].name = (uint32_t)names.len;
        dbuf_puts(&names, set->files[i]);
        dbuf_putc(&names, '\0');
        if (stat(set->files[i], &st) == 0) {
            sources[i].size = (int64_t)st.st_size;
            sources[i].mtime_sec = (int64_t)st.st_mtim.tv_sec;
            sources[i].mtime_nsec = (int64_t)st.st_mtim.tv_nsec;
        } else {
            sources[i].size = -1; /* not a file on disk: the cache is never fresh */
        }
    }
    if (!names.len) dbuf_putc(&names, '\0');
    section_data sec[SEC_COUNT];
    sections_of(set, sec, &names, sources);
    cache_header h = {{0}, CACHE_VERSION, SEC_COUNT, 0, 0};
    memcpy(h.magic, CACHE_MAGIC, 8);
    cache_section table[SEC_COUNT];
    uint64_t offset = sizeof h + sizeof table;
    for (int i = 0; i < SEC_COUNT; i++) {
        offset = (offset + 7) & ~(uint64_t)7;
        table[i] = (cache_section){(uint32_t)i, sec[i].elem_size, offset, sec[i].count};
        offset += sec[i].count * sec[i].elem_size;
    }
    h.size = offset;
    dbuf_reserve(&out, (size_t)offset);
    dbuf_append(&out, &h, sizeof h);
    dbuf_append(&out, table, sizeof table);
    for (int i = 0; i < SEC_COUNT; i++) {
        while (out.len < table[i].offset) dbuf_putc(&out, '\0');
        if (sec[i].count) dbuf_append(&out, sec[i].data, (size_t)(sec[i].count * sec[i].elem_size));
    }
    h.checksum = XXH3_64bits(out.data + sizeof h, out.len - sizeof h);
    memcpy(out.data, &h, sizeof h);

    dbuf tmp = {0};
    dbuf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(dbuf_cstr(&tmp), "wb");
    int rc = 0;
    if (!f || fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0) {
        if (f && errno == 0) errno = EIO;
        rc = fail(error, "cannot write the cache %s", path);
        if (f) remove(tmp.data);
    } else if (rename(tmp.data, path) != 0) {
        rc = fail(error, "cannot write the cache %s", path);
        remove(tmp.data);
    }
    dbuf_free(&tmp);
    dbuf_free(&names);
    dbuf_free(&out);
    free(sources);
    return rc;
}

/* ---- mapping and checking -------------------------------------------------- */

typedef struct {
    const dict_set *set;
    size_t strings_len;
} checker;

static int str_ok(const checker *c, dict_str s) { return s < c->strings_len; }

static int span_ok(dict_span sp, size_t n) { return sp.first <= n && sp.count <= n - sp.first; }

static int where_ok(const checker *c, dict_where w) { return w.file < c->set->n_files || c->set->n_files == 0; }

/* Every index and string offset of the mapped set points inside it. */
static int references_ok(const dict_set *s)
{
    checker c = {s, s->strings.len};
    for (size_t i = 0; i < s->n_words; i++)
        if (!str_ok(&c, s->words[i].text)) return 0;
    for (size_t i = 0; i < s->n_phrases; i++)
        if (!span_ok(s->phrases[i].words, s->n_words)) return 0;
    for (size_t i = 0; i < s->n_codes; i++)
        if (!str_ok(&c, s->codes[i].code)) return 0;
    for (size_t i = 0; i < s->n_actors; i++)
        if (!span_ok(s->actors[i].names, s->n_phrases) || !span_ok(s->actors[i].codes, s->n_codes) ||
            !span_ok(s->actors[i].members, s->n_codes) || !str_ok(&c, s->actors[i].country) ||
            !str_ok(&c, s->actors[i].sector) || !where_ok(&c, s->actors[i].at))
            return 0;
    for (size_t i = 0; i < s->n_agents; i++)
        if (!span_ok(s->agents[i].names, s->n_phrases) || !str_ok(&c, s->agents[i].code) || !where_ok(&c, s->agents[i].at))
            return 0;
    for (size_t i = 0; i < s->n_synsets; i++)
        if (!str_ok(&c, s->synsets[i].name) || !span_ok(s->synsets[i].members, s->n_phrases)) return 0;
    for (size_t i = 0; i < s->n_elements; i++)
        if (!str_ok(&c, s->elements[i].text)) return 0;
    for (size_t i = 0; i < s->n_patterns; i++) {
        const dict_pattern *p = &s->patterns[i];
        if (!span_ok(p->elements, s->n_elements) || !str_ok(&c, p->code) || !str_ok(&c, p->reverse) ||
            !str_ok(&c, p->id) || !str_ok(&c, p->text) || !str_ok(&c, p->plover_type) ||
            !str_ok(&c, p->plover_mode) || (p->verb >= s->n_verbs && s->n_verbs) || !where_ok(&c, p->at))
            return 0;
    }
    for (size_t i = 0; i < s->n_verbs; i++) {
        const dict_verb *v = &s->verbs[i];
        if (!str_ok(&c, v->name) || !str_ok(&c, v->code) || !str_ok(&c, v->reverse) || !span_ok(v->forms, s->n_phrases) ||
            !span_ok(v->patterns, s->n_patterns))
            return 0;
    }
    for (size_t i = 0; i < s->n_discards; i++)
        if (!span_ok(s->discards[i].phrase, s->n_words)) return 0;
    for (size_t i = 0; i < s->n_issues; i++)
        if (!span_ok(s->issues[i].phrase, s->n_words) || !str_ok(&c, s->issues[i].code)) return 0;
    for (size_t i = 0; i < s->n_times; i++)
        if (!span_ok(s->times[i].phrase, s->n_words) || !str_ok(&c, s->times[i].code)) return 0;
    for (size_t i = 0; i < s->n_options; i++)
        if (!str_ok(&c, s->options[i].key) || !str_ok(&c, s->options[i].value)) return 0;
    for (size_t i = 0; i < s->n_transforms; i++) {
        const dict_transform *t = &s->transforms[i];
        if (!str_ok(&c, t->inner_verb) || !str_ok(&c, t->outer_verb) || !str_ok(&c, t->code) || !str_ok(&c, t->text) ||
            !where_ok(&c, t->at) || !dict_transform_ok(t))
            return 0;
    }
    return 1;
}

int dict_cache_map(dict_set *set, const char *path, dbuf *error)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) return fail(error, "cannot open the cache %s", path);
    struct stat st;
    if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(cache_header) + SEC_COUNT * sizeof(cache_section)) {
        close(fd);
        return fail(error, "%s is not a dyad dictionary cache (too short)", path);
    }
    size_t len = (size_t)st.st_size;
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return fail(error, "cannot map the cache %s", path);
    const unsigned char *base = map;
    cache_header h;
    memcpy(&h, base, sizeof h);
    cache_section table[SEC_COUNT];
    memcpy(table, base + sizeof h, sizeof table);
    const char *why = NULL;
    if (memcmp(h.magic, CACHE_MAGIC, 8) != 0) why = "%s is not a dyad dictionary cache";
    else if (h.version != CACHE_VERSION || h.n_sections != SEC_COUNT) why = "%s was written by another version of dyad";
    else if (h.size != len) why = "%s is truncated";
    else if (XXH3_64bits(base + sizeof h, len - sizeof h) != h.checksum) why = "%s is damaged (checksum)";
    section_data expect[SEC_COUNT];
    dict_set shape = {0};
    dbuf none = {0};
    sections_of(&shape, expect, &none, NULL);
    for (int i = 0; !why && i < SEC_COUNT; i++) {
        const cache_section *t = &table[i];
        if (t->id != (uint32_t)i || t->elem_size != expect[i].elem_size || t->offset % 8 || t->offset > len ||
            t->count > (len - t->offset) / t->elem_size)
            why = "%s has a bad section table";
    }
    if (!why && (table[SEC_STRINGS].count == 0 || base[table[SEC_STRINGS].offset + table[SEC_STRINGS].count - 1] != 0 ||
                 base[table[SEC_STRINGS].offset] != 0))
        why = "%s has a bad string pool";
    if (!why && (table[SEC_NAMES].count == 0 || base[table[SEC_NAMES].offset + table[SEC_NAMES].count - 1] != 0))
        why = "%s has a bad list of sources";
    if (why) {
        munmap(map, len);
        return fail(error, why, path);
    }
#define AT(id, type) ((type *)(void *)(base + table[id].offset))
    dict_set *s = set;
    dbuf_free(&s->strings); /* dict_init's empty pool: the mapping has the real one */
    s->strings.data = AT(SEC_STRINGS, char);
    s->strings.len = (size_t)table[SEC_STRINGS].count;
    s->strings.cap = 0;
    s->n_files = (size_t)table[SEC_SOURCES].count;
    const cache_source *sources = AT(SEC_SOURCES, const cache_source);
    s->files = dyad_xmalloc((s->n_files + 1) * sizeof *s->files);
    for (size_t i = 0; i < s->n_files; i++) {
        uint32_t name = sources[i].name;
        s->files[i] = name < table[SEC_NAMES].count ? AT(SEC_NAMES, char) + name : AT(SEC_NAMES, char);
    }
#define TAKE(id, field, count_field) (s->field = AT(id, void), s->count_field = (size_t)table[id].count)
    TAKE(SEC_WORDS, words, n_words);
    TAKE(SEC_PHRASES, phrases, n_phrases);
    TAKE(SEC_CODES, codes, n_codes);
    TAKE(SEC_ACTORS, actors, n_actors);
    TAKE(SEC_AGENTS, agents, n_agents);
    TAKE(SEC_SYNSETS, synsets, n_synsets);
    TAKE(SEC_ELEMENTS, elements, n_elements);
    TAKE(SEC_PATTERNS, patterns, n_patterns);
    TAKE(SEC_VERBS, verbs, n_verbs);
    TAKE(SEC_DISCARDS, discards, n_discards);
    TAKE(SEC_ISSUES, issues, n_issues);
    TAKE(SEC_TIMES, times, n_times);
    TAKE(SEC_OPTIONS, options, n_options);
    TAKE(SEC_TRANSFORMS, transforms, n_transforms);
#undef TAKE
#undef AT
    s->mapping = map;
    s->mapping_len = len;
    if (!references_ok(s)) {
        dict_free(s);
        dict_init(s);
        return fail(error, "%s has an index out of range", path);
    }
    return 0;
}

int dict_cache_fresh(const dict_set *mapped)
{
    if (!mapped->mapping) return 0;
    const unsigned char *base = mapped->mapping;
    cache_section table[SEC_COUNT];
    memcpy(table, base + sizeof(cache_header), sizeof table);
    const cache_source *sources = (const cache_source *)(const void *)(base + table[SEC_SOURCES].offset);
    for (size_t i = 0; i < mapped->n_files; i++) {
        struct stat st;
        if (sources[i].size < 0 || stat(mapped->files[i], &st) != 0) return 0;
        if ((int64_t)st.st_size != sources[i].size || (int64_t)st.st_mtim.tv_sec != sources[i].mtime_sec ||
            (int64_t)st.st_mtim.tv_nsec != sources[i].mtime_nsec)
            return 0;
    }
    return 1;
}
