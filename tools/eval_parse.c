/* eval_parse.c - measures the tagger and the shallow parser against the
 * CoreNLP Penn Treebank parses of PETRARCH's unit-test records: part-of-
 * speech agreement on the tokens both tokenizations share, and precision
 * and recall of base noun-phrase chunks. Gold chunks are read off the trees
 * the CoNLL-2000 way: a word belongs to the chunk of its lowest NP when only
 * ADJP, QP, NX or NAC nodes stand between them, consecutive words of the
 * same NP form one chunk, and punctuation and conjunctions at a chunk's
 * edges are left out. Spans are compared by character offsets, so the two
 * tokenizations need not agree everywhere.
 * usage: eval_parse [--gold-tags] [--data DIR] [--show] RECORDS.jsonl */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

typedef struct {
    char tag[64];
    char word[128];
    int np;          /* id of its chunk NP, -1 */
    size_t start, end; /* in the record text, when aligned */
    int aligned;
} leaf;

typedef struct {
    leaf *leaves;
    size_t n, cap;
    int next_node;
} tree;

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') p++;
    return p;
}

static int np_like_between(const char *label)
{
    return !strcmp(label, "ADJP") || !strcmp(label, "QP") || !strcmp(label, "NX") || !strcmp(label, "NAC");
}

/* Parses "(LABEL child...)" at p. `np` is the chunk NP in force for the
 * words below (or -1). Returns the position after the node. */
static const char *parse_node(const char *p, tree *t, int np)
{
    p = skip_ws(p);
    if (*p != '(') return NULL;
    p = skip_ws(p + 1);
    char label[64];
    size_t n = 0;
    while (*p && *p != ' ' && *p != '(' && *p != ')' && *p != '\n' && n < sizeof label - 1) label[n++] = *p++;
    label[n] = '\0';
    char *dash = strchr(label + 1, '-'); /* NP-TMP -> NP */
    if (dash && label[0] != '-') *dash = '\0';
    p = skip_ws(p);
    if (*p != '(') { /* a preterminal: (TAG word) */
        char word[128];
        size_t w = 0;
        while (*p && *p != ')' && w < sizeof word - 1) word[w++] = *p++;
        while (w && (word[w - 1] == ' ' || word[w - 1] == '\n')) w--;
        word[w] = '\0';
        if (*p != ')') return NULL;
        if (t->n == t->cap) t->leaves = realloc(t->leaves, (t->cap = t->cap ? t->cap * 2 : 64) * sizeof *t->leaves);
        leaf *l = &t->leaves[t->n++];
        memset(l, 0, sizeof *l);
        snprintf(l->tag, sizeof l->tag, "%s", label);
        snprintf(l->word, sizeof l->word, "%s", word);
        l->np = np;
        return p + 1;
    }
    int here = np;
    if (!strcmp(label, "NP") || !strcmp(label, "WHNP")) here = t->next_node++;
    else if (!np_like_between(label)) here = -1;
    while ((p = skip_ws(p)) && *p == '(') {
        p = parse_node(p, t, here);
        if (!p) return NULL;
    }
    return *p == ')' ? p + 1 : NULL;
}

static int is_edge(const leaf *l)
{
    static const char *const tags[] = {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "CC", "#", NULL};
    for (const char *const *t = tags; *t; t++)
        if (!strcmp(l->tag, *t)) return 1;
    return 0;
}

/* Finds each leaf's text in `text` from *pos on. */
static void align(tree *t, const char *text)
{
    size_t pos = 0, len = strlen(text);
    for (size_t i = 0; i < t->n; i++) {
        leaf *l = &t->leaves[i];
        const char *alts[4] = {l->word, NULL, NULL, NULL};
        if (!strcmp(l->word, "-LRB-")) alts[0] = "(";
        if (!strcmp(l->word, "-RRB-")) alts[0] = ")";
        if (!strcmp(l->word, "-LSB-")) alts[0] = "[";
        if (!strcmp(l->word, "-RSB-")) alts[0] = "]";
        if (!strcmp(l->word, "``")) alts[0] = "\"", alts[1] = "“", alts[2] = "``";
        if (!strcmp(l->word, "''")) alts[0] = "\"", alts[1] = "”", alts[2] = "''";
        size_t p = pos;
        while (p < len && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t')) p++;
        for (int a = 0; a < 4 && alts[a]; a++) {
            size_t n = strlen(alts[a]);
            if (p + n <= len && memcmp(text + p, alts[a], n) == 0) {
                l->start = p, l->end = p + n, l->aligned = 1;
                pos = p + n;
                break;
            }
        }
        if (!l->aligned) return; /* stop at the first mismatch */
    }
}

typedef struct {
    size_t start, end;
} span;

static int has_span(const span *s, size_t n, span x)
{
    for (size_t i = 0; i < n; i++)
        if (s[i].start == x.start && s[i].end == x.end) return 1;
    return 0;
}

int main(int argc, char **argv)
{
    int gold_tags = 0, show = 0;
    const char *data = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--gold-tags")) gold_tags = 1;
        else if (!strcmp(argv[i], "--show")) show = 1;
        else if (!strcmp(argv[i], "--data") && i + 1 < argc) data = argv[++i];
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: eval_parse [--gold-tags] [--data DIR] [--show] RECORDS.jsonl\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    char *error = NULL;
    dyad_model *model = gold_tags ? NULL : dyad_model_load(data, &error);
    if (!gold_tags && !model) {
        fprintf(stderr, "eval_parse: %s\n", error);
        free(error);
        return 2;
    }
    dyad_doc *doc = dyad_doc_new();
    char *line = NULL;
    size_t cap = 0, records = 0, skipped = 0, gold_tokens = 0, our_tokens = 0, aligned = 0, agree = 0;
    size_t gold_np = 0, our_np = 0, matched_np = 0;
    span *gold = NULL, *ours = NULL;
    unsigned char *tags = NULL;
    ssize_t got;
    while ((got = getline(&line, &cap, f)) > 0) {
        cJSON *rec = cJSON_Parse(line);
        const char *text = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec, "text"));
        const char *parse = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec, "parse"));
        tree t = {0};
        if (!text || !parse || !strstr(parse, "(ROOT") || !parse_node(strstr(parse, "(ROOT"), &t, -1) ||
            dyad_doc_analyse(doc, text, strlen(text)) != 0) {
            skipped++;
            free(t.leaves);
            cJSON_Delete(rec);
            continue;
        }
        records++;
        align(&t, text);
        size_t nt;
        const dyad_token *toks = dyad_doc_tokens(doc, &nt);
        tags = realloc(tags, nt + 1);
        for (size_t k = 0; k < nt; k++) {
            tags[k] = (unsigned char)dyad_tag_from_name("NN", 2);
            for (size_t i = 0; i < t.n; i++)
                if (t.leaves[i].aligned && t.leaves[i].start == toks[k].start &&
                    t.leaves[i].end == toks[k].start + toks[k].len)
                    tags[k] = (unsigned char)dyad_tag_from_name(t.leaves[i].tag, strlen(t.leaves[i].tag));
        }
        dyad_doc_parse(doc, model, gold_tags ? tags : NULL);
        size_t np;
        const dyad_token_parse *parses = dyad_doc_token_parses(doc, &np);
        gold_tokens += t.n;
        our_tokens += nt;
        for (size_t k = 0; k < nt; k++)
            for (size_t i = 0; i < t.n; i++)
                if (t.leaves[i].aligned && t.leaves[i].start == toks[k].start &&
                    t.leaves[i].end == toks[k].start + toks[k].len) {
                    aligned++;
                    if (!strcmp(dyad_tag_name(parses[k].tag), t.leaves[i].tag)) agree++;
                    else if (show)
                        printf("tag %s: %.*s gold %s ours %s\n", cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec, "id")),
                               (int)toks[k].len, text + toks[k].start, t.leaves[i].tag, dyad_tag_name(parses[k].tag));
                }
        /* gold chunks */
        size_t ng = 0, no = 0;
        gold = realloc(gold, (t.n + 1) * sizeof *gold);
        ours = realloc(ours, (nt + 1) * sizeof *ours);
        for (size_t i = 0; i < t.n;) {
            if (t.leaves[i].np < 0 || !t.leaves[i].aligned) { i++; continue; }
            size_t j = i;
            while (j + 1 < t.n && t.leaves[j + 1].np == t.leaves[i].np && t.leaves[j + 1].aligned) j++;
            size_t a = i, b = j;
            while (a <= b && is_edge(&t.leaves[a])) a++;
            while (b > a && is_edge(&t.leaves[b])) b--;
            if (a <= b && !is_edge(&t.leaves[a])) gold[ng++] = (span){t.leaves[a].start, t.leaves[b].end};
            i = j + 1;
        }
        for (size_t k = 0; k < nt; k++) {
            if (parses[k].chunk != 1 /* NP */ || !parses[k].chunk_begin) continue;
            size_t e = k;
            while (e + 1 < nt && parses[e + 1].chunk == 1 && !parses[e + 1].chunk_begin) e++;
            ours[no++] = (span){toks[k].start, toks[e].start + toks[e].len};
        }
        gold_np += ng, our_np += no;
        for (size_t i = 0; i < no; i++) {
            if (has_span(gold, ng, ours[i])) matched_np++;
            else if (show)
                printf("np  %s: ours [%.*s]\n", cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec, "id")),
                       (int)(ours[i].end - ours[i].start), text + ours[i].start);
        }
        if (show)
            for (size_t i = 0; i < ng; i++)
                if (!has_span(ours, no, gold[i]))
                    printf("np  %s: gold [%.*s]\n", cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(rec, "id")),
                           (int)(gold[i].end - gold[i].start), text + gold[i].start);
        free(t.leaves);
        cJSON_Delete(rec);
    }
    double p = our_np ? (double)matched_np / (double)our_np : 0, r = gold_np ? (double)matched_np / (double)gold_np : 0;
    printf("records          %zu (%zu without a usable parse skipped)\n", records, skipped);
    printf("tags             %s\n", gold_tags ? "gold (CoreNLP's), to measure the chunker alone" : "dyad's tagger");
    printf("tokens           gold %zu, dyad %zu, same span %zu (%.1f%% of gold)\n", gold_tokens, our_tokens, aligned,
           gold_tokens ? 100.0 * (double)aligned / (double)gold_tokens : 0);
    printf("POS agreement    %zu / %zu = %.2f%%\n", agree, aligned, aligned ? 100.0 * (double)agree / (double)aligned : 0);
    printf("NP chunks        gold %zu, dyad %zu, matched %zu: precision %.2f%%, recall %.2f%%, F1 %.2f%%\n", gold_np,
           our_np, matched_np, 100 * p, 100 * r, p + r > 0 ? 200 * p * r / (p + r) : 0);
    free(line), free(gold), free(ours), free(tags);
    dyad_doc_free(doc);
    dyad_model_free(model);
    fclose(f);
    return 0;
}
