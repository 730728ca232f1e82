/* context.c - the article context: who the article has named so far, so that
 * a later sentence's "Ruto", "he", "the two leaders" or "the bloc" finds
 * them. The coder reads an article a sentence at a time; after each one it
 * remembers that sentence's actors here (context_remember), and before
 * coding the next it adds a reference mention for each word that stands for
 * one of them and that the sentence itself does not resolve
 * (context_resolve). Within a sentence mention.c resolves pronouns first;
 * this file only looks back across sentences. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder.h"

/* How many sentences back a pronoun or description may look. */
enum { CONTEXT_REACH = 3 };

static const char *tag_of(const coder_sentence *s, int t) { return dyad_tag_name(s->parses[t].tag); }

static int is_organisation(const char *code)
{
    return !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3);
}

void context_reset(article_context *ctx)
{
    ctx->n = 0;
    dbuf_clear(&ctx->strings);
    ctx->sentence = 0;
    ctx->pair[0] = ctx->pair[1] = -1;
    ctx->n_many = 0;
}

void context_free(article_context *ctx)
{
    free(ctx->items);
    dbuf_free(&ctx->strings);
    *ctx = (article_context){0};
}

/* The surname of a person's mention: its last capitalised word, not a title
 * word the dictionaries would name alone ("William Ruto": "Ruto"). Writes
 * its offset in ctx->strings, or returns 0 when there is none. */
static int remember_surname(article_context *ctx, const coder_sentence *s, const coder_mention *m, uint32_t *at)
{
    int last = m->last;
    while (last > m->first && (s->words[last][0] == '\'' || !strcmp(tag_of(s, last), "POS"))) last--;
    if (last <= m->first) return 0; /* one word: the dictionaries know it alone already */
    unsigned char c = (unsigned char)s->words[last][0];
    if (c < 'A' || c > 'Z' || strncmp(tag_of(s, last), "NNP", 3) != 0) return 0;
    *at = (uint32_t)ctx->strings.len;
    dbuf_append(&ctx->strings, s->words[last], s->lens[last]);
    dbuf_putc(&ctx->strings, '\0');
    return 1;
}

/* Is there a name no mention covers before token t, or a party other than
 * the first ("Arce confronted Zuniga ... and ordered him": "him" is likely
 * Zuniga, not a person of the sentences before)? */
static int unknown_name_before(const coder_sentence *s, const coder_mentions *ms, int t)
{
    for (int k = 1; k < t; k++)
        if (!strncmp(tag_of(s, k), "NNP", 3) && coder_mention_at(ms, k) < 0) return 1;
    /* (nor another party named before it: only the subject's compound) */
    int first = ms->n ? ms->items[0].group : -1;
    for (size_t k = 0; k < ms->n; k++)
        if (ms->items[k].first >= 0 && ms->items[k].first < t && ms->items[k].group != first) return 1;
    return 0;
}

/* The last token of a name of two to four capitalised words right after
 * token t (or after a comma: "Taiwan's deputy foreign minister, Tien
 * Chung-kwang, told reporters") that no mention covers and that is no time
 * ("Minister Tien Chung-kwang"), -1. */
static int unknown_name_after(const coder_sentence *s, const coder_mentions *ms, int t)
{
    if (coder_word_is(s, t + 1, ",")) t++;
    int k = t + 1;
    while ((size_t)k < s->n && k - t <= 4 && !strncmp(tag_of(s, k), "NNP", 3) && s->words[k][0] >= 'A' &&
           s->words[k][0] <= 'Z' && coder_mention_at(ms, k) < 0 && !event_time_name(s, k))
        k++;
    return k - t >= 3 && k - t <= 5 ? k - 1 : -1;
}

/* The first word of a person's name in mention m, past titles and
 * nationalities ("Ethiopian Prime Minister Abiy Ahmed": "Abiy"; "South
 * Korean President Yoon Suk Yeol": "Yoon", the family name put first), when
 * the name has two words or more. Writes its offset in ctx->strings, or
 * returns 0. */
static int remember_first_name(article_context *ctx, const coder_sentence *s, const coder_mention *m, uint32_t *at)
{
    static const char *const titles[] = {
        "president", "prime", "minister", "foreign", "secretary", "general", "gen.", "chancellor", "king", "queen",
        "premier", "leader", "chief", "commander", "spokesman", "spokeswoman", "state", "defence", "defense",
        "interior", "vice", "deputy", "mr.", "mrs.", "ms.", "dr.", "sheikh", "prince", "crown", "colonel", "col.",
        "senator", "sen.", "governor", "gov.", "mayor", "ambassador", "envoy", "speaker", "pope", "emir", "sultan",
        "former", "opposition", "army", "lt.", "maj.", "general", "field", "marshal", "supreme", "ayatollah",
        "taoiseach", "chairman", "director", "judge", "justice", "rep.", "house", "party", "head", NULL};
    int last = m->last;
    while (last > m->first && (s->words[last][0] == '\'' || !strcmp(tag_of(s, last), "POS"))) last--;
    int first = last;
    while (first > m->first && !strncmp(tag_of(s, first - 1), "NNP", 3) && s->words[first - 1][0] >= 'A' &&
           s->words[first - 1][0] <= 'Z') {
        int title = 0;
        for (int k = 0; titles[k] && !title; k++) title = coder_word_is(s, first - 1, titles[k]);
        if (title) break;
        first--;
    }
    if (first >= last || strncmp(tag_of(s, first), "NNP", 3) != 0 || s->lens[first] < 2) return 0;
    *at = (uint32_t)ctx->strings.len;
    dbuf_append(&ctx->strings, s->words[first], s->lens[first]);
    dbuf_putc(&ctx->strings, '\0');
    return 1;
}

void context_remember(article_context *ctx, const dict_set *set, const coder_sentence *s, const coder_mentions *ms)
{
    int subject_of_main = -1, object_of_main = -1;
    for (size_t k = 0; k < s->n_clauses; k++)
        if (s->clauses[k].type == DYAD_CLAUSE_MAIN) {
            subject_of_main = s->clauses[k].subject, object_of_main = s->clauses[k].object;
            break;
        }
    int pair_a = -1, pair_b = -1;
    for (size_t k = 0; k < ms->n; k++) {
        const coder_mention *m = &ms->items[k];
        if (m->first < 0 || (m->actor < 0 && m->agent < 0)) continue;
        const char *code = coder_mention_code(ms, m);
        if (!*code || !strncmp(code, "---", 3)) continue;
        const dict_actor *a = m->actor >= 0 ? &set->actors[m->actor] : NULL;
        context_entity e = {0};
        e.sentence = ctx->sentence;
        e.actor = m->actor, e.agent = m->agent;
        e.code = (uint32_t)ctx->strings.len;
        dbuf_puts(&ctx->strings, code);
        dbuf_putc(&ctx->strings, '\0');
        /* (its words; for a reference, those of what it stands for) */
        e.text = (uint32_t)ctx->strings.len;
        if (coder_mention_antecedent(ms, m)) {
            dbuf_puts(&ctx->strings, coder_mention_antecedent(ms, m));
        } else {
            for (int t = m->first; t <= m->last; t++) {
                if (t > m->first) dbuf_putc(&ctx->strings, ' ');
                dbuf_append(&ctx->strings, s->words[t], s->lens[t]);
            }
        }
        dbuf_putc(&ctx->strings, '\0');
        e.plural = !strcmp(tag_of(s, m->last), "NNS") || !strcmp(tag_of(s, m->last), "NNPS");
        e.organisation = is_organisation(code) || (a && !a->sector && a->country == 0);
        e.person = a && a->sector && a->country && !e.plural && !e.organisation && !m->reference;
        e.group = a && a->sector && (!strcmp(dict_string(set, a->sector), "REB") || !strcmp(dict_string(set, a->sector), "INS") ||
                                     !strcmp(dict_string(set, a->sector), "SEP") || !strcmp(dict_string(set, a->sector), "OPP"));
        e.state = a && a->country && !a->sector && strlen(code) == 3;
        e.subject = subject_of_main >= m->first && subject_of_main <= m->last;
        e.has_surname = e.person && remember_surname(ctx, s, m, &e.surname);
        e.has_first_name = e.has_surname && remember_first_name(ctx, s, m, &e.first_name);
        /* (a title the dictionaries know before a name they do not:
           "Taiwanese Deputy Foreign Minister Tien Chung-kwang" is the
           person "Tien" of later sentences) */
        int name_end = m->agent >= 0 && !m->reference && !e.plural ? unknown_name_after(s, ms, m->last) : -1;
        if (!e.has_surname && name_end >= 0) {
            coder_mention named = *m;
            named.last = name_end;
            e.person = 1;
            e.has_surname = remember_surname(ctx, s, &named, &e.surname);
            e.has_first_name = e.has_surname && remember_first_name(ctx, s, &named, &e.first_name);
        }
        e.acted = m->acted;
        DYAD_GROW(ctx->items, ctx->cap, ctx->n + 1);
        ctx->items[ctx->n++] = e;
        /* the sides of the sentence: a compound of two, else the main
           clause's subject and object */
        if (e.subject) pair_a = (int)ctx->n - 1;
        if (object_of_main >= m->first && object_of_main <= m->last && pair_b < 0) pair_b = (int)ctx->n - 1;
    }
    for (size_t k = 0; k + 1 < ms->n; k++) {
        const coder_mention *x = &ms->items[k], *y = &ms->items[k + 1];
        if (x->first >= 0 && x->group == y->group && (k + 2 >= ms->n || ms->items[k + 2].group != x->group) &&
            (k == 0 || ms->items[k - 1].group != x->group) && x->actor >= 0 && y->actor >= 0) {
            /* the entities just remembered for them */
            int ix = -1, iy = -1;
            for (size_t j = 0; j < ctx->n; j++) {
                if (ctx->items[j].sentence != ctx->sentence) continue;
                const char *code = ctx->strings.data + ctx->items[j].code;
                if (ix < 0 && !strcmp(code, coder_mention_code(ms, x))) ix = (int)j;
                else if (iy < 0 && !strcmp(code, coder_mention_code(ms, y))) iy = (int)j;
            }
            if (ix >= 0 && iy >= 0) pair_a = ix, pair_b = iy;
            break;
        }
    }
    /* a compound of three or more actors of different codes, for "the three
       governments" */
    for (size_t k = 0; k < ms->n;) {
        size_t end = k;
        while (end + 1 < ms->n && ms->items[end + 1].group == ms->items[k].group) end++;
        if (end - k + 1 >= 3 && end - k + 1 <= 8 && ms->items[k].first >= 0) {
            int members[8], n = 0;
            for (size_t j = k; j <= end; j++)
                for (size_t e = ctx->n; e-- > 0 && ctx->items[e].sentence == ctx->sentence;)
                    if (!strcmp(ctx->strings.data + ctx->items[e].code, coder_mention_code(ms, &ms->items[j]))) {
                        int seen = 0;
                        for (int x = 0; x < n; x++) seen |= members[x] == (int)e;
                        if (!seen) members[n++] = (int)e;
                        break;
                    }
            if (n >= 3) {
                memcpy(ctx->many, members, sizeof members);
                ctx->n_many = n;
            }
        }
        k = end + 1;
    }
    if (pair_a >= 0 && pair_b >= 0 &&
        strcmp(ctx->strings.data + ctx->items[pair_a].code, ctx->strings.data + ctx->items[pair_b].code) != 0)
        ctx->pair[0] = pair_a, ctx->pair[1] = pair_b;
    ctx->sentence++;
}

/* Makes mention k, which the dictionaries read as an agent with no country
 * ("the two prime ministers", "the junta"), stand for entity e: its code
 * (with `government`, a state's government), its actor, its words as the
 * antecedent. */
static void stand_for(const article_context *ctx, coder_mentions *ms, int k, const context_entity *e, int government)
{
    coder_mention *m = &ms->items[k];
    m->code = (uint32_t)ms->codes.len;
    dbuf_puts(&ms->codes, ctx->strings.data + e->code);
    /* (a country however it was named: "Bhutan", "the Himalayan kingdom") */
    const char *code = ctx->strings.data + e->code;
    if (government && (e->state || (strlen(code) == 3 && !e->organisation && strncmp(code, "---", 3) != 0)))
        dbuf_puts(&ms->codes, "GOV");
    dbuf_putc(&ms->codes, '\0');
    m->actor = e->actor, m->reference = 1;
    coder_set_antecedent(ms, k, NULL, 0, -1, ctx->strings.data + e->text);
}

/* Does token t name those who govern ("the two governments", "the three
 * leaders"): a state's government, not its people? */
static int governing(const coder_sentence *s, int t)
{
    static const char *const officials[] = {"governments", "leaders", "presidents", "ministers", NULL};
    for (int k = 0; officials[k]; k++)
        if (coder_word_is(s, t, officials[k])) return 1;
    return 0;
}

/* Adds a mention standing for entity e over tokens first..last; with
 * `government`, a state stands for its government ("the two presidents"
 * after "Kenya and Uganda" are KENGOV and UGAGOV). */
static void add_reference(const article_context *ctx, coder_mentions *ms, const context_entity *e, int first, int last,
                          int group, int government)
{
    DYAD_GROW(ms->items, ms->cap, ms->n + 1);
    ms->items[ms->n] = (coder_mention){first, last, e->actor, e->agent, 0, group, 1, 0, 0};
    stand_for(ctx, ms, (int)ms->n++, e, government);
}

const char *context_country_of_sector(const article_context *ctx, const char *sector)
{
    size_t n = strlen(sector);
    if (!n) return NULL;
    for (size_t k = ctx->n; k-- > 0;) {
        const context_entity *e = &ctx->items[k];
        if (ctx->sentence - e->sentence > CONTEXT_REACH) break;
        const char *code = ctx->strings.data + e->code;
        if (strlen(code) == 3 + n && !strcmp(code + 3, sector) && strncmp(code, "---", 3) != 0 &&
            strncmp(code, "IGO", 3) != 0 && strncmp(code, "NGO", 3) != 0)
            return code;
    }
    return NULL;
}

/* The latest entity fitting `fits` within reach, preferring a main
 * clause's subject in the latest sentence that has one; -1. */
static int latest(const article_context *ctx, int (*fits)(const context_entity *))
{
    int best = -1;
    for (size_t k = ctx->n; k-- > 0;) {
        const context_entity *e = &ctx->items[k];
        if (ctx->sentence - e->sentence > CONTEXT_REACH) break;
        if (!fits(e)) continue;
        if (best >= 0 && ctx->items[best].sentence != e->sentence) break;
        if (best < 0 || (e->subject && !ctx->items[best].subject)) best = (int)k;
    }
    return best;
}

/* Acts named again by a noun, and the CAMEO roots (bits) of the acts each
 * may name: "the ruling" is an order or a measure, "the accusations" a
 * disapproval, "the proposal" an appeal or an intent. */
#define ROOTS(...) roots_of((const int[]){__VA_ARGS__, 0})
static uint32_t roots_of(const int *r)
{
    uint32_t bits = 0;
    for (; *r; r++) bits |= 1u << *r;
    return bits;
}

static uint32_t deed_roots(const coder_sentence *s, int t)
{
    static const char *const rulings[] = {"ruling", "order", "verdict", "judgment", "judgement", NULL};
    static const char *const decisions[] = {"decision", "move", "step", "measure", "announcement", NULL};
    static const char *const accusations[] = {"accusation", "allegation", "claim", "charge", "criticism", NULL};
    static const char *const proposals[] = {"proposal", "offer", "plan", "initiative", NULL};
    static const char *const threats[] = {"threat", "warning", "ultimatum", NULL};
    static const char *const demands[] = {"demand", "call", "appeal", "request", NULL};
    static const char *const attacks[] = {"attack", "shooting", "strike", "airstrike", "killing", "assassination",
                                          "bombing", "raid", "assault", "massacre", "shelling", NULL};
    static const char *const arrests[] = {"arrest", "detention", "expulsion", "deportation", NULL};
    if (coder_lemma_in(s, t, arrests)) return ROOTS(17);
    /* (an attack named with who did it is that one's: "the attack by
       Russian forces") */
    if (coder_lemma_in(s, t, attacks)) return coder_word_is(s, t + 1, "by") ? 0 : ROOTS(18, 19, 20);
    if (coder_lemma_in(s, t, rulings)) return ROOTS(10, 12, 16, 17);
    if (coder_lemma_in(s, t, decisions)) return ROOTS(3, 5, 6, 7, 8, 10, 12, 13, 15, 16, 17);
    if (coder_lemma_in(s, t, accusations)) return ROOTS(11);
    if (coder_lemma_in(s, t, proposals)) return ROOTS(2, 3);
    if (coder_lemma_in(s, t, threats)) return ROOTS(13);
    if (coder_lemma_in(s, t, demands)) return ROOTS(2, 10);
    return 0;
}

/* The latest entity within reach that did an act of one of `roots`; -1. */
static int latest_doer(const article_context *ctx, uint32_t roots)
{
    for (size_t k = ctx->n; k-- > 0;) {
        const context_entity *e = &ctx->items[k];
        if (ctx->sentence - e->sentence > CONTEXT_REACH) break;
        if (e->acted & roots) return (int)k;
    }
    return -1;
}

static int fits_person(const context_entity *e) { return e->person; }
static int fits_thing(const context_entity *e) { return !e->person && !e->plural && (e->state || e->organisation || e->group); }
static int fits_organisation(const context_entity *e) { return e->organisation && !e->state; }
static int fits_group(const context_entity *e) { return e->group && !e->person; }

/* The two sides when no sentence named a pair: the latest two actors
 * within reach of two different countries (states or their people). */
static void latest_two_countries(const article_context *ctx, int *a, int *b)
{
    *a = *b = -1;
    for (size_t k = ctx->n; k-- > 0;) {
        const context_entity *e = &ctx->items[k];
        if (ctx->sentence - e->sentence > CONTEXT_REACH) break;
        const char *code = ctx->strings.data + e->code;
        if (!(e->state || e->person) || e->organisation || strlen(code) < 3) continue;
        if (*b < 0) {
            *b = (int)k;
        } else if (strncmp(ctx->strings.data + ctx->items[*b].code, code, 3) != 0) {
            *a = (int)k;
            return;
        }
    }
    *b = -1;
}

/* Is token t one of words (lower case)? */
static int word_in(const coder_sentence *s, int t, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (coder_word_is(s, t, words[k])) return 1;
    return 0;
}

/* The number token t spells ("three" .. "eight"), 0. */
static int word_count(const coder_sentence *s, int t)
{
    static const char *const numbers[] = {"three", "four", "five", "six", "seven", "eight", NULL};
    for (int k = 0; numbers[k]; k++)
        if (coder_word_is(s, t, numbers[k])) return k + 3;
    return 0;
}

static int is_subject(const coder_sentence *s, int t)
{
    int ci = s->parses[t].clause;
    return ci >= 0 && (size_t)ci < s->n_clauses && s->clauses[ci].subject == t;
}

static int is_object(const coder_sentence *s, int t)
{
    int ci = s->parses[t].clause;
    return ci >= 0 && (size_t)ci < s->n_clauses && s->clauses[ci].object == t;
}

/* "the junta", "the military", "the police", which the dictionaries read as
 * a sector with no country ("---MIL"): the country of the actor of that
 * sector the sentences before named ("Mali's junta ... The junta also
 * suspended"). The mention takes its code. */
static void resolve_sector(const article_context *ctx, const coder_sentence *s, coder_mentions *ms, int k)
{
    coder_mention *m = &ms->items[k];
    const char *code = coder_mention_code(ms, m);
    if (m->actor >= 0 || m->reference || m->first < 1 || strncmp(code, "---", 3) != 0 || !code[3] ||
        !coder_word_is(s, m->first - 1, "the"))
        return;
    /* (not a speaker: "..., the foreign ministry said" is the sentence's
       subject's, which coder.c works out) */
    int ci = s->parses[m->first].clause;
    if ((ci >= 0 && (size_t)ci < s->n_clauses && s->clauses[ci].type == DYAD_CLAUSE_REPORTING) ||
        (m->first > 2 && coder_word_is(s, m->first - 2, "to") && coder_word_is(s, m->first - 3, "according")))
        return;
    size_t n = strlen(code);
    const context_entity *found = NULL;
    /* (the same word first, anywhere before: "the junta" is "Niger's
       ruling junta" more than "U.S. military personnel" named since) */
    for (int same = 1; same >= 0 && !found; same--)
        for (size_t j = ctx->n; !found && j-- > 0;) {
            const context_entity *e = &ctx->items[j];
            if (!same && ctx->sentence - e->sentence > CONTEXT_REACH) break;
            const char *other = ctx->strings.data + e->code;
            if (e->actor >= 0 && strlen(other) == n && !strcmp(other + 3, code + 3) && strncmp(other, "---", 3) != 0 &&
                !is_organisation(other) && (!same || e->agent == m->agent))
                found = e;
        }
    if (found) stand_for(ctx, ms, k, found, 0);
}

void context_resolve(const article_context *ctx, const coder_sentence *s, coder_mentions *ms)
{
    for (size_t k = 0; k < ms->n; k++) resolve_sector(ctx, s, ms, (int)k);
    if (!ctx->n) return;
    size_t named = ms->n;
    int group = 0;
    for (size_t k = 0; k < named; k++)
        if (ms->items[k].group >= group) group = ms->items[k].group + 1;
    static const char *const sides[] = {"sides", "countries", "governments", "leaders", "parties", "nations",
                                        "neighbours", "neighbors", "rivals", "presidents", "ministers", NULL};
    static const char *const blocs[] = {"bloc", "alliance", "organisation", "organization", "union", NULL};
    static const char *const groups[] = {"group", "movement", "militia", NULL};
    for (int t = 0; (size_t)t < s->n; t++) {
        /* "the two prime ministers", where the dictionaries see an agent
           with no country: the agent mention becomes the first side */
        int agent_only = (size_t)t + 2 < s->n && coder_word_is(s, t, "the") && coder_word_is(s, t + 1, "two") &&
                         coder_mention_at(ms, t) < 0 && coder_mention_at(ms, t + 2) >= 0;
        int pa = ctx->pair[0], pb = ctx->pair[1];
        if (agent_only && (pa < 0 || ctx->sentence - ctx->items[pa].sentence > CONTEXT_REACH))
            latest_two_countries(ctx, &pa, &pb);
        if (agent_only && pa >= 0) {
            coder_mention *m = &ms->items[coder_mention_at(ms, t + 2)];
            static const char *const officials[] = {"leaders", "presidents", "ministers", "governments", "premiers",
                                                    "chancellors", NULL};
            int side = 0;
            for (int k = 0; officials[k]; k++)
                side |= coder_word_is(s, m->last, officials[k]) ||
                        (coder_word_is(s, m->last, "'s") && coder_word_is(s, m->last - 1, officials[k]));
            if (m->actor < 0 && !strncmp(coder_mention_code(ms, m), "---", 3) && side &&
                (m->first == t + 2 || m->first == t + 1)) {
                m->agent = -1;
                stand_for(ctx, ms, coder_mention_at(ms, t + 2), &ctx->items[pa], 1);
                m = &ms->items[coder_mention_at(ms, t + 2)];
                int mgroup = m->group, mfirst = m->first, mlast = m->last; /* (m moves when the list grows) */
                add_reference(ctx, ms, &ctx->items[pb], mfirst, mlast, mgroup, 1);
                t = mlast;
                continue;
            }
        }
        if (coder_mention_at(ms, t) >= 0) continue;
        int found = -1, len = 1;
        const char *tag = tag_of(s, t);
        /* "Ruto", "Mr. Ruto": a person named in full before */
        if (!strncmp(tag, "NNP", 3)) {
            for (size_t k = ctx->n; found < 0 && k-- > 0;) {
                const context_entity *e = &ctx->items[k];
                const char *sur = ctx->strings.data + e->surname;
                if (e->has_surname && strlen(sur) == s->lens[t] && !memcmp(sur, s->words[t], s->lens[t])) found = (int)k;
            }
            /* (else the first word of a name: "Abiy" for Abiy Ahmed, "Yoon"
               for Yoon Suk Yeol, whose family name comes first) */
            for (size_t k = ctx->n; found < 0 && k-- > 0;) {
                const context_entity *e = &ctx->items[k];
                const char *given = ctx->strings.data + e->first_name;
                if (e->has_first_name && strlen(given) == s->lens[t] && !memcmp(given, s->words[t], s->lens[t]) &&
                    !((size_t)t + 1 < s->n && !strncmp(tag_of(s, t + 1), "NNP", 3)))
                    found = (int)k;
            }
            if (found >= 0 && (size_t)t + 1 < s->n && !strcmp(tag_of(s, t + 1), "POS")) len = 2;
        }
        /* "he", "she" as a clause's subject: the person last named; "it"
           as a subject: the state or organisation */
        else if (!strcmp(tag, "PRP") && is_subject(s, t)) {
            if (coder_word_is(s, t, "he") || coder_word_is(s, t, "she")) found = latest(ctx, fits_person);
            else if (coder_word_is(s, t, "it")) found = latest(ctx, fits_thing);
        }
        /* "him", "her" as a verb's object: the person last named before
           this sentence ("Iohannis and Macron also congratulated her") */
        else if (!strcmp(tag, "PRP") && is_object(s, t) && (coder_word_is(s, t, "him") || coder_word_is(s, t, "her")) &&
                 !unknown_name_before(s, ms, t)) {
            found = latest(ctx, fits_person);
        }
        /* "the three governments": the members of the last compound of three
           or more */
        else if (coder_word_is(s, t, "the") && (size_t)t + 2 < s->n && ctx->n_many >= 3 &&
                 word_count(s, t + 1) == ctx->n_many && word_in(s, t + 2, sides) &&
                 ctx->sentence - ctx->items[ctx->many[0]].sentence <= CONTEXT_REACH) {
            int government = governing(s, t + 2);
            /* (the dictionaries may read "governments" as an agent alone:
               that mention becomes the first member) */
            int agent = coder_mention_at(ms, t + 2), first = 0, g = group;
            if (agent >= 0 && strncmp(coder_mention_code(ms, &ms->items[agent]), "---", 3) != 0) continue;
            if (agent >= 0) {
                ms->items[agent].agent = -1;
                stand_for(ctx, ms, agent, &ctx->items[ctx->many[0]], government);
                g = ms->items[agent].group, first = 1;
            }
            int last = agent >= 0 ? ms->items[agent].last : t + 2, from = agent >= 0 ? ms->items[agent].first : t;
            for (int k = first; k < ctx->n_many; k++)
                add_reference(ctx, ms, &ctx->items[ctx->many[k]], from, last, g, government);
            if (agent < 0) group++;
            t = last;
            continue;
        }
        /* "the two leaders", "both sides": the sides of the sentence before */
        else if ((coder_word_is(s, t, "both") || (coder_word_is(s, t, "the") && coder_word_is(s, t + 1, "two"))) &&
                 ctx->pair[0] >= 0 && ctx->sentence - ctx->items[ctx->pair[0]].sentence <= CONTEXT_REACH) {
            int n = coder_word_is(s, t, "both") ? 1 : 2;
            /* (with a modifier or two: "the two prime ministers", "the two
               foreign ministers") */
            for (int mods = 0; mods < 2 && (size_t)(t + n + 1) < s->n && coder_mention_at(ms, t + n) < 0 &&
                               (!strcmp(tag_of(s, t + n), "JJ") || !strcmp(tag_of(s, t + n), "NN"));
                 mods++)
                n++;
            int side = -1;
            for (int k = 0; sides[k] && side < 0; k++)
                if (coder_word_is(s, t + n, sides[k])) side = k;
            if (side >= 0) {
                int government = governing(s, t + n);
                int last = t + n;
                if ((size_t)last + 1 < s->n && !strcmp(tag_of(s, last + 1), "POS")) last++;
                add_reference(ctx, ms, &ctx->items[ctx->pair[0]], t, last, group, government);
                add_reference(ctx, ms, &ctx->items[ctx->pair[1]], t, last, group, government);
                group++;
                t = last;
                continue;
            }
        }
        /* "welcomed the ruling", "rejected the accusations": whoever did
           that act (the object of a verb, with no actor of its own) */
        else if ((coder_word_is(s, t, "the") || coder_word_is(s, t, "this") || coder_word_is(s, t, "these")) &&
                 (size_t)t + 1 < s->n && coder_mention_at(ms, t + 1) < 0 && is_object(s, t + 1) &&
                 !strncmp(tag_of(s, t + 1), "NN", 2) && deed_roots(s, t + 1)) {
            found = latest_doer(ctx, deed_roots(s, t + 1)), len = 2;
        }
        /* (with a noun before it: "condemned the drone attacks") */
        else if (coder_word_is(s, t, "the") && (size_t)t + 2 < s->n && coder_mention_at(ms, t + 1) < 0 &&
                 coder_mention_at(ms, t + 2) < 0 && !strcmp(tag_of(s, t + 1), "NN") && is_object(s, t + 2) &&
                 !strncmp(tag_of(s, t + 2), "NN", 2) && deed_roots(s, t + 2)) {
            found = latest_doer(ctx, deed_roots(s, t + 2)), len = 3;
        }
        /* "the bloc", "the alliance": the organisation; "the group": the
           armed group or party */
        else if (coder_word_is(s, t, "the") && (size_t)t + 1 < s->n && coder_mention_at(ms, t + 1) < 0 &&
                 ((size_t)t + 2 >= s->n || strncmp(tag_of(s, t + 2), "NN", 2) != 0)) {
            if (coder_lemma_in(s, t + 1, blocs)) found = latest(ctx, fits_organisation), len = 2;
            else if (coder_lemma_in(s, t + 1, groups)) found = latest(ctx, fits_group), len = 2;
        }
        if (found < 0) continue;
        /* (a member of a compound joins it: "he and Yoon had urged
           Pyongyang") */
        int before = t >= 2 && coder_word_is(s, t - 1, "and") ? coder_mention_at(ms, t - 2) : -1;
        add_reference(ctx, ms, &ctx->items[found], t, t + len - 1, before >= 0 ? ms->items[before].group : group++, 0);
        t += len - 1;
    }
    if (ms->n > named) qsort(ms->items, ms->n, sizeof *ms->items, coder_mention_order);
}

int context_named_in(const article_context *ctx, const char *code, long sentence)
{
    for (size_t k = ctx->n; k-- > 0;) {
        const context_entity *e = &ctx->items[k];
        if (e->sentence < sentence) break;
        if (e->sentence == sentence && !strncmp(ctx->strings.data + e->code, code, 3)) return 1;
    }
    return 0;
}
