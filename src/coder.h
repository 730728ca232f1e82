/* coder.h - the event coder's stages, inside the library: a sentence's
 * tokens with their parse in, events out.
 *
 *   mention.c    actor mentions: dictionary actors and agents found in the
 *                sentence, agents joined to their actors ("Gondor's foreign
 *                minister" -> GONGOV), compounds grouped ("Arnor and Gondor")
 *   verbmatch.c  verbs: the dictionary verbs a sentence holds and the best
 *                pattern of each, with the actors a pattern binds itself
 *   modality.c   whether a verb's act is asserted: conditions, acts only
 *                possible, the content of a verb above, intents (CAMEO 03)
 *   roles.c      source and target of each match, from the clause
 *                structure, the pattern and the noun phrase
 *   actorcode.c  what an actor code says: country, state or society
 *   coder.c      events: source and target from the clause structure and
 *                the pattern, passive voice, negation, discards, one event
 *                per source and target pair
 *
 * A coder_sentence is the view all three share: the sentence's tokens as
 * words, with tags, lemmas and clauses, all indexed from 0 within it. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "cameo.h"
#include "dict.h"
#include "dict_match.h"
#include "gazetteer.h"
#include "dyad.h"

typedef struct {
    const char *const *words; /* token texts (not NUL-terminated) */
    const size_t *lens;
    const char *const *lemmas;
    const size_t *lemma_lens;
    const dyad_token_parse *parses; /* the sentence's own entries */
    size_t n;
    const dyad_clause *clauses;
    size_t n_clauses;
    int32_t date; /* YYYYMMDD, 0 when unknown */
    const uint64_t *starts; /* CODER_STARTS bits: the two-letter starts of its tokens */
    const uint16_t *keys;   /* per token: its start key, CODER_STARTS for a one-byte token */
    /* per synset and token, what a synset matches there (tokens covered), -1
       while not yet tried: many patterns share synsets ("&FORCES"), so each
       is tried at a token once per sentence. n_synsets * n entries, or NULL */
    int16_t *synset_memo;
    /* the actor (one of dyad's own, with a country) the article's dateline
       names, -1: where the agents of a sentence that names no actor are */
    int article_place;
    /* per token, 1 where a phrase of time may start (event_time_words),
       or NULL: every token is tried */
    const unsigned char *time_words;
} coder_sentence;

/* Is token t (in range) the word `lower`, ASCII case ignored? */
static inline int coder_word_is(const coder_sentence *s, int t, const char *lower)
{
    size_t n = strlen(lower);
    if (t < 0 || (size_t)t >= s->n || s->lens[t] != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s->words[t][i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != lower[i]) return 0;
    }
    return 1;
}

/* Is the lemma of token t (in range) one of the NULL-terminated words? */
static inline int coder_lemma_in(const coder_sentence *s, int t, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (s->lemma_lens[t] == strlen(words[k]) && !strncmp(s->lemmas[t], words[k], s->lemma_lens[t])) return 1;
    return 0;
}

/* A quick filter: a pattern or discard whose words do not all begin with a
 * two-letter start some token of the sentence has cannot match it. */
enum { CODER_STARTS = 4096 };
static inline unsigned coder_start_key(unsigned char a, unsigned char b)
{
    if (a >= 'a' && a <= 'z') a = (unsigned char)(a - 32);
    if (b >= 'a' && b <= 'z') b = (unsigned char)(b - 32);
    return ((unsigned)(a & 0x3f) << 6 | (b & 0x3f)) & (CODER_STARTS - 1);
}
/* Does a dictionary word give a start key? (Not for one letter, nor when
 * its second byte is an apostrophe, which tokens may write curly.) */
static inline int coder_word_key(const char *w, size_t n, unsigned *key)
{
    if (n < 2 || w[1] == '\'') return 0;
    *key = coder_start_key((unsigned char)w[0], (unsigned char)w[1]);
    return 1;
}
static inline int coder_has_start(const coder_sentence *s, unsigned key)
{
    return (s->starts[key >> 6] >> (key & 63)) & 1;
}

/* The public dictionary set (dicts.c): the set, and its indexes once a
 * coder has been made for it. */
typedef struct verb_index verb_index;
struct dyad_dicts {
    dict_set set;
    dict_matcher *matcher;
    verb_index *verbs;
};

/* ---- mentions (mention.c) ------------------------------------------------ */

typedef struct {
    int first, last;  /* tokens, inclusive (a possessive clitic included) */
    int actor;        /* actors[] index, -1 for an agent alone */
    int agent;        /* agents[] index joined to it, -1 */
    uint32_t code;    /* offset of its code in the mention list's codes */
    int group;        /* mentions of one compound ("Arnor and Gondor") share it */
    int reference;    /* a pronoun or "both sides" standing for an earlier mention (mention.c) */
    uint32_t antecedent; /* a reference's antecedent's words: 1 + offset in codes, 0 none */
    uint32_t acted;   /* bit r set: the source of an event of CAMEO root r coded (coder.c) */
} coder_mention;

typedef struct {
    coder_mention *items;
    size_t n, cap;
    dbuf codes; /* NUL-terminated codes */
} coder_mentions;

/* Finds the actor mentions of a sentence (s->date picks dated codes). An
 * agent with no actor gets the code "---" joined to the agent's. */
void coder_find_mentions(const dict_set *set, const dict_matcher *m, const coder_sentence *s, coder_mentions *out);
static inline const char *coder_mention_code(const coder_mentions *ms, const coder_mention *m)
{
    return ms->codes.data + m->code;
}
/* The words of the mention a reference stands for ("Narendra Modi" for
 * "he"), or NULL. */
static inline const char *coder_mention_antecedent(const coder_mentions *ms, const coder_mention *m)
{
    return m->antecedent ? ms->codes.data + m->antecedent - 1 : NULL;
}
/* Keeps words (or the tokens first..last of s when words is NULL) as the
 * antecedent of mention m. */
void coder_set_antecedent(coder_mentions *ms, int m, const coder_sentence *s, int first, int last, const char *words);
/* Adds a mention of a code that no words name (TABARI's default source and
 * target): it covers no tokens and is a compound of its own. Returns it. */
int coder_add_code_mention(coder_mentions *ms, const char *code);
/* qsort order of mentions: by first token, then code (after references
 * are added, coder_mention_at needs it). */
int coder_mention_order(const void *a, const void *b);
/* The mention covering token t, or -1. */
int coder_mention_at(const coder_mentions *ms, int t);
/* Is token t after "its", "their", "his" or "her" ("its spokesman"), or
 * after a collective noun's "'s" that stands for one named before ("the
 * group's spokesman")? (mention.c) */
int coder_after_possessive(const coder_sentence *s, int t);
void coder_mentions_free(coder_mentions *ms);

/* ---- verbs and patterns (verbmatch.c) ----------------------------------- */

/* Indexes every form of every verb of set. */
verb_index *verb_index_build(const dict_set *set);
void verb_index_free(verb_index *vi);

typedef struct {
    int verb_token;  /* where the verb stands */
    int last_token;  /* its last token (phrasal forms: "go by") */
    uint32_t verb;   /* verbs[] index */
    int pattern;     /* patterns[] index, -1: the verb's own code */
    int source, target; /* mentions the pattern bound itself ($, +), -1 */
    int score;       /* words the pattern matched */
    int words;       /* the verb is read TABARI's way (DICT_VERB_WORDS) */
    int negation;    /* the pattern's own words negate the verb: it codes the negation itself */
    int noun;        /* a noun form of an event (DICT_VERB_NOUN) */
    int end;         /* the last token the match covers (the pattern's words after the verb) */
} verb_match;

/* The length of every word of the set (words[]), computed once. */
const uint32_t *verb_index_word_lengths(const verb_index *vi);
/* Can discard d match the sentence (its words' starts are all there)? */
int verb_index_discard_may_match(const verb_index *vi, size_t d, const coder_sentence *s);

/* The best match of any verb at token t (forms, then patterns), or 0. */
int verb_match_at(const verb_index *vi, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                  int t, verb_match *out);

/* The fourth digit (1-4) an aim starting at token t gives a protest,
 * demand, appeal or rejection of political reform, or 0 (see verbmatch.c). */
int verb_index_aim(const verb_index *vi, const dict_set *set, const coder_sentence *s, int t);

/* ---- what a match codes (verbmatch.c) ------------------------------------ */

/* The code of a match: its pattern's, else its verb's. */
const char *verb_match_code(const dict_set *set, const verb_match *vm);
/* Does the match's code have a reverse ("[042:043]")? Is it mutual, the
 * reverse the code itself ("[040:040]": meet)? */
int verb_match_has_reverse(const dict_set *set, const verb_match *vm);
int verb_match_mutual(const dict_set *set, const verb_match *vm);
/* Does pattern hold the word `upper` (words are held upper-case), or the
 * mark `mark` ("$", "+", "%")? */
int verb_pattern_has_word(const dict_set *set, int pattern, const char *upper);
int verb_pattern_has_mark(const dict_set *set, int pattern, const char *mark);

/* ---- actor codes (actorcode.c) ------------------------------------------ */

int code_same_party(const char *a, const char *b);
int code_is_country(const char *code);
int code_is_state(const char *code);
int code_country_of(const char *code, char out[4]);
int code_society_sector(const char *sector);
int code_home_state_sector(const char *sector);
int code_society_of_country(const char *code, char *government);
int code_domestic_counterpart(const char *code, const char *other, const char *other_country, char *out, size_t cap);

/* ---- event locations (location.c) ----------------------------------------- */

typedef struct {
    const char *name, *country; /* name NULL: the sentence's tokens first..last name it */
    int has_coordinates;
    double lat, lon;
    long geonameid;
    int first, last;
} event_place;

/* Where the event of the verb at token `verb` took place: a place after
 * "in", "at", "near" or "outside" in its clause (through the gazetteer g,
 * which may be NULL), "the Kenyan capital", a country or region the
 * dictionaries know, else *dateline (may be NULL). 0 when none. */
/* Returns 2 for a place the verb's own clause (or one it is joined to or
 * belongs to) names, 1 for the dateline. */
int event_location(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int verb,
                   const event_place *dateline, event_place *out);

/* Mention m of a state as a place: the gazetteer place it names, the
 * country's name for an adjective ("Lebanese"), else its words. 0 when the
 * mention's actor has no country. */
int mention_place(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int m,
                  event_place *out);

/* ---- event dates (eventdate.c) --------------------------------------------- */

typedef enum { EVENT_DAY, EVENT_MONTH, EVENT_YEAR } event_precision;

/* The date a phrase of time in the clause of the verb at token `verb` (or
 * in a clause it is joined to, or the main clause) gives, resolved against
 * the article's date s->date: writes YYYY-MM-DD (the first day of the month
 * or year when that is all it says) and its precision. An act in the
 * future (`future`) looks forward ("on Monday" is the next Monday), others
 * back. 0 when there is none. */
/* Marks in out[] (s->n entries) the tokens where a phrase of time may
 * start, so event_date tries only those. */
void event_time_words(const coder_sentence *s, unsigned char *out);
/* (`stated`: the act is said, asked, offered, demanded or threatened, so a
 * time in an infinitive below it is that of what it is about: "accepted an
 * invitation to visit China in August") */
int event_date(const coder_sentence *s, int verb, int future, int stated, char out[11], event_precision *precision);
/* The date of the saying or planning verb at token `verb` itself, not of
 * what it announces ("said on Saturday he would travel on Monday": the
 * Saturday). 0 when no phrase of time gives it. */
int event_statement_date(const coder_sentence *s, int verb, char out[11], event_precision *precision);
/* Is token t the name of a day of the week or of a month (case aside)? */
int event_time_name(const coder_sentence *s, int t);
/* Does the sentence look back from the story's day ("A day earlier, ...",
 * "the previous day"), so that its day is not where the story goes on? */
int event_looks_back(const coder_sentence *s);
/* Where a date of that precision lies from the article's date: over more
 * than a month before it, or in an earlier year (historical), after it
 * (future), or neither. */
typedef enum { EVENT_CURRENT, EVENT_HISTORICAL, EVENT_FUTURE } event_timing;
event_timing event_timing_of(const coder_sentence *s, const char day[11], event_precision precision);

/* ---- the coder's state (coder.c) ---------------------------------------- */

/* TABARI's CODE setting: how many verbs of a sentence are coded. */
enum { CODE_BY_SENTENCE, CODE_BY_CLAUSE, CODE_ALL };

/* ---- the article context (context.c) -------------------------------------- */

/* An actor an earlier sentence of the article named. Strings are offsets
 * into the context's strings. */
typedef struct {
    int sentence;          /* the article's sentence (counted as remembered) */
    int actor, agent;      /* dictionary indices, -1 */
    uint32_t code, text;   /* its code and words */
    uint32_t surname;      /* a person's last name ("Ruto"), when has_surname */
    uint32_t first_name;   /* the first word of a person's name ("Abiy", "Yoon"), when has_first_name */
    unsigned person : 1, plural : 1, organisation : 1, group : 1, state : 1, subject : 1, has_surname : 1,
        has_first_name : 1;
    uint32_t acted;        /* bit r: it did an act of CAMEO root r (coder_mention.acted) */
} context_entity;

typedef struct {
    context_entity *items;
    size_t n, cap;
    dbuf strings;
    int sentence; /* sentences remembered so far */
    int pair[2];  /* the last sentence's two sides (a compound of two, or subject and object), -1 */
    int many[8];  /* the members of the last compound of three or more ("the three governments") */
    int n_many;   /* how many, 0 when none */
} article_context;

void context_reset(article_context *ctx);
void context_free(article_context *ctx);
/* Adds reference mentions (coder_mention.reference) to ms for the words of
 * sentence s that stand for actors of earlier sentences: a person's surname
 * ("Ruto"), "he"/"she"/"it" as a clause's subject, "the two leaders" and
 * "both sides", "the bloc" and "the group", and an act named again as the
 * object of a verb, for whoever did it ("welcomed the ruling": the court
 * that ordered; "rejected the accusations": the accuser). */
void context_resolve(const article_context *ctx, const coder_sentence *s, coder_mentions *ms);
/* Remembers the actors of sentence s (after it is coded). */
void context_remember(article_context *ctx, const dict_set *set, const coder_sentence *s, const coder_mentions *ms);
/* The code of the latest actor within reach whose sector is `sector` ("COP"
 * gives "HTICOP" after "Haitian police"), for a mention that names only
 * the sector ("a police spokesman"); NULL. */
const char *context_country_of_sector(const article_context *ctx, const char *sector);
/* Did the article's sentence `sentence` name an actor of code's country
 * (its first three letters)? */
int context_named_in(const article_context *ctx, const char *code, long sentence);

/* A place kept across sentences, with its own copy of its name. */
typedef struct {
    event_place place;
    dbuf name;
    long sentence; /* the sentence that named it, -1 */
} remembered_place;

struct dyad_coder {
    const dyad_dicts *dicts;
    dyad_coder_options opt;
    int code_by;        /* CODE_* for TABARI's verbs */
    int default_on, default_prior, default_after; /* TABARI's DEFAULT setting */
    char *default_source_code, *default_target_code;
    int default_source, default_target; /* their mentions in the current sentence */
    int one_sided;      /* PETRARCH's require_dyad = false: code an event with no target, target "---" */
    int convert_agent;  /* TABARI's CONVERT AGENT: an agent alone is an actor, coded "~GOV" */
    int complex_verbs, complex_conj; /* TABARI's COMPLEX: more verbs or conjunctions than this: not coded (0: off) */
    int minimum_words;  /* TABARI's MINIMUM WORDS: shorter sentences are not coded (0: off) */
    int nobody;         /* the "---" mention of the current sentence */
    verb_match *matches; /* the current sentence's verbs */
    uint64_t *seen;      /* the current sentence's events (hashes), for duplicates */
    size_t n_seen, cap_seen;
    uint64_t starts[CODER_STARTS / 64]; /* the current sentence's start keys */
    size_t n_matches, cap_matches;
    cameo_table *cameo;
    coder_mentions mentions;
    article_context context; /* the current article's actors so far */
    char narrative_day[11];  /* the day the article's story is at (event_date) */
    long narrative_sentence; /* the sentence that told it, -1 */
    remembered_place narrative; /* where the story is (event_location) */
    remembered_place scene;     /* where the latest force was used ("at the scene") */
    remembered_place town;      /* the latest town an act was placed in ("near the town") */
    gazetteer *gazetteer;    /* data/gazetteer.tsv, NULL when there is none */
    event_place dateline;    /* the current article's dateline city (country NULL: none) */
    dbuf dateline_name;
    /* the current sentence's views */
    const char **words, **lemmas;
    size_t *lens, *lemma_lens, cap;
    uint16_t *keys; /* per token: its start key (coder.h) */
    dbuf event_strings;
    int16_t *synset_memo; /* the current sentence's (coder_sentence) */
    size_t cap_memo;
    unsigned char *time_words; /* the current sentence's (coder_sentence) */
    size_t cap_time_words;
};

/* The actor the article's dateline names (coder_sentence.article_place), or
 * -1: for other users of the mention finder (quotes.c). */
int coder_dateline_actor(const dyad_coder *c, const dyad_doc *doc);

/* ---- roles (roles.c) ---------------------------------------------------- */

typedef struct {
    int source, target; /* mentions */
    int passive, negated;
    int transform;      /* transforms[] that made this event, -1 */
    int intent;         /* announced, not done: code is the intent (03x) */
    int future;         /* the act is planned: "will visit", "plans to" (coder_future) */
    int unreal;         /* only possible or imagined, kept (keep_unreal) */
    int content;        /* code is the specific appeal, demand, rejection or threat */
    const char *place;  /* the country of the place the act is in ("in Riyadh"), NULL */
    int located;        /* where is the act's location (event_location) */
    event_place where;
    int dated;          /* day and precision are the act's date (event_date) */
    char day[11];
    event_precision precision;
    const char *code;   /* its code (the transform's, the intent's, or the inner event's) */
} roles;

/* The source and target of match vm (r->source, r->target, r->passive,
 * r->negated; r->place when the act is in a country). */
void coder_find_roles(const dyad_coder *cd, const coder_sentence *s, const coder_mentions *ms, const verb_match *vm,
                      roles *r);
/* Is token t in clause ci or a clause below it that belongs to its verb? */
int coder_in_clause_of(const coder_sentence *s, int t, int ci);
/* The clause whose verb the verb of clause ci is joined to ("met Rutte on
 * Tuesday and later held talks": the clause of "met"), -1. */
int coder_conjoined_to(const coder_sentence *s, int ci);
/* Is clause ci apart from its parent: an adverbial clause, "X said"? */
int coder_apart_clause(const coder_sentence *s, int ci);
/* Is clause ci a contrast the writer sets beside the clause before, after
 * a comma: ", while Peru sent troops", ", whereas ..."? */
int coder_contrast_clause(const coder_sentence *s, int ci);
/* Is token t a place after "in" or "at"? */
int coder_after_in(const coder_sentence *s, int t);
/* Does token t follow one of the prepositions `preps` (NULL-terminated),
 * with at most a few modifiers between ("in northern Nigeria's")? */
int coder_after_preposition(const coder_sentence *s, int t, const char *const *preps);
/* Is m an agent of armed or security forces? */
int coder_forces(const dict_set *set, const coder_mention *m);

/* ---- modality (modality.c) ---------------------------------------------- */

/* Is clause ci the content of the verb above it: an infinitive, a "that"
 * clause, a participle phrase, a gerund after "of", "for", "from"? */
int coder_complement(const coder_sentence *s, int ci);
/* Is clause ci a "that" clause (marked by "that", or right after one)? */
int coder_that_clause(const coder_sentence *s, int ci);
/* Is the clause of token t, or one it belongs to, a condition ("if",
 * "unless", "until")? */
int coder_conditional(const coder_sentence *s, int t);
/* Is the act of the verb at token t only possible or imagined ("could",
 * "might", "may", "would have", "would" under a condition, "whether to", an
 * infinitive after a noun, an inverted condition "Had X ...")? */
int coder_unreal(const coder_sentence *s, int t);
/* Is the act the noun at token t names the subject of a verb only possible
 * or planned ("Gulf funding ... would depend on", "a ceasefire could take
 * effect")? (modality.c) */
int coder_noun_unreal(const coder_sentence *s, int t);
/* The CAMEO 03 intent code of a cooperative act (code, roots 04-08) that
 * clause ci announces for the future or that an actor is ready for or plans,
 * or NULL. With future_intent, a main clause in the future ("will provide")
 * is an intent too (not in PETRARCH's and TABARI's reading, which code it). */
const char *coder_intent_code(const coder_sentence *s, int ci, int t, const char *code, int future_intent);
/* Is the act of the verb at token t set in the future ("will visit", "said
 * it would send", "plans to travel", "is to free")? */
int coder_future(const coder_sentence *s, int t);
/* The specific code of a generic appeal (020), demand (100), rejection (120),
 * threat (130) or accusation (112) about an act coded content ("demanded
 * that Russia withdraw": 0874 gives 1056; "accused X of executing
 * civilians": 18x gives 1122), or NULL. */
const char *coder_content_code(const char *generic, const char *content);
/* Is clause ci a participle right after a comma that continues the clause
 * above it ("..., accusing Pretoria of ...", "..., killing six civilians")? */
int coder_comma_participle(const coder_sentence *s, int ci);
/* Is clause ci an infinitive of purpose or wish ("sent troops to fight the
 * gangs"), not after a verb of beginning or going on ("began to shell")? */
int coder_purpose(const coder_sentence *s, int ci);

#endif
