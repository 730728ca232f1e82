/* test_dict_cache.c - the compiled dictionary cache: a set written and
 * mapped back is the same set; a cache is used only while its sources are
 * unchanged; damaged, truncated and foreign files are refused. */
#include "testutil.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "dict.h"

static char *fixtures[] = {"tests/fixtures/dict/small.actors.txt", "tests/fixtures/dict/small.agents.txt",
                           "tests/fixtures/dict/small.verbs.txt", "tests/fixtures/dict/small.actors",
                           "tests/fixtures/dict/small.agents"};
enum { N_FIXTURES = sizeof fixtures / sizeof *fixtures };

static void load_fixtures(dict_set *set)
{
    dict_init(set);
    dbuf err = {0};
    for (size_t i = 0; i < N_FIXTURES; i++) assert_int_equal(dict_load_file(set, fixtures[i], -1, -1, &err), 0);
    assert_int_equal(set->errors, 0);
    dbuf_free(&err);
}

static void same_sets(const dict_set *a, const dict_set *b)
{
    dict_stats x, y;
    dict_stats_of(a, &x);
    dict_stats_of(b, &y);
    x.errors = y.errors = x.warnings = y.warnings = 0; /* messages are not part of a cache */
    assert_memory_equal(&x, &y, sizeof x);
    assert_int_equal(a->n_files, b->n_files);
    for (size_t i = 0; i < a->n_files; i++) assert_string_equal(a->files[i], b->files[i]);
    for (size_t i = 0; i < a->n_words; i++) {
        assert_string_equal(dict_string(a, a->words[i].text), dict_string(b, b->words[i].text));
        assert_int_equal(a->words[i].flags, b->words[i].flags);
    }
    for (size_t i = 0; i < a->n_codes; i++) {
        assert_string_equal(dict_string(a, a->codes[i].code), dict_string(b, b->codes[i].code));
        assert_int_equal(a->codes[i].from, b->codes[i].from);
        assert_int_equal(a->codes[i].to, b->codes[i].to);
    }
    for (size_t i = 0; i < a->n_patterns; i++) {
        assert_string_equal(dict_string(a, a->patterns[i].id), dict_string(b, b->patterns[i].id));
        assert_string_equal(dict_string(a, a->patterns[i].code), dict_string(b, b->patterns[i].code));
        assert_memory_equal(&a->patterns[i].elements, &b->patterns[i].elements, sizeof(dict_span));
    }
    assert_memory_equal(a->actors, b->actors, a->n_actors * sizeof *a->actors);
    assert_memory_equal(a->agents, b->agents, a->n_agents * sizeof *a->agents);
    assert_memory_equal(a->verbs, b->verbs, a->n_verbs * sizeof *a->verbs);
    assert_int_equal(a->n_transforms, b->n_transforms);
    assert_memory_equal(a->transforms, b->transforms, a->n_transforms * sizeof *a->transforms);
    for (size_t i = 0; i < a->n_transforms; i++) {
        const dict_transform *x = &a->transforms[i], *y = &b->transforms[i];
        assert_string_equal(dict_string(a, x->inner_verb), dict_string(b, y->inner_verb));
        assert_string_equal(dict_string(a, x->outer_verb), dict_string(b, y->outer_verb));
        assert_string_equal(dict_string(a, x->code), dict_string(b, y->code));
        assert_string_equal(dict_string(a, x->text), dict_string(b, y->text));
    }
}

static char *cache_path(const char *name)
{
    char *p = malloc(256);
    snprintf(p, 256, "%s/%s", tu_tmpdir(), name);
    return p;
}

static void round_trip(void **state)
{
    (void)state;
    dict_set a, b;
    load_fixtures(&a);
    char *path = cache_path("round.dcache");
    dbuf err = {0};
    assert_int_equal(dict_cache_write(&a, path, &err), 0);
    dict_init(&b);
    assert_int_equal(dict_cache_map(&b, path, &err), 0);
    assert_non_null(b.mapping);
    same_sets(&a, &b);
    assert_int_equal(b.n_transforms, 2); /* small.verbs.txt's "~" lines */
    assert_string_equal(dict_string(&b, b.transforms[1].text), "a (_ b ACCUSE ) PLEDGE = a b 112");
    assert_int_equal(b.transforms[1].inner_source, '_');
    assert_true(dict_cache_fresh(&b));
    dict_check(&b); /* lint works on a mapped set */
    dict_free(&a);
    dict_free(&b);
    dbuf_free(&err);
    free(path);
}

static void rebuilt_when_a_source_changes(void **state)
{
    (void)state;
    /* copies of two fixtures, so that one can be changed */
    size_t len = 0;
    char *actors = tu_read_file("tests/fixtures/dict/small.actors.txt", &len);
    assert_non_null(actors);
    char *a_path = tu_write_tmp("fresh.actors.txt", actors, len);
    char *v_path = tu_write_tmp("fresh.verbs.txt", "---  MEET   [040]  ---\nMEET {MET}\n- * +  [040]\n", 46);
    char *paths[] = {a_path, v_path};
    char *cache = cache_path("fresh.dcache");
    remove(cache);
    dbuf err = {0};
    dict_set s;
    int from_cache;
    dict_init(&s);
    assert_int_equal(dict_load_cached(&s, cache, paths, 2, -1, -1, &from_cache, &err), 0);
    assert_false(from_cache);
    size_t actors_count = s.n_actors;
    dict_free(&s);
    dict_init(&s);
    assert_int_equal(dict_load_cached(&s, cache, paths, 2, -1, -1, &from_cache, &err), 0);
    assert_true(from_cache);
    assert_int_equal(s.n_actors, actors_count);
    dict_free(&s);
    /* a changed source: one more actor, the cache is rebuilt */
    char *more = malloc(len + 32);
    memcpy(more, actors, len);
    memcpy(more + len, "\nETHIOPIA_ [ETH]\n", 17);
    free(tu_write_tmp("fresh.actors.txt", more, len + 17));
    dict_init(&s);
    assert_int_equal(dict_load_cached(&s, cache, paths, 2, -1, -1, &from_cache, &err), 0);
    assert_false(from_cache);
    assert_int_equal(s.n_actors, actors_count + 1);
    dict_free(&s);
    /* another list of files is another set */
    dict_init(&s);
    assert_int_equal(dict_load_cached(&s, cache, paths, 1, -1, -1, &from_cache, &err), 0);
    assert_false(from_cache);
    dict_free(&s);
    dbuf_free(&err);
    free(actors), free(more), free(a_path), free(v_path), free(cache);
}

/* Writes the cache of the fixtures and returns its bytes. */
static char *fixture_cache(size_t *len)
{
    dict_set a;
    load_fixtures(&a);
    char *path = cache_path("bytes.dcache");
    dbuf err = {0};
    assert_int_equal(dict_cache_write(&a, path, &err), 0);
    dict_free(&a);
    dbuf_free(&err);
    char *bytes = tu_read_file(path, len);
    free(path);
    return bytes;
}

static void expect_refused(const char *bytes, size_t len, const char *why)
{
    char *path = tu_write_tmp("bad.dcache", bytes, len);
    dict_set s;
    dict_init(&s);
    dbuf err = {0};
    assert_int_equal(dict_cache_map(&s, path, &err), -1);
    if (!strstr(dbuf_cstr(&err), why)) fail_msg("refused with \"%s\", want \"%s\"", err.data, why);
    assert_null(s.mapping);
    dict_free(&s);
    dbuf_free(&err);
    free(path);
}

static void damaged_files_are_refused(void **state)
{
    (void)state;
    size_t len = 0;
    char *bytes = fixture_cache(&len);
    char *copy = malloc(len);
    memcpy(copy, bytes, len);
    copy[len - 3] ^= 0x55;
    expect_refused(copy, len, "damaged");
    expect_refused(bytes, len - 1, "truncated");
    expect_refused(bytes, 20, "too short");
    expect_refused("plain text is not a cache, whatever its length may be: "
                   "0123456789012345678901234567890123456789012345678901234567890123456789"
                   "0123456789012345678901234567890123456789012345678901234567890123456789"
                   "0123456789012345678901234567890123456789012345678901234567890123456789"
                   "0123456789012345678901234567890123456789012345678901234567890123456789",
                   331, "not a dyad dictionary cache");
    /* a well-formed checksum over a bad section table or a bad index */
    memcpy(copy, bytes, len);
    uint32_t elem;
    memcpy(&elem, copy + 32 + 3 * 24 + 4, 4); /* section 3 (words): its element size */
    elem += 1;
    memcpy(copy + 32 + 3 * 24 + 4, &elem, 4);
    uint64_t sum = XXH3_64bits(copy + 32, len - 32);
    memcpy(copy + 24, &sum, 8);
    expect_refused(copy, len, "bad section table");
    memcpy(copy, bytes, len);
    uint64_t phrases_at;
    memcpy(&phrases_at, copy + 32 + 4 * 24 + 8, 8); /* section 4 (phrases): first phrase's word span */
    uint32_t huge = 0x7fffffff;
    memcpy(copy + phrases_at, &huge, 4);
    sum = XXH3_64bits(copy + 32, len - 32);
    memcpy(copy + 24, &sum, 8);
    expect_refused(copy, len, "index out of range");
    /* verb transformations (section 16): a string offset, then a variable, out of range */
    uint64_t transforms_at, transforms_count;
    memcpy(&transforms_at, copy + 32 + 16 * 24 + 8, 8);
    memcpy(&transforms_count, copy + 32 + 16 * 24 + 16, 8);
    assert_int_equal(transforms_count, 2);
    for (int k = 0; k < 2; k++) {
        memcpy(copy, bytes, len);
        if (k == 0) memcpy(copy + transforms_at + offsetof(dict_transform, code), &huge, 4);
        else copy[transforms_at + offsetof(dict_transform, inner_target)] = 'B'; /* not a variable, '.' or '_' */
        sum = XXH3_64bits(copy + 32, len - 32);
        memcpy(copy + 24, &sum, 8);
        expect_refused(copy, len, "index out of range");
    }
    /* a cache of the version before transformations is another version's */
    memcpy(copy, bytes, len);
    uint32_t version = 4;
    memcpy(copy + 8, &version, 4);
    expect_refused(copy, len, "written by another version");
    free(bytes), free(copy);
}

static void phoenix_from_source_and_cache(void **state)
{
    (void)state;
    static char *files[] = {"../shared/dictionaries/phoenix-petrarch2/Phoenix.Countries.actors.txt",
                            "../shared/dictionaries/phoenix-petrarch2/Phoenix.agents.txt",
                            "../shared/dictionaries/phoenix-petrarch2/CAMEO.2.0.txt"};
    if (!tu_exists(files[0])) {
        skip();
        return;
    }
    diag_log log = {0};
    dict_set a, b;
    dict_init(&a);
    a.diag = collect, a.diag_user = &log;
    dbuf err = {0};
    for (size_t i = 0; i < 3; i++) assert_int_equal(dict_load_file(&a, files[i], -1, -1, &err), 0);
    char *path = cache_path("phoenix.dcache");
    assert_int_equal(dict_cache_write(&a, path, &err), 0);
    dict_init(&b);
    assert_int_equal(dict_cache_map(&b, path, &err), 0);
    same_sets(&a, &b);
    assert_int_equal(b.n_transforms, 8); /* CAMEO.2.0.txt: grep -c '^~' */
    dict_free(&a), dict_free(&b);
    log_free(&log);
    dbuf_free(&err);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),
        cmocka_unit_test(rebuilt_when_a_source_changes),
        cmocka_unit_test(damaged_files_are_refused),
        cmocka_unit_test(phoenix_from_source_and_cache),
    };
    return cmocka_run_group_tests_name("dict_cache", tests, NULL, NULL) ? 1 : 0;
}
