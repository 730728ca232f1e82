/* dateline.c - recognises the wire dateline that opens many news stories,
 * "NAIROBI, March 3 (Reuters) - ...", so that it is reported as where and by
 * whom the story was filed and kept out of the first sentence. The forms
 * accepted are listed in docs/text.md. */
#include <string.h>
#include <strings.h>

#include "text.h"
#include "utf8.h"

typedef struct {
    const char *s;
    size_t len, pos;
} cursor;

static int32_t peek_cp(const cursor *c, size_t *n)
{
    int32_t cp = -1;
    *n = 0;
    if (c->pos < c->len) *n = utf8_decode(c->s + c->pos, c->s + c->len, &cp);
    return cp;
}

static void skip_blanks(cursor *c)
{
    while (c->pos < c->len && (c->s[c->pos] == ' ' || c->s[c->pos] == '\t')) c->pos++;
}

/* Words of a place name. upper: letters must be upper case; otherwise each
 * word starts with an upper-case letter. Returns the number of letters. */
static size_t place_words(cursor *c, int upper)
{
    size_t letters = 0, start = c->pos, end = c->pos;
    for (;;) {
        size_t n, word_letters = 0, p = c->pos;
        int32_t cp = peek_cp(c, &n);
        if (!upper && !(cp >= 0 && utf8_is_upper(cp))) break;
        while ((cp = peek_cp(c, &n)) >= 0) {
            if (utf8_is_letter(cp)) {
                if (upper && utf8_is_lower(cp)) break;
                word_letters++;
            } else if (!(cp == '.' || cp == '\'' || cp == 0x2019 || cp == '-' || cp == '/')) {
                break;
            }
            c->pos += n;
        }
        cp = peek_cp(c, &n);
        if (word_letters == 0 || (cp >= 0 && utf8_is_letter(cp))) { /* lower case inside: not a place */
            c->pos = p;
            break;
        }
        letters += word_letters;
        end = c->pos;
        if (c->pos < c->len && c->s[c->pos] == ' ' && c->pos + 1 < c->len && c->s[c->pos + 1] != ' ')
            c->pos++;
        else
            break;
    }
    c->pos = end;
    if (letters == 0) c->pos = start;
    return letters;
}

static const char *const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
};

static size_t month_at(const cursor *c)
{
    size_t best = 0;
    for (size_t i = 0; i < sizeof months / sizeof *months; i++) {
        size_t n = strlen(months[i]);
        if (c->pos + n <= c->len && strncasecmp(c->s + c->pos, months[i], n) == 0 &&
            (c->pos + n == c->len || !utf8_is_letter((unsigned char)c->s[c->pos + n])) && n > best)
            best = n;
    }
    if (best && best <= 4 && c->pos + best < c->len && c->s[c->pos + best] == '.') best++;
    return best;
}

static size_t digits_at(const cursor *c, size_t max)
{
    size_t n = 0;
    while (c->pos + n < c->len && n <= max && c->s[c->pos + n] >= '0' && c->s[c->pos + n] <= '9') n++;
    return n <= max ? n : 0;
}

/* "March 3", "Nov. 5, 2024", "3 March": returns 1 and advances. */
static int date_text(cursor *c)
{
    cursor t = *c;
    size_t m = month_at(&t), d;
    if (m) {
        t.pos += m;
        skip_blanks(&t);
        if (!(d = digits_at(&t, 2))) return 0;
        t.pos += d;
    } else {
        if (!(d = digits_at(&t, 2))) return 0;
        t.pos += d;
        skip_blanks(&t);
        if (!(m = month_at(&t))) return 0;
        t.pos += m;
    }
    cursor y = t;
    if (y.pos < y.len && y.s[y.pos] == ',') y.pos++;
    skip_blanks(&y);
    if (digits_at(&y, 4) == 4) t.pos = y.pos + 4;
    *c = t;
    return 1;
}

/* A dash followed by white space: returns the offset after the white space. */
static size_t dash_at(const cursor *c)
{
    const char *p = c->s + c->pos;
    size_t rest = c->len - c->pos, n = 0;
    if (rest >= 2 && p[0] == '-' && p[1] == '-') n = 2;
    else if (rest >= 1 && p[0] == '-') n = 1;
    else if (rest >= 3 && (memcmp(p, "\xE2\x80\x94", 3) == 0 || memcmp(p, "\xE2\x80\x93", 3) == 0)) n = 3;
    if (!n) return 0;
    size_t pos = c->pos + n, ws = 0, w;
    while (pos < c->len && (w = utf8_space_len(c->s + pos, c->s + c->len)) > 0) pos += w, ws++;
    return ws ? pos : 0;
}

static dyad_span span(size_t start, size_t end) { return (dyad_span){start, end - start}; }

size_t dateline_find(const char *text, size_t len, dyad_dateline *out)
{
    memset(out, 0, sizeof *out);
    cursor c = {text, len > 400 ? 400 : len, 0};
    size_t w;
    while (c.pos < c.len && (w = utf8_space_len(c.s + c.pos, c.s + c.len)) > 0) c.pos += w;
    size_t place_start = c.pos;
    int upper = 1;
    if (place_words(&c, 1) < 2) {
        c.pos = place_start;
        upper = 0;
        if (place_words(&c, 0) < 2) return 0;
    }
    dyad_dateline d = {0};
    d.city = span(place_start, c.pos);
    size_t place_end = c.pos;
    for (int part = 0; part < 2 && c.pos < c.len && c.s[c.pos] == ','; part++) {
        cursor t = c;
        t.pos++;
        skip_blanks(&t);
        size_t start = t.pos;
        if (date_text(&t)) {
            d.date = span(start, t.pos);
            c = t;
            break;
        }
        if (part == 1 || place_words(&t, 0) == 0) break;
        d.region = span(start, t.pos);
        place_end = t.pos;
        c = t;
    }
    d.place = span(place_start, place_end);
    skip_blanks(&c);
    if (c.pos < c.len && c.s[c.pos] == '(') {
        const char *close = memchr(c.s + c.pos, ')', c.len - c.pos);
        size_t a = c.pos + 1;
        if (!close || (size_t)(close - c.s) - a > 60 || close == c.s + a) return 0;
        for (size_t i = a; i < (size_t)(close - c.s); i++)
            if (c.s[i] == '(' || c.s[i] == '\n') return 0;
        d.agency = span(a, (size_t)(close - c.s));
        c.pos = (size_t)(close - c.s) + 1;
        skip_blanks(&c);
    }
    if (!upper && !d.agency.len) return 0;
    size_t body = dash_at(&c);
    if (!body) return 0;
    d.found = 1;
    *out = d;
    return body;
}
