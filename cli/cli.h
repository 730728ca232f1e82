/* cli.h - what the dyad subcommands share: walking the input files article
 * by article, with the counting and error reporting every command needs. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

typedef struct {
    size_t articles, sentences, tokens, events, rejected;
    int io_error;      /* an input could not be read, or output failed */
    int output_failed; /* stop: writing the results failed */
} run_counts;

typedef struct {
    dyad_reader_options reader;
    int need_date;  /* reject articles that have no date */
} input_options;

/* Called for each article whose text was analysed; returns 0, or -1 to stop
 * (output failed). */
typedef int (*article_fn)(void *ctx, const dyad_article *article, dyad_doc *doc);

/* Reads every file ("-" or none: standard input). */
void cli_each_article(char **files, int nfiles, const input_options *opt, article_fn fn, void *ctx,
                      run_counts *counts);

/* Prints "dyad CMD: N articles, ... N rejected" to stderr. */
void cli_print_counts(const char *cmd, const run_counts *counts);

/* 0 all good, 1 some records rejected, 2 I/O error. */
int cli_exit_status(const run_counts *counts);

/* Parses --format and --date values; prints a usage error and returns -1. */
int cli_parse_format(const char *cmd, const char *value, dyad_format *out);
int cli_parse_date(const char *cmd, const char *value, char out[11]);

int cmd_code(int argc, char **argv);
int cmd_split(int argc, char **argv);

#endif
