/* fuzz_dict_petrarch2.c - libFuzzer target for the PETRARCH-2 dictionary
 * loader: the first byte picks the kind (verbs, actors, agents, discards,
 * issues), the rest is the file. The loader must never crash, read out of
 * bounds or leak, whatever the bytes. */
#include <stddef.h>
#include <stdint.h>

#include "dict.h"

static void quiet(void *user, const char *line) { (void)user, (void)line; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    static const dict_kind kinds[] = {DICT_KIND_VERBS, DICT_KIND_ACTORS, DICT_KIND_AGENTS, DICT_KIND_DISCARDS,
                                      DICT_KIND_ISSUES};
    dict_set set;
    dict_init(&set);
    set.diag = quiet;
    dict_load_petrarch2(&set, "fuzz", (const char *)data + 1, size - 1, kinds[data[0] % 5]);
    dict_stats st;
    dict_stats_of(&set, &st);
    dict_free(&set);
    return 0;
}
