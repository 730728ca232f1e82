/* abbrev.h - the small word lists that sentence splitting depends on:
 * abbreviations (whose period is not a full stop), words that typically
 * start a sentence, and reporting verbs. */
#ifndef DYAD_ABBREV_H
#define DYAD_ABBREV_H

#include <stddef.h>

typedef enum {
    ABBREV_NONE,
    ABBREV_TITLE,  /* Mr. Gen. Dr.: never ends a sentence */
    ABBREV_OTHER,  /* U.S. Inc. Jan. St.: ends one only before a sentence starter */
    ABBREV_NUMBER  /* No. Nos.: an abbreviation only before a number */
} abbrev_class;

/* Class of s[0..n) followed by a period ("U.S" for "U.S."): listed words,
 * dotted letter sequences and single-letter initials. */
abbrev_class abbrev_lookup(const char *s, size_t n);

int is_sentence_starter(const char *s, size_t n); /* "The", "He", "However", ... */
int is_reporting_verb(const char *s, size_t n);   /* "said", "asked", ... */

#endif
