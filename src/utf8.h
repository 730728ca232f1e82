/* utf8.h - the Unicode facts the text layer needs: validation, NFC, and
 * character classes. Unicode data comes from utf8proc; this file adds fast
 * paths so that ASCII and typical news punctuation cost almost nothing. */
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Checks s[0..n) is valid UTF-8 (no NUL). Returns 0, or -1 with *bad set to
 * the offending byte offset. Sets *needs_nfc when some character could
 * change under NFC (otherwise the text is already NFC). */
int utf8_check(const char *s, size_t n, size_t *bad, int *needs_nfc);

/* Length of the valid UTF-8 sequence at s (1 for ASCII), 0 when invalid
 * (overlong, surrogate, beyond U+10FFFF, or cut short by avail). */
size_t utf8_valid_len(const unsigned char *s, size_t avail);

/* Appends the NFC form of valid, NUL-free UTF-8 s[0..n) to out. */
void utf8_nfc(const char *s, size_t n, dbuf *out);

/* Byte length of the character that starts with byte c. */
static inline size_t utf8_char_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
}

/* Decodes the character at s (s < end, valid UTF-8); returns its length. */
static inline size_t utf8_decode(const char *s, const char *end, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    size_t n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
    if ((size_t)(end - s) < n) { *cp = 0xFFFD; return 1; }
    int32_t c = u[0] & (0x3F >> (n - 1));
    for (size_t i = 1; i < n; i++) c = (c << 6) | (u[i] & 0x3F);
    *cp = c;
    return n;
}

/* Length of the white-space character at s, or 0 (ASCII white space, no-break
 * and other Unicode spaces, zero-width space). */
size_t utf8_space_len_slow(const char *s, const char *end);
static inline size_t utf8_space_len(const char *s, const char *end)
{
    unsigned char c = (unsigned char)*s;
    if (c > ' ' && c < 0x80) return 0;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
    return c < 0x80 ? 0 : utf8_space_len_slow(s, end);
}

int utf8_is_word_char(int32_t cp);  /* letters, marks, digits */
int utf8_is_letter(int32_t cp);
int utf8_is_upper(int32_t cp);      /* upper- or title-case letter */
int utf8_is_lower(int32_t cp);
int utf8_is_currency(int32_t cp);

#endif
