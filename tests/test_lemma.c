/* test_lemma.c - the lemmatiser (src/lemma.c) against data/model/lemma.bin:
 * irregular and regular verbs, clitics, plural nouns, compared adjectives,
 * case and hyphen handling, rejection of corrupt or truncated tables, and a
 * large batch of lookups as a speed sanity check (not timed).
 * usage: test_lemma [path/to/lemma.bin]   (default data/model/lemma.bin) */
#include "testutil.h"

#include "lemma.h"

static const char *model_path = "data/model/lemma.bin";
static lemmatizer *lem;

static int setup(void **state)
{
    (void)state;
    dbuf err = {0};
    lem = lemmatizer_load(model_path, &err);
    if (!lem) fprintf(stderr, "cannot load %s: %s (run tools/lemma.sh)\n", model_path, dbuf_cstr(&err));
    dbuf_free(&err);
    return lem ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    lemmatizer_free(lem);
    return 0;
}

/* The lemma of word/tag as a string in a static buffer. */
static const char *lem_of(const char *word, penn_tag tag)
{
    static char out[256];
    dbuf b = {0};
    lemmatize(lem, word, strlen(word), tag, &b);
    snprintf(out, sizeof out, "%.*s", (int)b.len, b.data ? b.data : "");
    dbuf_free(&b);
    return out;
}

#define LEMMA(word, tag, want) assert_string_equal(lem_of(word, PENN_##tag), want)

static void test_irregular_verbs(void **state)
{
    (void)state;
    LEMMA("met", VBD, "meet");
    LEMMA("held", VBD, "hold");
    LEMMA("fled", VBD, "flee");
    LEMMA("fought", VBD, "fight");
    LEMMA("struck", VBD, "strike");
    LEMMA("shot", VBN, "shoot");
    LEMMA("sought", VBD, "seek");
    LEMMA("withdrew", VBD, "withdraw");
    LEMMA("withdrawn", VBN, "withdraw");
    LEMMA("said", VBD, "say");
    LEMMA("told", VBD, "tell");
    LEMMA("led", VBD, "lead");
    LEMMA("began", VBD, "begin");
    LEMMA("won", VBD, "win");
    LEMMA("lost", VBD, "lose");
    LEMMA("spoke", VBD, "speak");
    LEMMA("stole", VBD, "steal");
    LEMMA("stolen", VBN, "steal");
    LEMMA("saw", VBD, "see");
    LEMMA("left", VBD, "leave");
    LEMMA("found", VBD, "find");
    LEMMA("dying", VBG, "die");
    LEMMA("lying", VBG, "lie");
    LEMMA("singing", VBG, "sing"); /* WordNet's first lemma, not "singe" */
}

static void test_auxiliaries_and_clitics(void **state)
{
    (void)state;
    LEMMA("was", VBD, "be");
    LEMMA("were", VBD, "be");
    LEMMA("is", VBZ, "be");
    LEMMA("Are", VBP, "be");
    LEMMA("am", VBP, "be");
    LEMMA("been", VBN, "be");
    LEMMA("being", VBG, "be");
    LEMMA("'s", VBZ, "be");
    LEMMA("\xe2\x80\x99s", VBZ, "be");
    LEMMA("'re", VBP, "be");
    LEMMA("\xe2\x80\x99re", VBP, "be");
    LEMMA("'m", VBP, "be");
    LEMMA("has", VBZ, "have");
    LEMMA("had", VBD, "have");
    LEMMA("'ve", VBP, "have");
    LEMMA("\xe2\x80\x99ve", VBP, "have");
    LEMMA("did", VBD, "do");
    LEMMA("does", VBZ, "do");
    LEMMA("n't", RB, "not");
    LEMMA("n\xe2\x80\x99t", RB, "not");
    LEMMA("N'T", RB, "not");
    LEMMA("'ll", MD, "will");
    LEMMA("\xe2\x80\x99ll", MD, "will");
    LEMMA("'d", MD, "would");
    LEMMA("'d", VBD, "have");
    LEMMA("ca", MD, "can");
    LEMMA("wo", MD, "will");
    LEMMA("Could", MD, "could");
    LEMMA("'s", POS, "'s");
    LEMMA("\xe2\x80\x99s", POS, "'s");
    LEMMA("\xe2\x80\x99", POS, "'");
}

static void test_regular_verbs(void **state)
{
    (void)state;
    LEMMA("attacked", VBD, "attack");
    LEMMA("stopped", VBD, "stop");
    LEMMA("hoped", VBD, "hope");
    LEMMA("hoping", VBG, "hope");
    LEMMA("carried", VBD, "carry");
    LEMMA("agreeing", VBG, "agree");
    LEMMA("agreed", VBD, "agree");
    LEMMA("visits", VBZ, "visit");
    LEMMA("visiting", VBG, "visit");
    LEMMA("sanctioned", VBD, "sanction");
    LEMMA("accused", VBN, "accuse");
    LEMMA("seized", VBD, "seize");
    LEMMA("bombed", VBD, "bomb");
    LEMMA("vetoed", VBD, "veto");
    LEMMA("denied", VBD, "deny");
    LEMMA("tried", VBD, "try");
    LEMMA("died", VBD, "die");
    LEMMA("planning", VBG, "plan");
    LEMMA("referred", VBD, "refer");
    LEMMA("opened", VBD, "open");
    LEMMA("coming", VBG, "come");
    LEMMA("ceasing", VBG, "cease");
    LEMMA("fleeing", VBG, "flee");
    LEMMA("goes", VBZ, "go");
    LEMMA("focuses", VBZ, "focus");
    LEMMA("carries", VBZ, "carry");
    LEMMA("needed", VBD, "need");
    LEMMA("proceeded", VBD, "proceed");
    LEMMA("Condemned", VBD, "condemn");
    LEMMA("KILLED", VBN, "kill");
}

static void test_base_forms_stay(void **state)
{
    (void)state;
    LEMMA("found", VB, "found"); /* to found a party */
    LEMMA("lay", VBP, "lay");
    LEMMA("need", VBP, "need");
    LEMMA("shed", VBD, "shed");
    LEMMA("Meet", VB, "meet");
}

static void test_unknown_verbs(void **state)
{
    (void)state;
    LEMMA("tweeted", VBD, "tweet");
    LEMMA("tweeting", VBG, "tweet");
    LEMMA("tweets", VBZ, "tweet");
    LEMMA("weaponized", VBN, "weaponize");
    LEMMA("googled", VBD, "google");
    LEMMA("blogged", VBD, "blog");
    LEMMA("guaranteed", VBN, "guarantee");
    LEMMA("Xyzzed", VBD, "xyzz");
}

static void test_nouns(void **state)
{
    (void)state;
    LEMMA("talks", NNS, "talk");
    LEMMA("crises", NNS, "crisis");
    LEMMA("countries", NNS, "country");
    LEMMA("women", NNS, "woman");
    LEMMA("analyses", NNS, "analysis");
    LEMMA("forces", NNS, "force");
    LEMMA("buses", NNS, "bus");
    LEMMA("police", NNS, "police");
    LEMMA("news", NNS, "news");
    LEMMA("militias", NNS, "militia");
    LEMMA("sanctions", NNS, "sanction");
    LEMMA("allies", NNS, "ally");
    LEMMA("casualties", NNS, "casualty");
    LEMMA("thieves", NNS, "thief");
    LEMMA("children", NNS, "child");
    LEMMA("people", NNS, "people");
    LEMMA("data", NNS, "data");
    LEMMA("media", NNS, "media");
    LEMMA("series", NNS, "series");
    LEMMA("wolves", NNS, "wolf");
    LEMMA("boxes", NNS, "box");
    LEMMA("churches", NNS, "church");
    LEMMA("bosses", NNS, "boss");
    LEMMA("policemen", NNS, "policeman");
    LEMMA("criteria", NNS, "criterion");
    LEMMA("Elections", NNS, "election");
    LEMMA("MPs", NNS, "mp");
    LEMMA("Kalashnikovs", NNS, "kalashnikov");
    LEMMA("jihadists", NNS, "jihadist");
    LEMMA("Crisis", NN, "crisis");
    LEMMA("news", NN, "news");
}

static void test_adjectives(void **state)
{
    (void)state;
    LEMMA("larger", JJR, "large");
    LEMMA("best", JJS, "good");
    LEMMA("better", JJR, "good");
    LEMMA("worse", JJR, "bad");
    LEMMA("bigger", JJR, "big");
    LEMMA("easier", JJR, "easy");
    LEMMA("latest", JJS, "late");
    LEMMA("higher", JJR, "high");
    LEMMA("more", JJR, "more");
    LEMMA("Larger", JJ, "larger"); /* only JJR/JJS are reduced */
}

static void test_case_and_other_tags(void **state)
{
    (void)state;
    LEMMA("Iran", NNP, "Iran");
    LEMMA("Talks", NNP, "Talks");
    LEMMA("Kurds", NNPS, "Kurds");
    LEMMA("N\xe2\x80\x99" "Djamena", NNP, "N\xe2\x80\x99" "Djamena");
    LEMMA("The", DT, "the");
    LEMMA("Quickly", RB, "quickly");
    LEMMA("\xc3\x89LYS\xc3\x89" "E", NN, "\xc3\x89lys\xc3\x89" "e"); /* non-ASCII bytes kept */
    LEMMA("Bogot\xc3\xa1s", NNS, "bogot\xc3\xa1");
    LEMMA(",", COMMA, ",");
    LEMMA("\xe2\x80\x99", CLOSE_QUOTE, "\xe2\x80\x99"); /* a quote, not a clitic */
    LEMMA("U.S.-led", JJ, "u.s.-led");
}

static void test_hyphens(void **state)
{
    (void)state;
    LEMMA("re-elected", VBN, "re-elect");
    LEMMA("Re-Elected", VBD, "re-elect");
    LEMMA("ex-wives", NNS, "ex-wife");
    LEMMA("mothers-in-law", NNS, "mother-in-law");
    LEMMA("peace-keepers", NNS, "peace-keeper");
    LEMMA("so-called", VBN, "so-call");
    LEMMA("-ed", VBD, "-ed");
    LEMMA("war-", NNS, "war-");
}

/* Short and odd tokens never give an empty lemma, and nothing crashes. */
static void test_never_empty(void **state)
{
    (void)state;
    static const char *words[] = {"s", "es", "ed", "ing", "ied", "ies", "ses", "eed", "'", "-",
                                  "--", "ss", "ying", "men", "er", "est", "iest", "'d", "’",
                                  "\xe2\x80", "sses", "xes", "a-s", "s-"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        for (int t = PENN_NONE; t < PENN_COUNT; t++) {
            dbuf b = {0};
            lemmatize(lem, words[i], strlen(words[i]), (penn_tag)t, &b);
            assert_true(b.len > 0);
            dbuf_free(&b);
        }
    /* a very long token is lower-cased whole */
    char longw[400];
    memset(longw, 'A', sizeof longw - 4);
    strcpy(longw + sizeof longw - 4, "ED");
    dbuf b = {0};
    lemmatize(lem, longw, strlen(longw), PENN_VBD, &b);
    assert_int_equal(b.len, strlen(longw));
    assert_true(b.data[0] == 'a');
    dbuf_free(&b);
    /* random bytes under every tag: only checked for not crashing (ASan) */
    srand(7);
    char rnd[40];
    for (int k = 0; k < 20000; k++) {
        size_t n = 1 + (size_t)(rand() % 39);
        for (size_t i = 0; i < n; i++) rnd[i] = "abcdefghisy'-\xe2\x80\x99"[rand() % 16];
        dbuf r = {0};
        lemmatize(lem, rnd, n, (penn_tag)(rand() % PENN_COUNT), &r);
        assert_true(r.len > 0);
        dbuf_free(&r);
    }
}

static lemmatizer *load_bytes(const char *name, const void *data, size_t len, dbuf *err)
{
    char *path = tu_write_tmp(name, data, len);
    lemmatizer *l = lemmatizer_load(path, err);
    unlink(path);
    free(path);
    return l;
}

static void set32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8), p[2] = (unsigned char)(v >> 16),
    p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void rehash(unsigned char *d, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 32; i < len; i++) h = (h ^ d[i]) * 16777619u;
    set32(d + 20, h);
}

static void expect_rejected(const char *what, const unsigned char *data, size_t len)
{
    dbuf err = {0};
    lemmatizer *l = load_bytes("bad.bin", data, len, &err);
    if (l) fprintf(stderr, "accepted: %s\n", what);
    assert_null(l);
    assert_true(err.len > 0);
    assert_null(memchr(err.data, '\n', err.len)); /* one line */
    dbuf_free(&err);
}

static void test_corrupt_files(void **state)
{
    (void)state;
    size_t len = 0;
    unsigned char *good = (unsigned char *)tu_read_file(model_path, &len);
    assert_non_null(good);
    assert_true(len > 1000);

    dbuf err = {0};
    assert_null(lemmatizer_load("/nonexistent/lemma.bin", &err));
    assert_true(err.len > 0);
    dbuf_free(&err);

    /* the file itself, copied, loads */
    lemmatizer *ok = load_bytes("good.bin", good, len, NULL);
    assert_non_null(ok);
    lemmatizer_free(ok);

    expect_rejected("empty", good, 0);
    expect_rejected("header only", good, 32);
    expect_rejected("truncated half", good, len / 2);
    expect_rejected("one byte short", good, len - 1);

    unsigned char *bad = malloc(len + 8);
    memcpy(bad, good, len);
    memset(bad + len, 0, 8);
    expect_rejected("padded", bad, len + 8);

    memcpy(bad, good, len);
    bad[0] = 'X';
    expect_rejected("bad magic", bad, len);

    memcpy(bad, good, len);
    set32(bad + 8, 2);
    expect_rejected("version 2", bad, len);

    memcpy(bad, good, len);
    bad[len / 2] ^= 0x20;
    expect_rejected("flipped byte", bad, len);

    /* well-hashed but inconsistent layouts: the structural checks must catch them */
    memcpy(bad, good, len);
    set32(bad + 32 + 4, 0x7fffffff); /* count of table 0 */
    rehash(bad, len);
    expect_rejected("huge count", bad, len);

    memcpy(bad, good, len);
    set32(bad + get32(bad + 32 + 8), 0xfffffff0u); /* first entry offset of table 0 */
    rehash(bad, len);
    expect_rejected("entry offset out of range", bad, len);

    memcpy(bad, good, len);
    {
        uint32_t idx = get32(bad + 32 + 20 * 3 + 8); /* verb lemmas: swap first two entries */
        uint32_t a = get32(bad + idx), b = get32(bad + idx + 4);
        set32(bad + idx, b);
        set32(bad + idx + 4, a);
    }
    rehash(bad, len);
    expect_rejected("unsorted", bad, len);

    memcpy(bad, good, len);
    {
        uint32_t str = get32(bad + 32 + 20 * 4 + 12), slen = get32(bad + 32 + 20 * 4 + 16);
        bad[str + slen - 1] = 'x'; /* unterminated last string */
    }
    rehash(bad, len);
    expect_rejected("unterminated", bad, len);

    /* every truncation length of the header and directory */
    for (size_t n = 1; n < 32 + 6 * 20 + 16; n++) expect_rejected("short", good, n);

    free(bad);
    free(good);
}

/* Many lookups in a row: a sanity check that lookups stay in memory and
 * cheap (this would take minutes with per-call disk access), not a timing. */
static void test_speed_sanity(void **state)
{
    (void)state;
    static const struct {
        const char *w;
        penn_tag t;
        const char *want;
    } cases[] = {{"met", PENN_VBD, "meet"},         {"talks", PENN_NNS, "talk"},
                 {"attacked", PENN_VBD, "attack"},  {"countries", PENN_NNS, "country"},
                 {"said", PENN_VBD, "say"},         {"the", PENN_DT, "the"},
                 {"tweeting", PENN_VBG, "tweet"},   {"Iran", PENN_NNP, "Iran"}};
    size_t n = sizeof cases / sizeof *cases, wrong = 0;
    dbuf b = {0};
    for (long i = 0; i < 400000; i++) {
        size_t k = (size_t)i % n;
        dbuf_clear(&b);
        lemmatize(lem, cases[k].w, strlen(cases[k].w), cases[k].t, &b);
        if (b.len != strlen(cases[k].want) || memcmp(b.data, cases[k].want, b.len) != 0) wrong++;
    }
    dbuf_free(&b);
    assert_int_equal(wrong, 0);
}

int main(int argc, char **argv)
{
    if (argc > 1) model_path = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_irregular_verbs),   cmocka_unit_test(test_auxiliaries_and_clitics),
        cmocka_unit_test(test_regular_verbs),     cmocka_unit_test(test_base_forms_stay),
        cmocka_unit_test(test_unknown_verbs),     cmocka_unit_test(test_nouns),
        cmocka_unit_test(test_adjectives),        cmocka_unit_test(test_case_and_other_tags),
        cmocka_unit_test(test_hyphens),           cmocka_unit_test(test_never_empty),
        cmocka_unit_test(test_corrupt_files),     cmocka_unit_test(test_speed_sanity),
    };
    return cmocka_run_group_tests_name("lemma", tests, setup, teardown) ? 1 : 0;
}
