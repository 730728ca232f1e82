/* cmd_code.c - `dyad code`: articles in, events out. Reads every input,
 * analyses, tags and parses each article, codes its events with the
 * dictionaries (dyad's default set in data/dict/, parts of it replaced by
 * --verbs, --actors, --agents, --discards, --issues, or a whole other set by
 * --dictionaries) and writes them as JSON Lines or CSV; with --dedup, repeated
 * events go through a deduplicator first and are written once, with counts. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dyad code [options] [FILE...]\n"
    "Codes events from news articles (standard input when no FILE or '-').\n"
    "  --format F          input format: auto (default), jsonl, text, petrarch-xml, tabari\n"
    "  --date D            date (YYYY-MM-DD) for articles that have none (plain text)\n"
    "  --output O          jsonl (default) or csv\n"
    "  -o FILE             write events to FILE instead of standard output\n"
    "  --dictionaries DIR  a whole dictionary set instead of the default (DATA/dict)\n"
    "  --verbs FILE        verbs and patterns, replacing the set's\n"
    "  --actors FILE       actors, replacing the set's (repeat for several files)\n"
    "  --agents FILE       agents, replacing the set's\n"
    "  --discards FILE     discard phrases, replacing the set's\n"
    "  --issues FILE       issue phrases, replacing the set's\n"
    "  --keep-negated      also write events of negated verbs (negated: true)\n"
    "  --allow-self        keep events whose source and target codes are equal\n"
    "  --keep-unreal       also code acts only possible or imagined (\"could\n"
    "                      blockade\", \"would open talks\" after an \"if\")\n"
    "  --data DIR          data directory (models, cameo.tsv, dict/)\n"
    "  --explain           show each sentence's actors, verbs and patterns on\n"
    "                      standard error\n"
    "  --dedup MODE        write each repeated event once, the first seen, with\n"
    "                      mentions, articles and sources counts; the same event is\n"
    "                      the same source, target, CAMEO code and date in the same\n"
    "                      sentence, article, or day (any article of the input)\n"
    "  --stats             print counts of articles, sentences, tokens, events and\n"
    "                      rejected records to standard error\n";

typedef struct {
    dyad_writer *writer;
    FILE *out;
    const dyad_model *model;
    dyad_coder *coder;
    run_counts *counts;
    dyad_dedup *dedup;            /* NULL: every event is written as coded */
    const char *article_source;   /* the current article's publisher */
} code_ctx;

static int write_event(void *ctx_, const dyad_event *ev)
{
    code_ctx *ctx = ctx_;
    return dyad_writer_event(ctx->writer, ev);
}

static int code_event(void *ctx_, const dyad_event *ev)
{
    code_ctx *ctx = ctx_;
    if (!ctx->dedup) return write_event(ctx, ev);
    dyad_dedup_add(ctx->dedup, ev, ctx->article_source);
    return 0;
}

static int code_article(void *ctx_, const dyad_article *a, dyad_doc *doc)
{
    code_ctx *ctx = ctx_;
    if (dyad_doc_parse(doc, ctx->model, NULL) != 0) return 0;
    ctx->article_source = a->source;
    long n = dyad_code_doc(ctx->coder, doc, a->id, a->date, code_event, ctx);
    if (n < 0) return -1;
    ctx->counts->events += (size_t)n;
    if (ctx->dedup && dyad_dedup_article_done(ctx->dedup, write_event, ctx) < 0) return -1;
    return ferror(ctx->out) ? -1 : 0;
}

int cmd_code(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_OPTIONS,
        {"output", required_argument, NULL, 'O'},
        {"dictionaries", required_argument, NULL, 'D'},
        {"verbs", required_argument, NULL, 'V'},
        {"actors", required_argument, NULL, 'A'},
        {"agents", required_argument, NULL, 'G'},
        {"discards", required_argument, NULL, 'X'},
        {"issues", required_argument, NULL, 'I'},
        {"keep-negated", no_argument, NULL, 'N'},
        {"allow-self", no_argument, NULL, 'S'},
        {"keep-unreal", no_argument, NULL, 'U'},
        {"data", required_argument, NULL, 'P'},
        {"explain", no_argument, NULL, 'E'},
        {"dedup", required_argument, NULL, 'M'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    input_options in = {.need_date = 1};
    dyad_output output = DYAD_OUTPUT_JSONL;
    dyad_coder_options copt = {0};
    dicts_options dopt = {0};
    const char *out_path = NULL, *data_dir = NULL;
    dyad_dedup_mode dedup_mode = 0; /* 0: no --dedup */
    int c, known, status = 2;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        if ((known = cli_input_option("code", c, optarg, &in)) != 0) {
            if (known < 0) goto done;
            continue;
        }
        switch (c) {
        case 'O':
            if (dyad_output_from_name(optarg, &output)) {
                fprintf(stderr, "dyad code: unknown output \"%s\" (jsonl, csv)\n", optarg);
                goto done;
            }
            break;
        case 'o': out_path = optarg; break;
        case 'D': dopt.dir = optarg; break;
        case 'V': cli_dict_add_file(&dopt, DYAD_DICT_VERBS, optarg); break;
        case 'A': cli_dict_add_file(&dopt, DYAD_DICT_ACTORS, optarg); break;
        case 'G': cli_dict_add_file(&dopt, DYAD_DICT_AGENTS, optarg); break;
        case 'X': cli_dict_add_file(&dopt, DYAD_DICT_DISCARDS, optarg); break;
        case 'I': cli_dict_add_file(&dopt, DYAD_DICT_ISSUES, optarg); break;
        case 'N': copt.keep_negated = 1; break;
        case 'S': copt.allow_self = 1; break;
        case 'U': copt.keep_unreal = 1; break;
        case 'P': data_dir = optarg; break;
        case 'E': copt.explain = stderr; break;
        case 'M':
            if (dyad_dedup_mode_from_name(optarg, &dedup_mode)) {
                fprintf(stderr, "dyad code: unknown --dedup \"%s\" (sentence, article, day)\n", optarg);
                goto done;
            }
            break;
        case 'h': fputs(usage, stdout); status = 0; goto done;
        default: fputs(usage, stderr); goto done;
        }
    }
    cli_coder cc;
    if (cli_coder_open("code", &dopt, data_dir, &copt, out_path, &cc) == 0) {
        run_counts counts = {0};
        code_ctx ctx = {dyad_writer_new(cc.out, output), cc.out, cc.model, cc.coder, &counts,
                        dedup_mode ? dyad_dedup_new(dedup_mode) : NULL, NULL};
        cli_each_article(argv + optind, argc - optind, &in, code_article, &ctx, &counts);
        if (ctx.dedup) {
            /* day mode's events, held to the end of the input */
            if (!counts.output_failed && dyad_dedup_flush(ctx.dedup, write_event, &ctx) < 0) counts.io_error = 1;
            if (in.stats)
                fprintf(stderr, "dyad code: %zu events merged into %zu (--dedup %s)\n", dyad_dedup_added(ctx.dedup),
                        dyad_dedup_written(ctx.dedup), dyad_dedup_mode_name(dedup_mode));
            dyad_dedup_free(ctx.dedup);
        }
        dyad_writer_free(ctx.writer);
        if (fflush(cc.out) != 0 || ferror(cc.out)) {
            fprintf(stderr, "dyad code: error writing %s\n", out_path ? out_path : "standard output");
            counts.io_error = 1;
        }
        status = cli_finish("code", &in, &counts);
        cli_coder_close(&cc);
    }
done:
    for (int k = 0; k <= DYAD_DICT_OPTIONS; k++) free(dopt.files[k]);
    return status;
}
