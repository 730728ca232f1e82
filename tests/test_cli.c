/* test_cli.c - the dyad command end to end: exit status (0 good, 1 records
 * rejected, 2 usage or I/O error), one-line messages naming file and line,
 * the summary, and that processing goes on after a bad record. */
#include "testutil.h"

#include <fcntl.h>
#include <cjson/cJSON.h>
#include <spawn.h>

extern char **environ;

static const char *dyad_bin = "build/dyad";

typedef struct {
    int status;
    char *out, *err;
} run_result;

static int has_dict_option(const char *const *args)
{
    for (size_t i = 0; args[i]; i++)
        if (!strncmp(args[i], "--dictionaries", 14) || !strcmp(args[i], "--default-dictionaries")) return 1;
    return 0;
}

/* Runs dyad with args (NULL-terminated); stdin from `input` (a path) or /dev/null. */
static run_result run(const char *input, const char *const *args)
{
    const char *dir = tu_tmpdir();
    char out_path[256], err_path[256];
    snprintf(out_path, sizeof out_path, "%s/stdout", dir);
    snprintf(err_path, sizeof err_path, "%s/stderr", dir);
    const char *argv[40] = {dyad_bin};
    size_t n = 1;
    for (size_t i = 0; args[i]; i++) {
        argv[n++] = args[i];
        /* `dyad code` runs with the small test set unless a test names one */
        if (i == 0 && !strcmp(args[0], "code") && !has_dict_option(args))
            argv[n++] = "--dictionaries", argv[n++] = "tests/fixtures/coder";
    }
    argv[n] = NULL;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, input ? input : "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid;
    int rc = posix_spawn(&pid, dyad_bin, &fa, NULL, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    assert_int_equal(rc, 0);
    int status;
    waitpid(pid, &status, 0);
    run_result r = {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
                    tu_read_file(out_path, NULL), tu_read_file(err_path, NULL)};
    return r;
}

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define TMP(name, lit) tu_write_tmp(name, lit, sizeof(lit) - 1)

static const char good_jsonl[] =
    "{\"id\": \"g1\", \"date\": \"2024-05-01\", \"text\": \"NAIROBI (Reuters) - Kenya hosted talks. Ethiopia attended.\"}\n"
    "{\"id\": \"g2\", \"date\": \"2024-05-02\", \"text\": \"Police fired tear gas. Protesters dispersed.\"}\n";

static void code_bundled_samples(void **state)
{
    (void)state;
    run_result r = run(NULL, ARGS("code", "--stats", "data/samples/wire.jsonl"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "dyad code: 12 articles"));
    assert_non_null(strstr(r.err, " 0 rejected"));
    assert_true(count_lines(r.out) > 0); /* each line one event, checked in code_writes_events */
    run_free(&r);
    r = run(NULL, ARGS("code", "--stats", "data/samples/wire.tabari"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "dyad code: 4 articles"));
    run_free(&r);
    r = run(NULL, ARGS("code", "--stats", "--format", "text", "--date", "2025-09-12", "data/samples/wire.txt"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "dyad code: 1 articles, 4 sentences"));
    run_free(&r);
}

static void code_bad_records_go_on(void **state)
{
    (void)state;
    char *path = TMP("articles.jsonl",
                     "{\"id\": \"a\", \"date\": \"2024-01-01\", \"text\": \"One. Two.\"}\n"
                     "{\"id\": \"b\", \"date\": \n"
                     "{\"id\": \"c\", \"date\": \"2024-01-01\"}\n"
                     "{\"id\": \"d\", \"date\": \"2024-01-01\", \"text\": \"bad \xff\"}\n"
                     "{\"id\": \"e\", \"date\": \"yesterday\", \"text\": \"x\"}\n"
                     "{\"id\": \"f\", \"text\": \"no date\"}\n"
                     "{\"id\": \"g\", \"date\": \"2024-01-01\", \"text\": \"Three.\"}\n");
    run_result r = run(NULL, ARGS("code", path));
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "articles.jsonl:2: invalid JSON"));
    assert_non_null(strstr(r.err, "articles.jsonl:3: record c: missing field \"text\"\n"));
    assert_non_null(strstr(r.err, "articles.jsonl:4: invalid UTF-8"));
    assert_non_null(strstr(r.err, "articles.jsonl:5: record e: unparseable date \"yesterday\""));
    assert_non_null(strstr(r.err, "articles.jsonl:6: record f: no date"));
    assert_non_null(strstr(r.err, "dyad code: 2 articles, 3 sentences, 6 tokens, 0 events, 5 rejected\n"));
    assert_int_equal(count_lines(r.err), 6);
    run_free(&r);
    /* with --date the dateless record is read */
    r = run(NULL, ARGS("code", "--date", "2024-02-02", path));
    assert_non_null(strstr(r.err, " 3 articles, "));
    assert_non_null(strstr(r.err, " 4 rejected"));
    run_free(&r);
    free(path);
}

static void code_missing_file_is_io_error(void **state)
{
    (void)state;
    char *good = TMP("good.jsonl", good_jsonl);
    run_result r = run(NULL, ARGS("code", "--stats", "/nonexistent/x.jsonl", good));
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "dyad: cannot open /nonexistent/x.jsonl: No such file or directory"));
    assert_non_null(strstr(r.err, "dyad code: 2 articles, 4 sentences"));
    run_free(&r);
    free(good);
}

static void code_empty_and_binary_files(void **state)
{
    (void)state;
    char *empty = tu_write_tmp("empty.jsonl", "", 0);
    run_result r = run(NULL, ARGS("code", empty));
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "empty.jsonl:1: no records: the input is empty"));
    assert_non_null(strstr(r.err, " 1 rejected"));
    run_free(&r);
    char *nul = tu_write_tmp("nul.txt", "First line.\nSecond \0 line.\n", 27);
    r = run(NULL, ARGS("code", "--format", "text", "--date", "2024-01-01", nul));
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "nul.txt:2: record nul.txt: NUL byte in text"));
    run_free(&r);
    char *latin1 = TMP("latin1.txt", "S\xe3o Paulo hosted talks.\n");
    r = run(NULL, ARGS("code", "--format", "text", "--date", "2024-01-01", latin1));
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "latin1.txt:1: record latin1.txt: invalid UTF-8 at byte 1 of the text"));
    run_free(&r);
    char *nodate = TMP("nodate.txt", "Text without a date.\n");
    r = run(NULL, ARGS("code", "--format", "text", nodate));
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "record nodate.txt: no date (give the record a date, or use --date)"));
    run_free(&r);
    free(empty), free(nul), free(latin1), free(nodate);
}

static void code_reads_stdin(void **state)
{
    (void)state;
    char *good = TMP("stdin.jsonl", good_jsonl);
    run_result r = run(good, ARGS("code", "--stats"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.err, "dyad code: 2 articles, 4 sentences"));
    run_free(&r);
    r = run(good, ARGS("code", "--stats", "-", good));
    assert_non_null(strstr(r.err, "dyad code: 4 articles, 8 sentences"));
    run_free(&r);
    free(good);
}

static void usage_errors(void **state)
{
    (void)state;
    const char *const *cases[] = {
        ARGS("code", "--format", "nope"), ARGS("code", "--date", "2024-99-99"),
        ARGS("code", "--output", "xml"),  ARGS("frobnicate"),
        ARGS("code", "--no-such-option"),
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        run_result r = run(NULL, cases[i]);
        assert_int_equal(r.status, 2);
        assert_true(strlen(r.err) > 0);
        run_free(&r);
    }
    run_result r = run(NULL, ARGS("--help"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "code"));
    run_free(&r);
}

static const char coder_jsonl[] =
    "{\"id\": \"c1\", \"date\": \"2024-05-06\", \"text\": \"Kenya signed a trade agreement with Ethiopia on "
    "Monday. Kenya did not attack Somalia.\"}\n";

static cJSON *line_json(const char *out, size_t k)
{
    for (size_t i = 0; i < k && out; i++) out = strchr(out, '\n'), out = out ? out + 1 : NULL;
    if (!out || !*out) return NULL;
    const char *end = strchr(out, '\n');
    return cJSON_ParseWithLength(out, end ? (size_t)(end - out) : strlen(out));
}

static const char *jstr(cJSON *o, const char *a, const char *b)
{
    cJSON *x = cJSON_GetObjectItemCaseSensitive(o, a);
    if (b) x = cJSON_GetObjectItemCaseSensitive(x, b);
    return cJSON_GetStringValue(x);
}

/* dyad code end to end with the small test set: one event line in the
 * output contract, the negated verb left out unless --keep-negated, and a
 * part of the set replaced by --verbs. */
static void code_writes_events(void **state)
{
    (void)state;
    char *in = TMP("coder.jsonl", coder_jsonl);
    run_result r = run(NULL, ARGS("code", "--stats", in));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 1);
    assert_non_null(strstr(r.err, "2 sentences"));
    assert_non_null(strstr(r.err, " 1 events"));
    cJSON *e = line_json(r.out, 0);
    assert_non_null(e);
    assert_string_equal(jstr(e, "article", NULL), "c1");
    assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(e, "sentence")), 0);
    assert_string_equal(jstr(e, "date", NULL), "2024-05-06");
    assert_string_equal(jstr(e, "source", "code"), "KEN");
    assert_string_equal(jstr(e, "source", "country"), "KEN");
    assert_string_equal(jstr(e, "source", "text"), "Kenya");
    assert_string_equal(jstr(e, "target", "code"), "ETH");
    assert_string_equal(jstr(e, "cameo", NULL), "057");
    assert_string_equal(jstr(e, "root", NULL), "05");
    assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(e, "quad")), 1);
    assert_true(cJSON_IsNumber(cJSON_GetObjectItemCaseSensitive(e, "goldstein")));
    assert_string_equal(jstr(e, "plover", "type"), "SUPPORT"); /* PLOVER 2021 table: 057 -> SUPPORT */
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(e, "location")));
    assert_true(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(e, "negated")));
    assert_string_equal(jstr(e, "rule", NULL), "SIGN.1");
    assert_string_equal(jstr(e, "text", NULL), "Kenya signed a trade agreement with Ethiopia on Monday.");
    cJSON_Delete(e);
    run_free(&r);

    r = run(NULL, ARGS("code", "--keep-negated", in));
    assert_int_equal(count_lines(r.out), 2);
    e = line_json(r.out, 1);
    assert_string_equal(jstr(e, "target", "code"), "SOM");
    assert_string_equal(jstr(e, "cameo", NULL), "190");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "negated")));
    cJSON_Delete(e);
    run_free(&r);

    /* --verbs replaces the set's verbs: SIGN has no pattern here, so no event */
    char *verbs = TMP("other.verbs.dyad", "verb ATTACK 190 attack\n");
    r = run(NULL, ARGS("code", "--dictionaries", "tests/fixtures/coder", "--verbs", verbs, "--keep-negated", in));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 1);
    assert_non_null(strstr(r.out, "\"cameo\":\"190\""));
    run_free(&r);

    /* a dictionary directory that is not there: one line, status 2 */
    r = run(NULL, ARGS("code", "--dictionaries", "/nonexistent/dicts", in));
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "/nonexistent/dicts"));
    run_free(&r);
    free(verbs);
    free(in);
}

/* The same event (KEN signs with ETH on 2024-05-06) reported twice in a1,
 * once in a2 (same publisher as a1) and once in a3 (no publisher), and one
 * other event in a3. */
static const char dedup_jsonl[] =
    "{\"id\": \"a1\", \"date\": \"2024-05-06\", \"source\": \"Reuters\", \"text\": \"Kenya signed a trade "
    "agreement with Ethiopia. Kenya signed a trade agreement with Ethiopia in Nairobi.\"}\n"
    "{\"id\": \"a2\", \"date\": \"2024-05-06\", \"source\": \"Reuters\", \"text\": \"Kenya signed a trade "
    "agreement with Ethiopia.\"}\n"
    "{\"id\": \"a3\", \"date\": \"2024-05-06\", \"text\": \"Uganda praised Tanzania. Kenya signed a trade "
    "agreement with Ethiopia.\"}\n";

static long jnum(cJSON *o, const char *key)
{
    cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    assert_true(cJSON_IsNumber(x));
    return (long)cJSON_GetNumberValue(x);
}

/* dyad code --dedup: repeated events written once, the first seen, with
 * mentions, articles and sources; without it the counts are null. */
/* A pronoun subject of a reported clause after a reference the sentence
 * made (a compound group no named mention counted) is read without going
 * past the groups counted: this sentence once overflowed a heap buffer
 * under AddressSanitizer. */
static void code_pronoun_after_new_reference(void **state)
{
    (void)state;
    char *in = TMP("pronoun.jsonl",
                   "{\"id\": \"p1\", \"date\": \"2025-10-21\", \"text\": \"President Donald Trump congratulated "
                   "Takaichi on her election, telling reporters at the White House that she was a person of great wisdom "
                   "and strength and that he looked forward to meeting her.\"}\n");
    run_result r = run(NULL, ARGS("code", "--dictionaries", "data/dict", in));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "\"cameo\":\"051\""));
    run_free(&r);
    free(in);
}

static void code_dedup_merges_repeats(void **state)
{
    (void)state;
    char *in = TMP("dedup.jsonl", dedup_jsonl);
    run_result r = run(NULL, ARGS("code", in));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 5);
    cJSON *e = line_json(r.out, 0);
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(e, "mentions")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(e, "articles")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(e, "sources")));
    cJSON_Delete(e);
    run_free(&r);

    /* article: a1's two reports are one event; the other articles' stay apart */
    r = run(NULL, ARGS("code", "--dedup", "article", in));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 4);
    e = line_json(r.out, 0);
    assert_string_equal(jstr(e, "article", NULL), "a1");
    assert_int_equal(jnum(e, "sentence"), 0);
    assert_string_equal(jstr(e, "text", NULL), "Kenya signed a trade agreement with Ethiopia.");
    assert_int_equal(jnum(e, "mentions"), 2);
    assert_int_equal(jnum(e, "articles"), 1);
    assert_int_equal(jnum(e, "sources"), 1);
    cJSON_Delete(e);
    e = line_json(r.out, 1);
    assert_string_equal(jstr(e, "article", NULL), "a2");
    assert_int_equal(jnum(e, "mentions"), 1);
    cJSON_Delete(e);
    e = line_json(r.out, 2);
    assert_string_equal(jstr(e, "article", NULL), "a3");
    assert_string_equal(jstr(e, "cameo", NULL), "051");
    cJSON_Delete(e);
    run_free(&r);

    /* day: one KEN-ETH 057 event from three articles of two publishers (a3
       names none, so it is its own), then a3's other event */
    r = run(NULL, ARGS("code", "--dedup", "day", "--stats", in));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 2);
    assert_non_null(strstr(r.err, "dyad code: 5 events merged into 2 (--dedup day)"));
    e = line_json(r.out, 0);
    assert_string_equal(jstr(e, "article", NULL), "a1");
    assert_int_equal(jnum(e, "sentence"), 0);
    assert_string_equal(jstr(e, "source", "code"), "KEN");
    assert_string_equal(jstr(e, "target", "code"), "ETH");
    assert_string_equal(jstr(e, "cameo", NULL), "057");
    assert_int_equal(jnum(e, "mentions"), 4);
    assert_int_equal(jnum(e, "articles"), 3);
    assert_int_equal(jnum(e, "sources"), 2);
    cJSON_Delete(e);
    e = line_json(r.out, 1);
    assert_string_equal(jstr(e, "source", "code"), "UGA");
    assert_int_equal(jnum(e, "mentions"), 1);
    assert_int_equal(jnum(e, "articles"), 1);
    assert_int_equal(jnum(e, "sources"), 1);
    cJSON_Delete(e);
    run_free(&r);

    /* CSV: the counts are the columns after date_precision (PLOVER's
       auxiliary mode and the antecedents, empty here, follow) */
    r = run(NULL, ARGS("code", "--dedup", "day", "--output", "csv", in));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, ",date_precision,mentions,articles,sources,plover_auxiliary,"));
    assert_non_null(strstr(r.out, ",a1,0,day,4,3,2,,,,,\n"));
    run_free(&r);

    /* a bad mode: one line, status 2, nothing written */
    r = run(NULL, ARGS("code", "--dedup", "week", in));
    assert_int_equal(r.status, 2);
    assert_int_equal(count_lines(r.err), 1);
    assert_non_null(strstr(r.err, "--dedup \"week\""));
    assert_string_equal(r.out, "");
    run_free(&r);
    free(in);
}

static void csv_output_and_output_file(void **state)
{
    (void)state;
    char *good = TMP("csv.jsonl", good_jsonl);
    run_result r = run(NULL, ARGS("code", "--output", "csv", good));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 1);
    assert_true(strncmp(r.out, "date,source_code,", 17) == 0);
    run_free(&r);
    char out_path[256];
    snprintf(out_path, sizeof out_path, "%s/events.csv", tu_tmpdir());
    r = run(NULL, ARGS("code", "--output", "csv", "-o", out_path, good));
    assert_int_equal(r.status, 0);
    char *written = tu_read_file(out_path, NULL);
    assert_non_null(written);
    assert_true(strncmp(written, "date,source_code,", 17) == 0);
    free(written);
    run_free(&r);
    free(good);
}

static void split_shows_sentences_and_tokens(void **state)
{
    (void)state;
    char *good = TMP("split.jsonl", good_jsonl);
    run_result r = run(NULL, ARGS("split", "--json", good));
    assert_int_equal(r.status, 0);
    assert_int_equal(count_lines(r.out), 4);
        cJSON *first = cJSON_ParseWithLength(r.out, (size_t)(strchr(r.out, '\n') - r.out));
    assert_non_null(first);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(first, "text")), "Kenya hosted talks.");
    cJSON *dl = cJSON_GetObjectItemCaseSensitive(first, "dateline");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(dl, "place")), "NAIROBI");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(dl, "agency")), "Reuters");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(first, "tokens")), 4);
    cJSON_Delete(first);
    run_free(&r);
    r = run(NULL, ARGS("split", good));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "[0] Kenya hosted talks.\n    Kenya/word hosted/word talks/word ./punct\n"));
    run_free(&r);
    free(good);
}

/* dyad parse end to end, with the shipped models: the passive verb group of
 * a passive example sentence, CoNLL-U's comments and columns, and trees. */
static void parse_shows_passive_subject(void **state)
{
    (void)state;
    char *in = TMP("finland.txt", "Finland was formally admitted as the 31st member of the alliance at a "
                                  "ceremony in Brussels.\n");
    run_result r = run(NULL, ARGS("parse", "--input", "text", in));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "# newdoc id = finland.txt\n# sent_id = finland.txt-0\n# text = Finland was"));
    assert_non_null(strstr(r.out, "1\tFinland\tFinland\tPROPN\tNNP\t_\t4\tnsubj:pass\t"));
    assert_non_null(strstr(r.out, "2\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t"));
    assert_non_null(strstr(r.out, "4\tadmitted\tadmit\tVERB\tVBN\tVoice=Pass\t0\troot\t"));
    assert_non_null(strstr(r.out, "Chunk=B-VP|Clause=0:main"));
    run_free(&r);
    r = run(NULL, ARGS("parse", "--input", "text", "--format", "tree", in));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "(ROOT (S (NP (NNP Finland)) (VP (VBD was) (RB formally) (VBN admitted))"));
    run_free(&r);
    r = run(NULL, ARGS("parse", "--data", "/nonexistent", in));
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "dyad parse: "));
    run_free(&r);
    free(in);
}

/* dyad dict on the hand-written fixtures: per-file counts that match what
 * the files hold, lint findings with file:line, exit statuses. */
static void dict_stats_and_check(void **state)
{
    (void)state;
    run_result r = run(NULL, ARGS("dict", "stats", "tests/fixtures/dict/small.actors.txt",
                                  "tests/fixtures/dict/small.verbs.txt", "tests/fixtures/dict/small.agents"));
    assert_int_equal(r.status, 0);
    /* KENYA_ with 3 synonyms, WILLIAM_RUTO_ with 1 and two dated codes, NATO_ with 1 */
    assert_non_null(strstr(r.out, "small.actors.txt (petrarch2 actors)\n  actors          3\n"
                                  "  actor names     8\n  synonyms        5\n  codes           4\n"
                                  "  dated codes     2\n"));
    /* two verb blocks, ACCUSE with 3 listed forms, 4 patterns, one synset of 3 */
    assert_non_null(strstr(r.out, "small.verbs.txt (petrarch2 verbs)\n  verbs           2\n"
                                  "  verb forms      5\n  patterns        4\n  synsets         1\n"
                                  "  synset members  3\n"));
    assert_non_null(strstr(r.out, "small.agents (tabari agents)\n  agents          2\n"));
    assert_non_null(strstr(r.out, "total\n  actors          3\n"));
    run_free(&r);
    char *dup = TMP("dup.actors.txt", "KENYA_ [KEN]\nNAIROBI_ [KEN]\nKENYA_ [ETH]\nBROKEN [KEN\n");
    r = run(NULL, ARGS("dict", "check", dup));
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(r.err, "dup.actors.txt:4: "));
    assert_non_null(strstr(r.err, "dup.actors.txt:3: warning: conflicting codes for KENYA_"));
    run_free(&r);
    r = run(NULL, ARGS("dict", "stats", "tests/fixtures/dict/nonexistent.txt"));
    assert_int_equal(r.status, 2);
    run_free(&r);
    free(dup);
}

/* dyad dict compile, --cache and lookup: the compiled set is used while its
 * files are unchanged, and lookups find names, agents and dated codes. */
static void dict_compile_cache_and_lookup(void **state)
{
    (void)state;
    char cache[256];
    snprintf(cache, sizeof cache, "%s/small.dcache", tu_tmpdir());
    run_result r = run(NULL, ARGS("dict", "compile", "-o", cache, "tests/fixtures/dict/small.actors.txt",
                                  "tests/fixtures/dict/small.agents.txt"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, ": 3 actors, 4 agents, 0 verbs, 0 patterns from 2 files"));
    run_free(&r);
    r = run(NULL, ARGS("dict", "stats", "--cache", cache, "tests/fixtures/dict/small.actors.txt",
                       "tests/fixtures/dict/small.agents.txt"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "2 files (from the cache "));
    assert_non_null(strstr(r.out, "  actors          3\n"));
    run_free(&r);
    r = run(NULL, ARGS("dict", "lookup", "Ruto met Kenyan troops.", "--date", "2023-05-01", "--cache", cache,
                       "tests/fixtures/dict/small.actors.txt", "tests/fixtures/dict/small.agents.txt"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "Ruto\tactor\tWILLIAM_RUTO_\ttests/fixtures/dict/small.actors.txt:7\tKENGOV"));
    assert_non_null(strstr(r.out, "Kenyan\tactor\tKENYA_\t"));
    assert_non_null(strstr(r.out, "troops\tagent\tTROOPS_\t")); /* PETRARCH-2 words are whole */
    assert_non_null(strstr(r.out, "KEN + MIL = KENMIL"));
    assert_non_null(strstr(r.out, "met\tunmatched"));
    run_free(&r);
    r = run(NULL, ARGS("dict", "lookup", "Ruto", "--date", "2015-01-01", "tests/fixtures/dict/small.actors.txt"));
    assert_non_null(strstr(r.out, "\tKENELI"));
    run_free(&r);
    r = run(NULL, ARGS("dict", "compile", "tests/fixtures/dict/small.actors.txt"));
    assert_int_equal(r.status, 2); /* -o is required */
    run_free(&r);
}

/* dyad quotes with the default dictionaries (data/dict): the quotation of
 * each quote mark pair (several sentences and paragraphs in one), its
 * speaker's words and actor code for "X said", "said X", "X said: ...", a
 * pronoun standing for a person named in an earlier sentence, and null
 * where no speaker is named. */
static const char quotes_jsonl[] =
    "{\"id\": \"q1\", \"date\": \"2025-06-02\", \"text\": \"KYIV (Reuters) - Ukrainian President Volodymyr Zelenskyy "
    "met European leaders on Monday.\\n\\n\\\"We need air defence now,\\\" Zelenskyy said. \\\"China stands with its "
    "friends,\\\" said Chinese Foreign Minister Wang Yi. Kenyan President William Ruto said: \\\"The border must stay "
    "open.\\\"\\n\\nSudanese army chief Abdel Fattah al-Burhan visited Port Sudan on Sunday.\\n\\n\\u201cPledges are not "
    "food. Trucks must reach the people,\\u201d he said.\\n\\n\\\"Nobody is listening to us.\\\"\"}\n"
    "{\"id\": \"q2\", \"date\": \"2025-06-02\", \"text\": \"No quotation here.\"}\n"
    "{\"id\": \"q3\", \"date\": \"2025-06-02\"}\n";

/* The output line whose quote begins with `start`, parsed; NULL if none. */
static cJSON *quote_line(const char *out, const char *start)
{
    cJSON *o;
    for (size_t k = 0; (o = line_json(out, k)) != NULL; k++) {
        const char *q = jstr(o, "quote", NULL);
        if (q && !strncmp(q, start, strlen(start))) return o;
        cJSON_Delete(o);
    }
    return NULL;
}

static void quotes_lists_speakers(void **state)
{
    (void)state;
    char *in = TMP("quotes.jsonl", quotes_jsonl);
    run_result r = run(NULL, ARGS("quotes", "--stats", in));
    assert_int_equal(r.status, 1); /* q3 has no text */
    assert_non_null(strstr(r.err, "quotes.jsonl:3: record q3: missing field \"text\""));
    assert_non_null(strstr(r.err, "dyad quotes: 2 articles, "));
    assert_non_null(strstr(r.err, " 5 quotations, 1 rejected"));
    assert_int_equal(count_lines(r.out), 5);
    /* "...," X said */
    cJSON *q = quote_line(r.out, "We need");
    assert_non_null(q);
    assert_string_equal(jstr(q, "article", NULL), "q1");
    assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(q, "sentence")), 1);
    assert_string_equal(jstr(q, "quote", NULL), "We need air defence now");
    assert_string_equal(jstr(q, "speaker", "text"), "Zelenskyy");
    assert_string_equal(jstr(q, "speaker", "code"), "UKRGOV");
    cJSON_Delete(q);
    /* "...," said X */
    q = quote_line(r.out, "China stands");
    assert_non_null(q);
    assert_string_equal(jstr(q, "quote", NULL), "China stands with its friends");
    assert_string_equal(jstr(q, "speaker", "text"), "Chinese Foreign Minister Wang Yi");
    assert_string_equal(jstr(q, "speaker", "code"), "CHNGOV");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(q, "speaker"), "antecedent")));
    cJSON_Delete(q);
    /* X said: "..." */
    q = quote_line(r.out, "The border");
    assert_non_null(q);
    assert_string_equal(jstr(q, "quote", NULL), "The border must stay open.");
    assert_string_equal(jstr(q, "speaker", "text"), "Kenyan President William Ruto");
    assert_string_equal(jstr(q, "speaker", "code"), "KENGOV");
    cJSON_Delete(q);
    /* two sentences in one quotation, said by "he": the person named in the
       sentence before */
    q = quote_line(r.out, "Pledges");
    assert_non_null(q);
    assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(q, "sentence")), 5);
    assert_string_equal(jstr(q, "quote", NULL), "Pledges are not food. Trucks must reach the people");
    assert_string_equal(jstr(q, "speaker", "text"), "he");
    assert_string_equal(jstr(q, "speaker", "code"), "SDNGOV");
    assert_non_null(strstr(jstr(q, "speaker", "antecedent"), "Abdel Fattah al-Burhan"));
    cJSON_Delete(q);
    /* a quote paragraph that names no speaker */
    q = quote_line(r.out, "Nobody");
    assert_non_null(q);
    assert_int_equal((int)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(q, "sentence")), 7);
    cJSON *sp = cJSON_GetObjectItemCaseSensitive(q, "speaker");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(sp, "text")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(sp, "code")));
    cJSON_Delete(q);
    run_free(&r);

    r = run(NULL, ARGS("quotes", "--help"));
    assert_int_equal(r.status, 0);
    assert_non_null(strstr(r.out, "usage: dyad quotes"));
    run_free(&r);
    r = run(NULL, ARGS("quotes", "--dictionaries", "/nonexistent/dicts", in));
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(r.err, "dyad quotes: "));
    run_free(&r);
    free(in);
}

int main(int argc, char **argv)
{
    if (argc > 1) dyad_bin = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(code_bundled_samples),
        cmocka_unit_test(code_bad_records_go_on),
        cmocka_unit_test(code_missing_file_is_io_error),
        cmocka_unit_test(code_empty_and_binary_files),
        cmocka_unit_test(code_reads_stdin),
        cmocka_unit_test(usage_errors),
        cmocka_unit_test(csv_output_and_output_file),
        cmocka_unit_test(split_shows_sentences_and_tokens),
        cmocka_unit_test(parse_shows_passive_subject),
        cmocka_unit_test(dict_stats_and_check),
        cmocka_unit_test(code_writes_events),
        cmocka_unit_test(code_pronoun_after_new_reference),
        cmocka_unit_test(dict_compile_cache_and_lookup),
        cmocka_unit_test(quotes_lists_speakers),
        cmocka_unit_test(code_dedup_merges_repeats),
    };
    return cmocka_run_group_tests_name("cli", tests, NULL, NULL) ? 1 : 0;
}
