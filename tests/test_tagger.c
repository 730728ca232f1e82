/* test_tagger.c - the part-of-speech tagger with the shipped model
 * (data/model/tagger.bin, built by `make model`): news names in short
 * sentences come out NNP, common verbs, plurals, clitics and modals get
 * their Penn tags, long and empty sentences work, and damaged model files
 * are refused with a one-line error instead of crashing. */
#include "testutil.h"

#include "tagger.h"

#define MODEL "data/model/tagger.bin"

static tagger *T;

static int setup(void **state)
{
    (void)state;
    dbuf err = {0};
    T = tagger_load(MODEL, &err);
    if (!T) fprintf(stderr, "cannot load %s: %s (run make model)\n", MODEL, dbuf_cstr(&err));
    dbuf_free(&err);
    return T ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    tagger_free(T);
    return 0;
}

/* Tags a sentence given as space-separated tokens; returns the number of
 * tokens, with words, and tags in out (at most 64). */
static size_t tag_sentence(const char *sentence, char *copy, const char **words, penn_tag *tags)
{
    size_t lens[64], n = 0;
    strcpy(copy, sentence);
    for (char *save = NULL, *p = strtok_r(copy, " ", &save); p && n < 64; p = strtok_r(NULL, " ", &save)) {
        words[n] = p;
        lens[n++] = strlen(p);
    }
    tagger_tag(T, words, lens, n, tags);
    return n;
}

/* Asserts that `word` in `sentence` is tagged `expected`. */
static void check_tag(const char *sentence, const char *word, const char *expected)
{
    char copy[512];
    const char *words[64];
    penn_tag tags[64];
    size_t n = tag_sentence(sentence, copy, words, tags);
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(words[i], word) != 0) continue;
        found = 1;
        if (strcmp(penn_name(tags[i]), expected) != 0) {
            print_error("in \"%s\": %s is %s, expected %s\n", sentence, word, penn_name(tags[i]), expected);
            fail();
        }
    }
    if (!found) fail_msg("%s not in \"%s\"", word, sentence);
}

static void news_names_are_proper_nouns(void **state)
{
    (void)state;
    static const struct {
        const char *sentence, *word;
    } cases[] = {
        {"Erdogan met Modi in Ankara .", "Erdogan"},
        {"Erdogan met Modi in Ankara .", "Modi"},
        {"Erdogan met Modi in Ankara .", "Ankara"},
        {"Modi met Erdogan .", "Modi"},
        {"Modi met Erdogan .", "Erdogan"},
        {"Zelenskyy called for more air defence .", "Zelenskyy"},
        {"President Zelenskyy spoke in Kyiv on Monday .", "Zelenskyy"},
        {"The talks were held in Nairobi .", "Nairobi"},
        {"Nairobi hosted the summit .", "Nairobi"},
        {"The Kremlin rejected the proposal .", "Kremlin"},
        {"Kremlin officials said the talks had failed .", "Kremlin"},
        {"Syrian forces loyal to al-Assad shelled the town .", "al-Assad"},
        {"Protesters marched in Ouagadougou on Friday .", "Ouagadougou"},
        {"Ouagadougou was calm , officials said .", "Ouagadougou"},
        {"Thaksin Shinawatra returned to Bangkok .", "Shinawatra"},
        {"Shinawatra won the vote .", "Shinawatra"},
        {"Turkish President Erdogan visited Ankara 's allies .", "Erdogan"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check_tag(cases[i].sentence, cases[i].word, "NNP");
}

static void verbs_nouns_and_clitics(void **state)
{
    (void)state;
    check_tag("Modi met Erdogan .", "met", "VBD");
    check_tag("Erdogan met Modi in Ankara .", "met", "VBD");
    check_tag("The two sides held peace talks in Nairobi .", "talks", "NNS");
    check_tag("The two sides held peace talks in Nairobi .", "peace", "NN");
    check_tag("The two sides held peace talks in Nairobi .", "held", "VBD");
    check_tag("Iran 's foreign minister arrived .", "'s", "POS");
    check_tag("Iran 's foreign minister arrived .", "Iran", "NNP");
    check_tag("The ministry did n't comment .", "n't", "RB");
    check_tag("The ministry did n't comment .", "did", "VBD");
    check_tag("They do n't know .", "n't", "RB");
    check_tag("We ca n't accept that .", "ca", "MD");
    check_tag("Modi will visit Ankara next week .", "will", "MD");
    check_tag("Modi will visit Ankara next week .", "visit", "VB");
    check_tag("The army could attack the city .", "could", "MD");
    check_tag("I 'm sure they 'll agree .", "'m", "VBP");
    check_tag("I 'm sure they 'll agree .", "'ll", "MD");
    check_tag("`` We will fight , '' he said .", "``", "``");
    check_tag("`` We will fight , '' he said .", "''", "''");
    check_tag("`` We will fight , '' he said .", ",", ",");
    check_tag("`` We will fight , '' he said .", ".", ".");
    check_tag("Rebels -- and some soldiers -- fled .", "--", ":");
    check_tag("He paid $ 5 million ( 4 million euros ) .", "$", "$");
    check_tag("He paid $ 5 million ( 4 million euros ) .", "5", "CD");
    check_tag("He paid $ 5 million ( 4 million euros ) .", "(", "-LRB-");
    check_tag("He paid $ 5 million ( 4 million euros ) .", ")", "-RRB-");
    /* a sentence's only verb, in -ed, is not read as an adjective */
    check_tag("Jihadists massacred hundreds of civilians .", "massacred", "VBD");
    /* a sentence with no verb at all: the likeliest past tense is its verb */
    check_tag("An unidentified gunman shot dead a lawmaker in Lviv .", "shot", "VBD");
    /* participles are no finite verbs */
    check_tag("A gunman shot Slovak Prime Minister Robert Fico , leaving him fighting for his life .", "shot", "VBD");
    check_tag("Mali , Burkina Faso and Niger formally left ECOWAS .", "left", "VBD");
    /* and a clause after "after" with no verb: "police shot" is no noun */
    check_tag("Nepal lifted the ban hours after police shot dead 19 protesters .", "shot", "VBD");
    check_tag("Qatar condemned the strike after a phone call with his counterpart .", "call", "NN");
    /* after "to" or "and", before a determiner or a count: a verb */
    check_tag("They urged Caracas to free hundreds of prisoners .", "free", "VB");
    check_tag("They urged Caracas to withdraw and free the prisoners .", "free", "VB");
    check_tag("They backed free trade .", "free", "JJ");
    check_tag("Hamas demanded that Israel free all Palestinian women .", "free", "VB");
    /* a gerund after a determiner or adjective, before a preposition: a noun */
    check_tag("He cut off all future funding to South Africa .", "funding", "NN");
    check_tag("A strike destroyed Iran 's consular building next to its embassy .", "building", "NN");
    check_tag("They signed a memorandum of understanding in Addis Ababa .", "understanding", "NN");
    check_tag("Police fired tear gas at students marching in Ankara .", "tear", "NN");
    check_tag("Police arrested two lawmakers and a human rights activist at their homes .", "activist", "NN");
    check_tag("Poland scrambled jets , the Polish armed forces ' operational command said .", "armed", "JJ");
    check_tag("On Sunday gunmen killed two people near a polling station in Puebla .", "near", "IN");
    check_tag("African Union envoys held talks in Mekelle .", "envoys", "NNS");
    check_tag("France recognised a Palestinian state at a United Nations summit in New York .", "summit", "NN");
    check_tag("Umerov , who now heads Ukraine 's Security Council , told reporters .", "heads", "VBZ");
    check_tag("They accused police of charging the crowd .", "charging", "VBG");
    /* a past form after a noun, before "by", after the finite verb: a participle */
    check_tag("Russian forces violated the truce declared by Vladimir Putin .", "declared", "VBN");
    check_tag("Germany stood by Ukraine .", "stood", "VBD");
    /* a word in -s that a modal follows across a noun's words: a noun */
    check_tag("He said that talks with Washington would be unwise .", "talks", "NNS");
    check_tag("The minister talks with Uganda on Monday and will visit Kampala .", "talks", "VBZ");
    /* a gerund after a nationality adjective, before a preposition */
    check_tag("Ruto sought Chinese financing to extend the railway .", "financing", "NN");
    /* a gerund before a verb, after a conjunction: the verb's subject */
    check_tag("Kenya urged calm as fighting spread along the border .", "fighting", "NN");
    check_tag("Kenya kept fighting Somalia .", "fighting", "VBG");
    /* ... or before the by-phrase's finite verb */
    check_tag("A truce between Kenya and Uganda brokered by Qatar took hold .", "brokered", "VBN");
    check_tag("Germany stood by Ukraine and attacked Russia .", "stood", "VBD");
}

static void empty_and_long_sentences(void **state)
{
    (void)state;
    tagger_tag(T, NULL, NULL, 0, NULL); /* n = 0: nothing read or written */
    enum { N = 3000 };                  /* longer than any stack buffer */
    static const char *const pattern[] = {"The", "army", "attacked", "Ouagadougou", ","};
    const char **words = malloc(N * sizeof *words);
    size_t *lens = malloc(N * sizeof *lens);
    penn_tag *tags = malloc(N * sizeof *tags);
    for (size_t i = 0; i < N; i++) {
        words[i] = pattern[i % 5];
        lens[i] = strlen(words[i]);
        tags[i] = PENN_NONE;
    }
    tagger_tag(T, words, lens, N, tags);
    for (size_t i = 0; i < N; i++) assert_true(tags[i] > PENN_NONE && tags[i] < PENN_COUNT);
    assert_string_equal(penn_name(tags[N - 2]), "NNP");
    /* words are taken by length, not NUL-terminated */
    const char *w[] = {"Modi met Erdogan", "met", "Erdogan."};
    size_t l[] = {4, 3, 7};
    penn_tag t[3];
    tagger_tag(T, w, l, 3, t);
    assert_string_equal(penn_name(t[0]), "NNP");
    assert_string_equal(penn_name(t[1]), "VBD");
    free(words);
    free(lens);
    free(tags);
}

/* Loads path, expecting failure with a one-line message. */
static void expect_rejected(const char *path)
{
    dbuf err = {0};
    tagger *t = tagger_load(path, &err);
    if (t) {
        tagger_free(t);
        fail_msg("%s was accepted", path);
    }
    const char *msg = dbuf_cstr(&err);
    assert_true(err.len > 0);
    assert_null(strchr(msg, '\n'));
    dbuf_free(&err);
}

static void bad_model_files_are_rejected(void **state)
{
    (void)state;
    size_t len;
    char *data = tu_read_file(MODEL, &len);
    assert_non_null(data);
    assert_true(len > 4096);
    char *p;

    expect_rejected("/nonexistent/dyad/tagger.bin");
    expect_rejected(tu_tmpdir()); /* a directory */
    expect_rejected(p = tu_write_tmp("empty.bin", "", 0));
    free(p);
    expect_rejected(p = tu_write_tmp("header-only.bin", data, 64));
    free(p);
    expect_rejected(p = tu_write_tmp("short-header.bin", data, 40));
    free(p);
    expect_rejected(p = tu_write_tmp("truncated.bin", data, len / 2));
    free(p);
    expect_rejected(p = tu_write_tmp("truncated-by-one.bin", data, len - 1));
    free(p);
    char *bigger = malloc(len + 8);
    memcpy(bigger, data, len);
    memset(bigger + len, 0, 8);
    expect_rejected(p = tu_write_tmp("trailing.bin", bigger, len + 8));
    free(p);
    free(bigger);

    char *bad = malloc(len);
    memcpy(bad, data, len);
    bad[0] ^= 0x20; /* magic */
    expect_rejected(p = tu_write_tmp("magic.bin", bad, len));
    free(p);
    memcpy(bad, data, len);
    bad[8] = 99; /* version */
    expect_rejected(p = tu_write_tmp("version.bin", bad, len));
    free(p);
    memcpy(bad, data, len);
    bad[20] = 60; /* table size far beyond the file */
    expect_rejected(p = tu_write_tmp("bits.bin", bad, len));
    free(p);
    for (size_t off = 64; off < len; off += len / 7) { /* flipped bytes in the body */
        memcpy(bad, data, len);
        bad[off] ^= 0x5A;
        expect_rejected(p = tu_write_tmp("flipped.bin", bad, len));
        free(p);
    }
    memcpy(bad, data, len);
    memset(bad + 64, 0xFF, len - 64); /* garbage body */
    expect_rejected(p = tu_write_tmp("garbage.bin", bad, len));
    free(p);

    /* the intact bytes, written elsewhere, still load */
    dbuf err = {0};
    tagger *t = tagger_load(p = tu_write_tmp("copy.bin", data, len), &err);
    assert_non_null(t);
    tagger_free(t);
    free(p);
    dbuf_free(&err);
    free(bad);
    free(data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(news_names_are_proper_nouns),
        cmocka_unit_test(verbs_nouns_and_clitics),
        cmocka_unit_test(empty_and_long_sentences),
        cmocka_unit_test(bad_model_files_are_rejected),
    };
    return cmocka_run_group_tests_name("tagger", tests, setup, teardown);
}
