/* eval_tagger.c - measures the tagger on held-out text: loads the model
 * through the library (src/tagger.c, exactly as dyad uses it), tags each
 * sentence of a "word<TAB>TAG" file and prints overall accuracy and the
 * accuracy on words seen and not seen in the training file. With -v it
 * also lists the most frequent confusions.
 *
 * usage: eval_tagger [-v] MODEL HELDOUT_FILE [TRAIN_FILE] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "penn.h"
#include "tagger.h"
#include "tagger_feat.h"

typedef struct {
    uint64_t *keys;
    size_t cap, n;
} set;

static void set_add(set *s, uint64_t k);

static int set_has(const set *s, uint64_t k)
{
    if (!s->cap) return 0;
    k = k ? k : 1;
    for (size_t i = k & (s->cap - 1); s->keys[i]; i = (i + 1) & (s->cap - 1))
        if (s->keys[i] == k) return 1;
    return 0;
}

static void set_add(set *s, uint64_t k)
{
    k = k ? k : 1;
    if ((s->n + 1) * 2 > s->cap) {
        set old = *s;
        s->cap = old.cap ? old.cap * 2 : 1024;
        s->keys = calloc(s->cap, sizeof *s->keys);
        if (!s->keys) exit(1);
        s->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i]) set_add(s, old.keys[i]);
        free(old.keys);
    }
    size_t i = k & (s->cap - 1);
    while (s->keys[i] && s->keys[i] != k) i = (i + 1) & (s->cap - 1);
    if (!s->keys[i]) s->keys[i] = k, s->n++;
}

/* Reads the next sentence of f into words/lens/gold; returns its length,
 * 0 at the end of the file. */
typedef struct {
    char **words;
    size_t *lens;
    penn_tag *gold;
    size_t n, cap;
} sent;

static size_t next_sentence(FILE *f, sent *s, char **line, size_t *cap)
{
    for (size_t i = 0; i < s->n; i++) free(s->words[i]);
    s->n = 0;
    ssize_t got;
    while ((got = getline(line, cap, f)) >= 0) {
        char *l = *line;
        while (got > 0 && (l[got - 1] == '\n' || l[got - 1] == '\r')) l[--got] = '\0';
        if (got == 0) {
            if (s->n) break;
            continue;
        }
        char *tab = strrchr(l, '\t');
        if (!tab) continue;
        size_t old = s->cap;
        DYAD_GROW(s->words, s->cap, s->n + 1);
        if (s->cap != old) {
            s->lens = dyad_xrealloc(s->lens, s->cap * sizeof *s->lens);
            s->gold = dyad_xrealloc(s->gold, s->cap * sizeof *s->gold);
        }
        *tab = '\0';
        s->words[s->n] = dyad_xstrdup(l);
        s->lens[s->n] = (size_t)(tab - l);
        s->gold[s->n] = penn_from_name(tab + 1, strlen(tab + 1));
        s->n++;
    }
    return s->n;
}

int main(int argc, char **argv)
{
    int verbose = argc > 1 && !strcmp(argv[1], "-v");
    int a = 1 + verbose;
    if (argc - a < 2 || argc - a > 3) {
        fprintf(stderr, "usage: eval_tagger [-v] MODEL HELDOUT_FILE [TRAIN_FILE]\n");
        return 2;
    }
    dbuf err = {0};
    tagger *tg = tagger_load(argv[a], &err);
    if (!tg) {
        fprintf(stderr, "eval_tagger: %s\n", dbuf_cstr(&err));
        return 1;
    }
    set vocab = {0};
    char *line = NULL;
    size_t cap = 0;
    sent s = {0};
    if (argc - a == 3) {
        FILE *tf = fopen(argv[a + 2], "r");
        if (!tf) {
            fprintf(stderr, "eval_tagger: cannot open %s\n", argv[a + 2]);
            return 1;
        }
        while (next_sentence(tf, &s, &line, &cap))
            for (size_t i = 0; i < s.n; i++) set_add(&vocab, XXH3_64bits(s.words[i], s.lens[i]));
        fclose(tf);
    }
    FILE *hf = fopen(argv[a + 1], "r");
    if (!hf) {
        fprintf(stderr, "eval_tagger: cannot open %s\n", argv[a + 1]);
        return 1;
    }
    static long confusion[PENN_COUNT][PENN_COUNT];
    long right[2] = {0, 0}, total[2] = {0, 0}, sentences = 0;
    penn_tag *tags = NULL;
    size_t tcap = 0;
    while (next_sentence(hf, &s, &line, &cap)) {
        DYAD_GROW(tags, tcap, s.n);
        tagger_tag(tg, (const char *const *)s.words, s.lens, s.n, tags);
        for (size_t i = 0; i < s.n; i++) {
            int unknown = vocab.cap && !set_has(&vocab, XXH3_64bits(s.words[i], s.lens[i]));
            total[unknown]++;
            right[unknown] += tags[i] == s.gold[i];
            confusion[s.gold[i]][tags[i]]++;
        }
        sentences++;
    }
    fclose(hf);
    long r = right[0] + right[1], t = total[0] + total[1];
    printf("held-out: %ld sentences, %ld tokens\n", sentences, t);
    printf("accuracy: %.2f%% overall", t ? 100.0 * (double)r / (double)t : 0.0);
    if (vocab.cap)
        printf(", %.2f%% known words (%ld), %.2f%% unknown words (%ld)",
               total[0] ? 100.0 * (double)right[0] / (double)total[0] : 0.0, total[0],
               total[1] ? 100.0 * (double)right[1] / (double)total[1] : 0.0, total[1]);
    printf("\n");
    if (verbose) {
        printf("most frequent errors (gold -> tagged):\n");
        for (int k = 0; k < 25; k++) {
            long best = 0;
            int bg = 0, bp = 0;
            for (int g = 0; g < PENN_COUNT; g++)
                for (int p = 0; p < PENN_COUNT; p++)
                    if (g != p && confusion[g][p] > best) best = confusion[g][p], bg = g, bp = p;
            if (!best) break;
            printf("  %-5s -> %-5s %ld\n", penn_name((penn_tag)bg), penn_name((penn_tag)bp), best);
            confusion[bg][bp] = 0;
        }
    }
    for (size_t i = 0; i < s.n; i++) free(s.words[i]);
    free(s.words);
    free(s.lens);
    free(s.gold);
    free(tags);
    free(line);
    free(vocab.keys);
    dbuf_free(&err);
    tagger_free(tg);
    return 0;
}
