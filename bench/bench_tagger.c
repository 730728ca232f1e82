/* bench_tagger.c - part-of-speech tagger throughput on one core: loads the
 * model, reads the held-out sentences ("word<TAB>TAG" lines, as written by
 * tools/brown-to-ptb), tags them over and over for a few seconds and prints
 * tokens per second. The target is at least one million.
 *
 * usage: bench_tagger [MODEL [HELDOUT_FILE [SECONDS]]]
 *   defaults: data/model/tagger.bin build/model-work/heldout.txt 3 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "tagger.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const char *model = argc > 1 ? argv[1] : "data/model/tagger.bin";
    const char *held = argc > 2 ? argv[2] : "build/model-work/heldout.txt";
    double seconds = argc > 3 ? atof(argv[3]) : 3.0;
    dbuf err = {0};
    tagger *t = tagger_load(model, &err);
    if (!t) {
        fprintf(stderr, "bench_tagger: %s\n", dbuf_cstr(&err));
        return 1;
    }
    FILE *f = fopen(held, "r");
    if (!f) {
        fprintf(stderr, "bench_tagger: cannot open %s (run make model first)\n", held);
        return 1;
    }
    /* all words, and where each sentence starts */
    char **words = NULL;
    size_t *lens = NULL, *starts = NULL, nw = 0, wcap = 0, ns = 0, scap = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int in_sentence = 0;
    while ((got = getline(&line, &cap, f)) >= 0) {
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r')) line[--got] = '\0';
        char *tab = strrchr(line, '\t');
        if (got == 0 || !tab) {
            in_sentence = 0;
            continue;
        }
        if (!in_sentence) {
            DYAD_GROW(starts, scap, ns + 1);
            starts[ns++] = nw;
            in_sentence = 1;
        }
        size_t old = wcap;
        DYAD_GROW(words, wcap, nw + 1);
        if (wcap != old) lens = dyad_xrealloc(lens, wcap * sizeof *lens);
        *tab = '\0';
        words[nw] = dyad_xstrdup(line);
        lens[nw++] = (size_t)(tab - line);
    }
    fclose(f);
    free(line);
    DYAD_GROW(starts, scap, ns + 1);
    starts[ns] = nw;
    if (!nw) {
        fprintf(stderr, "bench_tagger: no sentences in %s\n", held);
        return 1;
    }
    penn_tag *tags = dyad_xmalloc(nw * sizeof *tags);
    size_t tokens = 0;
    unsigned long check = 0;
    double start = now(), elapsed;
    do {
        for (size_t s = 0; s < ns; s++)
            tagger_tag(t, (const char *const *)words + starts[s], lens + starts[s], starts[s + 1] - starts[s],
                       tags + starts[s]);
        tokens += nw;
        check += tags[nw - 1];
        elapsed = now() - start;
    } while (elapsed < seconds);
    printf("bench_tagger: %zu sentences, %zu tokens per pass; %zu tokens in %.2f s: %.0f tokens/s (check %lu)\n", ns,
           nw, tokens, elapsed, (double)tokens / elapsed, check % 1000);
    for (size_t i = 0; i < nw; i++) free(words[i]);
    free(words);
    free(lens);
    free(starts);
    free(tags);
    dbuf_free(&err);
    tagger_free(t);
    return 0;
}
