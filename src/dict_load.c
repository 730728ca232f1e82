/* dict_load.c - dictionary files by name: what kind of dictionary a file
 * is (verbs, actors, agents, ...) and in which format (PETRARCH or TABARI),
 * from its name and content; loading a list of files through the compiled
 * cache, which is used when it was built from the same, unchanged files and
 * rebuilt otherwise. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dict.h"

int dict_kind_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    dbuf lower = {0};
    for (const char *p = base; *p; p++) dbuf_putc(&lower, (char)tolower((unsigned char)*p));
    const char *s = dbuf_cstr(&lower);
    int kind = strstr(s, ".options")  ? DICT_KIND_OPTIONS
               : strstr(s, ".project") ? DICT_KIND_PROJECT
               : strstr(s, "verb") || strstr(s, "cameo") ? DICT_KIND_VERBS
               : strstr(s, "actor")   ? DICT_KIND_ACTORS
               : strstr(s, "agent")   ? DICT_KIND_AGENTS
               : strstr(s, "discard") ? DICT_KIND_DISCARDS
               : strstr(s, "issue")   ? DICT_KIND_ISSUES
                                      : -1;
    dbuf_free(&lower);
    return kind;
}

int dict_is_tabari(const char *path, const char *data, size_t len)
{
    const char *dot = strrchr(path, '.');
    if (dot && (!strcmp(dot, ".verbs") || !strcmp(dot, ".actors") || !strcmp(dot, ".agents") ||
                !strcmp(dot, ".options") || !strcmp(dot, ".project")))
        return 1;
    if (dot && !strcmp(dot, ".txt")) return 0;
    size_t look = len < 65536 ? len : 65536;
    dbuf head = {0};
    dbuf_append(&head, data, look);
    for (size_t i = 0; i < head.len; i++)
        if (head.data[i] == '\0') head.data[i] = ' ';
    const char *h = dbuf_cstr(&head);
    int tabari = strstr(h, "<NOUN>") || strstr(h, "<ADJECTIVE>") || (strstr(h, "<TIME>") && !strstr(h, "--- "));
    dbuf_free(&head);
    return tabari;
}

static int read_all(const char *path, dbuf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) dbuf_append(out, chunk, got);
    int failed = ferror(f);
    fclose(f);
    return failed ? -1 : 0;
}

/* dyad's own format: a ".dyad" file, or one that opens with its header line */
static int is_dyad_name(const char *path)
{
    size_t n = strlen(path);
    return n >= 5 && !strcasecmp(path + n - 5, ".dyad");
}

static int is_dyad_content(const char *data, size_t len)
{
    static const char header[] = "# dyad dictionary";
    if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) data += 3, len -= 3;
    return len >= sizeof header - 1 && !memcmp(data, header, sizeof header - 1);
}

int dict_load_file(dict_set *set, const char *path, int kind, int format, dbuf *error)
{
    int dyad = is_dyad_name(path);
    if (!dyad && kind < 0) kind = dict_kind_of(path);
    dbuf data = {0};
    if ((dyad || kind >= 0 || format < 0) && read_all(path, &data) != 0) {
        dbuf_printf(error, "cannot read %s: %s", path, strerror(errno));
        dbuf_free(&data);
        return -1;
    }
    dbuf_cstr(&data);
    /* dyad's own format holds every kind of entry: no kind needed */
    if (dyad || (format < 0 && is_dyad_content(data.data, data.len))) {
        dict_load_dyad(set, path, data.data, data.len);
        dbuf_free(&data);
        return 0;
    }
    if (kind < 0) {
        dbuf_printf(error, "cannot tell what %s holds (give its kind)", path);
        dbuf_free(&data);
        return -1;
    }
    int tabari = format >= 0 ? format : dict_is_tabari(path, data.data, data.len);
    if (tabari) dict_load_tabari(set, path, data.data, data.len, (dict_kind)kind);
    else dict_load_petrarch2(set, path, data.data, data.len, (dict_kind)kind);
    dbuf_free(&data);
    return 0;
}

/* Was the mapped cache built from exactly these paths, unchanged since? */
static int cache_matches(const dict_set *mapped, char *const *paths, size_t n)
{
    if (mapped->n_files != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(mapped->files[i], paths[i]) != 0) return 0;
    return dict_cache_fresh(mapped);
}

int dict_load_cached(dict_set *set, const char *cache, char *const *paths, size_t n, int kind, int format,
                     int *from_cache, dbuf *error)
{
    *from_cache = 0;
    if (cache && dict_cache_map(set, cache, NULL) == 0) {
        if (cache_matches(set, paths, n)) {
            *from_cache = 1;
            return 0;
        }
        dict_free(set);
        dict_init(set);
    }
    int rc = 0;
    for (size_t i = 0; i < n; i++)
        if (dict_load_file(set, paths[i], kind, format, error) != 0) rc = -1;
    if (rc == 0 && cache && set->errors == 0 && dict_cache_write(set, cache, error) != 0) rc = -1;
    return rc;
}
