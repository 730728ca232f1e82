/* cameo.h - dyad's CAMEO event code table (data/cameo.tsv, docs/cameo.md):
 * for each CAMEO event code its root, quad class, Goldstein weight, PLOVER
 * type/mode/context and label, so that every coded event can carry them.
 *
 * The file is tab-separated, '#' starts a comment line, one code a line:
 *   code  root  quad  goldstein  plover_type  plover_mode  plover_context  label
 * A bad line is reported as "file:line: message" and skipped; loading goes
 * on, and the table counts the lines it rejected. */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include <stddef.h>

#include "dyad.h"

typedef struct cameo_table cameo_table;

/* One code. Strings are owned by the table; empty fields are NULL. */
typedef struct {
    const char *code;           /* 2 to 4 digits: "05", "057", "0871" */
    const char *root;           /* the first two digits of code */
    const char *label;          /* never NULL */
    const char *plover_type;    /* NULL for CAMEO 01 and 02 (dropped by PLOVER) */
    const char *plover_mode;
    const char *plover_context; /* several contexts are separated by ';' */
    int quad;                   /* 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict */
    double goldstein;           /* -10.0 .. 10.0 */
} cameo_info;

/* Loads a table file. diag gets one line per problem ("path:line: ..."),
 * stderr when NULL. Returns NULL only when the file cannot be read; then
 * *error (if error is not NULL) is a malloc'ed one-line message. */
cameo_table *cameo_load(const char *path, dyad_diag_fn diag, void *diag_user, char **error);

/* Loads a table from memory (copied); name is used in messages. Never
 * NULL: a table whose every line was bad is empty. */
cameo_table *cameo_load_memory(const char *name, const char *data, size_t len,
                               dyad_diag_fn diag, void *diag_user);

/* The entry for code. A code of digits only that is not listed falls back to
 * its longest listed prefix of at least two digits ("1951" -> "195",
 * "0579" -> "057"); the returned entry's code tells which was found. NULL
 * when code is NULL, has anything but ASCII digits ("---", "075A", "") or
 * when not even its root is listed. */
const cameo_info *cameo_lookup(const cameo_table *t, const char *code);

size_t cameo_count(const cameo_table *t);                   /* codes loaded */
const cameo_info *cameo_at(const cameo_table *t, size_t i); /* i < count, in code order */
size_t cameo_rejected(const cameo_table *t);                /* bad lines skipped */

void cameo_free(cameo_table *t);

#endif
