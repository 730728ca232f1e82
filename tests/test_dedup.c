/* test_dedup.c - merging repeated events (src/dedup.c): which events are the
 * same in each mode, that the first one seen is kept with its own strings,
 * the mentions, articles and sources counts, first-seen order, and flushing
 * per article or at the end. */
#include "testutil.h"

#include "dyad.h"

/* What a flush passed on, copied (the events die with the flush). */
typedef struct {
    size_t n;
    char *article[64], *text[64], *cameo[64], *target[64], *attribution[64], *location[64];
    long sentence[64], mentions[64], articles[64], sources[64];
    int has_counts[64];
    size_t stop_after; /* 0: never ask to stop */
} collected;

static char *copy_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int collect_event(void *user, const dyad_event *e)
{
    collected *c = user;
    assert_true(c->n < 64);
    size_t i = c->n++;
    c->article[i] = copy_or_null(e->article);
    c->text[i] = copy_or_null(e->text);
    c->cameo[i] = copy_or_null(e->cameo);
    c->target[i] = copy_or_null(e->target.code);
    c->attribution[i] = copy_or_null(e->attribution ? e->attribution->text : NULL);
    c->location[i] = copy_or_null(e->location ? e->location->name : NULL);
    c->sentence[i] = e->sentence;
    c->mentions[i] = e->mentions;
    c->articles[i] = e->articles;
    c->sources[i] = e->sources;
    c->has_counts[i] = e->has_counts;
    return c->stop_after && c->n == c->stop_after;
}

static void collected_free(collected *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->article[i]), free(c->text[i]), free(c->cameo[i]), free(c->target[i]);
        free(c->attribution[i]), free(c->location[i]);
    }
    memset(c, 0, sizeof *c);
}

/* An event of article `article`, sentence `sentence`: KEN does `cameo` to
 * `target` on `date`. */
static dyad_event event(const char *article, long sentence, const char *target, const char *cameo,
                        const char *date, const char *text)
{
    dyad_event e = {.article = article, .sentence = sentence, .date = date, .date_precision = "day",
                    .source = {"KEN", "KEN", NULL, "Kenya"}, .target = {target, target, NULL, target},
                    .cameo = cameo, .text = text, .rule = "SIGN.1"};
    return e;
}

static void mode_names(void **state)
{
    (void)state;
    dyad_dedup_mode m = 0;
    assert_int_equal(dyad_dedup_mode_from_name("sentence", &m), 0);
    assert_int_equal(m, DYAD_DEDUP_SENTENCE);
    assert_int_equal(dyad_dedup_mode_from_name("article", &m), 0);
    assert_int_equal(m, DYAD_DEDUP_ARTICLE);
    assert_int_equal(dyad_dedup_mode_from_name("day", &m), 0);
    assert_int_equal(m, DYAD_DEDUP_DAY);
    assert_string_equal(dyad_dedup_mode_name(DYAD_DEDUP_DAY), "day");
    assert_int_equal(dyad_dedup_mode_from_name("Day", &m), -1);
    assert_int_equal(dyad_dedup_mode_from_name("", &m), -1);
    assert_int_equal(dyad_dedup_mode_from_name("none", &m), -1);
    assert_null(dyad_dedup_new((dyad_dedup_mode)0));
    assert_null(dyad_dedup_new((dyad_dedup_mode)9));
}

/* In one article: the same source, target, CAMEO code and date is merged
 * whatever the sentence; any of the four differing is another event. The
 * first event seen is the one kept, in first-seen order. */
static void article_mode_merges_within_an_article(void **state)
{
    (void)state;
    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_ARTICLE);
    dyad_event_location nairobi = {"Nairobi", "KEN", 1, -1.28, 36.82, 184745};
    dyad_event_attribution ministry = {"KENGOV", "the ministry", NULL, NULL};
    dyad_event first = event("a1", 0, "ETH", "057", "2024-05-06", "Kenya signed with Ethiopia.");
    first.location = &nairobi, first.attribution = &ministry;
    dyad_event again = event("a1", 3, "ETH", "057", "2024-05-06", "Again, Kenya signed with Ethiopia.");
    dyad_event other_code = event("a1", 1, "ETH", "040", "2024-05-06", "Kenya met Ethiopia.");
    dyad_event other_target = event("a1", 2, "SOM", "057", "2024-05-06", "Kenya signed with Somalia.");
    dyad_event other_date = event("a1", 4, "ETH", "057", "2024-05-01", "Kenya signed with Ethiopia last week.");
    dyad_dedup_add(d, &first, "Reuters");
    dyad_dedup_add(d, &other_code, "Reuters");
    dyad_dedup_add(d, &again, "Reuters");
    dyad_dedup_add(d, &other_target, "Reuters");
    dyad_dedup_add(d, &again, "Reuters");
    dyad_dedup_add(d, &other_date, "Reuters");
    collected c = {0};
    assert_int_equal(dyad_dedup_flush(d, collect_event, &c), 4);
    assert_int_equal(c.n, 4);
    /* first seen, kept whole */
    assert_string_equal(c.text[0], "Kenya signed with Ethiopia.");
    assert_int_equal(c.sentence[0], 0);
    assert_string_equal(c.location[0], "Nairobi");
    assert_string_equal(c.attribution[0], "the ministry");
    assert_int_equal(c.mentions[0], 3);
    assert_int_equal(c.articles[0], 1);
    assert_int_equal(c.sources[0], 1);
    /* then the others, once each, in the order first seen */
    assert_string_equal(c.cameo[1], "040");
    assert_string_equal(c.target[2], "SOM");
    assert_string_equal(c.text[3], "Kenya signed with Ethiopia last week.");
    for (size_t i = 0; i < 4; i++) assert_true(c.has_counts[i]);
    for (size_t i = 1; i < 4; i++) assert_int_equal(c.mentions[i], 1);
    assert_null(c.location[1]);
    assert_null(c.attribution[1]);
    assert_int_equal(dyad_dedup_added(d), 6);
    assert_int_equal(dyad_dedup_written(d), 4);
    collected_free(&c);
    /* a flush forgets what it wrote */
    assert_int_equal(dyad_dedup_flush(d, collect_event, &c), 0);
    assert_int_equal(c.n, 0);
    dyad_dedup_free(d);
}

static int check_own_copies(void *user, const dyad_event *e)
{
    (void)user;
    assert_string_equal(e->source.antecedent, "William Ruto");
    assert_string_equal(e->attribution->quoting_code, "KENGOV");
    assert_string_equal(e->attribution->quoting_text, "a spokesman");
    assert_string_equal(e->plover_auxiliary, "historical");
    return 0;
}

/* ... the antecedent, the quoted speaker and the auxiliary mode too: the
 * caller's buffers may be gone when day mode writes it. */
static void merged_events_own_their_later_strings(void **state)
{
    (void)state;
    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_DAY);
    char antecedent[] = "William Ruto", quoting_code[] = "KENGOV", quoting_text[] = "a spokesman", aux[] = "historical";
    dyad_event_attribution attr = {"KENMED", "a newspaper", quoting_code, quoting_text};
    dyad_event e = event("a1", 0, "ETH", "057", "2019-01-01", "He signed with Ethiopia.");
    e.source.antecedent = antecedent, e.attribution = &attr, e.plover_auxiliary = aux;
    dyad_dedup_add(d, &e, NULL);
    memset(antecedent, 'x', sizeof antecedent - 1), memset(quoting_code, 'x', sizeof quoting_code - 1);
    memset(quoting_text, 'x', sizeof quoting_text - 1), memset(aux, 'x', sizeof aux - 1);
    assert_int_equal(dyad_dedup_flush(d, check_own_copies, NULL), 1);
    dyad_dedup_free(d);
}

/* Sentence mode keeps sentences apart; article mode keeps articles apart. */
static void sentence_and_article_keys(void **state)
{
    (void)state;
    dyad_event s0 = event("a1", 0, "ETH", "057", "2024-05-06", "one");
    dyad_event s0_again = event("a1", 0, "ETH", "057", "2024-05-06", "one, again");
    dyad_event s1 = event("a1", 1, "ETH", "057", "2024-05-06", "two");
    dyad_event other_article = event("a2", 0, "ETH", "057", "2024-05-06", "three");
    collected c = {0};

    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_SENTENCE);
    dyad_dedup_add(d, &s0, NULL);
    dyad_dedup_add(d, &s1, NULL);
    dyad_dedup_add(d, &s0_again, NULL);
    dyad_dedup_add(d, &other_article, NULL);
    assert_int_equal(dyad_dedup_flush(d, collect_event, &c), 3);
    assert_int_equal(c.sentence[0], 0);
    assert_int_equal(c.mentions[0], 2);
    assert_string_equal(c.text[0], "one");
    assert_int_equal(c.sentence[1], 1);
    assert_int_equal(c.mentions[1], 1);
    assert_string_equal(c.article[2], "a2");
    assert_int_equal(c.mentions[2], 1);
    collected_free(&c);
    dyad_dedup_free(d);

    d = dyad_dedup_new(DYAD_DEDUP_ARTICLE);
    dyad_dedup_add(d, &s0, NULL);
    dyad_dedup_add(d, &s1, NULL);
    dyad_dedup_add(d, &other_article, NULL);
    dyad_dedup_add(d, &s0_again, NULL);
    assert_int_equal(dyad_dedup_flush(d, collect_event, &c), 2);
    assert_string_equal(c.article[0], "a1");
    assert_int_equal(c.mentions[0], 3);
    assert_int_equal(c.articles[0], 1);
    assert_string_equal(c.article[1], "a2");
    assert_int_equal(c.mentions[1], 1);
    collected_free(&c);
    dyad_dedup_free(d);
}

/* Day mode merges across articles: articles counts distinct ids, sources
 * distinct publishers, an article without a publisher counting as its own. */
static void day_mode_counts_articles_and_sources(void **state)
{
    (void)state;
    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_DAY);
    dyad_event r1 = event("r1", 2, "ETH", "057", "2024-05-06", "Reuters, first.");
    dyad_event r1b = event("r1", 5, "ETH", "057", "2024-05-06", "Reuters, same article again.");
    dyad_event r2 = event("r2", 0, "ETH", "057", "2024-05-06", "Reuters, second article.");
    dyad_event ap = event("p1", 0, "ETH", "057", "2024-05-06", "AP.");
    dyad_event blog1 = event("b1", 0, "ETH", "057", "2024-05-06", "A blog, no publisher.");
    dyad_event blog2 = event("b2", 1, "ETH", "057", "2024-05-06", "Another, no publisher.");
    dyad_event next_day = event("r3", 0, "ETH", "057", "2024-05-07", "Reuters, next day.");
    /* a publisher named like an article id is still a publisher */
    dyad_event named_b1 = event("x1", 0, "ETH", "057", "2024-05-06", "Publisher b1.");
    dyad_dedup_add(d, &r1, "Reuters");
    dyad_dedup_add(d, &next_day, "Reuters");
    dyad_dedup_add(d, &r1b, "Reuters");
    dyad_dedup_add(d, &r2, "Reuters");
    dyad_dedup_add(d, &ap, "AP");
    dyad_dedup_add(d, &blog1, NULL);
    dyad_dedup_add(d, &blog2, "");
    dyad_dedup_add(d, &named_b1, "b1");
    /* day mode holds everything until the end of the input */
    collected c = {0};
    assert_int_equal(dyad_dedup_article_done(d, collect_event, &c), 0);
    assert_int_equal(c.n, 0);
    assert_int_equal(dyad_dedup_flush(d, collect_event, &c), 2);
    assert_string_equal(c.text[0], "Reuters, first.");
    assert_string_equal(c.article[0], "r1");
    assert_int_equal(c.sentence[0], 2);
    assert_int_equal(c.mentions[0], 7);
    assert_int_equal(c.articles[0], 6);  /* r1 r2 p1 b1 b2 x1 */
    assert_int_equal(c.sources[0], 5);   /* Reuters, AP, b1's own, b2's own, "b1" */
    assert_true(c.sources[0] <= c.articles[0]);
    assert_string_equal(c.text[1], "Reuters, next day.");
    assert_int_equal(c.mentions[1], 1);
    assert_int_equal(c.articles[1], 1);
    assert_int_equal(c.sources[1], 1);
    collected_free(&c);
    dyad_dedup_free(d);
}

/* The kept event owns its strings: the caller's may change or go. */
static void merged_events_own_their_strings(void **state)
{
    (void)state;
    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_ARTICLE);
    char article[] = "a1", text[] = "Kenya signed.", cameo[] = "057", place[] = "Nairobi", who[] = "officials";
    dyad_event_location loc = {place, "KEN", 0, 0, 0, 0};
    dyad_event_attribution attr = {NULL, who, NULL, NULL};
    dyad_event e = event(article, 0, "ETH", cameo, "2024-05-06", text);
    e.location = &loc, e.attribution = &attr;
    dyad_dedup_add(d, &e, NULL);
    memset(text, 'x', sizeof text - 1);
    memset(place, 'y', sizeof place - 1);
    memset(who, 'z', sizeof who - 1);
    article[1] = '9';
    collected c = {0};
    /* article mode flushes at the end of each article */
    assert_int_equal(dyad_dedup_article_done(d, collect_event, &c), 1);
    assert_string_equal(c.article[0], "a1");
    assert_string_equal(c.text[0], "Kenya signed.");
    assert_string_equal(c.location[0], "Nairobi");
    assert_string_equal(c.attribution[0], "officials");
    collected_free(&c);
    dyad_dedup_free(d);
}

/* A callback that asks to stop ends the flush with -1; what was not passed
 * is dropped (and freed: LeakSanitizer checks). Events never flushed are
 * freed with the deduplicator. */
static void stopping_and_freeing(void **state)
{
    (void)state;
    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_DAY);
    const char *targets[] = {"ETH", "SOM", "UGA", "TZA"};
    for (size_t i = 0; i < 4; i++) {
        dyad_event e = event("a1", (long)i, targets[i], "057", "2024-05-06", "text");
        dyad_dedup_add(d, &e, NULL);
    }
    collected c = {.stop_after = 2};
    assert_int_equal(dyad_dedup_flush(d, collect_event, &c), -1);
    assert_int_equal(c.n, 2);
    /* the event whose callback asked to stop (a failed write) is not counted */
    assert_int_equal(dyad_dedup_written(d), 1);
    collected_free(&c);
    dyad_event e = event("a2", 0, "ETH", "057", "2024-05-06", "left behind");
    dyad_dedup_add(d, &e, "AFP");
    dyad_dedup_free(d);
}

typedef struct {
    long groups, exact; /* groups passed, and those with the expected counts */
} tally;

static int tally_event(void *user, const dyad_event *e)
{
    tally *t = user;
    t->groups++;
    t->exact += e->mentions == 80 && e->articles == 40 && e->sources == 7;
    return 0;
}

/* Many groups and many articles: the tables grow, counts stay exact. */
static void many_events(void **state)
{
    (void)state;
    dyad_dedup *d = dyad_dedup_new(DYAD_DEDUP_DAY);
    char article[32], target[16], source[16];
    /* 500 targets x 40 articles, each reporting its event twice; 7 publishers */
    for (int t = 0; t < 500; t++) {
        snprintf(target, sizeof target, "T%d", t);
        for (int a = 0; a < 40; a++) {
            snprintf(article, sizeof article, "t%d-a%d", t, a);
            snprintf(source, sizeof source, "p%d", a % 7);
            for (int rep = 0; rep < 2; rep++) {
                dyad_event e = event(article, rep, target, "057", "2024-05-06", "text");
                dyad_dedup_add(d, &e, source);
            }
        }
    }
    tally t = {0};
    assert_int_equal(dyad_dedup_flush(d, tally_event, &t), 500);
    assert_int_equal(t.groups, 500);
    assert_int_equal(t.exact, 500);
    assert_int_equal(dyad_dedup_added(d), 500 * 40 * 2);
    dyad_dedup_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mode_names),
        cmocka_unit_test(article_mode_merges_within_an_article),
        cmocka_unit_test(sentence_and_article_keys),
        cmocka_unit_test(day_mode_counts_articles_and_sources),
        cmocka_unit_test(merged_events_own_their_strings),
        cmocka_unit_test(merged_events_own_their_later_strings),
        cmocka_unit_test(stopping_and_freeing),
        cmocka_unit_test(many_events),
    };
    return cmocka_run_group_tests_name("dedup", tests, NULL, NULL) ? 1 : 0;
}
