/* bench_dict_match.c - how fast the compiled phrase matcher (dict_match.c)
 * is on real dictionaries: builds it for the Phoenix actors and agents, then
 * tokenizes an article file (any format dyad reads) once and times
 * dict_match_at at every token of every sentence, as the coder will call it.
 * Prints the build time, calls per second and tokens per second of a left-
 * to-right longest-match scan.
 * usage: bench_dict_match CORPUS [DICT_DIR] (default ../shared/dictionaries/phoenix-petrarch2) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dict.h"
#include "dict_match.h"
#include "dyad.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void quiet(void *user, const char *line) { (void)user, (void)line; }

typedef struct {
    const char **words;
    size_t *lens;
    size_t n, cap;
    size_t *sentence_ends; /* one past each sentence's last token */
    size_t n_sent, cap_sent;
    char *text;            /* all token bytes, kept */
    dbuf store;
} corpus;

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: bench_dict_match CORPUS [DICT_DIR]\n", stderr);
        return 2;
    }
    const char *dir = argc > 2 ? argv[2] : "../shared/dictionaries/phoenix-petrarch2";
    static const char *const files[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"};
    dict_set set;
    dict_init(&set);
    set.diag = quiet;
    char path[4096];
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        dbuf error = {0};
        int rc = dict_load_file(&set, path, -1, -1, &error); /* kind and format from the name */
        dbuf_free(&error);
        if (rc != 0) {
            printf("bench_dict_match: %s not found, skipped\n", path);
            dict_free(&set);
            return 0;
        }
    }
    double t0 = now();
    dict_matcher *m = dict_matcher_build(&set);
    double build = now() - t0;

    /* tokenize the corpus once; token texts are copied into one store */
    FILE *in = fopen(argv[1], "rb");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    dyad_reader_options opt = {DYAD_FORMAT_AUTO, "2024-01-01", quiet, NULL};
    dyad_reader *r = dyad_reader_open_stream(in, argv[1], &opt);
    dyad_doc *doc = dyad_doc_new();
    corpus c = {0};
    size_t *offs = NULL, cap_offs = 0;
    dyad_article a;
    dyad_read_status st;
    while ((st = dyad_reader_next(r, &a)) != DYAD_READ_END && st != DYAD_READ_IO_ERROR) {
        if (st != DYAD_READ_ARTICLE || dyad_doc_analyse(doc, a.text, a.text_len) != 0) continue;
        size_t tl, ns, nt;
        const char *text = dyad_doc_text(doc, &tl);
        const dyad_sentence *sents = dyad_doc_sentences(doc, &ns);
        const dyad_token *toks = dyad_doc_tokens(doc, &nt);
        for (size_t s = 0; s < ns; s++) {
            for (size_t t = sents[s].first_token; t < sents[s].first_token + sents[s].token_count; t++) {
                DYAD_GROW(offs, cap_offs, c.n + 1);
                DYAD_GROW(c.lens, c.cap, c.n + 1);
                offs[c.n] = c.store.len;
                c.lens[c.n++] = toks[t].len;
                dbuf_append(&c.store, text + toks[t].start, toks[t].len);
            }
            DYAD_GROW(c.sentence_ends, c.cap_sent, c.n_sent + 1);
            c.sentence_ends[c.n_sent++] = c.n;
        }
    }
    dyad_doc_free(doc);
    dyad_reader_close(r);
    fclose(in);
    c.words = malloc((c.n ? c.n : 1) * sizeof *c.words);
    for (size_t i = 0; i < c.n; i++) c.words[i] = c.store.data + offs[i];
    free(offs);

    /* every position (what a coder trying each token does) */
    size_t calls = 0, found = 0, scanned = 0, scan_matches = 0;
    double best_all = 1e9, best_scan = 1e9;
    for (int round = 0; round < 5; round++) {
        dict_match mt;
        calls = found = 0;
        t0 = now();
        size_t from = 0;
        for (size_t s = 0; s < c.n_sent; s++) {
            size_t end = c.sentence_ends[s];
            for (size_t i = from; i < end; i++, calls++)
                found += (size_t)dict_match_at(m, c.words + from, c.lens + from, end - from, i - from, &mt);
            from = end;
        }
        double t = now() - t0;
        if (t < best_all) best_all = t;
        scanned = scan_matches = 0;
        t0 = now();
        from = 0;
        for (size_t s = 0; s < c.n_sent; s++) {
            size_t end = c.sentence_ends[s], i = from;
            while (i < end) {
                if (dict_match_at(m, c.words + from, c.lens + from, end - from, i - from, &mt))
                    scan_matches++, i += mt.count;
                else i++;
            }
            scanned += end - from;
            from = end;
        }
        t = now() - t0;
        if (t < best_scan) best_scan = t;
    }
    printf("matcher build         %.3f s (%zu actors, %zu agents, %zu phrases skipped)\n", build, set.n_actors,
           set.n_agents, dict_matcher_skipped(m));
    printf("tokens                %zu in %zu sentences\n", c.n, c.n_sent);
    printf("dict_match_at, every token: %zu calls, %zu matches, %.3f s, %.2f M calls/s\n", calls, found, best_all,
           (double)calls / best_all / 1e6);
    printf("longest-match scan:   %zu tokens, %zu matches, %.3f s, %.2f M tokens/s\n", scanned, scan_matches, best_scan,
           (double)scanned / best_scan / 1e6);
    free(c.words), free(c.lens), free(c.sentence_ends), dbuf_free(&c.store);
    dict_matcher_free(m);
    dict_free(&set);
    return 0;
}
