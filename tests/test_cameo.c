/* test_cameo.c - the CAMEO code table (src/cameo.c, data/cameo.tsv): facts
 * of the committed table checked against the CAMEO labels, Goldstein weights
 * and CAMEO-to-PLOVER table it was generated from (every line of those
 * sources too, when ../shared is present); the quad class of every root;
 * fallback to the longest listed prefix; and the loader's handling of bad
 * lines, each reported with file:line and skipped. Runs from the repository
 * root. */
#include "testutil.h"

#include <math.h>

#include "buf.h"
#include "cameo.h"

static const char table_path[] = "data/cameo.tsv";

static int setup(void **state)
{
    diag_log l = {0};
    char *error = NULL;
    cameo_table *t = cameo_load(table_path, collect, &l, &error);
    if (!t) {
        fprintf(stderr, "%s\n", error);
        free(error);
        return -1;
    }
    for (size_t i = 0; i < l.count; i++) fprintf(stderr, "%s\n", l.messages[i]);
    size_t n = l.count;
    log_free(&l);
    if (n || cameo_rejected(t)) {
        cameo_free(t);
        return -1;
    }
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    cameo_free(*state);
    return 0;
}

static void assert_null_or_equal(const char *got, const char *want)
{
    if (!want) assert_null(got);
    else {
        assert_non_null(got);
        assert_string_equal(got, want);
    }
}

/* ---- facts of the committed table ---------------------------------------- */

static void sign_formal_agreement(void **state)
{
    const cameo_info *c = cameo_lookup(*state, "057");
    assert_non_null(c);
    assert_string_equal(c->code, "057");
    assert_string_equal(c->root, "05");
    assert_string_equal(c->label, "Sign formal agreement");
    assert_int_equal(c->quad, 1);
    assert_true(c->goldstein == 8.0);                     /* cameo-goldstein.tsv: 057 8.0 */
    assert_string_equal(c->plover_type, "SUPPORT");       /* "057: SUPPORT,  , diplomatic" */
    assert_null(c->plover_mode);
    assert_string_equal(c->plover_context, "diplomatic");
}

static void conventional_military_force(void **state)
{
    const cameo_info *c = cameo_lookup(*state, "190");
    assert_non_null(c);
    assert_string_equal(c->label, "Use conventional military force");
    assert_string_equal(c->root, "19");
    assert_int_equal(c->quad, 4);
    assert_true(c->goldstein == -10.0);                   /* 190 -10.0 */
    assert_string_equal(c->plover_type, "ASSAULT");       /* "190: ASSAULT, , military" */
    assert_null(c->plover_mode);
    assert_string_equal(c->plover_context, "military");
    /* 191 and 192 sit under root 19 in CAMEO but are COERCE in PLOVER */
    c = cameo_lookup(*state, "192");
    assert_non_null(c);
    assert_string_equal(c->root, "19");
    assert_int_equal(c->quad, 4);
    assert_true(c->goldstein == -9.5);
    assert_string_equal(c->plover_type, "COERCE");
    assert_string_equal(c->plover_mode, "seize");
}

static void four_digit_codes(void **state)
{
    const cameo_info *c = cameo_lookup(*state, "0871"); /* "0871: RETREAT, ceasefire, military" */
    assert_non_null(c);
    assert_string_equal(c->label, "Declare truce, ceasefire");
    assert_int_equal(c->quad, 2);
    assert_true(c->goldstein == 9.0);
    assert_string_equal(c->plover_type, "RETREAT");
    assert_string_equal(c->plover_mode, "ceasefire");
    assert_string_equal(c->plover_context, "military");

    c = cameo_lookup(*state, "1712"); /* a 4-digit code whose PLOVER type differs from its parent's */
    assert_non_null(c);
    assert_string_equal(c->plover_type, "ASSAULT");
    assert_string_equal(cameo_lookup(*state, "171")->plover_type, "COERCE");

    /* 1213 has no Goldstein weight of its own: 121's -4.0 */
    c = cameo_lookup(*state, "1213");
    assert_non_null(c);
    assert_string_equal(c->code, "1213");
    assert_string_equal(c->label, "Reject judicial cooperation");
    assert_true(c->goldstein == -4.0);
    assert_string_equal(c->plover_type, "REJECT");
    assert_string_equal(c->plover_mode, "assist");
    assert_string_equal(c->plover_context, "legal");

    c = cameo_lookup(*state, "091"); /* "crime; corruption" is kept as a list */
    assert_string_equal(c->plover_context, "crime;corruption");
    assert_string_equal(c->plover_mode, "investigate");
}

static void yield_is_split_and_statements_dropped(void **state)
{
    const cameo_table *t = *state;
    assert_string_equal(cameo_lookup(t, "08")->plover_type, "CONCEDE");
    assert_string_equal(cameo_lookup(t, "082")->plover_type, "CONCEDE");
    assert_string_equal(cameo_lookup(t, "084")->plover_type, "RETREAT");
    assert_string_equal(cameo_lookup(t, "0813")->plover_type, "RETREAT");
    const char *dropped[] = {"01", "010", "015", "02", "020", "0256", "028"};
    for (size_t i = 0; i < sizeof dropped / sizeof *dropped; i++) {
        const cameo_info *c = cameo_lookup(t, dropped[i]);
        assert_non_null(c);
        assert_string_equal(c->code, dropped[i]);
        assert_null(c->plover_type), assert_null(c->plover_mode), assert_null(c->plover_context);
        assert_int_equal(c->quad, 1);
    }
    assert_string_equal(cameo_lookup(t, "02")->label, "Appeal");
    assert_true(cameo_lookup(t, "02")->goldstein == 3.0);
    /* the Mac Roman curly quotes of 044's label, as UTF-8 */
    assert_string_equal(cameo_lookup(t, "044")->label, "Meet at a \xe2\x80\x9cthird\xe2\x80\x9d location");
}

static void every_root_has_its_quad(void **state)
{
    const cameo_table *t = *state;
    for (int r = 1; r <= 20; r++) {
        const char root[3] = {(char)('0' + r / 10), (char)('0' + r % 10), '\0'};
        const cameo_info *c = cameo_lookup(t, root);
        assert_non_null(c);
        assert_string_equal(c->code, root);
        assert_string_equal(c->root, root);
        int quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
        assert_int_equal(c->quad, quad);
        assert_non_null(c->label);
        assert_true(r <= 2 || c->plover_type != NULL);
    }
    /* every code: under a listed root, with its root's quad, in code order */
    assert_true(cameo_count(t) >= 300);
    for (size_t i = 0; i < cameo_count(t); i++) {
        const cameo_info *c = cameo_at(t, i);
        const cameo_info *root = cameo_lookup(t, c->root);
        assert_non_null(root);
        assert_int_equal(c->quad, root->quad);
        assert_true(c->goldstein >= -10 && c->goldstein <= 10);
        assert_true(strlen(c->label) > 0);
        assert_ptr_equal(cameo_lookup(t, c->code), c);
        if (i) assert_true(strcmp(cameo_at(t, i - 1)->code, c->code) < 0);
    }
    assert_null(cameo_at(t, cameo_count(t)));
}

static void fallback_and_non_codes(void **state)
{
    const cameo_table *t = *state;
    static const struct {
        const char *code, *found;
    } cases[] = {
        {"1951", "195"}, {"0579", "057"}, {"0299", "02"}, {"12345", "1234"}, {"1234", "1234"},
        {"099", "09"},   {"19", "19"},    {"2049", "204"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const cameo_info *c = cameo_lookup(t, cases[i].code);
        assert_non_null(c);
        assert_string_equal(c->code, cases[i].found);
    }
    static const char *const none[] = {"---", "075A", "174L", "023?", "", "0", "00", "21", "99", "9999", " 057", "057 "};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) assert_null(cameo_lookup(t, none[i]));
    assert_null(cameo_lookup(t, NULL));
    assert_null(cameo_lookup(NULL, "057"));
}

/* ---- the committed table against its sources (when ../shared is there) --- */

static void against_sources(void **state)
{
    const cameo_table *t = *state;
    static const char gold_path[] = "../shared/dictionaries/cameo/cameo-goldstein.tsv";
    static const char labels_path[] = "../shared/dictionaries/cameo/cameo-labels.tsv";
    static const char plover_path[] = "../shared/dictionaries/plover/CAMEO2PLOVER-2021.txt";
    if (!tu_exists(gold_path) || !tu_exists(labels_path) || !tu_exists(plover_path)) skip();
    size_t checked = 0;

    char *text = tu_read_file(gold_path, NULL);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char code[8];
        double w;
        if (sscanf(line, "%7[0-9]\t%lf", code, &w) != 2) continue;
        const cameo_info *c = cameo_lookup(t, code);
        assert_non_null(c);
        assert_string_equal(c->code, code);
        assert_true(fabs(c->goldstein - w) < 1e-9);
        checked++;
    }
    free(text);

    text = tu_read_file(labels_path, NULL);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char code[8];
        int at = 0;
        if (sscanf(line, "%7[0-9]\t%n", code, &at) != 1 || !at) continue;
        char *label = line + at;
        size_t n = strlen(label);
        while (n && (label[n - 1] == '\t' || label[n - 1] == '\r' || label[n - 1] == ' ')) label[--n] = '\0';
        const cameo_info *c = cameo_lookup(t, code);
        assert_non_null(c);
        assert_string_equal(c->code, code);
        assert_string_equal(c->label, label);
        checked++;
    }
    free(text);

    /* first listing of each code wins ("08" is listed as CONCEDE, then RETREAT) */
    text = tu_read_file(plover_path, NULL);
    dbuf seen = {0};
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char code[8], type[32];
        if (sscanf(line, "%7[0-9]: %31[A-Z]", code, type) != 2) continue;
        dbuf_printf(&seen, " %s ", code);
        char key[12];
        snprintf(key, sizeof key, " %s ", code);
        if (strstr(dbuf_cstr(&seen), key) != seen.data + seen.len - strlen(key)) continue;
        const cameo_info *c = cameo_lookup(t, code);
        assert_non_null(c);
        assert_string_equal(c->code, code);
        assert_null_or_equal(c->plover_type, type);
        checked++;
    }
    dbuf_free(&seen);
    free(text);
    assert_true(checked > 800);
}

/* ---- the loader on bad input --------------------------------------------- */

static void bad_lines_reported_and_skipped(void **state)
{
    (void)state;
    static const char input[] =
        "# a comment\n"
        "057\t05\t1\t8.0\tSUPPORT\t\tdiplomatic\tSign formal agreement\n" /* 2: fine */
        "190\t19\t4\t-10.0\tASSAULT\t\tmilitary\n"                          /* 3: 7 columns */
        "191\t19\t5\t-9.5\tCOERCE\trestrict\tmilitary\tImpose blockade\n"   /* 4: quad 5 */
        "192\t19\t4\t-9,5\tCOERCE\tseize\tmilitary\tOccupy territory\n"     /* 5: bad number */
        "193\t19\t4\t-11\tASSAULT\t\t\tFight\n"                             /* 6: out of range */
        "05A\t05\t1\t3.5\t\t\t\tX\n"                                        /* 7: not digits */
        "194\t18\t4\t-10.0\tASSAULT\t\t\tFight\n"                           /* 8: wrong root */
        "\n"                                                                /* 9: blank */
        "057\t05\t1\t1.0\t\t\t\tSecond 057\n"                               /* 10: duplicate */
        "195\t19\t4\tnan\t\t\t\tX\n"                                        /* 11: not a number */
        "196\t19\t4\t-9.5\tassault\t\t\tX\n"                                /* 12: lower-case type */
        "197\t19\t4\t-9.5\t\t\t\t\n"                                        /* 13: empty label */
        "198\t19\t4\t-9.5\t\t\t\tbad \xff\n"                                /* 14: invalid UTF-8 */
        "199\t19\t4\t-9.5\t\t\t\tcontrol \x01\n"                            /* 15: control byte */
        "19\t19\t4\t-10\tASSAULT\t\t\tFight\r\n"                            /* 16: fine, CRLF */
        "20\t20\t4\t-10.0\tASSAULT\t\t\tUse unconventional mass violence";  /* 17: no newline */
    diag_log l = {0};
    cameo_table *t = cameo_load_memory("t.tsv", input, sizeof input - 1, collect, &l);
    assert_non_null(t);
    assert_true(logged(&l, "t.tsv:3: expected 8 tab-separated columns, found 7"));
    assert_true(logged(&l, "t.tsv:4: quad \"5\""));
    assert_true(logged(&l, "t.tsv:5: goldstein \"-9,5\""));
    assert_true(logged(&l, "t.tsv:6: goldstein \"-11\""));
    assert_true(logged(&l, "t.tsv:7: code \"05A\""));
    assert_true(logged(&l, "t.tsv:8: root \"18\""));
    assert_true(logged(&l, "t.tsv:10: code 057 listed again (first at line 2)"));
    assert_true(logged(&l, "t.tsv:11: goldstein \"nan\""));
    assert_true(logged(&l, "t.tsv:12: plover_type \"assault\""));
    assert_true(logged(&l, "t.tsv:13: label \"\" is empty"));
    assert_true(logged(&l, "t.tsv:14: invalid UTF-8"));
    assert_true(logged(&l, "t.tsv:15: control character"));
    assert_true(logged(&l, "t.tsv: 12 bad lines skipped, 3 codes loaded"));
    assert_int_equal(l.count, 13);
    for (size_t i = 0; i < l.count; i++) assert_true(strstr(l.messages[i], "t.tsv:") == l.messages[i]);
    assert_int_equal(cameo_rejected(t), 12);
    assert_int_equal(cameo_count(t), 3);
    const cameo_info *c = cameo_lookup(t, "057");
    assert_string_equal(c->label, "Sign formal agreement"); /* the first one */
    assert_true(c->goldstein == 8.0);
    c = cameo_lookup(t, "19");
    assert_string_equal(c->label, "Fight");
    assert_true(c->goldstein == -10.0);
    assert_string_equal(cameo_lookup(t, "20")->label, "Use unconventional mass violence");
    assert_string_equal(cameo_lookup(t, "190")->code, "19"); /* its line was bad: the root answers */
    assert_null(cameo_lookup(t, "05"));
    assert_null(cameo_lookup(t, "0571")->plover_mode);
    cameo_free(t);
    log_free(&l);
}

static void edge_inputs(void **state)
{
    (void)state;
    diag_log l = {0};
    cameo_table *t = cameo_load_memory("empty.tsv", "", 0, collect, &l);
    assert_int_equal(cameo_count(t), 0);
    assert_null(cameo_lookup(t, "057"));
    assert_int_equal(l.count, 0);
    cameo_free(t);

    /* a long line is no problem; the message quotes only the start of it */
    dbuf big = {0};
    dbuf_puts(&big, "#\n\n");
    for (int i = 0; i < 20000; i++) dbuf_putc(&big, '1');
    dbuf_puts(&big, "\t10\t3\t1.0\t\t\t\tX\n");
    t = cameo_load_memory("big.tsv", big.data, big.len, collect, &l);
    assert_int_equal(cameo_count(t), 0);
    assert_true(logged(&l, "big.tsv:3: code \"1111111111"));
    assert_true(strlen(l.messages[0]) < 200);
    cameo_free(t);
    dbuf_free(&big);
    log_free(&l);

    /* a NUL byte inside a line */
    static const char nul[] = "057\t05\t1\t8.0\t\t\t\tSign\0formal\n";
    t = cameo_load_memory("nul.tsv", nul, sizeof nul - 1, collect, &l);
    assert_int_equal(cameo_count(t), 0);
    assert_true(logged(&l, "nul.tsv:1: control character"));
    cameo_free(t);
    log_free(&l);

    char *error = NULL;
    assert_null(cameo_load("no/such/cameo.tsv", collect, &l, &error));
    assert_non_null(error);
    assert_true(strstr(error, "no/such/cameo.tsv: cannot read: ") == error);
    assert_null(strchr(error, '\n'));
    free(error);
    assert_int_equal(l.count, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(sign_formal_agreement, setup, teardown),
        cmocka_unit_test_setup_teardown(conventional_military_force, setup, teardown),
        cmocka_unit_test_setup_teardown(four_digit_codes, setup, teardown),
        cmocka_unit_test_setup_teardown(yield_is_split_and_statements_dropped, setup, teardown),
        cmocka_unit_test_setup_teardown(every_root_has_its_quad, setup, teardown),
        cmocka_unit_test_setup_teardown(fallback_and_non_codes, setup, teardown),
        cmocka_unit_test_setup_teardown(against_sources, setup, teardown),
        cmocka_unit_test(bad_lines_reported_and_skipped),
        cmocka_unit_test(edge_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
