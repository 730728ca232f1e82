/* dicts.c - the public face of a dictionary set (dyad_dicts in dyad.h):
 * files added one by one or a whole directory at a time, their kinds from
 * their names, and the indexes the coder needs built once, on first use.
 *
 * A dictionary directory holds one kind per file, named for it
 * ("verbs.dyad", "actors-countries.dyad", "Phoenix.agents.txt",
 * "CAMEO.2.0.txt"); files whose name names no kind (README, LICENSE) are
 * left alone. A caller replacing part of a set (`dyad code --verbs FILE`)
 * loads the directory without that kind, then its own file. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "coder.h"

dyad_dicts *dyad_dicts_new(dyad_diag_fn diag, void *user)
{
    dyad_dicts *d = dyad_xmalloc(sizeof *d);
    memset(d, 0, sizeof *d);
    dict_init(&d->set);
    d->set.diag = diag, d->set.diag_user = user;
    return d;
}

int dyad_dicts_add(dyad_dicts *d, const char *path, int kind, char **error)
{
    dbuf err = {0};
    if (d->matcher) {
        if (error) *error = dyad_xstrdup("dictionaries cannot be added once coding has begun");
        return -1;
    }
    if (dict_load_file(&d->set, path, kind, -1, &err) != 0) {
        if (error) *error = dyad_xstrdup(dbuf_cstr(&err));
        dbuf_free(&err);
        return -1;
    }
    dbuf_free(&err);
    return 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int dyad_dicts_add_dir(dyad_dicts *d, const char *dir, unsigned skip_kinds, char **error)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        if (error) {
            dbuf msg = {0};
            dbuf_printf(&msg, "cannot open dictionary directory %s", dir);
            *error = dyad_xstrdup(dbuf_cstr(&msg));
            dbuf_free(&msg);
        }
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.') continue;
        int kind = dict_kind_of(de->d_name);
        size_t len = strlen(de->d_name);
        int mixed = kind < 0 && len > 5 && strcmp(de->d_name + len - 5, ".dyad") == 0; /* every kind in one */
        if ((kind < 0 && !mixed) || kind == DICT_KIND_PROJECT || (kind >= 0 && kind < 32 && (skip_kinds & (1u << kind)))) continue;
        DYAD_GROW(names, cap, n + 1);
        names[n++] = dyad_xstrdup(de->d_name);
    }
    closedir(dp);
    qsort(names, n, sizeof *names, by_name);
    int rc = 0;
    dbuf path = {0};
    for (size_t i = 0; i < n; i++) {
        dbuf_clear(&path);
        dbuf_printf(&path, "%s/%s", dir, names[i]);
        if (rc == 0 && dyad_dicts_add(d, dbuf_cstr(&path), DYAD_DICT_AUTO, error) != 0) rc = -1;
        free(names[i]);
    }
    free(names);
    dbuf_free(&path);
    if (rc == 0 && n == 0 && error) {
        dbuf msg = {0};
        dbuf_printf(&msg, "no dictionary files in %s", dir);
        *error = dyad_xstrdup(dbuf_cstr(&msg));
        dbuf_free(&msg);
        return -1;
    }
    return rc;
}

size_t dyad_dicts_errors(const dyad_dicts *d) { return d->set.errors; }

void dyad_dicts_free(dyad_dicts *d)
{
    if (!d) return;
    dict_matcher_free(d->matcher);
    verb_index_free(d->verbs);
    dict_free(&d->set);
    free(d);
}
