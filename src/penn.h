/* penn.h - the Penn Treebank part-of-speech tagset, as numbers. The tagger
 * writes these, the lemmatiser and the shallow parser read them, and
 * `dyad parse` prints their names (XPOS) and Universal POS (UPOS). */
#ifndef DYAD_PENN_H
#define DYAD_PENN_H

#include <stddef.h>

typedef enum {
    PENN_NONE = 0,
    PENN_CC, PENN_CD, PENN_DT, PENN_EX, PENN_FW, PENN_IN, PENN_JJ, PENN_JJR, PENN_JJS,
    PENN_LS, PENN_MD, PENN_NN, PENN_NNS, PENN_NNP, PENN_NNPS, PENN_PDT, PENN_POS,
    PENN_PRP, PENN_PRPS, /* PRP$ */
    PENN_RB, PENN_RBR, PENN_RBS, PENN_RP, PENN_SYM, PENN_TO, PENN_UH,
    PENN_VB, PENN_VBD, PENN_VBG, PENN_VBN, PENN_VBP, PENN_VBZ,
    PENN_WDT, PENN_WP, PENN_WPS, /* WP$ */
    PENN_WRB,
    PENN_HASH,   /* # */
    PENN_DOLLAR, /* $ */
    PENN_OPEN_QUOTE,  /* `` */
    PENN_CLOSE_QUOTE, /* '' */
    PENN_LRB,    /* -LRB- */
    PENN_RRB,    /* -RRB- */
    PENN_COMMA,  /* , */
    PENN_PERIOD, /* . (sentence-final . ! ?) */
    PENN_COLON,  /* : (also ; - -- ...) */
    PENN_COUNT
} penn_tag;

const char *penn_name(penn_tag tag);             /* "NN", "PRP$", "-LRB-", ... */
penn_tag penn_from_name(const char *s, size_t n); /* PENN_NONE if unknown */
const char *penn_upos(penn_tag tag);             /* Universal POS: "NOUN", "PROPN", ... */

static inline int penn_is_noun(penn_tag t) { return t >= PENN_NN && t <= PENN_NNPS; }
static inline int penn_is_verb(penn_tag t) { return t >= PENN_VB && t <= PENN_VBZ; }
static inline int penn_is_adj(penn_tag t) { return t >= PENN_JJ && t <= PENN_JJS; }
static inline int penn_is_adv(penn_tag t) { return t >= PENN_RB && t <= PENN_RBS; }
static inline int penn_is_punct(penn_tag t) { return t >= PENN_HASH; }

#endif
