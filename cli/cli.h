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
    int need_date;       /* reject articles that have no date */
    int stats;           /* --stats: print the counts at the end */
    char date_buf[11];   /* storage for --date */
} input_options;

/* getopt_long entries of the options every reading command takes. */
#define CLI_INPUT_OPTIONS                                                                  \
    {"format", required_argument, NULL, 'f'}, {"date", required_argument, NULL, 'd'},      \
        {"stats", no_argument, NULL, 's'}

/* Handles --format, --date and --stats for command `cmd`. Returns 1 when c
 * was one of them, 0 when not, -1 (after a message) on a bad value. */
int cli_input_option(const char *cmd, int c, const char *arg, input_options *in);

/* Ends a run: prints the counts (with --stats, or when records were
 * rejected) and returns the exit status. */
int cli_finish(const char *cmd, const input_options *in, const run_counts *counts);

/* Called for each article whose text was analysed; returns 0, or -1 to stop
 * (output failed). */
typedef int (*article_fn)(void *ctx, const dyad_article *article, dyad_doc *doc);

/* Reads every file ("-" or none: standard input). */
void cli_each_article(char **files, int nfiles, const input_options *opt, article_fn fn, void *ctx,
                      run_counts *counts);

/* The dictionary set of a coding command: a whole set (--dictionaries DIR,
 * else DATA/dict) with some kinds replaced by files (--verbs, --actors, ...). */
typedef struct {
    const char *dir;
    char **files[DYAD_DICT_OPTIONS + 1];
    size_t n_files[DYAD_DICT_OPTIONS + 1];
} dicts_options;

/* getopt_long entries of the dictionary options. */
#define CLI_DICT_OPTIONS                                                                        \
    {"dictionaries", required_argument, NULL, 'D'}, {"verbs", required_argument, NULL, 'V'},    \
        {"actors", required_argument, NULL, 'A'}, {"agents", required_argument, NULL, 'G'},     \
        {"discards", required_argument, NULL, 'X'}, {"issues", required_argument, NULL, 'I'}

void cli_dict_add_file(dicts_options *d, int kind, char *path);
/* Handles the CLI_DICT_OPTIONS: 1 when c was one of them, else 0. */
int cli_dict_option(int c, char *arg, dicts_options *d);
void cli_dict_options_free(dicts_options *d);
/* Loads the set the options ask for; NULL after a message ("dyad CMD: ..."). */
dyad_dicts *cli_load_dicts(const char *cmd, const dicts_options *d, const char *data_dir);

/* What a command that codes articles holds: the models, the dictionaries,
 * a coder over them and where its output goes. */
typedef struct {
    dyad_model *model;
    dyad_dicts *dicts;
    dyad_coder *coder;
    FILE *out;
} cli_coder;

/* Loads the models and dictionaries, makes a coder with copt (may be NULL)
 * and opens out_path (NULL: standard output); each failure is reported as
 * "dyad CMD: ...". 0, or -1 with what was made already freed. */
int cli_coder_open(const char *cmd, const dicts_options *d, const char *data_dir, const dyad_coder_options *copt,
                   const char *out_path, cli_coder *c);
void cli_coder_close(cli_coder *c);

int cmd_code(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_quotes(int argc, char **argv);

#endif
