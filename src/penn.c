/* penn.c - names and Universal POS of the Penn Treebank tags (see penn.h). */
#include "penn.h"

#include <string.h>

static const struct {
    const char *name, *upos;
} tags[PENN_COUNT] = {
    [PENN_NONE] = {"_", "X"},       [PENN_CC] = {"CC", "CCONJ"},  [PENN_CD] = {"CD", "NUM"},
    [PENN_DT] = {"DT", "DET"},      [PENN_EX] = {"EX", "PRON"},   [PENN_FW] = {"FW", "X"},
    [PENN_IN] = {"IN", "ADP"},      [PENN_JJ] = {"JJ", "ADJ"},    [PENN_JJR] = {"JJR", "ADJ"},
    [PENN_JJS] = {"JJS", "ADJ"},    [PENN_LS] = {"LS", "X"},      [PENN_MD] = {"MD", "AUX"},
    [PENN_NN] = {"NN", "NOUN"},     [PENN_NNS] = {"NNS", "NOUN"}, [PENN_NNP] = {"NNP", "PROPN"},
    [PENN_NNPS] = {"NNPS", "PROPN"}, [PENN_PDT] = {"PDT", "DET"}, [PENN_POS] = {"POS", "PART"},
    [PENN_PRP] = {"PRP", "PRON"},   [PENN_PRPS] = {"PRP$", "PRON"}, [PENN_RB] = {"RB", "ADV"},
    [PENN_RBR] = {"RBR", "ADV"},    [PENN_RBS] = {"RBS", "ADV"},  [PENN_RP] = {"RP", "ADP"},
    [PENN_SYM] = {"SYM", "SYM"},    [PENN_TO] = {"TO", "PART"},   [PENN_UH] = {"UH", "INTJ"},
    [PENN_VB] = {"VB", "VERB"},     [PENN_VBD] = {"VBD", "VERB"}, [PENN_VBG] = {"VBG", "VERB"},
    [PENN_VBN] = {"VBN", "VERB"},   [PENN_VBP] = {"VBP", "VERB"}, [PENN_VBZ] = {"VBZ", "VERB"},
    [PENN_WDT] = {"WDT", "DET"},    [PENN_WP] = {"WP", "PRON"},   [PENN_WPS] = {"WP$", "PRON"},
    [PENN_WRB] = {"WRB", "ADV"},    [PENN_HASH] = {"#", "SYM"},   [PENN_DOLLAR] = {"$", "SYM"},
    [PENN_OPEN_QUOTE] = {"``", "PUNCT"}, [PENN_CLOSE_QUOTE] = {"''", "PUNCT"},
    [PENN_LRB] = {"-LRB-", "PUNCT"}, [PENN_RRB] = {"-RRB-", "PUNCT"}, [PENN_COMMA] = {",", "PUNCT"},
    [PENN_PERIOD] = {".", "PUNCT"}, [PENN_COLON] = {":", "PUNCT"},
};

const char *penn_name(penn_tag tag) { return (unsigned)tag < PENN_COUNT ? tags[tag].name : "_"; }
const char *penn_upos(penn_tag tag) { return (unsigned)tag < PENN_COUNT ? tags[tag].upos : "X"; }

penn_tag penn_from_name(const char *s, size_t n)
{
    for (int t = 1; t < PENN_COUNT; t++)
        if (strlen(tags[t].name) == n && memcmp(tags[t].name, s, n) == 0) return (penn_tag)t;
    return PENN_NONE;
}
