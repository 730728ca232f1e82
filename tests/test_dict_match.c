/* test_dict_match.c - the compiled phrase matcher (dict_match.c): fixtures
 * written here, loaded with the PETRARCH-2 loader and tokenized by dyad's
 * own tokenizer, check each matching rule (longest phrase, exact words and
 * stems, plurals, possessive clitics, case, ties between actors and agents,
 * edges of the token array), the codes of dated actors on and around their
 * boundaries, and agent code combination; then the matcher built for the
 * public Phoenix set finds a few real names with the codes its files give. */
#include "testutil.h"

#include "dict.h"
#include "dict_match.h"
#include "dyad.h"

static const char actors_txt[] = "UNITED_NATIONS_ [IGOUNO]\n"
                                 "UNITED_ [UUU]\n"
                                 "+UNITED_STATES_OF\n"
                                 "UNITED_STATES_ [USA]\n"
                                 "+U.S.\n"
                                 "TURKEY_ [TUR]\n"
                                 "+TURKISH_\n"
                                 "+TURK\n"
                                 "COX'S_BAZAR_ [BGD]\n"
                                 "GEORGE_BUSH\n"
                                 "\t[USAELI 19460706-20010119]\n"
                                 "\t[USAGOV 20010120-20090120]\n"
                                 "\t[USAELI >20090121]\n"
                                 "OLD_ONE [XXX <19750101] [YYY]\n"
                                 "DUP_NAME [AAA]\n";
static const char agents_txt[] = "TROOP_ [~MIL]\n"
                                 "POLICE [~COP]\n"
                                 "FOREIGN_MINISTRY_ [~GOV]\n"
                                 "REBEL_ [REB~]\n"
                                 "DUP_NAME [~DDD]\n"
                                 "BOX_ [~BOX]\n";

typedef struct {
    dict_set set;
    dict_matcher *m;
    dyad_doc *doc;
    const char *words[64];
    size_t lens[64], n;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    diag_log l = {0};
    dict_init(&f->set);
    f->set.diag = collect, f->set.diag_user = &l;
    size_t errors = dict_load_petrarch2(&f->set, "t.actors", actors_txt, strlen(actors_txt), DICT_KIND_ACTORS);
    errors += dict_load_petrarch2(&f->set, "t.agents", agents_txt, strlen(agents_txt), DICT_KIND_AGENTS);
    log_free(&l);
    f->set.diag = NULL;
    if (errors) return -1;
    f->m = dict_matcher_build(&f->set);
    f->doc = dyad_doc_new();
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    dict_matcher_free(f->m);
    dyad_doc_free(f->doc);
    dict_free(&f->set);
    free(f);
    return 0;
}

/* Tokenizes text into f->words/lens (all sentences in one run). */
static void tokens(fixture *f, const char *text)
{
    assert_int_equal(dyad_doc_analyse(f->doc, text, strlen(text)), 0);
    size_t len, n;
    const char *t = dyad_doc_text(f->doc, &len);
    const dyad_token *tok = dyad_doc_tokens(f->doc, &n);
    assert_true(n <= 64);
    for (size_t i = 0; i < n; i++) f->words[i] = t + tok[i].start, f->lens[i] = tok[i].len;
    f->n = n;
}

/* Matches at token start of text; returns the match's code ("" when none):
 * the actor's undated code or the agent's own code. */
static const char *match(fixture *f, const char *text, size_t start, dict_match *out)
{
    tokens(f, text);
    memset(out, 0, sizeof *out);
    if (!dict_match_at(f->m, f->words, f->lens, f->n, start, out)) return "";
    if (out->kind == DICT_MATCH_ACTOR) {
        const char *c = dict_actor_code(&f->set, out->index, 0);
        return c ? c : "(none)";
    }
    return dict_string(&f->set, f->set.agents[out->index].code);
}

static void longest_match_wins(void **state)
{
    fixture *f = *state;
    dict_match m;
    assert_string_equal(match(f, "United Nations troops", 0, &m), "IGOUNO");
    assert_int_equal(m.first, 0), assert_int_equal(m.count, 2), assert_int_equal(m.possessive, 0);
    assert_string_equal(match(f, "the United States of America", 1, &m), "UUU"); /* 3 words beat 2 */
    assert_int_equal(m.count, 3);
    assert_string_equal(match(f, "the United States said", 1, &m), "USA");
    assert_int_equal(m.count, 2);
    assert_string_equal(match(f, "United Kingdom", 0, &m), "UUU");
    assert_int_equal(m.count, 1);
    assert_string_equal(match(f, "the U.S. said", 1, &m), "USA");
    assert_string_equal(match(f, "United Nations troops", 2, &m), "MIL");
    assert_int_equal(m.kind, DICT_MATCH_AGENT), assert_int_equal(m.first, 2), assert_int_equal(m.count, 1);
}

static void exact_and_stem(void **state)
{
    fixture *f = *state;
    dict_match m;
    assert_string_equal(match(f, "Turkish", 0, &m), "TUR"); /* TURKISH_ (exact) */
    assert_int_equal(f->set.words[f->set.phrases[m.phrase].words.first].flags & DICT_WORD_EXACT, DICT_WORD_EXACT);
    /* PETRARCH-2 names match whole words (a plural aside): TURK is not a stem there */
    assert_string_equal(match(f, "Turkmen", 0, &m), "");
    assert_string_equal(match(f, "Turks", 0, &m), "TUR");
    assert_string_equal(match(f, "Unitedly", 0, &m), ""); /* UNITED_ is whole */
    assert_string_equal(match(f, "Nations", 0, &m), "");
    assert_string_equal(match(f, "policemen", 0, &m), "");
    assert_string_equal(match(f, "Foreign Ministry", 0, &m), "GOV");
    assert_string_equal(match(f, "Foreign Ministryship", 0, &m), "");

    /* stems (TABARI's plain words, dyad's "word*") match every token they begin */
    static const char stems[] = "actor TUR turk*\nagent ~COP police*\n";
    dict_set set;
    dict_init(&set);
    assert_int_equal(dict_load_dyad(&set, "stems.dyad", stems, strlen(stems)), 0);
    dict_matcher *sm = dict_matcher_build(&set);
    static const char *const words[] = {"Turkmen", "policemen", "polic"};
    static const size_t lens[] = {7, 9, 5};
    assert_int_equal(dict_match_at(sm, words, lens, 3, 0, &m), 1);
    assert_int_equal(set.words[set.phrases[m.phrase].words.first].flags, 0);
    assert_int_equal(dict_match_at(sm, words, lens, 3, 1, &m), 1);
    assert_int_equal(m.kind, DICT_MATCH_AGENT);
    assert_int_equal(dict_match_at(sm, words, lens, 3, 2, &m), 0); /* a stem must be whole in the token */
    dict_matcher_free(sm);
    dict_free(&set);
}

static void plurals(void **state)
{
    fixture *f = *state;
    dict_match m;
    assert_string_equal(match(f, "troops", 0, &m), "MIL");
    assert_string_equal(match(f, "troop", 0, &m), "MIL");
    assert_string_equal(match(f, "boxes", 0, &m), "BOX");
    assert_string_equal(match(f, "troopes", 0, &m), ""); /* "es" only after s, x, z, ch, sh */
    assert_string_equal(match(f, "troopss", 0, &m), "");
    assert_string_equal(match(f, "Foreign Ministrys", 0, &m), "GOV");
    assert_string_equal(match(f, "rebels", 0, &m), "REB");
}

static void possessives(void **state)
{
    fixture *f = *state;
    dict_match m;
    assert_string_equal(match(f, "Turkey's troops", 0, &m), "TUR");
    assert_int_equal(m.count, 2), assert_int_equal(m.possessive, 1);
    assert_string_equal(match(f, "Turkey's troops", 2, &m), "MIL");
    assert_string_equal(match(f, "Turkey\xE2\x80\x99s army", 0, &m), "TUR"); /* curly apostrophe */
    assert_int_equal(m.count, 2), assert_int_equal(m.possessive, 1);
    assert_string_equal(match(f, "the rebels' leader", 1, &m), "REB"); /* plural possessive */
    assert_int_equal(m.count, 2), assert_int_equal(m.possessive, 1);
    assert_string_equal(match(f, "United Nations' staff", 0, &m), "IGOUNO");
    assert_int_equal(m.count, 3), assert_int_equal(m.possessive, 1);
    assert_string_equal(match(f, "Turkey said", 0, &m), "TUR");
    assert_int_equal(m.count, 1), assert_int_equal(m.possessive, 0);
    /* a name with "'S" in it matches the split clitic, which is not a possessive */
    assert_string_equal(match(f, "in Cox's Bazar", 1, &m), "BGD");
    assert_int_equal(m.count, 3), assert_int_equal(m.possessive, 0);
    assert_string_equal(match(f, "in Cox\xE2\x80\x99s Bazar", 1, &m), "BGD");
    assert_string_equal(match(f, "in Cox's", 1, &m), "");
}

static void case_insensitive(void **state)
{
    fixture *f = *state;
    dict_match m;
    assert_string_equal(match(f, "uNiTeD nAtIoNs", 0, &m), "IGOUNO");
    assert_int_equal(m.count, 2);
    assert_string_equal(match(f, "UNITED NATIONS", 0, &m), "IGOUNO");
    assert_string_equal(match(f, "TROOPS", 0, &m), "MIL");
    assert_string_equal(match(f, "u.s.", 0, &m), "USA");
    /* non-ASCII bytes are left alone: no match, no crash */
    assert_string_equal(match(f, "T\xC3\x9CRKEY", 0, &m), "");
}

static void same_phrase_actor_first(void **state)
{
    fixture *f = *state;
    dict_match m, c;
    assert_string_equal(match(f, "dup name", 0, &m), "AAA");
    assert_int_equal(m.kind, DICT_MATCH_ACTOR);
    assert_int_equal(m.candidates, 2);
    dict_match_candidate(f->m, &m, 1, &c);
    assert_int_equal(c.kind, DICT_MATCH_AGENT);
    assert_string_equal(dict_string(&f->set, f->set.agents[c.index].code), "DDD");
    assert_int_equal(c.count, 2);
    assert_string_equal(match(f, "Turkey", 0, &m), "TUR");
    assert_int_equal(m.candidates, 1);
}

static void no_match_and_edges(void **state)
{
    fixture *f = *state;
    dict_match m;
    assert_string_equal(match(f, "the cat sat", 0, &m), "");
    assert_string_equal(match(f, "the cat sat", 2, &m), "");
    assert_int_equal(dict_match_at(f->m, NULL, NULL, 0, 0, &m), 0); /* n = 0 */
    tokens(f, "the Turks");
    assert_int_equal(dict_match_at(f->m, f->words, f->lens, f->n, f->n, &m), 0); /* start = n */
    assert_int_equal(dict_match_at(f->m, f->words, f->lens, f->n, 99, &m), 0);
    /* the last token */
    assert_int_equal(dict_match_at(f->m, f->words, f->lens, f->n, f->n - 1, &m), 1);
    assert_int_equal(m.first, 1), assert_int_equal(m.count, 1);
    /* a phrase cut short by the end of the tokens */
    assert_string_equal(match(f, "the United", 1, &m), "UUU");
    assert_string_equal(match(f, "Foreign", 0, &m), "");
    /* an empty token */
    const char *w[] = {""};
    size_t l[] = {0};
    assert_int_equal(dict_match_at(f->m, w, l, 1, 0, &m), 0);
}

static void dated_codes(void **state)
{
    fixture *f = *state;
    dict_match m;
    match(f, "George Bush", 0, &m);
    assert_int_equal(m.kind, DICT_MATCH_ACTOR);
    assert_int_equal(m.count, 2);
    const dict_set *s = &f->set;
    uint32_t bush = m.index;
    assert_null(dict_actor_code(s, bush, 19460705)); /* before the first range, no undated code */
    assert_string_equal(dict_actor_code(s, bush, 19460706), "USAELI");
    assert_string_equal(dict_actor_code(s, bush, 20010119), "USAELI");
    assert_string_equal(dict_actor_code(s, bush, 20010120), "USAGOV");
    assert_string_equal(dict_actor_code(s, bush, 20090120), "USAGOV");
    assert_string_equal(dict_actor_code(s, bush, 20090121), "USAELI"); /* open end */
    assert_string_equal(dict_actor_code(s, bush, 20991231), "USAELI");
    assert_null(dict_actor_code(s, bush, 0));
    match(f, "old one", 0, &m);
    uint32_t old = m.index;
    assert_string_equal(dict_actor_code(s, old, 18000101), "XXX"); /* open start */
    assert_string_equal(dict_actor_code(s, old, 19741231), "XXX"); /* "<750101": up to the day before */
    assert_string_equal(dict_actor_code(s, old, 19750101), "YYY"); /* the undated code */
    assert_string_equal(dict_actor_code(s, old, 0), "YYY");
    match(f, "Turkey", 0, &m);
    assert_string_equal(dict_actor_code(s, m.index, 20240101), "TUR");
    assert_null(dict_actor_code(s, (uint32_t)s->n_actors, 0));
}

static void agent_combination(void **state)
{
    fixture *f = *state;
    dict_match m;
    dbuf b = {0};
    match(f, "troops", 0, &m);
    dict_agent_apply(&f->set, m.index, "TUR", &b);
    assert_string_equal(dbuf_cstr(&b), "TURMIL");
    dbuf_clear(&b);
    dict_agent_apply(&f->set, m.index, NULL, &b);
    assert_string_equal(dbuf_cstr(&b), "MIL");
    dbuf_clear(&b);
    dict_agent_apply(&f->set, m.index, "", &b);
    assert_string_equal(dbuf_cstr(&b), "MIL");
    dbuf_clear(&b);
    match(f, "rebels", 0, &m);
    dict_agent_apply(&f->set, m.index, "TUR", &b);
    assert_string_equal(dbuf_cstr(&b), "REBTUR");
    dbuf_clear(&b);
    /* the coder's way: "Turkish Foreign Ministry" */
    tokens(f, "Turkish Foreign Ministry");
    dict_match a, g;
    assert_int_equal(dict_match_at(f->m, f->words, f->lens, f->n, 0, &a), 1);
    assert_int_equal(dict_match_at(f->m, f->words, f->lens, f->n, a.count, &g), 1);
    assert_int_equal(g.kind, DICT_MATCH_AGENT);
    dict_agent_apply(&f->set, g.index, dict_actor_code(&f->set, a.index, 20240101), &b);
    assert_string_equal(dbuf_cstr(&b), "TURGOV");
    dbuf_free(&b);
}

/* ---- the public Phoenix set ---------------------------------------------- */

static void phoenix(void **state)
{
    (void)state;
    static const char *const files[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"};
    dict_set s;
    dict_init(&s);
    diag_log l = {0};
    s.diag = collect, s.diag_user = &l;
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[512];
        snprintf(path, sizeof path, "../shared/dictionaries/phoenix-petrarch2/%s", files[i]);
        if (!tu_exists(path)) {
            dict_free(&s);
            log_free(&l);
            skip();
        }
        dbuf error = {0};
        assert_int_equal(dict_load_file(&s, path, -1, -1, &error), 0); /* kind and format from the name */
        dbuf_free(&error);
    }
    assert_int_equal(s.errors, 0);
    log_free(&l);
    dict_matcher *m = dict_matcher_build(&s);
    assert_int_equal(dict_matcher_skipped(m), 0);
    dyad_doc *doc = dyad_doc_new();
    static const struct {
        const char *text;
        size_t start, count;
        const char *code;    /* actor code on 2014-01-01, or agent code combined with the previous match */
        const char *name;    /* the entry's first name */
        unsigned line;
    } cases[] = {
        {"Turkish", 0, 1, "TUR", "TURKEY", 48384},
        {"Kenya", 0, 1, "KEN", "KENYA", 25482},
        {"Kenya's police", 0, 2, "KEN", "KENYA", 25482},
        {"the United Nations said", 1, 2, "IGOUNO", "UNITED", 119},
        {"Nairobi", 0, 1, "KEN", "KENYA", 25482},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_int_equal(dyad_doc_analyse(doc, cases[i].text, strlen(cases[i].text)), 0);
        size_t tl, n;
        const char *t = dyad_doc_text(doc, &tl);
        const dyad_token *tok = dyad_doc_tokens(doc, &n);
        const char *w[8];
        size_t lens[8];
        for (size_t k = 0; k < n; k++) w[k] = t + tok[k].start, lens[k] = tok[k].len;
        dict_match mt;
        assert_int_equal(dict_match_at(m, w, lens, n, cases[i].start, &mt), 1);
        assert_int_equal(mt.kind, DICT_MATCH_ACTOR);
        assert_int_equal(mt.count, cases[i].count);
        assert_string_equal(dict_actor_code(&s, mt.index, 20140101), cases[i].code);
        const dict_actor *a = &s.actors[mt.index];
        assert_string_equal(dict_string(&s, s.words[s.phrases[a->names.first].words.first].text), cases[i].name);
        assert_int_equal(a->at.line, cases[i].line);
    }
    /* Turkish Foreign Ministry: TUR + GOV */
    static const char tfm[] = "Turkish Foreign Ministry";
    assert_int_equal(dyad_doc_analyse(doc, tfm, strlen(tfm)), 0);
    size_t tl, n;
    const char *t = dyad_doc_text(doc, &tl);
    const dyad_token *tok = dyad_doc_tokens(doc, &n);
    const char *w[3];
    size_t lens[3];
    assert_int_equal(n, 3);
    for (size_t k = 0; k < n; k++) w[k] = t + tok[k].start, lens[k] = tok[k].len;
    dict_match a, g;
    assert_int_equal(dict_match_at(m, w, lens, n, 0, &a), 1);
    assert_int_equal(dict_match_at(m, w, lens, n, 1, &g), 1);
    assert_int_equal(g.kind, DICT_MATCH_AGENT), assert_int_equal(g.count, 2);
    dbuf b = {0};
    dict_agent_apply(&s, g.index, dict_actor_code(&s, a.index, 20140101), &b);
    assert_string_equal(dbuf_cstr(&b), "TURGOV");
    dbuf_free(&b);
    dyad_doc_free(doc);
    dict_matcher_free(m);
    dict_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(longest_match_wins, setup, teardown),
        cmocka_unit_test_setup_teardown(exact_and_stem, setup, teardown),
        cmocka_unit_test_setup_teardown(plurals, setup, teardown),
        cmocka_unit_test_setup_teardown(possessives, setup, teardown),
        cmocka_unit_test_setup_teardown(case_insensitive, setup, teardown),
        cmocka_unit_test_setup_teardown(same_phrase_actor_first, setup, teardown),
        cmocka_unit_test_setup_teardown(no_match_and_edges, setup, teardown),
        cmocka_unit_test_setup_teardown(dated_codes, setup, teardown),
        cmocka_unit_test_setup_teardown(agent_combination, setup, teardown),
        cmocka_unit_test(phoenix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
