/* bench_code.c - throughput of the whole coder on one core: JSON Lines in,
 * text layer, tagger and parser, actor and verb matching, events out (to
 * nowhere). Reports articles, sentences and events per second and peak
 * memory, so dyad can be compared with TABARI's ~16k sentences/s.
 * usage: bench_code FILE.jsonl DICTIONARY_DIR [MAX_MB] */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "dyad.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int count_event(void *user, const dyad_event *e)
{
    (void)e;
    ++*(size_t *)user;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_code FILE.jsonl DICTIONARY_DIR [MAX_MB]\n");
        return 2;
    }
    double max_bytes = argc > 3 ? atof(argv[3]) * 1e6 : 1e18;
    char *error = NULL;
    dyad_model *model = dyad_model_load(NULL, &error);
    dyad_dicts *dicts = dyad_dicts_new(NULL, NULL);
    double t0 = now();
    if (!model || dyad_dicts_add_dir(dicts, argv[2], 0, &error) != 0) {
        fprintf(stderr, "bench_code: %s\n", error ? error : "?");
        return 1;
    }
    dyad_coder *coder = dyad_coder_new(dicts, NULL, NULL, &error);
    if (!coder) {
        fprintf(stderr, "bench_code: %s\n", error);
        return 1;
    }
    double load = now() - t0;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    dyad_reader *r = dyad_reader_open_stream(f, argv[1], NULL);
    dyad_doc *doc = dyad_doc_new();
    dyad_article a;
    size_t articles = 0, sentences = 0, tokens = 0, events = 0;
    double bytes = 0;
    t0 = now();
    while (bytes < max_bytes && dyad_reader_next(r, &a) == DYAD_READ_ARTICLE) {
        if (dyad_doc_analyse(doc, a.text, a.text_len) != 0 || dyad_doc_parse(doc, model, NULL) != 0) continue;
        size_t n;
        dyad_doc_sentences(doc, &n);
        sentences += n;
        dyad_doc_tokens(doc, &n);
        tokens += n;
        bytes += (double)a.text_len;
        articles++;
        dyad_code_doc(coder, doc, a.id, a.date, count_event, &events);
    }
    double secs = now() - t0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("dictionaries %s: loaded and indexed in %.1f ms\n", argv[2], load * 1e3);
    printf("coded %zu articles, %zu sentences, %zu tokens (%.1f MB) in %.2f s: %.0f sentences/s, %.2f M tokens/s, "
           "%zu events (%.0f/s); peak RSS %.1f MB\n",
           articles, sentences, tokens, bytes / 1e6, secs, (double)sentences / secs, (double)tokens / secs / 1e6,
           events, (double)events / secs, (double)ru.ru_maxrss / 1024.0);
    dyad_doc_free(doc);
    dyad_reader_close(r);
    fclose(f);
    dyad_coder_free(coder);
    dyad_dicts_free(dicts);
    dyad_model_free(model);
    return 0;
}
