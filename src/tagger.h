/* tagger.h - the part-of-speech tagger: an averaged perceptron trained on
 * the Brown corpus (tools/train_tagger.c), its model memory-mapped from
 * data/model/tagger.bin. */
#ifndef DYAD_TAGGER_H
#define DYAD_TAGGER_H

#include <stddef.h>

#include "buf.h"
#include "lemma.h"
#include "penn.h"

typedef struct tagger tagger;

/* Loads a model file; on failure returns NULL and appends a one-line reason
 * to *error. */
tagger *tagger_load(const char *path, dbuf *error);
void tagger_free(tagger *t);

/* Tags one sentence: words[i] (lens[i] bytes of UTF-8, as tokenized by
 * dyad's tokenizer) gets tags[i]. n may be 0. Thread-safe for one tagger. */
void tagger_tag(const tagger *t, const char *const *words, const size_t *lens, size_t n, penn_tag *tags);

/* A repair that needs lemmas, run after tagger_tag: a verb after "to VB ...
 * and" whose past reading is its own base form ("and restore") is a second
 * infinitive (VB). */
void tagger_repair_infinitives(const lemmatizer *l, const char *const *words, const size_t *lens, size_t n,
                               penn_tag *tags);

#endif
