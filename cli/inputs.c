/* inputs.c - walks input files article by article for the subcommands:
 * opens each file (or standard input), reads it with the right reader,
 * analyses the text, and counts what was read and what was rejected; and
 * loads the dictionary set the dictionary options ask for (dyad code, dyad
 * quotes). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void each_in_stream(FILE *in, const char *name, const input_options *opt, dyad_doc *doc,
                           article_fn fn, void *ctx, run_counts *c)
{
    dyad_reader *r = dyad_reader_open_stream(in, name, &opt->reader);
    dyad_article a;
    dyad_read_status st;
    while ((st = dyad_reader_next(r, &a)) != DYAD_READ_END) {
        if (st == DYAD_READ_IO_ERROR) {
            c->io_error = 1;
            break;
        }
        if (st == DYAD_READ_REJECTED) continue;
        if (opt->need_date && !a.date) {
            fprintf(stderr, "%s:%ld: record %s: no date (give the record a date, or use --date)\n",
                    a.file, a.line, a.id);
            c->rejected++;
            continue;
        }
        if (dyad_doc_analyse(doc, a.text, a.text_len) != 0) {
            fprintf(stderr, "%s:%ld: record %s: %s\n", a.file, a.line, a.id, dyad_doc_error(doc));
            c->rejected++;
            continue;
        }
        size_t n;
        c->articles++;
        dyad_doc_sentences(doc, &n);
        c->sentences += n;
        dyad_doc_tokens(doc, &n);
        c->tokens += n;
        if (fn(ctx, &a, doc) != 0) {
            c->io_error = c->output_failed = 1;
            break;
        }
    }
    c->rejected += dyad_reader_rejected(r);
    dyad_reader_close(r);
}

void cli_each_article(char **files, int nfiles, const input_options *opt, article_fn fn, void *ctx,
                      run_counts *c)
{
    static char *stdin_only[] = {"-"};
    dyad_doc *doc = dyad_doc_new();
    if (nfiles == 0) files = stdin_only, nfiles = 1;
    for (int i = 0; i < nfiles && !c->output_failed; i++) {
        if (strcmp(files[i], "-") == 0) {
            each_in_stream(stdin, "<stdin>", opt, doc, fn, ctx, c);
            continue;
        }
        FILE *in = fopen(files[i], "rb");
        if (!in) {
            fprintf(stderr, "dyad: cannot open %s: %s\n", files[i], strerror(errno));
            c->io_error = 1;
            continue;
        }
        each_in_stream(in, files[i], opt, doc, fn, ctx, c);
        fclose(in);
    }
    dyad_doc_free(doc);
}

int cli_input_option(const char *cmd, int c, const char *arg, input_options *in)
{
    switch (c) {
    case 'f':
        if (dyad_format_from_name(arg, &in->reader.format) == 0) return 1;
        fprintf(stderr, "dyad %s: unknown format \"%s\" (jsonl, text, petrarch-xml, tabari, auto)\n", cmd, arg);
        return -1;
    case 'd':
        if (dyad_date_parse(arg, strlen(arg), in->date_buf) == 0) {
            in->reader.default_date = in->date_buf;
            return 1;
        }
        fprintf(stderr, "dyad %s: bad --date \"%s\" (want YYYY-MM-DD)\n", cmd, arg);
        return -1;
    case 's': in->stats = 1; return 1;
    default: return 0;
    }
}

int cli_finish(const char *cmd, const input_options *in, const run_counts *c)
{
    if (in->stats || c->rejected)
        fprintf(stderr, "dyad %s: %zu articles, %zu sentences, %zu tokens, %zu events, %zu rejected\n", cmd,
                c->articles, c->sentences, c->tokens, c->events, c->rejected);
    return c->io_error ? 2 : c->rejected ? 1 : 0;
}

void cli_dict_add_file(dicts_options *d, int kind, char *path)
{
    d->files[kind] = realloc(d->files[kind], (d->n_files[kind] + 1) * sizeof *d->files[kind]);
    if (!d->files[kind]) abort();
    d->files[kind][d->n_files[kind]++] = path;
}

int cli_dict_option(int c, char *arg, dicts_options *d)
{
    switch (c) {
    case 'D': d->dir = arg; return 1;
    case 'V': cli_dict_add_file(d, DYAD_DICT_VERBS, arg); return 1;
    case 'A': cli_dict_add_file(d, DYAD_DICT_ACTORS, arg); return 1;
    case 'G': cli_dict_add_file(d, DYAD_DICT_AGENTS, arg); return 1;
    case 'X': cli_dict_add_file(d, DYAD_DICT_DISCARDS, arg); return 1;
    case 'I': cli_dict_add_file(d, DYAD_DICT_ISSUES, arg); return 1;
    default: return 0;
    }
}

void cli_dict_options_free(dicts_options *d)
{
    for (int k = 0; k <= DYAD_DICT_OPTIONS; k++) free(d->files[k]);
}

/* The set the options ask for: the directory's files without the kinds given
 * as files, then those files. NULL after a message. */
dyad_dicts *cli_load_dicts(const char *cmd, const dicts_options *d, const char *data_dir)
{
    dyad_dicts *dicts = dyad_dicts_new(NULL, NULL);
    unsigned skip = 0;
    for (int k = 0; k <= DYAD_DICT_OPTIONS; k++)
        if (d->n_files[k]) skip |= 1u << k;
    char *error = NULL;
    char *dir = NULL;
    if (d->dir) {
        dir = strdup(d->dir);
    } else {
        const char *data = dyad_data_dir(data_dir);
        dir = malloc(strlen(data) + 6);
        if (dir) sprintf(dir, "%s/dict", data);
    }
    if (!dir) abort();
    int rc = dyad_dicts_add_dir(dicts, dir, skip, &error);
    free(dir);
    for (int k = 0; rc == 0 && k <= DYAD_DICT_OPTIONS; k++)
        for (size_t i = 0; rc == 0 && i < d->n_files[k]; i++) rc = dyad_dicts_add(dicts, d->files[k][i], k, &error);
    if (rc != 0) {
        fprintf(stderr, "dyad %s: %s\n", cmd, error);
        free(error);
        dyad_dicts_free(dicts);
        return NULL;
    }
    if (dyad_dicts_errors(dicts))
        fprintf(stderr, "dyad %s: %zu bad dictionary lines skipped\n", cmd, dyad_dicts_errors(dicts));
    return dicts;
}

int cli_coder_open(const char *cmd, const dicts_options *d, const char *data_dir, const dyad_coder_options *copt,
                   const char *out_path, cli_coder *c)
{
    *c = (cli_coder){0};
    char *error = NULL;
    c->model = dyad_model_load(data_dir, &error);
    if (!c->model) {
        fprintf(stderr, "dyad %s: %s\n", cmd, error);
        free(error);
        return -1;
    }
    c->dicts = cli_load_dicts(cmd, d, data_dir);
    c->coder = c->dicts ? dyad_coder_new(c->dicts, data_dir, copt, &error) : NULL;
    if (c->dicts && !c->coder) {
        fprintf(stderr, "dyad %s: %s\n", cmd, error);
        free(error);
    }
    c->out = stdout;
    if (c->coder && out_path && !(c->out = fopen(out_path, "w"))) perror(out_path);
    if (!c->coder || !c->out) {
        cli_coder_close(c);
        return -1;
    }
    return 0;
}

void cli_coder_close(cli_coder *c)
{
    if (c->out && c->out != stdout) fclose(c->out);
    dyad_coder_free(c->coder);
    dyad_dicts_free(c->dicts);
    dyad_model_free(c->model);
    *c = (cli_coder){0};
}
