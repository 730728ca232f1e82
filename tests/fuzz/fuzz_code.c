/* fuzz_code.c - libFuzzer target for the whole coder: any bytes as an
 * article's text, through the text layer, the tagger and parser, and the
 * event coder with the small dictionary set of tests/fixtures/coder (plus
 * TABARI-style verbs, so both readings of a verb run), with the settings
 * dyad validate may apply. Every event is written as JSON to nowhere, so
 * the writer's escaping runs too; then the article's quotations are found
 * (dyad_quotes_doc). Loaded once from ./data and ./tests. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "dyad.h"

static dyad_model *model;
static dyad_dicts *dicts;
static dyad_coder *coder;
static dyad_writer *writer;

static void quiet(void *user, const char *line) { (void)user, (void)line; }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    char *error = NULL;
    model = dyad_model_load("data", &error);
    free(error), error = NULL;
    dicts = dyad_dicts_new(quiet, NULL);
    if (dyad_dicts_add_dir(dicts, "tests/fixtures/coder", 0, &error) != 0) free(error), error = NULL;
    if (dyad_dicts_add(dicts, "tests/fixtures/dict/small.verbs", DYAD_DICT_VERBS, &error) != 0) free(error), error = NULL;
    dyad_coder_options opt = {.keep_negated = 1};
    coder = dyad_coder_new(dicts, "data", &opt, &error);
    free(error);
    writer = dyad_writer_new(fopen("/dev/null", "w"), DYAD_OUTPUT_JSONL);
    return 0;
}

static int write_event(void *user, const dyad_event *e)
{
    (void)user;
    return dyad_writer_event(writer, e) ? 1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model || !coder || size == 0) return 0;
    /* the first byte picks settings, the rest is the article */
    unsigned pick = data[0];
    dyad_coder_set(coder, "require_dyad", pick & 1 ? "false" : "true");
    dyad_coder_set(coder, "CODE", pick & 2 ? "ALL" : pick & 4 ? "BY CLAUSE" : "BY SENTENCE");
    dyad_coder_set(coder, "DEFAULT", pick & 8 ? "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER" : "OFF");
    dyad_doc *doc = dyad_doc_new();
    if (dyad_doc_analyse(doc, (const char *)data + 1, size - 1) == 0 && dyad_doc_parse(doc, model, NULL) == 0) {
        dyad_code_doc(coder, doc, "fuzz", pick & 16 ? "2024-05-06" : NULL, write_event, NULL);
        /* and its quotations with their speakers (src/quotes.c) */
        dyad_quotes_doc(coder, doc, "fuzz", pick & 16 ? "2024-05-06" : NULL, NULL, NULL);
    }
    dyad_doc_free(doc);
    return 0;
}
