/* test_dict_dyad.c - dyad's own dictionary format (src/dict_dyad.c): a set
 * written with dict_write_dyad and loaded back with dict_load_dyad is the
 * same model (entries, names, word flags, codes and dates, agents, synsets,
 * verbs, forms, patterns with elements, codes, ids and PLOVER, verb
 * transformations, discards, issues, time shifts, options) for the test fixtures, the hand-written
 * small.dyad and every real dictionary in ../shared; malformed lines are
 * reported with file:line and skipped. */
#include "testutil.h"

#include <glob.h>

#include "dict.h"

static const char *str(const dict_set *s, dict_str x) { return dict_string(s, x); }

static void same_words(const dict_set *a, dict_span x, const dict_set *b, dict_span y)
{
    assert_int_equal(x.count, y.count);
    for (uint32_t i = 0; i < x.count; i++) {
        assert_string_equal(str(a, a->words[x.first + i].text), str(b, b->words[y.first + i].text));
        assert_int_equal(a->words[x.first + i].flags, b->words[y.first + i].flags);
    }
}

static void same_phrases(const dict_set *a, dict_span x, const dict_set *b, dict_span y)
{
    assert_int_equal(x.count, y.count);
    for (uint32_t i = 0; i < x.count; i++)
        same_words(a, a->phrases[x.first + i].words, b, b->phrases[y.first + i].words);
}

static void same_codes(const dict_set *a, dict_span x, const dict_set *b, dict_span y)
{
    assert_int_equal(x.count, y.count);
    for (uint32_t i = 0; i < x.count; i++) {
        const dict_code *p = &a->codes[x.first + i], *q = &b->codes[y.first + i];
        assert_string_equal(str(a, p->code), str(b, q->code));
        assert_int_equal(p->from, q->from);
        assert_int_equal(p->to, q->to);
    }
}

static void same_element(const dict_set *a, const dict_element *p, const dict_set *b, const dict_element *q)
{
    assert_int_equal(p->kind, q->kind);
    assert_string_equal(str(a, p->text), str(b, q->text));
    /* a synset element's kind says it is one: the TABARI loader leaves the
     * DICT_WORD_SYNSET flag off, the others set it; that bit is not compared */
    uint32_t mask = p->kind == DICT_EL_SYNSET ? ~(uint32_t)DICT_WORD_SYNSET : ~(uint32_t)0;
    assert_int_equal(p->flags & mask, q->flags & mask);
}

/* a and b hold the same model; file:line positions are not compared. */
static void same_model(const dict_set *a, const dict_set *b)
{
    assert_int_equal(a->n_actors, b->n_actors);
    for (size_t i = 0; i < a->n_actors; i++) {
        const dict_actor *x = &a->actors[i], *y = &b->actors[i];
        same_phrases(a, x->names, b, y->names);
        same_codes(a, x->codes, b, y->codes);
        same_codes(a, x->members, b, y->members);
        assert_string_equal(str(a, x->country), str(b, y->country));
        assert_string_equal(str(a, x->sector), str(b, y->sector));
    }
    assert_int_equal(a->n_agents, b->n_agents);
    for (size_t i = 0; i < a->n_agents; i++) {
        same_phrases(a, a->agents[i].names, b, b->agents[i].names);
        assert_string_equal(str(a, a->agents[i].code), str(b, b->agents[i].code));
        assert_int_equal(a->agents[i].position, b->agents[i].position);
    }
    assert_int_equal(a->n_synsets, b->n_synsets);
    for (size_t i = 0; i < a->n_synsets; i++) {
        assert_string_equal(str(a, a->synsets[i].name), str(b, b->synsets[i].name));
        same_phrases(a, a->synsets[i].members, b, b->synsets[i].members);
    }
    assert_int_equal(a->n_verbs, b->n_verbs);
    assert_int_equal(a->n_patterns, b->n_patterns);
    for (size_t i = 0; i < a->n_verbs; i++) {
        const dict_verb *x = &a->verbs[i], *y = &b->verbs[i];
        assert_string_equal(str(a, x->name), str(b, y->name));
        assert_string_equal(str(a, x->code), str(b, y->code));
        same_phrases(a, x->forms, b, y->forms);
        assert_int_equal(x->patterns.count, y->patterns.count);
        for (uint32_t k = 0; k < x->patterns.count; k++) {
            const dict_pattern *p = &a->patterns[x->patterns.first + k], *q = &b->patterns[y->patterns.first + k];
            assert_int_equal(p->verb, i);
            assert_int_equal(q->verb, i);
            assert_string_equal(str(a, p->id), str(b, q->id));
            assert_string_equal(str(a, p->code), str(b, q->code));
            assert_string_equal(str(a, p->reverse), str(b, q->reverse));
            assert_string_equal(str(a, p->plover_type), str(b, q->plover_type));
            assert_string_equal(str(a, p->plover_mode), str(b, q->plover_mode));
            assert_int_equal(p->elements.count, q->elements.count);
            for (uint32_t e = 0; e < p->elements.count; e++)
                same_element(a, &a->elements[p->elements.first + e], b, &b->elements[q->elements.first + e]);
        }
    }
    assert_int_equal(a->n_transforms, b->n_transforms);
    for (size_t i = 0; i < a->n_transforms; i++) {
        const dict_transform *x = &a->transforms[i], *y = &b->transforms[i];
        assert_int_equal(x->outer_source, y->outer_source);
        assert_int_equal(x->inner_source, y->inner_source);
        assert_int_equal(x->inner_target, y->inner_target);
        assert_string_equal(str(a, x->inner_verb), str(b, y->inner_verb));
        assert_string_equal(str(a, x->outer_verb), str(b, y->outer_verb));
        assert_int_equal(x->source, y->source);
        assert_int_equal(x->target, y->target);
        assert_string_equal(str(a, x->code), str(b, y->code));
        assert_string_equal(str(a, x->text), str(b, y->text));
    }
    assert_int_equal(a->n_discards, b->n_discards);
    for (size_t i = 0; i < a->n_discards; i++) {
        same_words(a, a->discards[i].phrase, b, b->discards[i].phrase);
        assert_int_equal(a->discards[i].scope, b->discards[i].scope);
    }
    assert_int_equal(a->n_issues, b->n_issues);
    for (size_t i = 0; i < a->n_issues; i++) {
        same_words(a, a->issues[i].phrase, b, b->issues[i].phrase);
        assert_string_equal(str(a, a->issues[i].code), str(b, b->issues[i].code));
    }
    assert_int_equal(a->n_times, b->n_times);
    for (size_t i = 0; i < a->n_times; i++) {
        same_words(a, a->times[i].phrase, b, b->times[i].phrase);
        assert_string_equal(str(a, a->times[i].code), str(b, b->times[i].code));
    }
    assert_int_equal(a->n_options, b->n_options);
    for (size_t i = 0; i < a->n_options; i++) {
        assert_string_equal(str(a, a->options[i].key), str(b, b->options[i].key));
        assert_string_equal(str(a, a->options[i].value), str(b, b->options[i].value));
    }
}

static void quiet(void *user, const char *line)
{
    (void)user;
    (void)line;
}

/* Writes a to memory, loads it back, compares; returns the text's size. */
static size_t round_trip_set(const dict_set *a)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    assert_non_null(mem);
    assert_int_equal(dict_write_dyad(a, mem), 0);
    fclose(mem);
    dict_set b;
    dict_init(&b);
    diag_log log = {0};
    b.diag = collect, b.diag_user = &log;
    assert_int_equal(dict_load_dyad(&b, "written.dyad", text, len), 0);
    if (log.count) print_error("first message: %s\n", log.messages[0]);
    assert_int_equal(b.errors, 0);
    same_model(a, &b);
    /* writing again gives the same text */
    char *again = NULL;
    size_t again_len = 0;
    mem = open_memstream(&again, &again_len);
    assert_int_equal(dict_write_dyad(&b, mem), 0);
    fclose(mem);
    assert_int_equal(len, again_len);
    assert_memory_equal(text, again, len);
    log_free(&log);
    dict_free(&b);
    free(text);
    free(again);
    return len;
}

static void round_trip_files(char **paths, size_t n, int quiet_load)
{
    dict_set a;
    dict_init(&a);
    if (quiet_load) a.diag = quiet;
    dbuf err = {0};
    for (size_t i = 0; i < n; i++) assert_int_equal(dict_load_file(&a, paths[i], -1, -1, &err), 0);
    round_trip_set(&a);
    dict_free(&a);
    dbuf_free(&err);
}

static void fixtures(void **state)
{
    (void)state;
    char *each[] = {"tests/fixtures/dict/small.actors.txt", "tests/fixtures/dict/small.agents.txt",
                    "tests/fixtures/dict/small.verbs.txt", "tests/fixtures/dict/small.actors",
                    "tests/fixtures/dict/small.agents", "tests/fixtures/dict/small.dyad"};
    for (size_t i = 0; i < sizeof each / sizeof *each; i++) round_trip_files(each + i, 1, 0);
    round_trip_files(each, sizeof each / sizeof *each, 0); /* all in one set */
    char *nouns[] = {"tests/fixtures/coder/verbs.dyad"}; /* verbs and noun forms */
    round_trip_files(nouns, 1, 0);
}

static void hand_written(void **state)
{
    (void)state;
    dict_set s;
    dict_init(&s);
    dbuf err = {0};
    assert_int_equal(dict_load_file(&s, "tests/fixtures/dict/small.dyad", -1, -1, &err), 0);
    assert_int_equal(s.errors, 0);
    assert_int_equal(s.warnings, 0);
    assert_int_equal(s.n_options, 2);
    assert_string_equal(str(&s, s.options[0].key), "NOUN_FILE");
    assert_string_equal(str(&s, s.options[0].value), "Phoenix.Countries.actors.txt");
    assert_int_equal(s.options[1].value, 0);
    assert_int_equal(s.n_actors, 6);
    const dict_actor *ken = &s.actors[0];
    assert_int_equal(ken->names.count, 4);
    dict_span rk = s.phrases[ken->names.first + 1].words;
    assert_int_equal(rk.count, 3);
    assert_string_equal(str(&s, s.words[rk.first + 2].text), "KENYA"); /* words are held upper-case */
    assert_int_equal(s.words[rk.first + 2].flags, DICT_WORD_EXACT);
    assert_int_equal(s.words[s.phrases[ken->names.first + 2].words.first].flags, 0); /* Kenyan* */
    assert_string_equal(str(&s, ken->country), "KEN");
    const dict_actor *gov = &s.actors[1];
    assert_string_equal(str(&s, gov->sector), "GOV");
    assert_int_equal(s.codes[gov->codes.first].from, 20220913);
    assert_int_equal(s.codes[gov->codes.first].to, 0);
    const dict_actor *usa = &s.actors[2];
    assert_int_equal(usa->codes.count, 2);
    assert_int_equal(s.codes[usa->codes.first].to, 20170120);
    assert_string_equal(str(&s, s.codes[usa->codes.first + 1].code), "USAELI");
    assert_int_equal(s.codes[usa->codes.first + 1].from, 20170121);
    const dict_actor *nato = &s.actors[3];
    assert_int_equal(nato->members.count, 4);
    assert_string_equal(str(&s, s.codes[nato->members.first + 3].code), "GBR");
    assert_int_equal(s.codes[nato->members.first + 3].from, 0);
    assert_int_equal(s.codes[nato->members.first + 3].to, 20200131);
    assert_int_equal(s.codes[nato->members.first + 1].from, 20240307);
    assert_int_equal(s.actors[4].codes.count, 0);
    dict_span xyz = s.actors[5].names;
    assert_string_equal(str(&s, s.words[s.phrases[xyz.first].words.first].text), "C#");
    assert_string_equal(str(&s, s.words[s.phrases[xyz.first + 2].words.first].text), "ABC"); /* upper-cased */
    assert_int_equal(s.n_agents, 2);
    assert_int_equal(s.agents[0].position, DICT_AGENT_SUFFIX);
    assert_int_equal(s.agents[1].position, DICT_AGENT_PREFIX);
    assert_string_equal(str(&s, s.agents[1].code), "REB");
    assert_int_equal(s.n_synsets, 3);
    assert_string_equal(str(&s, s.synsets[1].name), "MONEY");
    assert_int_equal(s.words[s.phrases[s.synsets[1].members.first].words.first].flags,
                     DICT_WORD_SYNSET | DICT_WORD_EXACT);
    assert_int_equal(s.synsets[2].members.count, 0);
    assert_int_equal(s.n_verbs, 2);
    assert_int_equal(s.verbs[0].forms.count, 5);
    assert_int_equal(s.verbs[0].patterns.count, 3);
    const dict_pattern *p = &s.patterns[0];
    assert_string_equal(str(&s, p->id), "MEET.1");
    assert_string_equal(str(&s, p->code), "040");
    assert_string_equal(str(&s, p->reverse), "041");
    assert_string_equal(str(&s, p->plover_type), "CONSULT");
    assert_string_equal(str(&s, p->plover_mode), "visit");
    static const uint32_t kinds1[] = {DICT_EL_SOURCE, DICT_EL_VERB, DICT_EL_WORD, DICT_EL_TARGET};
    assert_int_equal(p->elements.count, 4);
    for (int i = 0; i < 4; i++) assert_int_equal(s.elements[p->elements.first + i].kind, kinds1[i]);
    p = &s.patterns[1];
    static const uint32_t kinds2[] = {DICT_EL_VERB,     DICT_EL_NP_OPEN, DICT_EL_SYNSET, DICT_EL_WORD,    DICT_EL_NP_CLOSE,
                                      DICT_EL_PP_OPEN, DICT_EL_WORD,    DICT_EL_TARGET, DICT_EL_PP_CLOSE};
    assert_int_equal(p->elements.count, 9);
    for (int i = 0; i < 9; i++) assert_int_equal(s.elements[p->elements.first + i].kind, kinds2[i]);
    assert_int_equal(p->plover_type, 0);
    assert_string_equal(str(&s, p->plover_mode), "phone");
    p = &s.patterns[2];
    assert_int_equal(p->code, 0);
    assert_int_equal(s.elements[p->elements.first + 1].kind, DICT_EL_SKIP);
    assert_int_equal(p->elements.count, 9);
    for (int i = 3; i < 8; i++) assert_int_equal(s.elements[p->elements.first + i].kind, DICT_EL_MARK);
    assert_string_equal(str(&s, s.elements[p->elements.first + 7].text), "@");
    assert_string_equal(str(&s, s.elements[p->elements.first + 8].text), "=EQ"); /* a word: upper-cased */
    assert_string_equal(str(&s, s.patterns[3].code), "---");
    assert_int_equal(s.n_transforms, 3);
    const dict_transform *t = s.transforms;
    assert_int_equal(t[0].at.line, 26);
    assert_string_equal(str(&s, t[0].text), "a (a b MEET) PLEDGE = a b 036"); /* the comment is not part of it */
    assert_int_equal(t[0].outer_source, 'a');
    assert_int_equal(t[0].inner_source, 'a');
    assert_int_equal(t[0].inner_target, 'b');
    assert_string_equal(str(&s, t[0].inner_verb), "MEET");
    assert_string_equal(str(&s, t[0].outer_verb), "PLEDGE");
    assert_int_equal(t[0].source, 'a');
    assert_int_equal(t[0].target, 'b');
    assert_string_equal(str(&s, t[0].code), "036");
    assert_int_equal(t[1].inner_source, '_');
    assert_string_equal(str(&s, t[1].inner_verb), "Q");
    assert_string_equal(str(&s, t[1].outer_verb), "PLEDGE"); /* "pledge": verbs are held upper-case */
    assert_int_equal(t[1].source, '.');
    assert_string_equal(str(&s, t[1].code), "Q");
    assert_string_equal(str(&s, t[2].text), "a\t(b . meet)PLEDGE=a b 040"); /* "\x09" decoded, kept as written */
    assert_int_equal(t[2].inner_target, '.');
    assert_string_equal(str(&s, t[2].inner_verb), "MEET");
    assert_int_equal(s.n_discards, 2);
    assert_int_equal(s.discards[1].scope, DICT_DISCARD_STORY);
    assert_int_equal(s.n_issues, 1);
    assert_int_equal(s.n_times, 2);
    assert_string_equal(str(&s, s.times[1].code), "###");
    dict_free(&s);
    dbuf_free(&err);
}

static void malformed(void **state)
{
    (void)state;
    static const char text[] = "# dyad dictionary\n"
                               "actor KEN Kenya\n"                       /* 2 fine */
                               "actor KEN\n"                             /* 3 no name */
                               "actor KEN Kenya from=2022-13-01\n"       /* 4 bad date */
                               "agent GOV government\n"                  /* 5 no ~ */
                               "pattern X.1 * code=010\n"                /* 6 no verb yet */
                               "frobnicate something\n"                  /* 7 unknown kind */
                               "discard paragraph foo\n"                 /* 8 bad scope */
                               "actor KEN Kenya | | Kenyan\n"            /* 9 empty name */
                               "actor KEN Kenya members=FIN:20230404\n"  /* 10 bad member date */
                               "verb MEET 040 meet\n"                    /* 11 fine */
                               "pattern MEET.1 * with code=040 extra\n"  /* 12 word after attrs */
                               "pattern MEET.2 $ + code=041\n"           /* 13 warning: no '*' */
                               "actor K\\x00 Zero\n"                     /* 14 NUL */
                               "agent ~GOV \xff\xfe\n"                   /* 15 warning: not UTF-8 */
                               "actor KEN Kenya bogus=1\n"               /* 16 warning: unknown attribute */
                               "transform a (a b MEET) SAY = a c 015\n"   /* 17 c is not on the left */
                               "transform a (a b MEET) SAY\n"             /* 18 no result */
                               "transform\n"                              /* 19 empty */
                               "transform a (a b ME\\x00T) SAY = a b 1\n" /* 20 NUL */
                               "transform a (a b MEET) SAY = a b 015\n";  /* 21 fine */
    dict_set s;
    dict_init(&s);
    diag_log log = {0};
    s.diag = collect, s.diag_user = &log;
    size_t errors = dict_load_dyad(&s, "bad.dyad", text, sizeof text - 1);
    assert_int_equal(errors, 14);
    for (int line = 3; line <= 20; line++) {
        if (line == 11 || line == 15 || line == 16) continue;
        char at[32];
        snprintf(at, sizeof at, "bad.dyad:%d: ", line);
        if (!logged(&log, at)) fail_msg("no message for line %d", line);
    }
    assert_true(logged(&log, "bad.dyad:13: warning:"));
    assert_true(logged(&log, "bad.dyad:15: warning:"));
    assert_true(logged(&log, "bad.dyad:16: warning:"));
    assert_true(logged(&log, "bad.dyad:17: transform 'a (a b MEET) SAY = a c 015': the result's target is not"));
    assert_true(logged(&log, "bad.dyad:18: transform 'a (a b MEET) SAY': expected '='"));
    assert_true(logged(&log, "bad.dyad:19: transform '': empty transformation"));
    assert_true(logged(&log, "bad.dyad:20: NUL byte in transform"));
    assert_int_equal(s.n_transforms, 1);
    assert_int_equal(s.transforms[0].at.line, 21);
    assert_int_equal(s.n_actors, 2);
    assert_int_equal(s.n_agents, 1);
    assert_int_equal(s.n_patterns, 1);
    assert_int_equal(s.n_codes, 2); /* the bad lines' codes were taken back */
    assert_int_equal(s.n_phrases, 4);
    round_trip_set(&s);
    log_free(&log);
    dict_free(&s);
}

/* The lint (dict_check): a pattern id given twice makes events' rules
 * ambiguous. */
static void duplicate_pattern_ids(void **state)
{
    (void)state;
    static const char text[] = "verb MEET 040 meet\n"
                               "pattern MEET.1 * with + code=040\n"
                               "noun MEET 040 meeting\n"
                               "pattern MEET.1 * of + code=040\n"
                               "pattern MEET.2 * with + code=040\n";
    dict_set s;
    dict_init(&s);
    diag_log log = {0};
    s.diag = collect, s.diag_user = &log;
    assert_int_equal(dict_load_dyad(&s, "ids.dyad", text, sizeof text - 1), 0);
    assert_int_equal(s.warnings, 0);
    assert_int_equal(s.verbs[1].flags, DICT_VERB_NOUN);
    dict_check(&s);
    assert_int_equal(s.warnings, 1);
    assert_true(logged(&log, "ids.dyad:4: warning: pattern id MEET.1 is also the id of the pattern at ids.dyad:2"));
    log_free(&log);
    dict_free(&s);
}

/* Verb transformations from PETRARCH-2 files keep their text through the
 * dyad format, whatever blanks it holds; one built without text is written
 * from its fields. */
static void transforms_round_trip(void **state)
{
    (void)state;
    static const char verbs[] = "---  ATTACK   [190]  ---\n"
                                "ATTACK\n"
                                "SAY\n"
                                "~ a (a b ATTACK) SAY = a b 015\n"
                                "~\ta\t(b . ATTACK )\vSAY=a b 112\n"
                                "~ a (a b Q) SAY = a b Q\n";
    dict_set a;
    dict_init(&a);
    assert_int_equal(dict_load_petrarch2(&a, "t.verbs.txt", verbs, sizeof verbs - 1, DICT_KIND_VERBS), 0);
    assert_int_equal(a.n_transforms, 3);
    assert_string_equal(str(&a, a.transforms[1].text), "a\t(b . ATTACK )\vSAY=a b 112");
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    assert_non_null(mem);
    assert_int_equal(dict_write_dyad(&a, mem), 0);
    fclose(mem);
    assert_non_null(strstr(text, "\n# verb transformations\ntransform  a (a b ATTACK) SAY = a b 015\n"
                                 "transform  a\\x09(b . ATTACK )\\x0BSAY=a b 112\n"
                                 "transform  a (a b Q) SAY = a b Q\n"));
    free(text);
    round_trip_set(&a);
    /* without text (a transformation made by a program): written from the fields */
    DYAD_GROW(a.transforms, a.cap_transforms, a.n_transforms + 1);
    dict_transform t = a.transforms[1];
    t.text = 0;
    a.transforms[a.n_transforms++] = t;
    text = NULL;
    mem = open_memstream(&text, &len);
    assert_int_equal(dict_write_dyad(&a, mem), 0);
    fclose(mem);
    assert_non_null(strstr(text, "transform  a (b . ATTACK) SAY = a b 112\n"));
    dict_set b;
    dict_init(&b);
    assert_int_equal(dict_load_dyad(&b, "b.dyad", text, len), 0);
    assert_int_equal(b.n_transforms, 4);
    const dict_transform *x = &b.transforms[3];
    assert_string_equal(str(&b, x->text), "a (b . ATTACK) SAY = a b 112");
    assert_int_equal(x->inner_source, 'b');
    assert_int_equal(x->inner_target, '.');
    assert_string_equal(str(&b, x->inner_verb), "ATTACK");
    assert_string_equal(str(&b, x->code), "112");
    free(text);
    dict_free(&a);
    dict_free(&b);
}

static void header_and_extension(void **state)
{
    (void)state;
    static const char text[] = "# dyad dictionary format 1\nactor KEN Kenya\n";
    char *path = tu_write_tmp("no-extension", text, sizeof text - 1);
    dict_set s;
    dict_init(&s);
    dbuf err = {0};
    assert_int_equal(dict_load_file(&s, path, -1, -1, &err), 0);
    assert_int_equal(s.n_actors, 1);
    assert_int_equal(dict_kind_of("x.dyad"), -1);
    dict_free(&s);
    dbuf_free(&err);
    free(path);
}

static void write_error(void **state)
{
    (void)state;
    dict_set s;
    dict_init(&s);
    dbuf err = {0};
    assert_int_equal(dict_load_file(&s, "tests/fixtures/dict/small.dyad", -1, -1, &err), 0);
    FILE *full = fopen("/dev/full", "w");
    if (!full) skip();
    assert_int_equal(dict_write_dyad(&s, full), -1);
    fclose(full);
    dict_free(&s);
    dbuf_free(&err);
}

static void real_dictionaries(void **state)
{
    (void)state;
    static const char *const patterns[] = {
        "../shared/dictionaries/phoenix-petrarch2/*.txt",
        "../shared/conformance/petrarch2-validate/PETR_Validate_*_2_02.txt",
        "../shared/conformance/petrarch-unittest/PETR.Validate.*.txt",
        "../shared/conformance/tabari-validate/TABARI.Demo.actors",
        "../shared/conformance/tabari-validate/TABARI.Demo.verbs",
        "../shared/conformance/tabari-validate/Validate.agents",
        "../shared/conformance/tabari-validate/Validate.options",
    };
    size_t found = 0;
    for (size_t k = 0; k < sizeof patterns / sizeof *patterns; k++) {
        glob_t g;
        if (glob(patterns[k], 0, NULL, &g) != 0) continue;
        for (size_t i = 0; i < g.gl_pathc; i++) {
            dict_set a;
            dict_init(&a);
            a.diag = quiet;
            dbuf err = {0};
            if (dict_load_file(&a, g.gl_pathv[i], -1, -1, &err) != 0) {
                print_message("%s: %s (not a dictionary)\n", g.gl_pathv[i], dbuf_cstr(&err));
            } else {
                dict_stats st;
                dict_stats_of(&a, &st);
                size_t bytes = round_trip_set(&a);
                print_message("round trip %s: %zu actors, %zu agents, %zu verbs, %zu patterns, %zu transforms, "
                              "%zu synsets, %zu discards, %zu issues, %zu times, %zu options (%zu source errors): "
                              "%zu bytes, equal\n",
                              g.gl_pathv[i], st.actors, st.agents, st.verbs, st.patterns, st.transforms, st.synsets,
                              st.discards, st.issues, st.time_shifts, st.options, st.errors, bytes);
                if (strstr(g.gl_pathv[i], "CAMEO.2.0.txt")) assert_int_equal(st.transforms, 8); /* grep -c '^~' */
                found++;
            }
            dict_free(&a);
            dbuf_free(&err);
        }
        globfree(&g);
    }
    if (!found) skip();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fixtures),
        cmocka_unit_test(hand_written),
        cmocka_unit_test(malformed),
        cmocka_unit_test(duplicate_pattern_ids),
        cmocka_unit_test(transforms_round_trip),
        cmocka_unit_test(header_and_extension),
        cmocka_unit_test(write_error),
        cmocka_unit_test(real_dictionaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
