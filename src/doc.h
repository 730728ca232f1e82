/* doc.h - what a dyad_doc holds, shared by the files that fill it: doc.c
 * (text layer) and docparse.c (tags, lemmas, chunks, clauses). */
#ifndef DYAD_DOC_H
#define DYAD_DOC_H

#include "buf.h"
#include "dyad.h"
#include "text.h"

struct dyad_doc {
    dbuf text;        /* normalised article text */
    dyad_dateline dateline;
    token_list tokens;
    sentence_list sentences;
    dbuf sentence_text;
    dbuf error;
    /* filled by dyad_doc_parse */
    int parsed;
    dyad_token_parse *parses; /* parallel to tokens */
    size_t parses_cap;
    dbuf lemmas;
    dyad_clause *clauses;     /* all sentences' clauses, in order */
    size_t n_clauses, clauses_cap;
    size_t *clause_index;     /* per sentence: first clause; [sentences] = total */
    size_t clause_index_cap;
};

#endif
