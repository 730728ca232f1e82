/* read_tabari.c - TABARI/PETRARCH-1 text records: a "YYMMDD ID" header line
 * (YYYYMMDD also accepted), the story's text lines, then a blank line.
 * Lines starting with '#' between records are comments. A record's text ends
 * at its first "/ *" (comment opener): the comment that follows (TABARI's validation files keep
 * expected events there) runs to the blank line. Unlike TABARI, no line or
 * record length limit applies. */
#include <string.h>

#include "reader.h"

static int is_blank(const dbuf *line)
{
    for (size_t i = 0; i < line->len; i++)
        if (line->data[i] != ' ' && line->data[i] != '\t' && line->data[i] != '\r') return 0;
    return 1;
}

/* Reads lines up to the next blank line or the end, appending the record's
 * text (up to the first comment) to r->text. Returns the line count seen. */
static void read_body(dyad_reader *r, int keep)
{
    int in_comment = 0;
    while (dsrc_getline(&r->src, &r->line) && !is_blank(&r->line)) {
        if (!keep || in_comment) continue;
        const char *start = strstr(dbuf_cstr(&r->line), "/*");
        size_t n = start ? (size_t)(start - r->line.data) : r->line.len;
        if (start) in_comment = 1;
        if (n == 0) continue;
        if (r->text.len) dbuf_putc(&r->text, '\n');
        dbuf_append(&r->text, r->line.data, n);
    }
}

dyad_read_status read_tabari_next(dyad_reader *r, dyad_article *out)
{
    for (;;) {
        long line = r->src.line;
        if (!dsrc_getline(&r->src, &r->line)) return DYAD_READ_END;
        if (is_blank(&r->line) || r->line.data[0] == '#') continue;
        size_t date_len;
        if (!tabari_is_header(r->line.data, r->line.len, &date_len)) {
            reader_reject(r, line, NULL, "text outside a record (want a \"YYMMDD ID\" header line first)");
            read_body(r, 0);
            return DYAD_READ_REJECTED;
        }
        const char *p = r->line.data + date_len;
        while (*p == ' ' || *p == '\t') p++;
        size_t id_len = strcspn(p, " \t\r");
        dbuf_clear(&r->id);
        dbuf_append(&r->id, p, id_len);
        dbuf_cstr(&r->id);
        dbuf_clear(&r->text);
        if (memchr(r->line.data, '\0', r->line.len)) {
            reader_reject(r, line, r->id.data, "NUL byte in header");
            read_body(r, 0);
            return DYAD_READ_REJECTED;
        }
        char iso[11];
        if (dyad_date_parse(r->line.data, date_len, iso) != 0) {
            reader_reject(r, line, r->id.data, "unparseable date \"%.*s\" (want YYMMDD or YYYYMMDD)",
                          (int)(date_len > 12 ? 12 : date_len), r->line.data);
            read_body(r, 0);
            return DYAD_READ_REJECTED;
        }
        reader_set_date(r, iso, 10);
        read_body(r, 1);
        if (memchr(r->text.data ? r->text.data : "", '\0', r->text.len))
            return reader_reject(r, line, r->id.data, "NUL byte in text");
        dbuf_clear(&r->title), dbuf_clear(&r->source), dbuf_clear(&r->url);
        reader_emit(r, out, line);
        return DYAD_READ_ARTICLE;
    }
}
