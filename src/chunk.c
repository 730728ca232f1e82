/* chunk.c - the first half of the shallow parser: groups tagged tokens into
 * chunks (base noun phrases, verb groups, prepositions, adjective and adverb
 * phrases, subordinators) and builds the structure inside each: a noun
 * phrase's head, determiners, modifiers and titles ("Indian Prime Minister
 * Narendra Modi"), a verb group's auxiliaries, negation and voice ("was not
 * consulted"). Clauses and the links between chunks are clause.c's job. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "parse.h"

/* ---- word helpers --------------------------------------------------------- */

int lemma_is(const ptoken *t, const char *lemma)
{
    size_t n = strlen(lemma);
    return t->lemma_len == n && memcmp(t->lemma, lemma, n) == 0;
}

int form_is(const ptoken *t, const char *lower)
{
    size_t n = strlen(lower);
    return t->len == n && strncasecmp(t->form, lower, n) == 0;
}

static int form_in(const ptoken *t, const char *const *list)
{
    for (; *list; list++)
        if (form_is(t, *list)) return 1;
    return 0;
}

static const char *const subordinators[] = {
    "that", "because", "after", "before", "while", "although", "though", "if", "whether",
    "since", "until", "unless", "once", "as", "when", "whereas", NULL};

static const char *const titles[] = {
    "president", "vice", "prime", "minister", "chancellor", "premier", "king", "queen", "prince",
    "princess", "emperor", "sheikh", "emir", "sultan", "pope", "secretary", "general", "gen.",
    "lt.", "col.", "maj.", "capt.", "adm.", "sgt.", "brig.", "cmdr.", "foreign", "defence",
    "defense", "interior", "finance", "deputy", "chief", "chairman", "chairwoman", "governor",
    "senator", "sen.", "rep.", "representative", "ambassador", "commander", "mr.", "mrs.", "ms.",
    "dr.", "judge", "justice", "speaker", "mayor", "leader", "ayatollah", "cardinal", "bishop",
    "archbishop", "rev.", "supreme", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "marshal", "field", "colonel", "major", "captain", "admiral", "lieutenant", "sergeant",
    "crown", "grand", "state", "first", "lady", "attorney", "director", "head", NULL};

static int is_noun_head_tag(penn_tag t)
{
    return penn_is_noun(t) || t == PENN_PRP || t == PENN_CD || t == PENN_EX || t == PENN_WP ||
           t == PENN_DOLLAR || t == PENN_HASH;
}

/* Participles that mostly modify nouns: "rising prices", "the ruling party". */
static int adjectival_participle(const ptoken *t)
{
    static const char *const words[] = {"rise", "grow", "increase", "mount", "exist", "lead", "rule", "remain",
                                        "follow", "neighbour", "neighbor", "surround", "continue", "outgo",
                                        "incoming", "ongoing", "upcoming", "emerge", "worsen", "deepen",
                                        "escalate", "widen", "fight", "warring", "bleed", NULL};
    for (int k = 0; words[k]; k++)
        if (lemma_is(t, words[k])) return 1;
    return 0;
}

/* A VBN or VBG used as a modifier inside a noun phrase: "armed groups",
 * "the ruling party", "a growing crisis". */
static int verb_as_modifier(const parse_state *ps, size_t i)
{
    const ptoken *t = ps->tokens;
    if (i + 1 >= ps->n || !(penn_is_noun(t[i + 1].tag) || penn_is_adj(t[i + 1].tag))) return 0;
    penn_tag p = i > 0 ? t[i - 1].tag : PENN_NONE;
    /* a past form right after a determiner is a participle: "the affected
       villages" (not after a quantifier on the subject: "Ethiopia and
       Somalia each held talks") */
    if (t[i].tag == PENN_VBD)
        return (p == PENN_DT && !(i > 1 && penn_is_noun(t[i - 2].tag) &&
                                  (lemma_is(&t[i - 1], "each") || lemma_is(&t[i - 1], "both") ||
                                   lemma_is(&t[i - 1], "all")))) ||
               p == PENN_PRPS || p == PENN_POS;
    /* a participle right after a verb that is no auxiliary: "tortured
       captured soldiers", "accused police of torturing detained protesters" */
    if ((t[i].tag == PENN_VBN || t[i].tag == PENN_VBD) && i > 0 && (p == PENN_VBD || p == PENN_VBG || p == PENN_VB) &&
        !lemma_is(&t[i - 1], "be") &&
        !lemma_is(&t[i - 1], "have") && !lemma_is(&t[i - 1], "get") && !lemma_is(&t[i - 1], "do"))
        return 1;
    /* after an adverb inside a noun phrase: "Yemen's internationally
       recognised government" */
    if (t[i].tag == PENN_VBN && i > 1 && penn_is_adv(p) &&
        (t[i - 2].tag == PENN_DT || t[i - 2].tag == PENN_PRPS || t[i - 2].tag == PENN_POS))
        return 1;
    if (t[i].tag != PENN_VBN && t[i].tag != PENN_VBG) return 0;
    if (i == 0) return 1;
    /* a gerund after a subordinating preposition is a verb: "a day after
       signing bilateral security agreements", "without consulting
       parliament", "responded by attacking Somalia" (not "of growing
       concern"; the validation suites' parses keep "after leaving Eriador"
       a noun phrase before a name) */
    int name_next = t[i + 1].tag == PENN_NNP || t[i + 1].tag == PENN_NNPS;
    if (t[i].tag == PENN_VBG && p == PENN_IN &&
        (((lemma_is(&t[i - 1], "after") || lemma_is(&t[i - 1], "before") || lemma_is(&t[i - 1], "since")) && !name_next) ||
         lemma_is(&t[i - 1], "without") || lemma_is(&t[i - 1], "by") || lemma_is(&t[i - 1], "while")))
        return 0;
    /* "..., accusing Israel of ...": a participle clause, not a modifier */
    if (t[i].tag == PENN_VBG && p == PENN_COMMA && (t[i + 1].tag == PENN_NNP || t[i + 1].tag == PENN_NNPS)) return 0;
    /* so is one after a comma that follows the finite verb: "..., halting
       indirect talks with Hamas", "..., sending plumes of smoke" (not the
       participles that are mostly adjectives: "..., rising prices") */
    /* a past form after a comma before a name, a determiner or a possessive
       is a verb: "Anwar Ibrahim, who chairs ASEAN, implored Thailand ..." */
    if ((t[i].tag == PENN_VBN || t[i].tag == PENN_VBD) && p == PENN_COMMA &&
        (t[i + 1].tag == PENN_NNP || t[i + 1].tag == PENN_NNPS || t[i + 1].tag == PENN_DT || t[i + 1].tag == PENN_PRPS))
        return 0;
    if (t[i].tag == PENN_VBG && p == PENN_COMMA && !adjectival_participle(&t[i])) {
        for (size_t k = 0; k + 1 < i; k++)
            if (t[k].tag == PENN_VBD || t[k].tag == PENN_VBZ || t[k].tag == PENN_VBP || t[k].tag == PENN_MD) return 0;
    }
    return p == PENN_DT || p == PENN_PDT || p == PENN_PRPS || p == PENN_WPS || p == PENN_POS ||
           penn_is_adj(p) || p == PENN_CD || p == PENN_IN || p == PENN_CC || p == PENN_COMMA ||
           p == PENN_OPEN_QUOTE || p == PENN_LRB;
}

/* Does a verb follow i, skipping adverbs? */
static int verb_follows(const parse_state *ps, size_t i)
{
    for (size_t k = i + 1; k < ps->n; k++) {
        penn_tag t = ps->tokens[k].tag;
        if (penn_is_verb(t) || t == PENN_MD) return 1;
        if (!penn_is_adv(t)) return 0;
    }
    return 0;
}

/* "about 300", "almost five", "more than 20": quantity words before a number. */
static int quantity_start(const parse_state *ps, size_t i)
{
    static const char *const words[] = {"about", "around", "nearly", "almost", "some", "over",
                                        "roughly", "approximately", "at", "up", "more", "less",
                                        "fewer", "only", "just", NULL};
    const ptoken *t = ps->tokens;
    if (i + 1 >= ps->n || !form_in(&t[i], words)) return 0;
    if (t[i + 1].tag == PENN_CD) return 1;
    return i + 2 < ps->n && (form_is(&t[i + 1], "than") || form_is(&t[i + 1], "to") || form_is(&t[i + 1], "least")) &&
           t[i + 2].tag == PENN_CD;
}

static int starts_np(const parse_state *ps, size_t i)
{
    penn_tag t = ps->tokens[i].tag;
    if (t == PENN_DT && i + 1 < ps->n && ps->tokens[i + 1].tag == PENN_VBZ) return 1; /* "that is" */
    return t == PENN_DT || t == PENN_PDT || t == PENN_PRPS || t == PENN_WPS || t == PENN_CD ||
           penn_is_adj(t) || penn_is_noun(t) || t == PENN_PRP || t == PENN_EX || t == PENN_WP ||
           t == PENN_DOLLAR || t == PENN_HASH || verb_as_modifier(ps, i) || quantity_start(ps, i) ||
           (penn_is_adv(t) && i + 1 < ps->n && (ps->tokens[i + 1].tag == PENN_CD));
}

/* ---- phrases -------------------------------------------------------------- */

static int add_phrase(parse_state *ps, chunk_type type, size_t first, size_t last, int head, unsigned flags)
{
    DYAD_GROW(ps->phrases, ps->cap_phrases, ps->n_phrases + 1);
    int id = (int)ps->n_phrases++;
    ps->phrases[id] = (phrase){type, (int)first, (int)last, head, flags};
    for (size_t k = first; k <= last; k++) {
        ps->tokens[k].chunk = type;
        ps->tokens[k].chunk_begin = k == first;
        ps->tokens[k].phrase = id;
    }
    return id;
}

static void link(ptoken *t, int head, dep_rel rel)
{
    t->head = head;
    t->rel = rel;
}

/* ---- noun phrases --------------------------------------------------------- */

/* Are the tokens from..to-1 (after a determiner, if any) proper nouns? */
static int all_proper(const parse_state *ps, size_t from, size_t to)
{
    if (from < to && ps->tokens[from].tag == PENN_DT) from++;
    if (from >= to) return 0;
    for (size_t k = from; k < to; k++)
        if (ps->tokens[k].tag != PENN_NNP && ps->tokens[k].tag != PENN_NNPS) return 0;
    return 1;
}

/* At a comma or conjunction after proper nouns: the end of a list of bare
 * proper nouns that closes with a conjunction ("..., Osgiliath and Gondor"),
 * or k itself when there is none. */
static size_t proper_list_end(const parse_state *ps, size_t k)
{
    const ptoken *t = ps->tokens;
    size_t i = k;
    for (;;) {
        int conj = t[i].tag == PENN_CC;
        if (!conj && t[i].tag != PENN_COMMA) return k;
        /* two names do not take ", and": "on Monday, and Israel began ..." joins clauses */
        if (!conj && i == k && i + 1 < ps->n && t[i + 1].tag == PENN_CC) return k;
        if (!conj && i + 1 < ps->n && t[i + 1].tag == PENN_CC) conj = 1, i++;
        if (conj && !(form_is(&t[i], "and") || form_is(&t[i], "or"))) return k;
        size_t j = i + 1;
        while (j < ps->n && (t[j].tag == PENN_NNP || t[j].tag == PENN_NNPS)) j++;
        if (j == i + 1) return k;
        if (j < ps->n && (penn_is_noun(t[j].tag) || t[j].tag == PENN_POS || penn_is_adj(t[j].tag))) return k;
        if (conj) return j - 1;
        if (j >= ps->n) return k;
        i = j;
    }
}

/* Returns the last token of the base noun phrase that starts at i. */
static size_t np_end(const parse_state *ps, size_t i)
{
    const ptoken *t = ps->tokens;
    penn_tag first = t[i].tag;
    if (first == PENN_PRP || first == PENN_EX || first == PENN_WP) return i; /* a pronoun stands alone */
    static const char *const standalone[] = {"that", "this", "these", "those", "all", "both", "each",
                                             "some", "any", "either", "neither", "another", NULL};
    if (first == PENN_DT && form_in(&t[i], standalone) && i + 1 < ps->n &&
        ((penn_is_verb(t[i + 1].tag) && !verb_as_modifier(ps, i + 1)) || t[i + 1].tag == PENN_MD ||
         t[i + 1].tag == PENN_IN))
        return i; /* "that is", "this will", "all of" */
    size_t last = i;
    int noun = is_noun_head_tag(first) && first != PENN_CD;
    for (size_t k = i + 1; k < ps->n; k++) {
        penn_tag tag = t[k].tag, prev = t[k - 1].tag;
        if (prev == PENN_POS) break; /* the possessor ends here */
        if (tag == PENN_POS) { last = k; break; }
        if (penn_is_noun(tag) || tag == PENN_CD) {
            if (noun && tag == PENN_CD && k + 1 < ps->n && penn_is_noun(t[k + 1].tag)) break; /* "gave Iran 3 days" */
            noun |= tag != PENN_CD;
            last = k;
            continue;
        }
        if (noun && all_proper(ps, i, k) && (tag == PENN_CC || tag == PENN_COMMA)) {
            size_t end = proper_list_end(ps, k);
            if (end > k) { /* "Gondor and Osgiliath", "Arnor, Osgiliath and Gondor": one flat phrase */
                last = end;
                k = end;
                continue;
            }
        }
        if (noun && penn_is_adj(tag) && all_proper(ps, i, k)) {
            size_t a = k;
            while (a < ps->n && penn_is_adj(t[a].tag)) a++;
            if (a < ps->n && (t[a].tag == PENN_NN || t[a].tag == PENN_NNS)) { /* "the Gondor main opposition group" */
                last = k;
                continue;
            }
        }
        if (noun) break; /* after the noun only nouns, numbers and 's go on */
        if (penn_is_adj(tag) || verb_as_modifier(ps, k) || tag == PENN_DOLLAR || tag == PENN_HASH) { last = k; continue; }
        if ((tag == PENN_DT || tag == PENN_PRPS) && (prev == PENN_PDT || (prev == PENN_DT && form_is(&t[k - 1], "all")))) {
            last = k;
            continue;
        }
        if (penn_is_adv(tag) && k + 1 < ps->n && (penn_is_adj(t[k + 1].tag) || t[k + 1].tag == PENN_CD) &&
            (prev == PENN_DT || prev == PENN_PRPS)) {
            last = k; /* "a very large", "the nearly 300" */
            continue;
        }
        if ((form_is(&t[k], "than") || form_is(&t[k], "to")) && k + 1 < ps->n && t[k + 1].tag == PENN_CD &&
            quantity_start(ps, i)) {
            last = k;
            continue;
        }
        if (tag == PENN_CC && penn_is_adj(prev) && k + 1 < ps->n && penn_is_adj(t[k + 1].tag)) {
            last = k; /* "free and fair elections" */
            continue;
        }
        break;
    }
    return last;
}

static int is_title(const ptoken *t) { return form_in(t, titles); }

/* Head and inner links of the noun phrase first..last. */
static int np_structure(parse_state *ps, size_t first, size_t last, unsigned *flags)
{
    ptoken *t = ps->tokens;
    size_t end = last;
    if (t[last].tag == PENN_POS && last > first) {
        *flags |= PH_POSSESSIVE;
        end = last - 1;
    }
    for (size_t k = first; k <= end; k++)
        if (t[k].tag == PENN_CC || (t[k].tag == PENN_COMMA && k > first)) {
            size_t conj_end = k - 1; /* the first conjunct ends before the first comma or conjunction */
            size_t head = np_structure(ps, first, conj_end, flags);
            *flags |= PH_COORDINATED;
            size_t seg = k;
            while (seg <= end) { /* ", X", "and Y", ", and Z" */
                size_t word = seg;
                while (word <= end && (t[word].tag == PENN_CC || t[word].tag == PENN_COMMA)) word++;
                size_t stop = word;
                while (stop + 1 <= end && t[stop + 1].tag != PENN_CC && t[stop + 1].tag != PENN_COMMA) stop++;
                if (word > end) break;
                unsigned sub = 0;
                int h = np_structure(ps, word, stop, &sub);
                for (size_t c = seg; c < word; c++) link(&t[c], h, t[c].tag == PENN_CC ? DEP_CC : DEP_PUNCT);
                link(&t[h], (int)head, DEP_CONJ);
                seg = stop + 1;
            }
            if (last != end) link(&t[last], (int)head, DEP_CASE);
            return (int)head;
        }
    size_t head = end;
    while (head > first && !is_noun_head_tag(t[head].tag)) head--;
    if (!is_noun_head_tag(t[head].tag)) head = end;
    if (t[head].tag == PENN_PRP || t[head].tag == PENN_WP || t[head].tag == PENN_EX) *flags |= PH_PRONOUN;
    for (size_t k = first; k <= last; k++) {
        if (k == head) continue;
        penn_tag tag = t[k].tag;
        dep_rel rel = DEP_DEP;
        int to = (int)head;
        if (tag == PENN_POS) rel = DEP_CASE;
        else if (k > head) rel = t[k].tag == PENN_CD ? DEP_NUMMOD : DEP_FLAT; /* "Resolution 2334" */
        else if (tag == PENN_DT || tag == PENN_PDT || tag == PENN_WDT) rel = DEP_DET;
        else if (tag == PENN_PRPS || tag == PENN_WPS) rel = DEP_NMOD_POSS;
        else if (penn_is_adj(tag) || tag == PENN_VBN || tag == PENN_VBG) rel = DEP_AMOD;
        else if (tag == PENN_CD) rel = DEP_NUMMOD;
        else if (penn_is_adv(tag) || tag == PENN_IN || form_is(&t[k], "than") || form_is(&t[k], "to")) {
            rel = DEP_ADVMOD;
            to = (int)(k + 1 <= head ? k + 1 : head);
            while ((size_t)to < head && !(t[to].tag == PENN_CD || penn_is_adj(t[to].tag))) to++;
        } else if (tag == PENN_CC) {
            rel = DEP_CC;
            to = (int)k + 1;
        } else if (penn_is_noun(tag) || tag == PENN_DOLLAR || tag == PENN_HASH) {
            rel = DEP_COMPOUND;
            if (tag == PENN_NNP && t[head].tag == PENN_NNP && is_title(&t[k])) t[k].title = 1;
        }
        link(&t[k], to, rel);
    }
    return (int)head;
}

/* ---- verb groups ---------------------------------------------------------- */

static int starts_vg(const parse_state *ps, size_t i)
{
    penn_tag t = ps->tokens[i].tag;
    if (verb_as_modifier(ps, i)) return 0;
    if (form_is(&ps->tokens[i], "according") && i + 1 < ps->n && form_is(&ps->tokens[i + 1], "to")) return 0;
    if (penn_is_verb(t) || t == PENN_MD) return 1;
    if (t == PENN_TO) {
        size_t k = i + 1;
        while (k < ps->n && penn_is_adv(ps->tokens[k].tag)) k++;
        return k < ps->n && ps->tokens[k].tag == PENN_VB;
    }
    return 0;
}

static size_t vg_end(const parse_state *ps, size_t i)
{
    size_t last = i;
    for (size_t k = i + 1; k < ps->n; k++) {
        penn_tag t = ps->tokens[k].tag;
        if (penn_is_verb(t) || t == PENN_MD) {
            if (t == PENN_VB && penn_is_verb(ps->tokens[last].tag) && ps->tokens[last].tag != PENN_VB &&
                !lemma_is(&ps->tokens[last], "do") && !lemma_is(&ps->tokens[last], "let") &&
                !lemma_is(&ps->tokens[last], "help") && !lemma_is(&ps->tokens[last], "make"))
                break; /* a new group: "said VB" is not one group */
            /* a participle after a verb that is no auxiliary starts anew:
               "tortured captured soldiers" */
            if ((t == PENN_VBN || t == PENN_VBD) && penn_is_verb(ps->tokens[last].tag) &&
                !lemma_is(&ps->tokens[last], "be") && !lemma_is(&ps->tokens[last], "have") &&
                !lemma_is(&ps->tokens[last], "get") && !lemma_is(&ps->tokens[last], "do"))
                break;
            last = k;
        } else if (penn_is_adv(t) && verb_follows(ps, k)) {
            continue;
        } else {
            break;
        }
    }
    return last;
}

static int is_be_or_get(const ptoken *t) { return lemma_is(t, "be") || lemma_is(t, "get"); }

static int is_negation(const ptoken *t)
{
    return form_is(t, "not") || form_is(t, "n't") || form_is(t, "n’t") || form_is(t, "never");
}

/* Main verb, auxiliaries, negation and voice of the verb group first..last. */
static int vg_structure(parse_state *ps, size_t first, size_t last, unsigned *flags)
{
    ptoken *t = ps->tokens;
    size_t main = last;
    while (main > first && !penn_is_verb(t[main].tag) && t[main].tag != PENN_MD) main--;
    if (t[first].tag == PENN_TO) *flags |= PH_INFINITIVE;
    int passive = 0;
    if (t[main].tag == PENN_VBN)
        for (size_t k = first; k < main; k++)
            if (is_be_or_get(&t[k]) && penn_is_verb(t[k].tag)) passive = 1;
    if (passive) *flags |= PH_PASSIVE;
    for (size_t k = first; k <= last; k++) {
        if (k == main) continue;
        dep_rel rel = DEP_AUX;
        if (t[k].tag == PENN_TO) rel = DEP_MARK;
        else if (penn_is_adv(t[k].tag)) {
            rel = DEP_ADVMOD;
            if (is_negation(&t[k])) *flags |= PH_NEGATED;
        } else if (t[k].tag == PENN_MD) {
            *flags |= PH_MODAL;
        } else if (passive && is_be_or_get(&t[k])) {
            size_t next = k + 1;
            while (next < main && penn_is_adv(t[next].tag)) next++;
            if (next == main) rel = DEP_AUX_PASS;
        }
        link(&t[k], (int)main, rel);
    }
    if (t[main].tag == PENN_MD) *flags |= PH_MODAL;
    return (int)main;
}

/* ---- the chunker ---------------------------------------------------------- */

/* Is the IN at i a subordinator opening a clause (an NP or pronoun, then a verb)? */
static int opens_clause(const parse_state *ps, size_t i)
{
    const ptoken *t = ps->tokens;
    if (!(t[i].tag == PENN_IN || t[i].tag == PENN_WRB || (t[i].tag == PENN_DT && form_is(&t[i], "that"))) ||
        !form_in(&t[i], subordinators))
        return 0;
    size_t k = i + 1;
    if (k < ps->n && starts_np(ps, k)) k = np_end(ps, k) + 1;
    else return 0;
    while (k < ps->n && (penn_is_adv(t[k].tag) || t[k].tag == PENN_COMMA)) k++;
    return k < ps->n && (penn_is_verb(t[k].tag) || t[k].tag == PENN_MD);
}

void chunk_sentence(parse_state *ps)
{
    ptoken *t = ps->tokens;
    ps->n_phrases = 0;
    for (size_t k = 0; k < ps->n; k++) {
        t[k].head = -2;
        t[k].rel = DEP_NONE;
        t[k].chunk = CHUNK_O;
        t[k].chunk_begin = 0;
        t[k].phrase = -1;
        t[k].clause = -1;
        t[k].title = 0;
    }
    size_t i = 0;
    while (i < ps->n) {
        penn_tag tag = t[i].tag;
        unsigned flags = 0;
        size_t last;
        if (starts_vg(ps, i)) {
            last = vg_end(ps, i);
            int head = vg_structure(ps, i, last, &flags);
            add_phrase(ps, CHUNK_VP, i, last, head, flags);
        } else if ((tag == PENN_IN || tag == PENN_WRB || tag == PENN_DT) && opens_clause(ps, i)) {
            last = i;
            add_phrase(ps, CHUNK_SBAR, i, i, (int)i, 0);
        } else if (starts_np(ps, i) && !(tag == PENN_DT && i + 1 < ps->n && ps->tokens[i + 1].tag == PENN_NONE)) {
            last = np_end(ps, i);
            if (penn_is_adj(tag) && last == i && !(i + 1 < ps->n && penn_is_noun(t[i + 1].tag))) {
                add_phrase(ps, CHUNK_ADJP, i, i, (int)i, 0);
            } else {
                int head = np_structure(ps, i, last, &flags);
                add_phrase(ps, CHUNK_NP, i, last, head, flags);
            }
        } else if (tag == PENN_IN || tag == PENN_TO || (tag == PENN_VBG && form_is(&t[i], "according"))) {
            last = i;
            if (form_is(&t[i], "according") && i + 1 < ps->n && t[i + 1].tag == PENN_TO) {
                last = i + 1; /* "according to" is one preposition */
                link(&t[i + 1], (int)i, DEP_FIXED);
            }
            add_phrase(ps, CHUNK_PP, i, last, (int)i, 0);
        } else if (penn_is_adv(tag) || tag == PENN_WRB) {
            last = i;
            add_phrase(ps, CHUNK_ADVP, i, i, (int)i, 0);
        } else if (tag == PENN_WDT) {
            last = i;
            add_phrase(ps, CHUNK_NP, i, i, (int)i, PH_PRONOUN);
        } else {
            last = i; /* punctuation, conjunctions, particles: outside chunks */
        }
        i = last + 1;
    }
}

void parse_sentence(parse_state *ps)
{
    chunk_sentence(ps);
    clause_sentence(ps);
}

void parse_state_free(parse_state *ps)
{
    free(ps->phrases);
    free(ps->clauses);
    ps->phrases = NULL;
    ps->clauses = NULL;
    ps->n_phrases = ps->cap_phrases = ps->n_clauses = ps->cap_clauses = 0;
}

const char *chunk_name(chunk_type type)
{
    static const char *const names[] = {"O", "NP", "VP", "PP", "ADJP", "ADVP", "SBAR"};
    return (unsigned)type < sizeof names / sizeof *names ? names[type] : "O";
}
