/* fuzz_reader.c - libFuzzer target for one input reader and the text layer
 * behind it. Built once per format (FUZZ_FORMAT = jsonl, text, xml, tabari,
 * auto): every record the reader accepts is analysed into sentences and
 * tokens; with FUZZ_PARSE (the text and auto targets) it is then tagged and
 * parsed with the shipped models (loaded once from ./data), so the fuzzer
 * reaches the tagger, lemmatiser, chunker and clause code too. The other
 * targets skip that to spend their time on the readers. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

#define FMT_jsonl DYAD_FORMAT_JSONL
#define FMT_text DYAD_FORMAT_TEXT
#define FMT_xml DYAD_FORMAT_PETRARCH_XML
#define FMT_tabari DYAD_FORMAT_TABARI
#define FMT_auto DYAD_FORMAT_AUTO
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)

static void ignore(void *user, const char *line)
{
    (void)user;
    (void)line;
}

static dyad_model *model;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
#ifdef FUZZ_PARSE
    char *error = NULL;
    model = dyad_model_load("data", &error);
    free(error); /* without models the parser is simply not reached */
#endif
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_reader_options opt = {CAT(FMT_, FUZZ_FORMAT), "2024-01-01", ignore, NULL};
    dyad_reader *r = dyad_reader_open_memory(data, size, "fuzz.input", &opt);
    dyad_doc *doc = dyad_doc_new();
    dyad_article a;
    dyad_read_status st;
    while ((st = dyad_reader_next(r, &a)) != DYAD_READ_END && st != DYAD_READ_IO_ERROR) {
        if (st != DYAD_READ_ARTICLE) continue;
        if (dyad_doc_analyse(doc, a.text, a.text_len) != 0) continue;
        size_t ns, nt, len;
        const dyad_sentence *s = dyad_doc_sentences(doc, &ns);
        const dyad_token *t = dyad_doc_tokens(doc, &nt);
        dyad_doc_text(doc, &len);
        for (size_t i = 0; i < ns; i++) {
            /* invariants: sentences cover their tokens, inside the text */
            if (s[i].first_token + s[i].token_count > nt || s[i].end > len || s[i].start > s[i].end)
                __builtin_trap();
            (void)dyad_doc_sentence_text(doc, i);
        }
        for (size_t i = 0; i < nt; i++)
            if (t[i].start + t[i].len > len || t[i].len == 0) __builtin_trap();
        if (model && dyad_doc_parse(doc, model, NULL) == 0) {
            size_t np;
            const dyad_token_parse *p = dyad_doc_token_parses(doc, &np);
            for (size_t i = 0; i < ns; i++) /* every head inside its sentence */
                for (size_t k = 0; k < s[i].token_count; k++) {
                    int h = p[s[i].first_token + k].head;
                    if (h < -1 || h >= (int)s[i].token_count) __builtin_trap();
                }
        }
    }
    dyad_doc_free(doc);
    dyad_reader_close(r);
    return 0;
}
