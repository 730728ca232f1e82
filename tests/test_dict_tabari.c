/* test_dict_tabari.c - the TABARI dictionary loader (src/dict_tabari.c):
 * small fixtures written for these tests check every construct against the
 * exact model it must produce (names, flags, dated codes, agents, verb forms,
 * pattern elements, synsets, time shifts, options) and that malformed lines
 * are reported with file:line while loading goes on; then TABARI's own
 * validation-suite dictionaries must load with no errors and the counts
 * established independently with grep/awk. */
#include "testutil.h"

#include "dict.h"

/* ---- helpers -------------------------------------------------------------- */

static size_t load(dict_set *set, diag_log *log, const char *name, const char *text, dict_kind kind)
{
    dict_init(set);
    memset(log, 0, sizeof *log);
    set->diag = collect, set->diag_user = log;
    return dict_load_tabari(set, name, text, strlen(text), kind);
}

static void done(dict_set *set, diag_log *log)
{
    dict_free(set);
    log_free(log);
}

#define S(set, s) dict_string((set), (s))

/* The words of a span joined by ' ', with '_' after exact words and '&'
 * before synset names, so a phrase is checked in one comparison. */
static const char *words_text(const dict_set *set, dict_span span)
{
    static char buf[4][512];
    static int which;
    char *out = buf[which++ & 3];
    out[0] = '\0';
    for (uint32_t i = 0; i < span.count; i++) {
        const dict_word *w = &set->words[span.first + i];
        if (i) strcat(out, " ");
        if (w->flags & DICT_WORD_SYNSET) strcat(out, "&");
        strcat(out, S(set, w->text));
        if (w->flags & DICT_WORD_EXACT) strcat(out, "_");
    }
    return out;
}

static const char *phrase_text(const dict_set *set, uint32_t phrase) { return words_text(set, set->phrases[phrase].words); }

/* A pattern's elements, one token each: V $ + ^ W:TEXT[_] S:NAME[_] M:TEXT. */
static const char *elements_text(const dict_set *set, const dict_pattern *p)
{
    static char buf[1024];
    buf[0] = '\0';
    for (uint32_t i = 0; i < p->elements.count; i++) {
        const dict_element *e = &set->elements[p->elements.first + i];
        if (i) strcat(buf, " ");
        switch (e->kind) {
        case DICT_EL_VERB: strcat(buf, "V"); break;
        case DICT_EL_SOURCE: strcat(buf, "$"); break;
        case DICT_EL_TARGET: strcat(buf, "+"); break;
        case DICT_EL_SKIP: strcat(buf, "^"); break;
        case DICT_EL_WORD: strcat(buf, "W:"), strcat(buf, S(set, e->text)); break;
        case DICT_EL_SYNSET: strcat(buf, "S:"), strcat(buf, S(set, e->text)); break;
        case DICT_EL_MARK: strcat(buf, "M:"), strcat(buf, S(set, e->text)); break;
        default: strcat(buf, "?"); break;
        }
        if (e->flags & DICT_WORD_EXACT) strcat(buf, "_");
    }
    return buf;
}

/* ---- verbs ---------------------------------------------------------------- */

static const char verbs_fixture[] =
    "; a verbs file written for the tests\n"                  /* 1 */
    "<SYNSETS>\n"                                             /* 2 */
    "&MONEY\n"                                                /* 3 */
    "+DOLLAR\n"                                               /* 4 */
    "+SWISS_FRANC_ ; comment\n"                               /* 5 */
    "&DEAL\n"                                                 /* 6 */
    "+&MONEY_TRANSFER\n"                                      /* 7 */
    "+LOAN OF &MONEY\n"                                       /* 8 */
    "</SYNSETS>\n"                                            /* 9 */
    "<TIME>\n"                                                /* 10 */
    "LAST_WEEK [-7]\n"                                        /* 11 */
    "NEXT MONTH [+30] ; ahead\n"                              /* 12 */
    "LONG_AGO [###]\n"                                        /* 13 */
    "SOMEDAY [- - -]\n"                                       /* 14 */
    "- * AND A DAY [+8]\n"                                    /* 15 */
    "</TIME>\n"                                               /* 16 */
    "BREAK_ [170] ;pas\n"                                     /* 17 */
    "{ BROKE_ BROKEN_DOWN_ }\n"                               /* 18 */
    "- $ * + [171]\n"                                         /* 19 */
    "- SAID_+ * WITH_&DEAL_NOW [172:173] ; passive\n"         /* 20 */
    "- % HAVE * ^ { TIES | RELATIONS_ } [---]\n"              /* 21 */
    "- RECENT~_* [025?]\n"                                    /* 22 */
    "MEET= [031:032]\n"                                       /* 23 */
    "- *_TALKS [031]\n"                                       /* 24 */
    "SOCCER [###]\n"                                          /* 25 */
    "<DISCARD>\n"                                             /* 26 */
    "HOROSCOPE_\n"                                            /* 27 */
    "+SPORTS RESULTS\n"                                       /* 28 */
    "</DISCARD>\n"                                            /* 29 */
    "~~FINISH\n"                                              /* 30 */
    "NOT READ [000]\n";

static void verbs_model(void **state)
{
    (void)state;
    dict_set set;
    diag_log log;
    assert_int_equal(load(&set, &log, "t.verbs", verbs_fixture, DICT_KIND_VERBS), 0);
    assert_int_equal(set.errors, 0);
    assert_int_equal(set.warnings, 0);
    /* MEET's own "[031:032]"-style code keeps its reverse code */
    int meet = -1;
    for (size_t i = 0; i < set.n_verbs; i++)
        if (!strcmp(S(&set, set.verbs[i].name), "MEET")) meet = (int)i;
    assert_true(meet >= 0);
    assert_true(set.verbs[meet].reverse != 0);

    /* synsets, one referring to the other */
    assert_int_equal(set.n_synsets, 2);
    assert_string_equal(S(&set, set.synsets[0].name), "MONEY");
    assert_int_equal(set.synsets[0].members.count, 2);
    assert_string_equal(phrase_text(&set, set.synsets[0].members.first), "DOLLAR");
    assert_string_equal(phrase_text(&set, set.synsets[0].members.first + 1), "SWISS_ FRANC_");
    assert_int_equal(set.synsets[0].at.line, 3);
    assert_string_equal(S(&set, set.synsets[1].name), "DEAL");
    assert_int_equal(set.synsets[1].members.count, 2);
    assert_string_equal(phrase_text(&set, set.synsets[1].members.first), "&MONEY_ TRANSFER");
    assert_string_equal(phrase_text(&set, set.synsets[1].members.first + 1), "LOAN OF &MONEY");

    /* time shifts; the pattern's '*' stands for the entry above */
    assert_int_equal(set.n_times, 5);
    const char *tw[] = {"LAST_ WEEK", "NEXT MONTH", "LONG_ AGO", "SOMEDAY", "SOMEDAY AND A DAY"};
    const char *tc[] = {"-7", "+30", "###", "---", "+8"};
    for (int i = 0; i < 5; i++) {
        assert_string_equal(words_text(&set, set.times[i].phrase), tw[i]);
        assert_string_equal(S(&set, set.times[i].code), tc[i]);
        assert_int_equal(set.times[i].at.line, 11 + i);
    }

    /* verbs and forms */
    assert_int_equal(set.n_verbs, 3);
    dict_verb *v = &set.verbs[0];
    assert_string_equal(S(&set, v->name), "BREAK_");
    assert_string_equal(S(&set, v->code), "170");
    assert_int_equal(v->at.line, 17);
    assert_int_equal(v->forms.count, 3);
    assert_string_equal(phrase_text(&set, v->forms.first), "BREAK_"); /* a whole word */
    assert_int_equal(set.words[set.phrases[v->forms.first].words.first].flags, DICT_WORD_EXACT);
    assert_string_equal(phrase_text(&set, v->forms.first + 1), "BROKE_");
    assert_string_equal(phrase_text(&set, v->forms.first + 2), "BROKEN_ DOWN_");
    assert_int_equal(v->patterns.count, 4);
    assert_string_equal(S(&set, set.verbs[1].name), "MEET");
    assert_string_equal(S(&set, set.verbs[1].code), "031");
    assert_int_equal(set.verbs[1].forms.count, 1);
    assert_string_equal(phrase_text(&set, set.verbs[1].forms.first), "MEET");
    assert_int_equal(set.verbs[1].patterns.count, 1);
    assert_string_equal(S(&set, set.verbs[2].name), "SOCCER");
    assert_string_equal(S(&set, set.verbs[2].code), "###");
    assert_int_equal(set.verbs[2].patterns.count, 0);

    /* patterns */
    assert_int_equal(set.n_patterns, 5);
    const char *els[] = {"$ V +", "W:SAID_ + V W:WITH_ S:DEAL_ W:NOW", "M:% W:HAVE V ^ M:{ W:TIES M:| W:RELATIONS_ M:}",
                         "W:RECENT M:~ V", "V W:TALKS"};
    const char *codes[] = {"171", "172", "---", "025?", "031"};
    const char *ids[] = {"BREAK_.1", "BREAK_.2", "BREAK_.3", "BREAK_.4", "MEET.1"};
    const char *texts[] = {"$ * +", "SAID_+ * WITH_&DEAL_NOW", "% HAVE * ^ { TIES | RELATIONS_ }", "RECENT~_*", "*_TALKS"};
    for (int i = 0; i < 5; i++) {
        dict_pattern *p = &set.patterns[i];
        assert_string_equal(elements_text(&set, p), els[i]);
        assert_string_equal(S(&set, p->code), codes[i]);
        assert_string_equal(S(&set, p->id), ids[i]);
        assert_string_equal(S(&set, p->text), texts[i]);
        assert_int_equal(p->verb, i < 4 ? 0 : 1);
        assert_int_equal(p->at.line, i < 4 ? 19 + i : 24);
        assert_int_equal(p->reverse, i == 1 ? p->reverse : 0);
    }
    assert_string_equal(S(&set, set.patterns[1].reverse), "173");

    /* discards; nothing after ~~FINISH */
    assert_int_equal(set.n_discards, 2);
    assert_string_equal(words_text(&set, set.discards[0].phrase), "HOROSCOPE_");
    assert_int_equal(set.discards[0].scope, DICT_DISCARD_SENTENCE);
    assert_string_equal(words_text(&set, set.discards[1].phrase), "SPORTS RESULTS");
    assert_int_equal(set.discards[1].scope, DICT_DISCARD_STORY);
    assert_int_equal(set.discards[1].at.line, 28);
    done(&set, &log);
}

static void verbs_errors(void **state)
{
    (void)state;
    static const char text[] =
        "- * ORPHAN [001]\n"               /* 1 pattern without verb */
        "GOOD [010]\n"                     /* 2 */
        "- * NO CODE\n"                    /* 3 */
        "- NO VERB HERE [011]\n"           /* 4 */
        "- * TWO * [012]\n"                /* 5 */
        "- * { OPEN [013]\n"               /* 6 */
        "- * A | B [014]\n"                /* 7 */
        "- * OK [015\n"                    /* 8 unclosed code */
        "- * OK [:016]\n"                  /* 9 */
        "- * OK [017] junk\n"              /* 10 */
        "NOCODE\n"                         /* 11 */
        "+STRAY\n"                         /* 12 member without synset */
        "<TIME>\n"                         /* 13 */
        "- * LATER [+1]\n"                 /* 14 no entry above */
        "SOON [+x]\n"                      /* 15 */
        "SOON\n"                           /* 16 */
        "</TIME>\n"                        /* 17 */
        "&BAD NAME\n"                      /* 18 */
        "<WHATEVER>\n"                     /* 19 warning */
        "</SYNSETS>\n"                     /* 20 */
        "STILL [020]\n"                    /* 21 */
        "- * FINE [021]\n";                /* 22 */
    dict_set set;
    diag_log log;
    size_t errors = load(&set, &log, "bad.verbs", text, DICT_KIND_VERBS);
    const char *expect[] = {"bad.verbs:1: pattern without a verb", "bad.verbs:3: pattern has no code",
                            "bad.verbs:4: pattern has no '*'", "bad.verbs:5: pattern has more than one '*'",
                            "bad.verbs:6: '{' without '}'", "bad.verbs:7: '|' outside",
                            "bad.verbs:8: '[' without ']'", "bad.verbs:9: bad code",
                            "bad.verbs:10: unexpected text", "bad.verbs:11: verb 'NOCODE' has no code",
                            "bad.verbs:12: '+' member without a synset", "bad.verbs:14: time pattern without an entry",
                            "bad.verbs:15: bad time shift", "bad.verbs:16: time entry has no shift",
                            "bad.verbs:18: bad synset name", "bad.verbs:20: '</SYNSETS>' does not close"};
    size_t n = sizeof expect / sizeof *expect;
    for (size_t i = 0; i < n; i++)
        if (!logged(&log, expect[i])) fail_msg("missing message: %s", expect[i]);
    assert_int_equal(errors, n);
    assert_int_equal(set.errors, n);
    assert_true(logged(&log, "bad.verbs:19: warning: unknown tag"));
    assert_int_equal(set.warnings, 1);
    /* the good lines around the bad ones are there */
    assert_int_equal(set.n_verbs, 2);
    assert_int_equal(set.n_patterns, 1);
    assert_int_equal(set.verbs[1].patterns.count, 1);
    assert_string_equal(S(&set, set.patterns[0].code), "021");
    assert_int_equal(set.n_synsets, 0);
    assert_int_equal(set.n_times, 0);
    done(&set, &log);
}

/* ---- actors --------------------------------------------------------------- */

static const char actors_fixture[] =
    "<NOUN>\n"                                         /* 1 */
    "FORCES_  ;jw\n"                                   /* 2 */
    "SHEEP\n"                                          /* 3 */
    "</NOUN>\n"                                        /* 4 */
    "<ADJECTIVE>\n"                                    /* 5 */
    "EVIL\n"                                           /* 6 */
    "</ADJECTIVE>\n"                                   /* 7 */
    "UNITED_NATIONS_ [IGOUNO] ;comment\n"              /* 8 */
    "AL GORE  [USAELI 930120-010120] [USA]\n"          /* 9 */
    "#IGNORED [XXX]\n"                                 /* 10 */
    "HOBBIT  ; multi-line\n"                           /* 11 */
    "+SMEAGOL\n"                                       /* 12 */
    "+STINKER_\n"                                      /* 13 */
    "\t[HOB < 950601]\n"                               /* 14 */
    "\t[HOBGOV 950601 - 19990815]\n"                   /* 15 */
    "\t[HOBREB > 990816]\n"                            /* 16 */
    "\t\n"                                             /* 17 */
    "ENT  [### <890101] [---  >20000228]\n"            /* 18 */
    "LORIEN  [ELR/GAL]\n"                              /* 19 */
    "MOUSE= [MUS]\n"                                   /* 20 */
    "~~FINISH\n";

static void actors_model(void **state)
{
    (void)state;
    dict_set set;
    diag_log log;
    assert_int_equal(load(&set, &log, "t.actors", actors_fixture, DICT_KIND_ACTORS), 0);
    assert_int_equal(set.errors, 0);
    assert_int_equal(set.warnings, 0);

    /* <NOUN>/<ADJECTIVE> words become options, not actors */
    assert_int_equal(set.n_options, 3);
    assert_string_equal(S(&set, set.options[0].key), "NOUN");
    assert_string_equal(S(&set, set.options[0].value), "FORCES_");
    assert_int_equal(set.options[0].at.line, 2);
    assert_string_equal(S(&set, set.options[1].key), "NOUN");
    assert_string_equal(S(&set, set.options[1].value), "SHEEP");
    assert_string_equal(S(&set, set.options[2].key), "ADJECTIVE");
    assert_string_equal(S(&set, set.options[2].value), "EVIL");

    assert_int_equal(set.n_actors, 6);
    dict_actor *a = set.actors;
    assert_string_equal(phrase_text(&set, a[0].names.first), "UNITED_ NATIONS_");
    assert_int_equal(a[0].codes.count, 1);
    assert_string_equal(S(&set, set.codes[a[0].codes.first].code), "IGOUNO");
    assert_int_equal(set.codes[a[0].codes.first].from, 0);
    assert_int_equal(set.codes[a[0].codes.first].to, 0);
    assert_int_equal(a[0].at.line, 8);

    assert_string_equal(phrase_text(&set, a[1].names.first), "AL GORE");
    assert_int_equal(a[1].codes.count, 2);
    dict_code *c = &set.codes[a[1].codes.first];
    assert_string_equal(S(&set, c[0].code), "USAELI");
    assert_int_equal(c[0].from, 19930120);
    assert_int_equal(c[0].to, 20010120);
    assert_string_equal(S(&set, c[1].code), "USA");
    assert_int_equal(c[1].from, 0);
    assert_int_equal(c[1].to, 0);

    /* names on several lines, codes on the lines after */
    assert_int_equal(a[2].names.count, 3);
    assert_string_equal(phrase_text(&set, a[2].names.first), "HOBBIT");
    assert_string_equal(phrase_text(&set, a[2].names.first + 1), "SMEAGOL");
    assert_string_equal(phrase_text(&set, a[2].names.first + 2), "STINKER_");
    assert_int_equal(a[2].at.line, 11);
    assert_int_equal(a[2].codes.count, 3);
    c = &set.codes[a[2].codes.first];
    assert_string_equal(S(&set, c[0].code), "HOB");
    assert_int_equal(c[0].from, 0);
    assert_int_equal(c[0].to, 19950531); /* "< 950601": before June 1 */
    assert_string_equal(S(&set, c[1].code), "HOBGOV");
    assert_int_equal(c[1].from, 19950601);
    assert_int_equal(c[1].to, 19990815);
    assert_string_equal(S(&set, c[2].code), "HOBREB");
    assert_int_equal(c[2].from, 19990816); /* "> 990816": from Aug 16 on, after HOBGOV ends */
    assert_int_equal(c[2].to, 0);

    c = &set.codes[a[3].codes.first];
    assert_int_equal(a[3].codes.count, 2);
    assert_string_equal(S(&set, c[0].code), "###");
    assert_int_equal(c[0].to, 19881231);
    assert_string_equal(S(&set, c[1].code), "---");
    assert_int_equal(c[1].from, 20000228); /* "> 000228": from that day on */
    /* the day before, across month, leap-year and year ends */
    assert_int_equal(dict_day_before(20000301), 20000229);
    assert_int_equal(dict_day_before(19000301), 19000228);
    assert_int_equal(dict_day_before(20240101), 20231231);
    assert_int_equal(dict_day_before(19950601), 19950531);

    assert_string_equal(S(&set, set.codes[a[4].codes.first].code), "ELR/GAL");
    assert_string_equal(phrase_text(&set, a[5].names.first), "MOUSE"); /* '=' dropped */
    assert_string_equal(S(&set, set.codes[a[5].codes.first].code), "MUS");

    dict_stats st;
    dict_stats_of(&set, &st);
    assert_int_equal(st.actors, 6);
    assert_int_equal(st.actor_names, 8);
    assert_int_equal(st.synonyms, 2);
    assert_int_equal(st.codes, 10);
    assert_int_equal(st.dated_codes, 6);
    done(&set, &log);
}

static void actors_errors(void **state)
{
    (void)state;
    static const char text[] =
        "+ORPHAN\n"                          /* 1 */
        "NOCODE ; nothing\n"                 /* 2 reported when the next entry starts */
        "BADDATE [ABC 991301-000101]\n"      /* 3 */
        "NOCODEBLOCK [ 991201-010114]\n"     /* 4 */
        "MIXED [AAA950601-990815]\n"         /* 5 */
        "UNCLOSED [ABC\n"                    /* 6 */
        "BACKWARDS [ABC 000101-990101]\n"    /* 7 */
        "JUNK [ABC] trailing\n"              /* 8 */
        "GOOD [GOD <991231]\n"               /* 9 */
        "<NOUN>\n"                           /* 10 */
        "LAST\n";                            /* 11 block never closed */
    dict_set set;
    diag_log log;
    size_t errors = load(&set, &log, "bad.actors", text, DICT_KIND_ACTORS);
    const char *expect[] = {"bad.actors:1: '+' line without an entry", "bad.actors:2: actor has no code",
                            "bad.actors:3: bad date '991301'", "bad.actors:3: actor has no code",
                            "bad.actors:4: code block '[ 991201-010114]' has no code",
                            "bad.actors:5: bad code 'AAA950601-990815'", "bad.actors:6: '[' without ']'",
                            "bad.actors:7: date range", "bad.actors:8: unexpected text 'trailing'",
                            "bad.actors:11: block not closed"};
    size_t n = sizeof expect / sizeof *expect;
    for (size_t i = 0; i < n; i++)
        if (!logged(&log, expect[i])) fail_msg("missing message: %s", expect[i]);
    /* 4, 5, 6, 7 also end up without a code */
    assert_int_equal(errors, n + 4);
    assert_int_equal(set.n_actors, 2); /* JUNK (its [ABC] was read) and GOOD */
    assert_string_equal(phrase_text(&set, set.actors[1].names.first), "GOOD");
    assert_int_equal(set.codes[set.actors[1].codes.first].to, 19991230);
    done(&set, &log);
}

/* ---- agents --------------------------------------------------------------- */

static void agents_model(void **state)
{
    (void)state;
    static const char text[] =
        "PARLIAMENTARY_OPPOSITION_  [ ~OPP] ;jap 11 Oct 2002\n"
        "JAILED_LEADER_   [  ~OPP]\n"
        "HUMAN_RIGHTS_ACTIVISTS_   [  NGM~] ;ns\n"
        "TOP_MUSLIM_ [~MOS]\n"
        "+MUSLIM_CLERIC_\n"
        "; comment line\n"
        "\n"
        "BARE [GOV]\n"              /* 8: warning, taken as a suffix */
        "BOTH [~X~]\n"              /* 9 */
        "NONE\n"                    /* 10 */
        "TWO [~A] [~B]\n";          /* 11 */
    dict_set set;
    diag_log log;
    size_t errors = load(&set, &log, "t.agents", text, DICT_KIND_AGENTS);
    assert_int_equal(errors, 4);
    assert_true(logged(&log, "t.agents:8: warning: agent code '[GOV]' has no '~'"));
    assert_true(logged(&log, "t.agents:9: agent code '[~X~]' has '~' on both sides"));
    assert_true(logged(&log, "t.agents:9: agent has no code"));
    assert_true(logged(&log, "t.agents:11: agent has more than one code"));
    assert_true(logged(&log, "t.agents:10: agent has no code"));
    assert_int_equal(set.warnings, 1);
    assert_int_equal(set.n_agents, 6);
    const char *names[] = {"PARLIAMENTARY_ OPPOSITION_", "JAILED_ LEADER_", "HUMAN_ RIGHTS_ ACTIVISTS_", "TOP_ MUSLIM_",
                           "BARE", "TWO"};
    const char *codes[] = {"OPP", "OPP", "NGM", "MOS", "GOV", "A"};
    const uint32_t pos[] = {DICT_AGENT_SUFFIX, DICT_AGENT_SUFFIX, DICT_AGENT_PREFIX, DICT_AGENT_SUFFIX,
                            DICT_AGENT_SUFFIX, DICT_AGENT_SUFFIX};
    for (int i = 0; i < 6; i++) {
        assert_string_equal(phrase_text(&set, set.agents[i].names.first), names[i]);
        assert_string_equal(S(&set, set.agents[i].code), codes[i]);
        assert_int_equal(set.agents[i].position, pos[i]);
    }
    assert_int_equal(set.agents[3].names.count, 2);
    assert_string_equal(phrase_text(&set, set.agents[3].names.first + 1), "MUSLIM_ CLERIC_");
    assert_int_equal(set.agents[4].at.line, 8);
    done(&set, &log);
}

/* ---- options and project ---------------------------------------------------- */

static void options_model(void **state)
{
    (void)state;
    static const char text[] =
        "// OPTIONS FILE\n"
        "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n"
        "SET: SKIP RECORDS = FALSE\n"
        "  //SET: DUP WARNING = FALSE\n"
        "SET: CODE BY CLAUSE\n"
        "LABEL: 010=YIELD\n"
        "NO COLON HERE\n"        /* 7 */
        "SET: = X\n"             /* 8 */
        "~~~~~\n"
        "LABEL: 999=AFTER END\n";
    dict_set set;
    diag_log log;
    assert_int_equal(load(&set, &log, "t.options", text, DICT_KIND_OPTIONS), 2);
    assert_true(logged(&log, "t.options:7: option without ':'"));
    assert_true(logged(&log, "t.options:8: SET: without a setting"));
    assert_int_equal(set.n_options, 4);
    const char *keys[] = {"COMPLEX", "SKIP RECORDS", "CODE BY CLAUSE", "LABEL"};
    const char *values[] = {"VERBS[5] CONJ[4] NOACTPRIOR", "FALSE", "", "010=YIELD"};
    const uint32_t lines[] = {2, 3, 5, 6};
    for (int i = 0; i < 4; i++) {
        assert_string_equal(S(&set, set.options[i].key), keys[i]);
        assert_string_equal(S(&set, set.options[i].value), values[i]);
        assert_int_equal(set.options[i].at.line, lines[i]);
    }
    done(&set, &log);
}

static void project_model(void **state)
{
    (void)state;
    static const char text[] =
        "Test project, 2024\n"
        "<actorsfile> \tA.actors\n"
        "<verbsfile>   V.verbs\n"
        "<optionsfile> O.options\n"
        "<agentsfile>  G.agents\n"
        "<textfile> \t\tT.text\n"
        "<session 1> <coder ***> <date Fri 31 Mar 2000>\n"
        "<broken\n"             /* 8 */
        "stray text\n";         /* 9 */
    dict_set set;
    diag_log log;
    assert_int_equal(load(&set, &log, "t.project", text, DICT_KIND_PROJECT), 1);
    assert_true(logged(&log, "t.project:8: '<' without '>'"));
    assert_true(logged(&log, "t.project:9: warning: line is not a <tag>"));
    assert_int_equal(set.n_options, 7);
    const char *keys[] = {"title", "actorsfile", "verbsfile", "optionsfile", "agentsfile", "textfile", "session"};
    const char *values[] = {"Test project, 2024", "A.actors", "V.verbs", "O.options", "G.agents", "T.text",
                            "1 <coder ***> <date Fri 31 Mar 2000>"};
    for (int i = 0; i < 7; i++) {
        assert_string_equal(S(&set, set.options[i].key), keys[i]);
        assert_string_equal(S(&set, set.options[i].value), values[i]);
    }
    done(&set, &log);
}

/* Any bytes, even without a final newline, with NULs or cut mid-line. */
static void odd_bytes(void **state)
{
    (void)state;
    static const char junk[] = "[\0]\n<\n- [\n&\n+\n{\n}\n- * { | } [1:\n\t[ <\n[X >\nA [B 1-]\n<TIME>\n- *";
    for (int kind = DICT_KIND_VERBS; kind <= DICT_KIND_PROJECT; kind++) {
        for (size_t len = 0; len <= sizeof junk - 1; len++) {
            dict_set set;
            dict_init(&set);
            diag_log log = {0};
            set.diag = collect, set.diag_user = &log;
            dict_load_tabari(&set, "junk", junk, len, (dict_kind)kind);
            done(&set, &log);
        }
    }
    dict_set set;
    dict_init(&set);
    diag_log log = {0};
    set.diag = collect, set.diag_user = &log;
    assert_int_equal(dict_load_tabari(&set, NULL, NULL, 0, DICT_KIND_VERBS), 0);
    assert_int_equal(dict_load_tabari(&set, "x", "", 0, DICT_KIND_ISSUES), 1);
    done(&set, &log);
}

/* ---- TABARI's validation suite ------------------------------------------- */

#define SHARED "../shared/conformance/tabari-validate/"

static int load_file(dict_set *set, const char *file, dict_kind kind)
{
    size_t len;
    char *data = tu_read_file(file, &len);
    if (!data) return 0;
    dict_load_tabari(set, file, data, len, kind);
    free(data);
    return 1;
}

/* Counts established with grep/awk on the files (run in the directory):
 * TABARI.Demo.verbs
 *   verbs 283:    awk '/^<(SYNSETS|TIME)>/{b=1;next} /^<\/(SYNSETS|TIME)>/{b=0;next} !b && /^[A-Z]/' | wc -l
 *   forms 289:    283 verbs + `grep '^{' | tr -d '{}' | wc -w` (6 listed forms)
 *   patterns 407: awk '/^<TIME>/{b=1} /^<\/TIME>/{b=0} !b && /^- /' | wc -l
 *   synsets 5, members 23: grep -c '^&', grep -c '^+'
 *   time shifts 12: lines between <TIME> and </TIME>
 *   reverse verbs 8: verb lines with "[a:r]": awk '/^[A-Z]/' | grep -c '\[[^]]*:'
 *   reverse patterns 6: grep '^- ' | grep -c '\[[^]]*:'
 * TABARI.Demo.actors
 *   actors 120:   lines starting with a letter outside <NOUN>/<ADJECTIVE>
 *   options 13:   8 <NOUN> + 5 <ADJECTIVE> lines
 *   synonyms 5:   grep -c '^+'; names 125 = 120 + 5
 *   codes 131:    grep -v '^#' | grep -o '\[[^]]*\]' | wc -l
 *   dated 12:     ... | grep -c '[<>]\|[0-9] *- *[0-9]'
 * Validate.agents: 86 lines, each "[...~...]"; 5 of them "CODE~" (prefix)
 * Validate.options: 97 lines not blank and not "//", less the "~~~~~" end: 96
 * Validate.project: 119 non-blank lines: the title and 118 tags */
static void real_files(void **state)
{
    (void)state;
    if (!tu_exists(SHARED "TABARI.Demo.verbs")) skip();
    dict_set set;
    diag_log log = {0};
    dict_stats st;

    dict_init(&set);
    set.diag = collect, set.diag_user = &log;
    assert_true(load_file(&set, SHARED "TABARI.Demo.verbs", DICT_KIND_VERBS));
    dict_stats_of(&set, &st);
    assert_int_equal(st.errors, 0);
    assert_int_equal(st.warnings, 0);
    assert_int_equal(st.verbs, 283);
    size_t reverse_verbs = 0;
    for (size_t i = 0; i < set.n_verbs; i++) reverse_verbs += set.verbs[i].reverse != 0;
    assert_int_equal(reverse_verbs, 8);
    assert_int_equal(st.verb_forms, 289);
    assert_int_equal(st.patterns, 407);
    assert_int_equal(st.synsets, 5);
    assert_int_equal(st.synset_members, 23);
    assert_int_equal(st.time_shifts, 12);
    size_t passive = 0;
    for (size_t i = 0; i < set.n_patterns; i++) passive += set.patterns[i].reverse != 0;
    assert_int_equal(passive, 6);
    done(&set, &log);

    dict_init(&set);
    set.diag = collect, set.diag_user = &log;
    assert_true(load_file(&set, SHARED "TABARI.Demo.actors", DICT_KIND_ACTORS));
    dict_stats_of(&set, &st);
    assert_int_equal(st.errors, 0);
    assert_int_equal(st.warnings, 0);
    assert_int_equal(st.actors, 120);
    assert_int_equal(st.actor_names, 125);
    assert_int_equal(st.synonyms, 5);
    assert_int_equal(st.codes, 131);
    assert_int_equal(st.dated_codes, 12);
    assert_int_equal(st.options, 13);
    done(&set, &log);

    dict_init(&set);
    set.diag = collect, set.diag_user = &log;
    assert_true(load_file(&set, SHARED "Validate.agents", DICT_KIND_AGENTS));
    dict_stats_of(&set, &st);
    assert_int_equal(st.errors, 0);
    assert_int_equal(st.warnings, 0);
    assert_int_equal(st.agents, 86);
    assert_int_equal(st.agent_names, 86);
    size_t prefix = 0;
    for (size_t i = 0; i < set.n_agents; i++) prefix += set.agents[i].position == DICT_AGENT_PREFIX;
    assert_int_equal(prefix, 5);
    done(&set, &log);

    dict_init(&set);
    set.diag = collect, set.diag_user = &log;
    assert_true(load_file(&set, SHARED "Validate.options", DICT_KIND_OPTIONS));
    dict_stats_of(&set, &st);
    assert_int_equal(st.errors, 0);
    assert_int_equal(st.options, 96);
    done(&set, &log);

    dict_init(&set);
    set.diag = collect, set.diag_user = &log;
    assert_true(load_file(&set, SHARED "Validate.project", DICT_KIND_PROJECT));
    dict_stats_of(&set, &st);
    assert_int_equal(st.errors, 0);
    assert_int_equal(st.warnings, 0);
    assert_int_equal(st.options, 119);
    assert_string_equal(S(&set, set.options[2].key), "actorsfile");
    assert_string_equal(S(&set, set.options[2].value), "TABARI.Demo.actors");
    done(&set, &log);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verbs_model),   cmocka_unit_test(verbs_errors),  cmocka_unit_test(actors_model),
        cmocka_unit_test(actors_errors), cmocka_unit_test(agents_model),  cmocka_unit_test(options_model),
        cmocka_unit_test(project_model), cmocka_unit_test(odd_bytes),     cmocka_unit_test(real_files),
    };
    return cmocka_run_group_tests_name("dict_tabari", tests, NULL, NULL) ? 1 : 0;
}
