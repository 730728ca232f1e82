/* model.h - the models a dyad_model holds (see model.c). */
#ifndef DYAD_MODEL_H
#define DYAD_MODEL_H

#include "lemma.h"
#include "tagger.h"

struct dyad_model {
    tagger *tagger;
    lemmatizer *lemmatizer;
};

#endif
