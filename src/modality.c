/* modality.c - whether a verb's act is asserted as done: the readings of
 * the clause around a verb that the coder asks before it codes an event.
 *
 * A verb in a condition ("if the United States attacked"), an act only
 * possible or imagined ("could blockade", "would open talks" with an "if",
 * "whether to send troops", "a deal to exchange hostages"), and the content
 * of a verb above it ("urged Kenya to sign", "demanded that ...", "accused
 * police of charging ...") are no events of their own; a cooperative act
 * announced or planned ("said it would send aid", "ready to hold talks") is
 * the intent to act, CAMEO 03. Works on the parse alone (coder.h's view of
 * a sentence); coder.c decides what to do with the answers. */
#include <string.h>

#include "coder.h"


/* Is there a modal among tokens first..end-1 whose lemma is one of words? */
static int modal_in(const coder_sentence *s, int first, int end, const char *const *words)
{
    for (int t = first; t < end; t++)
        if (!strcmp(dyad_tag_name(s->parses[t].tag), "MD") && coder_lemma_in(s, t, words)) return 1;
    return 0;
}

static const char *const future[] = {"will", "would", "shall", NULL};

/* Is there a modal of `words` before the verb at token t in its own
 * conjunct of clause cl? A bare verb after "and" shares the modal before it
 * ("will meet Xi and sign a deal"); a verb with its own tense does not ("had
 * held a call and would travel": "travel" has "would", "held" none). */
static int modal_in_conjunct(const coder_sentence *s, const dyad_clause *cl, int t, const char *const *words)
{
    for (int k = t - 1; k >= cl->first && k >= 0; k--) {
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if (!strcmp(tag, "MD")) {
            if (coder_lemma_in(s, k, words)) return 1;
            continue;
        }
        if (!strcmp(tag, "CC") && strcmp(dyad_tag_name(s->parses[t].tag), "VB") != 0) return 0;
    }
    return 0;
}

/* A "that" clause: its marker is "that", or "that" stands just before it
 * (the parser may attach it to the clause above). */
int coder_that_clause(const coder_sentence *s, int ci)
{
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type != DYAD_CLAUSE_SUB) return 0;
    if (cl->marker >= 0) return coder_word_is(s, cl->marker, "that");
    return cl->first > 0 && coder_word_is(s, cl->first - 1, "that");
}

/* An infinitive or a "that" clause: the content of the verb above it
 * ("urged Kenya to sign", "demanded that Russia withdraw"). */
int coder_complement(const coder_sentence *s, int ci)
{
    const dyad_clause *cl = &s->clauses[ci];
    if (coder_that_clause(s, ci)) return 1;
    if (cl->type == DYAD_CLAUSE_INF) return 1;
    /* a participle phrase of saying: "..., saying that", "..., calling it
       a recipe for war"; a participle of another act after a comma is an
       act of the subject's own: "..., accusing him of siding with" */
    if (cl->type == DYAD_CLAUSE_REL && cl->marker < 0 && cl->verb >= 0 &&
        !strcmp(dyad_tag_name(s->parses[cl->verb].tag), "VBG")) {
        static const char *const saying[] = {"say", "add", "note", "call", "describe", "cite", "argue", "claim",
                                             "insist", "state", "tell", "stress", "explain", "suggest", NULL};
        int v = cl->verb, comma = v > 0 && s->lens[v - 1] == 1 && s->words[v - 1][0] == ',';
        return !comma || coder_lemma_in(s, v, saying);
    }
    if (cl->type != DYAD_CLAUSE_SUB || cl->marker < 0) return 0;
    /* "demanded that ...", "accused X of charging ...", "praised X for
       supplying ...", "barred X from travelling ..."; not a span of time:
       "captured Goma after days of fighting with the army" */
    static const char *const spans[] = {"hours", "days", "weeks", "months", "years", "decades", "nights", "rounds",
                                        "night", "day", "week", "month", "year", NULL};
    int m = cl->marker;
    for (int k = 0; spans[k] && m > 0; k++)
        if (coder_word_is(s, m - 1, spans[k])) return 0;
    return coder_word_is(s, m, "that") || coder_word_is(s, m, "of") || coder_word_is(s, m, "for") ||
           coder_word_is(s, m, "from");
}

/* Is the act at token t only possible or imagined, not done? "the army
 * could blockade the ports", "it could have struck Russian airfields",
 * "the EU would open talks" (with an "if" or "unless" in the sentence, or
 * "Had Ukraine received ..."), "has not decided whether to send troops". */
static int clause_unreal(const coder_sentence *s, int ci, int t, int inverted)
{
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type == DYAD_CLAUSE_INF && cl->marker > 0 && coder_word_is(s, cl->marker - 1, "whether")) return 1;
    /* what a noun intends or allows is not done: "a deal to exchange
       hostages", "efforts to secure a ceasefire", "troops to quell the
       unrest" */
    if (cl->type == DYAD_CLAUSE_INF && cl->marker > 0) {
        const char *tag = dyad_tag_name(s->parses[cl->marker - 1].tag);
        if (!strcmp(tag, "NN") || !strcmp(tag, "NNS")) return 1;
        /* nor what is only due or expected: "was due to resume talks", "is
           set to visit", "is likely to meet" */
        static const char *const due[] = {"due", "set", "poised", "slated", "scheduled", "expected", "likely",
                                          "unlikely", "bound", NULL};
        for (int k = 0; due[k]; k++)
            if (coder_word_is(s, cl->marker - 1, due[k])) return 1;
    }
    int would = 0;
    for (int k = cl->first; k < t && k <= cl->last; k++) {
        if (strcmp(dyad_tag_name(s->parses[k].tag), "MD") != 0) continue;
        const char *l = s->lemmas[k];
        size_t n = s->lemma_lens[k];
        if ((n == 5 && (!strncmp(l, "could", 5) || !strncmp(l, "might", 5))) || (n == 3 && !strncmp(l, "may", 3)))
            return 1;
        if ((n == 5 && !strncmp(l, "would", 5)) || (n == 6 && !strncmp(l, "should", 6))) would = 1;
        if (coder_word_is(s, k + 1, "have") && k + 2 < (int)s->n &&
            !strcmp(dyad_tag_name(s->parses[k + 2].tag), "VBN"))
            return 1; /* "would have", "should have" */
    }
    if (!would) return 0;
    if (inverted) return 1;
    for (size_t k = 0; k < s->n_clauses; k++)
        if (s->clauses[k].type == DYAD_CLAUSE_SUB && s->clauses[k].marker >= 0 &&
            (coder_word_is(s, s->clauses[k].marker, "if") || coder_word_is(s, s->clauses[k].marker, "unless")))
            return 1;
    return 0;
}

/* An act weighed, not done: a gerund after "consider", "weigh", "discuss"
 * ("is considering recognising a Palestinian state"). */
static int weighed(const coder_sentence *s, int t)
{
    static const char *const weigh[] = {"consider", "weigh", "mull", "contemplate", "discuss", "explore", "debate",
                                        "study", "propose", "suggest", "envisage", "rule", NULL};
    if (t < 1 || strcmp(dyad_tag_name(s->parses[t].tag), "VBG") != 0) return 0;
    return coder_lemma_in(s, t - 1, weigh);
}

/* A prediction: "would" or "will" in a "that" clause under anything but a
 * verb of saying or promising ("was optimistic that parliament would approve
 * Sweden's bid", "expects that talks will resume"). What is said or promised
 * ("said it would send aid") is an intent or a threat, decided elsewhere. */
static int predicted(const coder_sentence *s, int ci, int t)
{
    const dyad_clause *cl = &s->clauses[ci];
    if (!coder_that_clause(s, ci) || cl->parent < 0 || (size_t)cl->parent >= s->n_clauses) return 0;
    int up = s->clauses[cl->parent].verb;
    static const char *const said[] = {"say", "announce", "state", "declare", "tell", "confirm", "pledge", "promise",
                                       "vow", "warn", "threaten", "insist", "assure", "add", "write", "report", NULL};
    if (up < 0 || coder_lemma_in(s, up, said)) return 0;
    return modal_in(s, cl->first, t < cl->last + 1 ? t : cl->last + 1, future);
}

/* Is clause ci a gerund clause marked by `marker` under one of `verbs`:
 * what someone is accused of ("three men accused of plotting ..."), what
 * someone is kept from doing ("stop him from entering the venue")? */
static int gerund_under(const coder_sentence *s, int ci, const char *marker, const char *const *verbs)
{
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type != DYAD_CLAUSE_SUB || cl->marker < 0 || !coder_word_is(s, cl->marker, marker) || cl->parent < 0 ||
        (size_t)cl->parent >= s->n_clauses)
        return 0;
    int up = s->clauses[cl->parent].verb;
    return up >= 0 && coder_lemma_in(s, up, verbs);
}

/* Is the act the noun at token t names the subject of a verb only
 * possible or planned: "Gulf funding for Lebanon's reconstruction would
 * depend on the election", "a ceasefire could take effect"? */
int coder_noun_unreal(const coder_sentence *s, int t)
{
    static const char *const modals[] = {"would", "could", "might", "may", NULL};
    int ci = s->parses[t].clause;
    if (strncmp(dyad_tag_name(s->parses[t].tag), "NN", 2) != 0 || ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->verb <= t || cl->subject < t) return 0;
    for (int k = cl->verb - 1; k > t; k--) {
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if (!strcmp(tag, "MD")) return coder_lemma_in(s, k, modals);
        if (strcmp(tag, "RB") != 0 && tag[0] != 'V') return 0;
    }
    return 0;
}

int coder_unreal(const coder_sentence *s, int t)
{
    if (weighed(s, t)) return 1;
    if (s->parses[t].clause >= 0 && (size_t)s->parses[t].clause < s->n_clauses && predicted(s, s->parses[t].clause, t))
        return 1;
    /* "Had Uganda praised Kenya, ...": the inverted condition itself */
    int inverted = coder_word_is(s, 0, "had") || coder_word_is(s, 0, "were") || coder_word_is(s, 0, "should");
    if (inverted) {
        int comma = 0;
        for (int k = 0; k < t && !comma; k++) comma = s->lens[k] == 1 && s->words[k][0] == ',';
        if (!comma) return 1;
    }
    /* the verb's clause, and the clauses it is the content of: "a decision
       to let Ukraine strike Russian territory" (strike under an unreal let) */
    int ci = s->parses[t].clause;
    for (int depth = 0; depth < 4 && ci >= 0 && (size_t)ci < s->n_clauses; depth++) {
        const dyad_clause *cl = &s->clauses[ci];
        if (clause_unreal(s, ci, depth ? cl->verb : t, inverted)) return 1;
        int content = cl->type == DYAD_CLAUSE_INF || (cl->type == DYAD_CLAUSE_SUB && cl->marker < 0);
        /* (and a participle on a noun of an infinitive: "is due to travel
           to Brasilia for a state visit hosted by Lula") */
        content |= cl->type == DYAD_CLAUSE_REL && cl->marker < 0 && cl->parent >= 0 &&
                   (size_t)cl->parent < s->n_clauses && s->clauses[cl->parent].type == DYAD_CLAUSE_INF;
        /* what someone is accused of is alleged, not done: "three men
           accused of plotting to assassinate the president" (the
           accusation is the event) */
        static const char *const accuse[] = {"accuse", "suspect", "charge", "convict", NULL};
        static const char *const stop[] = {"stop", "prevent", "bar", "ban", "block", "keep", "prohibit", "deter", NULL};
        /* (and what someone thinks of or talks about doing is only weighed:
           "was thinking of imposing tariffs") */
        static const char *const weigh[] = {"think", "talk", "dream", "speak", NULL};
        if (gerund_under(s, ci, "of", accuse) || gerund_under(s, ci, "from", stop) || gerund_under(s, ci, "of", weigh) ||
            gerund_under(s, ci, "about", weigh))
            return 1;
        /* what is set aside for another act is not done: "could respond
           through allied groups rather than by striking Israel directly",
           "instead of attacking" */
        if (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0) {
            int m = cl->marker;
            if (coder_word_is(s, m, "than") || coder_word_is(s, m - 1, "than") ||
                (coder_word_is(s, m, "of") && coder_word_is(s, m - 1, "instead")))
                return 1;
            /* (a gerund under a verb only possible shares its mode: "could
               respond by striking", "would free all hostages, in exchange
               for Israel releasing 250 Palestinians") */
            if (!strcmp(dyad_tag_name(s->parses[m].tag), "IN") && cl->verb >= 0 &&
                !strcmp(dyad_tag_name(s->parses[cl->verb].tag), "VBG") && cl->parent >= 0 && (size_t)cl->parent < s->n_clauses &&
                clause_unreal(s, cl->parent, s->clauses[cl->parent].verb, inverted))
                return 1;
        }
        if (!content) break;
        ci = cl->parent;
    }
    return 0;
}

/* "Kenya said it would send ...": clause cl is what a "say"-verb reports,
 * with "will", "would" or "shall". */
static int announced(const coder_sentence *s, const dyad_clause *cl, int t)
{
    if (cl->type != DYAD_CLAUSE_SUB || cl->parent < 0) return 0;
    if (cl->marker >= 0 && !coder_word_is(s, cl->marker, "that")) return 0;
    const dyad_clause *up = &s->clauses[cl->parent];
    if (up->verb < 0) return 0;
    static const char *const announce[] = {"say", "announce", "state", "declare", "tell", "confirm", NULL};
    if (!coder_lemma_in(s, up->verb, announce)) return 0;
    return modal_in_conjunct(s, cl, t, future);
}

/* "Zelenskyy said he had held a call and would travel to Washington": a
 * main clause with "would" joined to a verb of saying is what was said. */
static int said_and_would(const coder_sentence *s, const dyad_clause *cl, int t)
{
    static const char *const would[] = {"would", NULL};
    static const char *const announce[] = {"say", "announce", "state", "declare", "tell", "confirm", NULL};
    int v = cl->verb;
    if (v < 0 || strcmp(dyad_deprel_name(s->parses[v].deprel), "conj") != 0) return 0;
    int h = s->parses[v].head;
    return h >= 0 && (size_t)h < s->n && coder_lemma_in(s, h, announce) && modal_in_conjunct(s, cl, t, would);
}

/* "ready to hold talks", "plans to visit", "wants to restore ties": clause
 * cl is an infinitive after a word of readiness or intention. */
static int inclined(const coder_sentence *s, const dyad_clause *cl)
{
    static const char *const willing[] = {"ready", "willing", "prepared", "open", "eager", "keen", "plan", "plans",
                                          "planned", "planning", "intend", "intends", "intended", "aim", "aims",
                                          "aimed", "want", "wants", "wanted", "hope", "hopes", "hoped", "seek",
                                          "seeks", "sought", NULL};
    if (cl->type != DYAD_CLAUSE_INF || cl->marker <= 0) return 0;
    for (int k = 0; willing[k]; k++)
        if (coder_word_is(s, cl->marker - 1, willing[k])) return 1;
    /* (and what is to be done: "Hamas is to free 33 hostages") */
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    for (int k = 0; be[k]; k++)
        if (coder_word_is(s, cl->marker - 1, be[k])) return 1;
    return 0;
}

/* A cooperative act announced for the future ("Kenya said it would send
 * police to Haiti", "... announced that it will release ...") or one an
 * actor is ready for or plans ("ready to hold talks", "plans to visit") is
 * an intent to act, CAMEO 03: the code of that intent, or NULL when the
 * verb's clause is neither or the act has no intent code (roots 01-03 and
 * 09-20 keep theirs). */
const char *coder_intent_code(const coder_sentence *s, int ci, int t, const char *code, int future_intent)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses || strlen(code) < 3 || code[0] != '0' || code[1] < '4' || code[1] > '8')
        return NULL;
    const dyad_clause *cl = &s->clauses[ci];
    /* (and a main clause in the future: "the Netherlands will provide Ukraine
       with drones next year", "Guatemala will dispatch police to Haiti") */
    static const char *const will[] = {"will", "shall", NULL};
    int planned = future_intent && cl->type == DYAD_CLAUSE_MAIN && modal_in_conjunct(s, cl, t, will);
    planned |= cl->type == DYAD_CLAUSE_MAIN && said_and_would(s, cl, t);
    if (!announced(s, cl, t) && !inclined(s, cl) && !planned) return NULL;
    /* CAMEO's intents: 036 meet or negotiate, 039 mediate, 032 diplomatic
       cooperation, 031x material cooperation, 033x aid, 035x and 034x
       yielding */
    static const struct { const char *act, *intent; } table[] = {
        {"045", "039"}, {"04", "036"}, {"05", "032"}, {"061", "0311"}, {"062", "0312"}, {"063", "0313"},
        {"064", "0314"}, {"06", "031"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
        {"07", "033"}, {"081", "0351"}, {"082", "0352"}, {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"},
        {"0834", "0344"}, {"083", "034"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"},
        {"08", "035"},
    };
    for (size_t k = 0; k < sizeof table / sizeof *table; k++)
        if (!strncmp(code, table[k].act, strlen(table[k].act))) return table[k].intent;
    return NULL;
}

/* Is token t's clause, or one it belongs to, a condition ("if", "unless",
 * "until Moscow ends its invasion")? */
int coder_conditional(const coder_sentence *s, int t)
{
    int ci = s->parses[t].clause;
    for (int depth = 0; ci >= 0 && (size_t)ci < s->n_clauses && depth < 8; depth++) {
        const dyad_clause *cl = &s->clauses[ci];
        if (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0) {
            int w = cl->marker;
            return coder_word_is(s, w, "if") || coder_word_is(s, w, "unless") || coder_word_is(s, w, "until");
        }
        if (cl->type == DYAD_CLAUSE_MAIN || cl->type == DYAD_CLAUSE_REPORTING) return 0;
        ci = cl->parent;
    }
    return 0;
}

/* CAMEO splits appeals (02), demands (10), rejections (12) and threats (13)
 * by what they are about, and the "about" is itself an act of the other
 * roots: "urged Israel to allow aid into Gaza" is the appeal that the
 * target allow international involvement (0255) because allowing it is
 * 086. The table maps the content's code (by its longest listed prefix) to
 * the specific code under each generic one. */
const char *coder_content_code(const char *generic, const char *content)
{
    typedef struct { const char *content, *code; } row;
    static const row appeal[] = {
        {"061", "0211"}, {"062", "0212"}, {"063", "0213"}, {"064", "0214"}, {"06", "021"}, {"05", "022"},
        {"071", "0231"}, {"072", "0232"}, {"073", "0233"}, {"074", "0234"}, {"07", "023"}, {"0831", "0241"},
        {"0832", "0242"}, {"0833", "0243"}, {"0834", "0244"}, {"083", "024"}, {"081", "0251"}, {"082", "0252"},
        {"084", "0253"}, {"085", "0254"}, {"086", "0255"}, {"087", "0256"}, {"08", "025"}, {"045", "028"},
        {"04", "026"}, {NULL, NULL}};
    static const row demand[] = {
        {"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"}, {"06", "101"}, {"05", "102"},
        {"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"}, {"07", "103"}, {"0831", "1041"},
        {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"}, {"083", "104"}, {"081", "1051"}, {"082", "1052"},
        {"084", "1053"}, {"085", "1054"}, {"086", "1055"}, {"087", "1056"}, {"08", "105"}, {"045", "108"},
        {"04", "106"}, {NULL, NULL}};
    static const row reject[] = {
        {"061", "1211"}, {"062", "1212"}, {"06", "121"}, {"071", "1221"}, {"072", "1222"}, {"07", "122"},
        {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"}, {"083", "123"}, {"081", "1241"},
        {"082", "1242"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {"08", "124"},
        {"045", "126"}, {"04", "125"}, {NULL, NULL}};
    static const row threaten[] = {
        {"162", "1311"}, {"163", "1312"}, {"161", "1313"}, {"16", "131"}, {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"},
        {"1724", "1324"}, {"172", "132"}, {"164", "134"},
        {"166", "136"}, {"173", "137"}, {"175", "137"}, {"191", "1381"}, {"192", "1382"}, {"18", "1383"},
        {"204", "1385"}, {"19", "1384"}, {"20", "1383"}, {NULL, NULL}};
    /* an accusation of an act: of abuses (assault, arrest, repression),
       of aggression (force posture, fighting), of war crimes (mass violence) */
    static const row accuse[] = {{"18", "1122"}, {"173", "1122"}, {"175", "1122"}, {"15", "1123"},
                                 {"19", "1123"}, {"20", "1124"}, {NULL, NULL}};
    const row *table = !strcmp(generic, "020")   ? appeal
                       : !strcmp(generic, "100") ? demand
                       : !strcmp(generic, "120") ? reject
                       : !strcmp(generic, "130") ? threaten
                       : !strcmp(generic, "112") ? accuse
                                                 : NULL;
    if (!table || !content) return NULL;
    for (const row *r = table; r->content; r++)
        if (!strncmp(content, r->content, strlen(r->content))) return r->code;
    return NULL;
}

/* Is clause ci an infinitive that states a purpose or a wish, not an act
 * done: "sent police officers to help fight the gangs", "launched an
 * offensive to destroy Hamas"? An infinitive after a verb of beginning,
 * going on or managing is the act itself ("began to shell", "continued to
 * attack", "managed to free"), and so is one after a decision or an
 * attempt ("voted to shut down", "tried to rally"), and one another act
 * caused ("prompting Israel to summon the ambassador", "forced lawmakers
 * to flee"). */
int coder_purpose(const coder_sentence *s, int ci)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type != DYAD_CLAUSE_INF) return 0;
    int up = cl->parent >= 0 && (size_t)cl->parent < s->n_clauses ? s->clauses[cl->parent].verb : -1;
    if (up < 0) return 0;
    static const char *const done[] = {"begin", "start", "continue", "resume", "keep",    "proceed", "manage",
                                       "go",    "help",  "use",      "be",     "have",    "get",     "come",
                                       "vote",  "decide", "try",     "attempt", "move",   "opt",     "choose",
                                       "rush",  "hasten", "prompt", "force", "compel", "spur", NULL};
    return !coder_lemma_in(s, up, done);
}

/* Is clause ci a participle right after a comma that continues the clause
 * above it ("..., accusing Pretoria of ...", "..., killing six civilians")? */
int coder_comma_participle(const coder_sentence *s, int ci)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    const dyad_clause *cl = &s->clauses[ci];
    int v = cl->verb;
    return cl->parent >= 0 && v > 0 && (size_t)v < s->n && coder_word_is(s, v - 1, ",") &&
           !strcmp(dyad_tag_name(s->parses[v].tag), "VBG");
}

/* Is the act of the verb at token t set in the future: "will visit",
 * "said it would send", "plans to travel", "is to free"? */
/* Is the verb at token t of main clause cl in the writer's "would" of a
 * plan (no speaker, not "would have")? */
static int writers_would(const coder_sentence *s, const dyad_clause *cl, int t)
{
    static const char *const would[] = {"would", NULL};
    return cl->type == DYAD_CLAUSE_MAIN && cl->speaker < 0 && modal_in_conjunct(s, cl, t, would) &&
           !coder_word_is(s, t - 1, "have") && !coder_word_is(s, t - 2, "have");
}

int coder_future(const coder_sentence *s, int t)
{
    int ci = t >= 0 && (size_t)t < s->n ? s->parses[t].clause : -1;
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    const dyad_clause *cl = &s->clauses[ci];
    static const char *const will[] = {"will", "shall", NULL};
    if (inclined(s, cl) || announced(s, cl, t) || said_and_would(s, cl, t) || modal_in_conjunct(s, cl, t, will)) return 1;
    /* (the writer's "would" of a plan, not after "if" nor before "have":
       "Under the plan, Hamas would free all remaining hostages") */
    if (writers_would(s, cl, t)) return 1;
    /* (and a participle on a noun of such a clause: "in exchange for
       Israel releasing 250 Palestinians") */
    for (int depth = 0; depth < 4 && cl->type == DYAD_CLAUSE_REL && cl->marker < 0 && cl->parent >= 0 &&
                        (size_t)cl->parent < s->n_clauses;
         depth++) {
        cl = &s->clauses[cl->parent];
        if (cl->type == DYAD_CLAUSE_MAIN && cl->speaker < 0 && cl->verb >= 0 &&
            (modal_in_conjunct(s, cl, cl->verb, will) || writers_would(s, cl, cl->verb)))
            return 1;
    }
    return 0;
}
