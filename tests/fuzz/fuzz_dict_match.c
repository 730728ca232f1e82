/* fuzz_dict_match.c - libFuzzer target for the compiled phrase matcher
 * (dict_match.c): the first half of the input is a PETRARCH-2 actors file,
 * the second half a text. The actors are loaded, the matcher built, the text
 * tokenized by dyad's tokenizer, and a match tried at every token, with the
 * code lookups a coder would make. Whatever the bytes, nothing may crash,
 * read out of bounds, overflow or leak. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "dict.h"
#include "dict_match.h"
#include "dyad.h"

static void quiet(void *user, const char *line) { (void)user, (void)line; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t half = size / 2;
    dict_set set;
    dict_init(&set);
    set.diag = quiet;
    dict_load_petrarch2(&set, "fuzz", (const char *)data, half, DICT_KIND_ACTORS);
    dict_matcher *m = dict_matcher_build(&set);
    dyad_doc *doc = dyad_doc_new();
    if (dyad_doc_analyse(doc, (const char *)data + half, size - half) == 0) {
        size_t tl, n;
        const char *text = dyad_doc_text(doc, &tl);
        const dyad_token *tok = dyad_doc_tokens(doc, &n);
        const char **words = malloc((n ? n : 1) * sizeof *words);
        size_t *lens = malloc((n ? n : 1) * sizeof *lens);
        if (words && lens) {
            for (size_t i = 0; i < n; i++) words[i] = text + tok[i].start, lens[i] = tok[i].len;
            dbuf b = {0};
            for (size_t i = 0; i <= n; i++) {
                dict_match mt;
                if (!dict_match_at(m, words, lens, n, i, &mt)) continue;
                if (mt.first != i || mt.count == 0 || mt.first + mt.count > n || mt.candidates == 0) abort();
                for (uint32_t c = 0; c < mt.candidates; c++) {
                    dict_match other;
                    dict_match_candidate(m, &mt, c, &other);
                    const char *code = dict_actor_code(&set, other.index, 20240101);
                    dict_actor_code(&set, other.index, 0);
                    dbuf_clear(&b);
                    if (set.n_agents) dict_agent_apply(&set, 0, code, &b);
                }
            }
            dbuf_free(&b);
        }
        free(words);
        free(lens);
    }
    dyad_doc_free(doc);
    dict_matcher_free(m);
    dict_free(&set);
    return 0;
}
