/* mention.c - actor mentions in a sentence: every dictionary actor and
 * agent phrase (longest match first, through dict_match.c), agents joined to
 * the actor they belong to, and compounds grouped.
 *
 * Joining, as the field's coders do it:
 *   "Gondor's foreign minister", "Gondorian troops", "the Gondor army":
 *       an actor followed by an agent in the same noun phrase -> actor+agent
 *   "the foreign minister of Gondor", "troops from Gondor":
 *       an agent, of/from/for (the), an actor -> actor+agent
 *   "the ministry" with no actor: "---" + agent ("---GOV").
 * A compound is two or more mentions separated only by commas, "and", "or",
 * "as well as" and determiners: "Arnor, Gondor and the Shire". */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder.h"


static int is_determiner(const coder_sentence *s, int t)
{
    return coder_word_is(s, t, "the") || coder_word_is(s, t, "a") || coder_word_is(s, t, "an") || coder_word_is(s, t, "both") ||
           coder_word_is(s, t, "its") || coder_word_is(s, t, "their");
}

static int tag_is_adjective(const coder_sentence *s, int t)
{
    const char *name = dyad_tag_name(s->parses[t].tag);
    return name[0] == 'J' && name[1] == 'J';
}

static int is_modifier(const coder_sentence *s, int t)
{
    unsigned tag = s->parses[t].tag;
    const char *name = dyad_tag_name(tag);
    /* (a gerund inside a noun phrase too: "Thailand's acting premier") */
    return is_determiner(s, t) || !strcmp(name, "JJ") || !strcmp(name, "JJR") || !strcmp(name, "JJS") ||
           !strcmp(name, "VBN") || !strcmp(name, "CD") || (!strcmp(name, "VBG") && s->parses[t].chunk == 1 /* NP */);
}

/* Agents are nouns: "diplomat", not "diplomatic". */
static int is_noun(const coder_sentence *s, int t)
{
    const char *tag = dyad_tag_name(s->parses[t].tag);
    return tag[0] == 'N' && tag[1] == 'N';
}

/* Is token t the main verb of a clause (even if tagged VBN, as in "Israeli
 * forces killed three militants")? */
static int is_clause_verb(const coder_sentence *s, int t)
{
    int c = s->parses[t].clause;
    return c >= 0 && (size_t)c < s->n_clauses && s->clauses[c].verb == t;
}

/* An agent is a noun ("diplomat", not "diplomatic"): its last word must be
 * tagged as one, or be the dictionary word itself or its plural (the tagger
 * may err: "Libya's ambassador five years ago"). */
static int agent_fits(const dict_set *set, const dict_matcher *m, const coder_sentence *s, const dict_match *dm)
{
    int last = (int)(dm->first + dm->count - 1 - (dm->possessive != 0));
    /* a role word before a noun modifies it: "military aid", "official visit" */
    if (!dm->possessive && dm->count == 1 && tag_is_adjective(s, last) && (size_t)last + 1 < s->n && is_noun(s, last + 1) && !is_clause_verb(s, last + 1) &&
        !dict_match_at(m, (const char *const *)s->words, s->lens, s->n, (size_t)last + 1, &(dict_match){0}))
        return 0;
    if (is_noun(s, last)) return 1;
    const dict_phrase *ph = &set->phrases[dm->phrase];
    if (!ph->words.count) return 0;
    const char *w = dict_string(set, set->words[ph->words.first + ph->words.count - 1].text);
    return s->lens[last] <= strlen(w) + 2;
}

/* Tokens a..b (inclusive) only join a compound: , and or "as well as".
 * Returns 0 when they do not, 1 for commas alone, 2 with a conjunction. */
static int compound_gap(const coder_sentence *s, int a, int b)
{
    int joiner = 0;
    if (a > b) return 0;
    for (int t = a; t <= b; t++) {
        if (coder_word_is(s, t, ","))
            joiner = joiner ? joiner : 1;
        else if (coder_word_is(s, t, "and") || coder_word_is(s, t, "or") || coder_word_is(s, t, "nor") || coder_word_is(s, t, "&"))
            joiner = 2;
        else if (coder_word_is(s, t, "as") && coder_word_is(s, t + 1, "well") && coder_word_is(s, t + 2, "as")) joiner = 2, t += 2;
        else if (joiner == 2 && !strcmp(dyad_tag_name(s->parses[t].tag), "PRP$") &&
                 (coder_word_is(s, t, "his") || coder_word_is(s, t, "her") || coder_word_is(s, t, "its") || coder_word_is(s, t, "their")))
            continue; /* "the Danish minister and his Greenlandic counterpart" */
        else if (!is_modifier(s, t)) return 0; /* "Arnor and the evil awful Gondor" */
    }
    return joiner;
}

/* Tokens a..b (inclusive) may lie inside one noun phrase between two names:
 * determiners, adjectives (joined by and/or: "awful and evil"), nouns,
 * numbers, a possessive. */
static int np_gap(const coder_sentence *s, int a, int b)
{
    if (b - a + 1 > 5) return 0;
    for (int t = a; t <= b; t++) {
        const char *tag = dyad_tag_name(s->parses[t].tag);
        if (is_clause_verb(s, t)) return 0; /* "The United States suspended military aid" */
        if ((coder_word_is(s, t, "and") || coder_word_is(s, t, "or")) && t > a && t < b && tag_is_adjective(s, t - 1) &&
            tag_is_adjective(s, t + 1))
            continue;
        if (!is_modifier(s, t) && !(tag[0] == 'N' && tag[1] == 'N') && strcmp(tag, "POS") != 0) return 0;
    }
    return 1;
}

static int is_of(const coder_sentence *s, int t)
{
    return coder_word_is(s, t, "of") || coder_word_is(s, t, "from") || coder_word_is(s, t, "in");
}

/* Tokens a..b-1 link an agent to the actor at b: "of", "from the", "in". */
static int of_link(const coder_sentence *s, int a, int b)
{
    if (a >= b || !is_of(s, a)) return 0;
    for (int t = a + 1; t < b; t++)
        if (!is_determiner(s, t)) return 0;
    return 1;
}

/* A noun phrase's names: its first actor (or none) and its agents. */
typedef struct {
    int first, last;
    int actor;             /* -1: none */
    int agents[4], n_agents; /* more than four agents in one phrase: the rest are dropped */
    int people;            /* the actor named in the plural: "Palestinians", "Kenyans" */
    int group;
} unit;

/* A short form used as an adjective: "U.S.", "UK", "EU" ("U.S. and
 * British warplanes"). */
static int short_form(const coder_sentence *s, int t)
{
    size_t n = s->lens[t], caps = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s->words[t][i];
        if (c >= 'A' && c <= 'Z') caps++;
        else if (c == '.') dots++;
        else return 0;
    }
    return caps >= 2 && caps <= 3 && (dots == 0 || dots == caps);
}

/* A word that looks like a nationality adjective: Kenyan, Israeli, Chinese,
 * Thai, Kyrgyz ... (-an, -ian, -i, -ese, -ish, -ic, -ch): the tagger may
 * call it a proper noun. */
static int adjective_name(const coder_sentence *s, int t)
{
    const char *w = s->words[t];
    size_t n = s->lens[t];
    static const char *const ends[] = {"an", "i", "ese", "ish", "ic", "ch"};
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t e = strlen(ends[k]);
        if (n > e + 2 && !strncasecmp(w + n - e, ends[k], e)) return 1;
    }
    return 0;
}

/* "Palestinians", "Kenyans": an actor of dyad's own dictionaries (one with
 * a country) named by a one-word name in the plural means its people. */
static int plural_people(const dict_set *set, const coder_sentence *s, const dict_match *dm)
{
    const dict_actor *a = &set->actors[dm->index];
    const dict_phrase *ph = &set->phrases[dm->phrase];
    if (!a->country || ph->words.count != 1 || dm->count != 1) return 0;
    const dict_word *w = &set->words[ph->words.first];
    size_t wl = strlen(dict_string(set, w->text)), tl = s->lens[dm->first];
    /* the word and -s or -es (also after a stem: "Ugandan*" in "Ugandans") */
    if (tl > wl && tl - wl <= 2 && (s->words[dm->first][tl - 1] == 's' || s->words[dm->first][tl - 1] == 'S')) return 1;
    /* a demonym that is its own plural, counted: "hundreds of young
       Togolese", "thousands of Sudanese" (not before a noun: "thousands of
       Sudanese refugees") */
    int t = (int)dm->first, next = t + 1;
    if ((size_t)next < s->n && (is_noun(s, next) || tag_is_adjective(s, next))) return 0;
    for (int i = t - 1; i >= 1 && i >= t - 3; i--) {
        if (!coder_word_is(s, i, "of")) continue;
        static const char *const counts[] = {"hundreds", "thousands", "dozens", "millions", "tens", "scores", NULL};
        for (int k = 0; counts[k]; k++)
            if (coder_word_is(s, i - 1, counts[k])) return 1;
    }
    return 0;
}

static int place_word(const coder_sentence *s, int t)
{
    /* not "near" or "across": "deployed troops near the Somali border" */
    return coder_word_is(s, t, "in") || coder_word_is(s, t, "outside") || coder_word_is(s, t, "throughout");
}

/* The country where the sentence places things: the first actor of dyad's
 * own dictionaries (one with a country) after "in" (or "outside",
 * "throughout"). Its actors[] index, -1. */
static int sentence_place(const dict_set *set, const coder_sentence *s, const unit *units, size_t n_units, int *from)
{
    *from = 0;
    for (size_t k = 0; k < n_units; k++) {
        if (units[k].actor < 0 || units[k].n_agents || !set->actors[units[k].actor].country) continue;
        /* "in Dakar", "in northern Nigeria", "in the Kenyan capital", "outside
           the Burkinabe town of Barsalogho" */
        int t = units[k].first - 1;
        while (t >= 0 && t >= units[k].first - 3 && !place_word(s, t) && is_modifier(s, t)) t--;
        if (t >= 0 && place_word(s, t)) return units[k].actor;
    }
    /* else the one country every actor of the sentence belongs to, named
       before the agents it lends itself to ("Nigeria's unions threatened the
       government": NGAGOV; not "The ministry praised Kenya") */
    int one = -1;
    dict_str country = 0;
    for (size_t k = 0; k < n_units; k++) {
        if (units[k].actor < 0) continue;
        dict_str c = set->actors[units[k].actor].country;
        if (!c) return -1;
        if (one < 0) one = units[k].actor, country = c, *from = units[k].last + 1;
        else if (strcmp(dict_string(set, c), dict_string(set, country)) != 0) return -1;
    }
    /* a sentence that names no actor at all: the country of the article's
       dateline ("BELGRADE, March 9 - Police fired tear gas at protesters") */
    if (one < 0) one = s->article_place;
    /* (and that one country, when it is the dateline's, lends itself to the
       agents before it too: "CHISINAU - Police said they had detained five
       residents of the southern region of Gagauzia") */
    else if (s->article_place >= 0 && set->actors[s->article_place].country &&
             !strcmp(dict_string(set, set->actors[s->article_place].country), dict_string(set, country)))
        *from = 0;
    return one;
}

/* "ousted Syrian President Bashar al-Assad": in dyad's own dictionaries a
 * country (a country and no sector) followed in its phrase by an actor of
 * that country with a sector of its own (a person, a party, a group): the
 * later one is the more exact, with its dated code (SYRELI, not SYRGOV). */
static int names_person_of(const dict_set *set, int country_actor, int actor)
{
    const dict_actor *c = &set->actors[country_actor], *a = &set->actors[actor];
    /* (a sector given, or dated codes that carry one: "Georgian Dream") */
    int specific = a->sector || (a->codes.count && strlen(dict_string(set, set->codes[a->codes.first].code)) > 3);
    return c->country && !c->sector && a->country && specific &&
           strcmp(dict_string(set, c->country), dict_string(set, a->country)) == 0;
}

/* Is unit u only agents of a society's own people (opposition, civilians,
 * students, workers, doctors, farmers), who are seldom abroad? */
static int domestic(const dict_set *set, const unit *u)
{
    static const char *const sectors[] = {"OPP", "CVL", "EDU", "LAB", "HLH", "AGR", NULL};
    if (u->actor >= 0 || !u->n_agents) return 0;
    const char *code = dict_string(set, set->agents[u->agents[u->n_agents - 1]].code);
    for (int k = 0; sectors[k]; k++)
        if (!strcmp(code, sectors[k])) return 1;
    return 0;
}

/* Is unit u only an organ of a state (government, military, courts,
 * parliament, intelligence) named as known, "the army", "the prime
 * minister's office"? */
static int definite_organ(const dict_set *set, const coder_sentence *s, const unit *u)
{
    static const char *const sectors[] = {"GOV", "MIL", "JUD", "LEG", "SPY", NULL};
    if (u->actor >= 0 || !u->n_agents || u->first < 1 || !coder_word_is(s, u->first - 1, "the")) return 0;
    const char *code = dict_string(set, set->agents[u->agents[u->n_agents - 1]].code);
    for (int k = 0; sectors[k]; k++)
        if (!strcmp(code, sectors[k])) return 1;
    return 0;
}

/* The actor of dyad's own dictionaries (one with a country) that is the
 * subject of the sentence's first main clause, -1; only a state or one of
 * its organs (not "the Houthis", whose act on Israel the Israeli military
 * reports). */
static int main_subject_actor(const dict_set *set, const coder_sentence *s, const unit *units, size_t n_units)
{
    static const char *const state_sectors[] = {"GOV", "MIL", "JUD", "LEG", "SPY", "COP", NULL};
    for (size_t c = 0; c < s->n_clauses; c++) {
        if (s->clauses[c].type != DYAD_CLAUSE_MAIN) continue;
        int t = s->clauses[c].subject;
        for (size_t k = 0; t >= 0 && k < n_units; k++) {
            if (units[k].first > t || t > units[k].last) continue;
            const dict_actor *a = units[k].actor >= 0 ? &set->actors[units[k].actor] : NULL;
            if (!a || !a->country) return -1;
            int state = !a->sector;
            for (int j = 0; !state && state_sectors[j]; j++) state = !strcmp(dict_string(set, a->sector), state_sectors[j]);
            return state ? units[k].actor : -1;
        }
        return -1;
    }
    return -1;
}

/* The nearest actor of dyad's own dictionaries (one with a country) named
 * before unit j in j's clause, -1. */
static int country_before(const dict_set *set, const coder_sentence *s, const unit *units, size_t j)
{
    int clause = s->parses[units[j].first].clause;
    for (size_t k = j; k-- > 0;) {
        if (s->parses[units[k].first].clause != clause) return -1;
        if (units[k].actor >= 0 && set->actors[units[k].actor].country) return units[k].actor;
    }
    return -1;
}

/* Does the 3-letter block `b` already occur in code (at a multiple of 3)? */
static int has_block(const char *code, size_t len, const char *b, size_t blen)
{
    for (size_t i = 0; i + blen <= len; i += 3)
        if (memcmp(code + i, b, blen) == 0) return 1;
    return 0;
}

int coder_after_possessive(const coder_sentence *s, int t)
{
    static const char *const collectives[] = {"group", "movement", "militia", "organisation", "organization",
                                              "party", "alliance", "rebels", "militants", NULL};
    if (t >= 3 && (coder_word_is(s, t - 1, "'s") || coder_word_is(s, t - 1, "'")) && coder_lemma_in(s, t - 2, collectives) &&
        coder_word_is(s, t - 3, "the"))
        return 1;
    return coder_word_is(s, t - 1, "its") || coder_word_is(s, t - 1, "their") || coder_word_is(s, t - 1, "his") ||
           coder_word_is(s, t - 1, "her");
}

/* Adds the mention of actor `actor` with the agents of u (agent codes added
 * block by block, leaving out blocks the code already has: USAGOV + GOV is
 * USAGOV). */
static void add_mention(const dict_set *set, const coder_sentence *s, coder_mentions *out, const unit *u, int actor,
                        int first, int last, int place, int place_from)
{
    /* an agent with no actor of its own belongs to the country where the
       sentence places it ("protesters ... in Dakar": SENCVL) */
    const char *actor_code = NULL;
    int placed = 0; /* the actor is only the country the agent is placed in */
    /* (not a voice a possessive gives an owner: "his spokesman said in
       New York" is Guterres's) */
    static const char *const voices[] = {"spokesman", "spokeswoman", "spokesperson", "office", "aide", "lawyer",
                                         "envoy", NULL};
    int owned = first > 0 && coder_lemma_in(s, last, voices) && coder_after_possessive(s, first);
    if (actor < 0 && u->n_agents && place >= 0 && first >= place_from && !owned) {
        placed = 1;
        actor = place; /* its country, not its own code: villagers where the RSF fight are SDNCVL */
        actor_code = dict_string(set, set->actors[place].country);
    }
    if (!actor_code) actor_code = actor >= 0 ? dict_actor_code(set, (uint32_t)actor, s->date) : "---";
    if (!actor_code || !*actor_code) return; /* no code valid on this date */
    DYAD_GROW(out->items, out->cap, out->n + 1);
    coder_mention *m = &out->items[out->n];
    *m = (coder_mention){first, last, actor, u->n_agents ? u->agents[0] : -1, 0, u->group, 0, 0, 0};
    dbuf code = {0};
    for (int k = 0; k < u->n_agents; k++) { /* prefix agents: NGO + ARN */
        const char *pc = dict_string(set, set->agents[u->agents[k]].code);
        if (set->agents[u->agents[k]].position == DICT_AGENT_PREFIX && strncmp(actor_code, pc, strlen(pc)) != 0)
            dbuf_puts(&code, pc);
    }
    dbuf_puts(&code, actor_code);
    if (u->people && !u->n_agents && actor == u->actor && !has_block(code.data, code.len, "CVL", 3))
        dbuf_puts(&code, "CVL"); /* the people of a country: its civilians */
    /* dyad's own dictionaries: an actor with a sector of its own (a person,
       party, armed group or organisation) is itself whatever role word comes
       with it ("a Hamas delegation" PSEINS, "RSF fighters" SDNREB, "the
       ICC's prosecutor" IGOICC); and of two role words the civilians' is the
       vaguer ("student protesters" EDU, "opposition supporters" OPP) */
    const dict_actor *da = actor >= 0 ? &set->actors[actor] : NULL;
    const char *own_sector = da && da->sector && !placed ? dict_string(set, da->sector) : NULL;
    /* an actor of dyad's own dictionaries whose code already names a sector
       ("SDNREB" for the RSF, "USAMIL" for the Pentagon) is that sector too */
    if (!own_sector && da && da->country && !placed && strlen(actor_code) >= 6 && strncmp(actor_code, "IGO", 3) != 0)
        own_sector = actor_code + 3;
    int suffixes = 0, aligned = -1, civilian = 0;
    for (int k = 0; k < u->n_agents; k++) {
        const dict_agent *ag = &set->agents[u->agents[k]];
        if (ag->position == DICT_AGENT_PREFIX) continue;
        suffixes++;
        civilian += !strcmp(dict_string(set, ag->code), "CVL");
        const char *ac = dict_string(set, ag->code);
        if (aligned < 0 && (!strcmp(ac, "OPP") || !strcmp(ac, "REB") || !strcmp(ac, "INS") || !strcmp(ac, "SEP")))
            aligned = k;
    }
    /* "opposition lawmakers", "rebel fighters": of two role words, the
       side the actor takes is what its code says (dyad's own dictionaries) */
    if (suffixes < 2 || !(da && da->country)) aligned = -1;
    for (int k = 0; k < u->n_agents; k++) {
        const dict_agent *ag = &set->agents[u->agents[k]];
        const char *agent_code = dict_string(set, ag->code);
        if (ag->position == DICT_AGENT_PREFIX) continue;
        if (suffixes > civilian && civilian && da && da->country && !strcmp(agent_code, "CVL")) continue;
        if (aligned >= 0 && k != aligned) continue;
        /* an organisation's leaders, envoys, officials and judges are the
           organisation: "G7 leaders" IGOG07, "the U.N. envoy" IGOUNO, "the
           ICC's prosecutor" IGOICC (its peacekeepers are IGOUNOPKO) */
        if (!strncmp(actor_code, "IGO", 3) && (!strcmp(agent_code, "GOV") || !strcmp(agent_code, "JUD"))) continue;
        /* a person or group is its own sector */
        if (own_sector && strcmp(own_sector, "IGO") != 0) continue;
        const char *ac = dict_string(set, ag->code);
        size_t al = strlen(ac);
        for (size_t i = 0; i < al; i += 3) {
            size_t bl = al - i < 3 ? al - i : 3;
            if (!has_block(code.data, code.len, ac + i, bl)) dbuf_append(&code, ac + i, bl);
        }
    }
    m->code = (uint32_t)out->codes.len;
    dbuf_append(&out->codes, code.data, code.len);
    dbuf_putc(&out->codes, '\0');
    dbuf_free(&code);
    out->n++;
}

/* A former office holder is one of the elites (ELI): "a former transport
 * minister", "the ex-army chief". When "former" or "ex" stands up to two
 * words before the agent at token first and the agent holds an office (GOV,
 * LEG, MIL, JUD, COP), returns the set's ELI agent, else -1. */
static int former_holder(const dict_set *set, const coder_sentence *s, int first, int agent)
{
    const char *code = dict_string(set, set->agents[agent].code);
    if (strcmp(code, "GOV") && strcmp(code, "LEG") && strcmp(code, "MIL") && strcmp(code, "JUD") && strcmp(code, "COP"))
        return -1;
    int former = 0;
    for (int t = first - 1; t >= 0 && t >= first - 3 && !former; t--) {
        former = coder_word_is(s, t, "former") || coder_word_is(s, t, "ex") ||
                 (s->lens[t] > 3 && !strncasecmp(s->words[t], "ex-", 3));
        if (!former && !is_modifier(s, t) && !is_noun(s, t)) break;
    }
    if (!former) return -1;
    for (size_t k = 0; k < set->n_agents; k++)
        if (!strcmp(dict_string(set, set->agents[k].code), "ELI")) return (int)k;
    return -1;
}

/* ---- references within the sentence ----------------------------------------
 * An object pronoun ("urging them to lift sanctions", "barred her from
 * running", "locked them up") and "both sides", "the two countries" stand
 * for an actor named before them in the sentence: the latest compatible
 * mention, preferring one that is a clause's subject or object over one
 * inside a prepositional phrase, and never the subject of the pronoun's own
 * clause (that would be "themselves"). Each becomes a mention of the
 * antecedent's code covering the pronoun's words. Possessives ("its
 * troops") and references across sentences are left to the article level. */

enum { REF_THING, REF_PERSON, REF_PLURAL, REF_PAIR };

static int tag_starts(const coder_sentence *s, int t, const char *prefix)
{
    return t >= 0 && (size_t)t < s->n && !strncmp(dyad_tag_name(s->parses[t].tag), prefix, strlen(prefix));
}

/* The kind of reference at token t and its length in tokens, or -1. */
static int reference_at(const coder_sentence *s, int t, int *len)
{
    static const char *const sides[] = {"sides", "countries", "governments", "leaders", "parties", "nations",
                                        "neighbours", "neighbors", "rivals", NULL};
    *len = 1;
    int pair = coder_word_is(s, t, "both") || (coder_word_is(s, t, "the") && coder_word_is(s, t + 1, "two"));
    if (pair) {
        int n = coder_word_is(s, t, "both") ? 1 : 2;
        for (int k = 0; sides[k]; k++)
            if (coder_word_is(s, t + n, sides[k])) {
                *len = n + 1;
                return REF_PAIR;
            }
        return -1;
    }
    if (!tag_starts(s, t, "PRP") || tag_starts(s, t, "PRP$") || t < 1) return -1;
    /* an object: right after a verb, a particle or a preposition, and not
       the subject of a clause after it ("suggested it should ...") */
    if (!(tag_starts(s, t - 1, "VB") || tag_starts(s, t - 1, "IN") || tag_starts(s, t - 1, "TO") ||
          tag_starts(s, t - 1, "RP")) ||
        tag_starts(s, t + 1, "MD") || tag_starts(s, t + 1, "VB"))
        return -1;
    if (coder_word_is(s, t, "it")) return REF_THING;
    if (coder_word_is(s, t, "him") || coder_word_is(s, t, "her")) return REF_PERSON;
    if (coder_word_is(s, t, "them")) return REF_PLURAL;
    return -1;
}

/* Does mention m fit a reference of this kind? size: how many mentions its
 * compound has. */
static int fits_reference(const dict_set *set, const coder_sentence *s, const coder_mentions *ms, const coder_mention *m,
                          int kind, int size)
{
    int plural = tag_starts(s, m->last, "NNS") || tag_starts(s, m->last, "NNPS");
    int organisation = m->actor >= 0 && (!set->actors[m->actor].sector || !strncmp(coder_mention_code(ms, m), "IGO", 3) ||
                                        !strncmp(coder_mention_code(ms, m), "NGO", 3));
    switch (kind) {
    case REF_PAIR:
        return size == 2;
    case REF_PLURAL:
        return plural || size >= 2;
    case REF_PERSON:
        return !plural && !organisation && size == 1;
    default:
        return !plural && size == 1 && (organisation || m->actor < 0);
    }
}

/* Is mention m a clause's subject or object (core[t]: token t is one)? */
static int core_argument(const unsigned char *core, const coder_mention *m)
{
    for (int t = m->first; t <= m->last; t++)
        if (core[t]) return 1;
    return 0;
}

/* The mention a subject pronoun at token t of clause ci stands for when ci
 * is what the clause above it reports ("said it would", "told a rally that
 * he had"): that clause's subject, if it fits (he, she: a person; it: a country or organisation;
 * they: a plural or a compound), else -1. */
static int speaker_of(const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int ci, int t,
                      const int *size, int n_size)
{
    static const struct { const char *word; int kind; } pronouns[] = {
        {"he", REF_PERSON}, {"she", REF_PERSON}, {"it", REF_THING}, {"they", REF_PLURAL}};
    int kind = -1;
    for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns && kind < 0; k++)
        if (coder_word_is(s, t, pronouns[k].word)) kind = pronouns[k].kind;
    if (kind < 0 || !tag_starts(s, t, "PRP") || ci < 0 || (size_t)ci >= s->n_clauses) return -1;
    /* (only what is reported: a "that" clause or one with no marker, not a
       relative clause: "areas it seized") */
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type != DYAD_CLAUSE_SUB || (cl->marker >= 0 && !coder_word_is(s, cl->marker, "that"))) return -1;
    int up = s->clauses[ci].parent;
    if (up < 0 || (size_t)up >= s->n_clauses || s->clauses[up].subject < 0) return -1;
    int m = coder_mention_at(ms, s->clauses[up].subject);
    /* (a reference made in this sentence has a group no named mention
       counted: size 0) */
    if (m < 0 || ms->items[m].group < 0 ||
        !fits_reference(set, s, ms, &ms->items[m], kind, ms->items[m].group < n_size ? size[ms->items[m].group] : 0))
        return -1;
    return m;
}

/* For "the two leaders" at token t (len tokens: t..t+len-1 is covered by
 * the caller's loop) with no compound of two before it: the two latest
 * single mentions before t that are a clause's subject or object, with
 * different codes, become a pair of references of group `group`. Returns 1
 * when it added them. */
static int pair_of_arguments(const coder_sentence *s, coder_mentions *ms, size_t named, int t,
                             const unsigned char *core, const int *size, int group)
{
    int pair[2], n = 0;
    for (size_t k = named; n < 2 && k-- > 0;) {
        const coder_mention *m = &ms->items[k];
        /* (named actors, not role words alone: "Belarus massed troops near
           the two countries' border" is not Belarus and the troops) */
        if (m->first < 0 || m->last >= t || m->group < 0 || size[m->group] != 1 || m->reference || m->actor < 0 ||
            !core_argument(core, m))
            continue;
        if (n == 1 && !strcmp(coder_mention_code(ms, m), coder_mention_code(ms, &ms->items[pair[0]]))) continue;
        pair[n++] = (int)k;
    }
    if (n < 2) return 0;
    int len;
    reference_at(s, t, &len);
    for (int j = 1; j >= 0; j--) {
        DYAD_GROW(ms->items, ms->cap, ms->n + 1);
        ms->items[ms->n] = ms->items[pair[j]];
        ms->items[ms->n].first = t, ms->items[ms->n].last = t + len - 1;
        ms->items[ms->n].group = group, ms->items[ms->n].reference = 1;
        ms->n++;
        coder_set_antecedent(ms, (int)ms->n - 1, s, ms->items[pair[j]].first, ms->items[pair[j]].last, NULL);
    }
    return 1;
}

/* "his country" or "her country" ("territory", "homeland") at token t: the
 * country of the latest person named before it, preferring a clause's
 * subject or object ("Zelenskiy told NATO that Russian missiles were
 * destroying his country's power plants": UKR). ("its territory" is left
 * alone: "Russia said Ukraine attacked its territory".) Adds the mention
 * (the possessive clitic included) and returns 1, or returns 0. */
static int own_country(const dict_set *set, const coder_sentence *s, coder_mentions *ms, size_t named, int t,
                       const unsigned char *core, int *next_group)
{
    static const char *const owners[] = {"his", "her", NULL};
    static const char *const lands[] = {"country", "territory", "homeland", NULL};
    if ((size_t)t + 1 >= s->n || !coder_lemma_in(s, t, owners) || coder_mention_at(ms, t + 1) >= 0) return 0;
    int land = 0;
    for (int k = 0; lands[k]; k++) land |= coder_word_is(s, t + 1, lands[k]);
    if (!land) return 0;
    int best = -1, best_core = 0;
    for (size_t k = named; !best_core && k-- > 0;) {
        const coder_mention *m = &ms->items[k];
        const dict_actor *a = m->actor >= 0 ? &set->actors[m->actor] : NULL;
        /* (a person: an actor with a sector of its own, named in the singular) */
        if (m->first < 0 || m->last >= t || !a || !a->country || !a->sector || tag_starts(s, m->last, "NNS") ||
            !strncmp(coder_mention_code(ms, m), "IGO", 3) || !strncmp(coder_mention_code(ms, m), "NGO", 3))
            continue;
        int is_core = core_argument(core, m);
        if (best < 0 || (is_core && !best_core)) best = (int)k, best_core = is_core;
    }
    if (best < 0) return 0;
    const char *country = dict_string(set, set->actors[ms->items[best].actor].country);
    if (strlen(country) != 3) return 0;
    DYAD_GROW(ms->items, ms->cap, ms->n + 1);
    coder_mention *m = &ms->items[ms->n];
    *m = ms->items[best];
    m->first = t, m->last = coder_word_is(s, t + 2, "'s") ? t + 2 : t + 1;
    m->agent = -1, m->group = (*next_group)++, m->reference = 1;
    m->code = (uint32_t)ms->codes.len;
    dbuf_puts(&ms->codes, country);
    dbuf_putc(&ms->codes, '\0');
    ms->n++;
    coder_set_antecedent(ms, (int)ms->n - 1, s, ms->items[best].first, ms->items[best].last, NULL);
    return 1;
}

int coder_mention_order(const void *a, const void *b)
{
    const coder_mention *x = a, *y = b;
    if (x->first != y->first) return (x->first > y->first) - (x->first < y->first);
    return (x->code > y->code) - (x->code < y->code);
}

static void resolve_references(const dict_set *set, const coder_sentence *s, coder_mentions *ms)
{
    size_t named = ms->n;
    int next_group = 0;
    for (size_t k = 0; k < named; k++)
        if (ms->items[k].group >= next_group) next_group = ms->items[k].group + 1;
    if (!named || s->n < 2) return;
    /* computed once: each compound's size, the clauses' subjects and objects */
    int n_size = next_group;
    int *size = dyad_xmalloc((size_t)next_group * sizeof *size);
    memset(size, 0, (size_t)next_group * sizeof *size);
    for (size_t k = 0; k < named; k++)
        if (ms->items[k].group >= 0) size[ms->items[k].group]++;
    unsigned char *core = dyad_xmalloc(s->n);
    memset(core, 0, s->n);
    for (size_t k = 0; k < s->n_clauses; k++) {
        if (s->clauses[k].subject >= 0 && (size_t)s->clauses[k].subject < s->n) core[s->clauses[k].subject] = 1;
        if (s->clauses[k].object >= 0 && (size_t)s->clauses[k].object < s->n) core[s->clauses[k].object] = 1;
    }
    for (int t = 1; (size_t)t < s->n; t++) {
        if (own_country(set, s, ms, named, t, core, &next_group)) {
            t++;
            continue;
        }
        int len, kind = reference_at(s, t, &len);
        int ci = s->parses[t].clause, own_subject = ci >= 0 && (size_t)ci < s->n_clauses ? s->clauses[ci].subject : -1;
        int best = -1, best_core = 0;
        /* the subject of a clause that reports or continues another is that
           clause's subject: "Ruto told a rally that he had forgiven the
           protesters", "Iran said it would retaliate" */
        int speaker = kind < 0 && own_subject == t ? speaker_of(set, s, ms, ci, t, size, n_size) : -1;
        if (speaker >= 0) kind = REF_THING, best = speaker, best_core = 1;
        if (kind < 0 || coder_mention_at(ms, t) >= 0) continue;
        for (size_t k = named; !best_core && k-- > 0;) {
            const coder_mention *m = &ms->items[k];
            if (m->first < 0 || m->last >= t || m->group < 0 || !fits_reference(set, s, ms, m, kind, size[m->group]))
                continue;
            if (own_subject >= m->first && own_subject <= m->last) continue;
            int is_core = core_argument(core, m);
            if (best < 0 || (is_core && !best_core)) best = (int)k, best_core = is_core;
        }
        /* a pair with no compound of two before it: the two actors last
           named as a clause's subject and object ("Trump hosted Putin ...,
           and the two leaders held talks") */
        if (best < 0 && kind == REF_PAIR && pair_of_arguments(s, ms, named, t, core, size, next_group)) {
            next_group++;
            t += len - 1;
            continue;
        }
        if (best < 0) continue;
        /* the antecedent's whole compound for "them" and "both sides" */
        int group = ms->items[best].group;
        for (size_t k = 0; k < named; k++) {
            const coder_mention *m = &ms->items[k];
            if (m->group != group || (kind != REF_PLURAL && kind != REF_PAIR && (int)k != best)) continue;
            DYAD_GROW(ms->items, ms->cap, ms->n + 1);
            ms->items[ms->n] = ms->items[k];
            ms->items[ms->n].first = t, ms->items[ms->n].last = t + len - 1, ms->items[ms->n].group = next_group;
            ms->items[ms->n].reference = 1;
            ms->n++;
            coder_set_antecedent(ms, (int)ms->n - 1, s, m->first, m->last, NULL);
        }
        next_group++;
        t += len - 1;
    }
    free(size);
    free(core);
    if (ms->n > named) qsort(ms->items, ms->n, sizeof *ms->items, coder_mention_order);
}

/* Is token t an acronym: 2 to 6 capital letters ("RSF", "BLA")? */
static int acronym(const coder_sentence *s, int t)
{
    size_t n = s->lens[t];
    if (n < 2 || n > 6) return 0;
    for (size_t i = 0; i < n; i++)
        if (s->words[t][i] < 'A' || s->words[t][i] > 'Z') return 0;
    return 1;
}

/* Are the initials of mention m's capitalised words the acronym at t
 * ("Rapid Support Forces" and "RSF")? */
static int initials_are(const coder_sentence *s, const coder_mention *m, int t)
{
    size_t k = 0;
    for (int i = m->first; i <= m->last; i++) {
        unsigned char c = (unsigned char)s->words[i][0];
        if (c < 'A' || c > 'Z') continue;
        if (k >= s->lens[t] || s->words[t][k] != (char)c) return 0;
        k++;
    }
    return k == s->lens[t] && k >= 2;
}

/* An acronym after the full name in the same sentence is that name's actor,
 * whatever the dictionaries make of it alone ("the Rapid Support Forces
 * ..., as the RSF pressed an offensive": not Reporters Without Borders),
 * and a mention where the dictionaries have none ("the Baloch Liberation
 * Army's attacks ..., the BLA said"). */
static void resolve_acronyms(const coder_sentence *s, coder_mentions *ms)
{
    size_t named = ms->n;
    int next_group = 0;
    for (size_t k = 0; k < named; k++)
        if (ms->items[k].group >= next_group) next_group = ms->items[k].group + 1;
    for (int t = 1; (size_t)t < s->n; t++) {
        if (!acronym(s, t)) continue;
        int here = coder_mention_at(ms, t);
        if (here >= 0 && (ms->items[here].first != t || ms->items[here].last != t)) continue;
        for (size_t k = 0; k < named; k++) {
            const coder_mention *full = &ms->items[k];
            if (full->first < 0 || full->last >= t || full->last == full->first || !initials_are(s, full, t)) continue;
            /* (the acronym given in brackets right after the name is the
               name again, no second mention: "the European Union (EU)") */
            if (full->last == t - 2 && s->lens[t - 1] == 1 && s->words[t - 1][0] == '(') break;
            if (here >= 0) {
                ms->items[here].actor = full->actor, ms->items[here].agent = full->agent;
                ms->items[here].code = full->code;
            } else {
                DYAD_GROW(ms->items, ms->cap, ms->n + 1);
                ms->items[ms->n] = *full;
                ms->items[ms->n].first = ms->items[ms->n].last = t;
                ms->items[ms->n].group = next_group++;
                ms->n++;
            }
            break;
        }
    }
    if (ms->n > named) qsort(ms->items, ms->n, sizeof *ms->items, coder_mention_order);
}

void coder_find_mentions(const dict_set *set, const dict_matcher *m, const coder_sentence *s, coder_mentions *out)
{
    out->n = 0;
    dbuf_clear(&out->codes);
    /* 1. names, longest first; agents only where they are nouns */
    unit *units = NULL;
    size_t n_units = 0, cap_units = 0;
    for (size_t i = 0; i < s->n;) {
        dict_match dm;
        if (!dict_match_at(m, (const char *const *)s->words, s->lens, s->n, i, &dm) ||
            (dm.kind == DICT_MATCH_AGENT && !agent_fits(set, m, s, &dm))) {
            i++;
            continue;
        }
        int first = (int)dm.first, last = (int)(dm.first + dm.count - 1);
        /* (a person's name after "the town of" names the town: "seized the
           town of Masisi" is no president of Botswana) */
        static const char *const towns[] = {"town", "city", "village", "district", "province", NULL};
        if (dm.kind == DICT_MATCH_ACTOR && first >= 2 && coder_word_is(s, first - 1, "of") &&
            coder_lemma_in(s, first - 2, towns) && set->actors[dm.index].sector && set->actors[dm.index].country) {
            i += dm.count;
            continue;
        }
        unit *u = n_units ? &units[n_units - 1] : NULL;
        /* 2. one unit per noun phrase: "Bree Prime Minister Romendacil" */
        if (!u || !np_gap(s, u->last + 1, first - 1)) {
            DYAD_GROW(units, cap_units, n_units + 1);
            u = &units[n_units++];
            *u = (unit){first, last, -1, {0}, 0, 0, (int)n_units - 1};
        }
        u->last = last;
        if (dm.kind == DICT_MATCH_ACTOR) {
            if (u->actor < 0) u->actor = (int)dm.index, u->people = plural_people(set, s, &dm);
            else if (names_person_of(set, u->actor, (int)dm.index)) u->actor = (int)dm.index, u->people = 0;
        } else if (u->n_agents < 4) {
            int former = former_holder(set, s, first, (int)dm.index);
            u->agents[u->n_agents++] = former >= 0 ? former : (int)dm.index;
        }
        i += dm.count;
    }
    /* 3. compounds: units of one clause separated only by , and or; a list
     * joined by commas alone ("Somalia, the Kenyan ministry said") is no
     * compound: one of its gaps must hold "and", "or" or "nor" */
    /* a name set off by commas after the last of a list closed by "and"
     * names that one: "Abiy Ahmed and Somaliland's leader, Muse Bihi Abdi,
     * signed" is two parties, not three */
    for (size_t k = 2; k < n_units; k++) {
        int after = units[k].last + 1;
        if (compound_gap(s, units[k - 1].last + 1, units[k].first - 1) != 1 ||
            compound_gap(s, units[k - 2].last + 1, units[k - 1].first - 1) != 2 || !coder_word_is(s, after, ",") ||
            (size_t)after + 1 >= s->n || strcmp(dyad_tag_name(s->parses[units[k].last].tag), "NNP") != 0)
            continue;
        const char *next = dyad_tag_name(s->parses[after + 1].tag);
        if (next[0] != 'V' && strcmp(next, "MD") != 0) continue;
        units[k - 1].last = units[k].last;
        if (units[k - 1].actor < 0) units[k - 1].actor = units[k].actor;
        memmove(&units[k], &units[k + 1], (n_units - k - 1) * sizeof *units);
        n_units--;
        for (size_t j = k; j < n_units; j++) units[j].group = (int)j;
    }
    int *conj = dyad_xmalloc((n_units + 1) * sizeof *conj);
    for (size_t k = 1; k < n_units; k++) {
        int gap = compound_gap(s, units[k - 1].last + 1, units[k].first - 1);
        conj[k] = gap == 2;
        if (gap && s->parses[units[k - 1].first].clause == s->parses[units[k].first].clause)
            units[k].group = units[k - 1].group;
    }
    for (size_t k = 0; k < n_units;) {
        size_t end = k, any = 0;
        while (end + 1 < n_units && units[end + 1].group == units[k].group) any |= (size_t)conj[++end];
        if (!any)
            for (size_t j = k + 1; j <= end; j++) units[j].group = (int)j;
        k = end + 1;
    }
    free(conj);
    int place_from;
    int place = sentence_place(set, s, units, n_units, &place_from);
    /* "Ukrainian and Russian officials", "U.S. and British warplanes": the
       last member's agents belong to the adjectives before it too */
    for (size_t k = 0; k + 1 < n_units; k++) {
        size_t end = k;
        while (end + 1 < n_units && units[end + 1].group == units[k].group) end++;
        /* (the next member with a country and a role word: "U.S. and British
           warplanes and warships") */
        for (size_t j = k; j < end; j++) {
            size_t from = j + 1;
            while (from <= end && !(units[from].n_agents && units[from].actor >= 0)) from++;
            if (from <= end && units[j].actor >= 0 && !units[j].n_agents && units[j].first == units[j].last &&
                (tag_is_adjective(s, units[j].last) || adjective_name(s, units[j].last) ||
                 short_form(s, units[j].last))) {
                for (int g = 0; g < units[from].n_agents; g++) units[j].agents[g] = units[from].agents[g];
                units[j].n_agents = units[from].n_agents;
            }
        }
        k = end;
    }
    /* 4. mentions: an agent-only compound before "of / in (the)" and an actor
     * compound takes each of its actors ("the ambassadors of Arnor and Gondor");
     * an agent-only member of a compound takes its neighbour's actor ("Danish
     * media and government") */
    for (size_t k = 0; k < n_units;) {
        size_t end = k;
        while (end + 1 < n_units && units[end + 1].group == units[k].group) end++;
        int all_agents = 1;
        for (size_t j = k; j <= end; j++)
            if (units[j].actor >= 0) all_agents = 0;
        size_t next = end + 1;
        /* "its ambassador from Uganda": the agent is the subject's own, "from
           Uganda" goes with the verb */
        int owned = units[end].first > 0 && (coder_word_is(s, units[end].first - 1, "its") ||
                                             coder_word_is(s, units[end].first - 1, "their") ||
                                             coder_word_is(s, units[end].first - 1, "his") ||
                                             coder_word_is(s, units[end].first - 1, "her"));
        int of_next = !owned && next < n_units && of_link(s, units[end].last + 1, units[next].first);
        if (all_agents && of_next) {
            {
                size_t nend = next;
                while (nend + 1 < n_units && units[nend + 1].group == units[next].group) nend++;
                for (size_t j = k; j <= end; j++)
                    for (size_t a = next; a <= nend; a++) {
                        unit u = units[j];
                        for (int g = 0; g < units[a].n_agents && u.n_agents < 4; g++) u.agents[u.n_agents++] = units[a].agents[g];
                        add_mention(set, s, out, &u, units[a].actor, units[j].first, units[a].last, place, place_from);
                    }
                k = nend + 1;
                continue;
            }
        }
        for (size_t j = k; j <= end; j++) {
            if (units[j].first < 0) continue; /* joined to the agent before it */
            int actor = units[j].actor;
            /* "Ithilen and the government of Gondor": the last member, an
               agent alone, takes the actor after "of" */
            if (actor < 0 && j == end && of_next) {
                unit u = units[j];
                for (int g = 0; g < units[next].n_agents && u.n_agents < 4; g++) u.agents[u.n_agents++] = units[next].agents[g];
                add_mention(set, s, out, &u, units[next].actor, units[j].first, units[next].last, place, place_from);
                units[next].first = -1;
                continue;
            }
            for (size_t d = 1; actor < 0 && d <= end - k; d++) {
                if (j >= k + d && units[j - d].actor >= 0) actor = units[j - d].actor;
                else if (j + d <= end && units[j + d].actor >= 0) actor = units[j + d].actor;
            }
            /* people of a society with no country of their own, where the
               sentence places nothing, belong to the country named before
               them in their clause: "Cuba began releasing political
               prisoners after ..." (CUBOPP); not a noun's modifier ("a
               prisoner exchange") */
            /* "the army", "the prime minister's office" in a sentence about
               a state are that state's, wherever the sentence places them:
               "Israel rejected the ruling, and the prime minister's office
               said the army would keep fighting Hamas in Rafah" */
            if (actor < 0 && definite_organ(set, s, &units[j])) {
                int subject = main_subject_actor(set, s, units, n_units);
                if (subject >= 0) {
                    add_mention(set, s, out, &units[j], -1, units[j].first, units[j].last, subject, 0);
                    continue;
                }
            }
            int modifier = (size_t)units[j].last + 1 < s->n && dyad_tag_name(s->parses[units[j].last + 1].tag)[0] == 'N';
            if (actor < 0 && !modifier && (place < 0 || units[j].first < place_from)) {
                int near = domestic(set, &units[j]) ? country_before(set, s, units, j) : -1;
                if (near >= 0) {
                    add_mention(set, s, out, &units[j], -1, units[j].first, units[j].last, near, 0);
                    continue;
                }
            }
            add_mention(set, s, out, &units[j], actor, units[j].first, units[j].last, place, place_from);
        }
        k = end + 1;
    }
    free(units);
    resolve_acronyms(s, out);
    resolve_references(set, s, out);
}

int coder_add_code_mention(coder_mentions *ms, const char *code)
{
    DYAD_GROW(ms->items, ms->cap, ms->n + 1);
    ms->items[ms->n] = (coder_mention){-1, -2, -1, -1, (uint32_t)ms->codes.len, -1 - (int)ms->n, 0, 0, 0};
    dbuf_puts(&ms->codes, code);
    dbuf_putc(&ms->codes, '\0');
    return (int)ms->n++;
}

int coder_mention_at(const coder_mentions *ms, int t)
{
    for (size_t k = 0; k < ms->n; k++)
        if (ms->items[k].first <= t && t <= ms->items[k].last) return (int)k;
    return -1;
}

void coder_mentions_free(coder_mentions *ms)
{
    free(ms->items);
    dbuf_free(&ms->codes);
    *ms = (coder_mentions){0};
}

void coder_set_antecedent(coder_mentions *ms, int m, const coder_sentence *s, int first, int last, const char *words)
{
    uint32_t at = (uint32_t)ms->codes.len;
    if (words) {
        dbuf_puts(&ms->codes, words);
    } else {
        for (int t = first; t <= last && t >= 0 && (size_t)t < s->n; t++) {
            if (t > first) dbuf_putc(&ms->codes, ' ');
            dbuf_append(&ms->codes, s->words[t], s->lens[t]);
        }
    }
    dbuf_putc(&ms->codes, '\0');
    ms->items[m].antecedent = at + 1;
}
