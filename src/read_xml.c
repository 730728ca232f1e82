/* read_xml.c - PETRARCH validation and record files: <Sentence date=".."
 * id=".."> elements holding a <Text> element. Everything else (<Parse>,
 * <EventCoding/>, configuration) is skipped. The files in the wild are not
 * always well-formed XML, so this is a forgiving scanner, not an XML parser:
 * comments may nest (a comment that quotes "<!-- ... -->"), tags may be
 * self-closed, a missing </Sentence> ends the record at the next <Sentence>.
 * It streams: memory holds one record, not the file. */
#include <string.h>
#include <strings.h>

#include "reader.h"

static int peekc(dyad_reader *r, size_t k)
{
    if (dsrc_fill(&r->src, k + 1) <= k) return -1;
    return (unsigned char)dsrc_peek(&r->src)[k];
}

static void advance(dyad_reader *r, size_t n) { dsrc_skip(&r->src, n); }

static int looking_at(dyad_reader *r, const char *s)
{
    size_t n = strlen(s);
    return dsrc_fill(&r->src, n) >= n && strncasecmp(dsrc_peek(&r->src), s, n) == 0;
}

/* Is the tag at the cursor "<name" followed by a delimiter? */
static int at_tag(dyad_reader *r, const char *name)
{
    size_t n = strlen(name);
    if (!looking_at(r, name)) return 0;
    int c = peekc(r, n);
    return c == -1 || c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Skips "<!-- ... -->", counting nested openers. */
static void skip_comment(dyad_reader *r)
{
    int depth = 0;
    while (peekc(r, 0) != -1) {
        if (looking_at(r, "<!--")) {
            depth++;
            advance(r, 4);
        } else if (looking_at(r, "-->")) {
            advance(r, 3);
            if (--depth == 0) return;
        } else {
            advance(r, 1);
        }
    }
}

/* Skips past the next '>' (or to the end). */
static void skip_tag(dyad_reader *r)
{
    int c;
    while ((c = peekc(r, 0)) != -1) {
        advance(r, 1);
        if (c == '>') return;
    }
}

static void put_codepoint(dbuf *b, unsigned long cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) u[0] = (char)cp, n = 1;
    else if (cp < 0x800) u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    dbuf_append(b, u, n);
}

/* At '&': decodes a character or entity reference into b; an unknown one is
 * kept as it stands. */
static void take_entity(dyad_reader *r, dbuf *b)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (looking_at(r, named[i].name)) {
            dbuf_putc(b, named[i].c);
            advance(r, strlen(named[i].name));
            return;
        }
    if (peekc(r, 1) == '#') {
        int hex = peekc(r, 2) == 'x' || peekc(r, 2) == 'X';
        size_t k = hex ? 3 : 2;
        unsigned long cp = 0;
        int c, digits = 0;
        while ((c = peekc(r, k)) != -1 && digits < 8) {
            int v = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (v < 0) break;
            cp = cp * (hex ? 16 : 10) + (unsigned long)v;
            k++, digits++;
        }
        if (c == ';' && digits > 0 && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
            put_codepoint(b, cp);
            advance(r, k + 1);
            return;
        }
    }
    dbuf_putc(b, '&');
    advance(r, 1);
}

/* Reads the attributes of the tag at the cursor (just past its name) up to
 * '>' or "/>", keeping "id" and "date" where asked (id or date may be NULL).
 * Returns 1 if the tag is self-closed. */
static int read_attributes(dyad_reader *r, dbuf *id, dbuf *date, int *has_id, int *has_date)
{
    dbuf name = {0};
    int self_closed = 0, c;
    *has_id = *has_date = 0;
    while ((c = peekc(r, 0)) != -1) {
        if (c == '>') { advance(r, 1); break; }
        if (c == '/' && peekc(r, 1) == '>') { advance(r, 2); self_closed = 1; break; }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') { advance(r, 1); continue; }
        dbuf_clear(&name);
        while ((c = peekc(r, 0)) > 0 && !strchr(" \t\r\n=/>", c)) dbuf_putc(&name, (char)c), advance(r, 1);
        if (name.len == 0) { /* a stray character (or NUL) where a name should be */
            if (c != '=') advance(r, 1);
            if (c != '=') continue;
        }
        while ((c = peekc(r, 0)) == ' ' || c == '\t' || c == '\n' || c == '\r') advance(r, 1);
        if (c != '=') continue; /* attribute without value */
        advance(r, 1);
        while ((c = peekc(r, 0)) == ' ' || c == '\t' || c == '\n' || c == '\r') advance(r, 1);
        const char *key = dbuf_cstr(&name);
        dbuf *value = strcmp(key, "id") == 0 ? id : strcmp(key, "date") == 0 ? date : NULL;
        if (value) {
            dbuf_clear(value);
            *(value == id ? has_id : has_date) = 1;
        }
        int quote = (c == '"' || c == '\'') ? c : 0;
        if (quote) advance(r, 1);
        while ((c = peekc(r, 0)) != -1) {
            if (quote ? c == quote : (c == ' ' || c == '\t' || c == '\n' || c == '>' || c == '/')) break;
            if (c == '&' && value) take_entity(r, value);
            else {
                if (value) dbuf_putc(value, (char)c);
                advance(r, 1);
            }
        }
        if (quote && c == quote) advance(r, 1);
    }
    dbuf_free(&name);
    return self_closed;
}

/* Collects the content of <Text> up to </Text> into r->text. */
static void read_text_element(dyad_reader *r)
{
    int c;
    while ((c = peekc(r, 0)) != -1) {
        if (c == '<') {
            if (at_tag(r, "</Text")) { skip_tag(r); return; }
            if (looking_at(r, "<!--")) { skip_comment(r); continue; }
            if (looking_at(r, "<![CDATA[")) {
                advance(r, 9);
                while (peekc(r, 0) != -1 && !looking_at(r, "]]>")) {
                    dbuf_putc(&r->text, (char)peekc(r, 0));
                    advance(r, 1);
                }
                if (looking_at(r, "]]>")) advance(r, 3);
                continue;
            }
            if (at_tag(r, "</Sentence") || at_tag(r, "<Sentence")) return; /* unclosed <Text> */
            skip_tag(r); /* markup inside the text */
            continue;
        }
        if (c == '&') take_entity(r, &r->text);
        else {
            dbuf_putc(&r->text, (char)c);
            advance(r, 1);
        }
    }
}

/* Reads a record from just past "<Sentence". */
static dyad_read_status read_record(dyad_reader *r, dyad_article *out, long line)
{
    dbuf date = {0};
    int has_id, has_date, has_text = 0, closed = 0;
    dbuf_clear(&r->text);
    dbuf_clear(&r->id);
    int self_closed = read_attributes(r, &r->id, &date, &has_id, &has_date);
    if (!self_closed) {
        int c;
        while ((c = peekc(r, 0)) != -1) {
            if (c != '<') { advance(r, 1); continue; }
            if (looking_at(r, "<!--")) skip_comment(r);
            else if (at_tag(r, "</Sentence")) { skip_tag(r); closed = 1; break; }
            else if (at_tag(r, "<Sentence")) break; /* the next record starts: this one is unclosed */
            else if (at_tag(r, "<Text")) {
                advance(r, 5);
                int unused_id, unused_date;
                int empty = read_attributes(r, NULL, NULL, &unused_id, &unused_date);
                if (has_text) dbuf_putc(&r->text, '\n');
                has_text = 1;
                if (!empty) read_text_element(r);
            } else skip_tag(r);
        }
    }
    dyad_read_status st = DYAD_READ_ARTICLE;
    const char *id = dbuf_cstr(&r->id);
    if (!has_id || !*id) st = reader_reject(r, line, NULL, "<Sentence> without an id attribute");
    else if (self_closed) st = reader_reject(r, line, id, "empty <Sentence/> element");
    else if (!closed && peekc(r, 0) == -1) st = reader_reject(r, line, id, "unterminated <Sentence> (no </Sentence> before the end)");
    else if (!has_text) st = reader_reject(r, line, id, "no <Text> element");
    else if (memchr(r->text.data ? r->text.data : "", '\0', r->text.len)) st = reader_reject(r, line, id, "NUL byte in text");
    else if (reader_set_date(r, has_date ? date.data : "", has_date ? date.len : 0) != 0)
        st = reader_reject(r, line, id, "unparseable date \"%.40s\"", dbuf_cstr(&date));
    else {
        if (!closed) reader_warn(r, line, "record %s: no </Sentence>; the record ends at the next <Sentence>", id);
        dbuf_clear(&r->title), dbuf_clear(&r->source), dbuf_clear(&r->url);
        reader_emit(r, out, line);
    }
    dbuf_free(&date);
    return st;
}

dyad_read_status read_xml_next(dyad_reader *r, dyad_article *out)
{
    for (;;) {
        size_t avail = dsrc_fill(&r->src, 1);
        if (avail == 0) return DYAD_READ_END;
        const char *p = dsrc_peek(&r->src);
        const char *lt = memchr(p, '<', avail);
        if (!lt) { advance(r, avail); continue; }
        advance(r, (size_t)(lt - p));
        if (looking_at(r, "<!--")) skip_comment(r);
        else if (at_tag(r, "<Sentence")) {
            long line = r->src.line;
            advance(r, 9);
            return read_record(r, out, line);
        } else skip_tag(r);
    }
}
