/* fuzz_dict_dyad.c - libFuzzer target for dyad's own dictionary format
 * (src/dict_dyad.c): loads the bytes with dict_load_dyad, checks that every
 * span the loader made stays inside its array, writes the set with
 * dict_write_dyad to /dev/null, and for inputs of up to 4 KiB writes it to
 * memory and loads that back: the reload must have no errors and the same
 * counts, since whatever the loader accepts the writer must express. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void check_set(const dict_set *set)
{
    for (size_t i = 0; i < set->n_actors; i++)
        check(set->actors[i].names, set->n_phrases), check(set->actors[i].codes, set->n_codes),
            check(set->actors[i].members, set->n_codes);
    for (size_t i = 0; i < set->n_agents; i++) check(set->agents[i].names, set->n_phrases);
    for (size_t i = 0; i < set->n_synsets; i++) check(set->synsets[i].members, set->n_phrases);
    for (size_t i = 0; i < set->n_verbs; i++)
        check(set->verbs[i].forms, set->n_phrases), check(set->verbs[i].patterns, set->n_patterns);
    for (size_t i = 0; i < set->n_patterns; i++) {
        check(set->patterns[i].elements, set->n_elements);
        if (set->patterns[i].verb >= set->n_verbs) abort();
    }
    for (size_t i = 0; i < set->n_phrases; i++) check(set->phrases[i].words, set->n_words);
    for (size_t i = 0; i < set->n_times; i++) check(set->times[i].phrase, set->n_words);
    for (size_t i = 0; i < set->n_issues; i++) check(set->issues[i].phrase, set->n_words);
    for (size_t i = 0; i < set->n_discards; i++) check(set->discards[i].phrase, set->n_words);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dict_set set;
    dict_init(&set);
    set.diag = ignore;
    dict_load_dyad(&set, "fuzz.dyad", (const char *)data, size);
    check_set(&set);
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        if (dict_write_dyad(&set, null) != 0) abort();
        fclose(null);
    }
    if (size <= 4096) {
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        if (!mem || dict_write_dyad(&set, mem) != 0) abort();
        fclose(mem);
        dict_set again;
        dict_init(&again);
        again.diag = ignore;
        if (dict_load_dyad(&again, "again.dyad", text, len) != 0) abort();
        check_set(&again);
        dict_stats x, y;
        dict_stats_of(&set, &x);
        dict_stats_of(&again, &y);
        x.errors = y.errors = x.warnings = y.warnings = 0;
        if (memcmp(&x, &y, sizeof x) != 0) abort();
        dict_free(&again);
        free(text);
    }
    dict_free(&set);
    return 0;
}
