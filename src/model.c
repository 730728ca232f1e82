/* model.c - loads the statistical and lexical models dyad runs on (the
 * tagger and the lemmatiser) from the data directory: the one given, else
 * $DYAD_DATA, else the directory the library was built with. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dyad.h"
#include "lemma.h"
#include "model.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

const char *dyad_data_dir(const char *data_dir)
{
    if (!data_dir) data_dir = getenv("DYAD_DATA");
    if (!data_dir || !*data_dir) data_dir = DYAD_DATA_DIR;
    return data_dir;
}

dyad_model *dyad_model_load(const char *data_dir, char **error)
{
    data_dir = dyad_data_dir(data_dir);
    dyad_model *m = dyad_xmalloc(sizeof *m);
    memset(m, 0, sizeof *m);
    dbuf path = {0}, err = {0};
    dbuf_printf(&path, "%s/model/tagger.bin", data_dir);
    m->tagger = tagger_load(dbuf_cstr(&path), &err);
    if (m->tagger) {
        dbuf_clear(&path);
        dbuf_printf(&path, "%s/model/lemma.bin", data_dir);
        m->lemmatizer = lemmatizer_load(dbuf_cstr(&path), &err);
    }
    dbuf_free(&path);
    if (!m->tagger || !m->lemmatizer) {
        if (error) *error = dyad_xstrdup(err.len ? dbuf_cstr(&err) : "cannot load the models");
        dbuf_free(&err);
        dyad_model_free(m);
        return NULL;
    }
    dbuf_free(&err);
    return m;
}

void dyad_model_free(dyad_model *m)
{
    if (!m) return;
    if (m->tagger) tagger_free(m->tagger);
    if (m->lemmatizer) lemmatizer_free(m->lemmatizer);
    free(m);
}
