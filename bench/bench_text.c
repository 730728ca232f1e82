/* bench_text.c - throughput of the text layer on one core: JSON Lines in,
 * articles read, UTF-8 checked and normalised, datelines found, tokens and
 * sentences made. Reports MB/s, sentences/s, tokens/s and peak memory.
 * Runs the reader alone first, so the cost of JSON parsing is visible.
 * With --parse it also tags and shallow-parses every sentence.
 * usage: bench_text FILE.jsonl [--parse] */
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

typedef struct {
    size_t articles, sentences, tokens, bytes;
    double seconds;
} pass_result;

/* analyse: 0 read only, 1 text layer, 2 text layer + tagging and parsing */
static int run_pass(const char *path, int analyse, const dyad_model *model, pass_result *res)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    fseek(f, 0, SEEK_END);
    res->bytes = (size_t)ftell(f);
    rewind(f);
    dyad_reader_options opt = {DYAD_FORMAT_JSONL, NULL, NULL, NULL};
    dyad_reader *r = dyad_reader_open_stream(f, path, &opt);
    dyad_doc *doc = dyad_doc_new();
    dyad_article a;
    dyad_read_status st;
    double t0 = now();
    while ((st = dyad_reader_next(r, &a)) != DYAD_READ_END && st != DYAD_READ_IO_ERROR) {
        if (st != DYAD_READ_ARTICLE) continue;
        res->articles++;
        if (!analyse || dyad_doc_analyse(doc, a.text, a.text_len) != 0) continue;
        if (analyse == 2 && dyad_doc_parse(doc, model, NULL) != 0) continue;
        size_t n;
        dyad_doc_sentences(doc, &n);
        res->sentences += n;
        dyad_doc_tokens(doc, &n);
        res->tokens += n;
    }
    res->seconds = now() - t0;
    dyad_doc_free(doc);
    dyad_reader_close(r);
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_text FILE.jsonl\n");
        return 2;
    }
    pass_result read_only = {0}, full = {0}, parsed = {0};
    if (run_pass(argv[1], 0, NULL, &read_only) || run_pass(argv[1], 1, NULL, &full)) return 2;
    char *error = NULL;
    dyad_model *model = argc > 2 ? dyad_model_load(NULL, &error) : NULL;
    if (argc > 2 && !model) fprintf(stderr, "bench_text: %s\n", error);
    free(error);
    if (model && run_pass(argv[1], 2, model, &parsed)) return 2;
    dyad_model_free(model);
    double mb = (double)full.bytes / (1024.0 * 1024.0);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("input            %.1f MB, %zu articles\n", mb, full.articles);
    printf("read JSONL only  %.2f s  %.1f MB/s\n", read_only.seconds, mb / read_only.seconds);
    printf("text layer       %.2f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s\n", full.seconds,
           mb / full.seconds, (double)full.sentences / full.seconds, (double)full.tokens / full.seconds);
    printf("                 %zu sentences, %zu tokens\n", full.sentences, full.tokens);
    if (parsed.articles)
        printf("+ tag and parse  %.2f s  %.1f MB/s  %.0f sentences/s  %.0f tokens/s\n", parsed.seconds,
               mb / parsed.seconds, (double)parsed.sentences / parsed.seconds, (double)parsed.tokens / parsed.seconds);
    printf("peak memory      %.1f MB (max RSS)\n", (double)ru.ru_maxrss / 1024.0);
    return 0;
}
