/* fuzz_dict_tabari.c - libFuzzer target for the TABARI dictionary loader
 * (src/dict_tabari.c): the first byte chooses the kind of file (verbs,
 * actors, agents, options, project, or the unsupported discards/issues),
 * the rest is the file's text. The loader must never crash or read out of
 * bounds, and the model it builds must hold together: every span it made
 * stays inside its array, which is checked here after each load. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "dict.h"

static void ignore(void *user, const char *line)
{
    (void)user;
    (void)line;
}

static void check(dict_span span, size_t n)
{
    if ((size_t)span.first + span.count > n) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    static const dict_kind kinds[] = {DICT_KIND_VERBS,   DICT_KIND_ACTORS, DICT_KIND_AGENTS, DICT_KIND_OPTIONS,
                                      DICT_KIND_PROJECT, DICT_KIND_DISCARDS, DICT_KIND_ISSUES};
    dict_kind kind = kinds[data[0] % (sizeof kinds / sizeof *kinds)];
    dict_set set;
    dict_init(&set);
    set.diag = ignore;
    dict_load_tabari(&set, "fuzz", (const char *)data + 1, size - 1, kind);
    for (size_t i = 0; i < set.n_actors; i++) check(set.actors[i].names, set.n_phrases), check(set.actors[i].codes, set.n_codes);
    for (size_t i = 0; i < set.n_agents; i++) check(set.agents[i].names, set.n_phrases);
    for (size_t i = 0; i < set.n_synsets; i++) check(set.synsets[i].members, set.n_phrases);
    for (size_t i = 0; i < set.n_verbs; i++) check(set.verbs[i].forms, set.n_phrases), check(set.verbs[i].patterns, set.n_patterns);
    for (size_t i = 0; i < set.n_patterns; i++) check(set.patterns[i].elements, set.n_elements);
    for (size_t i = 0; i < set.n_phrases; i++) check(set.phrases[i].words, set.n_words);
    for (size_t i = 0; i < set.n_times; i++) check(set.times[i].phrase, set.n_words);
    for (size_t i = 0; i < set.n_discards; i++) check(set.discards[i].phrase, set.n_words);
    dict_free(&set);
    return 0;
}
