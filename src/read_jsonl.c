/* read_jsonl.c - JSON Lines articles: one object per line with "id", "date"
 * and "text", optional "title", "source" and "url"; other fields are ignored.
 * JSON itself is parsed by cJSON (chosen over jansson for speed: the reader
 * must keep up with the text layer); this file checks the record's shape and
 * what cJSON does not: UTF-8 validity and \u0000 escapes. */
#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

#include "reader.h"
#include "utf8.h"

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

/* Is there a "\u0000" escape (not an escaped backslash followed by "u0000")?
 * cJSON would decode it into a NUL that cuts the string short. */
static int has_nul_escape(const char *s, size_t n)
{
    const char *end = s + n, *p = s;
    while ((p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
        const char *q = p;
        while (q < end && *q == '\\') q++;
        if ((q - p) % 2 == 1 && end - q >= 5 && q[0] == 'u' && memcmp(q + 1, "0000", 4) == 0) return 1;
        p = q;
    }
    return 0;
}

/* Copies an optional string field into b. Returns 0, or -1 when the field
 * has a type other than string or null. */
static int take_string(const cJSON *obj, const char *key, dbuf *b)
{
    dbuf_clear(b);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || cJSON_IsNull(v)) return 0;
    if (!cJSON_IsString(v)) return -1;
    dbuf_puts(b, v->valuestring);
    return 0;
}

/* The record id: a non-empty string or an integer. */
static int take_id(const cJSON *v, dbuf *id)
{
    dbuf_clear(id);
    if (cJSON_IsString(v) && v->valuestring[0]) {
        dbuf_puts(id, v->valuestring);
    } else if (cJSON_IsNumber(v) && v->valuedouble == floor(v->valuedouble) && fabs(v->valuedouble) < 9007199254740992.0) {
        dbuf_printf(id, "%.0f", v->valuedouble);
    } else {
        return -1;
    }
    dbuf_cstr(id);
    return 0;
}

static dyad_read_status parse_record(dyad_reader *r, dyad_article *out, long line)
{
    const char *text = r->line.data;
    size_t len = r->line.len, bad;
    int needs_nfc;
    const char *nul = memchr(text, '\0', len);
    if (nul) return reader_reject(r, line, NULL, "NUL byte at column %zu", (size_t)(nul - text) + 1);
    if (utf8_check(text, len, &bad, &needs_nfc) != 0)
        return reader_reject(r, line, NULL, "invalid UTF-8 at column %zu", bad + 1);
    if (has_nul_escape(text, len)) return reader_reject(r, line, NULL, "a string contains a NUL character (\\u0000)");

    const char *error_at = NULL;
    cJSON *obj = cJSON_ParseWithLengthOpts(text, len + 1, &error_at, 1); /* + its NUL: nothing may follow */
    if (!obj) {
        size_t column = error_at && error_at >= text && error_at <= text + len ? (size_t)(error_at - text) + 1 : 1;
        return reader_reject(r, line, NULL, "invalid JSON at column %zu", column);
    }
    dyad_read_status st = DYAD_READ_ARTICLE;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(obj, "id");
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(obj, "text");
    const cJSON *date = cJSON_GetObjectItemCaseSensitive(obj, "date");
    dbuf_clear(&r->id);
    const char *rid = NULL;
    if (!cJSON_IsObject(obj)) {
        st = reader_reject(r, line, NULL, "expected a JSON object");
    } else if (!id || cJSON_IsNull(id)) {
        st = reader_reject(r, line, NULL, "missing field \"id\"");
    } else if (take_id(id, &r->id) != 0) {
        st = reader_reject(r, line, NULL, "field \"id\" must be a non-empty string or an integer");
    } else {
        rid = r->id.data;
    }
    if (st != DYAD_READ_ARTICLE) {
        /* already reported */
    } else if (!body || cJSON_IsNull(body)) {
        st = reader_reject(r, line, rid, "missing field \"text\"");
    } else if (!cJSON_IsString(body)) {
        st = reader_reject(r, line, rid, "field \"text\" must be a string");
    } else if (date && !cJSON_IsNull(date) && !cJSON_IsString(date)) {
        st = reader_reject(r, line, rid, "field \"date\" must be a string");
    } else if (cJSON_IsString(date) ? reader_set_date(r, date->valuestring, strlen(date->valuestring)) != 0
                                    : reader_set_date(r, "", 0) != 0) {
        st = reader_reject(r, line, rid, "unparseable date \"%.40s\" (want YYYY-MM-DD or YYYYMMDD)",
                           date->valuestring);
    } else if (take_string(obj, "title", &r->title) || take_string(obj, "source", &r->source) ||
               take_string(obj, "url", &r->url)) {
        st = reader_reject(r, line, rid, "fields \"title\", \"source\" and \"url\" must be strings");
    } else {
        dbuf_clear(&r->text);
        dbuf_puts(&r->text, body->valuestring);
        reader_emit(r, out, line);
    }
    cJSON_Delete(obj);
    return st;
}

dyad_read_status read_jsonl_next(dyad_reader *r, dyad_article *out)
{
    for (;;) {
        long line = r->src.line;
        if (!dsrc_getline(&r->src, &r->line)) return DYAD_READ_END;
        if (is_blank(r->line.data, r->line.len)) continue;
        return parse_record(r, out, line);
    }
}
