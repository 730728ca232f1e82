/* cmd_split.c - `dyad split`: shows how the text layer reads an article -
 * its dateline, its sentences and their tokens - for people to inspect, or
 * as JSON Lines (--json) for other programs. */
#include <getopt.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dyad split [options] [FILE...]\n"
    "Shows each article's dateline, sentences and tokens.\n"
    "  --format F     input format: auto (default), jsonl, text, petrarch-xml, tabari\n"
    "  --date D       date for articles that have none\n"
    "  --json         one JSON object per sentence instead of text\n"
    "  --stats        print counts to standard error\n";

static void print_span(FILE *out, const char *label, const char *text, dyad_span s)
{
    if (s.len) fprintf(out, " %s=\"%.*s\"", label, (int)s.len, text + s.start);
}

/* Adds text[start, start+len) as a string, or null when len is 0. */
static void add_text(cJSON *o, const char *key, const char *text, size_t start, size_t len)
{
    if (!len) {
        cJSON_AddNullToObject(o, key);
        return;
    }
    char *s = strndup(text + start, len);
    cJSON_AddStringToObject(o, key, s);
    free(s);
}

/* What both output forms read from an analysed article. */
typedef struct {
    const char *text;
    const dyad_dateline *dateline;
    const dyad_sentence *sentences;
    const dyad_token *tokens;
    size_t n_sentences, n_tokens;
} doc_view;

static doc_view view(const dyad_doc *doc)
{
    doc_view v;
    v.text = dyad_doc_text(doc, NULL);
    v.dateline = dyad_doc_dateline(doc);
    v.sentences = dyad_doc_sentences(doc, &v.n_sentences);
    v.tokens = dyad_doc_tokens(doc, &v.n_tokens);
    return v;
}

static int split_text(void *ctx, const dyad_article *a, dyad_doc *doc)
{
    FILE *out = ctx;
    doc_view v = view(doc);
    fprintf(out, "# article %s  date %s  (%s:%ld)\n", a->id, a->date ? a->date : "-", a->file, a->line);
    if (v.dateline->found) {
        fputs("# dateline", out);
        print_span(out, "place", v.text, v.dateline->place);
        print_span(out, "date", v.text, v.dateline->date);
        print_span(out, "agency", v.text, v.dateline->agency);
        fputc('\n', out);
    }
    for (size_t i = 0; i < v.n_sentences; i++) {
        fprintf(out, "[%zu] %s\n    ", i, dyad_doc_sentence_text(doc, i));
        for (size_t k = 0; k < v.sentences[i].token_count; k++) {
            const dyad_token *t = &v.tokens[v.sentences[i].first_token + k];
            fprintf(out, "%s%.*s/%s", k ? " " : "", (int)t->len, v.text + t->start,
                    dyad_token_kind_name((dyad_token_kind)t->kind));
        }
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}

static int split_json(void *ctx, const dyad_article *a, dyad_doc *doc)
{
    FILE *out = ctx;
    doc_view v = view(doc);
    for (size_t i = 0; i < v.n_sentences; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "article", a->id);
        cJSON_AddNumberToObject(o, "sentence", (double)i);
        if (a->date) cJSON_AddStringToObject(o, "date", a->date);
        else cJSON_AddNullToObject(o, "date");
        if (i == 0 && v.dateline->found) {
            cJSON *dl = cJSON_AddObjectToObject(o, "dateline");
            add_text(dl, "place", v.text, v.dateline->place.start, v.dateline->place.len);
            add_text(dl, "date", v.text, v.dateline->date.start, v.dateline->date.len);
            add_text(dl, "agency", v.text, v.dateline->agency.start, v.dateline->agency.len);
        } else {
            cJSON_AddNullToObject(o, "dateline");
        }
        cJSON_AddStringToObject(o, "text", dyad_doc_sentence_text(doc, i));
        cJSON *arr = cJSON_AddArrayToObject(o, "tokens");
        for (size_t k = 0; k < v.sentences[i].token_count; k++) {
            const dyad_token *t = &v.tokens[v.sentences[i].first_token + k];
            cJSON *tj = cJSON_CreateObject();
            add_text(tj, "text", v.text, t->start, t->len);
            cJSON_AddStringToObject(tj, "kind", dyad_token_kind_name((dyad_token_kind)t->kind));
            cJSON_AddNumberToObject(tj, "start", (double)t->start);
            cJSON_AddItemToArray(arr, tj);
        }
        char *s = cJSON_PrintUnformatted(o);
        cJSON_Delete(o);
        if (s) fprintf(out, "%s\n", s);
        free(s);
    }
    return ferror(out) ? -1 : 0;
}

int cmd_split(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_OPTIONS,
        {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    input_options in = {.need_date = 0};
    int json = 0, c, known;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        if ((known = cli_input_option("split", c, optarg, &in)) != 0) {
            if (known < 0) return 2;
            continue;
        }
        switch (c) {
        case 'j': json = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    run_counts counts = {0};
    cli_each_article(argv + optind, argc - optind, &in, json ? split_json : split_text, stdout, &counts);
    if (fflush(stdout) != 0) counts.io_error = 1;
    return cli_finish("split", &in, &counts);
}
