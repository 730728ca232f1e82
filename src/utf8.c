/* utf8.c - validation, NFC and character classes (see utf8.h). */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Characters that may combine with what precedes them although their
 * combining class is 0 (Hangul jamo, some Indic and Myanmar vowel signs):
 * their scripts always take the full NFC path. */
static int maybe_composes(int32_t cp)
{
    return (cp >= 0x0900 && cp <= 0x0DFF) || (cp >= 0x1000 && cp <= 0x109F) ||
           (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x1B00 && cp <= 0x1B7F) ||
           (cp >= 0x11000 && cp <= 0x11FFF);
}

static int nfc_stable(int32_t cp)
{
    if (cp < 0x300) return 1;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    return p->combining_class == 0 && !p->comp_exclusion && !maybe_composes(cp);
}

int utf8_check(const char *s, size_t n, size_t *bad, int *needs_nfc)
{
    size_t i = 0;
    *needs_nfc = 0;
    while (i < n) {
        /* ASCII runs eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            /* a zero byte is ASCII too: look for it */
            if ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = (unsigned char)s[i];
        if (c == 0) { *bad = i; return -1; }
        if (c < 0x80) { i++; continue; }
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (len < 0) { *bad = i; return -1; }
        if (!nfc_stable(cp)) *needs_nfc = 1;
        i += (size_t)len;
    }
    return 0;
}

void utf8_nfc(const char *s, size_t n, dbuf *out)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (len < 0) { /* cannot happen for valid input; keep the text as it is */
        dbuf_append(out, s, n);
        return;
    }
    dbuf_append(out, nfc, (size_t)len);
    free(nfc);
}

size_t utf8_space_len_slow(const char *s, const char *end)
{
    int32_t cp;
    size_t len = utf8_decode(s, end, &cp);
    if (cp == 0x200B || cp == 0x85 || cp == 0x2028 || cp == 0x2029) return len;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS ? len : 0;
}

int utf8_is_letter(int32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int utf8_is_word_char(int32_t cp)
{
    if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

int utf8_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int utf8_is_lower(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

int utf8_is_currency(int32_t cp)
{
    if (cp < 0x80) return cp == '$';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_SC;
}

size_t utf8_valid_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    size_t n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
    else return 0;
    if (avail < n) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}
