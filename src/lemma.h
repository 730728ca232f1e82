/* lemma.h - lemmas for verbs and nouns (met -> meet, crises -> crisis):
 * irregular forms from a table in data/model, regular ones by rule. */
#ifndef DYAD_LEMMA_H
#define DYAD_LEMMA_H

#include <stddef.h>

#include "buf.h"
#include "penn.h"

typedef struct lemmatizer lemmatizer;

/* Loads the exception table; NULL and a one-line reason in *error on failure. */
lemmatizer *lemmatizer_load(const char *path, dbuf *error);
void lemmatizer_free(lemmatizer *l);

/* Appends the lemma of word (len bytes, Penn tag) to out. Verbs and common
 * nouns are lower-cased and reduced (held/VBD -> hold, talks/NNS -> talk);
 * proper nouns keep their form; other words are lower-cased. */
void lemmatize(const lemmatizer *l, const char *word, size_t len, penn_tag tag, dbuf *out);

#endif
