/* test_gazetteer.c - the gazetteer (src/gazetteer.c) against
 * data/gazetteer.tsv: places by name and by alias, the country preferred
 * when two places share a name, capitals, countries' names, and damaged files refused with
 * their line number. */
#include "testutil.h"

#include "gazetteer.h"

static gazetteer *gaz;

static int setup(void **state)
{
    (void)state;
    dbuf err = {0};
    gaz = gazetteer_load("data/gazetteer.tsv", &err);
    if (!gaz) fprintf(stderr, "cannot load data/gazetteer.tsv: %s\n", dbuf_cstr(&err));
    dbuf_free(&err);
    return gaz ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    gazetteer_free(gaz);
    return 0;
}

static void names_and_aliases(void **state)
{
    (void)state;
    const gazetteer_place *p = gazetteer_find(gaz, "Nairobi", 7, NULL);
    assert_non_null(p);
    assert_string_equal(p->country, "KEN");
    assert_int_equal(p->geonameid, 184745);
    assert_true(p->capital);
    /* case is not significant (datelines are in capitals), nor are accents */
    assert_ptr_equal(gazetteer_find(gaz, "NAIROBI", 7, NULL), p);
    const gazetteer_place *y = gazetteer_find(gaz, "YAOUNDÉ", strlen("YAOUNDÉ"), NULL);
    assert_non_null(y);
    assert_string_equal(y->country, "CMR");
    assert_ptr_equal(gazetteer_find(gaz, "Yaounde", 7, NULL), y);
    /* (nor apostrophes, typographic ones too) */
    assert_ptr_equal(gazetteer_find(gaz, "Syevyerodonets’k", strlen("Syevyerodonets’k"), NULL),
                     gazetteer_find(gaz, "Sievierodonetsk", 15, NULL));
    /* an older spelling */
    p = gazetteer_find(gaz, "Kiev", 4, NULL);
    assert_non_null(p);
    assert_string_equal(p->name, "Kyiv");
    /* the most populous of a name, unless the country says otherwise */
    p = gazetteer_find(gaz, "Odessa", 6, NULL);
    assert_string_equal(p->country, "UKR");
    /* (under the name wire copy gives it) */
    assert_string_equal(p->name, "Odesa");
    p = gazetteer_find(gaz, "Odessa", 6, "USA");
    assert_string_equal(p->country, "USA");
    assert_null(gazetteer_find(gaz, "Minas Tirith", 12, NULL));
    p = gazetteer_capital(gaz, "TZA");
    assert_non_null(p);
    assert_string_equal(p->name, "Dodoma");
    /* countries by the name news gives them, with no coordinates */
    p = gazetteer_country(gaz, "RUS");
    assert_non_null(p);
    assert_string_equal(p->name, "Russia");
    assert_int_equal(p->geonameid, 0);
    assert_string_equal(gazetteer_country(gaz, "IRN")->name, "Iran");
    assert_null(gazetteer_country(gaz, "XXX"));
    /* a wire spelling hyphenated after a lower-case article, and "Gaza"
       left to the Strip */
    assert_string_equal(gazetteer_find(gaz, "Deir al-Balah", 13, NULL)->country, "PSE");
    assert_string_equal(gazetteer_find(gaz, "Gaza City", 9, NULL)->name, "Gaza City");
    assert_null(gazetteer_find(gaz, "Gaza", 4, "PSE"));
}

static void damaged_files_are_refused(void **state)
{
    (void)state;
    static const struct { const char *text, *why; } bad[] = {
        {"1\tTown\tKEN\t1.0\t2.0\t100\tPPL\n2\tTown\tKEN\t91.0\t2.0\t100\tPPL\n", ":2: malformed place"},
        {"1\tTown\tKEN\t1.0\t2.0\n", ":1: malformed place"},
        {"1\tTown\tKEN\t1.0\t2.0\t100\tPPL\n=\tBurg\t7\n", ":2: alias of an unknown place"},
        {"=\tBurg\n", ":1: malformed alias"},
        {"!\tKENYA\tKenya\n", ":1: malformed country"},
        {"!\tKEN\n", ":1: malformed country"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char path[] = "/tmp/dyad-gazetteer-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, bad[i].text, strlen(bad[i].text)), (ssize_t)strlen(bad[i].text));
        close(fd);
        dbuf err = {0};
        gazetteer *g = gazetteer_load(path, &err);
        assert_null(g);
        assert_non_null(strstr(dbuf_cstr(&err), bad[i].why));
        dbuf_free(&err);
        unlink(path);
    }
    dbuf err = {0};
    assert_null(gazetteer_load("/nonexistent/gazetteer.tsv", &err));
    assert_non_null(strstr(dbuf_cstr(&err), "/nonexistent/gazetteer.tsv"));
    dbuf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names_and_aliases),
        cmocka_unit_test(damaged_files_are_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
