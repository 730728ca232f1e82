/* train_tagger.c - trains dyad's averaged-perceptron part-of-speech tagger
 * on a corpus written by brown-to-ptb ("word<TAB>TAG" lines, blank line
 * between sentences) and writes the compact model file that src/tagger.c
 * loads. The features are those of src/tagger_feat.h, so training and
 * tagging agree exactly; docs/tagger.md describes the method and format.
 *
 * usage: train_tagger [-i ITERATIONS] [-p PRUNE] TRAIN_FILE MODEL_OUT
 *   -i  passes over the data (default 8), sentences shuffled deterministically
 *   -p  averaged weights smaller than this are dropped (default 0.5) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "penn.h"
#include "tagger_feat.h"

enum { NT = PENN_COUNT };

/* ---- a map from 64-bit keys to dense indices ---------------------------- */

typedef struct {
    uint64_t *keys; /* 0 = empty (keys are made non-zero) */
    uint32_t *vals;
    size_t cap, n;
} map;

static uint64_t nz(uint64_t k) { return k ? k : 1; }

static void map_grow(map *m);

static uint32_t *map_find(const map *m, uint64_t key)
{
    if (!m->cap) return NULL;
    key = nz(key);
    for (size_t i = key & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) return &m->vals[i];
        if (!m->keys[i]) return NULL;
    }
}

/* Returns the value slot of key, inserting it with value *fresh if absent. */
static uint32_t *map_insert(map *m, uint64_t key, uint32_t fresh, int *added)
{
    if ((m->n + 1) * 2 > m->cap) map_grow(m);
    key = nz(key);
    size_t i = key & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    if (added) *added = !m->keys[i];
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = fresh;
        m->n++;
    }
    return &m->vals[i];
}

static void map_grow(map *m)
{
    map old = *m;
    m->cap = old.cap ? old.cap * 2 : 1024;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->vals = calloc(m->cap, sizeof *m->vals);
    if (!m->keys || !m->vals) {
        fprintf(stderr, "train_tagger: out of memory\n");
        exit(1);
    }
    m->n = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i]) *map_insert(m, old.keys[i], old.vals[i], NULL) = old.vals[i];
    free(old.keys);
    free(old.vals);
}

/* ---- corpus ------------------------------------------------------------- */

typedef struct {
    size_t start, n; /* tokens [start, start + n) */
} sentence;

static struct {
    char **words;
    size_t *lens;
    uint8_t *gold, *dict; /* dict: tag-dictionary tag or 0 */
    uint64_t *feats;      /* TF_MAX_STATIC per token */
    uint8_t *nfeats;
    tf_info *info; /* per token, for the dynamic features */
    size_t n, cap;
    sentence *sent;
    size_t nsent, sentcap;
} C;

static void read_corpus(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "train_tagger: cannot open %s\n", path);
        exit(1);
    }
    char *line = NULL;
    size_t cap = 0, start = 0;
    long lineno = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r')) line[--got] = '\0';
        if (got == 0) {
            if (C.n > start) {
                DYAD_GROW(C.sent, C.sentcap, C.nsent + 1);
                C.sent[C.nsent++] = (sentence){start, C.n - start};
            }
            start = C.n;
            continue;
        }
        char *tab = strrchr(line, '\t');
        penn_tag t = tab ? penn_from_name(tab + 1, strlen(tab + 1)) : PENN_NONE;
        if (!tab || tab == line || t == PENN_NONE) {
            fprintf(stderr, "train_tagger: %s:%ld: expected word<TAB>TAG\n", path, lineno);
            exit(1);
        }
        size_t old = C.cap;
        DYAD_GROW(C.words, C.cap, C.n + 1);
        if (C.cap != old) {
            C.lens = dyad_xrealloc(C.lens, C.cap * sizeof *C.lens);
            C.gold = dyad_xrealloc(C.gold, C.cap);
        }
        C.words[C.n] = dyad_xmalloc((size_t)(tab - line) + 1);
        memcpy(C.words[C.n], line, (size_t)(tab - line));
        C.words[C.n][tab - line] = '\0';
        C.lens[C.n] = (size_t)(tab - line);
        C.gold[C.n] = (uint8_t)t;
        C.n++;
    }
    if (C.n > start) {
        DYAD_GROW(C.sent, C.sentcap, C.nsent + 1);
        C.sent[C.nsent++] = (sentence){start, C.n - start};
    }
    free(line);
    fclose(f);
}

/* ---- lexicon: tag dictionary and known words ------------------------------ */

static map lex_form, lex_lw; /* form hash -> row of form_counts; lw hash -> count */
static uint32_t *form_counts; /* NT per distinct form */
static size_t form_cap;

static void build_lexicon(void)
{
    tf_info inf;
    for (size_t i = 0; i < C.n; i++) {
        tf_word_info(C.words[i], C.lens[i], &inf);
        int added;
        uint32_t *row = map_insert(&lex_form, inf.form, (uint32_t)lex_form.n, &added);
        if (added) {
            DYAD_GROW(form_counts, form_cap, (lex_form.n) * NT);
            memset(form_counts + (size_t)*row * NT, 0, NT * sizeof *form_counts);
        }
        form_counts[(size_t)*row * NT + C.gold[i]]++;
        (*map_insert(&lex_lw, inf.lw, 0, NULL))++;
    }
}

/* The tag-dictionary tag of a form: frequent and (nearly) unambiguous. */
static unsigned dict_tag(uint64_t form)
{
    uint32_t *row = map_find(&lex_form, form);
    if (!row) return 0;
    const uint32_t *c = form_counts + (size_t)*row * NT;
    uint32_t total = 0, best = 0;
    unsigned bt = 0;
    for (unsigned t = 0; t < NT; t++) {
        total += c[t];
        if (c[t] > best) best = c[t], bt = t;
    }
    return total >= 20 && best >= 0.97 * total ? bt : 0;
}

static int known(uint64_t lw)
{
    uint32_t *c = map_find(&lex_lw, lw);
    return c && *c >= 2;
}

static void prepare(void)
{
    C.feats = dyad_xmalloc(C.n * TF_MAX_STATIC * sizeof *C.feats);
    C.nfeats = dyad_xmalloc(C.n);
    C.dict = dyad_xmalloc(C.n);
    C.info = dyad_xmalloc(C.n * sizeof *C.info);
    tf_info *info = NULL;
    size_t icap = 0;
    for (size_t s = 0; s < C.nsent; s++) {
        size_t st = C.sent[s].start, n = C.sent[s].n;
        DYAD_GROW(info, icap, n + 4);
        tf_sentence_info((const char *const *)C.words + st, C.lens + st, n, info);
        for (size_t i = 0; i < n; i++)
            if (known(info[i + 2].lw)) info[i + 2].flags |= TF_KNOWN;
        for (size_t i = 0; i < n; i++) {
            C.nfeats[st + i] = (uint8_t)tf_static(&info[i + 2], C.feats + (st + i) * TF_MAX_STATIC);
            C.dict[st + i] = (uint8_t)dict_tag(info[i + 2].form);
            C.info[st + i] = info[i + 2];
        }
    }
    free(info);
}

/* ---- the perceptron ----------------------------------------------------- */

static map feat_index;  /* feature hash -> row */
static int32_t *W;      /* NT per row */
static int64_t *WC;     /* NT per row: sum of (step - 1) * update */
static size_t wrows_cap;

static int32_t *row_of(uint64_t f, int create)
{
    if (!create) {
        uint32_t *r = map_find(&feat_index, f);
        return r ? W + (size_t)*r * NT : NULL;
    }
    int added;
    uint32_t r = *map_insert(&feat_index, f, (uint32_t)feat_index.n, &added);
    if (added) {
        size_t need = (size_t)(r + 1) * NT;
        if (need > wrows_cap) {
            size_t cap = wrows_cap;
            DYAD_GROW(W, cap, need);
            WC = dyad_xrealloc(WC, cap * sizeof *WC);
            memset(W + wrows_cap, 0, (cap - wrows_cap) * sizeof *W);
            memset(WC + wrows_cap, 0, (cap - wrows_cap) * sizeof *WC);
            wrows_cap = cap;
        }
    }
    return W + (size_t)r * NT;
}

static unsigned predict(const uint64_t *f, size_t nf)
{
    int64_t scores[NT] = {0};
    for (size_t k = 0; k < nf; k++) {
        const int32_t *w = row_of(f[k], 0);
        if (w)
            for (unsigned t = 1; t < NT; t++) scores[t] += w[t];
    }
    unsigned best = 1;
    for (unsigned t = 2; t < NT; t++)
        if (scores[t] > scores[best]) best = t;
    return best;
}

static void update(const uint64_t *f, size_t nf, unsigned gold, unsigned guess, int64_t step)
{
    for (size_t k = 0; k < nf; k++) {
        int32_t *w = row_of(f[k], 1);
        int64_t *wc = WC + (w - W);
        w[gold]++, wc[gold] += step - 1;
        w[guess]--, wc[guess] -= step - 1;
    }
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static int64_t train(int iterations)
{
    size_t *order = dyad_xmalloc(C.nsent * sizeof *order);
    for (size_t s = 0; s < C.nsent; s++) order[s] = s;
    int64_t step = 0;
    uint64_t f[TF_MAX_FEATS];
    for (int it = 0; it < iterations; it++) {
        for (size_t s = C.nsent; s > 1; s--) { /* Fisher-Yates, fixed seed */
            size_t j = next_rand() % s, tmp = order[s - 1];
            order[s - 1] = order[j], order[j] = tmp;
        }
        size_t right = 0, total = 0;
        for (size_t o = 0; o < C.nsent; o++) {
            const sentence *se = &C.sent[order[o]];
            unsigned t1 = TF_START1, t2 = TF_START2;
            for (size_t i = se->start; i < se->start + se->n; i++) {
                unsigned guess = C.dict[i];
                if (!guess) {
                    size_t nf = C.nfeats[i];
                    memcpy(f, C.feats + i * TF_MAX_STATIC, nf * sizeof *f);
                    nf += tf_dynamic(&C.info[i], t1, t2, f + nf);
                    guess = predict(f, nf);
                    step++;
                    if (guess != C.gold[i]) update(f, nf, C.gold[i], guess, step);
                }
                right += guess == C.gold[i];
                total++;
                t2 = t1, t1 = guess;
            }
        }
        fprintf(stderr, "train_tagger: iteration %d: %.2f%% of training tokens right, %zu features\n", it + 1,
                100.0 * (double)right / (double)total, feat_index.n);
    }
    free(order);
    return step;
}

/* ---- writing the model ---------------------------------------------------- */

static unsigned bits_for(size_t n)
{
    unsigned b = 4;
    while (((size_t)1 << b) * 5 < n * 8) b++; /* load factor at most 5/8 */
    return b;
}

static void put(tf_slot *table, unsigned bits, uint64_t h, uint32_t ref)
{
    size_t mask = ((size_t)1 << bits) - 1;
    size_t i = h & mask;
    while (table[i].fp) i = (i + 1) & mask;
    table[i] = (tf_slot){tf_fp(h), ref};
}

static void write_model(const char *path, int64_t steps, double prune)
{
    size_t rows = feat_index.n;
    double *avg = dyad_xmalloc(rows * NT * sizeof *avg);
    double maxw = 0;
    for (size_t i = 0; i < rows * NT; i++) {
        avg[i] = W[i] - (double)WC[i] / (double)steps;
        if (fabs(avg[i]) > maxw) maxw = fabs(avg[i]);
    }
    float scale = (float)(32000.0 / (maxw > 0 ? maxw : 1));
    /* keep weights of at least `prune`, quantised */
    uint32_t *weights = NULL;
    size_t nw = 0, wcap = 0, nfeat = 0;
    uint64_t *fkeys = dyad_xmalloc(rows * sizeof *fkeys);
    uint32_t *frefs = dyad_xmalloc(rows * sizeof *frefs);
    for (size_t s = 0; s < feat_index.cap; s++) {
        if (!feat_index.keys[s]) continue;
        size_t r = feat_index.vals[s], start = nw;
        for (unsigned t = 1; t < NT; t++) {
            double a = avg[r * NT + t];
            if (fabs(a) < prune) continue;
            long q = lround(a * scale);
            if (q == 0) continue;
            DYAD_GROW(weights, wcap, nw + 1);
            weights[nw++] = (uint32_t)t | (uint32_t)(uint16_t)(int16_t)q << 16;
        }
        if (nw == start) continue;
        fkeys[nfeat] = feat_index.keys[s]; /* the map stores nz(key): same slot and fingerprint */
        frefs[nfeat++] = (uint32_t)(start << 6 | (nw - start));
    }
    if (nw >= (1u << 26)) {
        fprintf(stderr, "train_tagger: too many weights\n");
        exit(1);
    }
    /* lexicon: tag dictionary by form, known words by lower-cased form */
    map lex = {0};
    for (size_t s = 0; s < lex_form.cap; s++) {
        if (!lex_form.keys[s]) continue;
        unsigned t = dict_tag(lex_form.keys[s]);
        if (t) *map_insert(&lex, tf_feat(F_LEX_FORM, lex_form.keys[s]), 0, NULL) |= t;
    }
    for (size_t s = 0; s < lex_lw.cap; s++)
        if (lex_lw.keys[s] && lex_lw.vals[s] >= 2)
            *map_insert(&lex, tf_feat(F_LEX_LW, lex_lw.keys[s]), 0, NULL) |= TF_LEX_KNOWN;

    tf_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, TF_MAGIC, 8);
    h.version = TF_VERSION;
    h.featset = TF_FEATSET;
    h.n_tags = NT;
    h.feat_bits = bits_for(nfeat);
    h.lex_bits = bits_for(lex.n);
    h.n_weights = (uint32_t)nw;
    h.scale = scale;
    size_t nf = (size_t)1 << h.feat_bits, nl = (size_t)1 << h.lex_bits;
    size_t body = (nf + nl) * sizeof(tf_slot) + nw * sizeof(uint32_t);
    unsigned char *buf = calloc(1, body);
    if (!buf) exit(1);
    tf_slot *ft = (tf_slot *)buf, *lt = ft + nf;
    for (size_t i = 0; i < nfeat; i++) put(ft, h.feat_bits, fkeys[i], frefs[i]);
    for (size_t s = 0; s < lex.cap; s++)
        if (lex.keys[s]) put(lt, h.lex_bits, lex.keys[s], lex.vals[s]);
    memcpy(lt + nl, weights, nw * sizeof *weights);
    h.checksum = XXH3_64bits(buf, body);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(&h, sizeof h, 1, f) != 1 || fwrite(buf, 1, body, f) != body || fclose(f)) {
        fprintf(stderr, "train_tagger: cannot write %s\n", path);
        exit(1);
    }
    fprintf(stderr, "train_tagger: wrote %s: %zu features (of %zu), %zu weights, %zu lexicon entries, %zu bytes\n",
            path, nfeat, rows, nw, lex.n, sizeof h + body);
    free(buf);
    free(avg);
    free(weights);
    free(fkeys);
    free(frefs);
    free(lex.keys);
    free(lex.vals);
}

int main(int argc, char **argv)
{
    int iterations = 8;
    double prune = 0.5;
    int a = 1;
    for (; a + 1 < argc && argv[a][0] == '-'; a += 2) {
        if (!strcmp(argv[a], "-i")) iterations = atoi(argv[a + 1]);
        else if (!strcmp(argv[a], "-p")) prune = atof(argv[a + 1]);
        else break;
    }
    if (argc - a != 2 || iterations < 1) {
        fprintf(stderr, "usage: train_tagger [-i ITERATIONS] [-p PRUNE] TRAIN_FILE MODEL_OUT\n");
        return 2;
    }
    read_corpus(argv[a]);
    if (!C.nsent) {
        fprintf(stderr, "train_tagger: %s holds no sentences\n", argv[a]);
        return 1;
    }
    build_lexicon();
    prepare();
    fprintf(stderr, "train_tagger: %zu sentences, %zu tokens, %zu word forms\n", C.nsent, C.n, lex_form.n);
    int64_t steps = train(iterations);
    write_model(argv[a + 1], steps > 0 ? steps : 1, prune);
    return 0;
}
