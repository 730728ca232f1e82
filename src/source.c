/* source.c - buffered bytes from a stream or from memory (see source.h). */
#include "source.h"

#include <stdlib.h>
#include <string.h>

enum { CHUNK = 1 << 16 };

void dsrc_init_stream(dsource *s, FILE *stream)
{
    memset(s, 0, sizeof *s);
    s->stream = stream;
    s->line = 1;
}

void dsrc_init_memory(dsource *s, const void *data, size_t size)
{
    memset(s, 0, sizeof *s);
    s->data = size ? data : "";
    s->len = size;
    s->eof = 1;
    s->line = 1;
}

void dsrc_free(dsource *s)
{
    free(s->owned);
    s->owned = NULL;
}

size_t dsrc_fill(dsource *s, size_t n)
{
    while (s->len - s->pos < n && !s->eof) {
        size_t unread = s->len - s->pos;
        if (s->pos > 0) { /* slide the unread bytes to the front */
            memmove(s->owned, s->owned + s->pos, unread);
            s->pos = 0;
            s->len = unread;
        }
        size_t want = (n > unread + CHUNK ? n - unread : CHUNK);
        void *owned = s->owned;
        dyad_grow(&owned, &s->cap, unread + want, 1);
        s->owned = owned;
        s->data = s->owned;
        size_t got = fread(s->owned + s->len, 1, s->cap - s->len, s->stream);
        s->len += got;
        if (got == 0) {
            s->eof = 1;
            if (ferror(s->stream)) s->error = 1;
        }
    }
    return s->len - s->pos;
}

void dsrc_skip(dsource *s, size_t n)
{
    const char *p = s->data + s->pos, *end = p + n;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        s->line++;
        p++;
    }
    s->pos += n;
}

int dsrc_getline(dsource *s, dbuf *line)
{
    dbuf_clear(line);
    if (dsrc_fill(s, 1) == 0) return 0;
    for (;;) {
        const char *p = s->data + s->pos;
        size_t avail = s->len - s->pos;
        const char *nl = memchr(p, '\n', avail);
        if (nl) {
            dbuf_append(line, p, (size_t)(nl - p));
            s->pos += (size_t)(nl - p) + 1;
            s->line++;
            break;
        }
        dbuf_append(line, p, avail);
        s->pos += avail;
        if (dsrc_fill(s, 1) == 0) break;
    }
    if (line->len && line->data[line->len - 1] == '\r') line->len--;
    dbuf_cstr(line);
    return 1;
}

void dsrc_read_rest(dsource *s, dbuf *out)
{
    while (dsrc_fill(s, 1) > 0) {
        size_t avail = s->len - s->pos;
        dbuf_append(out, s->data + s->pos, avail);
        dsrc_skip(s, avail);
    }
}
