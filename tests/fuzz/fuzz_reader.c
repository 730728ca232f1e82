/* fuzz_reader.c - libFuzzer target for one input reader and the text layer
 * behind it. Built once per format (FUZZ_FORMAT = jsonl, text, xml, tabari,
 * auto): every record the reader accepts is analysed into sentences and
 * tokens, so the fuzzer reaches the tokenizer, splitter and dateline code. */
#include <stddef.h>
#include <stdint.h>
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
    }
    dyad_doc_free(doc);
    dyad_reader_close(r);
    return 0;
}
