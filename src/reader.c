/* reader.c - opens an input, decides its format (by --format, by extension,
 * then by content), and hands each call to that format's reader. Also holds
 * the helpers every format uses to report and emit records. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader.h"

static const struct {
    const char *name;
    dyad_format format;
} format_names[] = {
    {"auto", DYAD_FORMAT_AUTO},
    {"jsonl", DYAD_FORMAT_JSONL},
    {"text", DYAD_FORMAT_TEXT},
    {"petrarch-xml", DYAD_FORMAT_PETRARCH_XML},
    {"tabari", DYAD_FORMAT_TABARI},
};

int dyad_format_from_name(const char *name, dyad_format *out)
{
    for (size_t i = 0; i < sizeof format_names / sizeof *format_names; i++)
        if (strcmp(name, format_names[i].name) == 0) {
            *out = format_names[i].format;
            return 0;
        }
    return -1;
}

const char *dyad_format_name(dyad_format format)
{
    for (size_t i = 0; i < sizeof format_names / sizeof *format_names; i++)
        if (format_names[i].format == format) return format_names[i].name;
    return "?";
}

static dyad_format format_from_extension(const char *name)
{
    static const struct {
        const char *ext;
        dyad_format format;
    } exts[] = {
        {".jsonl", DYAD_FORMAT_JSONL}, {".ndjson", DYAD_FORMAT_JSONL},
        {".json", DYAD_FORMAT_JSONL},  {".xml", DYAD_FORMAT_PETRARCH_XML},
        {".tabari", DYAD_FORMAT_TABARI},
    };
    const char *dot = strrchr(name, '.');
    if (!dot || strchr(dot, '/')) return DYAD_FORMAT_AUTO;
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        if (strcasecmp(dot, exts[i].ext) == 0) return exts[i].format;
    return DYAD_FORMAT_AUTO;
}

int tabari_is_header(const char *line, size_t len, size_t *date_len)
{
    size_t n = 0;
    while (n < len && line[n] >= '0' && line[n] <= '9') n++;
    if (n < 6) return 0; /* other lengths than 6 and 8 make a bad date, not text */
    if (n == len || (line[n] != ' ' && line[n] != '\t')) return 0;
    size_t i = n;
    while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i == len) return 0;
    *date_len = n;
    return 1;
}

/* Looks at the first 64 KiB: '{' starts JSON Lines, '<' XML, a "YYMMDD ID"
 * line (after '#' comment lines) TABARI; anything else is plain text. */
static dyad_format format_from_content(dsource *src)
{
    size_t n = dsrc_fill(src, 1 << 16);
    const char *p = dsrc_peek(src), *end = p + n;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
        if (q < eol) {
            size_t date_len;
            if (*q == '{') return DYAD_FORMAT_JSONL;
            if (*q == '<') return DYAD_FORMAT_PETRARCH_XML;
            if (*q != '#') {
                size_t len = (size_t)(eol - p);
                if (len && p[len - 1] == '\r') len--;
                return tabari_is_header(p, len, &date_len) ? DYAD_FORMAT_TABARI
                                                           : DYAD_FORMAT_TEXT;
            }
        }
        p = eol + 1;
    }
    return DYAD_FORMAT_TEXT;
}

static dyad_reader *reader_new(const char *name, const dyad_reader_options *options)
{
    dyad_reader *r = dyad_xmalloc(sizeof *r);
    memset(r, 0, sizeof *r);
    if (options) r->opt = *options;
    r->name = dyad_xstrdup(name ? name : "-");
    return r;
}

static void reader_start(dyad_reader *r)
{
    r->format = r->opt.format;
    if (r->format == DYAD_FORMAT_AUTO) r->format = format_from_extension(r->name);
    if (dsrc_fill(&r->src, 3) >= 3 && memcmp(dsrc_peek(&r->src), "\xEF\xBB\xBF", 3) == 0)
        dsrc_skip(&r->src, 3); /* a UTF-8 byte-order mark says nothing we need */
    if (r->format == DYAD_FORMAT_AUTO) r->format = format_from_content(&r->src);
}

dyad_reader *dyad_reader_open_stream(FILE *stream, const char *name,
                                     const dyad_reader_options *options)
{
    dyad_reader *r = reader_new(name, options);
    dsrc_init_stream(&r->src, stream);
    reader_start(r);
    return r;
}

dyad_reader *dyad_reader_open_memory(const void *data, size_t size, const char *name,
                                     const dyad_reader_options *options)
{
    dyad_reader *r = reader_new(name, options);
    dsrc_init_memory(&r->src, data, size);
    reader_start(r);
    return r;
}

dyad_read_status dyad_reader_next(dyad_reader *r, dyad_article *out)
{
    if (r->done) return DYAD_READ_END;
    dyad_read_status st;
    switch (r->format) {
    case DYAD_FORMAT_JSONL: st = read_jsonl_next(r, out); break;
    case DYAD_FORMAT_PETRARCH_XML: st = read_xml_next(r, out); break;
    case DYAD_FORMAT_TABARI: st = read_tabari_next(r, out); break;
    default: st = read_text_next(r, out); break;
    }
    if (st == DYAD_READ_END && r->src.error) {
        reader_warn(r, r->src.line, "read error");
        st = DYAD_READ_IO_ERROR;
    } else if (st == DYAD_READ_END && r->records == 0) {
        r->records++;
        st = reader_reject(r, 1, NULL, "no records: the input is empty");
    } else if (st != DYAD_READ_END) {
        r->records++;
    }
    if (st == DYAD_READ_END || st == DYAD_READ_IO_ERROR) r->done = 1;
    return st;
}

dyad_format dyad_reader_format(const dyad_reader *r) { return r->format; }
size_t dyad_reader_rejected(const dyad_reader *r) { return r->rejected; }

void dyad_reader_close(dyad_reader *r)
{
    if (!r) return;
    if (r->close_state) r->close_state(r->state);
    dsrc_free(&r->src);
    dbuf *bufs[] = {&r->id, &r->date, &r->title, &r->source, &r->url, &r->text, &r->line, &r->msg};
    for (size_t i = 0; i < sizeof bufs / sizeof *bufs; i++) dbuf_free(bufs[i]);
    free(r->name);
    free(r);
}

static void report(dyad_reader *r, long line, const char *id, const char *fmt, va_list ap)
{
    dbuf_clear(&r->msg);
    dbuf_printf(&r->msg, "%s:%ld: ", r->name, line);
    if (id && *id) dbuf_printf(&r->msg, "record %s: ", id);
    dbuf_vprintf(&r->msg, fmt, ap);
    const char *text = dbuf_cstr(&r->msg);
    if (r->opt.diag) r->opt.diag(r->opt.diag_user, text);
    else fprintf(stderr, "%s\n", text);
}

dyad_read_status reader_reject(dyad_reader *r, long line, const char *id, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(r, line, id, fmt, ap);
    va_end(ap);
    r->rejected++;
    return DYAD_READ_REJECTED;
}

void reader_warn(dyad_reader *r, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(r, line, NULL, fmt, ap);
    va_end(ap);
}

int reader_set_date(dyad_reader *r, const char *text, size_t len)
{
    char iso[11];
    dbuf_clear(&r->date);
    if (len == 0) {
        if (r->opt.default_date) dbuf_puts(&r->date, r->opt.default_date);
        return 0;
    }
    /* a timestamp ("2024-03-05T14:30:00Z", "2024-03-05 14:30") gives its date as written */
    if (len > 10 && (text[10] == 'T' || text[10] == ' ') && text[4] == '-' && len - 11 >= 4 &&
        text[11] >= '0' && text[11] <= '2' && text[13] == ':')
        len = 10;
    if (dyad_date_parse(text, len, iso) != 0) return -1;
    dbuf_append(&r->date, iso, 10);
    return 0;
}

static const char *optional(dbuf *b) { return b->len ? dbuf_cstr(b) : NULL; }

void reader_emit(dyad_reader *r, dyad_article *out, long line)
{
    memset(out, 0, sizeof *out);
    out->id = dbuf_cstr(&r->id);
    out->date = optional(&r->date);
    out->title = optional(&r->title);
    out->source = optional(&r->source);
    out->url = optional(&r->url);
    out->text = dbuf_cstr(&r->text);
    out->text_len = r->text.len;
    out->file = r->name;
    out->line = line;
}
