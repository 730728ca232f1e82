/* dict_match.h - the compiled phrase matcher: every actor and agent name of a
 * dict_set indexed once, so that the coder can ask, at each token of each
 * sentence, "which is the longest actor or agent phrase starting here?"
 * without scanning the dictionaries or allocating. Also the two small rules
 * that turn a match into a code: the actor code valid on a date, and the
 * combination of an agent's code with an actor's.
 *
 * Word rules (as TABARI and PETRARCH apply them):
 *   - matching ignores ASCII case; other bytes compare as they are, except
 *     that the curly apostrophes U+2018/U+2019 count as "'";
 *   - a DICT_WORD_EXACT word ("KENYA_") matches a token that is the word,
 *     or the word plus "S", or (after S, X, Z, CH, SH) plus "ES": TROOP_
 *     matches "troops" (words of three or more bytes only, so that "US_" does
 *     not match "uses" or "USS");
 *   - any other word is a stem and matches every token it begins;
 *   - a word ending in "'S" ("COX'S_BAZAR_") is matched as the word and the
 *     clitic token "'s" that dyad's tokenizer splits off;
 *   - a possessive clitic token after a matched phrase ("'s", "’s", or a bare
 *     "'" / "’" after a token ending in s) is included and flagged.
 * The longest phrase (in tokens) wins; among phrases of the same length, the
 * one with more dictionary text (exact words before stems when equal); among
 * entries sharing one phrase, actors before agents, then file order.
 * Phrases naming a synset ("&CURRENCY"), with a word over 250 bytes or over
 * 64 words are not indexed (dict_matcher_skipped counts them). */
#ifndef DYAD_DICT_MATCH_H
#define DYAD_DICT_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "dict.h"

enum { DICT_MATCH_ACTOR = 0, DICT_MATCH_AGENT = 1 };

typedef struct {
    uint32_t kind;   /* DICT_MATCH_ACTOR or DICT_MATCH_AGENT */
    uint32_t index;  /* actors[] or agents[] */
    uint32_t phrase; /* phrases[]: the name that matched */
    size_t first, count; /* tokens covered, the possessive clitic included */
    int possessive;  /* a possessive clitic followed the phrase (and is counted) */
    uint32_t candidates; /* entries with the very same phrase; this is the first */
    uint32_t entry;      /* for dict_match_candidate */
} dict_match;

typedef struct dict_matcher dict_matcher;

/* Indexes every actor and agent name of set. The set must outlive the
 * matcher and not change while it is used. Never NULL (allocation failure
 * aborts, as everywhere in dyad). */
dict_matcher *dict_matcher_build(const dict_set *set);
void dict_matcher_free(dict_matcher *m);

/* Phrases left out of the index (see above). */
size_t dict_matcher_skipped(const dict_matcher *m);

/* The longest actor or agent phrase starting at token `start` of the tokens
 * words[0..n) (lens[i] bytes each, UTF-8, any case). Returns 1 and fills
 * *out, or 0 when none starts there (or start >= n). Thread-safe: the
 * matcher is only read. */
int dict_match_at(const dict_matcher *m, const char *const *words, const size_t *lens, size_t n, size_t start,
                  dict_match *out);

/* The i-th (0 <= i < match->candidates) entry sharing the match's phrase:
 * its kind, index and phrase go into *out (the other fields are copied). */
void dict_match_candidate(const dict_matcher *m, const dict_match *match, uint32_t i, dict_match *out);

/* Does one token (UTF-8, any case) match one dictionary word (upper case,
 * wlen bytes) by the word rules above: an exact word, or its plural, when
 * `exact`; otherwise any token the word begins. */
int dict_word_matches(const char *token, size_t n, const char *word, size_t wlen, int exact);

/* The code of actors[actor] valid on date (YYYYMMDD): the first dated code
 * whose from..to holds it (bounds inclusive, 0 = open end), else the first
 * undated code, else NULL. date <= 0 means "no date": the undated code. */
const char *dict_actor_code(const dict_set *set, uint32_t actor, int32_t date);

/* Appends to out the code of agents[agent] combined with actor_code: after it
 * for a suffix agent (TUR + GOV = TURGOV), before it for a prefix agent (GOV +
 * TUR = GOVTUR); the agent's code alone when actor_code is NULL or "". */
void dict_agent_apply(const dict_set *set, uint32_t agent, const char *actor_code, dbuf *out);

#endif
