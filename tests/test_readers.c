/* test_readers.c - the four input readers, format detection, dates and the
 * document layer's handling of bad text: good records come through with
 * their fields, bad ones are reported on one line naming file and line, and
 * reading goes on with the next record. */
#include "testutil.h"

#include "dyad.h"

/* ---- a reader over memory that keeps every message ---------------------- */

typedef struct {
    char *ids[64], *dates[64], *texts[64];
    size_t n, rejected;
    diag_log log;
} read_result;

static void read_all(const char *data, size_t len, const char *name, dyad_format format,
                     const char *default_date, read_result *res)
{
    memset(res, 0, sizeof *res);
    dyad_reader_options opt = {format, default_date, collect, &res->log};
    dyad_reader *r = dyad_reader_open_memory(data, len, name, &opt);
    dyad_article a;
    dyad_read_status st;
    while ((st = dyad_reader_next(r, &a)) != DYAD_READ_END) {
        assert_int_not_equal(st, DYAD_READ_IO_ERROR);
        if (st != DYAD_READ_ARTICLE || res->n == 64) continue;
        res->ids[res->n] = strdup(a.id);
        res->dates[res->n] = a.date ? strdup(a.date) : NULL;
        res->texts[res->n] = strndup(a.text, a.text_len);
        res->n++;
    }
    res->rejected = dyad_reader_rejected(r);
    dyad_reader_close(r);
}

static void result_free(read_result *res)
{
    for (size_t i = 0; i < res->n; i++) free(res->ids[i]), free(res->dates[i]), free(res->texts[i]);
    log_free(&res->log);
}

#define READ(str, name, fmt, date, res) read_all(str, sizeof(str) - 1, name, fmt, date, res)

/* ---- JSON Lines ---------------------------------------------------------- */

static void jsonl_good_records(void **state)
{
    (void)state;
    static const char in[] =
        "{\"id\": \"a1\", \"date\": \"2024-03-05\", \"text\": \"Kenya hosted talks.\", \"title\": \"T\", \"extra\": [1]}\n"
        "\n"
        "{\"id\": 17, \"date\": \"20240306\", \"text\": \"Second \\u00e9 text.\", \"url\": null}\r\n"
        "   \n";
    read_result r;
    READ(in, "in.jsonl", DYAD_FORMAT_AUTO, NULL, &r);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.rejected, 0);
    assert_string_equal(r.ids[0], "a1");
    assert_string_equal(r.dates[0], "2024-03-05");
    assert_string_equal(r.texts[0], "Kenya hosted talks.");
    assert_string_equal(r.ids[1], "17");
    assert_string_equal(r.dates[1], "2024-03-06");
    assert_string_equal(r.texts[1], "Second \xc3\xa9 text.");
    assert_int_equal(r.log.count, 0);
    result_free(&r);
}

static void jsonl_bad_records_are_reported_and_skipped(void **state)
{
    (void)state;
    static const char in[] =
        "{\"id\": \"ok1\", \"date\": \"2024-01-01\", \"text\": \"One.\"}\n"        /* 1 */
        "{\"id\": \"broken\", \"date\": \n"                                      /* 2 invalid JSON */
        "{\"id\": \"nt\", \"date\": \"2024-01-01\"}\n"                           /* 3 missing text */
        "{\"date\": \"2024-01-01\", \"text\": \"x\"}\n"                          /* 4 missing id */
        "{\"id\": \"bd\", \"date\": \"2024-02-30\", \"text\": \"x\"}\n"          /* 5 bad date */
        "{\"id\": \"u8\", \"date\": \"2024-01-01\", \"text\": \"bad \xff byte\"}\n" /* 6 invalid UTF-8 */
        "[1, 2, 3]\n"                                                            /* 7 not an object */
        "{\"id\": \"nul\", \"date\": \"2024-01-01\", \"text\": \"a\\u0000b\"}\n" /* 8 NUL escape */
        "{\"id\": [1], \"date\": \"2024-01-01\", \"text\": \"x\"}\n"             /* 9 bad id type */
        "{\"id\": \"tt\", \"date\": \"2024-01-01\", \"text\": 5}\n"              /* 10 bad text type */
        "{\"id\": \"ok2\", \"date\": \"2024-01-02\", \"text\": \"Two.\"}\n";     /* 11 */
    read_result r;
    READ(in, "articles.jsonl", DYAD_FORMAT_JSONL, NULL, &r);
    assert_int_equal(r.n, 2);
    assert_string_equal(r.ids[0], "ok1");
    assert_string_equal(r.ids[1], "ok2");
    assert_int_equal(r.rejected, 9);
    assert_int_equal(r.log.count, 9);
    assert_true(logged(&r.log, "articles.jsonl:2: invalid JSON"));
    assert_true(logged(&r.log, "articles.jsonl:3: record nt: missing field \"text\""));
    assert_true(logged(&r.log, "articles.jsonl:4: missing field \"id\""));
    assert_true(logged(&r.log, "articles.jsonl:5: record bd: unparseable date \"2024-02-30\""));
    assert_true(logged(&r.log, "articles.jsonl:6: invalid UTF-8"));
    assert_true(logged(&r.log, "articles.jsonl:7: expected a JSON object"));
    assert_true(logged(&r.log, "articles.jsonl:8: a string contains a NUL character"));
    assert_true(logged(&r.log, "articles.jsonl:9: field \"id\" must be"));
    assert_true(logged(&r.log, "articles.jsonl:10: record tt: field \"text\" must be a string"));
    for (size_t i = 0; i < r.log.count; i++) assert_null(strchr(r.log.messages[i], '\n'));
    result_free(&r);
}

static void jsonl_raw_nul_byte(void **state)
{
    (void)state;
    static const char in[] = "{\"id\": \"a\", \"text\": \"x\0y\"}\n{\"id\": \"b\", \"date\": \"2024-01-01\", \"text\": \"ok\"}\n";
    read_result r;
    READ(in, "nul.jsonl", DYAD_FORMAT_JSONL, NULL, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.rejected, 1);
    assert_true(logged(&r.log, "nul.jsonl:1: NUL byte at column 23"));
    result_free(&r);
}

static void jsonl_default_date(void **state)
{
    (void)state;
    static const char in[] = "{\"id\": \"a\", \"text\": \"x\"}\n";
    read_result r;
    READ(in, "d.jsonl", DYAD_FORMAT_JSONL, "2023-07-01", &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.dates[0], "2023-07-01");
    result_free(&r);
    READ(in, "d.jsonl", DYAD_FORMAT_JSONL, NULL, &r);
    assert_int_equal(r.n, 1);
    assert_null(r.dates[0]);
    result_free(&r);
}

/* News feeds often give a timestamp: its date is taken as written. */
static void jsonl_timestamps_give_their_date(void **state)
{
    (void)state;
    static const char in[] =
        "{\"id\": \"t1\", \"date\": \"2024-03-05T23:30:00Z\", \"text\": \"x\"}\n"
        "{\"id\": \"t2\", \"date\": \"2024-03-06 08:15\", \"text\": \"x\"}\n"
        "{\"id\": \"t3\", \"date\": \"2024-03-07Tnonsense\", \"text\": \"x\"}\n";
    read_result r;
    READ(in, "ts.jsonl", DYAD_FORMAT_JSONL, NULL, &r);
    assert_int_equal(r.n, 2);
    assert_string_equal(r.dates[0], "2024-03-05");
    assert_string_equal(r.dates[1], "2024-03-06");
    assert_true(logged(&r.log, "ts.jsonl:3: record t3: unparseable date"));
    result_free(&r);
}

static void empty_input_is_reported(void **state)
{
    (void)state;
    static const dyad_format formats[] = {DYAD_FORMAT_JSONL, DYAD_FORMAT_TEXT, DYAD_FORMAT_PETRARCH_XML,
                                          DYAD_FORMAT_TABARI, DYAD_FORMAT_AUTO};
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        read_result r;
        read_all("", 0, "empty.in", formats[i], NULL, &r);
        assert_int_equal(r.n, 0);
        assert_int_equal(r.rejected, 1);
        assert_true(logged(&r.log, "empty.in:1: no records: the input is empty"));
        result_free(&r);
    }
}

/* A 50 MB article on one JSON line is read whole and analysed. */
static void jsonl_fifty_megabyte_article(void **state)
{
    (void)state;
    static const char sentence[] = "Kenyan police arrested 12 protesters in Nairobi on Monday. ";
    size_t target = 50u << 20, slen = sizeof sentence - 1;
    size_t count = target / slen + 1;
    const char *head = "{\"id\": \"big\", \"date\": \"2024-05-01\", \"text\": \"";
    size_t hlen = strlen(head), len = hlen + count * slen + 3;
    char *line = malloc(len + 1);
    memcpy(line, head, hlen);
    for (size_t i = 0; i < count; i++) memcpy(line + hlen + i * slen, sentence, slen);
    memcpy(line + hlen + count * slen, "\"}\n", 4);
    read_result r;
    read_all(line, len, "big.jsonl", DYAD_FORMAT_JSONL, NULL, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.rejected, 0);
    assert_true(strlen(r.texts[0]) >= target);
    dyad_doc *doc = dyad_doc_new();
    assert_int_equal(dyad_doc_analyse(doc, r.texts[0], strlen(r.texts[0])), 0);
    size_t ns, nt;
    dyad_doc_sentences(doc, &ns);
    dyad_doc_tokens(doc, &nt);
    assert_int_equal(ns, count);
    assert_int_equal(nt, count * 10); /* 9 words and the full stop */
    dyad_doc_free(doc);
    result_free(&r);
    free(line);
}

/* ---- plain text ---------------------------------------------------------- */

static void text_whole_file_is_one_article(void **state)
{
    (void)state;
    static const char in[] = "NAIROBI (Reuters) - Kenya protested.\n\nIt was loud.\n";
    read_result r;
    READ(in, "some/dir/story.txt", DYAD_FORMAT_TEXT, "2024-09-09", &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.ids[0], "story.txt");
    assert_string_equal(r.dates[0], "2024-09-09");
    assert_string_equal(r.texts[0], in);
    result_free(&r);
}

static void text_with_nul_bytes_is_rejected(void **state)
{
    (void)state;
    static const char in[] = "line one\nline two \0 with nul\n";
    read_result r;
    READ(in, "bin.txt", DYAD_FORMAT_TEXT, NULL, &r);
    assert_int_equal(r.n, 0);
    assert_int_equal(r.rejected, 1);
    assert_true(logged(&r.log, "bin.txt:2: record bin.txt: NUL byte in text"));
    result_free(&r);
}

/* ---- PETRARCH XML -------------------------------------------------------- */

static void xml_records_and_malformations(void **state)
{
    (void)state;
    static const char in[] =
        "<?xml version='1.0' encoding='utf-8'?>\n"
        "<Validation>\n"
        "<!-- header comment that quotes <!-- a nested comment --> and goes on\n"
        "<Sentence date=\"19990101\" id=\"COMMENTED\"><Text>not a record</Text></Sentence>\n"
        "-->\n"
        "<Sentence category=\"DEMO\" date=\"19950101\" id=\"DEMO-01\" evaluate=\"true\">\n"
        "<!-- comment inside -->\n"
        "<EventCoding eventcode=\"050\" sourcecode=\"ARN\" targetcode=\"GON\" />\n"
        "<Text>\nArnor &amp; Gondor &#233;&#x41; met\n<!-- c --> today.\n</Text>\n"
        "<Parse>1\tArnor</Parse></Sentence>\n"
        "<Sentence date='19950102' id='NOEND'>\n<Text>Unclosed record.</Text>\n"
        "<Sentence date=\"19950103\" id=\"SELF\"/>\n"
        "<Sentence date=\"19950104\"><Text>No id.</Text></Sentence>\n"
        "<Sentence date=\"1995013x\" id=\"BADDATE\"><Text>x</Text></Sentence>\n"
        "<Sentence date=\"19950105\" id=\"NOTEXT\"></Sentence>\n"
        "<Sentence date=\"19950106\" id=\"CDATA\"><Text><![CDATA[A <b> & c]]></Text></Sentence>\n"
        "</Validation>\n";
    read_result r;
    READ(in, "v.xml", DYAD_FORMAT_AUTO, NULL, &r);
    assert_int_equal(r.n, 3);
    assert_string_equal(r.ids[0], "DEMO-01");
    assert_string_equal(r.dates[0], "1995-01-01");
    assert_string_equal(r.texts[0], "\nArnor & Gondor \xc3\xa9" "A met\n today.\n");
    assert_string_equal(r.ids[1], "NOEND");
    assert_string_equal(r.texts[1], "Unclosed record.");
    assert_string_equal(r.ids[2], "CDATA");
    assert_string_equal(r.texts[2], "A <b> & c");
    assert_int_equal(r.rejected, 4);
    assert_true(logged(&r.log, "v.xml:14: record NOEND: no </Sentence>"));
    assert_true(logged(&r.log, "v.xml:16: record SELF: empty <Sentence/> element"));
    assert_true(logged(&r.log, "v.xml:17: <Sentence> without an id attribute"));
    assert_true(logged(&r.log, "v.xml:18: record BADDATE: unparseable date"));
    assert_true(logged(&r.log, "v.xml:19: record NOTEXT: no <Text> element"));
    result_free(&r);
}

static void xml_unterminated_record(void **state)
{
    (void)state;
    static const char in[] = "<Sentence date=\"19950101\" id=\"CUT\"><Text>Cut off";
    read_result r;
    READ(in, "cut.xml", DYAD_FORMAT_AUTO, NULL, &r);
    assert_int_equal(r.n, 0);
    assert_int_equal(r.rejected, 1);
    assert_true(logged(&r.log, "cut.xml:1: record CUT: unterminated <Sentence>"));
    result_free(&r);
}

/* ---- TABARI -------------------------------------------------------------- */

static void tabari_records(void **state)
{
    (void)state;
    static const char in[] =
        "##########\n# header comment\n##########\n\n"
        "950101  DEMO-01\nArnor is about to restore full diplomatic ties with Gondor\n"
        "almost five years later.\n/*\\n----\n\\n{ ARN / GON / 064 } */\n\\n{ ARN / ELF / 064 } */\n\n"
        "20240305 LONG-01 extra fields\nShort.\n\n"
        "This line is outside any record.\n\n"
        "951332  BAD-DATE\nText.\n\n"
        "000102  Y2K\nLast record without a blank line.";
    read_result r;
    READ(in, "v.text", DYAD_FORMAT_AUTO, NULL, &r);
    assert_int_equal(r.n, 3);
    assert_string_equal(r.ids[0], "DEMO-01");
    assert_string_equal(r.dates[0], "1995-01-01");
    assert_string_equal(r.texts[0], "Arnor is about to restore full diplomatic ties with Gondor\nalmost five years later.");
    assert_string_equal(r.ids[1], "LONG-01");
    assert_string_equal(r.dates[1], "2024-03-05");
    assert_string_equal(r.ids[2], "Y2K");
    assert_string_equal(r.dates[2], "2000-01-02");
    assert_int_equal(r.rejected, 2);
    assert_true(logged(&r.log, "v.text:15: text outside a record"));
    assert_true(logged(&r.log, "v.text:17: record BAD-DATE: unparseable date \"951332\""));
    result_free(&r);
}

/* TABARI cut lines at 255 characters and records at 2,048; dyad does not. */
static void tabari_no_length_limits(void **state)
{
    (void)state;
    size_t words = 5000;
    char *in = malloc(32 + words * 8);
    size_t n = (size_t)sprintf(in, "240101 LONG\n");
    for (size_t i = 0; i < words; i++) n += (size_t)sprintf(in + n, "Gondor ");
    n += (size_t)sprintf(in + n, "protested.\n\n");
    read_result r;
    read_all(in, n, "long.tabari", DYAD_FORMAT_AUTO, NULL, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(strlen(r.texts[0]), words * 7 + strlen("protested."));
    result_free(&r);
    free(in);
}

/* ---- format detection and dates ----------------------------------------- */

static void format_detection(void **state)
{
    (void)state;
    static const struct {
        const char *name, *content;
        dyad_format want;
    } cases[] = {
        {"a.jsonl", "anything", DYAD_FORMAT_JSONL},
        {"a.ndjson", "x", DYAD_FORMAT_JSONL},
        {"a.xml", "x", DYAD_FORMAT_PETRARCH_XML},
        {"a.tabari", "x", DYAD_FORMAT_TABARI},
        {"-", "\xEF\xBB\xBF  {\"id\": 1}", DYAD_FORMAT_JSONL},
        {"a.dat", "\n<Validation>", DYAD_FORMAT_PETRARCH_XML},
        {"Validate.text", "# comment\n#\n950101  DEMO-01\ntext\n", DYAD_FORMAT_TABARI},
        {"story", "WASHINGTON (AP) -- The president spoke.", DYAD_FORMAT_TEXT},
        {"story", "2024 was a year of elections.", DYAD_FORMAT_TEXT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_reader_options opt = {0};
        dyad_reader *r = dyad_reader_open_memory(cases[i].content, strlen(cases[i].content), cases[i].name, &opt);
        if (dyad_reader_format(r) != cases[i].want)
            fail_msg("%s: detected %s, want %s", cases[i].name, dyad_format_name(dyad_reader_format(r)),
                     dyad_format_name(cases[i].want));
        dyad_reader_close(r);
    }
    dyad_format f;
    assert_int_equal(dyad_format_from_name("petrarch-xml", &f), 0);
    assert_int_equal(f, DYAD_FORMAT_PETRARCH_XML);
    assert_int_equal(dyad_format_from_name("csv", &f), -1);
}

static void date_parsing(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"2024-02-29", "2024-02-29"}, {"20240229", "2024-02-29"}, {"950101", "1995-01-01"},
        {"490615", "2049-06-15"},     {"500615", "1950-06-15"},   {"2000-02-29", "2000-02-29"},
        {"2023-02-29", NULL},         {"1900-02-29", NULL},       {"2024-13-01", NULL},
        {"2024-00-10", NULL},         {"2024-04-31", NULL},       {"2024-4-1", NULL},
        {"24-04-01", NULL},           {"", NULL},                 {"2024/04/01", NULL},
        {"20240401x", NULL},          {"0000-01-01", NULL},       {"9999-12-31", "9999-12-31"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[11];
        int rc = dyad_date_parse(cases[i].in, strlen(cases[i].in), out);
        if (cases[i].want) {
            assert_int_equal(rc, 0);
            assert_string_equal(out, cases[i].want);
        } else if (rc == 0) {
            fail_msg("\"%s\" parsed as %s", cases[i].in, out);
        }
    }
}

/* ---- document layer: bad text, normalisation ----------------------------- */

static void doc_rejects_bad_text(void **state)
{
    (void)state;
    dyad_doc *doc = dyad_doc_new();
    static const char *const bad[] = {"ok \xff bad", "ok \xc3", "\xed\xa0\x80 surrogate", "\xc0\xaf overlong",
                                      "\xf4\x90\x80\x80 too big"};
    static const size_t offsets[] = {3, 3, 0, 0, 0};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(dyad_doc_analyse(doc, bad[i], strlen(bad[i])), -1);
        char want[64];
        snprintf(want, sizeof want, "invalid UTF-8 at byte %zu", offsets[i]);
        assert_non_null(strstr(dyad_doc_error(doc), want));
    }
    assert_int_equal(dyad_doc_analyse(doc, "a\0b", 3), -1);
    assert_non_null(strstr(dyad_doc_error(doc), "NUL"));
    assert_int_equal(dyad_doc_analyse(doc, "Fine.", 5), 0);
    assert_null(dyad_doc_error(doc));
    dyad_doc_free(doc);
}

static void doc_normalises_to_nfc(void **state)
{
    (void)state;
    dyad_doc *doc = dyad_doc_new();
    static const char in[] = "Erdog\xcc\x86" "an met Ce\xcc\x81sar in S\xc3\xa3o Paulo.";
    assert_int_equal(dyad_doc_analyse(doc, in, sizeof in - 1), 0);
    size_t len;
    const char *text = dyad_doc_text(doc, &len);
    assert_string_equal(text, "Erdo\xc4\x9f" "an met C\xc3\xa9sar in S\xc3\xa3o Paulo.");
    size_t nt;
    const dyad_token *toks = dyad_doc_tokens(doc, &nt);
    assert_int_equal(nt, 7);
    assert_int_equal(toks[0].len, strlen("Erdo\xc4\x9f" "an"));
    dyad_doc_free(doc);
}

/* Long runs of what the tokenizer splits or peels, in one chunk: no stack
 * or time blow-up, every byte accounted for. */
static void doc_survives_pathological_chunks(void **state)
{
    (void)state;
    static const char *const units[] = {"a--", "@a", "an't", "x\xe2\x80\x94", "a,", "(", "\"", "U.S.", "...", "'s"};
    size_t reps = 1u << 20;
    dyad_doc *doc = dyad_doc_new();
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t ulen = strlen(units[u]);
        char *text = malloc(reps * ulen + 1);
        for (size_t i = 0; i < reps; i++) memcpy(text + i * ulen, units[u], ulen);
        text[reps * ulen] = '\0';
        assert_int_equal(dyad_doc_analyse(doc, text, reps * ulen), 0);
        size_t nt, covered = 0;
        const dyad_token *toks = dyad_doc_tokens(doc, &nt);
        for (size_t i = 0; i < nt; i++) covered += toks[i].len;
        if (covered != reps * ulen) fail_msg("unit \"%s\": tokens cover %zu of %zu bytes", units[u], covered, reps * ulen);
        free(text);
    }
    dyad_doc_free(doc);
}

/* ---- the conformance suites' records (skipped without ../shared) --------- */

/* White space folded to single spaces and trimmed, for comparing texts. */
static char *fold(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    int space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
            space = o > out;
            continue;
        }
        if (space) *o++ = ' ';
        space = 0;
        *o++ = *s;
    }
    *o = '\0';
    return out;
}

/* Reads a suite's record file with the reader under test: every record must
 * come through (except those whose messages are listed in `rejects`), and
 * when the suite has a JSON Lines copy of its records (read with the JSONL
 * reader), ids, dates and texts must agree one by one. */
static void read_suite_file(const char *records, const char *jsonl, const char *const *rejects)
{
    if (!tu_exists(records)) {
        skip();
        return;
    }
    FILE *f = fopen(records, "rb");
    assert_non_null(f);
    diag_log log = {0};
    dyad_reader_options opt = {DYAD_FORMAT_AUTO, NULL, collect, &log};
    dyad_reader *r = dyad_reader_open_stream(f, records, &opt);
    FILE *g = jsonl ? fopen(jsonl, "rb") : NULL;
    dyad_reader *want = g ? dyad_reader_open_stream(g, jsonl, &opt) : NULL;
    dyad_doc *doc = dyad_doc_new();
    dyad_article a, w;
    dyad_read_status st;
    size_t n = 0;
    while ((st = dyad_reader_next(r, &a)) != DYAD_READ_END) {
        assert_int_not_equal(st, DYAD_READ_IO_ERROR);
        if (st != DYAD_READ_ARTICLE) continue;
        assert_non_null(a.date);
        assert_int_equal(dyad_doc_analyse(doc, a.text, a.text_len), 0);
        n++;
        if (!want) continue;
        assert_int_equal(dyad_reader_next(want, &w), DYAD_READ_ARTICLE);
        assert_string_equal(a.id, w.id);
        assert_string_equal(a.date, w.date);
        char *got = fold(a.text), *expected = fold(w.text);
        assert_string_equal(got, expected);
        free(got), free(expected);
    }
    if (want) assert_int_equal(dyad_reader_next(want, &w), DYAD_READ_END);
    size_t want_rejected = 0;
    for (; rejects && rejects[want_rejected]; want_rejected++)
        if (!logged(&log, rejects[want_rejected])) fail_msg("no message \"%s\"", rejects[want_rejected]);
    if (dyad_reader_rejected(r) != want_rejected)
        for (size_t i = 0; i < log.count; i++) fprintf(stderr, "  %s\n", log.messages[i]);
    assert_int_equal(dyad_reader_rejected(r), want_rejected);
    assert_true(n > 250);
    dyad_doc_free(doc);
    dyad_reader_close(r);
    fclose(f);
    if (want) dyad_reader_close(want), fclose(g);
    log_free(&log);
}

static void suite_petrarch2_records(void **state)
{
    (void)state;
    read_suite_file("../shared/conformance/petrarch2-validate/PETR_Validate_records_2_02.xml",
                    "../shared/conformance/petrarch2-validate/records.jsonl", NULL);
}

static void suite_petrarch_unittest_records(void **state)
{
    (void)state;
    read_suite_file("../shared/conformance/petrarch-unittest/PETR.UnitTest.records.xml",
                    "../shared/conformance/petrarch-unittest/records.jsonl", NULL);
}

static void suite_tabari_records(void **state)
{
    (void)state;
    /* two records of the suite carry 7- and 9-digit dates, which dyad rejects */
    static const char *const rejects[] = {"Validate.text:1060: record ACTORSYN-01: unparseable date \"9501201\"",
                                          "Validate.text:3397: record YYYY-03: unparseable date \"186010029\"", NULL};
    read_suite_file("../shared/conformance/tabari-validate/Validate.text", NULL, rejects);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(jsonl_good_records),
        cmocka_unit_test(jsonl_bad_records_are_reported_and_skipped),
        cmocka_unit_test(jsonl_raw_nul_byte),
        cmocka_unit_test(jsonl_default_date),
        cmocka_unit_test(jsonl_timestamps_give_their_date),
        cmocka_unit_test(empty_input_is_reported),
        cmocka_unit_test(jsonl_fifty_megabyte_article),
        cmocka_unit_test(text_whole_file_is_one_article),
        cmocka_unit_test(text_with_nul_bytes_is_rejected),
        cmocka_unit_test(xml_records_and_malformations),
        cmocka_unit_test(xml_unterminated_record),
        cmocka_unit_test(tabari_records),
        cmocka_unit_test(tabari_no_length_limits),
        cmocka_unit_test(format_detection),
        cmocka_unit_test(date_parsing),
        cmocka_unit_test(doc_rejects_bad_text),
        cmocka_unit_test(doc_normalises_to_nfc),
        cmocka_unit_test(doc_survives_pathological_chunks),
        cmocka_unit_test(suite_petrarch2_records),
        cmocka_unit_test(suite_petrarch_unittest_records),
        cmocka_unit_test(suite_tabari_records),
    };
    return cmocka_run_group_tests_name("readers", tests, NULL, NULL) ? 1 : 0;
}
