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

static int split_text(void *ctx, const dyad_article *a, dyad_doc *doc)
{
    FILE *out = ctx;
    size_t ns, nt;
    const char *text = dyad_doc_text(doc, NULL);
    const dyad_dateline *d = dyad_doc_dateline(doc);
    const dyad_sentence *sents = dyad_doc_sentences(doc, &ns);
    const dyad_token *toks = dyad_doc_tokens(doc, &nt);
    fprintf(out, "# article %s  date %s  (%s:%ld)\n", a->id, a->date ? a->date : "-", a->file, a->line);
    if (d->found) {
        fputs("# dateline", out);
        print_span(out, "place", text, d->place);
        print_span(out, "date", text, d->date);
        print_span(out, "agency", text, d->agency);
        fputc('\n', out);
    }
    for (size_t i = 0; i < ns; i++) {
        fprintf(out, "[%zu] %s\n    ", i, dyad_doc_sentence_text(doc, i));
        for (size_t k = 0; k < sents[i].token_count; k++) {
            const dyad_token *t = &toks[sents[i].first_token + k];
            fprintf(out, "%s%.*s/%s", k ? " " : "", (int)t->len, text + t->start,
                    dyad_token_kind_name((dyad_token_kind)t->kind));
        }
        fputc('\n', out);
    }
    return ferror(out) ? -1 : 0;
}

static int split_json(void *ctx, const dyad_article *a, dyad_doc *doc)
{
    FILE *out = ctx;
    size_t ns, nt;
    const char *text = dyad_doc_text(doc, NULL);
    const dyad_dateline *d = dyad_doc_dateline(doc);
    const dyad_sentence *sents = dyad_doc_sentences(doc, &ns);
    const dyad_token *toks = dyad_doc_tokens(doc, &nt);
    for (size_t i = 0; i < ns; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "article", a->id);
        cJSON_AddNumberToObject(o, "sentence", (double)i);
        if (a->date) cJSON_AddStringToObject(o, "date", a->date);
        else cJSON_AddNullToObject(o, "date");
        if (i == 0 && d->found) {
            cJSON *dl = cJSON_AddObjectToObject(o, "dateline");
            add_text(dl, "place", text, d->place.start, d->place.len);
            add_text(dl, "date", text, d->date.start, d->date.len);
            add_text(dl, "agency", text, d->agency.start, d->agency.len);
        } else {
            cJSON_AddNullToObject(o, "dateline");
        }
        cJSON_AddStringToObject(o, "text", dyad_doc_sentence_text(doc, i));
        cJSON *arr = cJSON_AddArrayToObject(o, "tokens");
        for (size_t k = 0; k < sents[i].token_count; k++) {
            const dyad_token *t = &toks[sents[i].first_token + k];
            cJSON *tj = cJSON_CreateObject();
            add_text(tj, "text", text, t->start, t->len);
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
        {"format", required_argument, NULL, 'f'}, {"date", required_argument, NULL, 'd'},
        {"json", no_argument, NULL, 'j'},         {"stats", no_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    input_options in = {.need_date = 0};
    char date[11];
    int json = 0, stats = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (cli_parse_format("split", optarg, &in.reader.format)) return 2;
            break;
        case 'd':
            if (cli_parse_date("split", optarg, date)) return 2;
            in.reader.default_date = date;
            break;
        case 'j': json = 1; break;
        case 's': stats = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    run_counts counts = {0};
    cli_each_article(argv + optind, argc - optind, &in, json ? split_json : split_text, stdout, &counts);
    if (fflush(stdout) != 0) counts.io_error = 1;
    if (stats || counts.rejected) cli_print_counts("split", &counts);
    return cli_exit_status(&counts);
}
