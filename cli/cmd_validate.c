/* cmd_validate.c - `dyad validate SUITE_DIR...`: runs an event coder's
 * validation suite (PETRARCH XML records, or a TABARI .project) with the
 * suite's own dictionaries and reports, per category, the records coded
 * fully correctly, and overall the expected events found, missed and extra
 * (an event matches when source code, target code and event code are the
 * same). --events writes every event produced as JSON Lines in the output
 * contract (article = the record id), so the figures can be checked
 * independently; --summary prints one machine-readable line per suite for
 * `make conformance`. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "suite.h"

static const char usage[] =
    "usage: dyad validate [options] SUITE_DIR...\n"
    "Runs validation suites (PETRARCH XML records or a TABARI .project) with their\n"
    "own dictionaries and prints records fully correct per category and events\n"
    "found, missed and extra.\n"
    "  --events FILE   also write every event produced as JSON Lines\n"
    "  --verbose       show each record that is not fully correct\n"
    "  --summary       one line per suite: name records correct expected found extra\n"
    "  --dictionaries DIR  dictionaries for suites that have none of their own (a\n"
    "                  .jsonl suite such as data/eval/dev.jsonl; default DATA/dict)\n"
    "  --data DIR      data directory (models, cameo.tsv)\n";

typedef struct {
    char **items; /* "SRC TGT CODE" */
    size_t n, cap;
    dyad_writer *writer;
} got_events;

static int collect(void *user, const dyad_event *e)
{
    got_events *g = user;
    size_t len = strlen(e->source.code) + strlen(e->target.code) + strlen(e->cameo) + 3;
    char *s = malloc(len);
    if (!s) abort();
    snprintf(s, len, "%s %s %s", e->source.code, e->target.code, e->cameo);
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 8;
        g->items = realloc(g->items, g->cap * sizeof *g->items);
        if (!g->items) abort();
    }
    g->items[g->n++] = s;
    return g->writer ? dyad_writer_event(g->writer, e) : 0;
}

typedef struct {
    char *name;
    size_t records, correct;
} category;

typedef struct {
    category *cats;
    size_t n_cats;
    size_t records, correct, expected, found, extra;
    size_t found_root; /* found when only the CAMEO root of the code must agree */
} tally;

static category *category_of(tally *t, const char *name)
{
    for (size_t i = 0; i < t->n_cats; i++)
        if (!strcmp(t->cats[i].name, name)) return &t->cats[i];
    t->cats = realloc(t->cats, (t->n_cats + 1) * sizeof *t->cats);
    if (!t->cats) abort();
    t->cats[t->n_cats] = (category){strdup(name), 0, 0};
    return &t->cats[t->n_cats++];
}

static const char *base_name(const char *path)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') n--;
    const char *s = path + n;
    while (s > path && s[-1] != '/') s--;
    static char buf[256];
    snprintf(buf, sizeof buf, "%.*s", (int)(path + n - s), s);
    return buf;
}

static void add_files(dyad_dicts *d, char **files, size_t n, int kind, int *failed)
{
    for (size_t i = 0; i < n && !*failed; i++) {
        char *error = NULL;
        if (dyad_dicts_add(d, files[i], kind, &error) != 0) {
            fprintf(stderr, "dyad validate: %s\n", error);
            free(error);
            *failed = 1;
        }
    }
}

/* Scores one record: matches the events got against the expected ones. */
static void score(const suite_record *r, got_events *g, tally *t, int verbose)
{
    size_t n = r->n_expected, found = 0;
    char *used = calloc(g->n + 1, 1);
    for (size_t i = 0; i < n; i++) {
        const suite_event *e = &r->expected[i];
        char want[256];
        snprintf(want, sizeof want, "%s %s %s", e->source, e->target, e->code);
        for (size_t k = 0; k < g->n; k++)
            if (!used[k] && !strcmp(g->items[k], want)) {
                used[k] = 1, found++;
                break;
            }
    }
    size_t extra = g->n - found;
    int ok = found == n && extra == 0;
    /* the same at the level of CAMEO roots: source, target and the code's
       first two digits */
    memset(used, 0, g->n + 1);
    for (size_t i = 0; i < n; i++) {
        const suite_event *e = &r->expected[i];
        size_t ls = strlen(e->source), lt = strlen(e->target);
        for (size_t k = 0; k < g->n; k++) {
            const char *x = g->items[k];
            if (used[k] || strncmp(x, e->source, ls) || x[ls] != ' ' || strncmp(x + ls + 1, e->target, lt) ||
                x[ls + 1 + lt] != ' ' || strncmp(x + ls + lt + 2, e->code, 2))
                continue;
            used[k] = 1, t->found_root++;
            break;
        }
    }
    category *c = category_of(t, r->category && *r->category ? r->category : "-");
    c->records++, c->correct += ok;
    t->records++, t->correct += ok;
    t->expected += n, t->found += found, t->extra += extra;
    if (verbose && !ok) {
        printf("  %s (line %zu): %s\n    expected:", r->id, r->line, r->text);
        for (size_t i = 0; i < n; i++) printf(" %s/%s/%s", r->expected[i].source, r->expected[i].target, r->expected[i].code);
        printf("\n    got:     ");
        for (size_t k = 0; k < g->n; k++) printf(" [%s]", g->items[k]);
        printf("\n");
    }
    free(used);
}

static int run_suite(const char *dir, const char *data_dir, const char *dict_dir, const dyad_model *model,
                     FILE *events, int verbose, int summary)
{
    suite s = {0};
    char *error = NULL;
    if (suite_load(&s, dir, NULL, NULL, &error) != 0) {
        fprintf(stderr, "dyad validate: %s\n", error);
        free(error);
        return 2;
    }
    dyad_dicts *dicts = dyad_dicts_new(NULL, NULL);
    int failed = 0;
    add_files(dicts, s.verbs, s.n_verbs, DYAD_DICT_VERBS, &failed);
    add_files(dicts, s.actors, s.n_actors, DYAD_DICT_ACTORS, &failed);
    add_files(dicts, s.agents, s.n_agents, DYAD_DICT_AGENTS, &failed);
    add_files(dicts, s.discards, s.n_discards, DYAD_DICT_DISCARDS, &failed);
    add_files(dicts, s.issues, s.n_issues, DYAD_DICT_ISSUES, &failed);
    add_files(dicts, s.options, s.n_options, DYAD_DICT_OPTIONS, &failed);
    if (!failed && s.kind == SUITE_JSONL) { /* no dictionaries of its own */
        const char *data = dyad_data_dir(data_dir);
        char *def = malloc(strlen(data) + 6);
        if (!def) abort();
        sprintf(def, "%s/dict", data);
        if (dyad_dicts_add_dir(dicts, dict_dir ? dict_dir : def, 0, &error) != 0) {
            fprintf(stderr, "dyad validate: %s\n", error);
            free(error), error = NULL;
            failed = 1;
        }
        free(def);
    }
    /* the suites of PETRARCH and TABARI expect what those programs do, which
       includes coding acts that are only possible ("could attack") */
    dyad_coder_options copt = {.keep_unreal = s.kind != SUITE_JSONL};
    dyad_coder *coder = failed ? NULL : dyad_coder_new(dicts, data_dir, &copt, &error);
    if (!failed && !coder) {
        fprintf(stderr, "dyad validate: %s\n", error);
        free(error);
        failed = 1;
    }
    tally t = {0};
    got_events g = {0};
    if (events) g.writer = dyad_writer_new(events, DYAD_OUTPUT_JSONL);
    dyad_doc *doc = dyad_doc_new();
    if (verbose && !failed) printf("%s: records not fully correct\n", dir);
    size_t ignored = 0;
    for (size_t i = 0; i < s.n_settings && !failed; i++)
        ignored += dyad_coder_set(coder, s.settings[i].key, s.settings[i].value) != 0;
    for (size_t i = 0; i < s.n_records && !failed; i++) {
        const suite_record *r = &s.records[i];
        for (size_t k = 0; k < r->n_settings; k++)
            ignored += dyad_coder_set(coder, r->settings[k].key, r->settings[k].value) != 0;
        if (!r->evaluate) continue;
        char date[16] = "";
        if (r->date > 0) snprintf(date, sizeof date, "%04d-%02d-%02d", (int)(r->date / 10000), (int)(r->date / 100 % 100), (int)(r->date % 100));
        for (size_t k = 0; k < g.n; k++) free(g.items[k]);
        g.n = 0;
        if (dyad_doc_analyse(doc, r->text, strlen(r->text)) == 0 && dyad_doc_parse(doc, model, NULL) == 0)
            dyad_code_doc(coder, doc, r->id, r->date > 0 && r->date <= 99991231 ? date : NULL, collect, &g);
        score(r, &g, &t, verbose);
    }
    if (!failed && summary) {
        printf("%s %zu %zu %zu %zu %zu\n", base_name(dir), t.records, t.correct, t.expected, t.found, t.extra);
    } else if (!failed) {
        printf("%s (%s, %zu records checked)\n", dir,
               s.kind == SUITE_TABARI ? "TABARI" : s.kind == SUITE_JSONL ? "JSON Lines" : "PETRARCH", t.records);
        printf("  %-12s %8s %8s\n", "category", "records", "correct");
        for (size_t i = 0; i < t.n_cats; i++)
            printf("  %-12s %8zu %8zu  %5.1f%%\n", t.cats[i].name, t.cats[i].records, t.cats[i].correct,
                   100.0 * (double)t.cats[i].correct / (double)t.cats[i].records);
        printf("  %-12s %8zu %8zu  %5.1f%%\n", "all", t.records, t.correct,
               t.records ? 100.0 * (double)t.correct / (double)t.records : 0.0);
        printf("  events: expected %zu, found %zu (%.1f%%), missed %zu, extra %zu (%.1f%% of expected)\n", t.expected,
               t.found, t.expected ? 100.0 * (double)t.found / (double)t.expected : 0.0, t.expected - t.found, t.extra,
               t.expected ? 100.0 * (double)t.extra / (double)t.expected : 0.0);
        printf("  precision %.1f%% (found / events coded), recall %.1f%% (found / expected)\n",
               t.found + t.extra ? 100.0 * (double)t.found / (double)(t.found + t.extra) : 0.0,
               t.expected ? 100.0 * (double)t.found / (double)t.expected : 0.0);
        size_t coded = t.found + t.extra;
        printf("  with the CAMEO root only (same source, target and code's first two digits): precision %.1f%%, "
               "recall %.1f%%\n",
               coded ? 100.0 * (double)t.found_root / (double)coded : 0.0,
               t.expected ? 100.0 * (double)t.found_root / (double)t.expected : 0.0);
    }
    for (size_t k = 0; k < g.n; k++) free(g.items[k]);
    free(g.items);
    for (size_t i = 0; i < t.n_cats; i++) free(t.cats[i].name);
    free(t.cats);
    if (g.writer) dyad_writer_free(g.writer);
    dyad_doc_free(doc);
    dyad_coder_free(coder);
    dyad_dicts_free(dicts);
    suite_free(&s);
    return failed ? 2 : 0;
}

int cmd_validate(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"events", required_argument, NULL, 'e'}, {"verbose", no_argument, NULL, 'v'},
        {"summary", no_argument, NULL, 's'},      {"data", required_argument, NULL, 'P'},
        {"dictionaries", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    const char *events_path = NULL, *data_dir = NULL, *dict_dir = NULL;
    int verbose = 0, summary = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'e': events_path = optarg; break;
        case 'v': verbose = 1; break;
        case 's': summary = 1; break;
        case 'P': data_dir = optarg; break;
        case 'D': dict_dir = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind >= argc) {
        fputs(usage, stderr);
        return 2;
    }
    char *error = NULL;
    dyad_model *model = dyad_model_load(data_dir, &error);
    if (!model) {
        fprintf(stderr, "dyad validate: %s\n", error);
        free(error);
        return 2;
    }
    FILE *events = NULL;
    if (events_path && !(events = fopen(events_path, "w"))) {
        perror(events_path);
        dyad_model_free(model);
        return 2;
    }
    int status = 0;
    for (int i = optind; i < argc; i++) {
        int rc = run_suite(argv[i], data_dir, dict_dir, model, events, verbose, summary);
        if (rc > status) status = rc;
    }
    if (events && fclose(events) != 0) {
        perror(events_path);
        status = 2;
    }
    dyad_model_free(model);
    return status;
}
