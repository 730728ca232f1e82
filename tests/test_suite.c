/* test_suite.c - the validation-suite loader (src/suite.c). Hand-written
 * suites in tests/fixtures/suite/ check each construction of both formats
 * and each kind of bad input (one "file:line:" message, loading goes on);
 * then, when ../shared is present, every record of both PETRARCH suites is
 * compared with records.jsonl (a JSON form of the same records made by
 * someone else), and the TABARI suite's counts, a few records read by hand
 * and its OPTION settings are checked. */
#include "testutil.h"

#include <cjson/cJSON.h>

#include "buf.h"
#include "suite.h"

#define FIX "tests/fixtures/suite"
#define SHARED "../shared/conformance"

static void quiet(void *user, const char *line)
{
    (void)user;
    (void)line;
}

static const suite_record *find_nth(const suite *s, const char *id, size_t nth)
{
    for (size_t i = 0; i < s->n_records; i++)
        if (strcmp(s->records[i].id, id) == 0 && nth-- == 0) return &s->records[i];
    fail_msg("record %s not loaded", id);
    return NULL;
}

static const suite_record *find(const suite *s, const char *id) { return find_nth(s, id, 0); }

static void check_event(const suite_event *e, const char *source, const char *target, const char *code, int32_t date)
{
    assert_string_equal(e->source, source);
    assert_string_equal(e->target, target);
    assert_string_equal(e->code, code);
    assert_int_equal(e->date, date);
}

static void check_setting(const suite_setting *set, const char *key, const char *value)
{
    assert_string_equal(set->key, key);
    assert_string_equal(set->value, value);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* ---- PETRARCH fixtures ---------------------------------------------------- */

static void test_petrarch_fixture(void **state)
{
    (void)state;
    suite s;
    char *error = NULL;
    diag_log log = {0};
    assert_int_equal(suite_load(&s, FIX "/petrarch", collect, &log, &error), 0);
    assert_null(error);
    assert_int_equal(log.count, 0);
    assert_int_equal(s.errors + s.warnings, 0);
    assert_int_equal(s.kind, SUITE_PETRARCH);
    assert_true(ends_with(s.records_file, "/fixture_records.xml"));
    /* dictionaries from <Environment>, joined to the suite's directory */
    assert_int_equal(s.n_verbs, 1);
    assert_string_equal(s.verbs[0], FIX "/petrarch/fixture_verbs.txt");
    assert_int_equal(s.n_actors, 1);
    assert_string_equal(s.actors[0], FIX "/petrarch/fixture_actors.txt");
    assert_int_equal(s.n_agents, 1);
    assert_int_equal(s.n_discards, 1);
    assert_int_equal(s.n_issues + s.n_options, 0);
    /* <Config> inside <Environment> holds before the first record */
    assert_int_equal(s.n_settings, 1);
    check_setting(&s.settings[0], "stop_on_error", "True");

    /* the comment's "<Sentence id=NOT-A-RECORD" is not a record */
    assert_int_equal(s.n_records, 6);

    const suite_record *r = find(&s, "DEMO-01");
    assert_string_equal(r->category, "DEMO");
    assert_int_equal(r->date, 19950101);
    assert_int_equal(r->line, 17);
    assert_string_equal(r->text, "Arnor pledged new aid to Gondor and Osgiliath on Tuesday.");
    assert_int_equal(r->n_expected, 2);
    check_event(&r->expected[0], "ARN", "GON", "050", 0);
    check_event(&r->expected[1], "ARN", "OSG", "051", 0); /* single quotes, spaces around '=' */
    assert_false(r->expect_no_event);
    assert_null(r->expected_error);
    assert_true(r->evaluate);
    assert_int_equal(r->n_settings, 0);

    r = find(&s, "DEMO-02"); /* evaluate="false"; entities; a raw-JSON <PLEvent> line */
    assert_false(r->evaluate);
    assert_string_equal(r->text, "Entities: caf\xc3\xa9 \xc3\xa9t\xc3\xa9 AT&T <tag> 'q'");
    assert_int_equal(r->n_expected, 1);
    check_event(&r->expected[0], "\"THE MINISTRY OF MAGIC\"", "GON", "040", 0);

    r = find(&s, "DEMO-03"); /* category from the id; the two <Config> before it */
    assert_string_equal(r->category, "DEMO");
    assert_true(r->evaluate);
    assert_true(r->expect_no_event);
    assert_int_equal(r->n_expected, 0);
    assert_string_equal(r->text, "Raw <CDATA> & text kept.");
    assert_int_equal(r->n_settings, 2);
    check_setting(&r->settings[0], "require_dyad", "false");
    check_setting(&r->settings[1], "comma_max", "6");

    assert_false(find(&s, "ACTOR-01")->evaluate); /* sentence="false" (PETRARCH-1) */
    assert_false(find(&s, "VERB-01")->evaluate);  /* VERB is not in <Include> */

    r = find(&s, "DISCARD-01"); /* error expectation; <Config> inside the record */
    assert_string_equal(r->category, "ERROR");
    assert_string_equal(r->expected_error, "storydiscard");
    assert_true(r->expect_no_event);
    assert_true(r->evaluate);
    assert_int_equal(r->n_settings, 1);
    check_setting(&r->settings[0], "new_actor_length", "4");
    suite_free(&s);
    log_free(&log);
}

static void test_petrarch_by_name(void **state)
{
    (void)state;
    suite s;
    char *error = NULL;
    assert_int_equal(suite_load(&s, FIX "/petrarch_byname", NULL, NULL, &error), 0);
    /* two .xml files: the one named *records* is the suite */
    assert_true(ends_with(s.records_file, "/byname_records.xml"));
    assert_int_equal(s.n_verbs, 1);
    assert_true(ends_with(s.verbs[0], "/byname.verbs.txt"));
    assert_int_equal(s.n_actors, 1);
    assert_true(ends_with(s.actors[0], "/byname.actors.txt"));
    assert_int_equal(s.n_agents, 1);
    assert_int_equal(s.n_discards, 0);
    assert_int_equal(s.n_records, 1);
    const suite_record *r = &s.records[0];
    assert_string_equal(r->id, "NAME-01");
    assert_string_equal(r->category, "NAME");
    assert_int_equal(r->date, 20010911);
    assert_true(r->evaluate); /* no <Include>: every category counts */
    check_event(&r->expected[0], "USA", "AFG", "190", 0);
    suite_free(&s);
}

static void test_petrarch_bad(void **state)
{
    (void)state;
    size_t len;
    char *data = tu_read_file(FIX "/petrarch_bad.xml", &len);
    assert_non_null(data);
    suite s = {0};
    diag_log log = {0};
    assert_int_equal(suite_load_memory(&s, SUITE_PETRARCH, "bad.xml", data, len, collect, &log), 0);
    static const char *const said[] = {
        "bad.xml:2: <Sentence> without an id: dropped",
        "bad.xml:5: record BAD-DATE: date \"19951301\" is not a YYYYMMDD day: dropped",
        "bad.xml:9: record NO-TEXT has no <Text>: dropped",
        "bad.xml:13: record HALF-EVENT: <EventCoding> needs sourcecode, targetcode and eventcode: dropped",
        "bad.xml:16: <EventCoding> outside a <Sentence>: ignored",
        "bad.xml:17: warning: record GOOD-01: evaluate=\"perhaps\" read as true",
        "bad.xml:19: warning: record GOOD-01: <EventCoding> without an expectation: ignored",
        "bad.xml:20: warning: '&nbsp;' is not an entity reference: kept as written",
        "bad.xml:20: warning: '&' is not an entity reference: kept as written",
        "bad.xml:20: warning: '&#0;' is not an entity reference: kept as written",
        "bad.xml:21: warning: record GOOD-01 from line 17 not closed by </Sentence>: ended here",
        "bad.xml:24: warning: <Text> from line 23 not closed before <Parse>: ended there",
        "bad.xml:27: record NOEV-BAD: noevents=\"maybe\" is neither true nor false: dropped",
        "bad.xml:29: warning: record BOTH expects 1 event and also that none is coded",
        "bad.xml:32: record BAD-ATTR: attributes of <Sentence> unreadable: dropped",
        "bad.xml:34: warning: </Sentence> without a <Sentence>: ignored",
        "bad.xml:35: <Config> needs option=\"..\" and value=\"..\": ignored",
        "bad.xml:37: record OPEN not closed by </Sentence> before the end of the file: dropped",
        "bad.xml:36: warning: 1 <Config> change after the last record: no record follows",
    };
    assert_int_equal(log.count, sizeof said / sizeof *said);
    for (size_t i = 0; i < log.count; i++) assert_string_equal(log.messages[i], said[i]);
    assert_int_equal(s.errors, 9);
    assert_int_equal(s.warnings, 10);

    assert_int_equal(s.n_records, 3);
    const suite_record *r = find(&s, "GOOD-01");
    assert_int_equal(r->date, 19950101); /* 6-digit date */
    assert_true(r->evaluate);
    assert_string_equal(r->text, "Tom & Jerry &nbsp; AT&T &#0; done");
    assert_int_equal(r->n_expected, 1);
    /* the <Config> before the dropped NO-TEXT record still takes effect */
    assert_int_equal(r->n_settings, 1);
    check_setting(&r->settings[0], "require_dyad", "false");
    r = find(&s, "GOOD-02");
    assert_string_equal(r->text, "Second good.");
    assert_true(r->expect_no_event);
    r = find(&s, "BOTH");
    assert_string_equal(r->category, "");
    assert_int_equal(r->n_expected, 1);
    assert_true(r->expect_no_event);
    suite_free(&s);
    log_free(&log);

    /* appending a second file to the same suite */
    assert_int_equal(suite_load_memory(&s, SUITE_PETRARCH, "a.xml", data, len, quiet, NULL), 0);
    assert_int_equal(suite_load_memory(&s, SUITE_PETRARCH, "b.xml", data, len, quiet, NULL), 0);
    assert_int_equal(s.n_records, 6);
    suite_free(&s);
    free(data);
}

/* ---- TABARI fixtures ------------------------------------------------------ */

static void test_tabari_fixture(void **state)
{
    (void)state;
    suite s;
    char *error = NULL;
    diag_log log = {0};
    assert_int_equal(suite_load(&s, FIX "/tabari", collect, &log, &error), 0);
    assert_int_equal(s.kind, SUITE_TABARI);
    assert_true(ends_with(s.records_file, "/tabari/fixture.text"));
    assert_int_equal(s.n_verbs, 1);
    assert_string_equal(s.verbs[0], FIX "/tabari/fixture.verbs");
    assert_int_equal(s.n_actors, 1);
    assert_string_equal(s.actors[0], FIX "/tabari/fixture.actors");
    assert_int_equal(s.n_agents, 1);
    assert_int_equal(s.n_options, 1);
    assert_string_equal(s.options[0], FIX "/tabari/fixture.options");
    static const char *const said[] = {
        FIX "/tabari/fixture.text:20: warning: record OPT-Set: '{' not closed by '}': read to the end of its line",
        FIX "/tabari/fixture.text:50: warning: date repeated in the record header: the id is read from the next word",
        FIX "/tabari/fixture.text:52: warning: record DEMO-04: \"*/\" found again after the comment's end: the "
            "comment is read up to the last one",
        FIX "/tabari/fixture.text:57: warning: record DEMO-05: comment \"/*\" not closed by \"*/\": read to the end of "
            "the record",
        FIX "/tabari/fixture.text:63: warning: record DEMO-07 expects 1 event and also that none is coded",
    };
    assert_int_equal(log.count, sizeof said / sizeof *said);
    for (size_t i = 0; i < log.count; i++) assert_string_equal(log.messages[i], said[i]);
    assert_int_equal(s.errors, 0);
    assert_int_equal(s.warnings, 5);
    assert_int_equal(s.n_records, 13);

    const suite_record *r = find(&s, "START-00"); /* explains the suite: not a test */
    assert_int_equal(r->date, 20000101);
    assert_string_equal(r->category, "START");
    assert_false(r->evaluate);

    r = find(&s, "OPT-Set");
    assert_false(r->evaluate);
    assert_int_equal(r->n_expected, 0);
    assert_int_equal(r->n_settings, 4);
    check_setting(&r->settings[0], "TIME SHIFT", "FALSE");
    check_setting(&r->settings[1], "CODE", "BY SENTENCE");
    check_setting(&r->settings[2], "DEFAULT", "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER");
    check_setting(&r->settings[3], "MINIMUM WORDS", "4");

    r = find(&s, "DEMO-01");
    assert_int_equal(r->line, 22);
    assert_int_equal(r->date, 19950101);
    assert_string_equal(r->text,
                        "Arnor said on Monday it would reopen its embassy in Gondor before the end of the year.");
    assert_int_equal(r->n_expected, 1);
    check_event(&r->expected[0], "ARN", "GON", "064", 0);
    assert_true(r->evaluate);
    assert_false(r->expect_no_event);

    r = find(&s, "DEMO-02"); /* comment opened on a text line; event dates; -{ } switched off */
    assert_string_equal(r->text, "Dagolath's trade minister flew to Gondor.");
    assert_int_equal(r->n_expected, 2);
    check_event(&r->expected[0], "DAG", "GON", "032", 19950103);
    check_event(&r->expected[1], "GON", "DAG", "033", 19941204);

    r = find(&s, "YEAR-01");
    assert_int_equal(r->date, 20050607);
    assert_true(r->expect_no_event);
    assert_null(r->expected_error);
    assert_true(r->evaluate);
    r = find(&s, "YEAR-02");
    assert_int_equal(r->date, 19991231);
    assert_string_equal(r->expected_error, "discard");

    r = find(&s, "DEMO-03"); /* a group over several lines; text after the comment */
    assert_string_equal(r->text, "Text before the comment and text after it.");
    assert_int_equal(r->n_expected, 1);
    check_event(&r->expected[0], "ARN", "GON", "064", 0);

    r = find(&s, "DEMO-04"); /* the date repeated in its header, its comment closed twice */
    assert_int_equal(r->n_expected, 2);
    check_event(&r->expected[1], "ARN", "OSG", "064", 0);
    assert_string_equal(r->text, "Repeated date in the header.");

    r = find(&s, "DEMO-05");
    assert_int_equal(r->n_expected, 1);
    assert_true(r->evaluate);

    r = find(&s, "DEMO-06"); /* only a switched-off expectation */
    assert_int_equal(r->n_expected, 0);
    assert_false(r->expect_no_event);
    assert_false(r->evaluate);

    r = find(&s, "DEMO-07");
    assert_int_equal(r->n_expected, 1);
    assert_string_equal(r->expected_error, "complex");

    assert_false(find(&s, "FINAL-01")->evaluate); /* the end of the standard records */
    r = find(&s, "AFTER-01");
    assert_int_equal(r->n_expected, 1);
    assert_false(r->evaluate);
    suite_free(&s);
    log_free(&log);
}

static void test_tabari_bad(void **state)
{
    (void)state;
    size_t len;
    char *data = tu_read_file(FIX "/tabari_bad.text", &len);
    assert_non_null(data);
    suite s = {0};
    diag_log log = {0};
    assert_int_equal(suite_load_memory(&s, SUITE_TABARI, "bad.text", data, len, collect, &log), 0);
    static const char *const said[] = {
        "bad.text:1: record SEVEN-01: date \"9501201\" has 7 digits (want YYMMDD or YYYYMMDD): dropped",
        "bad.text:5: record NINE-01: date \"186010029\" has 9 digits (want YYMMDD or YYYYMMDD): dropped",
        "bad.text:8: record FEB-31: date \"950231\" is not a valid day: dropped",
        "bad.text:11: text outside a record (want a \"YYMMDD ID\" header line): skipped to the next blank line",
        "bad.text:14: record header \"950101\" has no id: record dropped",
        "bad.text:22: record UNREAD-01: unreadable expectation \"{ ARN / GON }\" (want { SOURCE / TARGET / CODE }): "
        "dropped",
        "bad.text:26: record UNREAD-02: unreadable expectation \"{ ARN / GON / 064 / X }\" (want { SOURCE / TARGET / "
        "CODE }): dropped",
        "bad.text:30: record EVDATE-01: event date \"951332\" is not a valid day: dropped",
        "bad.text:35: record OPT-BAD: \"{ OPTION: NOTHING HERE }\" names no command (SET:, DEFAULT:, ...): dropped",
        "bad.text:32: warning: record OPT-BAD: its 1 OPTION setting takes effect from the next record",
    };
    assert_int_equal(log.count, sizeof said / sizeof *said);
    for (size_t i = 0; i < log.count; i++) assert_string_equal(log.messages[i], said[i]);
    assert_int_equal(s.errors, 9);
    assert_int_equal(s.warnings, 1);
    assert_int_equal(s.n_records, 2);
    assert_int_equal(find(&s, "GOOD-01")->line, 16);
    const suite_record *r = find(&s, "GOOD-02");
    assert_int_equal(r->line, 37);
    assert_true(r->expect_no_event);
    /* the setting of the dropped OPT-BAD takes effect here */
    assert_int_equal(r->n_settings, 1);
    check_setting(&r->settings[0], "MINIMUM WORDS", "5");
    suite_free(&s);
    log_free(&log);
    free(data);
}

/* A NUL byte means the file is not text: one error, nothing read. */
static void test_nul(void **state)
{
    (void)state;
    static const char text[] = "950101 A-1\nsome\0text\n/* { ARN / GON / 064 } */\n";
    for (int kind = SUITE_PETRARCH; kind <= SUITE_TABARI; kind++) {
        suite s = {0};
        diag_log log = {0};
        suite_load_memory(&s, (suite_kind)kind, "nul", text, sizeof text - 1, collect, &log);
        assert_int_equal(s.n_records, 0);
        assert_int_equal(s.errors, 1);
        assert_int_equal(log.count, 1);
        assert_string_equal(log.messages[0], "nul:2: NUL byte: not a text file, nothing read from it");
        suite_free(&s);
        log_free(&log);
    }
}

/* No limit on line length or record count. */
static void test_no_limits(void **state)
{
    (void)state;
    const size_t n = 20000, long_len = 300000;
    dbuf t = {0}, x = {0};
    dbuf_puts(&x, "<Sentences>\n");
    for (size_t i = 0; i < n; i++) {
        dbuf_printf(&t, "950101 R-%zu\n", i);
        dbuf_printf(&x, "<Sentence id=\"R-%zu\" date=\"19950101\"><EventCoding noevents=\"True\"/><Text>", i);
        if (i == n / 2)
            for (size_t k = 0; k < long_len; k++) dbuf_putc(&t, 'a' + k % 26), dbuf_putc(&x, 'a' + k % 26);
        else dbuf_puts(&t, "Short text."), dbuf_puts(&x, "Short text.");
        dbuf_puts(&t, "\n/* { ARN / GON / 064 } */\n\n");
        dbuf_puts(&x, "</Text></Sentence>\n");
    }
    dbuf_puts(&x, "</Sentences>\n");
    suite s = {0};
    suite_load_memory(&s, SUITE_TABARI, "big.text", t.data, t.len, quiet, NULL);
    assert_int_equal(s.n_records, n);
    assert_int_equal(s.errors + s.warnings, 0);
    assert_int_equal(strlen(s.records[n / 2].text), long_len);
    assert_int_equal(s.records[n - 1].line, 4 * (n - 1) + 1);
    suite_free(&s);
    suite_load_memory(&s, SUITE_PETRARCH, "big.xml", x.data, x.len, quiet, NULL);
    assert_int_equal(s.n_records, n);
    assert_int_equal(s.errors + s.warnings, 0);
    assert_int_equal(strlen(s.records[n / 2].text), long_len);
    suite_free(&s);
    dbuf_free(&t);
    dbuf_free(&x);
}

/* ---- loading from the file system ----------------------------------------- */

static char *tmp_path(const char *name)
{
    const char *dir = tu_tmpdir();
    char *p = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(p, "%s/%s", dir, name);
    return p;
}

static void expect_failure(const char *path, const char *reason)
{
    suite s;
    char *error = NULL;
    assert_int_equal(suite_load(&s, path, NULL, NULL, &error), -1);
    assert_non_null(error);
    if (!strstr(error, reason)) fail_msg("\"%s\" does not say \"%s\"", error, reason);
    free(error);
    suite_free(&s);
}

static void test_load_failures(void **state)
{
    (void)state;
    expect_failure(FIX "/no-such-suite", "cannot open " FIX "/no-such-suite");
    expect_failure(FIX "/tabari/fixture.verbs", "cannot tell the suite format");

    char *empty = tmp_path("empty");
    mkdir(empty, 0700);
    expect_failure(empty, "no records file in");

    char *two = tmp_path("two");
    mkdir(two, 0700);
    free(tu_write_tmp("two/a.project", "<textfile> a.text\n", 18));
    free(tu_write_tmp("two/b.project", "<textfile> b.text\n", 18));
    expect_failure(two, "several .project files");

    char *xmls = tmp_path("xmls");
    mkdir(xmls, 0700);
    free(tu_write_tmp("xmls/a.xml", "<Sentences/>", 12));
    free(tu_write_tmp("xmls/b.xml", "<Sentences/>", 12));
    expect_failure(xmls, "several .xml files");

    char *none = tmp_path("none");
    mkdir(none, 0700);
    free(tu_write_tmp("none/x_records.xml", "<Sentences></Sentences>", 23));
    expect_failure(none, "no records read from");

    char *notext = tmp_path("notext");
    mkdir(notext, 0700);
    free(tu_write_tmp("notext/v.project", "Title\n<verbsfile> v.verbs\n", 26));
    expect_failure(notext, "names no <textfile>");

    char *missing = tmp_path("missing");
    mkdir(missing, 0700);
    free(tu_write_tmp("missing/v.project", "<textfile> gone.text\n", 21));
    expect_failure(missing, "cannot open");

    /* a project naming a dictionary that is not there: a warning, the suite loads */
    char *warn = tmp_path("warn");
    mkdir(warn, 0700);
    static const char project[] = "Title\n<verbsfile> absent.verbs\n<textfile> w.text\n";
    static const char text[] = "950101 W-01\nText.\n/* { ARN / GON / 064 } */\n";
    free(tu_write_tmp("warn/w.project", project, sizeof project - 1));
    free(tu_write_tmp("warn/w.text", text, sizeof text - 1));
    suite s;
    char *error = NULL;
    diag_log log = {0};
    assert_int_equal(suite_load(&s, warn, collect, &log, &error), 0);
    assert_int_equal(s.n_records, 1);
    assert_int_equal(s.warnings, 1);
    assert_int_equal(log.count, 1);
    assert_true(strstr(log.messages[0], "/w.project:2: warning: verbs file \"") != NULL);
    assert_true(ends_with(log.messages[0], "/absent.verbs\" not found"));
    assert_int_equal(s.n_verbs, 1); /* still listed: the runner reports it when it opens it */
    suite_free(&s);
    log_free(&log);

    /* a records file named directly */
    assert_int_equal(suite_load(&s, FIX "/petrarch/fixture_records.xml", NULL, NULL, &error), 0);
    assert_int_equal(s.n_records, 6);
    assert_string_equal(s.dir, FIX "/petrarch");
    suite_free(&s);
    assert_int_equal(suite_load(&s, FIX "/tabari/fixture.project", NULL, NULL, &error), 0);
    assert_int_equal(s.n_records, 13);
    suite_free(&s);
    free(empty), free(two), free(xmls), free(none), free(notext), free(missing), free(warn);
}

/* ---- the real suites ------------------------------------------------------ */

/* Settings in force: key -> value, in the order first set. */
typedef struct {
    const char *key[64], *value[64];
    size_t n;
} settings_now;

static void apply(settings_now *now, const suite_setting *set, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < now->n && strcmp(now->key[k], set[i].key) != 0) k++;
        if (k == now->n) {
            assert_true(now->n < 64);
            now->key[now->n++] = set[i].key;
        }
        now->value[k] = set[i].value;
    }
}

static const char *json_str(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void compare_with_jsonl(const char *dir)
{
    char path[256];
    snprintf(path, sizeof path, SHARED "/%s", dir);
    suite s;
    char *error = NULL;
    diag_log log = {0};
    assert_int_equal(suite_load(&s, path, collect, &log, &error), 0);
    assert_int_equal(log.count, 0); /* both suites are well-formed */
    assert_int_equal(s.kind, SUITE_PETRARCH);
    assert_int_equal(s.n_verbs, 1);
    assert_int_equal(s.n_actors, 1);
    assert_int_equal(s.n_agents, 1);
    assert_int_equal(s.n_discards, 1);
    assert_true(tu_exists(s.verbs[0]) && tu_exists(s.actors[0]) && tu_exists(s.agents[0]) && tu_exists(s.discards[0]));

    snprintf(path, sizeof path, SHARED "/%s/records.jsonl", dir);
    char *jsonl = tu_read_file(path, NULL);
    assert_non_null(jsonl);
    settings_now now = {0};
    apply(&now, s.settings, s.n_settings);
    size_t i = 0, evaluated = 0, events = 0, with_settings = 0;
    for (char *line = strtok(jsonl, "\n"); line; line = strtok(NULL, "\n"), i++) {
        cJSON *o = cJSON_Parse(line);
        assert_non_null(o);
        assert_true(i < s.n_records);
        const suite_record *r = &s.records[i];
        const char *id = json_str(o, "id");
        if (!id || strcmp(id, r->id) != 0) fail_msg("record %zu: %s in the JSONL, %s loaded", i, id, r->id);
        assert_string_equal(r->category, json_str(o, "category"));
        assert_int_equal(r->date, atol(json_str(o, "date")));
        assert_string_equal(r->text, json_str(o, "text"));
        assert_int_equal(r->line, (size_t)cJSON_GetObjectItem(o, "line")->valuedouble);
        assert_int_equal(r->expect_no_event, cJSON_IsTrue(cJSON_GetObjectItem(o, "expect_no_event")));
        assert_int_equal(r->evaluate, cJSON_IsTrue(cJSON_GetObjectItem(o, "evaluate")));
        const char *err = json_str(o, "expected_error");
        if (err) assert_string_equal(r->expected_error, err);
        else assert_null(r->expected_error);

        const cJSON *exp = cJSON_GetObjectItem(o, "expected");
        assert_int_equal(r->n_expected, (size_t)cJSON_GetArraySize(exp));
        for (size_t k = 0; k < r->n_expected; k++) {
            const cJSON *e = cJSON_GetArrayItem(exp, (int)k);
            check_event(&r->expected[k], json_str(e, "source"), json_str(e, "target"), json_str(e, "code"), 0);
        }
        const cJSON *changes = cJSON_GetObjectItem(o, "config_changes");
        assert_int_equal(r->n_settings, (size_t)cJSON_GetArraySize(changes));
        for (size_t k = 0; k < r->n_settings; k++) {
            const cJSON *c = cJSON_GetArrayItem(changes, (int)k);
            check_setting(&r->settings[k], json_str(c, "option"), json_str(c, "value"));
        }
        /* "config" lists what is in force (values other than the defaults):
         * each must agree with the <Environment> settings and the changes so far */
        apply(&now, r->settings, r->n_settings);
        const cJSON *c;
        cJSON_ArrayForEach(c, cJSON_GetObjectItem(o, "config"))
        {
            size_t k = 0;
            while (k < now.n && strcmp(now.key[k], c->string) != 0) k++;
            if (k == now.n) fail_msg("%s: %s in force by the JSONL, never set", r->id, c->string);
            assert_string_equal(now.value[k], c->valuestring);
        }
        evaluated += r->evaluate;
        events += r->n_expected;
        with_settings += r->n_settings > 0;
        cJSON_Delete(o);
    }
    assert_int_equal(i, s.n_records);
    print_message("%s: %zu records, %zu evaluated, %zu expected events, %zu records with settings\n", dir,
                  s.n_records, evaluated, events, with_settings);
    free(jsonl);
    suite_free(&s);
    log_free(&log);
}

/* JSON Lines records (data/eval/dev.jsonl's format): good records, and each
 * kind of bad line reported with its line and skipped. */
static void test_jsonl(void **state)
{
    (void)state;
    static const char text[] =
        "{\"id\": \"A-1\", \"date\": \"2025-03-04\", \"category\": \"05\", \"text\": \"Kenya praised Uganda.\", "
        "\"expected\": [{\"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"051\"}]}\n"
        "\n"
        "not json\n"
        "{\"id\": \"A-3\", \"date\": \"2025-03-04\"}\n"
        "{\"id\": \"A-4\", \"date\": \"20250304\", \"text\": \"x\", \"expected\": [{\"source\": \"KEN\"}]}\n"
        "{\"id\": \"B-5\", \"date\": \"20250305\", \"text\": \"Rain fell.\", \"expected\": [], \"expect_no_event\": true, "
        "\"evaluate\": false, \"config_changes\": [{\"option\": \"require_dyad\", \"value\": \"false\"}]}\n";
    suite s = {0};
    diag_log log = {0};
    suite_load_memory(&s, SUITE_JSONL, "t.jsonl", text, strlen(text), collect, &log);
    assert_int_equal(s.n_records, 2);
    assert_int_equal(s.errors, 3);
    assert_true(logged(&log, "t.jsonl:3:"));
    assert_true(logged(&log, "t.jsonl:4: record A-3"));
    assert_true(logged(&log, "t.jsonl:5: record A-4"));
    const suite_record *a = find(&s, "A-1");
    assert_int_equal(a->date, 20250304);
    assert_string_equal(a->category, "05");
    assert_int_equal(a->n_expected, 1);
    check_event(&a->expected[0], "KEN", "UGA", "051", 0);
    assert_int_equal(a->evaluate, 1);
    const suite_record *b = find(&s, "B-5");
    assert_int_equal(b->expect_no_event, 1);
    assert_int_equal(b->evaluate, 0);
    assert_int_equal(b->n_settings, 1);
    check_setting(&b->settings[0], "require_dyad", "false");
    assert_string_equal(b->category, "B"); /* none given: from the id */
    suite_free(&s);
    log_free(&log);
}

static void test_petrarch2_validate(void **state)
{
    (void)state;
    if (!tu_exists(SHARED "/petrarch2-validate/records.jsonl")) skip();
    compare_with_jsonl("petrarch2-validate");
}

static void test_petrarch_unittest(void **state)
{
    (void)state;
    if (!tu_exists(SHARED "/petrarch-unittest/records.jsonl")) skip();
    compare_with_jsonl("petrarch-unittest");
}

/* Record headers counted independently: a line after a blank line (or the
 * start) that begins with a digit. */
static size_t count_headers(const char *text)
{
    size_t n = 0;
    int after_blank = 1;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        size_t k = 0;
        while (k < len && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r')) k++;
        if (k == len) after_blank = 1;
        else if (p[0] != '#') {
            if (after_blank && p[0] >= '0' && p[0] <= '9') n++;
            after_blank = 0;
        }
        p = nl ? nl + 1 : p + len;
    }
    return n;
}

static void test_tabari_validate(void **state)
{
    (void)state;
    if (!tu_exists(SHARED "/tabari-validate/Validate.project")) skip();
    suite s;
    char *error = NULL;
    diag_log log = {0};
    assert_int_equal(suite_load(&s, SHARED "/tabari-validate", collect, &log, &error), 0);
    assert_int_equal(s.kind, SUITE_TABARI);
    assert_true(ends_with(s.records_file, "/Validate.text"));
    assert_true(s.n_verbs == 1 && ends_with(s.verbs[0], "/TABARI.Demo.verbs"));
    assert_true(s.n_actors == 1 && ends_with(s.actors[0], "/TABARI.Demo.actors"));
    assert_true(s.n_agents == 1 && ends_with(s.agents[0], "/Validate.agents"));
    assert_true(s.n_options == 1 && ends_with(s.options[0], "/Validate.options"));

    /* two headers with 7- and 9-digit dates are dropped; the slips the
     * loader repairs are warnings */
    assert_int_equal(s.errors, 2);
    assert_true(logged(&log, "Validate.text:1060: record ACTORSYN-01: date \"9501201\" has 7 digits"));
    assert_true(logged(&log, "Validate.text:3397: record YYYY-03: date \"186010029\" has 9 digits"));
    assert_int_equal(s.warnings, 11);
    assert_true(logged(&log, "Validate.text:2333: warning: record COMPOUND-06: comment \"/*\" not closed"));
    assert_true(logged(&log, "Validate.text:2935: warning: date repeated in the record header"));
    assert_true(logged(&log, "Validate.text:3094: warning: record DEBUG-11 expects 4 events and also"));

    char *text = tu_read_file(SHARED "/tabari-validate/Validate.text", NULL);
    assert_int_equal(count_headers(text), s.n_records + 2);
    free(text);

    size_t evaluated = 0, events = 0, with_settings = 0, settings = 0, no_event = 0;
    for (size_t i = 0; i < s.n_records; i++) {
        const suite_record *r = &s.records[i];
        if (r->evaluate) evaluated++, events += r->n_expected, no_event += r->expect_no_event;
        with_settings += r->n_settings > 0;
        settings += r->n_settings;
    }
    print_message("tabari-validate: %zu records, %zu evaluated, %zu expected events in them, %zu records with "
                  "settings (%zu settings)\n",
                  s.n_records, evaluated, events, with_settings, settings);
    assert_int_equal(s.n_records, 479);
    assert_int_equal(evaluated, 441);
    assert_int_equal(events, 518);
    assert_int_equal(no_event, 43);
    assert_int_equal(with_settings, 23);

    /* records read by hand */
    const suite_record *r = find(&s, "DEMO-01");
    assert_int_equal(r->line, 36);
    assert_int_equal(r->date, 19950101);
    assert_string_equal(r->category, "DEMO");
    assert_string_equal(r->text, "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
                                 "crowds trashed its embassy, a senior official said on Saturday.");
    assert_int_equal(r->n_expected, 1);
    check_event(&r->expected[0], "ARN", "GON", "064", 0);
    assert_true(r->evaluate);

    r = find(&s, "DEMO-04");
    assert_int_equal(r->n_expected, 2);
    check_event(&r->expected[0], "DAG", "GON", "032", 19950103);
    check_event(&r->expected[1], "GON", "DAG", "033", 19950103);

    r = find(&s, "DEMO-05"); /* its only expectation is "-{ARN / GON / 064 }" */
    assert_int_equal(r->n_expected, 0);
    assert_false(r->evaluate);

    r = find(&s, "DEMO-13"); /* the comment opens at the end of a text line */
    assert_string_equal(r->text, "Arnor on Thursday signed an 800 million ducat trade protocol for 1990 with Dagolath, "
                                 "its biggest trading partner, officials said.");
    check_event(&r->expected[0], "ARN", "DAG", "085", 19950113);

    r = find(&s, "PATTERN-26"); /* four events, two of them after the comment's first end */
    assert_int_equal(r->n_expected, 4);
    check_event(&r->expected[3], "FOR", "GON", "045", 0);

    r = find(&s, "COMPOUND-07"); /* seven listed, the -{ --- / --- / 000 } switched off */
    assert_int_equal(r->n_expected, 7);
    check_event(&r->expected[6], "BIL", "OSG", "041", 0);

    r = find(&s, "AGENTS-11"); /* "950101  950101  AGENTS-11" */
    assert_int_equal(r->n_expected, 2);
    check_event(&r->expected[1], "USAGOV", "ARN", "064", 0);

    r = find(&s, "TIME-05"); /* a time shift: the event is dated before the story */
    assert_int_equal(r->date, 19950103);
    check_event(&r->expected[0], "DAG", "GON", "032", 19941204);

    r = find(&s, "YYYY-01");
    assert_int_equal(r->date, 20150607);
    r = find(&s, "MISC-01");
    assert_int_equal(r->date, 19830809);
    assert_false(r->evaluate); /* after FINAL-01 */

    r = find(&s, "VERBEND-01c");
    assert_true(r->expect_no_event);
    assert_null(r->expected_error);
    assert_true(r->evaluate);
    assert_string_equal(find(&s, "NOUNEND-05")->expected_error, "complex");
    assert_string_equal(find(&s, "DISCARD-1")->expected_error, "discard");
    r = find(&s, "DEBUG-11");
    assert_int_equal(r->n_expected, 4);
    assert_string_equal(r->expected_error, "complex");

    r = find_nth(&s, "VERBEND-04b", 1); /* ids repeat; both records are kept */
    assert_string_equal(r->text, "Estonia armed Libya almost five years after crowds trashed its embassy, a senior "
                                 "official said on Saturday.");

    assert_false(find(&s, "START-00")->evaluate);
    r = find(&s, "FINAL-01");
    assert_false(r->evaluate);
    assert_true(find(&s, "DEBUG-08b")->evaluate); /* before it */
    for (const suite_record *q = r; q < s.records + s.n_records; q++) assert_false(q->evaluate);

    /* every OPTION setting, in order, as read by hand from the file */
    static const char *const options[][3] = {
        {"TIME-Modify", "TIME SHIFT", "FALSE"},
        {"CONV-Modify", "CONVERT AGENT", "TRUE"},
        {"CONV-Restore", "CONVERT AGENT", "FALSE"},
        {"DEFAULT-CMD01", "DEFAULT", "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"},
        {"DEFAULT-CMD01", "COMPLEX", "VERBS[5] CONJ[4] EXPLAIN"},
        {"DEFAULT-CMD02", "DEFAULT", "OFF"},
        {"DEFAULT-CMD02", "DEFAULT", "SOURCE [DEFSRC] TARGET [DEFTAR] AFTER"},
        {"DEFAULT-CMD02", "DEFAULT", "OFF"},
        {"DEFAULT-CMD02", "DEFAULT", "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]"},
        {"DEFAULT-CMD04", "DEFAULT", "OFF"},
        {"DEFAULT-CMD04", "COMPLEX", "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"},
        {"YYYY-Initiate", "YYYY", "TRUE"},
        {"YYYY-Cancel", "YYYY", "FALSE"},
        {"TIME-Modify", "TIME SHIFT", "TRUE"},
        {"TIME-Cancel", "TIME SHIFT", "FALSE"},
        {"CODEBY-Modify", "CODE", "BY SENTENCE"},
        {"CODEBY-Modify", "CODE", "ALL"},
        {"CODEBY-Cancel", "CODE", "BY CLAUSE"},
        {"FRWD-Initialize", "FORWARD", "^^*****NNN*SSS"},
        {"FRWD-Initialize", "OUTPUT", "ID STORY SENT"},
        {"FRWD-Initialize", "DEFAULT", "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"},
        {"FRWD-Initialize", "COMPLEX", "VERBS[5] CONJ[4] EXPLAIN"},
        {"FRWD-Modify", "DEFAULT", "OFF"},
        {"FRWD-Modify", "COMPLEX", "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"},
        {"FRWD-Cancel", "FORWARD", "^^*****NNN*SSS OFF"},
        {"COMMA-Change", "COMMA", "MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8"},
        {"COMMA-Change", "COMMA", "OFF"},
        {"COMMA-Cancel", "COMMA", "MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0"},
        {"MINWRD-ACTIVATE", "MINIMUM WORDS", "4"},
        {"MINWRD-Reset", "MINIMUM WORDS", "20"},
        {"MINWRD-Cancel", "MINIMUM WORDS", "8"},
    };
    size_t k = 0;
    for (size_t i = 0; i < s.n_records; i++) {
        r = &s.records[i];
        for (size_t j = 0; j < r->n_settings; j++, k++) {
            assert_true(k < sizeof options / sizeof *options);
            assert_string_equal(r->id, options[k][0]);
            check_setting(&r->settings[j], options[k][1], options[k][2]);
        }
        if (r->n_settings) assert_false(r->evaluate); /* OPTION records are not tests */
    }
    assert_int_equal(k, sizeof options / sizeof *options);
    suite_free(&s);
    log_free(&log);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_petrarch_fixture), cmocka_unit_test(test_petrarch_by_name),
        cmocka_unit_test(test_petrarch_bad),     cmocka_unit_test(test_tabari_fixture),
        cmocka_unit_test(test_tabari_bad),       cmocka_unit_test(test_nul),
        cmocka_unit_test(test_no_limits),        cmocka_unit_test(test_load_failures),
        cmocka_unit_test(test_petrarch2_validate), cmocka_unit_test(test_petrarch_unittest),
        cmocka_unit_test(test_tabari_validate), cmocka_unit_test(test_jsonl),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
