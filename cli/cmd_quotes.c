/* cmd_quotes.c - `dyad quotes`: who said what. Reads articles as `dyad code`
 * does (same input and dictionary options), tags and parses each, and
 * writes every direct quotation with its speaker and the speaker's actor
 * code (dyad_quotes_doc in src/quotes.c), one JSON object per line:
 *   {"article":..,"sentence":..,"quote":..,
 *    "speaker":{"text":..,"code":..,"antecedent":..}}
 * with null for what was not found. */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dyad quotes [options] [FILE...]\n"
    "Lists the direct quotations of news articles with their speakers and the\n"
    "speakers' actor codes, one JSON object per line (standard input when no\n"
    "FILE or '-').\n"
    "  --format F          input format: auto (default), jsonl, text, petrarch-xml, tabari\n"
    "  --date D            date (YYYY-MM-DD) for articles that have none (plain text)\n"
    "  -o FILE             write to FILE instead of standard output\n"
    "  --dictionaries DIR  a whole dictionary set instead of the default (DATA/dict)\n"
    "  --actors FILE       actors, replacing the set's (repeat for several files)\n"
    "  --agents FILE       agents, replacing the set's\n"
    "  --verbs, --discards, --issues FILE   the other parts of the set, as for dyad code\n"
    "  --data DIR          data directory (models, cameo.tsv, dict/)\n"
    "  --stats             print counts of articles, sentences, tokens, quotations\n"
    "                      and rejected records to standard error\n";

typedef struct {
    FILE *out;
    const dyad_model *model;
    dyad_coder *coder;
    run_counts *counts;
    int failed;
} quotes_ctx;

static void add_string(cJSON *o, const char *key, const char *s)
{
    if (s) cJSON_AddStringToObject(o, key, s);
    else cJSON_AddNullToObject(o, key);
}

static int write_quote(void *ctx_, const dyad_quote *q)
{
    quotes_ctx *ctx = ctx_;
    cJSON *o = cJSON_CreateObject(), *speaker = cJSON_CreateObject();
    add_string(o, "article", q->article);
    cJSON_AddNumberToObject(o, "sentence", (double)q->sentence);
    add_string(o, "quote", q->quote);
    add_string(speaker, "text", q->speaker_text);
    add_string(speaker, "code", q->speaker_code);
    add_string(speaker, "antecedent", q->antecedent);
    cJSON_AddItemToObject(o, "speaker", speaker);
    char *line = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!line) abort();
    int bad = fputs(line, ctx->out) == EOF || fputc('\n', ctx->out) == EOF;
    cJSON_free(line);
    if (bad) ctx->failed = 1;
    return bad ? -1 : 0;
}

static int quote_article(void *ctx_, const dyad_article *a, dyad_doc *doc)
{
    quotes_ctx *ctx = ctx_;
    if (dyad_doc_parse(doc, ctx->model, NULL) != 0) return 0;
    long n = dyad_quotes_doc(ctx->coder, doc, a->id, a->date, write_quote, ctx);
    if (n < 0) return -1;
    ctx->counts->events += (size_t)n;
    return ferror(ctx->out) ? -1 : 0;
}

int cmd_quotes(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_OPTIONS,
        CLI_DICT_OPTIONS,
        {"data", required_argument, NULL, 'P'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    input_options in = {.need_date = 1};
    dicts_options dopt = {0};
    const char *out_path = NULL, *data_dir = NULL;
    int c, known, status = 2;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        if ((known = cli_input_option("quotes", c, optarg, &in)) != 0) {
            if (known < 0) goto done;
            continue;
        }
        if (cli_dict_option(c, optarg, &dopt)) continue;
        switch (c) {
        case 'o': out_path = optarg; break;
        case 'P': data_dir = optarg; break;
        case 'h': fputs(usage, stdout); status = 0; goto done;
        default: fputs(usage, stderr); goto done;
        }
    }
    cli_coder cc;
    if (cli_coder_open("quotes", &dopt, data_dir, NULL, out_path, &cc) == 0) {
        run_counts counts = {0};
        quotes_ctx ctx = {cc.out, cc.model, cc.coder, &counts, 0};
        cli_each_article(argv + optind, argc - optind, &in, quote_article, &ctx, &counts);
        if (fflush(cc.out) != 0 || ferror(cc.out) || ctx.failed) {
            fprintf(stderr, "dyad quotes: error writing %s\n", out_path ? out_path : "standard output");
            counts.io_error = 1;
        }
        if (in.stats || counts.rejected)
            fprintf(stderr, "dyad quotes: %zu articles, %zu sentences, %zu tokens, %zu quotations, %zu rejected\n",
                    counts.articles, counts.sentences, counts.tokens, counts.events, counts.rejected);
        status = counts.io_error ? 2 : counts.rejected ? 1 : 0;
        cli_coder_close(&cc);
    }
done:
    cli_dict_options_free(&dopt);
    return status;
}
