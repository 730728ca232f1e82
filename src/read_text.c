/* read_text.c - plain text: the whole input is one article, its id the
 * input's file name and its date the --date given on the command line. */
#include <string.h>

#include "reader.h"

dyad_read_status read_text_next(dyad_reader *r, dyad_article *out)
{
    dbuf_clear(&r->text);
    dsrc_read_rest(&r->src, &r->text);
    r->done = 1; /* one article per input, whatever happens */
    const char *base = strrchr(r->name, '/');
    dbuf_clear(&r->id);
    dbuf_puts(&r->id, base ? base + 1 : r->name);
    const char *nul = memchr(r->text.data ? r->text.data : "", '\0', r->text.len);
    if (nul) {
        long line = 1;
        for (const char *p = r->text.data; p < nul; p++) line += *p == '\n';
        return reader_reject(r, line, dbuf_cstr(&r->id), "NUL byte in text");
    }
    size_t i = 0;
    while (i < r->text.len && (r->text.data[i] == ' ' || r->text.data[i] == '\t' ||
                               r->text.data[i] == '\r' || r->text.data[i] == '\n'))
        i++;
    if (i == r->text.len) return DYAD_READ_END; /* empty: reported by the caller */
    reader_set_date(r, "", 0);
    dbuf_clear(&r->title), dbuf_clear(&r->source), dbuf_clear(&r->url);
    reader_emit(r, out, 1);
    return DYAD_READ_ARTICLE;
}
