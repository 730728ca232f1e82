/* cmd_code.c - `dyad code`: articles in, events out. Reads every input,
 * runs the text layer on each article and writes the events found as JSON
 * Lines or CSV. (The event coder plugs in here; until it exists the command
 * reads, splits and counts, and writes no events.) */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dyad code [options] [FILE...]\n"
    "Codes events from news articles (standard input when no FILE or '-').\n"
    "  --format F     input format: auto (default), jsonl, text, petrarch-xml, tabari\n"
    "  --date D       date (YYYY-MM-DD) for articles that have none (plain text)\n"
    "  --output O     jsonl (default) or csv\n"
    "  -o FILE        write events to FILE instead of standard output\n"
    "  --stats        print counts of articles, sentences, tokens, events and\n"
    "                 rejected records to standard error\n";

typedef struct {
    dyad_writer *writer;
    FILE *out;
} code_ctx;

static int code_article(void *ctx_, const dyad_article *a, dyad_doc *doc)
{
    code_ctx *ctx = ctx_;
    (void)a, (void)doc;
    return ferror(ctx->out) ? -1 : 0;
}

int cmd_code(int argc, char **argv)
{
    static const struct option longopts[] = {
        CLI_INPUT_OPTIONS,
        {"output", required_argument, NULL, 'O'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    input_options in = {.need_date = 1};
    dyad_output output = DYAD_OUTPUT_JSONL;
    const char *out_path = NULL;
    int c, known;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        if ((known = cli_input_option("code", c, optarg, &in)) != 0) {
            if (known < 0) return 2;
            continue;
        }
        switch (c) {
        case 'O':
            if (dyad_output_from_name(optarg, &output)) {
                fprintf(stderr, "dyad code: unknown output \"%s\" (jsonl, csv)\n", optarg);
                return 2;
            }
            break;
        case 'o': out_path = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    FILE *out = stdout;
    if (out_path && !(out = fopen(out_path, "w"))) {
        perror(out_path);
        return 2;
    }
    code_ctx ctx = {dyad_writer_new(out, output), out};
    run_counts counts = {0};
    cli_each_article(argv + optind, argc - optind, &in, code_article, &ctx, &counts);
    dyad_writer_free(ctx.writer);
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(stderr, "dyad code: error writing %s\n", out_path ? out_path : "standard output");
        counts.io_error = 1;
    }
    if (out != stdout) fclose(out);
    return cli_finish("code", &in, &counts);
}
