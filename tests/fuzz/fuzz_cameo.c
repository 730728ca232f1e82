/* fuzz_cameo.c - libFuzzer target for the CAMEO code table loader
 * (src/cameo.c): loads the bytes with cameo_load_memory, then checks what
 * the loader promises of every entry it kept (a 2-4 digit code in strict
 * order whose lookup finds that very entry, its root as prefix, quad 1-4,
 * Goldstein weight in -10..10, a label, no empty optional strings), and
 * looks up the input's first line as a code, which must give NULL or an
 * entry whose code is a prefix of it. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cameo.h"

static void ignore(void *user, const char *line)
{
    (void)user;
    (void)line;
}

static void check_entry(const cameo_table *t, const cameo_info *c, const cameo_info *prev)
{
    size_t n = strlen(c->code);
    if (n < 2 || n > 4 || strspn(c->code, "0123456789") != n) abort();
    if (prev && strcmp(prev->code, c->code) >= 0) abort();
    if (cameo_lookup(t, c->code) != c) abort();
    if (strlen(c->root) != 2 || memcmp(c->root, c->code, 2) != 0) abort();
    if (c->quad < 1 || c->quad > 4) abort();
    if (!(c->goldstein >= -10.0 && c->goldstein <= 10.0)) abort();
    if (!c->label || !c->label[0]) abort();
    if ((c->plover_type && !c->plover_type[0]) || (c->plover_mode && !c->plover_mode[0]) ||
        (c->plover_context && !c->plover_context[0]))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cameo_table *t = cameo_load_memory("fuzz.tsv", (const char *)data, size, ignore, NULL);
    if (!t) abort();
    const cameo_info *prev = NULL;
    for (size_t i = 0; i < cameo_count(t); i++) {
        const cameo_info *c = cameo_at(t, i);
        if (!c) abort();
        check_entry(t, c, prev);
        prev = c;
    }
    if (cameo_at(t, cameo_count(t))) abort();

    const uint8_t *nl = memchr(data, '\n', size);
    size_t n = nl ? (size_t)(nl - data) : size;
    char *key = malloc(n + 1);
    if (!key) abort();
    if (n) memcpy(key, data, n);
    key[n] = '\0';
    const cameo_info *c = cameo_lookup(t, key);
    if (c && strncmp(c->code, key, strlen(c->code)) != 0) abort();
    free(key);
    cameo_free(t);
    return 0;
}
