/* coder.c - events from parsed sentences: the last stage before output.
 *
 * For each sentence: drop it (or the whole article) when a discard phrase is
 * in it; find the actor mentions (mention.c); at each verb find the best
 * dictionary pattern (verbmatch.c); then take the source and the target
 *   - from the pattern when it binds them itself ('$', '+');
 *   - else from the verb's clause: subject -> source; direct object, else
 *     the first actor after the verb in the clause or in a clause that is
 *     its content (infinitive, "that" clause, relative clause) -> target;
 *     an infinitive borrows its controller, a relative clause its antecedent;
 *   - in the passive ("was attacked by Gondor") the by-agent is the source
 *     and the subject the target.
 * A code written "[042:043]" (TABARI's and PETRARCH's reading) adds a second
 * event from the target back to the source with the second code: "Arnor
 * arrived in Gondor" is ARN->GON 042 (visit) and GON->ARN 043 (host).
 * A compound source or target ("Arnor and Gondor") gives one event per
 * pair. No event pairs an actor with itself, and none comes from a negated
 * verb ("did not attack") unless the pattern codes the negation or negated
 * events are asked for (then negated = true), nor from a condition, nor from
 * the content of a verb already coded ("threatened to attack"), nor from an
 * act only possible or imagined ("could attack", "would ... if"). A
 * cooperative act announced or planned ("said it would send aid", "ready to
 * hold talks") is coded as the intent (CAMEO 03). Noun forms of events
 * ("talks between X and Y", "X's visit to Y") are coded where the sentence
 * reports them as fact. PETRARCH-2's transformations rewrite an event in a
 * verb's complement ("X said Y attacked"). Verbs of TABARI's dictionaries
 * are read TABARI's way (first actor before and after, one verb a
 * sentence), with TABARI's and PETRARCH's settings (dyad_coder_set). Each
 * event carries its rule: the pattern id, or the verb's name when its own
 * code applied. docs/coder.md says it all with examples. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xxhash.h>

#include "cameo.h"
#include "coder.h"
#include "doc.h"
#include "model.h"

/* ---- the coder ---------------------------------------------------------- */

dyad_coder *dyad_coder_new(dyad_dicts *dicts, const char *data_dir, const dyad_coder_options *opt, char **error)
{
    dyad_coder *c = dyad_xmalloc(sizeof *c);
    memset(c, 0, sizeof *c);
    c->dicts = dicts;
    if (opt) c->opt = *opt;
    data_dir = dyad_data_dir(data_dir);
    dbuf path = {0};
    dbuf_printf(&path, "%s/cameo.tsv", data_dir);
    c->cameo = cameo_load(dbuf_cstr(&path), NULL, NULL, error);
    if (!c->cameo) {
        dbuf_free(&path);
        free(c);
        return NULL;
    }
    /* the gazetteer is optional (a data directory of one's own may have
       none: locations then come from the dictionaries only); a damaged one
       is an error */
    dbuf_clear(&path);
    dbuf_printf(&path, "%s/gazetteer.tsv", data_dir);
    if (access(dbuf_cstr(&path), F_OK) == 0) {
        dbuf why = {0};
        c->gazetteer = gazetteer_load(dbuf_cstr(&path), &why);
        if (!c->gazetteer) {
            if (error) *error = dyad_xstrdup(dbuf_cstr(&why));
            dbuf_free(&why);
            dbuf_free(&path);
            cameo_free(c->cameo);
            free(c);
            return NULL;
        }
        dbuf_free(&why);
    }
    dbuf_free(&path);
    if (!dicts->matcher) {
        dicts->matcher = dict_matcher_build(&dicts->set);
        dicts->verbs = verb_index_build(&dicts->set);
    }
    /* options files (TABARI .options) set what they can; the rest is theirs */
    for (size_t i = 0; i < dicts->set.n_options; i++) {
        const dict_option *o = &dicts->set.options[i];
        dyad_coder_set(c, dict_string(&dicts->set, o->key), dict_string(&dicts->set, o->value));
    }
    return c;
}

void dyad_coder_free(dyad_coder *c)
{
    if (!c) return;
    cameo_free(c->cameo);
    coder_mentions_free(&c->mentions);
    context_free(&c->context);
    gazetteer_free(c->gazetteer);
    dbuf_free(&c->dateline_name);
    dbuf_free(&c->narrative.name);
    dbuf_free(&c->scene.name);
    dbuf_free(&c->town.name);
    free(c->words), free(c->lemmas), free(c->lens), free(c->lemma_lens), free(c->keys);
    free(c->matches);
    free(c->synset_memo);
    free(c->time_words);
    free(c->seen);
    free(c->default_source_code), free(c->default_target_code);
    dbuf_free(&c->event_strings);
    free(c);
}

/* Does any discard phrase of the given scope occur in the sentence? */
static int discarded(const dict_set *set, const verb_index *vi, const coder_sentence *s, unsigned scope)
{
    const uint32_t *word_len = verb_index_word_lengths(vi);
    for (size_t d = 0; d < set->n_discards; d++) {
        const dict_discard *dc = &set->discards[d];
        if (dc->scope != scope || !dc->phrase.count || !verb_index_discard_may_match(vi, d, s)) continue;
        for (size_t t = 0; t + dc->phrase.count <= s->n; t++) {
            uint32_t k = 0;
            for (; k < dc->phrase.count; k++) {
                const dict_word *w = &set->words[dc->phrase.first + k];
                const char *text = dict_string(set, w->text);
                unsigned char c = (unsigned char)s->words[t + k][0];
                if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
                if (c != (unsigned char)text[0] ||
                    !dict_word_matches(s->words[t + k], s->lens[t + k], text, word_len[dc->phrase.first + k],
                                       (w->flags & DICT_WORD_EXACT) != 0))
                    break;
            }
            if (k == dc->phrase.count) return 1;
        }
    }
    return 0;
}

static void copy_tokens(dbuf *out, const coder_sentence *s, const coder_mention *m)
{
    for (int t = m->first; t <= m->last; t++) {
        if (t > m->first) dbuf_putc(out, ' ');
        dbuf_append(out, s->words[t], s->lens[t]);
    }
    dbuf_putc(out, '\0');
}

/* The words of the noun phrase whose head is token t ("Western officials",
 * "sources familiar with the talks" up to its head), NUL-terminated. */
static void copy_phrase(dbuf *out, const coder_sentence *s, int t)
{
    int first = t;
    while (first > 0 && s->parses[first - 1].chunk == s->parses[t].chunk && !s->parses[first].chunk_begin) first--;
    coder_mention span = {.first = first, .last = t};
    copy_tokens(out, s, &span);
}

typedef struct {
    const char *article, *date, *text;
    long sentence;
    dyad_event_fn fn;
    void *user;
    size_t events;
    int failed;
    char scratch[16]; /* a code made for the event being written */
    char quoted_scratch[16]; /* ... and for whom its source quotes */
} emit_ctx;

/* Is a member of compound `group` an actor of `country`? ("The foreign
 * ministers of Saudi Arabia, Egypt and Jordan met in Cairo": Egypt is one of
 * the sides, so the meeting is in no third country.) */
static int party_in(const dyad_coder *c, int group, const char *country)
{
    const dict_set *set = &c->dicts->set;
    for (size_t k = 0; k < c->mentions.n; k++) {
        const coder_mention *m = &c->mentions.items[k];
        if (m->group != group || m->actor < 0 || !set->actors[m->actor].country) continue;
        if (!strcmp(dict_string(set, set->actors[m->actor].country), country)) return 1;
    }
    return 0;
}

/* Codes whose fourth digit is the aim of the act (verb_index_aim): appeals
 * (024), demands (104) and rejections (123) of political reform, and the
 * kinds of protest 141-145. */
static int aim_coded(const char *code)
{
    static const char *const codes[] = {"024", "104", "123", "141", "142", "143", "144", "145"};
    for (size_t k = 0; k < sizeof codes / sizeof *codes; k++)
        if (!strcmp(code, codes[k])) return 1;
    return 0;
}

/* Do the words just before token t count the people of a mention in the
 * thousands: a number of 1,000 or more, "thousands of", "half a million"? */
static int counted_in_thousands(const coder_sentence *s, int t)
{
    for (int k = t - 1; k >= 0 && k >= t - 6; k--) {
        if (coder_word_is(s, k, "thousand") || coder_word_is(s, k, "thousands") || coder_word_is(s, k, "million") ||
            coder_word_is(s, k, "millions"))
            return 1;
        if (!strcmp(dyad_tag_name(s->parses[k].tag), "CD")) {
            long value = 0;
            for (size_t i = 0; i < s->lens[k]; i++) {
                char ch = s->words[k][i];
                if (ch >= '0' && ch <= '9') value = value < 100000000 ? value * 10 + (ch - '0') : value;
                else if (ch != ',') break;
            }
            return value >= 1000;
        }
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if (!(tag[0] == 'J' || tag[0] == 'N' || !strcmp(tag, "IN") || !strcmp(tag, "DT") || !strcmp(tag, "RB") ||
              !strcmp(tag, "JJR") || !strcmp(tag, "RBR")))
            return 0;
    }
    return 0;
}

/* The CAMEO root of a code ("0874" -> 8), at least 1. */
static int code_root(const char *code)
{
    int root = (code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9') ? (code[0] - '0') * 10 + code[1] - '0' : 0;
    return root > 0 ? root : 1;
}

/* Does the act with roles r go on with an actor (by country) of the
 * article's sentence `sentence`? The story's day and place carry over only
 * then ("Putin and Kim signed a treaty in Pyongyang ... The two leaders
 * held talks", not "Kenya attacked Somalia in Kismayo. Uganda attacked
 * Ethiopia."). */
static int same_story(const dyad_coder *c, const roles *r, long sentence)
{
    const coder_mentions *ms = &c->mentions;
    for (int side = 0; side < 2; side++) {
        int m = side ? r->target : r->source;
        if (m < 0) continue;
        const char *code = coder_mention_code(ms, &ms->items[m]);
        if (strlen(code) < 3 || !strncmp(code, "---", 3)) continue;
        if (context_named_in(&c->context, code, sentence)) return 1;
    }
    return 0;
}

/* Does "each other" or "one another" follow the verb at token v in its
 * clause, before any other verb? */
static int reciprocal_object(const coder_sentence *s, int v)
{
    int ci = s->parses[v].clause;
    for (int t = v + 1; (size_t)t + 1 < s->n && t <= v + 8 && s->parses[t].clause == ci; t++)
        if ((coder_word_is(s, t, "each") && coder_word_is(s, t + 1, "other")) ||
            (coder_word_is(s, t, "one") && coder_word_is(s, t + 1, "another")))
            return 1;
    return 0;
}

/* Is code an act of force: an assault, fighting or mass violence (CAMEO
 * roots 18-20)? */
static int force_code(const char *code)
{
    return code && (!strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2));
}

/* Is the dateline's country the country of the source or target of the
 * act with roles r? Then the dateline is where the act is, rather than a
 * place an earlier sentence named. */
static int dateline_is_party(const dyad_coder *c, const roles *r)
{
    const coder_mentions *ms = &c->mentions;
    if (!c->dateline.country) return 0;
    for (int side = 0; side < 2; side++) {
        int m = side ? r->target : r->source;
        if (m >= 0 && !strncmp(coder_mention_code(ms, &ms->items[m]), c->dateline.country, 3)) return 1;
    }
    return 0;
}

/* Is clause ci the sentence's main clause, or what it reports (not a
 * relative clause or a clause of time: "The pontiff flew in from Istanbul
 * after a visit to Turkey, where he met Erdogan on Thursday" does not move
 * the story to Thursday)? */
static int tells_story(const coder_sentence *s, int ci)
{
    for (int depth = 0; ci >= 0 && (size_t)ci < s->n_clauses && depth < 8; depth++) {
        const dyad_clause *cl = &s->clauses[ci];
        if (cl->type == DYAD_CLAUSE_MAIN) return 1;
        if (cl->type == DYAD_CLAUSE_REL || cl->type == DYAD_CLAUSE_REPORTING ||
            (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0 && !coder_word_is(s, cl->marker, "that")))
            return 0;
        ci = cl->parent;
    }
    return 0;
}

/* Does clause ci say its act was "at the scene" (of one told before)? */
static int at_the_scene(const coder_sentence *s, int ci)
{
    for (size_t t = 2; t < s->n; t++)
        if (coder_word_is(s, (int)t, "scene") && coder_word_is(s, (int)t - 1, "the") &&
            coder_word_is(s, (int)t - 2, "at") && s->parses[t].clause == ci)
            return 1;
    return 0;
}

/* Does clause ci place its act "in", "near" or "outside" "the town",
 * "the city" or "the village", named before? */
static int the_town(const coder_sentence *s, int ci)
{
    static const char *const at[] = {"in", "near", "outside", "around", "into", NULL};
    static const char *const towns[] = {"town", "city", "village", NULL};
    for (size_t t = 2; t + 1 < s->n; t++)
        if (coder_lemma_in(s, (int)t, towns) && coder_word_is(s, (int)t - 1, "the") && coder_lemma_in(s, (int)t - 2, at) &&
            s->parses[t].clause == ci && !coder_word_is(s, (int)t + 1, "of") && !coder_word_is(s, (int)t + 1, "'s") &&
            !isupper((unsigned char)s->words[t + 1][0]))
            return 1;
    return 0;
}

/* Keeps place p (named in sentence `sentence`) in `to`: where the story
 * is, or where force was last used. */
static void remember_place(remembered_place *to, const coder_sentence *s, const event_place *p, long sentence)
{
    dbuf_clear(&to->name);
    if (p->name) {
        dbuf_puts(&to->name, p->name);
    } else {
        coder_mention span = {.first = p->first, .last = p->last};
        copy_tokens(&to->name, s, &span);
    }
    to->place = *p;
    to->place.name = dbuf_cstr(&to->name);
    to->sentence = sentence;
}

/* Does the sentence say it was at the occasion told before: "At the same
 * news conference, ...", "in the same speech"? */
static int same_occasion(const coder_sentence *s)
{
    static const char *const occasions[] = {"conference", "meeting", "summit", "event", "speech", "briefing",
                                            "interview", "session", "ceremony", "address", "statement", NULL};
    for (int t = 1; (size_t)t + 1 < s->n; t++)
        if (coder_word_is(s, t, "same") && coder_word_is(s, t - 1, "the") &&
            (coder_lemma_in(s, t + 1, occasions) || ((size_t)t + 2 < s->n && coder_lemma_in(s, t + 2, occasions))))
            return 1;
    return 0;
}

/* Is the act the words up to token `last` name set for a time to come:
 * "for" and a day, a month, "tomorrow" or "next ..." right after them
 * ("called a general strike for Friday")? */
static int scheduled_for(const coder_sentence *s, int last)
{
    int t = last + 1;
    if ((size_t)t + 1 >= s->n || !coder_word_is(s, t, "for")) return 0;
    t++;
    if (coder_word_is(s, t, "next") || coder_word_is(s, t, "tomorrow")) return 1;
    if ((coder_word_is(s, t, "early") || coder_word_is(s, t, "late") || coder_word_is(s, t, "mid")) && (size_t)t + 1 < s->n)
        t++;
    return event_time_name(s, t);
}

/* Does the act of the verb at token t (code `code`) go on from the day the
 * story is at? Not words: a statement, an appeal, an intent, praise, or a
 * statement of demand, disapproval, rejection or threat (roots 01-03, 051
 * and 10-13: said when reported), not an act in the present or the present perfect
 * ("has accused"), nor one in a relative clause on a noun ("the U.N.
 * office, which urged ..."). */
static int goes_on_from_story(const coder_sentence *s, int t, const char *code)
{
    int root = code_root(code);
    if ((root >= 10 && root <= 13) || root <= 3 || !strncmp(code, "051", 3)) return 0;
    int ci = s->parses[t].clause;
    if (ci >= 0 && (size_t)ci < s->n_clauses && s->clauses[ci].type == DYAD_CLAUSE_REL && s->clauses[ci].marker >= 0)
        return 0;
    for (int k = t - 1; k >= 0 && k >= t - 3; k--)
        if (coder_word_is(s, k, "has") || coder_word_is(s, k, "have")) return 0;
    /* (nor one in the present, which is now: "Qatar and Egypt are
       mediating between Israel and Hamas") */
    const char *tag = dyad_tag_name(s->parses[t].tag);
    if (!strcmp(tag, "VBP") || !strcmp(tag, "VBZ")) return 0;
    if (!strcmp(tag, "VBG") && t > 0 &&
        (coder_word_is(s, t - 1, "is") || coder_word_is(s, t - 1, "are") || coder_word_is(s, t - 1, "am")))
        return 0;
    return 1;
}

/* Does the speaker at token t report the sentence as a whole: the subject of
 * a reporting clause ("..., the ministry said") or "according to" it? Not
 * the subject of "X said that ..." (which reports only its "that"). */
static int reports_sentence(const coder_sentence *s, int t)
{
    for (size_t k = 0; k < s->n_clauses; k++)
        if (s->clauses[k].type == DYAD_CLAUSE_REPORTING && s->clauses[k].subject == t) return 1;
    for (int k = t - 1; k > 0 && k >= t - 8; k--)
        if (coder_word_is(s, k, "to") && coder_word_is(s, k - 1, "according")) return 1;
    return 0;
}

/* Who said what clause ci says: its own speaker; else that of the verb it
 * is joined to ("met Rutte on Tuesday and later held talks with Erdogan,
 * Zelenskyy's office said"), or of a verb joined to it; else the one
 * speaker the sentence names ("..., Qatar's prime minister announced, after
 * weeks of negotiations mediated by Egypt"). -1 when none. */
static int speaker_of(const coder_sentence *s, int ci)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses) return -1;
    const dyad_clause *cl = &s->clauses[ci];
    /* (not what a relative clause on the speaker says it did: "according
       to the U.N. office, which urged Haitian authorities to ...") */
    int on_noun = cl->type == DYAD_CLAUSE_REL && cl->marker > 0
                      ? cl->marker - 1 - coder_word_is(s, cl->marker - 1, ",")
                      : -1;
    if (cl->speaker >= 0) return cl->speaker == on_noun ? -1 : cl->speaker;
    if (cl->type == DYAD_CLAUSE_REPORTING || cl->writers) return -1;
    /* (a main clause after a reporting clause in mid-sentence: "...,
       local media reported, and a student was killed") */
    if (cl->type == DYAD_CLAUSE_MAIN && ci > 0 && s->clauses[ci - 1].type == DYAD_CLAUSE_REPORTING) return -1;
    int hc = coder_conjoined_to(s, ci);
    if (hc >= 0 && (size_t)hc < s->n_clauses && s->clauses[hc].speaker >= 0) return s->clauses[hc].speaker;
    int only = -1;
    for (size_t k = 0; k < s->n_clauses; k++) {
        const dyad_clause *other = &s->clauses[k];
        if (other->speaker >= 0 && coder_conjoined_to(s, (int)k) == ci) return other->speaker;
        if (other->speaker < 0 || other->speaker == only || !reports_sentence(s, other->speaker)) continue;
        if (only >= 0) return -1; /* (two speakers: which one is not known) */
        only = other->speaker;
    }
    /* (not the speaker's own verb: "the ministry said" is said by no one) */
    if (only >= 0 && (cl->subject == only || on_noun == only)) return -1;
    return only;
}



/* Whom the speaker at token `speaker` of clause ci quotes or cites: "...,
 * IRNA reported, quoting a foreign ministry spokesman", "according to
 * Reuters, citing two officials", "IRNA quoted Araqchi as saying that ...".
 * The head token, or -1. */
static int quoted_by(const coder_sentence *s, int ci, int speaker)
{
    static const char *const quote[] = {"quote", "cite", NULL};
    static const char *const say[] = {"say", NULL};
    /* "X quoted Y as saying ..." above the verb's clause */
    for (int c = ci, depth = 0; c >= 0 && (size_t)c < s->n_clauses && depth < 8; c = s->clauses[c].parent, depth++) {
        const dyad_clause *cl = &s->clauses[c];
        int p = cl->parent;
        if (cl->verb >= 0 && cl->marker >= 0 && coder_word_is(s, cl->marker, "as") && coder_lemma_in(s, cl->verb, say) &&
            p >= 0 && (size_t)p < s->n_clauses && s->clauses[p].verb >= 0 && coder_lemma_in(s, s->clauses[p].verb, quote))
            return s->clauses[p].object;
    }
    /* "..., X reported, quoting Y": a participle of quoting after the
       speaker's words */
    for (int t = speaker + 1; (size_t)t + 1 < s->n && t <= speaker + 6; t++) {
        if (!coder_word_is(s, t, ",") || !coder_lemma_in(s, t + 1, quote) ||
            strcmp(dyad_tag_name(s->parses[t + 1].tag), "VBG") != 0)
            continue;
        int qc = s->parses[t + 1].clause;
        if (qc >= 0 && (size_t)qc < s->n_clauses && s->clauses[qc].object >= 0) return s->clauses[qc].object;
        /* (else the head of the noun phrase after it) */
        int h = -1;
        for (int k = t + 2; (size_t)k < s->n && !strncmp(dyad_tag_name(s->parses[k].tag), "NN", 2); k++) h = k;
        for (int k = t + 2; h < 0 && (size_t)k < s->n && k <= t + 5; k++)
            if (!strncmp(dyad_tag_name(s->parses[k].tag), "NN", 2)) {
                while ((size_t)k + 1 < s->n && !strncmp(dyad_tag_name(s->parses[k + 1].tag), "NN", 2)) k++;
                h = k;
            }
        return h;
    }
    return -1;
}

/* Does mention m name more than one party: a plural noun or one of a
 * compound ("The Chinese and Russian ambassadors")? */
static int mention_plural(const coder_sentence *s, const coder_mentions *ms, int m)
{
    const coder_mention *x = &ms->items[m];
    const char *tag = dyad_tag_name(s->parses[x->last].tag);
    if (!strcmp(tag, "NNS") || !strcmp(tag, "NNPS")) return 1;
    for (size_t j = 0; j < ms->n; j++)
        if ((int)j != m && ms->items[j].group == x->group && ms->items[j].first >= 0) return 1;
    return 0;
}

/* The code of the subject of the sentence's first main clause, or NULL.
 * For a voice that "his" or "her" gives an owner (owned: the token after
 * the possessive, else -1), a subject that is no one person gives way to
 * the last single actor named before it: "The Chinese and Russian
 * ambassadors called on Hasina ..., her press secretary said" is
 * Hasina's. */
static const char *main_subject_code(const coder_sentence *s, const coder_mentions *ms, int owned)
{
    for (size_t k = 0; k < s->n_clauses; k++) {
        const dyad_clause *cl = &s->clauses[k];
        if (cl->type != DYAD_CLAUSE_MAIN || cl->parent >= 0) continue;
        int m = cl->subject >= 0 ? coder_mention_at(ms, cl->subject) : -1;
        if (m < 0) return NULL;
        int personal = owned > 0 && (coder_word_is(s, owned - 1, "his") || coder_word_is(s, owned - 1, "her"));
        if (personal && (mention_plural(s, ms, m))) {
            for (int j = (int)ms->n - 1; j >= 0; j--) {
                const coder_mention *o = &ms->items[j];
                if (o->first < 0 || o->last >= owned - 1 || o->group == ms->items[m].group || o->actor < 0 ||
                    mention_plural(s, ms, j))
                    continue;
                return coder_mention_code(ms, o);
            }
        }
        return coder_mention_code(ms, &ms->items[m]);
    }
    return NULL;
}


/* The sector a word for a state's arm among tokens from..to-1 names
 * ("military", "army", "command": MIL; "police": COP; "intelligence":
 * SPY), the last one; NULL when none. */
static const char *arm_sector(const coder_sentence *s, int from, int to)
{
    static const char *const arms[][2] = {{"military", "MIL"}, {"army", "MIL"},     {"defence", "MIL"},
                                          {"defense", "MIL"},  {"command", "MIL"},  {"police", "COP"},
                                          {"security", "SPY"}, {"intelligence", "SPY"}};
    const char *sector = NULL;
    for (int w = from; w < to; w++)
        for (size_t a = 0; a < sizeof arms / sizeof arms[0]; a++)
            if (coder_word_is(s, w, arms[a][0])) sector = arms[a][1];
    return sector;
}

/* The actor code of the speaker at token t (its mention m, or -1): the
 * mention's; for "Zelenskyy's office" or "Kenya's foreign ministry" that no
 * dictionary names whole, the owner's (a state's government); and a code
 * that names only a sector ("a police spokesman": ---COP), when `guess`,
 * takes the country of the sentence's subject, of an actor of that sector
 * in the sentence or of the article's latest one. NULL when not an actor;
 * scratch holds a code made here. */
static const char *speaker_attribution_code(const dyad_coder *c, const coder_sentence *s, int t, int m, int guess,
                                            char scratch[16])
{
    const coder_mentions *ms = &c->mentions;
    if (t < 0) return NULL;
    const char *code = m >= 0 ? coder_mention_code(ms, &ms->items[m]) : NULL;
    if (!code) {
        int k = t;
        while (k > 0 && coder_mention_at(ms, k - 1) < 0 &&
               (!strncmp(dyad_tag_name(s->parses[k - 1].tag), "NN", 2) || !strcmp(dyad_tag_name(s->parses[k - 1].tag), "JJ")))
            k--;
        int owner = k > 1 && !strcmp(dyad_tag_name(s->parses[k - 1].tag), "POS") ? coder_mention_at(ms, k - 2) : -1;
        /* (an owner named only by a name the dictionaries do not know,
           which the sentence gave after a title they do: "Kyrgyz President
           Sadyr Japarov ..., Japarov's press office said") */
        for (size_t j = 0; owner < 0 && k > 1 && !strcmp(dyad_tag_name(s->parses[k - 1].tag), "POS") &&
                           isupper((unsigned char)s->words[k - 2][0]) && j < ms->n;
             j++) {
            const coder_mention *o = &ms->items[j];
            if (o->first < 0 || o->last >= k - 2 || o->actor < 0) continue;
            for (int w = o->first; w <= o->last + 3 && w < k - 2 && (w <= o->last || isupper((unsigned char)s->words[w][0])); w++)
                if (s->lens[w] == s->lens[k - 2] && !memcmp(s->words[w], s->words[k - 2], s->lens[w])) owner = (int)j;
        }
        /* (or an actor that modifies a noun of what was put out or of
           who puts it out: "a Kremlin readout", "an Iranian statement",
           "a Syrian military source", "the city's police department") */
        static const char *const statements[] = {"statement", "readout", "communique", "release", "announcement",
                                                 "transcript", "letter", "source", "mission", "embassy",
                                                 "consulate", "video", "department", "service", "headquarters",
                                                 "spokesman", "spokeswoman", "spokesperson", NULL};
        if (owner < 0 && k > 0 && coder_lemma_in(s, t, statements)) owner = coder_mention_at(ms, k - 1);
        /* (or whoever put it out: "a joint statement released by the
           Japanese foreign ministry", "a video posted by his ministry") */
        static const char *const put_out[] = {"release", "post", "issue", "publish", "circulate", NULL};
        int from = (size_t)t + 2 < s->n && coder_word_is(s, t + 1, "from") ? t + 2
                   : (size_t)t + 3 < s->n && coder_lemma_in(s, t + 1, put_out) && coder_word_is(s, t + 2, "by") ? t + 3
                                                                                                            : -1;
        if (coder_lemma_in(s, t, statements) && from > 0 && (size_t)from < s->n) {
            int by = from + (coder_word_is(s, from, "the") || coder_word_is(s, from, "a") ||
                             coder_word_is(s, from, "his") || coder_word_is(s, from, "her") ||
                             coder_word_is(s, from, "its") || coder_word_is(s, from, "their"));
            int m2 = coder_mention_at(ms, by);
            if (m2 >= 0 && strncmp(coder_mention_code(ms, &ms->items[m2]), "---", 3) != 0) return coder_mention_code(ms, &ms->items[m2]);
            if (m2 >= 0 && guess && coder_after_possessive(s, ms->items[m2].first)) {
                const char *subject = main_subject_code(s, ms, -1);
                if (subject && strncmp(subject, "---", 3) != 0) return subject;
            }
        }
        /* (or the subject's own: "Starmer spoke by phone with Trump, his
           office said") */
        const char *subject = owner < 0 && guess && coder_after_possessive(s, k) ? main_subject_code(s, ms, k) : NULL;
        /* (a state's arm: "Poland ..., its operational command said": POLMIL) */
        if (subject && strlen(subject) == 3 && code_is_country(subject) && arm_sector(s, t, t + 1)) {
            snprintf(scratch, 16, "%s%s", subject, arm_sector(s, t, t + 1));
            return scratch;
        }
        if (subject && strncmp(subject, "---", 3) != 0) return subject;
        /* (sources of an arm with no country named: "military sources
           said" are those of the state the sentence or article is about) */
        const char *arm = owner < 0 && guess && coder_lemma_in(s, t, statements) ? arm_sector(s, k, t) : NULL;
        static const char *const arm_alone[] = {"---MIL", "---COP", "---SPY"};
        const char *alone = NULL;
        for (size_t a = 0; arm && a < sizeof arm_alone / sizeof *arm_alone; a++)
            if (!strcmp(arm_alone[a] + 3, arm)) alone = arm_alone[a];
        if (owner < 0 && !alone) return NULL;
        code = alone ? alone : coder_mention_code(ms, &ms->items[owner]);
        if (strlen(code) == 3 && code_is_country(code)) {
            /* (the state's government, or the arm a word between names:
               "a Syrian military source" SYRMIL) */
            const char *sector = arm_sector(s, k, t);
            snprintf(scratch, 16, "%s%s", code, sector ? sector : "GOV");
            return scratch;
        }
    }
    if (!strncmp(code, "---", 3) && guess) {
        /* (the state or the body the sentence is about, when the speaker
           is its own or of its sector: "Niger's junta has revoked ..., its
           spokesman said", "Guterres condemned ..., his spokesman said", "South Korea summoned Russia's ambassador ...,
           the foreign ministry said") */
        int owned = m >= 0 && coder_after_possessive(s, ms->items[m].first);
        const char *subject = main_subject_code(s, ms, owned ? ms->items[m].first : -1);
        if (subject && owned && strlen(subject) > 3) return subject;
        if (subject && strlen(subject) >= 3 && code_is_country(subject) &&
            (strlen(subject) == 3 || !strcmp(subject + 3, code + 3)) && strlen(code) + 1 <= 16) {
            memcpy(scratch, subject, 3);
            strcpy(scratch + 3, code + 3);
            return scratch;
        }
        /* (an actor of that sector the sentence names with its country:
           "Haitian police ... a police spokesman said") */
        for (size_t k = 0; k < ms->n; k++) {
            const char *other = coder_mention_code(ms, &ms->items[k]);
            if (strlen(other) == strlen(code) && !strcmp(other + 3, code + 3) && strncmp(other, "---", 3) != 0 &&
                code_is_country(other))
                return other;
        }
        const char *known = context_country_of_sector(&c->context, code + 3);
        if (known) return known;
    }
    return *code ? code : NULL;
}

/* One event from mention src to mention tgt; `reverse`: the event a
 * "[042:043]" code adds from the target back to the source (src and tgt are
 * then already swapped). */
static void emit_codes(dyad_coder *c, const coder_sentence *s, const verb_match *vm, const roles *r, int src,
                       int tgt, int reverse, const char *scode, const char *tcode, emit_ctx *e)
{
    /* TABARI's CONVERT AGENT writes an agent alone as "~MIL" */
    char sconv[64], tconv[64];
    if (c->convert_agent && vm->words) {
        if (!strncmp(scode, "---", 3) && scode[3] && strlen(scode) < sizeof sconv - 1)
            snprintf(sconv, sizeof sconv, "~%s", scode + 3), scode = sconv;
        if (!strncmp(tcode, "---", 3) && tcode[3] && strlen(tcode) < sizeof tconv - 1)
            snprintf(tconv, sizeof tconv, "~%s", tcode + 3), tcode = tconv;
    }
    const dict_set *set = &c->dicts->set;
    const coder_mentions *ms = &c->mentions;
    const coder_mention *ms_src = &ms->items[src], *ms_tgt = &ms->items[tgt];
    const dict_actor *sa = ms_src->actor >= 0 ? &set->actors[ms_src->actor] : NULL;
    const dict_actor *ta = ms_tgt->actor >= 0 ? &set->actors[ms_tgt->actor] : NULL;
    const char *scountry = sa && sa->country ? dict_string(set, sa->country) : NULL;
    const char *tcountry = ta && ta->country ? dict_string(set, ta->country) : NULL;
    char scode_country[4], tcode_country[4];
    if (!scountry && ms_src->actor < 0 && ms_src->agent < 0 && code_country_of(scode, scode_country)) scountry = scode_country;
    if (!tcountry && ms_tgt->actor < 0 && ms_tgt->agent < 0 && code_country_of(tcode, tcode_country)) tcountry = tcode_country;
    char splaced[64], tplaced[64];
    if (!vm->words) {
        if (code_domestic_counterpart(scode, tcode, tcountry, splaced, sizeof splaced)) scode = splaced, scountry = tcountry;
        else if (code_domestic_counterpart(tcode, scode, scountry, tplaced, sizeof tplaced)) tcode = tplaced, tcountry = scountry;
    }
    if (!c->opt.allow_self && code_same_party(scode, tcode)) return;
    const dict_pattern *p = vm->pattern >= 0 ? &set->patterns[vm->pattern] : NULL;
    const dict_verb *v = &set->verbs[vm->verb];
    const char *code = p ? dict_string(set, p->code) : dict_string(set, v->code);
    if (r->intent || r->content || (r->transform >= 0 && !reverse)) code = r->code;
    /* a transformation's own code and an intent have no reverse event; one
       that keeps the inner verb's code ("Q") keeps its reverse too */
    if ((r->intent || (r->transform >= 0 && strcmp(dict_string(set, set->transforms[r->transform].code), "Q") != 0)) &&
        reverse)
        return;
    dict_str rc = p ? p->reverse : v->reverse;
    const char *colon = strchr(code, ':'); /* a form's own "[042:043]" */
    char forward[32];
    if (colon) {
        size_t n = (size_t)(colon - code) < sizeof forward ? (size_t)(colon - code) : sizeof forward - 1;
        if (reverse) {
            code = colon + 1;
        } else {
            memcpy(forward, code, n);
            forward[n] = '\0';
            code = forward;
        }
    } else if (reverse) {
        code = rc ? dict_string(set, rc) : "";
    }
    if (!*code || strcmp(code, "---") == 0) return;
    /* leaving an organisation is no military retreat: "withdrew from the
       International Criminal Court" reduces relations (160) */
    if (!strncmp(code, "087", 3) && !strncmp(tcode, "IGO", 3) && !(ms_src->agent >= 0 && coder_forces(set, ms_src)))
        code = "160";
    /* a protest, demand, appeal or refusal of reform takes its aim's fourth
       digit ("rallied ... to call for the prime minister's resignation" 1411) */
    char aimed[40];
    if (!reverse && aim_coded(code)) {
        int ci = s->parses[vm->verb_token].clause;
        /* past what the pattern matched: "boycotted the elections" is 143,
           the elections are what is boycotted, not its aim */
        int from = (vm->end > vm->last_token ? vm->end : vm->last_token) + 1;
        for (int t = from; (size_t)t < s->n && ci >= 0; t++) {
            /* (or a participle after a comma that goes on with the act:
               "staged a general strike, halting transport in protest at
               austerity cuts" 1432) */
            int tc = s->parses[t].clause;
            for (int depth = 0; tc >= 0 && tc != ci && depth < 8 && coder_comma_participle(s, tc); depth++)
                tc = s->clauses[tc].parent;
            int within = coder_in_clause_of(s, t, ci) || tc == ci;
            int digit = within ? verb_index_aim(c->dicts->verbs, set, s, t) : 0;
            if (digit) {
                snprintf(aimed, sizeof aimed, "%s%c", code, digit);
                code = aimed;
                break;
            }
        }
    }
    /* a meeting in a country that is neither side's is CAMEO's 044 (meet at
       a third location): "Rubio met Lavrov in Riyadh" */
    if (r->place && !strcmp(code, "040") && scountry && tcountry &&
        !party_in(c, ms_src->group, r->place) && !party_in(c, ms_tgt->group, r->place))
        code = "044";
    /* thousands expelled or killed are a mass expulsion or killing (201,
       202): "expelled more than 80,000 Afghans" (not "deported 238 men") */
    if ((!strcmp(code, "174") || !strcmp(code, "180")) && ms_tgt->first > 0 && counted_in_thousands(s, ms_tgt->first))
        code = !strcmp(code, "174") ? "201" : "202";

    dbuf *b = &c->event_strings;
    dbuf_clear(b);
    size_t o_stext = b->len;
    copy_tokens(b, s, ms_src);
    size_t o_ttext = b->len;
    copy_tokens(b, s, ms_tgt);
    size_t o_rule = b->len;
    if (p) dbuf_puts(b, dict_string(set, p->id));
    else dbuf_puts(b, dict_string(set, v->name));
    if (r->transform >= 0) dbuf_printf(b, " ~ %s", dict_string(set, set->transforms[r->transform].text));
    dbuf_putc(b, '\0');
    size_t o_ssector = b->len, o_tsector = 0;
    if (ms_src->agent >= 0) dbuf_puts(b, dict_string(set, set->agents[ms_src->agent].code));
    dbuf_putc(b, '\0');
    o_tsector = b->len;
    if (ms_tgt->agent >= 0) dbuf_puts(b, dict_string(set, set->agents[ms_tgt->agent].code));
    dbuf_putc(b, '\0');

    /* where it happened (roles: once per verb) */
    const event_place *where = &r->where;
    size_t o_where = b->len;
    if (r->located && !where->name) {
        coder_mention span = {.first = where->first, .last = where->last};
        copy_tokens(b, s, &span);
    }
    /* who the text says reported it: the speaker of the verb's clause
       ("..., the ministry said", "according to Western officials", "Ruto
       told reporters that ..."), with its code when it is an actor */
    int speaker = speaker_of(s, s->parses[vm->verb_token].clause);
    /* (a verb of saying whose pattern codes what was said reports it
       itself: "Biden said that Putin was responsible": Biden) */
    static const char *const say[] = {"say", "tell", NULL};
    int vc = s->parses[vm->verb_token].clause;
    if (speaker < 0 && vc >= 0 && (size_t)vc < s->n_clauses && s->clauses[vc].verb == vm->verb_token &&
        s->clauses[vc].subject >= 0 && coder_lemma_in(s, vm->verb_token, say))
        speaker = s->clauses[vc].subject;
    int speaker_mention = speaker >= 0 ? coder_mention_at(ms, speaker) : -1;
    /* (a name the dictionaries do not know, after a title they do:
       "Interior Minister Matus Sutaj Estok told reporters" is coded as the
       minister) */
    int title = -1;
    int name_first = speaker;
    for (int k = speaker; speaker_mention < 0 && k > 0 && speaker - k < 4 && title < 0; k--) {
        unsigned char first = (unsigned char)s->words[k][0];
        if (!(first >= 'A' && first <= 'Z')) break;
        name_first = k;
        int m = coder_mention_at(ms, k - 1);
        if (m >= 0 && ms->items[m].last == k - 1 && ms->items[m].agent >= 0) title = m;
    }
    /* (or a group's role the dictionaries do not know, before the name:
       "Houthi political bureau member Mohammed al-Bukhaiti" is the
       Houthis') */
    for (int k = name_first - 1; speaker_mention < 0 && title < 0 && speaker >= 0 && isupper((unsigned char)s->words[speaker][0]) &&
                                 k > 0 && name_first - k <= 4;
         k--) {
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if ((tag[0] != 'N' && tag[0] != 'J') || isupper((unsigned char)s->words[k][0])) {
            int m = coder_mention_at(ms, k);
            if (m >= 0 && ms->items[m].last == k && k < name_first - 1 && ms->items[m].actor >= 0) title = m;
            break;
        }
    }
    size_t o_atext = b->len;
    if (speaker_mention >= 0) copy_tokens(b, s, &ms->items[speaker_mention]);
    else if (speaker >= 0) copy_phrase(b, s, speaker);
    dbuf_putc(b, '\0');
    /* (and whom that source quotes: "IRNA reported, quoting a spokesman") */
    int quoted = speaker >= 0 ? quoted_by(s, s->parses[vm->verb_token].clause, speaker) : -1;
    int quoted_mention = quoted >= 0 ? coder_mention_at(ms, quoted) : -1;
    size_t o_qtext = b->len;
    if (quoted_mention >= 0) copy_tokens(b, s, &ms->items[quoted_mention]);
    else if (quoted >= 0) copy_phrase(b, s, quoted);
    dbuf_putc(b, '\0');
    dyad_event_attribution attribution = {speaker_attribution_code(c, s, speaker, speaker_mention >= 0 ? speaker_mention : title,
                                                                   1, e->scratch),
                                          speaker >= 0 ? b->data + o_atext : NULL,
                                          quoted >= 0 ? speaker_attribution_code(c, s, quoted, quoted_mention, 0, e->quoted_scratch) : NULL,
                                          quoted >= 0 ? b->data + o_qtext : NULL};
    /* (a state's medium quoting an official of no country named quotes
       one of its own: "IRNA reported, quoting a foreign ministry
       spokesman": IRNGOV; else the official is placed as a speaker is) */
    if (attribution.quoting_code && !strncmp(attribution.quoting_code, "---", 3)) {
        if (attribution.code && code_is_country(attribution.code) && strncmp(attribution.code, "INT", 3) != 0 &&
            attribution.quoting_code != e->quoted_scratch) {
            snprintf(e->quoted_scratch, sizeof e->quoted_scratch, "%.3s%s", attribution.code,
                     attribution.quoting_code + 3);
            attribution.quoting_code = e->quoted_scratch;
        } else {
            attribution.quoting_code = speaker_attribution_code(c, s, quoted, quoted_mention, 1, e->quoted_scratch);
        }
    }
    /* (local officials are those of where it happened: "Russian drones
       struck Odesa, the regional governor said") */
    static const char *const local[] = {"regional", "local", "provincial", "district", "municipal", "city", NULL};
    static const char *const locals[] = {"governor", "mayor", NULL};
    const char *raw = speaker_mention >= 0 ? coder_mention_code(ms, &ms->items[speaker_mention]) : NULL;
    /* (and the administration of a region named no actor: "the
       administration of Russia's Krasnodar region said": RUSGOV) */
    static const char *const regions[] = {"region", "province", "oblast", "governorate", NULL};
    static const char *const offices[] = {"administration", "authorities", "government", "governor", "council", NULL};
    if (!attribution.code && speaker >= 0 && coder_lemma_in(s, speaker, regions) && r->located && where->country &&
        strlen(where->country) == 3) {
        int office = 0;
        for (int k = speaker - 1; k >= 0 && speaker - k <= 6 && !office; k--) office = coder_lemma_in(s, k, offices);
        if (office) {
            snprintf(e->scratch, sizeof e->scratch, "%sGOV", where->country);
            attribution.code = e->scratch;
        }
    }
    if (raw && !strncmp(raw, "---", 3) && raw[3] && strlen(raw) < 12 && r->located && where->country &&
        strlen(where->country) == 3 &&
        (coder_lemma_in(s, speaker, locals) || coder_lemma_in(s, ms->items[speaker_mention].first, local) ||
         (speaker > 0 && coder_lemma_in(s, speaker - 1, local)) ||
         /* ("the city's police department") */
         (ms->items[speaker_mention].first > 1 && coder_word_is(s, ms->items[speaker_mention].first - 1, "'s") &&
          coder_lemma_in(s, ms->items[speaker_mention].first - 2, local)))) {
        snprintf(e->scratch, sizeof e->scratch, "%s%s", where->country, raw + 3);
        attribution.code = e->scratch;
    }
    /* (people who saw it are the civilians of where it happened:
       "police fired tear gas ..., witnesses said") */
    static const char *const witness[] = {"witness", "eyewitness", NULL};
    if (((attribution.code && !strcmp(attribution.code, "---CVL")) ||
         (!attribution.code && speaker >= 0 && coder_lemma_in(s, speaker, witness))) &&
        r->located && where->country && strlen(where->country) == 3) {
        snprintf(e->scratch, sizeof e->scratch, "%sCVL", where->country);
        attribution.code = e->scratch;
    }
    /* (a state's organ of no country named reports for the state a
       non-state actor acted on: "The Houthis fired a missile at Ben
       Gurion Airport, the military said": ISRMIL) */
    static const char *const organs[] = {"GOV", "MIL", "COP", "SPY", NULL};
    static const char *const non_state[] = {"REB", "INS", "SEP", "OPP", "UAF", "CRM", NULL};
    int organ = 0, rebel = 0;
    /* (before one the article named earlier) */
    for (int k = 0; raw && !strncmp(raw, "---", 3) && !coder_after_possessive(s, ms->items[speaker_mention].first) && organs[k];
         k++)
        organ |= !strcmp(raw + 3, organs[k]);
    for (int k = 0; organ && strlen(scode) >= 6 && non_state[k]; k++) rebel |= !strcmp(scode + 3, non_state[k]);
    if (organ && (rebel || !strncmp(scode, "---", 3)) && tcountry && strlen(tcountry) == 3 &&
        strncmp(tcode, tcountry, 3) == 0 && code_is_country(tcode) && strlen(tcode) <= 6) {
        int state_target = strlen(tcode) == 3;
        for (int k = 0; !state_target && organs[k]; k++) state_target = !strcmp(tcode + 3, organs[k]);
        if (state_target) {
            snprintf(e->scratch, sizeof e->scratch, "%.3s%s", tcountry, raw + 3);
            attribution.code = e->scratch;
        }
    }

    dyad_event ev = {0};
    ev.article = e->article, ev.sentence = e->sentence, ev.date = e->date, ev.text = e->text;
    /* when it happened: a phrase of time in its clause, else the article's
       date */
    static const char *const precisions[] = {"day", "month", "year"};
    if (r->dated) ev.date = r->day, ev.date_precision = precisions[r->precision];
    else if (e->date) ev.date_precision = "day";
    if (speaker >= 0) ev.attribution = &attribution;
    dyad_event_location location = {where->name ? where->name : b->data + o_where, where->country,
                                     where->has_coordinates, where->lat, where->lon, where->geonameid};
    if (r->located) ev.location = &location;
    ev.source = (dyad_event_actor){scode, scountry,
                                   b->data[o_ssector] ? b->data + o_ssector
                                   : sa && sa->sector ? dict_string(set, sa->sector) : NULL,
                                   b->data + o_stext, coder_mention_antecedent(ms, ms_src)};
    ev.target = (dyad_event_actor){tcode, tcountry,
                                   b->data[o_tsector] ? b->data + o_tsector
                                   : ta && ta->sector ? dict_string(set, ta->sector) : NULL,
                                   b->data + o_ttext, coder_mention_antecedent(ms, ms_tgt)};
    /* a code the coder made itself (a protest's government) names no text */
    if (ms_src->first < 0 && ms_src->actor < 0 && ms_src->agent < 0 && scountry == scode_country)
        ev.source.sector = scode[3] ? scode + 3 : NULL, ev.source.text = NULL;
    if (ms_tgt->first < 0 && ms_tgt->actor < 0 && ms_tgt->agent < 0 && tcountry == tcode_country)
        ev.target.sector = tcode[3] ? tcode + 3 : NULL, ev.target.text = NULL;
    ev.cameo = code;
    const cameo_info *info = cameo_lookup(c->cameo, code);
    if (info) {
        ev.root = info->root;
        ev.has_quad = 1, ev.quad = info->quad;
        ev.has_goldstein = 1, ev.goldstein = info->goldstein;
        ev.plover_type = info->plover_type, ev.plover_mode = info->plover_mode;
    }
    if (p && p->plover_type) ev.plover_type = dict_string(set, p->plover_type);
    if (p && p->plover_mode) ev.plover_mode = dict_string(set, p->plover_mode);
    ev.has_negated = 1, ev.negated = r->negated;
    /* PLOVER's auxiliary mode; a planned cooperative act is already its
       intent (AGREE), one category and no auxiliary */
    event_timing timing = r->dated ? event_timing_of(s, r->day, r->precision) : EVENT_CURRENT;
    ev.plover_auxiliary = r->negated                                   ? "negation"
                          : r->unreal                                  ? "hypothetical"
                          : (r->future && !r->intent) || timing == EVENT_FUTURE ? "future"
                          : timing == EVENT_HISTORICAL                 ? "historical"
                                                                       : NULL;
    ev.rule = b->data + o_rule;
    /* the same event twice in one sentence is one event */
    uint64_t h = XXH3_64bits_withSeed(scode, strlen(scode), XXH3_64bits_withSeed(tcode, strlen(tcode), XXH3_64bits(code, strlen(code))));
    for (size_t k = 0; k < c->n_seen; k++)
        if (c->seen[k] == h) return;
    DYAD_GROW(c->seen, c->cap_seen, c->n_seen + 1);
    c->seen[c->n_seen++] = h;
    e->events++;
    /* (the source did an act of this root: context.c's "the ruling") */
    if (!reverse && code[0] >= '0' && code[0] <= '2' && code[1] >= '0' && code[1] <= '9')
        c->mentions.items[src].acted |= 1u << ((code[0] - '0') * 10 + (code[1] - '0'));
    if (e->fn && e->fn(e->user, &ev) != 0) e->failed = 1;
}

/* The events between two mentions; a code written "FRO/BIL/SAM" (PETRARCH:
 * one name for several actors) stands for each of them. */
static void emit(dyad_coder *c, const coder_sentence *s, const verb_match *vm, const roles *r, int src, int tgt,
                 int reverse, emit_ctx *e)
{
    const coder_mentions *ms = &c->mentions;
    const char *scodes = coder_mention_code(ms, &ms->items[src]), *tcodes = coder_mention_code(ms, &ms->items[tgt]);
    if (!strchr(scodes, '/') && !strchr(tcodes, '/')) {
        emit_codes(c, s, vm, r, src, tgt, reverse, scodes, tcodes, e);
        return;
    }
    dbuf sc = {0}, tc = {0};
    for (const char *a = scodes; *a;) {
        size_t an = strcspn(a, "/");
        dbuf_clear(&sc), dbuf_append(&sc, a, an);
        for (const char *b = tcodes; *b;) {
            size_t bn = strcspn(b, "/");
            dbuf_clear(&tc), dbuf_append(&tc, b, bn);
            if (an && bn) emit_codes(c, s, vm, r, src, tgt, reverse, dbuf_cstr(&sc), dbuf_cstr(&tc), e);
            b += bn + (b[bn] == '/');
        }
        a += an + (a[an] == '/');
    }
    dbuf_free(&sc), dbuf_free(&tc);
}

/* Every mention of m's compound. */
static void group_members(const coder_mentions *ms, int m, int *out, size_t *n)
{
    *n = 0;
    if (m < 0) return;
    for (size_t k = 0; k < ms->n; k++)
        if (ms->items[k].group == ms->items[m].group) out[(*n)++] = (int)k;
}

/* TABARI's clauses: the parts of a sentence between conjunctions ("but",
 * "and", "or" that do not join two actors). Returns the part of token t. */
static int conjunct_of(const coder_sentence *s, const coder_mentions *ms, int t)
{
    int part = 0;
    for (int i = 1; i < t; i++) {
        int but = coder_word_is(s, i, "but");
        int andor = coder_word_is(s, i, "and") || coder_word_is(s, i, "or");
        if (but || (andor && coder_mention_at(ms, i - 1) < 0 && coder_mention_at(ms, i + 1) < 0)) part++;
    }
    return part;
}

/* TABARI's "###" (discard) and "+++" (too complex to code) codes. */
static int stop_code(const char *code)
{
    return !strcmp(code, "###") || !strcmp(code, "+++");
}

static void explain_sentence(FILE *x, const coder_sentence *s, const coder_mentions *ms, long sentence,
                             const char *text)
{
    fprintf(x, "sentence %ld: %s\n", sentence, text);
    for (size_t k = 0; k < ms->n; k++) {
        const coder_mention *m = &ms->items[k];
        fprintf(x, "  actor %s [%d-%d] group %d:", coder_mention_code(ms, m), m->first, m->last, m->group);
        for (int t = m->first; t <= m->last; t++) fprintf(x, " %.*s", (int)s->lens[t], s->words[t]);
        fputc('\n', x);
    }
}

static void explain_verb(FILE *x, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                         const verb_match *vm, const roles *r)
{
    fprintf(x, "  verb %.*s (%s) rule %s score %d: source %s target %s%s%s\n", (int)s->lens[vm->verb_token],
            s->words[vm->verb_token], dict_string(set, set->verbs[vm->verb].name),
            vm->pattern >= 0 ? dict_string(set, set->patterns[vm->pattern].text) : "(verb code)", vm->score,
            r->source >= 0 ? coder_mention_code(ms, &ms->items[r->source]) : "none",
            r->target >= 0 ? coder_mention_code(ms, &ms->items[r->target]) : "none", r->passive ? " passive" : "",
            r->negated ? " negated" : "");
}

/* The country of the place a verb's act is in: the first actor with a
 * country after "in" or "at" in the verb's clause, after the verb (dyad's
 * own dictionaries give countries; others none). NULL when there is none. */
static const char *place_of_act(const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                                const verb_match *vm)
{
    int ci = s->parses[vm->verb_token].clause;
    for (size_t k = 0; k < ms->n; k++) {
        const coder_mention *m = &ms->items[k];
        if (m->first <= vm->last_token || m->actor < 0 || !set->actors[m->actor].country || m->agent >= 0) continue;
        if ((ci >= 0 && !coder_in_clause_of(s, m->first, ci)) || !coder_after_in(s, m->first)) continue;
        return dict_string(set, set->actors[m->actor].country);
    }
    return NULL;
}


/* Does verb v go by `name`: its block name or the first word of a form? */
static int verb_named(const dict_set *set, uint32_t v, dict_str name_str)
{
    const char *name = dict_string(set, name_str);
    if (!strcmp(name, "Q")) return 1;
    const dict_verb *verb = &set->verbs[v];
    if (!strcmp(dict_string(set, verb->name), name)) return 1;
    for (uint32_t f = 0; f < verb->forms.count; f++) {
        dict_span w = set->phrases[verb->forms.first + f].words;
        if (w.count == 1 && !strcmp(dict_string(set, set->words[w.first].text), name)) return 1;
    }
    return 0;
}

/* Binds variable v ('a'..'z', '.' none, '_' any) to mention m (-1: none);
 * a letter bound before must name the same code. 0 when it does not fit. */
static int bind_var(const coder_mentions *ms, int *vars, char v, int m)
{
    if (v == '_') return 1;
    if (v == '.') return m < 0;
    if (v < 'a' || v > 'z' || m < 0) return 0;
    int *slot = &vars[v - 'a'];
    if (*slot >= 0) return !strcmp(coder_mention_code(ms, &ms->items[*slot]), coder_mention_code(ms, &ms->items[m]));
    *slot = m;
    return 1;
}

/* PETRARCH-2's transformations: the event of match k, in the complement of
 * an earlier verb ("Arnor said Gondor attacked Rohan"), becomes the one event
 * a transformation line makes of the pair. Changes *r and returns 1 when one
 * applies. */
static int transform(dyad_coder *c, const coder_sentence *s, size_t k, roles *r)
{
    const dict_set *set = &c->dicts->set;
    const coder_mentions *ms = &c->mentions;
    const verb_match *inner = &c->matches[k];
    int ic = s->parses[inner->verb_token].clause;
    for (size_t j = 0; j < k && set->n_transforms; j++) {
        const verb_match *outer = &c->matches[j];
        int oc = s->parses[outer->verb_token].clause;
        if (oc < 0 || oc == ic || !coder_in_clause_of(s, inner->verb_token, oc)) continue;
        roles ro = {.transform = -1};
        coder_find_roles(c, s, ms, outer, &ro);
        for (size_t t = 0; t < set->n_transforms; t++) {
            const dict_transform *tr = &set->transforms[t];
            if (!verb_named(set, outer->verb, tr->outer_verb) || !verb_named(set, inner->verb, tr->inner_verb)) continue;
            int vars[26];
            for (int v = 0; v < 26; v++) vars[v] = -1;
            if (!bind_var(ms, vars, tr->outer_source, ro.source) || !bind_var(ms, vars, tr->inner_source, r->source) ||
                !bind_var(ms, vars, tr->inner_target, r->target))
                continue;
            int src = tr->source >= 'a' && tr->source <= 'z' ? vars[tr->source - 'a'] : -1;
            int tgt = tr->target >= 'a' && tr->target <= 'z' ? vars[tr->target - 'a'] : -1;
            if (src < 0 || tgt < 0) continue;
            const char *code = dict_string(set, tr->code);
            r->source = src, r->target = tgt, r->transform = (int)t;
            r->code = strcmp(code, "Q") ? code : verb_match_code(set, inner);
            r->negated = 0;
            return 1;
        }
    }
    return 0;
}

/* TABARI's COMPLEX test: more dictionary verbs, or more conjunctions, than
 * the setting allows. */
static int too_complex(const dyad_coder *c, const coder_sentence *s)
{
    if (c->complex_verbs > 0) {
        int verbs = 0;
        for (size_t k = 0; k < c->n_matches; k++) verbs += c->matches[k].words;
        if (verbs > c->complex_verbs) return 1;
    }
    if (c->complex_conj > 0) {
        int conj = 0;
        for (size_t t = 0; t < s->n; t++)
            conj += coder_word_is(s, t, "and") || coder_word_is(s, t, "but") || coder_word_is(s, t, "or");
        if (conj > c->complex_conj) return 1;
    }
    return 0;
}

/* A TABARI time phrase ("KAN_WA_MA_KAN [###]") with a stopping code in the
 * sentence. */
static int stopping_time(const dict_set *set, const verb_index *vi, const coder_sentence *s)
{
    const uint32_t *word_len = verb_index_word_lengths(vi);
    for (size_t k = 0; k < set->n_times; k++) {
        const dict_issue *tm = &set->times[k];
        if (!stop_code(dict_string(set, tm->code)) || !tm->phrase.count) continue;
        for (size_t t = 0; t + tm->phrase.count <= s->n; t++) {
            uint32_t j = 0;
            for (; j < tm->phrase.count; j++) {
                const dict_word *w = &set->words[tm->phrase.first + j];
                if (!dict_word_matches(s->words[t + j], s->lens[t + j], dict_string(set, w->text),
                                       word_len[tm->phrase.first + j], (w->flags & DICT_WORD_EXACT) != 0))
                    break;
            }
            if (j == tm->phrase.count) return 1;
        }
    }
    return 0;
}

/* The code of the first verb in a clause that is the content of clause ci
 * ("demanded that Russia withdraw", "urged Kenya to sign"), without a
 * reverse part ("042:043" gives "042"), or NULL. */
static const char *content_of(const dict_set *set, const coder_sentence *s, const verb_match *matches, size_t n, int ci,
                              char code[16])
{
    for (size_t k = 0; k < n; k++) {
        if (matches[k].words || matches[k].noun) continue;
        int vc = s->parses[matches[k].verb_token].clause;
        if (vc < 0 || (size_t)vc >= s->n_clauses || s->clauses[vc].parent != ci) continue;
        /* an infinitive or a "that" clause: "barred women from training" is
           a restriction, not a rejection of training */
        const dyad_clause *cl = &s->clauses[vc];
        /* (and "accused X of executing civilians": the gerund after "of") */
        int of = cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0 && coder_word_is(s, cl->marker, "of");
        if (cl->type != DYAD_CLAUSE_INF && !coder_that_clause(s, vc) && !of) continue;
        const char *mc = verb_match_code(set, &matches[k]);
        size_t len = strcspn(mc, ":");
        if (!len || len >= 16 || !strncmp(mc, "---", 3)) continue;
        memcpy(code, mc, len);
        code[len] = '\0';
        return code;
    }
    return NULL;
}

/* The specific codes of infinitives joined under one verb of appeal,
 * demand, rejection or threat coded `code` (clause vc): each act is one it
 * is about ("urged Iran to free the journalists and to allow consular
 * visits": 0253 and 0255). Only with two or more such infinitives; codes
 * equal to `code` are left out. Returns how many were written to out. */
static int coordinated_contents(dyad_coder *c, const coder_sentence *s, int vc, const char *code, char out[][16],
                                int cap)
{
    static const char *const roots[] = {"02", "10", "12", "13"};
    char generic[4] = {0};
    for (size_t k = 0; k < sizeof roots / sizeof *roots; k++)
        if (!strncmp(code, roots[k], 2)) generic[0] = code[0], generic[1] = code[1], generic[2] = '0';
    if (!generic[0]) return 0;
    int infinitives = 0, n = 0;
    for (size_t k = 0; k < s->n_clauses; k++)
        infinitives += s->clauses[k].parent == vc && s->clauses[k].type == DYAD_CLAUSE_INF;
    if (infinitives < 2) return 0;
    const dict_set *set = &c->dicts->set;
    for (size_t k = 0; k < s->n_clauses && n < cap; k++) {
        const dyad_clause *cl = &s->clauses[k];
        verb_match vm;
        if (cl->parent != vc || cl->type != DYAD_CLAUSE_INF || cl->verb < 0 ||
            !verb_match_at(c->dicts->verbs, set, s, &c->mentions, cl->verb, &vm) || vm.noun || vm.words)
            continue;
        char act[16];
        const char *mc = verb_match_code(set, &vm);
        size_t len = strcspn(mc, ":");
        if (!len || len >= sizeof act) continue;
        memcpy(act, mc, len), act[len] = '\0';
        const char *specific = coder_content_code(generic, act);
        int seen = !specific || !strcmp(specific, code);
        for (int j = 0; j < n && !seen; j++) seen = !strcmp(out[j], specific);
        if (!seen) snprintf(out[n++], 16, "%s", specific);
    }
    return n;
}


/* Is the "that" clause under clause ci an act of force or of reduced ties
 * (roots 15-20) whose subject is the speaker's own country (speaker coded
 * `source`) or a pronoun for the speaker? */
static int warns_of_own_force(dyad_coder *c, const coder_sentence *s, int ci, const char *source)
{
    const dict_set *set = &c->dicts->set;
    for (size_t k = 0; k < c->n_matches; k++) {
        const verb_match *vm = &c->matches[k];
        if (vm->words || vm->noun) continue;
        int vc = s->parses[vm->verb_token].clause;
        if (vc < 0 || (size_t)vc >= s->n_clauses || s->clauses[vc].parent != ci || !coder_that_clause(s, vc)) continue;
        const char *code = verb_match_code(set, vm);
        int root = code_root(code);
        int st = s->clauses[vc].subject, subject = st >= 0 ? coder_mention_at(&c->mentions, st) : -1;
        if (root < 15 || root > 20) continue;
        /* ("warned that it could downgrade relations": the speaker itself) */
        if (subject < 0 && (coder_word_is(s, st, "it") || coder_word_is(s, st, "they") || coder_word_is(s, st, "we") ||
                            coder_word_is(s, st, "he") || coder_word_is(s, st, "she")))
            return 1;
        if (subject < 0) continue;
        const char *theirs = coder_mention_code(&c->mentions, &c->mentions.items[subject]);
        return code_is_country(theirs) && code_is_country(source) && !strncmp(theirs, source, 3);
    }
    return 0;
}

/* The other side of a hostile act that names none, from the clause of
 * time joined to it: the subject of "as"/"after"/"when"/"while" under the
 * act's clause ("went on high alert as Chinese warships swarmed around the
 * island": CHN), or, for an act in such a clause, the subject of the
 * clause above ("... on high alert, hours after India downgraded ties":
 * PAK; for a show of force, root 15, that subject's country: *country_only
 * is then set). The
 * other side must be another country's. Returns a mention, or -1. */
static int counterpart_in_time_clause(const coder_sentence *s, const coder_mentions *ms, int ci, const char *own,
                                      int root, int *country_only)
{
    *country_only = 0;
    if (ci < 0 || (size_t)ci >= s->n_clauses || !code_is_country(own)) return -1;
    static const char *const markers[] = {"as", "after", "when", "while", NULL};
    int candidates[8], n = 0;
    const dyad_clause *cl = &s->clauses[ci];
    /* (a show of force in the clause of time is aimed at the country of the
       clause above, not its organ: "Taiwan's defence ministry put its
       forces on alert as China massed ships around the island": TWN) */
    if (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0 && coder_lemma_in(s, cl->marker, markers) && cl->parent >= 0 &&
        (size_t)cl->parent < s->n_clauses) {
        candidates[n++] = s->clauses[cl->parent].subject;
        *country_only = root == 15;
    }
    for (size_t k = 0; k < s->n_clauses && n < 8; k++) {
        const dyad_clause *sub = &s->clauses[k];
        /* (", while" sets another's act beside it, no time: "condemned
           the attack, while the Kremlin said ...") */
        if (sub->parent == ci && sub->type == DYAD_CLAUSE_SUB && sub->marker >= 0 &&
            coder_lemma_in(s, sub->marker, markers) && !coder_contrast_clause(s, (int)k))
            candidates[n++] = sub->subject;
    }
    for (int k = 0; k < n; k++) {
        int m = candidates[k] >= 0 ? coder_mention_at(ms, candidates[k]) : -1;
        if (m < 0 || ms->items[m].reference) continue;
        const char *theirs = coder_mention_code(ms, &ms->items[m]);
        if (code_is_country(theirs) && strncmp(theirs, own, 3) != 0) return m;
        if (k == 0) *country_only = 0;
    }
    return -1;
}

/* Is clause ci a participle of result after a comma that continues the
 * clause before ("..., killing six civilians", "..., leaving one soldier
 * dead", "..., destroying homes")? */
static int result_participle(const coder_sentence *s, int ci)
{
    static const char *const results[] = {"kill", "wound", "injure", "leave", "destroy", "damage", NULL};
    return coder_comma_participle(s, ci) && coder_lemma_in(s, s->clauses[ci].verb, results);
}

static void code_sentence(dyad_coder *c, const coder_sentence *s, emit_ctx *e)
{
    const dyad_dicts *d = c->dicts;
    const dict_set *set = &d->set;
    if (c->minimum_words > 0) {
        int words = 0;
        for (size_t t = 0; t < s->n; t++) {
            unsigned char ch = (unsigned char)s->words[t][0];
            words += (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch >= 0x80 || (ch >= '0' && ch <= '9');
        }
        if (words < c->minimum_words) return;
    }
    coder_find_mentions(set, d->matcher, s, &c->mentions);
    context_resolve(&c->context, s, &c->mentions);
    const coder_mentions *ms = &c->mentions;
    FILE *x = c->opt.explain;
    if (x) explain_sentence(x, s, ms, e->sentence, e->text);
    if (c->one_sided) c->nobody = coder_add_code_mention(&c->mentions, "---");
    if (c->default_on) {
        c->default_source = coder_add_code_mention(&c->mentions, c->default_source_code);
        c->default_target = coder_add_code_mention(&c->mentions, c->default_target_code);
    }
    /* the verbs first: for TABARI, a verb or actor coded ### or +++ stops the
       whole sentence (PETRARCH writes such codes as they are) */
    c->n_matches = 0;
    /* the last token a verb's pattern covered, and that verb's clause: a
       verb of an adverbial clause ("... when Ottawa slapped tariffs") is not
       the pattern's, even when a sparse pattern reached into it */
    int tabari = 0, covered = -1, covered_clause = -1;
    for (int t = 0; (size_t)t < s->n; t++) {
        verb_match vm;
        if (!verb_match_at(d->verbs, set, s, ms, t, &vm)) continue;
        /* "held talks with", "stopped shelling Kharkiv": a noun or verb that
           an earlier verb's pattern covers is that pattern's, no event of
           its own */
        if (!vm.words && t <= covered &&
            (s->parses[t].clause == covered_clause || !coder_apart_clause(s, s->parses[t].clause))) {
            t = vm.last_token;
            continue;
        }
        if (!vm.noun && !vm.words && vm.pattern >= 0 && vm.end > covered)
            covered = vm.end, covered_clause = s->parses[t].clause;
        tabari |= vm.words;
        if (vm.words && stop_code(verb_match_code(set, &vm))) {
            if (x) fprintf(x, "  verb %.*s coded %s: nothing coded\n", (int)s->lens[t], s->words[t], verb_match_code(set, &vm));
            return;
        }
        DYAD_GROW(c->matches, c->cap_matches, c->n_matches + 1);
        c->matches[c->n_matches++] = vm;
        t = vm.last_token;
    }
    for (size_t k = 0; tabari && k < ms->n; k++)
        if (stop_code(coder_mention_code(ms, &ms->items[k]))) return;
    /* TABARI's time phrases coded ### (discard) or +++ (complex) stop it too */
    if (tabari && stopping_time(&d->set, c->dicts->verbs, s)) {
        if (x) fprintf(x, "  a time phrase coded ### or +++: nothing coded\n");
        return;
    }
    if (tabari && too_complex(c, s)) {
        if (x) fprintf(x, "  too complex (COMPLEX): nothing coded\n");
        return;
    }
    int *srcs = dyad_xmalloc((ms->n + 1) * sizeof *srcs), *tgts = dyad_xmalloc((ms->n + 1) * sizeof *tgts);
    int coded_clause = -2; /* TABARI codes one verb a sentence (or clause): the first that fits */
    size_t events_before = e->events;
    unsigned char *clause_coded = dyad_xmalloc(s->n_clauses + 1);
    memset(clause_coded, 0, s->n_clauses + 1);
    char(*clause_code)[8] = dyad_xmalloc((s->n_clauses + 1) * sizeof *clause_code); /* the first code of each */
    c->n_seen = 0;
    /* pass 1: with require_dyad = false, events with a source and no target,
       when the sentence gave no event with both */
    for (int pass = 0; pass < 2; pass++)
    for (size_t k = 0; k < c->n_matches && !e->failed; k++) {
        if (pass == 1 && (!c->one_sided || e->events != events_before)) break;
        const verb_match *vm = &c->matches[k];
        /* TABARI's "[023?]": a verb that anchors patterns but codes nothing
           itself, and leaves the sentence to the verbs after it ("said he
           regretted ...") */
        const char *mc = verb_match_code(set, vm);
        if (*mc && mc[strlen(mc) - 1] == '?') continue;
        int clause = c->code_by == CODE_BY_CLAUSE ? conjunct_of(s, ms, vm->verb_token) : -1;
        if (vm->words && c->code_by != CODE_ALL && coded_clause == clause) continue;
        roles r = {.transform = -1};
        coder_find_roles(c, s, ms, vm, &r);
        if (!vm->words && transform(c, s, k, &r) && x)
            fprintf(x, "  transformed by ~ %s\n", dict_string(set, set->transforms[r.transform].text));
        if (x) explain_verb(x, set, s, ms, vm, &r);
        /* a condition is no event: "if the United States attacked", "unless
           it withdraws" */
        if (!vm->words && coder_conditional(s, vm->verb_token)) {
            if (x) fprintf(x, "  (not coded: a condition)\n");
            continue;
        }
        if (!vm->words && (vm->noun ? coder_noun_unreal(s, vm->verb_token) : coder_unreal(s, vm->verb_token))) {
            if (!c->opt.keep_unreal) {
                if (x) fprintf(x, "  (not coded: only possible or imagined)\n");
                continue;
            }
            r.unreal = 1;
        }
        /* an infinitive under a verb that was coded is what that verb is
           about, not an event: "threatened to attack", "urged X to sign" */
        int vc = s->parses[vm->verb_token].clause;
        if (!vm->words && !vm->noun && vc >= 0 && (size_t)vc < s->n_clauses && coder_complement(s, vc) && s->clauses[vc].parent >= 0 &&
            clause_coded[s->clauses[vc].parent]) {
            if (x) fprintf(x, "  (not coded: what a coded verb demands, denies or proposes)\n");
            continue;
        }
        /* a participle of result after a violent act is that act's outcome,
           no event of its own: "detonated a roadside bomb ..., killing six
           civilians" */
        /* (after a bombing, abduction or assault, the victims are its
           targets: "set off a bomb at a court, killing 12 civilians") */
        int outcome = !vm->words && !vm->noun && result_participle(s, vc) &&
                      clause_coded[s->clauses[vc].parent] >= 17 && code_root(verb_match_code(set, vm)) >= 18;
        if (outcome && clause_coded[s->clauses[vc].parent] != 18) {
            if (x) fprintf(x, "  (not coded: the outcome of the act before)\n");
            continue;
        }
        if (outcome) r.content = 1, r.code = clause_code[s->clauses[vc].parent];
        size_t events_at = e->events;
        char also[4][16]; /* the codes of more acts it is about (coordinated_contents) */
        int n_also = 0;
        if (!vm->words) r.place = place_of_act(set, s, ms, vm);
        /* (also through a transformation that keeps the inner code: "X said Y would visit") */
        int stated_by = -1; /* for an intent, the verb that states it */
        if (!vm->words && !vm->noun &&
            (r.transform < 0 || !strcmp(dict_string(set, set->transforms[r.transform].code), "Q"))) {
            const char *intent = coder_intent_code(s, vc, vm->verb_token, r.transform >= 0 ? r.code : verb_match_code(set, vm),
                                                   !c->opt.keep_unreal);
            if (intent) {
                r.intent = 1, r.code = intent;
                const dyad_clause *cl = vc >= 0 && (size_t)vc < s->n_clauses ? &s->clauses[vc] : NULL;
                stated_by = !cl || cl->verb < 0                                    ? -1
                            : cl->type != DYAD_CLAUSE_MAIN && cl->parent >= 0      ? s->clauses[cl->parent].verb
                            : coder_conjoined_to(s, vc) >= 0                        ? s->parses[cl->verb].head
                                                                                   : -1;
                /* (up to the main clause that states it: "told reporters in
                   Sydney that ... would be to Indonesia, where he planned to
                   meet Prabowo" was stated in Sydney) */
                /* (but a verb of saying on the way states it: "a week after
                   Trump said in Riyadh that Washington would lift ...") */
                static const char *const saying[] = {"say", "tell", "announce", "declare", "state", "pledge",
                                                     "promise", "vow", NULL};
                for (int up = cl && cl->type != DYAD_CLAUSE_MAIN ? cl->parent : -1, depth = 0;
                     up >= 0 && (size_t)up < s->n_clauses && depth < 8; up = s->clauses[up].parent, depth++) {
                    int v = s->clauses[up].verb;
                    if (s->clauses[up].type == DYAD_CLAUSE_MAIN || (v >= 0 && coder_lemma_in(s, v, saying))) {
                        stated_by = v;
                        break;
                    }
                }
            }
            if (intent && x) fprintf(x, "  announced, not done: intent %s\n", intent);
        }
        /* where and when, once for all the events of this verb; an intent
           is where and when it was stated, not where and when the act is
           planned for ("said on Saturday in Kyiv he would travel to
           Washington on Monday") */
        int where_verb = r.intent ? stated_by : vm->verb_token;
        r.located = event_location(c->gazetteer, set, s, ms, where_verb, c->dateline.country ? &c->dateline : NULL,
                                   &r.where);
        /* "near the town", "in the city": the town the article last placed
           an act in ("M23 rebels seized Masisi ... its aircraft had bombed
           rebel positions near the town") */
        if (r.located < 2 && !r.intent && c->town.sentence >= 0 && the_town(s, vc)) r.where = c->town.place, r.located = 2;
        /* an ambassador is summoned to the foreign ministry in the
           summoning state's capital */
        static const char *const summon[] = {"summon", NULL};
        if (r.located < 2 && !r.intent && r.source >= 0 && coder_lemma_in(s, vm->verb_token, summon)) {
            char own[4];
            snprintf(own, sizeof own, "%.3s", coder_mention_code(ms, &ms->items[r.source]));
            const gazetteer_place *capital = code_is_country(own) ? gazetteer_capital(c->gazetteer, own) : NULL;
            if (capital)
                r.where = (event_place){capital->name, capital->country, 1, capital->lat, capital->lon, capital->geonameid, 0, 0},
                r.located = 2;
        }
        /* force used on a state named alone, with no place named, was used
           in that state, not at the dateline elsewhere ("JERUSALEM - Israel
           struck Iran"; a Kyiv dateline for an attack on Ukraine stays) nor
           where the story was before */
        if (r.located < 2 && !r.intent && r.target >= 0 && force_code(r.code ? r.code : verb_match_code(set, vm))) {
            const coder_mention *t = &ms->items[r.target];
            const char *tcode = coder_mention_code(ms, t);
            event_place target_place;
            /* (a town named is where it was, whatever the dateline: "took
               Goma" from a Kinshasa dateline) */
            if (!t->reference && strlen(tcode) == 3 && code_is_country(tcode) &&
                mention_place(c->gazetteer, set, s, ms, r.target, &target_place) &&
                (target_place.has_coordinates || !(c->dateline.country && !strncmp(c->dateline.country, tcode, 3))))
                r.where = target_place, r.located = 2;
        }
        /* "at the scene" is where force was last used ("a gunman shot him
           ... in the town of Handlova. Police detained the gunman at the
           scene") */
        if (r.located < 2 && c->scene.sentence >= 0 && at_the_scene(s, vc)) r.where = c->scene.place, r.located = 2;
        /* (a town: one the gazetteer knows, or one named by the text's own
           words, "the town of Masisi") */
        if (r.located == 2 && (r.where.has_coordinates || !r.where.name)) remember_place(&c->town, s, &r.where, e->sentence);
        if (r.located == 2 && !r.intent && force_code(r.code ? r.code : verb_match_code(set, vm)))
            remember_place(&c->scene, s, &r.where, e->sentence);
        /* a sentence that names no place goes on where the sentence or two
           before it were ("signed a treaty in Pyongyang ... The two leaders
           held talks for two hours"), and a later verb of a sentence where
           its main clause was ("arrived in the North Korean capital ... and
           was greeted at the airport by Kim") */
        if (r.located == 2 && vc >= 0 && (size_t)vc < s->n_clauses &&
            s->clauses[vc].type == DYAD_CLAUSE_MAIN) {
            remember_place(&c->narrative, s, &r.where, e->sentence);
        } else if (r.located < 2 && c->narrative.sentence >= 0 && c->narrative.sentence <= e->sentence &&
                   e->sentence - c->narrative.sentence <= 2 &&
                   (c->narrative.sentence == e->sentence || same_story(c, &r, c->narrative.sentence)) &&
                   !(r.located == 1 && dateline_is_party(c, &r))) {
            r.where = c->narrative.place, r.located = 2;
        }
        r.future = !vm->words && !vm->noun && coder_future(s, vm->verb_token);
        /* (an act set for a day to come: "called a general strike for
           Friday", "set the vote for March") */
        if (!r.future && !vm->words && scheduled_for(s, vm->end > vm->last_token ? vm->end : vm->last_token)) r.future = 1;
        if (r.intent) {
            r.dated = stated_by >= 0 && event_statement_date(s, stated_by, r.day, &r.precision);
        } else {
            int said_root = code_root(r.transform >= 0 ? r.code : verb_match_code(set, vm));
            int stated = said_root <= 3 || said_root == 10 || said_root == 13;
            r.dated = event_date(s, vm->verb_token, r.future, stated, r.day, &r.precision);
            /* a sentence that gives no time goes on from the day the
               sentence or two before it told ("On Wednesday, Modi and Xi
               held talks ... The two leaders endorsed the deal") */
            /* (the story's day is its main clauses', not that of a clause
               of time: "met Sharaa on Wednesday, a day after he said ...") */
            /* (nor is an act a noun names in a clause in the future: "for
               consultations with Putin" under "would travel on Monday") */
            if (r.dated && r.precision == EVENT_DAY && !r.future && !(vm->noun && coder_future(s, vm->verb_token)) &&
                (tells_story(s, vc) || c->narrative_sentence < e->sentence) && !event_looks_back(s)) {
                memcpy(c->narrative_day, r.day, sizeof r.day);
                c->narrative_sentence = e->sentence;
            } else if (!r.dated && !r.future && c->narrative_sentence >= 0 && c->narrative_sentence < e->sentence &&
                       e->sentence - c->narrative_sentence <= 2 && same_story(c, &r, c->narrative_sentence) &&
                       (goes_on_from_story(s, vm->verb_token, r.transform >= 0 ? r.code : verb_match_code(set, vm)) ||
                        same_occasion(s))) {
                memcpy(r.day, c->narrative_day, sizeof r.day);
                r.precision = EVENT_DAY, r.dated = 1;
            }
        }
        /* an act only planned that is no intent is not done: force or
           coercion announced is a threat of it ("said it would attack
           Somalia": 1384), anything else no event ("Students plan to
           block the roads"); with keep_unreal, the act marked future */
        if (r.future && !r.intent && !vm->words && !vm->noun && !c->opt.keep_unreal) {
            const char *planned = r.transform >= 0 ? r.code : verb_match_code(set, vm);
            const char *threat = code_root(planned) >= 15 ? coder_content_code("130", planned) : NULL;
            if (!threat) {
                if (x) fprintf(x, "  (not coded: planned, not done)\n");
                continue;
            }
            r.content = 1, r.code = threat, r.future = 0;
            if (x) fprintf(x, "  planned force or coercion: threat %s\n", threat);
        }
        /* an infinitive of purpose or wish that is no intent is no act:
           "police officers sent to help fight the gangs" */
        if (!vm->words && !vm->noun && !r.intent && r.transform < 0 && !c->opt.keep_unreal && coder_purpose(s, vc)) {
            if (x) fprintf(x, "  (not coded: a purpose, not an act)\n");
            continue;
        }
        /* a generic appeal, demand, rejection or threat takes its specific
           code from the act it is about ("demanded that Manila withdraw
           its ship": 1056) */
        if (!vm->words && !vm->noun && r.transform < 0 && vc >= 0) {
            char about[16] = "";
            const char *specific =
                coder_content_code(verb_match_code(set, vm), content_of(set, s, c->matches, c->n_matches, vc, about));
            /* a warning that the speaker's own side will use force is a
               threat: "Katz warned that Israel would strike Beirut" (1384) */
            if (!specific && about[0] && r.source >= 0 && !strcmp(verb_match_code(set, vm), "012") &&
                warns_of_own_force(c, s, vc, coder_mention_code(ms, &ms->items[r.source])))
                specific = coder_content_code("130", about);
            /* a vow or pledge to do harm is a threat: "vowed to outlaw the
               opposition" (1322), "pledged to blockade the port" (1381) */
            if (!specific && about[0] && !strcmp(verb_match_code(set, vm), "030"))
                specific = coder_content_code("130", about);
            if (specific) r.content = 1, r.code = specific;
            if (specific && x) fprintf(x, "  about an act: %s\n", specific);
            n_also = coordinated_contents(c, s, vc, specific ? specific : verb_match_code(set, vm), also, 4);
            for (int j = 0; j < n_also && x; j++) fprintf(x, "  also about an act: %s\n", also[j]);
        }
        if (vm->negation) r.negated = 0; /* the pattern codes the negated verb itself */
        if (r.negated && !c->opt.keep_negated) continue;
        if (r.source < 0) continue;
        /* a protest by a country's own people that names no target is
           against that country's government ("opposition parties boycotted
           the elections") */
        if (!vm->words && !strncmp(r.transform >= 0 ? r.code : verb_match_code(set, vm), "14", 2)) {
            char government[8];
            const char *own = r.target >= 0 ? coder_mention_code(ms, &ms->items[r.target]) : NULL;
            /* (or against the country itself: "in protest at Iran's executions") */
            if (code_society_of_country(coder_mention_code(ms, &ms->items[r.source]), government) &&
                (r.target < 0 || (strlen(own) == 3 && !strncmp(own, government, 3) &&
                                  (coder_word_is(s, ms->items[r.target].last + 1, "'s") ||
                                   coder_word_is(s, ms->items[r.target].first + 1, "'s")))))
                r.target = coder_add_code_mention(&c->mentions, government);
        }
        /* a hostile act short of violence (roots 11-17) that names no other
           side is aimed at the other country of a clause of time joined to
           it (a missile fired "after" something is no attack on anyone) */
        int act_root = code_root(r.intent || r.content || r.transform >= 0 ? r.code : verb_match_code(set, vm));
        if (!vm->words && !vm->noun && r.target < 0 && r.source >= 0 && act_root >= 11 && act_root <= 17) {
            int country_only;
            int other = counterpart_in_time_clause(s, ms, vc, coder_mention_code(ms, &ms->items[r.source]), act_root,
                                                   &country_only);
            char country[4];
            if (other >= 0 && country_only) {
                snprintf(country, sizeof country, "%.3s", coder_mention_code(ms, &ms->items[other]));
                r.target = coder_add_code_mention(&c->mentions, country);
                /* (forces massed or sent at another country are a show of
                   force, not a build-up: 150, not 154) */
                if (!strcmp(r.intent || r.content || r.transform >= 0 ? r.code : verb_match_code(set, vm), "154"))
                    r.content = 1, r.code = "150";
            } else if (other >= 0) {
                r.target = other;
            }
        }
        /* a violent act (roots 18-20) that names no target but the place it
           happened in is aimed there: an assault or mass violence at the
           place's people ("blew up a bus with a roadside bomb in Nigeria's
           Borno state": NGACVL), a strike or an attack at its country
           ("drones struck fuel depots and the airport in Port Sudan": SDN) */
        if (!vm->words && !vm->noun && r.target < 0 && r.source >= 0 && act_root >= 18 && r.place &&
            strlen(r.place) == 3) {
            char aimed[8];
            snprintf(aimed, sizeof aimed, "%s%s", r.place, act_root != 19 ? "CVL" : "");
            if (!code_same_party(coder_mention_code(ms, &ms->items[r.source]), aimed))
                r.target = coder_add_code_mention(&c->mentions, aimed);
        }
        /* (and one whose target is only a country after "in": "set off a
           bomb in Kenya" is against its people; "fired shells at Seoul" is
           at the country) */
        static const char *const in[] = {"in", NULL};
        if (!vm->words && !vm->noun && r.target >= 0 && (act_root == 18 || act_root == 20) &&
            ms->items[r.target].first > 0 && coder_after_preposition(s, ms->items[r.target].first, in) &&
            strlen(coder_mention_code(ms, &ms->items[r.target])) == 3 &&
            code_is_country(coder_mention_code(ms, &ms->items[r.target]))) {
            char people[8];
            snprintf(people, sizeof people, "%sCVL", coder_mention_code(ms, &ms->items[r.target]));
            r.target = coder_add_code_mention(&c->mentions, people);
        }
        /* a restriction a state imposes at home on no one named (a curfew,
           a ban on rallies, martial law) falls on its own people: "imposed a
           curfew in Leh" is INDGOV against INDCVL */
        if (!vm->words && !vm->noun && r.target < 0 &&
            !strncmp(r.intent || r.content || r.transform >= 0 ? r.code : verb_match_code(set, vm), "172", 3)) {
            const char *own = coder_mention_code(ms, &ms->items[r.source]);
            char people[8];
            if (code_is_state(own) && (!r.place || !strncmp(r.place, own, 3))) {
                snprintf(people, sizeof people, "%.3sCVL", own);
                r.target = coder_add_code_mention(&c->mentions, people);
            }
        }
        if (vm->words && (r.target >= 0 || verb_pattern_has_mark(set, vm->pattern, "%") || verb_match_mutual(set, vm))) coded_clause = clause;
        size_t ns, nt;
        group_members(ms, r.source, srcs, &ns);
        /* a '%' pattern with a compound source and no target: the members
           act on each other ("Gondor and Osgiliath have delayed their meeting") */
        /* one-sided events: not for "..., the official said", which only reports */
        int ci = s->parses[vm->verb_token].clause;
        int reporting = ci >= 0 && (size_t)ci < s->n_clauses && s->clauses[ci].type == DYAD_CLAUSE_REPORTING;
        int self_acting = verb_pattern_has_mark(set, vm->pattern, "%") || verb_match_mutual(set, vm);
        /* (or says they act on "each other": "Kenya and Uganda expelled
           each other's diplomats", "accused one another of ...") */
        if (ns >= 2 && !vm->words && reciprocal_object(s, vm->verb_token) &&
            (r.target < 0 || !strncmp(coder_mention_code(ms, &ms->items[r.target]), "---", 3)))
            r.target = -1, self_acting = 1;
        int one_sided = r.target < 0 && (ns < 2 || !self_acting);
        if (pass != one_sided) continue;
        if (one_sided && !reporting) r.target = c->nobody;
        if (r.target < 0 && (ns < 2 || !self_acting)) continue;
        int symmetric = r.target < 0;
        if (symmetric) memcpy(tgts, srcs, ns * sizeof *srcs), nt = ns;
        else group_members(ms, r.target, tgts, &nt);
        int rev = verb_match_has_reverse(set, vm);
        for (int round = 0; round <= n_also; round++) {
            if (round) r.content = 1, r.code = also[round - 1];
            for (size_t i = 0; i < ns; i++)
                for (size_t j = 0; j < nt; j++) {
                    if (srcs[i] == tgts[j] || (symmetric && j < i && rev)) continue;
                    emit(c, s, vm, &r, srcs[i], tgts[j], 0, e);
                    emit(c, s, vm, &r, tgts[j], srcs[i], 1, e);
                }
        }
        /* (the root of its code: 1-20) */
        if (e->events > events_at && vc >= 0 && (size_t)vc < s->n_clauses && !clause_coded[vc]) {
            const char *coded = r.intent || r.content || r.transform >= 0 ? r.code : verb_match_code(set, vm);
            clause_coded[vc] = (unsigned char)code_root(coded);
            snprintf(clause_code[vc], sizeof clause_code[vc], "%.*s", (int)strcspn(coded, ":"), coded);
        }
    }
    free(clause_coded);
    free(clause_code);
    free(srcs);
    free(tgts);
}

/* The actor of dyad's own dictionaries (one with a country) that the
 * article's dateline names ("BELGRADE", "KYIV, Ukraine"): the city, else
 * the region; -1 when there is none. */
static int dateline_place(const dyad_coder *c, const dyad_doc *doc)
{
    const dyad_dateline *dl = dyad_doc_dateline(doc);
    if (!dl || !dl->found) return -1;
    const char *text = dyad_doc_text(doc, NULL);
    const dict_set *set = &c->dicts->set;
    const dyad_span spans[2] = {dl->city, dl->region};
    for (int k = 0; k < 2; k++) {
        if (!spans[k].len) continue;
        /* the span's words, as the matcher takes them */
        const char *words[16];
        size_t lens[16], n = 0;
        const char *p = text + spans[k].start, *end = p + spans[k].len;
        while (p < end && n < 16) {
            while (p < end && (*p == ' ' || *p == ',')) p++;
            const char *w = p;
            while (p < end && *p != ' ' && *p != ',') p++;
            if (p > w) words[n] = w, lens[n++] = (size_t)(p - w);
        }
        dict_match dm;
        if (n && dict_match_at(c->dicts->matcher, words, lens, n, 0, &dm) && dm.kind == DICT_MATCH_ACTOR &&
            dm.count == n && set->actors[dm.index].country)
            return (int)dm.index;
    }
    return -1;
}

int coder_dateline_actor(const dyad_coder *c, const dyad_doc *doc) { return dateline_place(c, doc); }

/* The article's dateline city as a location: the gazetteer's place of that
 * name in the dateline's country (place: its actor, -1), else the city's
 * words with that country; with no country from the dictionaries, the
 * gazetteer's place of that name; c->dateline.country is NULL when there
 * is no dateline or no place for it. */
static void dateline_location(dyad_coder *c, const dyad_doc *doc, int place)
{
    c->dateline = (event_place){0};
    const dyad_dateline *dl = dyad_doc_dateline(doc);
    if (!dl || !dl->found || !dl->city.len) return;
    const dict_set *set = &c->dicts->set;
    const char *country = place >= 0 && set->actors[place].country ? dict_string(set, set->actors[place].country) : NULL;
    const char *text = dyad_doc_text(doc, NULL) + dl->city.start;
    /* (a dateline no dictionary places with a country: the gazetteer's
       most populous place of that name or alias, "UNITED NATIONS" is New
       York, the U.N.'s seat) */
    if (!country) {
        const gazetteer_place *seat = gazetteer_find(c->gazetteer, text, dl->city.len, NULL);
        if (seat) c->dateline = (event_place){seat->name, seat->country, 1, seat->lat, seat->lon, seat->geonameid, 0, 0};
        return;
    }
    const gazetteer_place *p = gazetteer_find(c->gazetteer, text, dl->city.len, country);
    if (p && !strcmp(p->country, country)) {
        c->dateline = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
        return;
    }
    dbuf_clear(&c->dateline_name);
    dbuf_append(&c->dateline_name, text, dl->city.len);
    c->dateline = (event_place){dbuf_cstr(&c->dateline_name), country, 0, 0, 0, 0, 0, 0};
}

/* The start keys of tokens first..first+n-1, in the coder's bitmap. */
static const uint64_t *sentence_starts(dyad_coder *c, size_t first, size_t n)
{
    memset(c->starts, 0, sizeof c->starts);
    for (size_t i = first; i < first + n; i++) {
        c->keys[i] = CODER_STARTS;
        if (c->lens[i] < 2) continue;
        unsigned key = coder_start_key((unsigned char)c->words[i][0], (unsigned char)c->words[i][1]);
        c->keys[i] = (uint16_t)key;
        c->starts[key >> 6] |= 1ull << (key & 63);
    }
    return c->starts;
}

long dyad_code_doc(dyad_coder *c, dyad_doc *doc, const char *article, const char *date, dyad_event_fn fn,
                   void *user)
{
    size_t n_sent, n_tok, n_parse;
    const dyad_sentence *sents = dyad_doc_sentences(doc, &n_sent);
    const dyad_token *toks = dyad_doc_tokens(doc, &n_tok);
    const dyad_token_parse *parses = dyad_doc_token_parses(doc, &n_parse);
    if (!parses || n_parse != n_tok) return -1;
    const char *text = dyad_doc_text(doc, NULL), *lemma_text = dyad_doc_lemma_text(doc);
    if (n_tok > c->cap) {
        c->cap = n_tok;
        c->words = dyad_xrealloc(c->words, n_tok * sizeof *c->words);
        c->lemmas = dyad_xrealloc(c->lemmas, n_tok * sizeof *c->lemmas);
        c->lens = dyad_xrealloc(c->lens, n_tok * sizeof *c->lens);
        c->lemma_lens = dyad_xrealloc(c->lemma_lens, n_tok * sizeof *c->lemma_lens);
        c->keys = dyad_xrealloc(c->keys, n_tok * sizeof *c->keys);
    }
    for (size_t i = 0; i < n_tok; i++) {
        c->words[i] = text + toks[i].start, c->lens[i] = toks[i].len;
        c->lemmas[i] = lemma_text + parses[i].lemma_start, c->lemma_lens[i] = parses[i].lemma_len;
    }
    int32_t ymd = 0;
    if (date && strlen(date) == 10)
        ymd = (int32_t)(strtol(date, NULL, 10) * 10000 + strtol(date + 5, NULL, 10) * 100 + strtol(date + 8, NULL, 10));
    const dict_set *set = &c->dicts->set;
    /* a story discard anywhere drops the whole article */
    for (size_t k = 0; k < n_sent; k++) {
        const dyad_sentence *st = &sents[k];
        coder_sentence s = {c->words + st->first_token, c->lens + st->first_token, c->lemmas + st->first_token,
                            c->lemma_lens + st->first_token, parses + st->first_token, st->token_count, NULL, 0, ymd,
                            sentence_starts(c, st->first_token, st->token_count), c->keys + st->first_token, NULL, -1,
                            NULL};
        if (discarded(set, c->dicts->verbs, &s, DICT_DISCARD_STORY)) return 0;
    }
    int place = dateline_place(c, doc);
    dateline_location(c, doc, place);
    emit_ctx e = {article, date, NULL, 0, fn, user, 0, 0, "", ""};
    context_reset(&c->context);
    c->narrative_sentence = -1;
    c->narrative.sentence = c->scene.sentence = c->town.sentence = -1;
    for (size_t k = 0; k < n_sent && !e.failed; k++) {
        const dyad_sentence *st = &sents[k];
        size_t n_cl;
        const dyad_clause *cl = dyad_doc_clauses(doc, k, &n_cl);
        size_t memo = set->n_synsets * st->token_count;
        if (memo > c->cap_memo) {
            c->cap_memo = memo;
            c->synset_memo = dyad_xrealloc(c->synset_memo, memo * sizeof *c->synset_memo);
        }
        if (memo) memset(c->synset_memo, 0xff, memo * sizeof *c->synset_memo); /* -1: not tried */
        coder_sentence s = {c->words + st->first_token, c->lens + st->first_token, c->lemmas + st->first_token,
                            c->lemma_lens + st->first_token, parses + st->first_token, st->token_count, cl, n_cl, ymd,
                            sentence_starts(c, st->first_token, st->token_count), c->keys + st->first_token,
                            memo ? c->synset_memo : NULL, place, NULL};
        DYAD_GROW(c->time_words, c->cap_time_words, st->token_count + 1);
        event_time_words(&s, c->time_words);
        s.time_words = c->time_words;
        if (discarded(set, c->dicts->verbs, &s, DICT_DISCARD_SENTENCE)) continue;
        e.sentence = (long)k;
        e.text = dyad_doc_sentence_text(doc, k);
        code_sentence(c, &s, &e);
        context_remember(&c->context, set, &s, &c->mentions);
    }
    return e.failed ? -1 : (long)e.events;
}

/* ---- settings ------------------------------------------------------------ */

/* "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER": the code in brackets after
 * `word`, and whether `flag` follows it. */
static char *bracket_after(const char *value, const char *word, const char *flag, int *has_flag)
{
    const char *w = strstr(value, word);
    *has_flag = 0;
    if (!w) return NULL;
    const char *open = strchr(w, '['), *close = open ? strchr(open, ']') : NULL;
    if (!close) return NULL;
    const char *rest = close + 1;
    while (*rest == ' ') rest++;
    *has_flag = strncmp(rest, flag, strlen(flag)) == 0;
    size_t n = (size_t)(close - open - 1);
    char *code = dyad_xmalloc(n + 1);
    memcpy(code, open + 1, n);
    code[n] = '\0';
    return code;
}

static int truth(const char *v, int *out)
{
    if (!strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "yes")) return *out = 1, 0;
    if (!strcasecmp(v, "false") || !strcmp(v, "0") || !strcasecmp(v, "no")) return *out = 0, 0;
    return -1;
}

int dyad_coder_set(dyad_coder *c, const char *key, const char *value)
{
    if (!strcmp(key, "MINIMUM WORDS")) {
        char *end;
        long n = strtol(value, &end, 10);
        if (end == value || n < 0 || n > 100000) return -1;
        c->minimum_words = (int)n;
        return 0;
    }
    if (!strcmp(key, "COMPLEX")) {
        const char *v = strstr(value, "VERBS["), *j = strstr(value, "CONJ[");
        c->complex_verbs = v ? atoi(v + 6) : 0;
        c->complex_conj = j ? atoi(j + 5) : 0;
        return 0;
    }
    if (!strcmp(key, "CONVERT AGENT")) {
        int on;
        if (truth(value, &on) != 0) return -1;
        c->convert_agent = on;
        return 0;
    }
    if (!strcmp(key, "require_dyad")) {
        int on;
        if (truth(value, &on) != 0) return -1;
        c->one_sided = !on;
        return 0;
    }
    if (!strcmp(key, "CODE")) {
        if (!strcmp(value, "ALL")) c->code_by = CODE_ALL;
        else if (!strcmp(value, "BY CLAUSE")) c->code_by = CODE_BY_CLAUSE;
        else if (!strcmp(value, "BY SENTENCE")) c->code_by = CODE_BY_SENTENCE;
        else return -1;
        return 0;
    }
    if (!strcmp(key, "DEFAULT")) {
        free(c->default_source_code), free(c->default_target_code);
        c->default_source_code = c->default_target_code = NULL;
        c->default_on = 0;
        if (!strcmp(value, "OFF")) return 0;
        c->default_source_code = bracket_after(value, "SOURCE", "PRIOR", &c->default_prior);
        c->default_target_code = bracket_after(value, "TARGET", "AFTER", &c->default_after);
        if (!c->default_source_code || !c->default_target_code) {
            free(c->default_source_code), free(c->default_target_code);
            c->default_source_code = c->default_target_code = NULL;
            return -1;
        }
        c->default_on = 1;
        return 0;
    }
    return -1;
}
