/* test_dict_petrarch2.c - the PETRARCH-2 dictionary loader: small fixtures
 * written here check each construct (actors with dated codes, agents with
 * macros and '~' position, verb blocks, forms, patterns, synsets, discards,
 * issues, errors with file:line), then the real Phoenix/CAMEO and validation
 * files load with no errors and with counts established independently. */
#include "testutil.h"

#include "dict.h"


static size_t load(dict_set *s, diag_log *l, const char *name, const char *text, dict_kind kind)
{
    dict_init(s);
    s->diag = collect, s->diag_user = l;
    return dict_load_petrarch2(s, name, text, strlen(text), kind);
}

#define STR(s, x) dict_string((s), (x))
static const char *word(const dict_set *s, uint32_t phrase, uint32_t i)
{
    return STR(s, s->words[s->phrases[phrase].words.first + i].text);
}

static void actors_fixture(void **state)
{
    (void)state;
    static const char in[] = "# comment\n"
                             "<!-- a header comment -->\n"
                             "UNITED_STATES_ [USA]  # inline\n"
                             "+U.S.\n"
                             "GEORGE_BUSH\n"
                             "\t[USAELI 19460706-010120]\n"
                             "\t[USAGOV 010120-090120]\n"
                             "\t[USAELI > 090120]\n"
                             "OLD_ONE [XXX <750101] [YYY]\n"
                             "+NOT_AN_ACTOR_YET\n"
                             "[ZZZ 1-2]\n";
    dict_set s;
    diag_log l = {0};
    size_t errors = load(&s, &l, "t.actors", in, DICT_KIND_ACTORS);
    assert_int_equal(errors, 1);
    assert_true(logged(&l, "t.actors:11: bad date range"));
    assert_int_equal(s.n_actors, 3);
    dict_actor *a = &s.actors[0];
    assert_int_equal(a->names.count, 2);
    assert_string_equal(word(&s, a->names.first, 0), "UNITED");
    assert_int_equal(s.words[s.phrases[a->names.first].words.first].flags, DICT_WORD_EXACT);
    assert_int_equal(s.words[s.phrases[a->names.first].words.first + 1].flags, DICT_WORD_EXACT);
    assert_string_equal(word(&s, a->names.first + 1, 0), "U.S.");
    assert_int_equal(a->codes.count, 1);
    assert_string_equal(STR(&s, s.codes[a->codes.first].code), "USA");
    assert_int_equal(s.codes[a->codes.first].from, 0);
    a = &s.actors[1];
    assert_int_equal(a->at.line, 5);
    assert_int_equal(a->codes.count, 3);
    dict_code *c = &s.codes[a->codes.first];
    assert_string_equal(STR(&s, c[0].code), "USAELI");
    assert_int_equal(c[0].from, 19460706), assert_int_equal(c[0].to, 20010120);
    assert_int_equal(c[1].from, 20010120), assert_int_equal(c[1].to, 20090120);
    assert_int_equal(c[2].from, 20090120), assert_int_equal(c[2].to, 0);
    a = &s.actors[2];
    assert_int_equal(a->names.count, 2); /* the synonym */
    assert_int_equal(a->codes.count, 2); /* [ZZZ 1-2] refused */
    c = &s.codes[a->codes.first];
    assert_string_equal(STR(&s, c[0].code), "XXX");
    assert_int_equal(c[0].from, 0), assert_int_equal(c[0].to, 19741231); /* "<750101": before 1 Jan 1975 */
    assert_string_equal(STR(&s, c[1].code), "YYY");
    dict_stats st;
    dict_stats_of(&s, &st);
    assert_int_equal(st.synonyms, 2);
    assert_int_equal(st.dated_codes, 4);
    dict_free(&s);
    log_free(&l);
}

static void actors_errors(void **state)
{
    (void)state;
    dict_set s;
    diag_log l = {0};
    size_t errors = load(&s, &l, "e.actors", "+ORPHAN\n[ABC]\nX [ ]\nY [BAD\n", DICT_KIND_ACTORS);
    assert_int_equal(errors, 4);
    assert_true(logged(&l, "e.actors:1: synonym before any actor"));
    assert_true(logged(&l, "e.actors:2: code before any actor"));
    assert_true(logged(&l, "e.actors:3: empty code"));
    assert_true(logged(&l, "e.actors:4: code without ']'"));
    dict_free(&s);
    log_free(&l);
}

static void agents_fixture(void **state)
{
    (void)state;
    static const char in[] = "!PERSON! = MAN, WOMAN , PERSON\n"
                             "CATTLE!PERSON! [~AGR]\n"
                             "HUMAN_RIGHTS_BODY  [NGO~] # note\n"
                             "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
                             "POLICE {} [~COP]\n"
                             "NOCODE\n"
                             "X!NOPE! [~A]\n";
    dict_set s;
    diag_log l = {0};
    size_t errors = load(&s, &l, "a.agents", in, DICT_KIND_AGENTS);
    assert_int_equal(errors, 1);
    assert_true(logged(&l, "a.agents:7: substitution marker !NOPE! not defined"));
    assert_true(logged(&l, "a.agents:6: warning: agent without a [code]"));
    assert_int_equal(s.n_agents, 4);
    dict_agent *g = &s.agents[0];
    assert_int_equal(g->names.count, 3);
    assert_string_equal(word(&s, g->names.first, 0), "CATTLEMAN");
    assert_string_equal(word(&s, g->names.first + 1, 0), "CATTLEWOMAN");
    assert_string_equal(word(&s, g->names.first + 2, 0), "CATTLEPERSON");
    assert_string_equal(STR(&s, g->code), "AGR");
    assert_int_equal(g->position, DICT_AGENT_SUFFIX);
    g = &s.agents[1];
    assert_string_equal(STR(&s, g->code), "NGO");
    assert_int_equal(g->position, DICT_AGENT_PREFIX);
    g = &s.agents[2];
    assert_int_equal(g->names.count, 2);
    assert_string_equal(word(&s, g->names.first + 1, 0), "ATTORNEYS");
    assert_int_equal(s.agents[3].names.count, 1);
    dict_free(&s);
    log_free(&l);
}

static void verbs_fixture(void **state)
{
    (void)state;
    static const char in[] = "####### SYNONYM SETS #######\n"
                             "&AUX_\n"
                             "+WAS\n"
                             "+IS_TO\n"
                             "&CURRENCY\n"
                             "+DOLLAR\n"
                             "+CASH_\n"
                             "####### VERB PATTERNS #######\n"
                             "---  GRANT   [070]  ---\n"
                             "GIVE {GAVE GIVEN GIVING }  # jw\n"
                             "+STIR_UP {+STIRS_UP +STIRRED_UP}\n"
                             "CLARIFY [040:041]\n"
                             "- * &CURRENCY [903] # -PAS\n"
                             "- $ * (TO +) {BIG AID} [071:072]\n"
                             "- % &AUX * ^ | [:073]\n"
                             "<!-- a comment\n"
                             "over lines -->\n"
                             "--- GRANT [---] ---\n"
                             "- SPY_*_DEAL [080!]\n"
                             "~ a (a b Q) SAY = a b Q\n"
                             "- * NOCODE\n";
    dict_set s;
    diag_log l = {0};
    size_t errors = load(&s, &l, "v.verbs", in, DICT_KIND_VERBS);
    assert_int_equal(errors, 1);
    assert_true(logged(&l, "v.verbs:21: pattern without a [code]"));
    assert_false(logged(&l, "v.verbs:20: ")); /* the transformation is kept, without a message */
    assert_int_equal(s.n_transforms, 1);
    const dict_transform *tr = &s.transforms[0];
    assert_int_equal(tr->at.line, 20);
    assert_int_equal(tr->outer_source, 'a');
    assert_int_equal(tr->inner_source, 'a');
    assert_int_equal(tr->inner_target, 'b');
    assert_string_equal(STR(&s, tr->inner_verb), "Q");
    assert_string_equal(STR(&s, tr->outer_verb), "SAY");
    assert_int_equal(tr->source, 'a');
    assert_int_equal(tr->target, 'b');
    assert_string_equal(STR(&s, tr->code), "Q");
    assert_string_equal(STR(&s, tr->text), "a (a b Q) SAY = a b Q");
    assert_int_equal(s.n_synsets, 2);
    assert_string_equal(STR(&s, s.synsets[0].name), "AUX");
    assert_int_equal(s.synsets[0].members.count, 2);
    uint32_t m = s.synsets[0].members.first;
    assert_int_equal(s.words[s.phrases[m].words.first].flags, DICT_WORD_EXACT); /* whole words */
    assert_string_equal(STR(&s, s.synsets[1].name), "CURRENCY");
    m = s.synsets[1].members.first;
    assert_int_equal(s.words[s.phrases[m].words.first].flags, DICT_WORD_EXACT); /* PETRARCH-2 words are whole */
    assert_int_equal(s.words[s.phrases[m + 1].words.first].flags, DICT_WORD_EXACT);
    /* GRANT, then the CLARIFY line with its own code (written when the block ends), then the second GRANT block */
    assert_int_equal(s.n_verbs, 3);
    dict_verb *v = &s.verbs[0];
    assert_string_equal(STR(&s, v->name), "GRANT");
    assert_string_equal(STR(&s, v->code), "070");
    assert_int_equal(v->forms.count, 7);
    assert_string_equal(word(&s, v->forms.first, 0), "GIVE");
    assert_string_equal(word(&s, v->forms.first + 3, 0), "GIVING");
    assert_string_equal(word(&s, v->forms.first + 4, 0), "STIR");
    assert_string_equal(word(&s, v->forms.first + 4, 1), "UP");
    assert_string_equal(word(&s, v->forms.first + 6, 0), "STIRRED");
    assert_int_equal(v->patterns.count, 3);
    dict_verb *second = &s.verbs[2];
    assert_string_equal(STR(&s, second->code), "---");
    assert_int_equal(second->patterns.count, 1);
    dict_verb *own = &s.verbs[1];
    assert_string_equal(STR(&s, own->name), "GRANT");
    assert_string_equal(STR(&s, own->code), "040");
    assert_string_equal(STR(&s, own->reverse), "041");
    assert_int_equal(own->forms.count, 1);
    assert_string_equal(word(&s, own->forms.first, 0), "CLARIFY");

    dict_pattern *p = &s.patterns[v->patterns.first];
    assert_string_equal(STR(&s, p[0].id), "GRANT.1");
    assert_string_equal(STR(&s, p[0].text), "- * &CURRENCY [903]");
    assert_string_equal(STR(&s, p[0].code), "903");
    assert_int_equal(p[0].reverse, 0);
    assert_int_equal(p[0].elements.count, 2);
    dict_element *e = &s.elements[p[0].elements.first];
    assert_int_equal(e[0].kind, DICT_EL_VERB);
    assert_int_equal(e[1].kind, DICT_EL_SYNSET);
    assert_string_equal(STR(&s, e[1].text), "CURRENCY");

    static const uint32_t k1[] = {DICT_EL_SOURCE, DICT_EL_VERB, DICT_EL_PP_OPEN, DICT_EL_WORD, DICT_EL_TARGET,
                                  DICT_EL_PP_CLOSE, DICT_EL_NP_OPEN, DICT_EL_WORD, DICT_EL_WORD, DICT_EL_NP_CLOSE};
    assert_int_equal(p[1].elements.count, 10);
    for (size_t i = 0; i < 10; i++) assert_int_equal(s.elements[p[1].elements.first + i].kind, k1[i]);
    assert_string_equal(STR(&s, s.elements[p[1].elements.first + 3].text), "TO");
    assert_string_equal(STR(&s, p[1].code), "071");
    assert_string_equal(STR(&s, p[1].reverse), "072");
    assert_string_equal(STR(&s, p[1].id), "GRANT.2");

    static const uint32_t k2[] = {DICT_EL_MARK, DICT_EL_SYNSET, DICT_EL_VERB, DICT_EL_SKIP, DICT_EL_MARK};
    assert_int_equal(p[2].elements.count, 5);
    for (size_t i = 0; i < 5; i++) assert_int_equal(s.elements[p[2].elements.first + i].kind, k2[i]);
    assert_string_equal(STR(&s, s.elements[p[2].elements.first].text), "%");
    assert_string_equal(STR(&s, s.elements[p[2].elements.first + 4].text), "|");
    assert_string_equal(STR(&s, p[2].code), "---");
    assert_string_equal(STR(&s, p[2].reverse), "073");

    p = &s.patterns[second->patterns.first];
    assert_string_equal(STR(&s, p->id), "GRANT.4"); /* numbering goes on by name */
    assert_int_equal(p->at.line, 19);
    assert_string_equal(STR(&s, p->code), "080!");
    e = &s.elements[p->elements.first];
    assert_int_equal(p->elements.count, 3);
    assert_int_equal(e[0].kind, DICT_EL_WORD), assert_int_equal(e[0].flags, DICT_WORD_EXACT | DICT_WORD_JOINED); /* SPY_* */
    assert_int_equal(e[1].kind, DICT_EL_VERB);
    assert_string_equal(STR(&s, e[2].text), "DEAL");
    dict_free(&s);
    log_free(&l);
}

/* "~" lines: PETRARCH-2's verb transformations, as CAMEO.2.0.txt ends. */
static void verb_transformations(void **state)
{
    (void)state;
    static const char in[] = "---  ATTACK   [190]  ---\n"                          /* 1 */
                             "ATTACK\n"                                           /* 2 */
                             "SAY {SAID SAYING}\n"                                /* 3 */
                             "- * + [190]\n"                                      /* 4 */
                             "######## TRANSFORMATIONS ##########\n"              /* 5 */
                             "~ a (a b ATTACK) SAY = a b 015   # comment\n"       /* 6 */
                             "~ a (b . ATTACK ) WANT = a b 021\n"                 /* 7: space before ')' */
                             "~a(_ b ASSASSINATE)attempt=a b 185\n"               /* 8: tight, lower-case verb */
                             "#~ a (a b WILL_ATTACK) SAY = a b 138\n"             /* 9: a comment */
                             "~ a (a b ATTACK) SAY = a c 015\n"                   /* 10: c is not on the left */
                             "~ a (a (b c ATTACK) WANT) SAY = a c 015\n"          /* 11: nested */
                             "~ a (a b ATTACK) SAY = a b\n"                       /* 12: no code */
                             "~ A (a b ATTACK) SAY = a b 015\n"                   /* 13: not a variable */
                             "~ a (a b c) SAY = a b 015\n"                        /* 14: a variable as the verb */
                             "~ a (a b ATTACK SAY = a b 015\n"                    /* 15: no ')' */
                             "~ a (a b ATTACK) SAY = a b 015 016\n"               /* 16: text after the code */
                             "~ a (a b ATTACK) SAY = _ b 015\n"                   /* 17: '_' in the result */
                             "~ a (a b ATTACK) SAY = . . 015\n"                   /* 18: no actor at all */
                             "~\n"                                                /* 19: empty */
                             "~ a (a b ATTACK) SAY a b 015\n"                     /* 20: no '=' */
                             "~ a (a <!-- note --> b Q) SAY = a b Q\n";           /* 21: inline comment */
    dict_set s;
    diag_log l = {0};
    size_t errors = load(&s, &l, "t.verbs", in, DICT_KIND_VERBS);
    assert_int_equal(errors, 0);
    assert_int_equal(s.n_transforms, 4);
    const dict_transform *t = s.transforms;
    assert_int_equal(t[0].at.line, 6);
    assert_int_equal(t[0].at.file, 0);
    assert_int_equal(t[0].outer_source, 'a');
    assert_int_equal(t[0].inner_source, 'a');
    assert_int_equal(t[0].inner_target, 'b');
    assert_string_equal(STR(&s, t[0].inner_verb), "ATTACK");
    assert_string_equal(STR(&s, t[0].outer_verb), "SAY");
    assert_int_equal(t[0].source, 'a');
    assert_int_equal(t[0].target, 'b');
    assert_string_equal(STR(&s, t[0].code), "015");
    assert_string_equal(STR(&s, t[0].text), "a (a b ATTACK) SAY = a b 015");
    assert_int_equal(t[1].at.line, 7);
    assert_int_equal(t[1].inner_source, 'b');
    assert_int_equal(t[1].inner_target, '.');
    assert_string_equal(STR(&s, t[1].outer_verb), "WANT");
    assert_string_equal(STR(&s, t[1].code), "021");
    assert_string_equal(STR(&s, t[1].text), "a (b . ATTACK ) WANT = a b 021"); /* as written */
    assert_int_equal(t[2].inner_source, '_');
    assert_string_equal(STR(&s, t[2].inner_verb), "ASSASSINATE");
    assert_string_equal(STR(&s, t[2].outer_verb), "ATTEMPT"); /* verbs are held upper-case */
    assert_string_equal(STR(&s, t[2].code), "185");
    assert_int_equal(t[3].at.line, 21);
    assert_string_equal(STR(&s, t[3].inner_verb), "Q");
    assert_string_equal(STR(&s, t[3].code), "Q");
    for (size_t i = 0; i < s.n_transforms; i++) {
        assert_true(dict_transform_ok(&t[i]));
        assert_int_equal(t[i].pad[0] | t[i].pad[1] | t[i].pad[2], 0);
    }
    /* every bad line: a warning with file:line, nothing kept */
    static const char *const why[] = {
        "t.verbs:10: warning: verb transformation \"~ a (a b ATTACK) SAY = a c 015\" skipped: the result's target "
        "is not a variable of the left side",
        "t.verbs:11: warning: verb transformation \"~ a (a (b c ATTACK) WANT) SAY = a c 015\" skipped: nested",
        "t.verbs:12: warning: verb transformation \"~ a (a b ATTACK) SAY = a b\" skipped: expected the result's code",
        "t.verbs:13: warning: verb transformation \"~ A (a b ATTACK) SAY = a b 015\" skipped: the outer verb's subject",
        "t.verbs:14: warning: verb transformation \"~ a (a b c) SAY = a b 015\" skipped: expected the inner verb",
        "t.verbs:15: warning: verb transformation \"~ a (a b ATTACK SAY = a b 015\" skipped: expected ')'",
        "t.verbs:16: warning: verb transformation \"~ a (a b ATTACK) SAY = a b 015 016\" skipped: text after the "
        "result's code",
        "t.verbs:17: warning: verb transformation \"~ a (a b ATTACK) SAY = _ b 015\" skipped: the result's source must",
        "t.verbs:18: warning: verb transformation \"~ a (a b ATTACK) SAY = . . 015\" skipped: the result has neither",
        "t.verbs:19: warning: verb transformation \"~ \" skipped: empty transformation",
        "t.verbs:20: warning: verb transformation \"~ a (a b ATTACK) SAY a b 015\" skipped: expected '='",
    };
    for (size_t i = 0; i < sizeof why / sizeof *why; i++)
        if (!logged(&l, why[i])) fail_msg("no message \"%s\"", why[i]);
    assert_int_equal(s.warnings, sizeof why / sizeof *why);
    assert_false(logged(&l, "t.verbs:9:"));
    dict_stats st;
    dict_stats_of(&s, &st);
    assert_int_equal(st.transforms, 4);
    /* the lint: WANT, ASSASSINATE and ATTEMPT are no verb of this set; ATTACK (block) and SAY (form) are */
    size_t before = s.warnings;
    dict_check(&s);
    assert_int_equal(s.warnings - before, 3);
    assert_true(logged(&l, "t.verbs:7: warning: verb transformation names verb WANT, which no verb"));
    assert_true(logged(&l, "t.verbs:8: warning: verb transformation names verb ASSASSINATE"));
    assert_true(logged(&l, "t.verbs:8: warning: verb transformation names verb ATTEMPT"));
    /* written back from its fields */
    dbuf text = {0};
    dict_transform_format(&s, &t[1], &text);
    assert_string_equal(dbuf_cstr(&text), "a (b . ATTACK) WANT = a b 021");
    dict_transform again;
    assert_null(dict_parse_transform(&s, text.data, text.len, &again));
    assert_int_equal(again.inner_source, 'b');
    assert_int_equal(again.inner_target, '.');
    assert_string_equal(STR(&s, again.code), "021");
    dbuf_free(&text);
    dict_free(&s);
    log_free(&l);
}

static void verbs_errors(void **state)
{
    (void)state;
    dict_set s;
    diag_log l = {0};
    size_t errors = load(&s, &l, "e.verbs", "GIVE\n- * X [010]\n--- [010] ---\n--- A [1] ---\nB {C D\n",
                         DICT_KIND_VERBS);
    assert_int_equal(errors, 4);
    assert_true(logged(&l, "e.verbs:1: verb form outside"));
    assert_true(logged(&l, "e.verbs:2: pattern outside"));
    assert_true(logged(&l, "e.verbs:3: verb block without a name"));
    assert_true(logged(&l, "e.verbs:5: verb forms without '}'"));
    dict_free(&s);
    log_free(&l);
}

static void discards_and_issues(void **state)
{
    (void)state;
    dict_set s;
    diag_log l = {0};
    assert_int_equal(load(&s, &l, "d.txt", "+ACADEMY AWARD   # LRP\nAFL GRAND FINAL\nBATSMEN_\n", DICT_KIND_DISCARDS), 0);
    assert_int_equal(s.n_discards, 3);
    assert_int_equal(s.discards[0].scope, DICT_DISCARD_STORY);
    assert_int_equal(s.discards[0].phrase.count, 2);
    assert_int_equal(s.discards[1].scope, DICT_DISCARD_SENTENCE);
    assert_int_equal(s.words[s.discards[2].phrase.first].flags, DICT_WORD_EXACT);
    dict_free(&s);

    static const char in[] = "<ISSUE CATEGORY=\"ID\">\n"
                             "n:atrocity [ID_ATROCITY]\n"
                             "ethnic v:purge [ID_ATROCITY]\n"
                             "al+zarqawi network [NAMED]\n"
                             "~Saturday Night massacre\n"
                             "~~Armenian genocide  # historical\n"
                             "</ISSUE>\n"
                             "bad [\n";
    assert_int_equal(load(&s, &l, "i.txt", in, DICT_KIND_ISSUES), 1);
    assert_true(logged(&l, "i.txt:8: issue code without ']'"));
    assert_int_equal(s.n_issues, 2 + 4 + 2 + 2);
    const char *expect[] = {"ATROCITY", "ATROCITIES"};
    for (int i = 0; i < 2; i++) {
        assert_string_equal(STR(&s, s.words[s.issues[i].phrase.first].text), expect[i]);
        assert_string_equal(STR(&s, s.issues[i].code), "ID_ATROCITY");
    }
    const char *verbs[] = {"PURGE", "PURGES", "PURGED", "PURGING"};
    for (int i = 0; i < 4; i++) assert_string_equal(STR(&s, s.words[s.issues[2 + i].phrase.first + 1].text), verbs[i]);
    assert_int_equal(s.issues[6].phrase.count, 3);
    assert_string_equal(STR(&s, s.words[s.issues[7].phrase.first].text), "AL-ZARQAWI");
    assert_string_equal(STR(&s, s.issues[8].code), "~");
    assert_string_equal(STR(&s, s.issues[9].code), "~~");
    assert_int_equal(s.issues[9].phrase.count, 2);
    dict_free(&s);
    log_free(&l);
}

static void odd_bytes(void **state)
{
    (void)state;
    static const char in[] = "AB\xff\xfe [X]\n[\n<!--\n";
    for (int k = DICT_KIND_VERBS; k <= DICT_KIND_ISSUES; k++) {
        dict_set s;
        diag_log l = {0};
        load(&s, &l, "b.txt", in, (dict_kind)k);
        dict_free(&s);
        log_free(&l);
    }
    dict_set s;
    diag_log l = {0};
    load(&s, &l, "b.txt", in, DICT_KIND_ACTORS);
    assert_true(logged(&l, "b.txt:1: warning: invalid UTF-8"));
    dict_free(&s);
    log_free(&l);
}

/* ---- the real files ---------------------------------------------------- */

typedef struct {
    const char *path;
    dict_kind kind;
    size_t actors, synonyms, codes, dated, agents, verbs, forms, patterns, synsets, members, discards, issues;
    size_t transforms;
} real_file;

/* Counts established outside the loader (run from ../shared):
 *  CAMEO.2.0.txt: patterns  grep -v '^---' | grep -c '^-'            = 4668
 *                 synsets   grep -c '^&'                              = 40
 *                 members   sed -n 62,706p | grep -c '^+'             = 558
 *                 verbs: 397 '---' blocks + 124 form lines with their own [code]
 *                 (each becomes a verb of its own) = 521; forms 2793 as loaded;
 *                 transforms grep -c '^~'                              = 8.
 *  each .actors.txt:  actors    sed 's/#.*$//' | grep -v '^<!' | grep -c '^[^+[:space:][]'
 *                 synonyms  grep -c '^+'
 *                 codes     sed 's/#.*$//' | grep -o '\[[^]]*\]' | wc -l
 *                 dated     sed 's/#.*$//' | grep -o '\[[^]]*[0-9]\]' | wc -l
 *                 (Countries: 18390, 7527, 28389, 26110; MilNonState: 1021, 772,
 *                 1021, 1; International: codes 7896 and synonyms 66 agree, the
 *                 others are the loader's numbers)
 *  Phoenix.agents.txt:   grep -v '^#' | grep -c '\['  = 2244 (one line without a code is skipped)
 *  Phoenix.discards.txt: sed 's/#.*$//' | grep -c '[^[:space:]]' = 506
 *  Phoenix.IssueCoding.txt: awk over lines with '[' or a leading '~':
 *                 2^(#'+') * 2^(#'N:') * 4^(#'V:') summed = 4886 */
static const real_file real[] = {
    {"dictionaries/phoenix-petrarch2/CAMEO.2.0.txt", DICT_KIND_VERBS, 0, 0, 0, 0, 0, 521, 2793, 4668, 40, 558, 0, 0, 8},
    {"dictionaries/phoenix-petrarch2/Phoenix.Countries.actors.txt", DICT_KIND_ACTORS, 18390, 7527, 28389, 26110, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {"dictionaries/phoenix-petrarch2/Phoenix.International.actors.txt", DICT_KIND_ACTORS, 7841, 66, 7896, 452, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {"dictionaries/phoenix-petrarch2/Phoenix.MilNonState.actors.txt", DICT_KIND_ACTORS, 1021, 772, 1021, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {"dictionaries/phoenix-petrarch2/Phoenix.agents.txt", DICT_KIND_AGENTS, 0, 0, 0, 0, 2244, 0, 0, 0, 0, 0, 0, 0, 0},
    {"dictionaries/phoenix-petrarch2/Phoenix.discards.txt", DICT_KIND_DISCARDS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 506, 0, 0},
    {"dictionaries/phoenix-petrarch2/Phoenix.IssueCoding.txt", DICT_KIND_ISSUES, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4886, 0},
    {"conformance/petrarch2-validate/PETR_Validate_verbs_2_02.txt", DICT_KIND_VERBS, 0, 0, 0, 0, 0, 75, 202, 359, 31, 213, 0, 0, 0},
    {"conformance/petrarch2-validate/PETR_Validate_actors_2_02.txt", DICT_KIND_ACTORS, 133, 34, 143, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {"conformance/petrarch2-validate/PETR_Validate_agents_2_02.txt", DICT_KIND_AGENTS, 0, 0, 0, 0, 88, 0, 0, 0, 0, 0, 0, 0, 0},
    {"conformance/petrarch2-validate/PETR_Validate_discards_2_02.txt", DICT_KIND_DISCARDS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0},
    {"conformance/petrarch-unittest/PETR.Validate.verbs.txt", DICT_KIND_VERBS, 0, 0, 0, 0, 0, 264, 290, 474, 17, 56, 0, 0, 0},
    {"conformance/petrarch-unittest/PETR.Validate.actors.txt", DICT_KIND_ACTORS, 128, 33, 138, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0},
    {"conformance/petrarch-unittest/PETR.Validate.agents.txt", DICT_KIND_AGENTS, 0, 0, 0, 0, 88, 0, 0, 0, 0, 0, 0, 0, 0},
    {"conformance/petrarch-unittest/PETR.Validate.discards.txt", DICT_KIND_DISCARDS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0},
};

static void quiet(void *user, const char *line) { (void)user, (void)line; }

static void real_files(void **state)
{
    (void)state;
    size_t loaded = 0;
    for (size_t i = 0; i < sizeof real / sizeof *real; i++) {
        char path[512];
        snprintf(path, sizeof path, "../shared/%s", real[i].path);
        size_t len;
        char *data = tu_read_file(path, &len);
        if (!data) continue;
        dict_set s;
        dict_init(&s);
        s.diag = quiet;
        size_t errors = dict_load_petrarch2(&s, path, data, len, real[i].kind);
        dict_stats st;
        dict_stats_of(&s, &st);
        if (errors) print_error("%s: %zu errors\n", path, errors);
        assert_int_equal(errors, 0);
        assert_int_equal(st.actors, real[i].actors);
        assert_int_equal(st.synonyms, real[i].synonyms);
        assert_int_equal(st.codes, real[i].codes);
        assert_int_equal(st.dated_codes, real[i].dated);
        assert_int_equal(st.agents, real[i].agents);
        assert_int_equal(st.verbs, real[i].verbs);
        assert_int_equal(st.verb_forms, real[i].forms);
        assert_int_equal(st.patterns, real[i].patterns);
        assert_int_equal(st.synsets, real[i].synsets);
        assert_int_equal(st.synset_members, real[i].members);
        assert_int_equal(st.discards, real[i].discards);
        assert_int_equal(st.issues, real[i].issues);
        assert_int_equal(st.transforms, real[i].transforms);
        if (real[i].transforms) { /* CAMEO.2.0.txt's last: "~ a (_ b ASSASSINATE) ATTEMPT = a b 185" */
            const dict_transform *t = &s.transforms[s.n_transforms - 1];
            assert_string_equal(STR(&s, t->text), "a (_ b ASSASSINATE) ATTEMPT = a b 185");
            assert_int_equal(t->inner_source, '_');
            assert_string_equal(STR(&s, t->outer_verb), "ATTEMPT");
            assert_string_equal(STR(&s, t->code), "185");
        }
        dict_free(&s);
        free(data);
        loaded++;
    }
    if (!loaded) skip();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(actors_fixture), cmocka_unit_test(actors_errors), cmocka_unit_test(agents_fixture),
        cmocka_unit_test(verbs_fixture),  cmocka_unit_test(verb_transformations), cmocka_unit_test(verbs_errors),
        cmocka_unit_test(discards_and_issues),
        cmocka_unit_test(odd_bytes),      cmocka_unit_test(real_files),
    };
    return cmocka_run_group_tests_name("dict_petrarch2", tests, NULL, NULL) ? 1 : 0;
}
