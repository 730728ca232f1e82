/* reader.h - what the format readers share: the reader object, reporting of
 * rejected records, and the per-format entry points.
 *
 * reader.c picks the format and dispatches; read_jsonl.c, read_text.c,
 * read_xml.c and read_tabari.c each turn one input format into articles. */
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include "buf.h"
#include "dyad.h"
#include "source.h"

struct dyad_reader {
    dyad_reader_options opt;
    char *name;
    dyad_format format;
    dsource src;
    size_t rejected;
    size_t records; /* records seen, good or bad */
    int done;
    /* the current article's fields */
    dbuf id, date, title, source, url, text;
    dbuf line;  /* line-based readers' current line */
    dbuf msg;   /* message being formatted */
    void *state; /* format-specific state, freed by its reader's close */
    void (*close_state)(void *state);
};

/* Reports a bad record: "name:line: [record ID: ]message", counts it, and
 * returns DYAD_READ_REJECTED. `id` may be NULL. */
dyad_read_status reader_reject(dyad_reader *r, long line, const char *id, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Reports a problem that loses nothing (no count). */
void reader_warn(dyad_reader *r, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Sets r->date from a record's date text; empty text falls back to the
 * default date. Returns 0, or -1 when the text is not a valid date. */
int reader_set_date(dyad_reader *r, const char *text, size_t len);

/* Fills *out from r's buffers (optional fields NULL when empty). */
void reader_emit(dyad_reader *r, dyad_article *out, long line);

dyad_read_status read_jsonl_next(dyad_reader *r, dyad_article *out);
dyad_read_status read_text_next(dyad_reader *r, dyad_article *out);
dyad_read_status read_xml_next(dyad_reader *r, dyad_article *out);
dyad_read_status read_tabari_next(dyad_reader *r, dyad_article *out);

/* Is `line` a TABARI record header ("YYMMDD ID" or "YYYYMMDD ID")? Sets the
 * length of the date digits. */
int tabari_is_header(const char *line, size_t len, size_t *date_len);

#endif
