/* text.h - the text layer's stages, in the order doc.c runs them:
 * dateline.c finds a wire dateline, token.c cuts the body into tokens,
 * split.c groups tokens into sentences. Each works on the normalised text
 * and writes into arrays the caller keeps between articles. */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include "dyad.h"

typedef struct {
    dyad_token *items;
    size_t count, cap;
} token_list;

typedef struct {
    dyad_sentence *items;
    size_t count, cap;
} sentence_list;

/* Recognises a dateline at the start of text; returns the offset where the
 * body starts (0 when there is none, with out->found = 0). */
size_t dateline_find(const char *text, size_t len, dyad_dateline *out);

/* Appends the tokens of text[start..end) to list (cleared first). */
void tokenize(const char *text, size_t start, size_t end, token_list *list);

/* Groups tokens into sentences (list cleared first). */
void split_sentences(const char *text, const token_list *tokens, sentence_list *list);

#endif
