/* main.c - the dyad command: a thin front end over libdyad with git-style
 * subcommands. Each subcommand lives in its own cmd_*.c file. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} commands[] = {
    {"code", cmd_code, "code events from news articles"},
    {"split", cmd_split, "show the sentences and tokens of articles"},
    {"parse", cmd_parse, "show tags, lemmas, chunks and clauses (CoNLL-U or trees)"},
    {"dict", cmd_dict, "dictionary files: stats, check, lookup, compile"},
    {"validate", cmd_validate, "run a validation suite (PETRARCH or TABARI) and score it"},
    {"quotes", cmd_quotes, "list direct quotations with their speakers and actor codes"},
};

static void print_usage(FILE *out)
{
    fputs("usage: dyad <command> [options] [FILE...]\n\ncommands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("  version    print the version\n\n'dyad <command> --help' describes a command.\n", out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        print_usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("dyad %s\n", DYAD_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command \"%s\"\n", cmd);
    print_usage(stderr);
    return 2;
}
