/* clause.c - the second half of the shallow parser: from chunks to clauses.
 * Each verb group heads a clause; the clause's type (main, subordinate,
 * relative, infinitival, reporting) comes from its marker and its place,
 * its subject is the noun phrase before the verb group, its object the noun
 * phrase after it, a passive's agent the "by" phrase. Coordinated and
 * appositive noun phrases and possessors are linked, prepositional phrases
 * attached to the nearest plausible head, and who said what recorded:
 * "X said Y", "Y, X said", "Y, said X" and "according to X". */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "parse.h"

static const char *const say_verbs[] = {
    "say", "tell", "report", "add", "announce", "state", "claim", "insist", "warn", "confirm",
    "write", "note", "declare", "explain", "stress", "tweet", "reply", "respond", "argue",
    "acknowledge", "allege", "quote", "told", "said", NULL};

static const char *const time_words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "tonight", NULL};

static int in_list(const ptoken *t, const char *const *list, int by_lemma)
{
    for (; *list; list++)
        if (by_lemma ? lemma_is(t, *list) : form_is(t, *list)) return 1;
    return 0;
}

static int is_say(const ptoken *t) { return in_list(t, say_verbs, 1) || in_list(t, say_verbs, 0); }

/* "respond" and "reply" report only when no "to", "by" or "with" follows:
 * "Tehran would respond to any attack", "Iran responded by striking
 * Israel" are acts, not statements. */
static int reports(const parse_state *ps, int verb)
{
    const ptoken *t = ps->tokens;
    if (!is_say(&t[verb])) return 0;
    if ((lemma_is(&t[verb], "respond") || lemma_is(&t[verb], "reply")) && (size_t)verb + 1 < ps->n &&
        (form_is(&t[verb + 1], "to") || form_is(&t[verb + 1], "by") || form_is(&t[verb + 1], "with")))
        return 0;
    return 1;
}

static void link(ptoken *t, int head, dep_rel rel)
{
    t->head = head;
    t->rel = rel;
}

static int add_clause(parse_state *ps, int phrase_index)
{
    DYAD_GROW(ps->clauses, ps->cap_clauses, ps->n_clauses + 1);
    const phrase *vp = &ps->phrases[phrase_index];
    ps->clauses[ps->n_clauses] = (clause){CLAUSE_MAIN, vp->first, vp->last, phrase_index, vp->head,
                                          -1, -1, -1, -1, -1, -1, vp->flags};
    return (int)ps->n_clauses++;
}

/* The phrase index of token i, or -1. */
static int phrase_at(const parse_state *ps, int i)
{
    return i >= 0 && (size_t)i < ps->n ? ps->tokens[i].phrase : -1;
}

static int is_np(const parse_state *ps, int p) { return p >= 0 && ps->phrases[p].type == CHUNK_NP; }

/* ---- noun phrase groups: coordination, apposition, possession ------------ */

/* The last token of the appositive NP q with its prepositional tail: "the
 * current chair of ASEAN", "deputy chairman of Russia 's Security Council". */
static int appositive_end(const parse_state *ps, int q)
{
    int last = ps->phrases[q].last;
    /* (a possessor first: "the EU 's foreign policy chief") */
    for (int next; (ps->phrases[q].flags & PH_POSSESSIVE) && is_np(ps, next = phrase_at(ps, last + 1)) &&
                   ps->phrases[next].first == last + 1;)
        q = next, last = ps->phrases[q].last;
    for (;;) {
        int pp = phrase_at(ps, last + 1);
        if (pp < 0 || ps->phrases[pp].type != CHUNK_PP || ps->phrases[pp].first != last + 1) break;
        int np = phrase_at(ps, ps->phrases[pp].last + 1);
        if (!is_np(ps, np) || ps->phrases[np].first != ps->phrases[pp].last + 1) break;
        last = ps->phrases[np].last;
        for (int next; (ps->phrases[np].flags & PH_POSSESSIVE) && is_np(ps, next = phrase_at(ps, last + 1)) &&
                       ps->phrases[next].first == last + 1;)
            np = next, last = ps->phrases[np].last;
    }
    return last;
}

/* group[p]: the phrase that stands for NP p in a clause (the first conjunct,
 * the anchor of an apposition, the possessed phrase of a possessor). */
static void link_noun_phrases(parse_state *ps, int *group)
{
    ptoken *t = ps->tokens;
    for (size_t p = 0; p < ps->n_phrases; p++) group[p] = (int)p;
    for (size_t p = 0; p + 1 < ps->n_phrases; p++) {
        phrase *a = &ps->phrases[p];
        if (a->type != CHUNK_NP) continue;
        int after = a->last + 1;
        if (a->flags & PH_POSSESSIVE) { /* "Iran 's" + "IRNA news agency" */
            int q = phrase_at(ps, after);
            if (is_np(ps, q)) {
                link(&t[a->head], ps->phrases[q].head, DEP_NMOD_POSS);
                group[p] = q;
            }
            continue;
        }
        /* "Brazil and Argentina", "Brazil, Chile and Peru" */
        if ((size_t)after < ps->n && (t[after].tag == PENN_CC || t[after].tag == PENN_COMMA)) {
            int cc = after, next = after + 1;
            if (t[after].tag == PENN_COMMA && (size_t)next < ps->n && t[next].tag == PENN_CC) cc = next++;
            int q = phrase_at(ps, next);
            if (!is_np(ps, q) || ps->phrases[q].first != next) continue;
            int anchor = group[p];
            const phrase *b = &ps->phrases[q];
            /* ", and" closes a list of three or more; after a single phrase it
               joins clauses: "... on Monday, and Israel began releasing ..." */
            if (t[cc].tag == PENN_CC && cc != after && !(ps->phrases[anchor].flags & PH_COORDINATED)) continue;
            if (t[cc].tag == PENN_CC) {
                link(&t[b->head], ps->phrases[anchor].head, DEP_CONJ);
                link(&t[cc], b->head, DEP_CC);
                ps->phrases[anchor].flags |= PH_COORDINATED;
                group[q] = anchor;
            } else {
                /* a comma: an apposition ("Erdogan, the Turkish president,") when the second
                 * phrase is a description; a list item when a conjunction follows later */
                int description = t[b->first].tag == PENN_DT || t[b->first].tag == PENN_PRPS ||
                                  t[b->head].tag == PENN_NN || t[b->head].tag == PENN_NNS;
                int close = b->last + 1, tail = appositive_end(ps, (int)q) + 1;
                int ends = (size_t)tail >= ps->n || t[tail].tag == PENN_COMMA || t[tail].tag == PENN_PERIOD;
                if (description && ends && !(ps->phrases[anchor].flags & PH_PRONOUN)) {
                    link(&t[b->head], ps->phrases[anchor].head, DEP_APPOS);
                    group[q] = anchor;
                    /* the noun phrases of its tail stand for it too: not the
                       clause's subject ("Medvedev, deputy chairman of Russia's
                       Security Council, warned") */
                    for (int r = q + 1; (size_t)r < ps->n_phrases && ps->phrases[r].last < tail; r++)
                        if (is_np(ps, r)) group[r] = anchor;
                } else if ((size_t)close < ps->n && t[close].tag == PENN_COMMA && t[b->head].tag == PENN_NNP &&
                           p > 0 && (ps->phrases[anchor].flags & PH_COORDINATED) && a->first > 0 &&
                           (t[a->first - 1].tag == PENN_CC ||
                            (t[a->first - 1].tag == PENN_POS && a->first > 2 && t[a->first - 3].tag == PENN_CC))) {
                    /* a name after the last of a list closed by "and" names
                       it: "Abiy Ahmed and Somaliland's leader, Muse Bihi
                       Abdi, signed" */
                    link(&t[b->head], a->head, DEP_APPOS);
                    group[q] = anchor;
                } else if ((size_t)close < ps->n && (t[close].tag == PENN_CC || t[close].tag == PENN_COMMA) &&
                           !description) {
                    link(&t[b->head], ps->phrases[anchor].head, DEP_CONJ);
                    ps->phrases[anchor].flags |= PH_COORDINATED;
                    group[q] = anchor;
                }
            }
        }
    }
    /* follow chains (a possessor of a possessor, a conjunct of a conjunct) */
    for (size_t p = 0; p < ps->n_phrases; p++)
        for (int hops = 0; group[group[p]] != group[p] && hops < 64; hops++) group[p] = group[group[p]];
}

/* ---- clauses --------------------------------------------------------------- */

static int first_np_between(const parse_state *ps, const int *group, int from, int to, int last_one)
{
    int found = -1;
    for (int i = from; i <= to; i++) {
        int p = phrase_at(ps, i);
        if (!is_np(ps, p) || ps->phrases[p].first != i) continue;
        int before = phrase_at(ps, i - 1);
        /* (not the object of a preposition; "after", "before", "since",
           "until" before a clause's subject open the clause: "a day after
           U.S. Secretary of State Marco Rubio visited Panama City") */
        static const char *const openers[] = {"after", "before", "since", "until", NULL};
        if (before >= 0 && ps->phrases[before].type == CHUNK_PP && i - 1 == ps->phrases[before].last &&
            !(i - 1 == ps->phrases[before].first && in_list(&ps->tokens[i - 1], openers, 0)))
            continue;
        /* (a quantifier after the noun phrase is none of its own: "Ethiopia
           and Somalia each held talks", "the two sides both said") */
        static const char *const floating[] = {"each", "both", "all", NULL};
        if (found >= 0 && ps->phrases[p].first == ps->phrases[p].last && in_list(&ps->tokens[i], floating, 0) &&
            ps->phrases[found].last + 1 == i)
            continue;
        found = group[p];
        if (!last_one) return found;
    }
    return found;
}

static const char *const time_spans[] = {"day", "days", "week", "weeks", "hour", "hours", "month", "months",
                                         "year", "years", "minutes", NULL};
static const char *const span_ends[] = {"after", "before", "ago", "later", "earlier", NULL};
static const char *const days_alone[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "today", "yesterday", "tonight", "overnight", NULL};

/* "..., the news agency reported (on Friday)." : a reporting verb after a
 * comma and a noun phrase, with nothing but a time, an adverb or punctuation
 * after it, reports; it does not reduce a relative clause on the noun. */
static int final_report(const parse_state *ps, const phrase *vp)
{
    const ptoken *t = ps->tokens;
    if (!is_say(&t[vp->first])) return 0;
    for (size_t i = (size_t)vp->last + 1; i < ps->n; i++) {
        /* (a clause of time may follow: "..., Russian news agencies
           reported on Monday, a day after rebels swept into Damascus") */
        if (t[i].tag == PENN_COMMA && i + 3 < ps->n &&
            (in_list(&t[i + 2], span_ends, 0) || in_list(&t[i + 3], span_ends, 0)) &&
            (in_list(&t[i + 1], time_spans, 0) || in_list(&t[i + 2], time_spans, 0)))
            break;
        /* (or a clause joined by "and" or "but": "..., local media
           reported, and a student was killed"; or a participle of saying:
           "..., local media reported, adding that ...") */
        if (t[i].tag == PENN_COMMA && i + 1 < ps->n &&
            (t[i + 1].tag == PENN_CC || (t[i + 1].tag == PENN_VBG && is_say(&t[i + 1]))))
            break;
        /* (or one with its own subject: "..., Iranian state media
           reported, after Tehran vowed to retaliate") */
        if (t[i].tag == PENN_COMMA && i + 2 < ps->n && (form_is(&t[i + 1], "after") || form_is(&t[i + 1], "before")) &&
            (t[i + 2].tag == PENN_NNP || t[i + 2].tag == PENN_DT || t[i + 2].tag == PENN_PRP))
            break;
        if (t[i].tag != PENN_PERIOD && t[i].tag != PENN_COMMA && t[i].tag != PENN_RB && t[i].tag != PENN_IN &&
            !in_list(&t[i], time_words, 0))
            return 0;
    }
    if (vp->first < 1 || !is_np(ps, phrase_at(ps, vp->first - 1))) return 0;
    /* (the noun phrase with its owners: "..., North Korea's state media
       reported") */
    int first = ps->phrases[phrase_at(ps, vp->first - 1)].first;
    while (first > 1 && t[first - 1].tag == PENN_POS && is_np(ps, phrase_at(ps, first - 1)))
        first = ps->phrases[phrase_at(ps, first - 1)].first;
    return first > 0 && t[first - 1].tag == PENN_COMMA;
}

static const char *const writers_markers[] = {"as", "while", "when", "whereas", NULL};

/* Does a clause joined by "and" or "but" follow token i after a comma, with
 * only times and prepositions before it ("(reported) on Friday, and ...")? */
static int joined_clause_follows(const parse_state *ps, size_t i)
{
    const ptoken *t = ps->tokens;
    while (i < ps->n && (t[i].tag == PENN_IN || t[i].tag == PENN_RB || in_list(&t[i], time_words, 0))) i++;
    return i + 2 < ps->n && t[i].tag == PENN_COMMA && t[i + 1].tag == PENN_CC &&
           (t[i + 2].tag == PENN_DT || t[i + 2].tag == PENN_NNP || t[i + 2].tag == PENN_NNS || t[i + 2].tag == PENN_NN ||
            t[i + 2].tag == PENN_PRP || t[i + 2].tag == PENN_CD);
}

/* Are tokens from..to only a time and its prepositions ("on Tuesday")? */
static int only_times_between(const parse_state *ps, int from, int to)
{
    for (int i = from; i <= to; i++)
        if (ps->tokens[i].tag != PENN_IN && ps->tokens[i].tag != PENN_RB && !in_list(&ps->tokens[i], time_words, 0))
            return 0;
    return 1;
}

/* Does a clause of time follow token i after a comma, with only times,
 * prepositions and adverbs before the comma: "(reported) on Monday, a day
 * after ...", "(said), hours after ...", "(said), after ...", "(said), as
 * ..."? */
static int time_clause_follows(const parse_state *ps, size_t i)
{
    const ptoken *t = ps->tokens;
    while (i < ps->n && (t[i].tag == PENN_IN || t[i].tag == PENN_RB || t[i].tag == PENN_NNP || in_list(&t[i], time_words, 0)))
        i++;
    if (i + 1 >= ps->n || t[i].tag != PENN_COMMA) return 0;
    if (in_list(&t[i + 1], span_ends, 0) || in_list(&t[i + 1], writers_markers, 0)) return 1;
    if (i + 2 < ps->n && in_list(&t[i + 1], time_spans, 0) && in_list(&t[i + 2], span_ends, 0)) return 1;
    return i + 3 < ps->n && in_list(&t[i + 2], time_spans, 0) && in_list(&t[i + 3], span_ends, 0);
}

/* Marker of clause k: a subordinator or relative pronoun between the previous
 * verb group and this one. */
/* "A roadside bomb planted by insurgents killed four soldiers": a
 * participle with a by-agent after the sentence's first noun phrase reduces
 * a relative clause, and the verb group after the agent is the main verb
 * (whether the tagger made it VBD or VBN); so does an active participle
 * before a past or present verb ("leaders meeting in Cairo endorsed ...").
 * Is clause 0 such a participle? */
static int opening_reduced_passive(const parse_state *ps)
{
    if (ps->n_clauses < 2) return 0;
    const phrase *vp = &ps->phrases[ps->clauses[0].verb_phrase];
    const phrase *next = &ps->phrases[ps->clauses[1].verb_phrase];
    /* "The resolution, drafted by France, called on ...": commas around it */
    int comma = vp->first > 1 && ps->tokens[vp->first - 1].tag == PENN_COMMA;
    int before = vp->first - 1 - comma;
    if (before < 0 || !is_np(ps, phrase_at(ps, before))) return 0;
    /* (or an active participle with no comma, before a past or present
       verb: "Arab League leaders meeting at a summit in Cairo on Tuesday
       endorsed ...") */
    int active = ps->tokens[vp->first].tag == PENN_VBG && vp->first == vp->last && !comma;
    if (ps->tokens[vp->first].tag != PENN_VBN && !active) return 0;
    /* (or a past participle on the noun of a phrase that opens the
       sentence, whose comma closes it: "In a statement issued in Port
       Sudan, Sudan's foreign ministry rejected ...") */
    int opening_pp = ps->tokens[0].tag == PENN_IN && !comma && ps->tokens[vp->first].tag == PENN_VBN &&
                     phrase_at(ps, before) >= 0 && ps->phrases[phrase_at(ps, before)].first == 1;
    if (opening_pp) {
        int n0 = ps->tokens[next->first].tag;
        if (n0 != PENN_VBD && n0 != PENN_VBZ) return 0;
        int closed = 0;
        for (int i = vp->last + 1; i < next->first; i++) {
            const ptoken *w = &ps->tokens[i];
            if (w->chunk == CHUNK_SBAR || w->tag == PENN_WDT || w->tag == PENN_WP || w->tag == PENN_CC) return 0;
            closed |= w->tag == PENN_COMMA;
        }
        return closed;
    }
    if (!active && ((size_t)vp->last + 1 >= ps->n || !form_is(&ps->tokens[vp->last + 1], "by"))) return 0;
    int n0 = ps->tokens[next->first].tag;
    if (n0 != PENN_VBD && n0 != PENN_VBZ && (active || (n0 != PENN_VBN && n0 != PENN_VBP))) return 0;
    int commas = 0;
    for (int i = vp->last + 1; i < next->first; i++) {
        const ptoken *t = &ps->tokens[i];
        if (t->chunk == CHUNK_SBAR || t->tag == PENN_WDT || t->tag == PENN_WP || t->tag == PENN_CC) return 0;
        commas += t->tag == PENN_COMMA;
    }
    /* with a comma before the participle, one after its agent closes it
       (adverbs may follow it: ", also called on") */
    int close = next->first - 1;
    while (close > vp->last && penn_is_adv(ps->tokens[close].tag)) close--;
    return comma ? commas == 1 && ps->tokens[close].tag == PENN_COMMA : commas == 0;
}

/* Does the sentence open with clause 0's participle (adverbs before it
 * only: "Speaking in Ottawa, ...", "Later addressing reporters, ...")? */
static int opening_participle(const parse_state *ps)
{
    int first = ps->phrases[ps->clauses[0].verb_phrase].first;
    for (int i = 0; i < first; i++)
        if (!penn_is_adv(ps->tokens[i].tag)) return 0;
    return 1;
}

static void find_marker(parse_state *ps, int k)
{
    clause *c = &ps->clauses[k];
    if (k <= 1 && opening_reduced_passive(ps)) {
        c->marker = -1;
        if (k == 0) {
            c->type = CLAUSE_REL;
            if (ps->tokens[ps->phrases[c->verb_phrase].first].tag == PENN_VBN) c->flags |= PH_PASSIVE;
        } else {
            c->type = CLAUSE_MAIN;
            c->flags &= ~(unsigned)PH_PASSIVE;
        }
        return;
    }
    const phrase *vp = &ps->phrases[c->verb_phrase];
    int prev_end = k > 0 ? ps->phrases[ps->clauses[k - 1].verb_phrase].last : -1;
    if (c->flags & PH_INFINITIVE) {
        c->type = CLAUSE_INF;
        c->marker = vp->first;
        return;
    }
    /* a gerund after a preposition is a clause the preposition marks:
     * "accused police of charging the crowd", "after capturing the city" */
    const ptoken *v0 = &ps->tokens[vp->first];
    if (v0->tag == PENN_VBG && vp->first > 0 && ps->tokens[vp->first - 1].tag == PENN_IN && k > 0) {
        c->type = CLAUSE_SUB;
        c->marker = vp->first - 1;
        return;
    }
    /* a past form after the object of a base-form verb is a participle:
     * "demanded that Israel free all women and minors held in its prisons",
     * "urged Iran to release prisoners held without charge" */
    if (v0->tag == PENN_VBD && vp->first > 0 && k > 0 && is_np(ps, phrase_at(ps, vp->first - 1)) &&
        vp->last == vp->first) {
        int np = phrase_at(ps, vp->first - 1);
        int start = ps->phrases[np].first;
        /* (back over a coordination of noun phrases: "women and minors") */
        for (int before = phrase_at(ps, start - 2);
             start > 1 && ps->tokens[start - 1].tag == PENN_CC && is_np(ps, before);
             before = phrase_at(ps, start - 2))
            start = ps->phrases[before].first;
        const clause *pc = &ps->clauses[k - 1];
        const phrase *pvp = &ps->phrases[pc->verb_phrase];
        if (pvp->last + 1 == start && ps->tokens[pvp->last].tag == PENN_VB) {
            c->type = CLAUSE_REL;
            c->marker = -1;
            c->flags |= PH_PASSIVE;
            return;
        }
    }
    /* a past form after the object of a preposition, with a preposition
     * after it, in a sentence whose verb before is not one of saying, is a
     * participle: "signed an agreement in Washington on Friday aimed at
     * ending the conflict" (not "said fighting in the area continued into
     * the night") */
    /* (or a time after it: "in breach of a ceasefire agreed last year") */
    static const char *const time_starts[] = {"last", "earlier", "this", "yesterday", NULL};
    if (v0->tag == PENN_VBD && vp->first == vp->last && k > 0 && (size_t)vp->last + 1 < ps->n &&
        (ps->tokens[vp->last + 1].tag == PENN_IN || ps->tokens[vp->last + 1].tag == PENN_TO ||
         in_list(&ps->tokens[vp->last + 1], time_starts, 0)) &&
        is_np(ps, phrase_at(ps, vp->first - 1))) {
        int np_first = ps->phrases[phrase_at(ps, vp->first - 1)].first;
        const clause *pc = &ps->clauses[k - 1];
        static const char *const places_times[] = {"in", "on", "at", "near", "during", "outside", NULL};
        int timed = in_list(&ps->tokens[vp->last + 1], time_starts, 0);
        if (np_first > prev_end + 1 &&
            (in_list(&ps->tokens[np_first - 1], places_times, 0) || (timed && ps->tokens[np_first - 1].tag == PENN_IN)) &&
            pc->type == CLAUSE_MAIN && !is_say(&ps->tokens[pc->verb])) {
            c->type = CLAUSE_REL;
            c->marker = -1;
            c->flags |= PH_PASSIVE;
            return;
        }
    }
    /* a participle right after a noun, with no auxiliary, reduces a relative
     * clause: "a highway linking the two countries", "troops deployed by X" */
    if ((v0->tag == PENN_VBG || v0->tag == PENN_VBN) && vp->first > 0 &&
        is_np(ps, phrase_at(ps, vp->first - 1)) && k > 0 && !final_report(ps, vp)) {
        c->type = CLAUSE_REL;
        c->marker = -1;
        if (v0->tag == PENN_VBN) c->flags |= PH_PASSIVE;
        return;
    }
    for (int i = vp->first - 1; i > prev_end; i--) {
        const ptoken *t = &ps->tokens[i];
        /* ("warned NATO that any deployment of its troops would ...": a
           "that" before a determiner, a pronoun or a name is no
           determiner itself) */
        penn_tag after = (size_t)i + 1 < ps->n ? ps->tokens[i + 1].tag : PENN_PERIOD;
        if (t->chunk == CHUNK_SBAR ||
            (form_is(t, "that") && k > 0 &&
             (after == PENN_DT || after == PENN_PRP || after == PENN_PRPS || after == PENN_NNP || after == PENN_NNPS ||
              after == PENN_CD))) {
            c->type = CLAUSE_SUB;
            c->marker = i;
            return;
        }
        if ((t->tag == PENN_WDT || t->tag == PENN_WP || t->tag == PENN_WPS) && i > 0) {
            c->type = CLAUSE_REL;
            c->marker = i;
            return;
        }
    }
    /* a subordinator the chunker took for a preposition, before the
       clause's subject: "..., two days after Iranian missiles and drones
       hit a village" */
    static const char *const subordinators[] = {"after", "before", "since", "until", "because", "although", "though",
                                                "unless", "once", NULL};
    for (int i = vp->first - 1; i > prev_end + 1; i--) {
        const ptoken *t = &ps->tokens[i];
        if (t->chunk != CHUNK_NP && t->tag != PENN_CC) {
            if (t->tag == PENN_IN && in_list(t, subordinators, 0) && i + 1 < vp->first && is_np(ps, phrase_at(ps, i + 1))) {
                c->type = CLAUSE_SUB;
                c->marker = i;
            }
            return;
        }
    }
}

/* First token of clause k. */
static int clause_start(const parse_state *ps, const int *group, int k)
{
    const clause *c = &ps->clauses[k];
    const phrase *vp = &ps->phrases[c->verb_phrase];
    if (k == 0) return 0;
    if (c->marker >= 0) return c->marker;
    if (c->type == CLAUSE_REL) return vp->first; /* reduced relative: the noun stays outside */
    int prev_end = ps->phrases[ps->clauses[k - 1].verb_phrase].last;
    int start = vp->first;
    /* the subject right before the verb group belongs to this clause */
    int p = phrase_at(ps, vp->first - 1);
    while (p >= 0 && (ps->phrases[p].type == CHUNK_ADVP)) p = phrase_at(ps, ps->phrases[p].first - 1);
    if (is_np(ps, p) && ps->phrases[p].first > prev_end) {
        int g = group[p];
        start = ps->phrases[g].first < ps->phrases[p].first && ps->phrases[g].first > prev_end ? ps->phrases[g].first
                                                                                                : ps->phrases[p].first;
        /* a possessor in front: "Iran 's agency said" */
        int before = phrase_at(ps, start - 1);
        while (is_np(ps, before) && group[before] == group[p] && ps->phrases[before].first > prev_end) {
            start = ps->phrases[before].first;
            before = phrase_at(ps, start - 1);
        }
        /* a title with "of" in front of a name: "U.S. Secretary of State Marco
           Rubio visited", "the head of the IAEA Rafael Grossi said" */
        if (start > 1 && form_is(&ps->tokens[start - 1], "of") && ps->tokens[start].tag == PENN_NNP) {
            int title = phrase_at(ps, start - 2);
            if (is_np(ps, title) && ps->phrases[title].first > prev_end &&
                ps->tokens[ps->phrases[title].last].tag == PENN_NNP)
                start = ps->phrases[title].first;
        }
    }
    /* a comma or conjunction right before belongs here too */
    while (start - 1 > prev_end && (ps->tokens[start - 1].tag == PENN_CC || ps->tokens[start - 1].tag == PENN_COMMA))
        start--;
    return start;
}

static void set_ranges(parse_state *ps, const int *group)
{
    for (size_t k = 0; k < ps->n_clauses; k++) ps->clauses[k].first = clause_start(ps, group, (int)k);
    for (size_t k = 0; k < ps->n_clauses; k++)
        ps->clauses[k].last = k + 1 < ps->n_clauses ? ps->clauses[k + 1].first - 1 : (int)ps->n - 1;
    for (size_t k = 0; k < ps->n_clauses; k++)
        for (int i = ps->clauses[k].first; i <= ps->clauses[k].last; i++) ps->tokens[i].clause = (int)k;
}

static int has_comma_or_quote(const parse_state *ps, int from, int to)
{
    for (int i = from; i <= to; i++)
        if (ps->tokens[i].tag == PENN_COMMA || ps->tokens[i].tag == PENN_CLOSE_QUOTE) return 1;
    return 0;
}

/* The nearest main (or reporting-free) clause before k. */
static int previous_main(const parse_state *ps, int k)
{
    for (int j = k - 1; j >= 0; j--)
        if (ps->clauses[j].type == CLAUSE_MAIN) return j;
    return k > 0 ? k - 1 : -1;
}

static int antecedent(const parse_state *ps, int marker)
{
    int p = phrase_at(ps, marker - 1);
    if (marker > 0 && ps->tokens[marker - 1].tag == PENN_COMMA) p = phrase_at(ps, marker - 2);
    return is_np(ps, p) ? ps->phrases[p].head : -1;
}

/* "Muttaqi, who began a visit to India on Thursday, told reporters ...":
 * a clause with no subject of its own, after a relative clause set off by
 * commas on the sentence's first noun phrase, has that noun phrase as its
 * subject. The head of that noun phrase, or -1. */
static int subject_before_relative(const parse_state *ps, int k)
{
    const ptoken *t = ps->tokens;
    if (k < 1) return -1;
    const clause *rel = &ps->clauses[0];
    if (rel->type != CLAUSE_REL || rel->marker < 2 || t[rel->marker - 1].tag != PENN_COMMA ||
        (t[rel->marker].tag != PENN_WP && t[rel->marker].tag != PENN_WDT))
        return -1;
    for (int j = 1; j < k; j++)
        if (ps->clauses[j].type == CLAUSE_MAIN) return -1;
    int v = ps->phrases[ps->clauses[k].verb_phrase].first - 1;
    while (v > 0 && penn_is_adv(t[v].tag)) v--;
    if (v < 1 || t[v].tag != PENN_COMMA) return -1;
    int np = phrase_at(ps, rel->marker - 2);
    if (!is_np(ps, np)) return -1;
    int first = ps->phrases[np].first;
    if (first != 0 && t[first - 1].tag != PENN_COMMA && t[first - 1].tag != PENN_POS) return -1;
    return antecedent(ps, rel->marker);
}

static void roles(parse_state *ps, const int *group)
{
    ptoken *t = ps->tokens;
    for (size_t k = 0; k < ps->n_clauses; k++) {
        clause *c = &ps->clauses[k];
        const phrase *vp = &ps->phrases[c->verb_phrase];
        int from = c->marker >= 0 ? c->marker + 1 : c->first;
        /* subject: the last noun phrase before the verb group */
        int s = vp->first > from ? first_np_between(ps, group, from, vp->first - 1, 1) : -1;
        if (s >= 0) c->subject = ps->phrases[s].head;
        else if (c->type == CLAUSE_MAIN && subject_before_relative(ps, (int)k) >= 0)
            c->subject = subject_before_relative(ps, (int)k);
        else if (c->type == CLAUSE_REL && c->marker >= 0 && t[c->marker].tag != PENN_WPS) c->subject = c->marker;
        else if (c->type == CLAUSE_REL && c->marker < 0) {
            /* a reduced relative: the noun phrase before it (a comma between) */
            int np = phrase_at(ps, vp->first - 1);
            if (!is_np(ps, np) && vp->first > 1 && t[vp->first - 1].tag == PENN_COMMA) np = phrase_at(ps, vp->first - 2);
            if (is_np(ps, np)) c->subject = ps->phrases[np].head;
        } else if (vp->first > from && from >= 3 && t[from - 1].tag == PENN_IN && is_np(ps, phrase_at(ps, from)) &&
                   is_np(ps, phrase_at(ps, from - 2))) {
            /* the noun a place or an owner follows, the clause having
               started at the place: "..., officials in Kyiv said" */
            int np = phrase_at(ps, from - 2);
            if (ps->phrases[np].first > 0 && t[ps->phrases[np].first - 1].tag == PENN_COMMA) c->subject = ps->phrases[np].head;
        }
        /* object: a noun phrase right after the verb group (particles and adverbs may come between) */
        int i = vp->last + 1;
        while (i <= c->last && (t[i].tag == PENN_RP || (t[i].chunk == CHUNK_ADVP && !(t[i].tag == PENN_WRB))))
            i++;
        int o = phrase_at(ps, i);
        /* (not a span of time before "after" or "ago": "said, a day after
           talks collapsed") */
        int span_of_time = is_np(ps, o) && ps->phrases[o].last + 1 < (int)ps->n &&
                           in_list(&t[ps->phrases[o].head], time_spans, 0) &&
                           in_list(&t[ps->phrases[o].last + 1], span_ends, 0);
        /* (nor a day alone: "..., the Israeli military said Sunday") */
        span_of_time |= is_np(ps, o) && ps->phrases[o].first == ps->phrases[o].last &&
                        in_list(&t[ps->phrases[o].head], days_alone, 0);
        if (i <= c->last && is_np(ps, o) && ps->phrases[o].first == i && !(c->flags & PH_PASSIVE) && !span_of_time)
            c->object = ps->phrases[group[o]].head;
        /* "no" before the object, or before the subject of a passive,
           negates the verb: "have held no direct peace talks", "no legal
           text has been signed" */
        if ((c->object >= 0 && is_np(ps, o) && form_is(&t[ps->phrases[o].first], "no")) ||
            ((c->flags & PH_PASSIVE) && s >= 0 && form_is(&t[ps->phrases[s].first], "no")))
            c->flags |= PH_NEGATED;
        /* "Y, said X": the subject comes after a reporting verb at the end */
        /* (not "..., and said the cabinet would not meet": a verb after
           the noun phrase makes it the subject of what was said) */
        int after_np = is_np(ps, o) ? ps->phrases[o].last + 1 : -1;
        int verb_after = after_np >= 0 && (size_t)after_np < ps->n &&
                         (t[after_np].tag == PENN_MD || t[after_np].tag == PENN_VBD || t[after_np].tag == PENN_VBZ ||
                          t[after_np].tag == PENN_VBP);
        /* (never "told": "..., told reporters" has its subject before) */
        if (c->subject < 0 && is_say(&t[c->verb]) && t[c->verb].tag != PENN_VBG && !lemma_is(&t[c->verb], "tell") &&
            k > 0 && is_np(ps, o) &&
            ps->phrases[o].first == i && has_comma_or_quote(ps, c->first, vp->first - 1) && !verb_after) {
            c->subject = ps->phrases[group[o]].head;
            c->object = -1;
            c->type = CLAUSE_REPORTING;
        }
    }
    /* types and parents */
    for (size_t k = 0; k < ps->n_clauses; k++) {
        clause *c = &ps->clauses[k];
        const phrase *vp = &ps->phrases[c->verb_phrase];
        int prev = (int)k - 1;
        switch (c->type) {
        case CLAUSE_INF:
            c->parent = prev;
            if (prev >= 0) {
                const clause *p = &ps->clauses[prev];
                c->subject = p->object >= 0 && p->object < vp->first ? p->object : p->subject;
                /* "to free the prisoners and to allow visits": the second
                   infinitive is the first's sibling, not its content */
                int sib = prev; /* (past a relative clause inside the first: "to free people detained since May and to ...") */
                while (sib >= 0 && ps->clauses[sib].type == CLAUSE_REL && ps->clauses[sib].parent < sib)
                    sib = ps->clauses[sib].parent;
                if (sib >= 0 && ps->clauses[sib].type == CLAUSE_INF && c->marker > 0 && t[c->marker - 1].tag == PENN_CC)
                    c->parent = ps->clauses[sib].parent, c->subject = ps->clauses[sib].subject;
            }
            break;
        case CLAUSE_REL:
            c->parent = prev >= 0 ? prev : (k == 0 && opening_reduced_passive(ps) ? 1 : -1);
            break;
        case CLAUSE_SUB:
            /* a subordinate clause before any main clause belongs to the one after it */
            c->parent = prev >= 0 ? prev : (k + 1 < ps->n_clauses ? (int)k + 1 : -1);
            /* (", that ..." after a relative clause set off by commas is the
               content of the verb before that clause: "told reporters after
               the talks, which lasted an hour, that Kyiv had proposed") */
            if (prev >= 0 && c->marker > 0 && form_is(&t[c->marker], "that") && t[c->marker - 1].tag == PENN_COMMA)
                while (c->parent >= 0 && ps->clauses[c->parent].type == CLAUSE_REL && ps->clauses[c->parent].marker > 0 &&
                       t[ps->clauses[c->parent].marker - 1].tag == PENN_COMMA && ps->clauses[c->parent].parent >= 0 &&
                       ps->clauses[c->parent].parent < c->parent)
                    c->parent = ps->clauses[c->parent].parent;
            break;
        case CLAUSE_REPORTING:
            c->parent = previous_main(ps, (int)k);
            break;
        case CLAUSE_MAIN:
            if (k == 0) break;
            {
                clause *p = &ps->clauses[prev];
                int cc = 0;
                for (int i = c->first; i < vp->first; i++) cc |= t[i].tag == PENN_CC;
                /* a comma or closing quote between the two verb groups: "Y, X said", "“Y,” he wrote" */
                int comma = has_comma_or_quote(ps, ps->phrases[p->verb_phrase].last + 1, vp->first - 1);
                /* (or the last but a participle after a comma: "..., the
                   State Department said, announcing sanctions"; the
                   participle may have clauses of its own) */
                int last_clause = k + 1 == ps->n_clauses;
                /* (with clauses of its own after the participle: "...,
                   following a week of fighting since the Taliban returned") */
                if (k + 2 <= ps->n_clauses && !last_clause) {
                    const phrase *nv = &ps->phrases[ps->clauses[k + 1].verb_phrase];
                    last_clause = t[nv->first].tag == PENN_VBG && nv->first > 0 && t[nv->first - 1].tag == PENN_COMMA;
                }
                /* (or followed only by bare participles on its nouns, or by
                   a clause of time after a comma: "..., Qatar's prime
                   minister announced in Doha, after weeks of negotiations
                   mediated by Qatar", "..., the ministry said, a day after
                   talks collapsed") */
                /* (after "told" and its listener: "..., a senior official
                   told Reuters, but Washington made no commitment") */
                int after_verb = ps->phrases[c->verb_phrase].last + 1;
                if (lemma_is(&t[c->verb], "tell") && c->object >= 0 && phrase_at(ps, c->object) >= 0)
                    after_verb = ps->phrases[phrase_at(ps, c->object)].last + 1;
                if (!last_clause && comma && joined_clause_follows(ps, after_verb)) {
                    last_clause = 1; /* ("..., local media reported, and a student was killed") */
                } else if (!last_clause && comma && time_clause_follows(ps, ps->phrases[c->verb_phrase].last + 1)) {
                    last_clause = 1; /* ("..., Russian news agencies reported on Monday, a day
                                        after rebels led by HTS swept into Damascus") */
                } else if (!last_clause && comma) {
                    last_clause = 1;
                    for (size_t j = k + 1; j < ps->n_clauses && last_clause; j++) {
                        const clause *cj = &ps->clauses[j];
                        const phrase *nv = &ps->phrases[cj->verb_phrase];
                        int bare = nv->first == nv->last && (t[nv->first].tag == PENN_VBN || t[nv->first].tag == PENN_VBG);
                        int of_time = j == k + 1 && cj->marker > 0 && in_list(&t[cj->marker], span_ends, 0) &&
                                      (has_comma_or_quote(ps, ps->phrases[c->verb_phrase].last + 1, cj->marker - 1) ||
                                       only_times_between(ps, ps->phrases[c->verb_phrase].last + 1, cj->marker - 1));
                        last_clause = of_time || (bare && nv->first > 0 &&
                                                  (t[nv->first - 1].tag == PENN_NN || t[nv->first - 1].tag == PENN_NNS));
                        if (of_time) break; /* (the rest is the clause of time's) */
                    }
                }
                if (c->subject >= 0 && c->subject == subject_before_relative(ps, (int)k)) {
                    /* "Rwanda, which experts accuse of ..., welcomed ...":
                       the sentence's main clause */
                    c->parent = -1;
                } else if (p->type == CLAUSE_SUB && p->parent == (int)k) {
                    /* "After X met Y, Z said ..." */
                } else if (k == 1 && comma && !cc && c->subject >= 0 && p->subject < 0 && p->marker < 0 &&
                           t[ps->phrases[p->verb_phrase].first].tag == PENN_VBG && opening_participle(ps)) {
                    /* "Speaking in Ottawa on Monday, Trudeau accused ...":
                       the participle opening the sentence is an adverbial
                       clause of the main one after it, with its subject */
                    p->type = CLAUSE_SUB;
                    p->parent = (int)k;
                    p->subject = c->subject;
                } else if (k == 1 && p->type == CLAUSE_REL && opening_reduced_passive(ps)) {
                    /* "A bomb planted by rebels killed ...": the main verb, its
                       subject the noun phrase the participle follows (not in
                       a phrase opening the sentence: "In a statement issued
                       in Port Sudan, the ministry rejected ...") */
                    int vf = ps->phrases[p->verb_phrase].first;
                    if (t[0].tag != PENN_IN)
                        c->subject = ps->phrases[phrase_at(ps, vf - 1 - (t[vf - 1].tag == PENN_COMMA))].head;
                } else if (is_say(&t[c->verb]) && last_clause && comma && !cc &&
                           (c->object < 0 || lemma_is(&t[c->verb], "tell"))) {
                    /* (also "Y, X told reporters.", "Y, residents told Reuters.") */
                    c->type = CLAUSE_REPORTING; /* "Y, X said." */
                    c->parent = previous_main(ps, (int)k);
                } else if (cc && c->subject < 0 && p->type == CLAUSE_INF &&
                           (t[c->verb].tag == PENN_VB ||
                            (t[c->verb].tag == PENN_VBP && previous_main(ps, (int)k) >= 0 &&
                             t[ps->clauses[previous_main(ps, (int)k)].verb].tag != PENN_VBP))) {
                    /* a second infinitive under the same "to" (a present
                       verb cannot join a past one): "urged them to call off
                       the strike and join talks" */
                    c->type = CLAUSE_INF;
                    c->parent = p->parent, c->subject = p->subject, c->marker = p->marker;
                } else if (cc) {
                    c->parent = previous_main(ps, (int)k); /* coordinated: "met X and signed Y" */
                    if (c->subject < 0) c->subject = ps->clauses[c->parent].subject;
                } else if (c->subject < 0 && t[vp->first].tag == PENN_VBG && vp->first > 0 &&
                           t[vp->first - 1].tag == PENN_COMMA && previous_main(ps, (int)k) >= 0) {
                    /* "..., accusing Pretoria of ...": a participle after a
                       comma is the main clause's act, with its subject; after
                       "..., X said", X's ("..., the State Department said,
                       announcing sanctions") */
                    c->parent = p->type == CLAUSE_REPORTING ? (int)k - 1 : previous_main(ps, (int)k);
                    /* (after what a speaker said, a participle not of
                       saying goes on with what was said: "the army said it
                       had taken the palace, driving out the RSF") */
                    if (p->type == CLAUSE_SUB && p->parent == c->parent && p->subject >= 0 && !is_say(&t[c->verb]) &&
                        is_say(&t[ps->clauses[c->parent].verb]) &&
                        (p->marker < 0 || form_is(&t[p->marker], "that")))
                        c->parent = (int)k - 1;
                    c->subject = ps->clauses[c->parent].subject;
                } else if (is_say(&t[p->verb]) || p->object < 0) {
                    c->type = CLAUSE_SUB; /* "X said Y would ..." */
                    c->parent = prev;
                } else {
                    c->parent = previous_main(ps, (int)k);
                }
            }
            break;
        }
    }
}

/* ---- links ----------------------------------------------------------------- */

static void link_clauses(parse_state *ps, int *root)
{
    ptoken *t = ps->tokens;
    for (size_t k = 0; k < ps->n_clauses; k++) {
        clause *c = &ps->clauses[k];
        int v = c->verb;
        int parent_verb = c->parent >= 0 ? ps->clauses[c->parent].verb : -1;
        switch (c->type) {
        case CLAUSE_MAIN:
            if (c->parent < 0 && *root < 0) {
                link(&t[v], -1, DEP_ROOT);
                *root = v;
            } else {
                link(&t[v], parent_verb >= 0 ? parent_verb : *root, DEP_CONJ);
                for (int i = c->first; i < ps->phrases[c->verb_phrase].first; i++)
                    if (t[i].tag == PENN_CC) link(&t[i], v, DEP_CC);
            }
            break;
        case CLAUSE_SUB: {
            int complement = c->marker < 0 || form_is(&t[c->marker], "that") || form_is(&t[c->marker], "whether") ||
                             form_is(&t[c->marker], "if");
            link(&t[v], parent_verb, complement && c->parent < (int)k ? DEP_CCOMP : DEP_ADVCL);
            if (c->marker >= 0) link(&t[c->marker], v, DEP_MARK);
            break;
        }
        case CLAUSE_REL: {
            if (c->marker < 0) { /* reduced: "a highway linking ..." */
                link(&t[v], c->subject, DEP_ACL);
                break;
            }
            int a = antecedent(ps, c->marker);
            link(&t[v], a >= 0 ? a : parent_verb, a >= 0 ? DEP_ACL_RELCL : DEP_ADVCL);
            if (c->subject == c->marker) link(&t[c->marker], v, DEP_NSUBJ);
            else if (t[c->marker].tag == PENN_WPS) link(&t[c->marker], v, DEP_NMOD_POSS);
            else link(&t[c->marker], v, DEP_OBJ);
            break;
        }
        case CLAUSE_INF: {
            const clause *p = c->parent >= 0 ? &ps->clauses[c->parent] : NULL;
            int before = c->marker - 1;
            int noun = before >= 0 && is_np(ps, phrase_at(ps, before)) &&
                       ps->phrases[phrase_at(ps, before)].head != (p ? p->object : -1);
            if (noun) link(&t[v], ps->phrases[phrase_at(ps, before)].head, DEP_ACL);
            else link(&t[v], parent_verb, DEP_XCOMP);
            break;
        }
        case CLAUSE_REPORTING:
            link(&t[v], parent_verb, DEP_PARATAXIS);
            break;
        }
        if (t[v].head == -2) link(&t[v], -1, DEP_ROOT);
        if (c->subject >= 0 && c->subject != c->marker && t[c->subject].clause == (int)k && t[c->subject].head == -2)
            link(&t[c->subject], v, c->flags & PH_PASSIVE ? DEP_NSUBJ_PASS : DEP_NSUBJ);
        if (c->object >= 0 && t[c->object].head == -2) link(&t[c->object], v, DEP_OBJ);
    }
}

/* The head of the noun phrase right before token k, -1. */
static int noun_before_of(const parse_state *ps, int k)
{
    int before = phrase_at(ps, k - 1);
    return is_np(ps, before) ? ps->phrases[before].head : -1;
}

/* Prepositional phrases: "by" after a passive is the agent, "according to X"
 * names a speaker, "of" attaches to the noun before it, others to the verb. */
static void link_prepositions(parse_state *ps)
{
    ptoken *t = ps->tokens;
    for (size_t p = 0; p < ps->n_phrases; p++) {
        const phrase *pp = &ps->phrases[p];
        if (pp->type != CHUNK_PP) continue;
        int q = phrase_at(ps, pp->last + 1);
        int k = t[pp->first].clause;
        clause *c = k >= 0 ? &ps->clauses[k] : NULL;
        int verb = c ? c->verb : -1;
        if (!is_np(ps, q) || ps->phrases[q].first != pp->last + 1) {
            if (t[pp->first].head == -2 && verb >= 0) link(&t[pp->first], verb, DEP_ADVMOD);
            continue;
        }
        int head = ps->phrases[q].head;
        link(&t[pp->first], head, DEP_CASE);
        /* "according to Iran's foreign ministry": the speaker is the noun
           the possessive chain ends in, whatever the possessive is linked to */
        if (form_is(&t[pp->first], "according") && c) {
            int r = q;
            while (t[ps->phrases[r].last].tag == PENN_POS) {
                int next = phrase_at(ps, ps->phrases[r].last + 1);
                if (!is_np(ps, next) || ps->phrases[next].first != ps->phrases[r].last + 1) break;
                r = next;
            }
            c->speaker = ps->phrases[r].head;
            if (t[c->speaker].head == -2) link(&t[c->speaker], verb >= 0 ? verb : noun_before_of(ps, pp->first), DEP_OBL);
            continue;
        }
        if (t[head].head != -2) continue;
        int before = phrase_at(ps, pp->first - 1);
        int noun_before = is_np(ps, before) ? ps->phrases[before].head : -1;
        if (form_is(&t[pp->first], "by") && c && (c->flags & PH_PASSIVE) && pp->first > c->verb) {
            link(&t[head], verb, DEP_OBL_AGENT);
            c->agent = head;
        } else if (noun_before >= 0 && (form_is(&t[pp->first], "of") || verb < 0 ||
                                         ((form_is(&t[pp->first], "between") || form_is(&t[pp->first], "among")) &&
                                          noun_before != (c ? c->subject : -1)))) {
            link(&t[head], noun_before, DEP_NMOD);
        } else if (verb >= 0) {
            link(&t[head], verb, DEP_OBL);
        } else if (noun_before >= 0) {
            link(&t[head], noun_before, DEP_NMOD);
        }
    }
}

/* Who said it: a reporting clause names the speaker of the clause it reports;
 * a clause under a "say" verb is said by that verb's subject. */
/* Is subordinate clause c what the writer adds to a reported one, not part
 * of what was said: a contrast after a comma, or a clause of time measured
 * from a span after a comma ("..., days after ...")? */
static int writers_background(const parse_state *ps, const clause *c)
{
    const ptoken *t = ps->tokens;
    if (c->type != CLAUSE_SUB || c->marker < 2) return 0;
    int m = c->marker;
    /* a contrast: "X said it was ready to help, while Peru sent troops" */
    if (t[m - 1].tag == PENN_COMMA && (form_is(&t[m], "while") || form_is(&t[m], "whereas"))) return 1;
    /* a clause set off after the reporting clause: "..., residents said, as
       the military pressed an offensive", "..., Oman said on Tuesday after
       mediating between the two sides" */
    if (c->parent >= 0 && ps->clauses[c->parent].type == CLAUSE_REPORTING &&
        (t[m - 1].tag == PENN_COMMA || in_list(&t[m], span_ends, 0)))
        return 1;
    /* a span of time: "..., days after Iran fired missiles at Israel" */
    if (!form_is(&t[m], "after") && !form_is(&t[m], "before")) return 0;
    int i = m - 1;
    if (!in_list(&t[i], time_spans, 0)) return 0;
    for (i--; i > 0 && (t[i].tag == PENN_DT || t[i].tag == PENN_CD || t[i].tag == PENN_JJ); i--) {
    }
    return t[i].tag == PENN_COMMA;
}

static void speakers(parse_state *ps)
{
    for (size_t k = 0; k < ps->n_clauses; k++) {
        clause *c = &ps->clauses[k];
        if (c->type == CLAUSE_REPORTING && c->parent >= 0 && ps->clauses[c->parent].speaker < 0)
            ps->clauses[c->parent].speaker = c->subject;
        /* (not a clause of time on the verb of saying: "Trump had warned
           when he hosted Milei at the White House that ...") */
        static const char *const when[] = {"when", "after", "before", "while", "since", "until", "once", NULL};
        int of_time = c->marker >= 0 && in_list(&ps->tokens[c->marker], when, 0);
        if (c->type == CLAUSE_SUB && c->parent >= 0 && c->parent < (int)k && !writers_background(ps, c) && !of_time &&
            reports(ps, ps->clauses[c->parent].verb) && c->speaker < 0)
            c->speaker = ps->clauses[c->parent].subject;
    }
    /* clauses below a reported one share its speaker, but for what the
       writer adds (writers_background) */
    for (size_t k = 0; k < ps->n_clauses; k++) {
        clause *c = &ps->clauses[k];
        if (writers_background(ps, c)) c->flags |= PH_WRITERS;
        /* (nor a main clause after a reporting clause in mid-sentence,
           which reports only what came before it: "..., local media
           reported, and a student was killed") */
        int after_report = c->type == CLAUSE_MAIN && k > 0 && ps->clauses[k - 1].type == CLAUSE_REPORTING;
        /* (but a participle with no subject of its own goes on with the
           speaker's act: "..., Kanaani said on Saturday, rejecting U.S.
           accusations": the speaker's) */
        if (after_report && c->speaker < 0 && (c->subject < 0 || c->subject == ps->clauses[k - 1].subject) && c->verb >= 0 && ps->tokens[c->verb].tag == PENN_VBG) {
            c->speaker = ps->clauses[k - 1].subject;
            continue;
        }
        if (c->speaker < 0 && c->parent >= 0 && c->type != CLAUSE_REPORTING &&
            ps->clauses[c->parent].type != CLAUSE_REPORTING && !writers_background(ps, c) && !after_report)
            c->speaker = ps->clauses[c->parent].speaker;
    }
}

/* Everything still unattached goes to its clause's verb (or the root). */
static void link_rest(parse_state *ps, int root)
{
    ptoken *t = ps->tokens;
    for (size_t i = 0; i < ps->n; i++) {
        if (t[i].head != -2 || (int)i == root) continue;
        int k = t[i].clause;
        int to = k >= 0 ? ps->clauses[k].verb : root;
        if (to < 0 || to == (int)i) to = root;
        if (to == (int)i || to < 0) {
            link(&t[i], -1, DEP_ROOT);
            continue;
        }
        dep_rel rel = DEP_DEP;
        if (penn_is_punct(t[i].tag)) rel = DEP_PUNCT;
        else if (t[i].chunk == CHUNK_ADVP) rel = DEP_ADVMOD;
        else if (t[i].chunk == CHUNK_ADJP) rel = DEP_XCOMP;
        else if (t[i].tag == PENN_RP) rel = DEP_COMPOUND_PRT;
        else if (t[i].tag == PENN_CC) rel = DEP_CC;
        else if (t[i].tag == PENN_EX) rel = DEP_EXPL;
        else if (t[i].chunk == CHUNK_NP && in_list(&t[i], time_words, 0)) rel = DEP_OBL;
        else if (t[i].chunk == CHUNK_NP && (int)i > to && k >= 0 && ps->clauses[k].object < 0 &&
                 t[i].phrase >= 0 && ps->phrases[t[i].phrase].head == (int)i) {
            rel = DEP_OBJ;
            ps->clauses[k].object = (int)i;
        }
        link(&t[i], to, rel);
    }
}

void clause_sentence(parse_state *ps)
{
    ps->n_clauses = 0;
    if (ps->n == 0) return;
    int stack_group[64];
    int *group = ps->n_phrases <= 64 ? stack_group : dyad_xmalloc(ps->n_phrases * sizeof *group);
    link_noun_phrases(ps, group);
    for (size_t p = 0; p < ps->n_phrases; p++)
        if (ps->phrases[p].type == CHUNK_VP) add_clause(ps, (int)p);
    int root = -1;
    if (ps->n_clauses == 0) {
        /* no verb: the first noun phrase (or word) is the root */
        for (size_t p = 0; p < ps->n_phrases && root < 0; p++)
            if (ps->phrases[p].type == CHUNK_NP) root = ps->phrases[p].head;
        if (root < 0) root = 0;
        link(&ps->tokens[root], -1, DEP_ROOT);
    } else {
        for (size_t k = 0; k < ps->n_clauses; k++) find_marker(ps, (int)k);
        set_ranges(ps, group);
        roles(ps, group);
        link_clauses(ps, &root);
        if (root < 0) root = ps->clauses[0].verb;
        link_prepositions(ps);
        speakers(ps);
    }
    link_rest(ps, root);
    if (group != stack_group) free(group);
}

const char *clause_name(clause_type type)
{
    static const char *const names[] = {"main", "sub", "rel", "inf", "reporting"};
    return (unsigned)type < sizeof names / sizeof *names ? names[type] : "?";
}

const char *dep_name(dep_rel rel)
{
    static const char *const names[DEP_COUNT] = {
        [DEP_NONE] = "_", [DEP_ROOT] = "root", [DEP_NSUBJ] = "nsubj", [DEP_NSUBJ_PASS] = "nsubj:pass",
        [DEP_OBJ] = "obj", [DEP_IOBJ] = "iobj", [DEP_OBL] = "obl", [DEP_OBL_AGENT] = "obl:agent",
        [DEP_NMOD] = "nmod", [DEP_NMOD_POSS] = "nmod:poss", [DEP_AMOD] = "amod", [DEP_NUMMOD] = "nummod",
        [DEP_DET] = "det", [DEP_COMPOUND] = "compound", [DEP_FLAT] = "flat", [DEP_APPOS] = "appos",
        [DEP_CASE] = "case", [DEP_MARK] = "mark", [DEP_AUX] = "aux", [DEP_AUX_PASS] = "aux:pass",
        [DEP_COP] = "cop", [DEP_ADVMOD] = "advmod", [DEP_CC] = "cc", [DEP_CONJ] = "conj",
        [DEP_CCOMP] = "ccomp", [DEP_XCOMP] = "xcomp", [DEP_ADVCL] = "advcl", [DEP_ACL] = "acl",
        [DEP_ACL_RELCL] = "acl:relcl", [DEP_PARATAXIS] = "parataxis", [DEP_COMPOUND_PRT] = "compound:prt",
        [DEP_PUNCT] = "punct", [DEP_DEP] = "dep", [DEP_EXPL] = "expl", [DEP_FIXED] = "fixed",
    };
    return (unsigned)rel < DEP_COUNT && names[rel] ? names[rel] : "dep";
}
