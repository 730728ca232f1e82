/* roles.c - who does what to whom: the source and the target of a verb
 * match, from the clause structure and the pattern.
 *   - the pattern's own bindings ('$', '+') first;
 *   - else the subject of the verb's clause is the source (an infinitive
 *     borrows its controller, a relative clause its antecedent), and the
 *     direct object, else the first actor after the verb in its clause or in
 *     a clause that is its content, the target;
 *   - in the passive the by-agent is the source and the subject the target;
 *   - noun forms of events ("talks between X and Y", "X's visit to Y") take
 *     the actors of their own phrase;
 *   - TABARI's verbs take the first actor before and after the verb.
 * Places after "in", "at", "on" are not targets of acts done there; a
 * state's forces it moves are its own. coder.c turns the roles into events. */
#include <string.h>

#include "coder.h"

/* The mention a noun phrase headed at `head` names: the one covering the
 * head, else one inside the head's chunk, else one after "of (the)". */
static int mention_of_head(const coder_sentence *s, const coder_mentions *ms, int head)
{
    if (head < 0) return -1;
    int m = coder_mention_at(ms, head);
    if (m >= 0) return m;
    int start = head;
    while (start > 0 && !s->parses[start].chunk_begin && s->parses[start - 1].chunk == s->parses[head].chunk) start--;
    for (int t = head - 1; t >= start; t--)
        if ((m = coder_mention_at(ms, t)) >= 0) return m;
    /* (through a chain of quantities: "hundreds of thousands of Serbians") */
    int t = head + 1;
    for (int hops = 0; hops < 3 && coder_word_is(s, t, "of"); hops++) {
        t++;
        if (coder_word_is(s, t, "the")) t++;
        if ((m = coder_mention_at(ms, t)) >= 0) return m;
        if (strcmp(dyad_tag_name(s->parses[t < (int)s->n ? t : head].tag), "NNS") != 0) return -1;
        t++;
    }
    return -1;
}

/* Is token t in clause ci, or in a clause below it that still belongs to
 * its verb: an infinitive ("signed an accord to supply Gondor"), a relative
 * or participle clause ("roads leading into Mordor"), a complement clause
 * ("allowed that Mordor ...", "believes Dagolath can ...")? Adverbial
 * clauses ("after crowds burned ...") and "X said" are not. */
int coder_in_clause_of(const coder_sentence *s, int t, int ci)
{
    int c = s->parses[t].clause;
    for (int depth = 0; c >= 0 && (size_t)c < s->n_clauses && depth < 16; depth++) {
        if (c == ci) return 1;
        const dyad_clause *cl = &s->clauses[c];
        if (cl->type == DYAD_CLAUSE_REPORTING || cl->type == DYAD_CLAUSE_MAIN) return 0;
        if (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0) {
            int m = cl->marker;
            if (!coder_word_is(s, m, "that")) return 0;
        }
        c = cl->parent;
    }
    return 0;
}

/* The clause whose verb the verb of clause ci is joined to ("met Rutte on
 * Tuesday and later held talks with Erdogan"), -1. */
int coder_conjoined_to(const coder_sentence *s, int ci)
{
    int v = s->clauses[ci].verb;
    if (v < 0 || strcmp(dyad_deprel_name(s->parses[v].deprel), "conj") != 0) return -1;
    int h = s->parses[v].head;
    int hc = h >= 0 && (size_t)h < s->n ? s->parses[h].clause : -1;
    return hc != ci ? hc : -1;
}

/* Is clause ci one whose actors never belong to another clause's verb:
 * "X said", or an adverbial clause ("after Uganda attacked ...")? */
int coder_apart_clause(const coder_sentence *s, int ci)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 1;
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type == DYAD_CLAUSE_REPORTING) return 1;
    if (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0) {
        int m = cl->marker;
        return !coder_word_is(s, m, "that");
    }
    return 0;
}

int coder_contrast_clause(const coder_sentence *s, int ci)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    const dyad_clause *cl = &s->clauses[ci];
    return cl->type == DYAD_CLAUSE_SUB && cl->marker > 0 && coder_word_is(s, cl->marker - 1, ",") &&
           (coder_word_is(s, cl->marker, "while") || coder_word_is(s, cl->marker, "whereas"));
}

/* The first mention in tokens from..to (inclusive) within clause ci (any
 * clause when ci < 0), skipping `not`. */
/* "its ambassador", "their troops": an agent with no actor of its own that
 * belongs to the sentence's subject, never another party to the event. */
static int owned_agent(const coder_sentence *s, const coder_mention *m)
{
    if (m->actor >= 0 || m->first < 1) return 0;
    int t = m->first - 1;
    return coder_word_is(s, t, "its") || coder_word_is(s, t, "his") || coder_word_is(s, t, "her") ||
           coder_word_is(s, t, "their");
}

/* Is the compound of mention m introduced by "neither" ("Neither Washington
 * nor Tehran commented")? */
static int neither_of(const coder_sentence *s, const coder_mentions *ms, int m)
{
    int first = ms->items[m].first;
    for (size_t k = 0; k < ms->n; k++)
        if (ms->items[k].group == ms->items[m].group && ms->items[k].first >= 0 && ms->items[k].first < first)
            first = ms->items[k].first;
    return first > 0 && coder_word_is(s, first - 1, "neither");
}

/* "according to Iran's IRNA news agency": who reports, not who acts */
static int reporter(const coder_sentence *s, const coder_mention *m)
{
    int t = m->first;
    return coder_word_is(s, t - 1, "to") && coder_word_is(s, t - 2, "according");
}

/* Is m the by-agent of another clause's passive ("The resolution, drafted
 * by France, called on Rwanda"; "met in talks mediated by the Ethiopian
 * government")? ci is the verb's clause. */
static int others_by_agent(const coder_sentence *s, const coder_mention *m, int ci)
{
    int mc = m->first < (int)s->n ? s->parses[m->first].clause : -1;
    if (mc < 0 || mc == ci || (size_t)mc >= s->n_clauses || !s->clauses[mc].passive || m->first < 1) return 0;
    return coder_word_is(s, m->first - 1, "by") ||
           (m->first > 1 && coder_word_is(s, m->first - 1, "the") && coder_word_is(s, m->first - 2, "by"));
}

static int first_mention_in(const coder_sentence *s, const coder_mentions *ms, int from, int to, int ci, int not)
{
    for (size_t k = 0; k < ms->n; k++) {
        const coder_mention *m = &ms->items[k];
        if ((int)k != not && m->first >= from && m->last <= to && (ci < 0 || coder_in_clause_of(s, m->first, ci)) &&
            !owned_agent(s, m) && !reporter(s, m) && (ci < 0 || !others_by_agent(s, m, ci)))
            return (int)k;
    }
    return -1;
}

/* The last mention in tokens from..to, not the by-agent of another clause's
 * passive; ci is the verb's clause. */
static int last_mention_in(const coder_sentence *s, const coder_mentions *ms, int from, int to, int ci)
{
    for (size_t k = ms->n; k-- > 0;) {
        const coder_mention *m = &ms->items[k];
        if (m->first < from || m->last > to || others_by_agent(s, m, ci)) continue;
        return (int)k;
    }
    return -1;
}

/* The subject of clause ci, borrowed from the parent when it has none. */
/* The antecedent of a relative pronoun at token t ("The EU delegation in
 * Tbilisi, which urged ..."): back over a comma to the noun phrase before
 * it, and on through "in / of / from X" to the first noun phrase of the
 * chain; its mention, or -1. */
static int antecedent_of(const coder_sentence *s, const coder_mentions *ms, int t)
{
    int i = t - 1, found = -1;
    if (i >= 0 && s->lens[i] == 1 && s->words[i][0] == ',') i--;
    while (i >= 0) {
        int m = coder_mention_at(ms, i);
        if (m < 0 && s->parses[i].chunk != 1 /* NP */) break;
        if (m >= 0) found = m, i = ms->items[m].first - 1;
        else i--;
        /* "in", "of", "from", "at": keep going to the noun phrase it
           modifies (not past "by", "to", "after": "a visit to Minsk by U.S.
           envoy Keith Kellogg, who held talks") */
        if (i >= 1 && s->parses[i].chunk == 3 /* PP */ &&
            (coder_word_is(s, i, "in") || coder_word_is(s, i, "of") || coder_word_is(s, i, "from") ||
             coder_word_is(s, i, "at")))
            i--;
        else if (i >= 0 && s->parses[i].chunk == 3)
            break;
    }
    return found;
}

static int clause_subject(const coder_sentence *s, const coder_mentions *ms, int ci);

/* The actor of a clause that an appositive noun after a comma sums up, for
 * the relative clause on that noun at marker t: "Britain, Canada and
 * Australia recognised a Palestinian state, a coordinated move that drew an
 * angry response from Netanyahu" (the move is theirs). -1 when it is not
 * such a noun. */
static int summarised_actor(const coder_sentence *s, const coder_mentions *ms, int t)
{
    static const char *const summaries[] = {"move", "decision", "step", "measure", "action", "announcement",
                                            "ruling", "verdict", "act", "gesture", NULL};
    int noun = t - 1;
    if (noun < 2 || !coder_lemma_in(s, noun, summaries)) return -1;
    int i = noun - 1;
    while (i > 0 && s->parses[i].chunk == s->parses[noun].chunk && !(s->lens[i] == 1 && s->words[i][0] == ',')) i--;
    if (!(s->lens[i] == 1 && s->words[i][0] == ',') || i < 1) return -1;
    int up = s->parses[i - 1].clause;
    while (up >= 0 && (size_t)up < s->n_clauses && s->clauses[up].type != DYAD_CLAUSE_MAIN) up = s->clauses[up].parent;
    return up >= 0 && (size_t)up < s->n_clauses ? clause_subject(s, ms, up) : -1;
}

static int clause_subject(const coder_sentence *s, const coder_mentions *ms, int ci)
{
    for (int depth = 0; ci >= 0 && depth < 8; depth++) {
        const dyad_clause *c = &s->clauses[ci];
        int m = mention_of_head(s, ms, c->subject);
        if (m >= 0) return m;
        /* "Ukraine's energy grid was hit": the subject's possessor */
        if (c->subject > 0) {
            int start = c->subject;
            while (start > 0 && !s->parses[start].chunk_begin && s->parses[start - 1].chunk == s->parses[c->subject].chunk)
                start--;
            if (start > 0 && !strcmp(dyad_tag_name(s->parses[start - 1].tag), "POS") &&
                (m = coder_mention_at(ms, start - 1)) >= 0)
                return m;
        }
        if (c->type == DYAD_CLAUSE_REL && c->marker >= 0 && (m = antecedent_of(s, ms, c->marker)) >= 0) return m;
        if (c->type == DYAD_CLAUSE_REL && c->marker >= 0 && (m = summarised_actor(s, ms, c->marker)) >= 0) return m;
        /* a relative clause's subject is its antecedent, never the parent's
           subject ("denied involvement in the attack that killed ...") */
        if (c->type == DYAD_CLAUSE_REL) return -1;
        if (c->subject >= 0 && c->type != DYAD_CLAUSE_INF && c->type != DYAD_CLAUSE_REL) return -1;
        ci = c->parent;
    }
    return -1;
}

/* The clause whose subject clause ci has: its own, or for an infinitive
 * or a clause with no subject of its own, the nearest parent's, as
 * clause_subject reads it; NULL when there is none. */
static const dyad_clause *borrowed_subject_clause(const coder_sentence *s, int ci)
{
    for (int depth = 0; ci >= 0 && (size_t)ci < s->n_clauses && depth < 8; depth++) {
        const dyad_clause *c = &s->clauses[ci];
        if (c->subject >= 0) return c;
        if (c->type == DYAD_CLAUSE_REL) return NULL;
        ci = c->parent;
    }
    return NULL;
}

/* TABARI's actors: an agent with no actor is none, unless CONVERT AGENT is
 * set. The first in tokens from..to, skipping `not`. */
static int first_word_actor(const dyad_coder *cd, const coder_sentence *s, const coder_mentions *ms, int from, int to,
                            int not)
{
    for (;;) {
        int m = first_mention_in(s, ms, from, to, -1, not);
        /* (TABARI forwards pronouns its own way: none stands for an actor) */
        if (m >= 0 && ms->items[m].reference) {
            from = ms->items[m].last + 1;
            continue;
        }
        if (m < 0 || cd->convert_agent || ms->items[m].actor >= 0 || ms->items[m].agent < 0) return m;
        from = ms->items[m].last + 1;
    }
}

/* TABARI's roles: the first actor of the sentence before the verb, the first
 * actor after it; a passive verb ("was attacked by") swaps them. With
 * DEFAULT set, a missing source or target takes the default code: the
 * source only with PRIOR (without it, the actors after the verb are source
 * and target), the target only with AFTER (without it, a compound source
 * splits into source and target). */
static void find_roles_in_words(const dyad_coder *cd, const coder_sentence *s, const coder_mentions *ms,
                                const verb_match *vm, roles *r)
{
    int ci = s->parses[vm->verb_token].clause;
    const dyad_clause *c = ci >= 0 && (size_t)ci < s->n_clauses ? &s->clauses[ci] : NULL;
    r->passive = c && c->passive && c->verb == vm->verb_token;
    r->negated = 0; /* TABARI's patterns code negation themselves */
    r->source = vm->source, r->target = vm->target;
    int before = first_word_actor(cd, s, ms, 0, vm->verb_token - 1, -1);
    int after = first_word_actor(cd, s, ms, vm->last_token + 1, (int)s->n - 1, before);
    if (r->passive && vm->source < 0 && vm->target < 0) {
        r->source = after, r->target = before;
        return;
    }
    if (r->source < 0) r->source = r->target >= 0 && r->target == before ? -1 : before;
    if (r->source < 0 && cd->default_on) {
        if (cd->default_prior) {
            r->source = cd->default_source;
        } else if (r->target < 0 && after >= 0) {
            r->source = after;
            int next = first_word_actor(cd, s, ms, ms->items[after].last + 1, (int)s->n - 1, -1);
            while (next >= 0 && ms->items[next].group == ms->items[after].group && next != after)
                next = first_word_actor(cd, s, ms, ms->items[next].last + 1, (int)s->n - 1, -1);
            r->target = next;
        }
    }
    if (r->target < 0) r->target = first_word_actor(cd, s, ms, vm->last_token + 1, (int)s->n - 1, r->source);
    if (r->target < 0 && r->source >= 0 && cd->default_on) {
        if (cd->default_after) {
            r->target = cd->default_target;
        } else {
            for (size_t k = 0; k < ms->n; k++) /* "Bree and Arnor ...": BRE -> ARN */
                if ((int)k != r->source && ms->items[k].group == ms->items[r->source].group) {
                    r->target = (int)k;
                    break;
                }
        }
    }
}

/* The roles of a noun form of an event: the actors its pattern binds; else
 * the source is the last actor before the noun in its phrase ("Xi Jinping's
 * state visit", "Russian air strikes") and the target what the pattern
 * binds after it ("to Brasilia", "on Kharkiv"). A compound in a mutual
 * code's pattern with no source acts on itself: "talks between Kenya and
 * Uganda", "a meeting of the leaders of Kenya and Uganda". */
static void find_noun_roles(const dyad_coder *cd, const coder_sentence *s, const coder_mentions *ms,
                            const verb_match *vm, roles *r)
{
    const dict_set *set = &cd->dicts->set;
    r->passive = 0, r->negated = 0;
    r->source = vm->source, r->target = vm->target;
    if (r->source < 0) {
        for (int t = vm->verb_token - 1; t >= 0 && vm->verb_token - t <= 8; t--) {
            const char *tag = dyad_tag_name(s->parses[t].tag);
            int m = coder_mention_at(ms, t);
            if (m >= 0) {
                if (m != r->target) r->source = m;
                break;
            }
            if (!(tag[0] == 'N' || tag[0] == 'J' || !strcmp(tag, "POS") || !strcmp(tag, "CD") || !strcmp(tag, "HYPH") ||
                  s->words[t][0] == '-'))
                break;
        }
    }
    /* only a noun that reports the event itself: the subject ("Talks between
       X and Y resumed") or a time or place of something else ("during Xi's
       visit to Brasilia"); not what a verb is about ("urged talks between",
       "rejected a visit by", "called for a meeting with") */
    int b = vm->verb_token;
    while (b > 0) {
        const char *tag = dyad_tag_name(s->parses[b - 1].tag);
        if (!(coder_mention_at(ms, b - 1) >= 0 || tag[0] == 'N' || tag[0] == 'J' || !strcmp(tag, "POS") ||
              !strcmp(tag, "CD") || !strcmp(tag, "DT") || !strcmp(tag, "PRP$") || !strcmp(tag, "HYPH") ||
              s->words[b - 1][0] == '-' || (s->parses[b - 1].chunk == s->parses[vm->verb_token].chunk &&
                                            (!strcmp(tag, "VBN") || !strcmp(tag, "VBG")))))
            break;
        b--;
    }
    /* (not "from": "recalled their negotiators from the talks with Hamas") */
    static const char *const settings[] = {"during", "after", "following", "at", "amid", "since", "before", "in", "on",
                                           "despite", NULL};
    int reported = b == 0 || (s->lens[b - 1] == 1 && strchr(",;:(", s->words[b - 1][0]));
    for (int k = 0; !reported && b > 0 && settings[k]; k++)
        reported = coder_word_is(s, b - 1, settings[k]);
    if (!reported) {
        r->source = r->target = -1;
        return;
    }
    /* a visit's visitor named after it ("a visit to Rabat by Foreign
       Secretary David Lammy"), else, with the visit the setting of the
       clause, its subject ("pledged aid during a visit to Kyiv", "Modi, on
       his first trip to China, held talks") */
    int visit = verb_match_has_reverse(set, vm) && !verb_match_mutual(set, vm);
    for (int t = vm->end + 1; visit && r->source < 0 && (size_t)t + 1 < s->n && t <= vm->end + 6; t++) {
        if (s->lens[t] == 1 && strchr(",;:", s->words[t][0])) break;
        if (!coder_word_is(s, t, "by")) continue;
        int m = coder_mention_at(ms, t + 1);
        if (m >= 0 && m != r->target) r->source = m;
        break;
    }
    int during = b > 0 && (coder_word_is(s, b - 1, "during") || coder_word_is(s, b - 1, "on"));
    /* (and a protest: "packed the streets in the largest demonstration yet
       against the government") */
    const char *ncode = verb_match_code(set, vm);
    int protest = ncode[0] == '1' && ncode[1] == '4' && b > 0 &&
                  (coder_word_is(s, b - 1, "in") || coder_word_is(s, b - 1, "during") || coder_word_is(s, b - 1, "at"));
    int vclause = s->parses[vm->verb_token].clause;
    if (((visit && during) || protest) && r->source < 0 && vclause >= 0 && (size_t)vclause < s->n_clauses) {
        int subject = clause_subject(s, ms, vclause);
        if (subject >= 0 && subject != r->target && (r->target < 0 || ms->items[subject].group != ms->items[r->target].group))
            r->source = subject;
    }
    int self_acting = verb_pattern_has_mark(set, vm->pattern, "%") || verb_match_mutual(set, vm);
    /* "a meeting between Trump and Zelenskiy": the two sides are the pair
       after "between", whatever modifies the noun ("an Oval Office meeting") */
    int between = vm->pattern >= 0 && vm->target >= 0 && verb_pattern_has_word(set, vm->pattern, "BETWEEN");
    /* (a compound after "with" is the other side: "in separate telephone
       calls with Putin and Zelensky") */
    int with = r->target >= 0 && ms->items[r->target].first > 0 && coder_word_is(s, ms->items[r->target].first - 1, "with");
    if ((r->source < 0 || between) && r->target >= 0 && self_acting && (between || !with)) {
        size_t members = 0;
        for (size_t k = 0; k < ms->n; k++) members += ms->items[k].group == ms->items[r->target].group;
        if (members > 1) r->source = r->target, r->target = -1;
    }
    /* a mutual event with a side missing is the clause's: "Putin agreed to
       a halt after a phone call with Trump" (Putin called Trump), "rebels
       captured Goma after days of fighting with the army", "told Trump in a
       phone call" (the teller and the told) */
    int up = s->parses[vm->verb_token].clause;
    if (verb_match_mutual(set, vm) && !verb_pattern_has_mark(set, vm->pattern, "%") && r->source < 0 && up >= 0 &&
        (size_t)up < s->n_clauses &&
        (s->clauses[up].type == DYAD_CLAUSE_MAIN || s->clauses[up].type == DYAD_CLAUSE_REPORTING)) {
        int subject = clause_subject(s, ms, up);
        /* with neither side named, only "in" or "during" a call or talks */
        int setting = b > 0 && (coder_word_is(s, b - 1, "in") || coder_word_is(s, b - 1, "during"));
        if (subject >= 0 && subject != r->target && (r->target >= 0 || setting)) {
            r->source = subject;
            if (r->target < 0) {
                int object = mention_of_head(s, ms, s->clauses[up].object);
                /* (or whom the verb addresses: "apologised to Aliyev in a
                   phone call") */
                for (int u = s->clauses[up].verb + 1; object < 0 && u > 0 && u + 1 < vm->verb_token; u++)
                    if (coder_word_is(s, u, "to") || coder_word_is(s, u, "with")) object = coder_mention_at(ms, u + 1);
                if (object >= 0 && object != subject && ms->items[object].group != ms->items[subject].group)
                    r->target = object;
            }
            if (r->target < 0) r->source = -1;
        }
    }
}

/* Does token t follow one of the prepositions `preps` (adjectives,
 * determiners, names, a possessive, and "the town of", "the island of" may
 * stand between)? */
int coder_after_preposition(const coder_sentence *s, int t, const char *const *preps)
{
    static const char *const kinds[] = {"town", "city", "village", "island", "region", "province", "district",
                                        "state", "port", "capital", "area", "enclave", NULL};
    for (int i = t - 1, limit = t - 4; i >= 0 && i >= limit; i--) {
        for (int k = 0; preps[k]; k++)
            if (coder_word_is(s, i, preps[k])) return 1;
        if (i > 0 && coder_word_is(s, i, "of") && coder_word_is(s, i - 1, "streets")) return 1; /* "the streets of Lome" */
        int kind = 0;
        for (int k = 0; kinds[k] && !kind && i > 0 && coder_word_is(s, i, "of"); k++)
            kind = coder_word_is(s, i - 1, kinds[k]);
        if (kind) {
            i--, limit -= 2; /* "the southern Lebanese town of Khiam" */
            continue;
        }
        const char *tag = dyad_tag_name(s->parses[i].tag);
        if (!(tag[0] == 'J' || !strcmp(tag, "DT") || !strcmp(tag, "NNP") || !strcmp(tag, "POS"))) return 0;
    }
    return 0;
}

/* Does token t follow the verb ending at token v with only determiners,
 * adjectives, adverbs, numbers and participles between ("trained a newly
 * formed Ukrainian brigade")? */
static int right_after(const coder_sentence *s, int v, int t)
{
    for (int i = v + 1; i < t; i++) {
        const char *tag = dyad_tag_name(s->parses[i].tag);
        if (!(tag[0] == 'J' || !strcmp(tag, "DT") || !strncmp(tag, "RB", 2) || !strcmp(tag, "CD") ||
              !strcmp(tag, "VBN") || !strcmp(tag, "PRP$")))
            return 0;
    }
    return t > v;
}

/* Is token t a place after "in" or "at"? */
int coder_after_in(const coder_sentence *s, int t)
{
    static const char *const preps[] = {"in", "at", NULL};
    return coder_after_preposition(s, t, preps);
}

/* Codes of acts that send, move or pull out forces: aid and peacekeepers
 * (07), withdrawals (08), threats (13), posture (15), reduced involvement
 * (16). */
static int moves_forces(const char *code)
{
    return !strncmp(code, "07", 2) || !strncmp(code, "08", 2) || !strncmp(code, "13", 2) || !strncmp(code, "15", 2) ||
           !strncmp(code, "16", 2);
}

/* Is m an agent of armed or security forces (troops, police, spies)? */
int coder_forces(const dict_set *set, const coder_mention *m)
{
    if (m->agent < 0) return 0;
    const char *code = dict_string(set, set->agents[m->agent].code);
    return !strcmp(code, "MIL") || !strcmp(code, "COP") || !strcmp(code, "SPY");
}

/* The country of mention m's actor, or NULL. */
static const char *mention_country(const dict_set *set, const coder_mention *m)
{
    return m->actor >= 0 && set->actors[m->actor].country ? dict_string(set, set->actors[m->actor].country) : NULL;
}

/* Are the forces `object` of an act coded `code` the source's own: forces
 * with no country of their own, or, sent, moved or pulled out by a state,
 * of its own country ("pulled U.S. troops out of South Korea")? */
static int own_forces(const dict_set *set, const coder_mentions *ms, const char *code, const coder_mention *source,
                      const coder_mention *object)
{
    const char *country = mention_country(set, source), *theirs = mention_country(set, object);
    if (!country || !coder_forces(set, object)) return 0;
    if (object->actor < 0) return 1;
    return moves_forces(code) && code_is_state(coder_mention_code(ms, source)) && theirs && !strcmp(theirs, country);
}

/* Is token t a place after "in", "at", "through", "across", "around" or
 * "throughout"? */
static int place_preposition(const coder_sentence *s, int t)
{
    static const char *const preps[] = {"in", "at", "through", "across", "around", "throughout", "into", NULL};
    return coder_after_preposition(s, t, preps);
}

/* A code of CAMEO's cooperative roots (01-08). */
static int cooperative(const char *code)
{
    return code[0] == '0' && code[1] >= '1' && code[1] <= '8';
}

/* The object of the participle after a comma that continues clause ci, if
 * its lemma is one of `lemmas` ("..., accusing the opposition of ...",
 * "..., killing six civilians"), or -1. */
static int participle_object(const coder_sentence *s, const coder_mentions *ms, int ci, const char *const *lemmas)
{
    for (size_t k = (size_t)ci + 1; k < s->n_clauses; k++) {
        const dyad_clause *cl = &s->clauses[k];
        if (cl->parent != ci || cl->type != DYAD_CLAUSE_MAIN || !coder_comma_participle(s, (int)k)) continue;
        return coder_lemma_in(s, cl->verb, lemmas) ? mention_of_head(s, ms, cl->object) : -1;
    }
    return -1;
}

void coder_find_roles(const dyad_coder *cd, const coder_sentence *s, const coder_mentions *ms, const verb_match *vm,
                       roles *r)
{
    if (vm->words) {
        find_roles_in_words(cd, s, ms, vm, r);
        return;
    }
    if (vm->noun) {
        find_noun_roles(cd, s, ms, vm, r);
        return;
    }
    int ci = s->parses[vm->verb_token].clause;
    const dyad_clause *c = ci >= 0 && (size_t)ci < s->n_clauses ? &s->clauses[ci] : NULL;
    /* a passive verb takes no object: "the agency commended Chad", whatever
       the tagger made of "refugee", is active */
    r->passive = c && c->passive && c->verb == vm->verb_token && coder_mention_at(ms, vm->last_token + 1) < 0;
    r->negated = c && c->negated;
    r->source = vm->source, r->target = vm->target;
    int from = c ? c->first : 0, to = c ? c->last : (int)s->n - 1;
    /* "... held talks in Muscat, mediated by Oman", "exchanged prisoners
       in a swap mediated by the Emirates": a participle of a consultation
       (root 04: mediated, brokered, hosted) after a comma or a noun, with
       its by-agent, is a passive whose target is the subject of the clause
       before (the participle is about that clause's event) */
    int t0 = vm->verb_token;
    const char *code04 = verb_match_code(&cd->dicts->set, vm);
    if (code04[0] == '0' && code04[1] == '4' && t0 > 1 &&
        ((s->lens[t0 - 1] == 1 && s->words[t0 - 1][0] == ',') || dyad_tag_name(s->parses[t0 - 1].tag)[0] == 'N') &&
        !strcmp(dyad_tag_name(s->parses[t0].tag), "VBN") && (size_t)vm->last_token + 2 < s->n &&
        coder_word_is(s, vm->last_token + 1, "by")) {
        int agent = coder_mention_at(ms, vm->last_token + 2);
        if (agent < 0 && coder_word_is(s, vm->last_token + 2, "the")) agent = coder_mention_at(ms, vm->last_token + 3);
        int before = s->parses[t0 - 2].clause;
        while (before >= 0 && (size_t)before < s->n_clauses && s->clauses[before].type != DYAD_CLAUSE_MAIN)
            before = s->clauses[before].parent;
        int subject = before >= 0 && (size_t)before < s->n_clauses ? clause_subject(s, ms, before) : -1;
        /* (a subject that names no actor: the parties the noun before names,
           "a ceasefire between Israel and Hezbollah brokered by the United
           States") */
        if (subject < 0 && dyad_tag_name(s->parses[t0 - 1].tag)[0] == 'N') subject = coder_mention_at(ms, t0 - 1);
        if (agent >= 0 && subject >= 0 && subject != agent) {
            r->passive = 1;
            if (r->source < 0) r->source = agent;
            if (r->target < 0) r->target = subject;
            return;
        }
    }
    if (r->passive) {
        if (r->source < 0 && c) r->source = mention_of_head(s, ms, c->agent);
        if (r->target < 0) r->target = clause_subject(s, ms, ci);
        /* (an agent after "by" the parser did not take: not any actor
           after the verb, "soldiers accused of attacking Somalia") */
        /* (nor one whose operation it was: "was killed in an Israeli
           strike", "detained in a police raid") */
        static const char *const operations[] = {"strike", "airstrike", "raid", "attack", "operation", "bombing",
                                                 "shelling", "ambush", "crackdown", "offensive", NULL};
        int agent = r->source < 0 ? first_mention_in(s, ms, vm->last_token + 1, to, ci, r->target) : -1;
        int first = agent >= 0 ? ms->items[agent].first : -1;
        int by = agent >= 0 && (coder_word_is(s, first - 1, "by") ||
                                (coder_word_is(s, first - 1, "the") && coder_word_is(s, first - 2, "by")));
        int in_operation = agent >= 0 && coder_word_is(s, first - 2, "in") &&
                           (coder_word_is(s, first - 1, "a") || coder_word_is(s, first - 1, "an") ||
                            coder_word_is(s, first - 1, "the")) &&
                           (size_t)ms->items[agent].last + 1 < s->n && coder_lemma_in(s, ms->items[agent].last + 1, operations);
        /* (PETRARCH's dictionaries, whose actors have no country, keep
           its reading: the first actor after a passive verb is its agent) */
        const char *agent_code = agent >= 0 ? coder_mention_code(ms, &ms->items[agent]) : "";
        int petrarch = agent >= 0 && ms->items[agent].actor >= 0 && !cd->dicts->set.actors[ms->items[agent].actor].country &&
                       strncmp(agent_code, "IGO", 3) != 0 && strncmp(agent_code, "NGO", 3) != 0 &&
                       strncmp(agent_code, "IMG", 3) != 0;
        if (by || in_operation || petrarch) r->source = agent;
        return;
    }
    if (r->source < 0) r->source = c ? clause_subject(s, ms, ci) : -1;
    if (r->source >= 0 && neither_of(s, ms, r->source)) r->negated = 1;
    if (r->source < 0) r->source = last_mention_in(s, ms, from, vm->verb_token - 1, ci);
    /* a relative clause whose antecedent names no actor has no source: the
       main clause's subject did not do it ("denied involvement in the attack
       that killed three soldiers") */
    /* (nor when the clause's subject is a common noun that names no actor:
       "wildfires raged ..., destroying thousands of homes") */
    /* (nor when it is "they" left unresolved: "telling the forum in Davos
       that they were hurting ordinary Syrians" is not Davos's; an
       unresolved "it" or "he" is most often the actor just named) */
    /* (nor, for a clause with no subject of its own, when the one it
       borrows is such a noun: "because the Pacific nation did not consult
       it before signing agreements with China" is not "it"'s signing) */
    const dyad_clause *sc = c && c->type != DYAD_CLAUSE_REL ? borrowed_subject_clause(s, ci) : NULL;
    const char *subject_tag = sc ? dyad_tag_name(s->parses[sc->subject].tag) : "";
    int plain_subject = sc && coder_mention_at(ms, sc->subject) < 0 &&
                        ((!strncmp(subject_tag, "NN", 2) && strncmp(subject_tag, "NNP", 3) != 0) ||
                         (!strcmp(subject_tag, "PRP") && coder_word_is(s, c->subject, "they")));
    /* ("his office was investigating": a possessive names the actor) */
    for (int t = sc && sc->subject > 0 ? sc->subject - 1 : -1; plain_subject && t >= 0 && t >= sc->subject - 4; t--) {
        const char *tag = dyad_tag_name(s->parses[t].tag);
        if (!strcmp(tag, "PRP$") || !strcmp(tag, "POS")) plain_subject = 0;
        if (!(tag[0] == 'N' || tag[0] == 'J' || !strcmp(tag, "PRP$") || !strcmp(tag, "POS"))) break;
    }
    if (r->source < 0 && !plain_subject && !(c && c->type == DYAD_CLAUSE_REL && c->marker >= 0 && !vm->words))
        r->source = last_mention_in(s, ms, 0, vm->verb_token - 1, ci);
    if (r->target < 0 && c) r->target = mention_of_head(s, ms, c->object);
    if (r->target >= 0 && vm->target < 0 && owned_agent(s, &ms->items[r->target])) r->target = -1;
    if (r->target < 0) r->target = first_mention_in(s, ms, vm->last_token + 1, (int)s->n - 1, ci, r->source);
    const dict_set *set = &cd->dicts->set;
    int object = mention_of_head(s, ms, c ? c->object : -1);
    /* a place is no party to a cooperative act: "held drills in Okinawa",
       "met in Istanbul" (but "attacked positions in Ukraine" hits Ukraine,
       and a visit is to the place: "arrived in Kyiv") */
    /* (aid brought to a place goes to it: "arrived in Myanmar with medical
       supplies") */
    const char *coop_code = verb_match_code(set, vm);
    int coop = cooperative(coop_code) && strncmp(coop_code, "07", 2) != 0 && !(verb_match_has_reverse(set, vm) && !verb_match_mutual(set, vm));
    if (r->target >= 0 && vm->target < 0 && r->target != object && coop && coder_after_in(s, ms->items[r->target].first))
        r->target = -1;
    /* what the target names was done by another ("condemned the killing of
       protesters by security forces", "vetoed a resolution drafted by the
       United States", "demanded the release of hostages held by Hamas"): the
       party is the one who did it, named after "by" before any comma */
    if (r->target >= 0 && vm->target < 0) {
        int tl = ms->items[r->target].last;
        for (int t = tl + 1; (size_t)t + 1 < s->n; t++) {
            if (s->lens[t] == 1 && (s->words[t][0] == ',' || s->words[t][0] == ';')) break;
            /* (only across the target's own phrase: not "freed X on Saturday
               after a visit to Minsk by Y") */
            if (!coder_word_is(s, t, "by")) {
                const char *tag = dyad_tag_name(s->parses[t].tag);
                if (!strcmp(tag, "IN") && !coder_word_is(s, t, "of")) break;
                continue;
            }
            /* past the clause only as the participle right after the target
               ("hostages held by Hamas") */
            if (t > to && !(t == tl + 2 && !strcmp(dyad_tag_name(s->parses[tl + 1].tag), "VBN"))) break;
            int m = coder_mention_at(ms, t + 1);
            if (m < 0 && coder_word_is(s, t + 1, "the"))
                m = coder_mention_at(ms, t + 2);
            if (m >= 0 && m != r->source && ms->items[m].group != ms->items[r->source >= 0 ? r->source : m].group)
                r->target = m;
            break;
        }
    }
    int own = -1; /* the source's own forces, no party */
    /* troops, reservists, police or warships with no country of their own, moved
       or sent by a country, are that country's: the party is the next actor
       ("massed troops near the Ukrainian border", "returned the bodies of
       soldiers to Ukraine"); a place after "in" or "at" is none, and with
       no such actor there is no other party ("Kenya sent troops") */
    if (r->target >= 0 && r->target == object && vm->target < 0 && r->source >= 0 &&
        own_forces(set, ms, verb_match_code(set, vm), &ms->items[r->source], &ms->items[r->target])) {
        own = r->target;
        r->target = -1; /* "Kenya sent troops": no other party */
        for (size_t k = 0; k < ms->n; k++) {
            const coder_mention *m = &ms->items[k];
            if (m->first <= ms->items[own].last || m->last > to || m->actor < 0 || !coder_in_clause_of(s, m->first, ci) ||
                coder_after_in(s, m->first) || reporter(s, m) ||
                code_same_party(coder_mention_code(ms, m), coder_mention_code(ms, &ms->items[r->source])))
                continue;
            r->target = (int)k;
            break;
        }
    }
    /* a compound acting jointly ("X and Y signed", "X and Y exchanged
       prisoners") acts on itself, not on a generic agent or a place ("held
       joint exercises on the northern island of Luzon") */
    int self_acting = verb_pattern_has_mark(set, vm->pattern, "%") || verb_match_mutual(set, vm);
    size_t n_sources = 0;
    for (size_t k = 0; r->source >= 0 && k < ms->n; k++) n_sources += ms->items[k].group == ms->items[r->source].group;
    /* (nor on whom a setting names: "signed a trade agreement during Narendra
       Modi's visit to Britain") */
    static const char *const near_place[] = {"on", "off", "near", "during", "after", "amid", "following", NULL};
    /* (nor on one in what the act is about: "the two prime ministers held
       talks on hydropower and India's support for Bhutan's five-year
       plan"; a third party is the object, or named after "with", "to",
       "against") */
    static const char *const third_party[] = {"with", "to", "against", "between", "by", NULL};
    if (self_acting && n_sources > 1 && r->target >= 0 && vm->target < 0 &&
        (ms->items[r->target].actor < 0 || place_preposition(s, ms->items[r->target].first) ||
         coder_after_preposition(s, ms->items[r->target].first, near_place) ||
         (r->target != object && !coder_after_preposition(s, ms->items[r->target].first, third_party))))
        r->target = -1;
    /* a joint act of material cooperation ('%', root 06) of a single actor
       is joint only with whom it names after "with": "staged naval drills
       near Hormuz as a warning to the United States" is no exercise with the
       United States */
    static const char *const with[] = {"with", "alongside", NULL};
    if (verb_pattern_has_mark(set, vm->pattern, "%") && !strncmp(coop_code, "06", 2) && n_sources == 1 &&
        r->target >= 0 && r->target != object && vm->target < 0 && !right_after(s, vm->last_token, ms->items[r->target].first) &&
        !coder_after_preposition(s, ms->items[r->target].first, with))
        r->target = -1;
    /* the parse may have cut the clause short: the first actor after the verb
       before any comma, outside "X said" (not for a compound acting on itself,
       nor a place of a cooperative act) */
    if (r->target < 0 && !(self_acting && n_sources > 1) && !verb_pattern_has_mark(set, vm->pattern, "%")) {
        int end = vm->last_token + 1;
        while ((size_t)end < s->n && !(s->lens[end] == 1 && s->words[end][0] == ',')) end++;
        int m = first_mention_in(s, ms, vm->last_token + 1, end - 1, -1, r->source);
        /* (with dyad's own dictionaries, whose actors have a country, a
           place of a cooperative act stays no party here too) */
        const coder_mention *mm = m >= 0 && m != own ? &ms->items[m] : NULL;
        if (mm && !coder_apart_clause(s, s->parses[mm->first].clause) &&
            !(coop && coder_after_in(s, mm->first) && mm->actor >= 0 && set->actors[mm->actor].country))
            r->target = m;
    }
    /* an act with no other party is aimed at whom the participle after it
       blames: "declared martial law, accusing the opposition of ..." */
    static const char *const blame[] = {"accuse", "blame", "charge", NULL};
    if (r->target < 0 && c && !(self_acting && n_sources > 1)) r->target = participle_object(s, ms, ci, blame);
    /* a bombing, abduction or assault (root 18) with no party but a place is
       aimed at its victims: "set off a bomb at a mosque in Kabul, killing at
       least 10 worshippers" */
    static const char *const victims[] = {"kill", "wound", "injure", NULL};
    if (c && coop_code[0] == '1' && coop_code[1] == '8' && (r->target < 0 || place_preposition(s, ms->items[r->target].first))) {
        int hit = participle_object(s, ms, ci, victims);
        if (hit >= 0) r->target = hit;
    }
    /* a target that is only the source itself, or a place of the source's
       own country after "in", "at", "through", "across" ("Israelis rallied in
       Tel Aviv to call for ...", "Serbians marched through Belgrade to
       protest against the government"), is no party: the next actor of the
       verb's clause that is another, else none (a compound acting on itself
       then acts on itself); "M23 rebels seized Bukavu" keeps Bukavu */
    const char *tcode = r->target >= 0 ? coder_mention_code(ms, &ms->items[r->target]) : NULL;
    const char *scode0 = r->source >= 0 ? coder_mention_code(ms, &ms->items[r->source]) : NULL;
    int own_place = tcode && scode0 && strlen(tcode) == 3 && !strncmp(tcode, scode0, 3) &&
                    strncmp(tcode, "---", 3) != 0 && place_preposition(s, ms->items[r->target].first);
    if (r->target >= 0 && vm->target < 0 && r->source >= 0 && !cd->opt.allow_self &&
        (own_place || code_same_party(tcode, scode0))) {
        const char *scode = coder_mention_code(ms, &ms->items[r->source]);
        int next = -1;
        for (size_t k = 0; k < ms->n && next < 0; k++) {
            const coder_mention *m = &ms->items[k];
            if (m->first > ms->items[r->target].last && (ci < 0 || coder_in_clause_of(s, m->first, ci)) && !reporter(s, m) &&
                !owned_agent(s, m) && !code_same_party(coder_mention_code(ms, m), scode))
                next = (int)k;
        }
        r->target = next;
    }
}
