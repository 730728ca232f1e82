/* cmd_dict.c - `dyad dict`: works on dictionary files in the formats dyad
 * reads (PETRARCH-2/PETRARCH-1, TABARI and dyad's own format).
 *   dyad dict stats FILE...   counts per kind: what the files hold
 *   dyad dict check FILE...   loads and lints: malformed lines, duplicates,
 *                             conflicting codes, overlapping dates, unknown
 *                             synsets, verb transformations naming unknown
 *                             verbs, each with file:line
 *   dyad dict compile -o CACHE FILE...
 *                             the compiled cache (dict_cache.c), memory-
 *                             mapped by --cache and rebuilt when a file changes
 *   dyad dict lookup TEXT [--date YYYY-MM-DD] FILE...
 *                             the actor and agent phrases the compiled
 *                             matcher (dict_match.c) finds in TEXT, with
 *                             their entries, file:line and codes
 *   dyad dict convert --to dyad [-o FILE] FILE...
 *                             the files written in dyad's own format
 *                             (dict_dyad.c), which loads back unchanged
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
#include "dict_match.h"
#include "dyad.h"
#include "cli.h"

static const char usage[] =
    "usage: dyad dict stats|check [--format petrarch2|tabari] [--kind K] [--cache FILE] FILE...\n"
    "       dyad dict lookup TEXT [--date YYYY-MM-DD] [--format F] [--kind K] [--cache FILE] FILE...\n"
    "       dyad dict compile -o CACHE [--format F] [--kind K] FILE...\n"
    "       dyad dict convert --to dyad [-o FILE] [--format F] [--kind K] FILE...\n"
    "  stats   count what the dictionary files hold\n"
    "  check   report malformed lines, duplicate and conflicting names, overlapping\n"
    "          date ranges, unknown synsets and verb transformations naming unknown\n"
    "          verbs (exit status 1 when there are any)\n"
    "  lookup  the actor and agent phrases found in TEXT (longest match, left to\n"
    "          right), with codes on --date (without it: the undated codes)\n"
    "  compile write the compiled, memory-mapped form of the files to CACHE\n"
    "  convert write the files in dyad's own format (.dyad) to FILE or standard\n"
    "          output (exit status 1 when the sources had errors)\n"
    "  --cache FILE use the compiled form in FILE when it was built from the same,\n"
    "               unchanged files; otherwise read them and write FILE again\n"
    "  --kind K     verbs, actors, agents, discards, issues, options or project\n"
    "  --format F   petrarch2 (also PETRARCH-1) or tabari\n";

static const char *const kind_names[] = {"verbs", "actors", "agents", "discards", "issues", "options", "project"};

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
        {"options", s->options},       {"transforms", s->transforms},
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

/* Options every dict subcommand takes. */
typedef struct {
    int kind, format;  /* -1: from each file's name and content */
    int32_t date;      /* YYYYMMDD for lookup; 0: undated codes */
    const char *cache; /* --cache / -o: the compiled cache file (convert: the output) */
    const char *to;    /* convert --to: the target format */
} dict_options;

/* Parses options from argv[2] on; returns the index of the first operand,
 * or -1 after printing a usage message (exit 2), -2 after --help (exit 0). */
static int parse_options(int argc, char **argv, dict_options *o)
{
    static const struct option longopts[] = {
        {"kind", required_argument, NULL, 'k'}, {"format", required_argument, NULL, 'f'},
        {"date", required_argument, NULL, 'd'}, {"cache", required_argument, NULL, 'c'},
        {"output", required_argument, NULL, 'c'}, {"help", no_argument, NULL, 'h'},
        {"to", required_argument, NULL, 't'},
        {NULL, 0, NULL, 0},
    };
    *o = (dict_options){-1, -1, 0, NULL, NULL};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
        switch (c) {
        case 'k':
            for (size_t k = 0; k < sizeof kind_names / sizeof *kind_names; k++)
                if (!strcmp(optarg, kind_names[k])) o->kind = (int)k;
            if (o->kind < 0) {
                fprintf(stderr, "dyad dict: unknown --kind \"%s\"\n", optarg);
                return -1;
            }
            break;
        case 'f':
            if (!strcmp(optarg, "petrarch2") || !strcmp(optarg, "petrarch")) o->format = 0;
            else if (!strcmp(optarg, "tabari")) o->format = 1;
            else {
                fprintf(stderr, "dyad dict: unknown --format \"%s\" (petrarch2, tabari)\n", optarg);
                return -1;
            }
            break;
        case 'd': {
            char iso[11];
            if (dyad_date_parse(optarg, strlen(optarg), iso) != 0) {
                fprintf(stderr, "dyad dict: bad --date \"%s\" (YYYY-MM-DD)\n", optarg);
                return -1;
            }
            o->date = (int32_t)(atoi(iso) * 10000 + atoi(iso + 5) * 100 + atoi(iso + 8));
            break;
        }
        case 'c':
        case 'o': o->cache = optarg; break;
        case 't':
            if (strcmp(optarg, "dyad") != 0) {
                fprintf(stderr, "dyad dict: unknown --to \"%s\" (dyad)\n", optarg);
                return -1;
            }
            o->to = optarg;
            break;
        case 'h': fputs(usage, stdout); return -2;
        default: fputs(usage, stderr); return -1;
        }
    }
    return optind;
}

/* Loads the files into set, through the cache when one is named. Returns 0,
 * or 2 when a file could not be read. */
static int load_files(dict_set *set, char **files, int n, const dict_options *o, int *from_cache)
{
    dbuf error = {0};
    int rc = 0;
    *from_cache = 0;
    if (o->cache) {
        rc = dict_load_cached(set, o->cache, files, (size_t)n, o->kind, o->format, from_cache, &error);
    } else {
        for (int i = 0; i < n; i++)
            if (dict_load_file(set, files[i], o->kind, o->format, &error) != 0) {
                fprintf(stderr, "dyad dict: %s\n", dbuf_cstr(&error));
                dbuf_clear(&error);
                rc = -1;
            }
    }
    if (rc && error.len) fprintf(stderr, "dyad dict: %s\n", dbuf_cstr(&error));
    dbuf_free(&error);
    return rc ? 2 : 0;
}

static int dict_lookup(dict_set *set, const char *query, int32_t date);

/* convert: every file into one set, written in dyad's own format to -o FILE
 * (through a temporary file and a rename) or standard output. */
static int dict_convert(dict_set *set, char **files, int n, const dict_options *o)
{
    dict_options fresh = *o;
    fresh.cache = NULL; /* -o is the output here, not a cache */
    int from_cache, status = load_files(set, files, n, &fresh, &from_cache);
    if (status) return status;
    if (!o->cache) {
        if (dict_write_dyad(set, stdout) != 0) {
            fprintf(stderr, "dyad dict convert: cannot write: %s\n", strerror(errno));
            return 2;
        }
        return 0;
    }
    dbuf tmp = {0};
    dbuf_printf(&tmp, "%s.tmp", o->cache);
    FILE *out = fopen(dbuf_cstr(&tmp), "wb");
    int failed = !out || dict_write_dyad(set, out) != 0;
    if (out && fclose(out) != 0) failed = 1;
    if (!failed && rename(dbuf_cstr(&tmp), o->cache) != 0) failed = 1;
    if (failed) {
        fprintf(stderr, "dyad dict convert: cannot write %s: %s\n", o->cache, strerror(errno));
        remove(dbuf_cstr(&tmp));
        status = 2;
    }
    dbuf_free(&tmp);
    return status;
}

/* stats: per file unless a cache is used (then for the whole set). */
static int dict_stats_files(dict_set *set, char **files, int n, const dict_options *o)
{
    int from_cache, status = 0;
    dict_stats before, after, counts;
    if (o->cache) {
        status = load_files(set, files, n, o, &from_cache);
        dict_stats_of(set, &after);
        printf("%d files (%s %s)\n", n, from_cache ? "from the cache" : "compiled into", o->cache);
        print_counts(&after, "  ");
        return status;
    }
    for (int i = 0; i < n; i++) {
        dict_stats_of(set, &before);
        dict_options one = *o;
        if (load_files(set, files + i, 1, &one, &from_cache) != 0) {
            status = 2;
            continue;
        }
        dict_stats_of(set, &after);
        difference(&after, &before, &counts);
        int kind = o->kind >= 0 ? o->kind : dict_kind_of(files[i]);
        int tabari = o->format;
        if (tabari < 0) {
            FILE *f = fopen(files[i], "rb");
            char head[65536];
            size_t got = f ? fread(head, 1, sizeof head, f) : 0;
            if (f) fclose(f);
            tabari = dict_is_tabari(files[i], head, got);
        }
        size_t n = strlen(files[i]);
        if (n >= 5 && !strcmp(files[i] + n - 5, ".dyad")) printf("%s (dyad)\n", files[i]);
        else printf("%s (%s %s)\n", files[i], tabari ? "tabari" : "petrarch2", kind >= 0 ? kind_names[kind] : "?");
        print_counts(&counts, "  ");
        if (counts.errors || counts.warnings)
            printf("  %-15s %zu\n  %-15s %zu\n", "errors", counts.errors, "warnings", counts.warnings);
    }
    if (n > 1) {
        dict_stats_of(set, &after);
        printf("total\n");
        print_counts(&after, "  ");
    }
    return status;
}

int cmd_dict(int argc, char **argv)
{
    static const char *const commands[] = {"stats", "check", "lookup", "compile", "convert"};
    int which = -1;
    for (int i = 0; argc >= 2 && i < 5; i++)
        if (!strcmp(argv[1], commands[i])) which = i;
    if (which < 0) {
        int help = argc >= 2 && !strcmp(argv[1], "--help");
        fputs(usage, help ? stdout : stderr);
        return help ? 0 : 2;
    }
    dict_options o;
    int first = parse_options(argc, argv, &o);
    if (first < 0) return first == -2 ? 0 : 2;
    const char *query = NULL;
    if (which == 2) {
        if (first >= argc) {
            fputs(usage, stderr);
            return 2;
        }
        query = argv[first++];
    }
    if (which == 4 && !o.to) {
        fprintf(stderr, "dyad dict convert: say --to dyad\n");
        return 2;
    }
    if (first >= argc || (which == 3 && !o.cache)) {
        fputs(usage, stderr);
        return 2;
    }
    char **files = argv + first;
    int n = argc - first, status = 0, from_cache = 0;
    dict_set set;
    dict_init(&set);
    switch (which) {
    case 0: status = dict_stats_files(&set, files, n, &o); break;
    case 1:
        status = load_files(&set, files, n, &o, &from_cache);
        if (!status) dict_check(&set);
        break;
    case 2:
        status = load_files(&set, files, n, &o, &from_cache);
        if (!status) status = dict_lookup(&set, query, o.date);
        break;
    case 3: {
        dict_options fresh = o;
        fresh.cache = NULL; /* compile always reads the sources */
        status = load_files(&set, files, n, &fresh, &from_cache);
        dbuf error = {0};
        if (!status && set.errors == 0 && dict_cache_write(&set, o.cache, &error) != 0) {
            fprintf(stderr, "dyad dict compile: %s\n", dbuf_cstr(&error));
            status = 2;
        } else if (!status && set.errors) {
            fprintf(stderr, "dyad dict compile: not written: the files have errors\n");
            status = 1;
        } else if (!status) {
            dict_stats st;
            dict_stats_of(&set, &st);
            printf("%s: %zu actors, %zu agents, %zu verbs, %zu patterns from %d files\n", o.cache, st.actors,
                   st.agents, st.verbs, st.patterns, n);
        }
        dbuf_free(&error);
        break;
    }
    case 4: status = dict_convert(&set, files, n, &o); break;
    }
    dict_stats after;
    dict_stats_of(&set, &after);
    fprintf(stderr, "dyad dict %s: %zu errors, %zu warnings\n", argv[1], after.errors, after.warnings);
    if (!status && (after.errors || (which == 1 && after.warnings))) status = 1;
    dict_free(&set);
    return status;
}

/* ---- dyad dict lookup ---------------------------------------------------- */

/* A phrase written back the dictionaries' way: "UNITED_NATIONS_", "MINISTR". */
static void print_phrase(const dict_set *set, uint32_t phrase)
{
    dict_span ws = set->phrases[phrase].words;
    for (uint32_t i = 0; i < ws.count; i++) {
        const dict_word *w = &set->words[ws.first + i];
        if (w->flags & DICT_WORD_SYNSET) putchar('&');
        fputs(dict_string(set, w->text), stdout);
        if (w->flags & DICT_WORD_EXACT) putchar('_');
        else if (i + 1 < ws.count) putchar(' ');
    }
}

static const char *where_file(const dict_set *set, dict_where at)
{
    return at.file < set->n_files ? set->files[at.file] : "?";
}

/* Prints one match: text, kind, first name, file:line, code[, combination]. */
static void print_match(const dict_set *set, const char *text, const dyad_token *toks, size_t first,
                        const dict_match *mt, int32_t date, const char *actor_code, dbuf *scratch)
{
    const dyad_token *a = &toks[first + mt->first], *b = &toks[first + mt->first + mt->count - 1];
    printf("%.*s\t", (int)(b->start + b->len - a->start), text + a->start);
    if (mt->kind == DICT_MATCH_ACTOR) {
        const dict_actor *ac = &set->actors[mt->index];
        const char *code = dict_actor_code(set, mt->index, date);
        printf("actor\t");
        print_phrase(set, ac->names.first);
        printf("\t%s:%u\t%s", where_file(set, ac->at), ac->at.line, code ? code : "-");
    } else {
        const dict_agent *ag = &set->agents[mt->index];
        const char *code = dict_string(set, ag->code);
        printf("agent\t");
        print_phrase(set, ag->names.first);
        printf("\t%s:%u\t%s%s%s", where_file(set, ag->at), ag->at.line, ag->position == DICT_AGENT_PREFIX ? "" : "~",
               code, ag->position == DICT_AGENT_PREFIX ? "~" : "");
        dbuf_clear(scratch);
        dict_agent_apply(set, mt->index, actor_code, scratch);
        if (actor_code && *actor_code) {
            if (ag->position == DICT_AGENT_PREFIX)
                printf("\t%s + %s = %s", code, actor_code, dbuf_cstr(scratch));
            else printf("\t%s + %s = %s", actor_code, code, dbuf_cstr(scratch));
        } else {
            printf("\t%s", dbuf_cstr(scratch));
        }
    }
    if (mt->possessive) printf("\tpossessive");
    if (mt->candidates > 1) printf("\t(%u entries with this name)", mt->candidates);
    putchar('\n');
}

static int dict_lookup(dict_set *set_, const char *query, int32_t date)
{
    dict_set *set = set_;
    dyad_doc *doc = dyad_doc_new();
    if (dyad_doc_analyse(doc, query, strlen(query)) != 0) {
        fprintf(stderr, "dyad dict lookup: TEXT: %s\n", dyad_doc_error(doc));
        dyad_doc_free(doc);
        return 2;
    }
    dict_matcher *m = dict_matcher_build(set);
    size_t text_len, n_sent, n_tok;
    const char *text = dyad_doc_text(doc, &text_len);
    const dyad_sentence *sents = dyad_doc_sentences(doc, &n_sent);
    const dyad_token *toks = dyad_doc_tokens(doc, &n_tok);
    const char **words = malloc((n_tok ? n_tok : 1) * sizeof *words);
    size_t *lens = malloc((n_tok ? n_tok : 1) * sizeof *lens);
    dict_match *found = malloc((n_tok ? n_tok : 1) * sizeof *found);
    if (!words || !lens || !found) abort();
    for (size_t t = 0; t < n_tok; t++) words[t] = text + toks[t].start, lens[t] = toks[t].len;
    dbuf scratch = {0};
    for (size_t s = 0; s < n_sent; s++) {
        size_t first = sents[s].first_token, n = sents[s].token_count, n_found = 0;
        for (size_t i = 0; i < n;) {
            if (dict_match_at(m, words + first, lens + first, n, i, &found[n_found])) {
                i += found[n_found++].count;
            } else {
                found[n_found++] = (dict_match){.kind = UINT32_MAX, .first = i, .count = 1};
                i++;
            }
        }
        for (size_t k = 0; k < n_found; k++) {
            const dict_match *mt = &found[k];
            if (mt->kind == UINT32_MAX) {
                printf("%.*s\tunmatched\n", (int)toks[first + mt->first].len, text + toks[first + mt->first].start);
                continue;
            }
            /* an agent takes the code of the actor right before it, else right after it */
            const char *actor_code = NULL;
            if (mt->kind == DICT_MATCH_AGENT) {
                if (k > 0 && found[k - 1].kind == DICT_MATCH_ACTOR)
                    actor_code = dict_actor_code(set, found[k - 1].index, date);
                else if (k + 1 < n_found && found[k + 1].kind == DICT_MATCH_ACTOR)
                    actor_code = dict_actor_code(set, found[k + 1].index, date);
            }
            print_match(set, text, toks, first, mt, date, actor_code, &scratch);
        }
    }
    dbuf_free(&scratch);
    free(words), free(lens), free(found);
    dict_matcher_free(m);
    dyad_doc_free(doc);
    return 0;
}
