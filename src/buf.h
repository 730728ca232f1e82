/* buf.h - growable byte buffers and arrays, the one place memory grows.
 *
 * Every stage keeps its output in a buffer that is cleared, not freed, between
 * articles, so a run's memory follows its largest article, not its input size.
 * Allocation failure aborts with a message: a coder that cannot allocate a few
 * bytes has no useful way to go on. */
#ifndef DYAD_BUF_H
#define DYAD_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct {
    char *data;
    size_t len, cap;
} dbuf;

void *dyad_xmalloc(size_t size);
void *dyad_xrealloc(void *ptr, size_t size);
char *dyad_xstrdup(const char *s);

void dbuf_reserve(dbuf *b, size_t extra);
void dbuf_append(dbuf *b, const void *data, size_t len);
void dbuf_putc(dbuf *b, char c);
void dbuf_puts(dbuf *b, const char *s);
void dbuf_printf(dbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dbuf_vprintf(dbuf *b, const char *fmt, va_list ap); /* ap is left as it was given */
const char *dbuf_cstr(dbuf *b); /* NUL-terminates (not counted in len) */
void dbuf_clear(dbuf *b);
void dbuf_free(dbuf *b);

/* Makes room for `need` elements of `size` bytes in *items (capacity *cap). */
void dyad_grow(void **items, size_t *cap, size_t need, size_t size);
#define DYAD_GROW(arr, cap, need) dyad_grow((void **)&(arr), &(cap), (need), sizeof *(arr))

#endif
