/* cmd_dict.c - `dyad dict`: works on dictionary files in the formats dyad
 * reads (PETRARCH-2/PETRARCH-1 and TABARI).
 *   dyad dict stats FILE...   counts per kind: what the files hold
 *   dyad dict check FILE...   loads and lints: malformed lines, duplicates,
 *                             conflicting codes, overlapping dates, unknown
 *                             synsets, each with file:line
 * The kind of each file (verbs, actors, agents, discards, issues, options,
 * project) and its format come from its name and content, or --kind and
 * --format. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "cli.h"

static const char usage[] =
    "usage: dyad dict stats|check [--format petrarch2|tabari] [--kind K] FILE...\n"
    "  stats   count what the dictionary files hold\n"
    "  check   report malformed lines, duplicate and conflicting names, overlapping\n"
    "          date ranges and unknown synsets (exit status 1 when there are any)\n"
    "  --kind K     verbs, actors, agents, discards, issues, options or project\n"
    "  --format F   petrarch2 (also PETRARCH-1) or tabari\n";

static const char *const kind_names[] = {"verbs", "actors", "agents", "discards", "issues", "options", "project"};

static int kind_from_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char lower[256];
    size_t n = 0;
    for (; base[n] && n < sizeof lower - 1; n++) lower[n] = (char)tolower((unsigned char)base[n]);
    lower[n] = '\0';
    if (strstr(lower, ".options")) return DICT_KIND_OPTIONS;
    if (strstr(lower, ".project")) return DICT_KIND_PROJECT;
    if (strstr(lower, "verb") || strstr(lower, "cameo")) return DICT_KIND_VERBS;
    if (strstr(lower, "actor")) return DICT_KIND_ACTORS;
    if (strstr(lower, "agent")) return DICT_KIND_AGENTS;
    if (strstr(lower, "discard")) return DICT_KIND_DISCARDS;
    if (strstr(lower, "issue")) return DICT_KIND_ISSUES;
    return -1;
}

/* 1 for TABARI, 0 for PETRARCH: TABARI's files are named *.verbs, *.actors,
 * ...; PETRARCH's are text files; content decides otherwise. */
static int is_tabari(const char *path, const char *data, size_t len)
{
    const char *dot = strrchr(path, '.');
    if (dot && (!strcmp(dot, ".verbs") || !strcmp(dot, ".actors") || !strcmp(dot, ".agents") ||
                !strcmp(dot, ".options") || !strcmp(dot, ".project")))
        return 1;
    if (dot && !strcmp(dot, ".txt")) return 0;
    size_t look = len < 65536 ? len : 65536;
    char *head = strndup(data, look);
    int tabari = strstr(head, "<NOUN>") || strstr(head, "<ADJECTIVE>") || (strstr(head, "<TIME>") && !strstr(head, "--- "));
    free(head);
    return tabari;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap + 1);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, (cap *= 2) + 1);
            if (!bigger) free(buf);
            buf = bigger;
        }
    }
    int failed = ferror(f);
    fclose(f);
    if (!buf || failed) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void print_counts(const dict_stats *s, const char *indent)
{
    const struct {
        const char *label;
        size_t value;
    } rows[] = {
        {"actors", s->actors},         {"actor names", s->actor_names}, {"synonyms", s->synonyms},
        {"codes", s->codes},           {"dated codes", s->dated_codes}, {"agents", s->agents},
        {"agent names", s->agent_names}, {"verbs", s->verbs},           {"verb forms", s->verb_forms},
        {"patterns", s->patterns},     {"synsets", s->synsets},         {"synset members", s->synset_members},
        {"discards", s->discards},     {"issues", s->issues},           {"time shifts", s->time_shifts},
        {"options", s->options},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        if (rows[i].value) printf("%s%-15s %zu\n", indent, rows[i].label, rows[i].value);
}

static void difference(const dict_stats *after, const dict_stats *before, dict_stats *out)
{
    const size_t *a = (const size_t *)after, *b = (const size_t *)before;
    size_t *o = (size_t *)out;
    for (size_t i = 0; i < sizeof *out / sizeof(size_t); i++) o[i] = a[i] - b[i];
}

int cmd_dict(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"kind", required_argument, NULL, 'k'}, {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    if (argc < 2 || (strcmp(argv[1], "stats") && strcmp(argv[1], "check"))) {
        fputs(usage, argc >= 2 && !strcmp(argv[1], "--help") ? stdout : stderr);
        return argc >= 2 && !strcmp(argv[1], "--help") ? 0 : 2;
    }
    int check = !strcmp(argv[1], "check"), kind = -1, format = -1, c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case 'k':
            for (size_t k = 0; k < sizeof kind_names / sizeof *kind_names; k++)
                if (!strcmp(optarg, kind_names[k])) kind = (int)k;
            if (kind < 0) {
                fprintf(stderr, "dyad dict: unknown --kind \"%s\"\n", optarg);
                return 2;
            }
            break;
        case 'f':
            if (!strcmp(optarg, "petrarch2") || !strcmp(optarg, "petrarch")) format = 0;
            else if (!strcmp(optarg, "tabari")) format = 1;
            else {
                fprintf(stderr, "dyad dict: unknown --format \"%s\" (petrarch2, tabari)\n", optarg);
                return 2;
            }
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind >= argc) {
        fputs(usage, stderr);
        return 2;
    }
    dict_set set;
    dict_init(&set);
    int status = 0;
    dict_stats before, after, file_counts;
    for (int i = optind; i < argc; i++) {
        size_t len;
        char *data = read_file(argv[i], &len);
        if (!data) {
            fprintf(stderr, "dyad dict: cannot read %s: %s\n", argv[i], strerror(errno));
            status = 2;
            continue;
        }
        int k = kind >= 0 ? kind : kind_from_name(argv[i]);
        if (k < 0) {
            fprintf(stderr, "dyad dict: cannot tell what %s holds (use --kind)\n", argv[i]);
            free(data);
            status = 2;
            continue;
        }
        int tabari = format >= 0 ? format : is_tabari(argv[i], data, len);
        dict_stats_of(&set, &before);
        if (tabari) dict_load_tabari(&set, argv[i], data, len, (dict_kind)k);
        else dict_load_petrarch2(&set, argv[i], data, len, (dict_kind)k);
        free(data);
        dict_stats_of(&set, &after);
        difference(&after, &before, &file_counts);
        if (!check) {
            printf("%s (%s %s)\n", argv[i], tabari ? "tabari" : "petrarch2", kind_names[k]);
            print_counts(&file_counts, "  ");
            if (file_counts.errors || file_counts.warnings)
                printf("  %-15s %zu\n  %-15s %zu\n", "errors", file_counts.errors, "warnings", file_counts.warnings);
        }
    }
    if (check) dict_check(&set);
    dict_stats_of(&set, &after);
    if (!check && argc - optind > 1) {
        printf("total\n");
        print_counts(&after, "  ");
    }
    fprintf(stderr, "dyad dict %s: %zu errors, %zu warnings\n", argv[1], after.errors, after.warnings);
    if (!status && (after.errors || (check && after.warnings))) status = 1;
    dict_free(&set);
    return status;
}
