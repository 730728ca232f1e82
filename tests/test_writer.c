/* test_writer.c - the event writers: JSON Lines carry every field of the
 * output contract (null when not computed), CSV has its header row and
 * quotes what needs quoting. */
#include "testutil.h"

#include <cjson/cJSON.h>

#include "dyad.h"

static char *write_events(dyad_output output, const dyad_event *events, size_t n)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    dyad_writer *w = dyad_writer_new(f, output);
    for (size_t i = 0; i < n; i++) assert_int_equal(dyad_writer_event(w, &events[i]), 0);
    dyad_writer_free(w);
    long len = ftell(f);
    char *buf = malloc((size_t)len + 1);
    rewind(f);
    assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
    buf[len] = '\0';
    fclose(f);
    return buf;
}

static int starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static const char *const contract_fields[] = {
    "article", "sentence", "date", "source", "target", "cameo", "root", "quad", "goldstein",
    "plover", "location", "attribution", "negated", "text", "rule",
};

static void json_event_with_nothing_computed(void **state)
{
    (void)state;
    dyad_event e = {.article = "a1", .sentence = 0, .date = "2024-01-01", .text = "Nothing."};
    char *out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
        cJSON *o = cJSON_Parse(out);
    assert_non_null(o);
    for (size_t i = 0; i < sizeof contract_fields / sizeof *contract_fields; i++)
        assert_non_null(cJSON_GetObjectItemCaseSensitive(o, contract_fields[i]));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "cameo")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "quad")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "goldstein")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "location")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "attribution")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "negated")));
    cJSON *src = cJSON_GetObjectItemCaseSensitive(o, "source");
    assert_true(cJSON_IsObject(src));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(src, "code")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(src, "country")));
    cJSON *plover = cJSON_GetObjectItemCaseSensitive(o, "plover");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(plover, "type")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(plover, "mode")));
    assert_int_equal((long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, "sentence")), 0);
    cJSON_Delete(o);
    /* one line per event */
    assert_int_equal(strchr(out, '\n') - out + 1, (long)strlen(out));
    free(out);
}

static void json_event_with_every_field(void **state)
{
    (void)state;
    dyad_event_location loc = {"Buenos Aires", "ARG", 1, -34.61, -58.38, 3435910};
    dyad_event_attribution attr = {"BRAGOV", "the Brazilian foreign ministry", NULL, NULL};
    dyad_event e = {
        .article = "art-7", .sentence = 3, .date = "2025-06-02",
        .source = {"BRA", "BRA", NULL, "Brazil"}, .target = {"ARG", "ARG", NULL, "Argentina"},
        .cameo = "057", .root = "05", .has_quad = 1, .quad = 2, .has_goldstein = 1, .goldstein = 8.0,
        .plover_type = "AGREE", .plover_mode = NULL, .location = &loc, .attribution = &attr,
        .has_negated = 1, .negated = 0, .text = "Brazil signed a \"trade\" agreement.\n", .rule = "sign:3",
    };
    char *out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
        cJSON *o = cJSON_Parse(out);
    assert_non_null(o);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "cameo")), "057");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "root")), "05");
    assert_int_equal((long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, "quad")), 2);
    assert_true(cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, "goldstein")) == 8.0);
    assert_true(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(o, "negated")));
    cJSON *l = cJSON_GetObjectItemCaseSensitive(o, "location");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(l, "name")), "Buenos Aires");
    assert_int_equal((long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(l, "geonameid")), 3435910);
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(o, "attribution"), "code")), "BRAGOV");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(o, "source"), "text")), "Brazil");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "text")), "Brazil signed a \"trade\" agreement.\n");
    /* the field order is the contract's */
    const char *prev = out;
    for (size_t i = 0; i < sizeof contract_fields / sizeof *contract_fields; i++) {
        char key[32];
        snprintf(key, sizeof key, "\"%s\":", contract_fields[i]);
        const char *at = strstr(prev, key);
        assert_non_null(at);
        prev = at;
    }
    cJSON_Delete(o);
    free(out);
}

static void csv_header_and_quoting(void **state)
{
    (void)state;
    char *empty = write_events(DYAD_OUTPUT_CSV, NULL, 0);
    assert_true(starts(empty, "date,source_code,source_name,target_code,target_name,cameo,root,quad,goldstein,"));
    assert_non_null(strstr(empty, ",article,sentence,date_precision,mentions,articles,sources,plover_auxiliary,source_antecedent,target_antecedent,attribution_quoting_code,attribution_quoting_text\n"));
    dyad_event e = {.article = "a,1", .sentence = 2, .date = "2024-01-01", .source = {"USA", NULL, NULL, "the \"U.S.\""},
                    .cameo = "042", .has_quad = 1, .quad = 1, .text = "Line one\nline two"};
    char *out = write_events(DYAD_OUTPUT_CSV, &e, 1);
    const char *row = strchr(out, '\n') + 1;
    assert_true(starts(row, "2024-01-01,USA,\"the \"\"U.S.\"\"\",,,042,,1,,"));
    assert_non_null(strstr(row, ",\"Line one\nline two\",\"a,1\",2,,,,,,,,,\n")); /* no counts, auxiliary, antecedents, quoting: empty */
    free(empty);
    free(out);
}

/* The counts of a merged event: null (empty in CSV) unless has_counts. */
static void counts_of_merged_events(void **state)
{
    (void)state;
    dyad_event e = {.article = "a1", .date = "2024-01-01", .date_precision = "day", .cameo = "057"};
    char *out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
    cJSON *o = cJSON_Parse(out);
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "mentions")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "articles")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "sources")));
    cJSON_Delete(o);
    free(out);
    e.has_counts = 1, e.mentions = 7, e.articles = 4, e.sources = 2;
    out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
    o = cJSON_Parse(out);
    assert_int_equal((long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, "mentions")), 7);
    assert_int_equal((long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, "articles")), 4);
    assert_int_equal((long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(o, "sources")), 2);
    cJSON_Delete(o);
    free(out);
    out = write_events(DYAD_OUTPUT_CSV, &e, 1);
    assert_non_null(strstr(out, ",a1,0,day,7,4,2,,,,,\n"));
    free(out);
}

/* An actor's antecedent: in the actor object, and the last two CSV columns. */
static void actor_antecedents(void **state)
{
    (void)state;
    dyad_event e = {.article = "a1", .date = "2024-01-01", .date_precision = "day", .cameo = "111",
                    .source = {"INDGOV", "IND", "GOV", "he", "Narendra Modi"}, .target = {"PAK", "PAK", NULL, "Pakistan", NULL}};
    char *out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
    cJSON *o = cJSON_Parse(out);
    cJSON *source = cJSON_GetObjectItemCaseSensitive(o, "source"), *target = cJSON_GetObjectItemCaseSensitive(o, "target");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(source, "antecedent")), "Narendra Modi");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(target, "antecedent")));
    cJSON_Delete(o);
    free(out);
    out = write_events(DYAD_OUTPUT_CSV, &e, 1);
    assert_non_null(strstr(out, ",Narendra Modi,,,\n"));
    free(out);
}

/* PLOVER's auxiliary mode: in the plover object, and a CSV column. */
static void plover_auxiliary_mode(void **state)
{
    (void)state;
    dyad_event e = {.article = "a1", .date = "2019-01-01", .date_precision = "year", .cameo = "190",
                    .plover_type = "ASSAULT", .plover_auxiliary = "historical"};
    char *out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
    cJSON *o = cJSON_Parse(out);
    cJSON *plover = cJSON_GetObjectItemCaseSensitive(o, "plover");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(plover, "auxiliary")), "historical");
    cJSON_Delete(o);
    free(out);
    out = write_events(DYAD_OUTPUT_CSV, &e, 1);
    assert_non_null(strstr(out, ",a1,0,year,,,,historical,,,,\n"));
    free(out);
    e.plover_auxiliary = NULL;
    out = write_events(DYAD_OUTPUT_JSONL, &e, 1);
    o = cJSON_Parse(out);
    plover = cJSON_GetObjectItemCaseSensitive(o, "plover");
    assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(plover, "auxiliary")));
    cJSON_Delete(o);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_event_with_nothing_computed),
        cmocka_unit_test(json_event_with_every_field),
        cmocka_unit_test(csv_header_and_quoting),
        cmocka_unit_test(counts_of_merged_events),
        cmocka_unit_test(plover_auxiliary_mode),
        cmocka_unit_test(actor_antecedents),
    };
    return cmocka_run_group_tests_name("writer", tests, NULL, NULL) ? 1 : 0;
}
