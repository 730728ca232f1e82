/* buf.c - growable byte buffers and arrays (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t size)
{
    fprintf(stderr, "dyad: out of memory (%zu bytes)\n", size);
    abort();
}

void *dyad_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

void *dyad_xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p) out_of_memory(size);
    return p;
}

char *dyad_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(dyad_xmalloc(n), s, n);
}

void dyad_grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return;
    size_t n = *cap ? *cap : 16;
    while (n < need) {
        if (n > SIZE_MAX / 2) out_of_memory(SIZE_MAX);
        n *= 2;
    }
    if (n > SIZE_MAX / size) out_of_memory(SIZE_MAX);
    *items = dyad_xrealloc(*items, n * size);
    *cap = n;
}

void dbuf_reserve(dbuf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1) out_of_memory(SIZE_MAX);
    void *data = b->data;
    dyad_grow(&data, &b->cap, b->len + extra + 1, 1);
    b->data = data;
}

void dbuf_append(dbuf *b, const void *data, size_t len)
{
    if (!len) return;
    dbuf_reserve(b, len);
    memcpy(b->data + b->len, data, len);
    b->len += len;
}

void dbuf_putc(dbuf *b, char c)
{
    dbuf_reserve(b, 1);
    b->data[b->len++] = c;
}

void dbuf_puts(dbuf *b, const char *s) { dbuf_append(b, s, strlen(s)); }

void dbuf_vprintf(dbuf *b, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    dbuf_reserve(b, 128);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, copy);
    va_end(copy);
    if (n < 0) return;
    if ((size_t)n >= b->cap - b->len) { /* did not fit: grow and write again */
        dbuf_reserve(b, (size_t)n);
        va_copy(copy, ap);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, copy);
        va_end(copy);
    }
    b->len += (size_t)n;
}

void dbuf_printf(dbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *dbuf_cstr(dbuf *b)
{
    dbuf_reserve(b, 0);
    b->data[b->len] = '\0';
    return b->data;
}

void dbuf_clear(dbuf *b) { b->len = 0; }

void dbuf_free(dbuf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
