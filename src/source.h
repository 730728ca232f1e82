/* source.h - buffered bytes from a stream or from memory, with line numbers.
 *
 * Readers pull lines or look a few bytes ahead through this one interface,
 * whatever the input is, and always know the line they are on for messages.
 * The window slides: memory use is one chunk plus the longest lookahead. */
#ifndef DYAD_SOURCE_H
#define DYAD_SOURCE_H

#include <stdio.h>

#include "buf.h"

typedef struct {
    FILE *stream;      /* NULL for a memory source */
    const char *data;  /* window: data[pos..len) is buffered, unread */
    size_t pos, len;
    char *owned;       /* stream sources: the window's storage */
    size_t cap;
    int eof, error;
    long line;         /* line of the next unread byte, from 1 */
} dsource;

void dsrc_init_stream(dsource *s, FILE *stream);
void dsrc_init_memory(dsource *s, const void *data, size_t size);
void dsrc_free(dsource *s);

/* Buffers at least n unread bytes unless the input ends first; returns how
 * many unread bytes are buffered. */
size_t dsrc_fill(dsource *s, size_t n);
static inline const char *dsrc_peek(const dsource *s) { return s->data + s->pos; }
void dsrc_skip(dsource *s, size_t n); /* n <= buffered; counts line breaks */

/* Reads one line into `line` (cleared first) without its "\n" or "\r\n".
 * Returns 1 for a line, 0 at the end of input. */
int dsrc_getline(dsource *s, dbuf *line);

/* Reads everything that is left into `out` (appended). */
void dsrc_read_rest(dsource *s, dbuf *out);

#endif
