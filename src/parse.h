/* parse.h - the shallow parser's view of a sentence: tokens with tags and
 * lemmas in, phrases (chunks), clauses and dependency heads out.
 * chunk.c groups tokens into NP, verb-group, PP, ADJP, ADVP and SBAR chunks
 * and builds the phrase structure inside them; clause.c finds clauses,
 * their subjects, objects and agents, attaches prepositional phrases, and
 * fills in every token's head and relation. */
#ifndef DYAD_PARSE_H
#define DYAD_PARSE_H

#include <stddef.h>

#include "penn.h"

typedef enum { CHUNK_O, CHUNK_NP, CHUNK_VP, CHUNK_PP, CHUNK_ADJP, CHUNK_ADVP, CHUNK_SBAR } chunk_type;

/* Universal Dependencies relations the shallow parser assigns. */
typedef enum {
    DEP_NONE, DEP_ROOT, DEP_NSUBJ, DEP_NSUBJ_PASS, DEP_OBJ, DEP_IOBJ, DEP_OBL, DEP_OBL_AGENT,
    DEP_NMOD, DEP_NMOD_POSS, DEP_AMOD, DEP_NUMMOD, DEP_DET, DEP_COMPOUND, DEP_FLAT, DEP_APPOS,
    DEP_CASE, DEP_MARK, DEP_AUX, DEP_AUX_PASS, DEP_COP, DEP_ADVMOD, DEP_CC, DEP_CONJ,
    DEP_CCOMP, DEP_XCOMP, DEP_ADVCL, DEP_ACL, DEP_ACL_RELCL, DEP_PARATAXIS, DEP_COMPOUND_PRT,
    DEP_PUNCT, DEP_DEP, DEP_EXPL, DEP_FIXED, DEP_COUNT
} dep_rel;

const char *dep_name(dep_rel rel);
const char *chunk_name(chunk_type type);

typedef struct {
    /* in */
    const char *form;
    size_t len;
    penn_tag tag;
    const char *lemma;
    size_t lemma_len;
    /* out */
    int head;             /* token index, -1 root, -2 not known */
    dep_rel rel;
    chunk_type chunk;
    int chunk_begin;      /* first token of its chunk */
    int phrase;           /* index of its chunk in phrases, -1 */
    int clause;           /* index of its clause, -1 */
    unsigned title : 1;   /* a title word in a name ("Prime Minister Narendra Modi") */
} ptoken;

enum {
    PH_POSSESSIVE = 1u << 0, /* NP ends in 's: "Iran 's" */
    PH_PASSIVE = 1u << 1,    /* VP: "was approved" */
    PH_NEGATED = 1u << 2,    /* VP: "did not attend" */
    PH_MODAL = 1u << 3,      /* VP: "will visit" */
    PH_INFINITIVE = 1u << 4, /* VP: "to oppose" */
    PH_COORDINATED = 1u << 5,/* NP: "Brazil and Argentina" */
    PH_PRONOUN = 1u << 6,    /* NP: a personal or relative pronoun */
    PH_WRITERS = 1u << 7     /* clause: the writer's aside to reported speech (", while ...") */
};

typedef struct {
    chunk_type type;
    int first, last;  /* tokens, inclusive */
    int head;         /* head token */
    unsigned flags;
} phrase;

typedef enum { CLAUSE_MAIN, CLAUSE_SUB, CLAUSE_REL, CLAUSE_INF, CLAUSE_REPORTING } clause_type;

const char *clause_name(clause_type type);

typedef struct {
    clause_type type;
    int first, last;    /* tokens, inclusive */
    int verb_phrase;    /* phrase index of its verb group */
    int verb;           /* main verb token */
    int marker;         /* that / because / who / to: token, -1 */
    int subject;        /* head token of the subject, -1 (for INF: the controller) */
    int object;         /* head token of the direct object, -1 */
    int agent;          /* head token of the by-agent of a passive, -1 */
    int parent;         /* clause index, -1 */
    int speaker;        /* head token of who said it ("X said", "according to X"), -1 */
    unsigned flags;     /* PH_PASSIVE, PH_NEGATED, PH_MODAL, PH_INFINITIVE of its verb group */
} clause;

typedef struct {
    ptoken *tokens;
    size_t n;
    phrase *phrases;
    size_t n_phrases, cap_phrases;
    clause *clauses;
    size_t n_clauses, cap_clauses;
} parse_state;

/* Word-level helpers shared by the two stages. */
int lemma_is(const ptoken *t, const char *lemma);
int form_is(const ptoken *t, const char *lower);  /* case-insensitive */

void chunk_sentence(parse_state *ps);   /* chunk.c */
void clause_sentence(parse_state *ps);  /* clause.c */

/* Both stages; ps->phrases and ps->clauses are reused (not freed). */
void parse_sentence(parse_state *ps);
void parse_state_free(parse_state *ps);

#endif
