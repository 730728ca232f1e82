/* testutil.h - small helpers shared by the test programs: reading files,
 * writing temporary inputs, and running the dyad binary. */
#ifndef DYAD_TESTUTIL_H
#define DYAD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

/* Reads a whole file; NULL if it cannot be read. *len gets its size. */
static inline char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (len) *len = 0;
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap + 1);
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) buf = realloc(buf, (cap *= 2) + 1);
    }
    fclose(f);
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

/* A fresh temporary directory for this test program. */
static inline const char *tu_tmpdir(void)
{
    static char dir[64];
    if (!dir[0]) {
        strcpy(dir, "/tmp/dyad-test-XXXXXX");
        if (!mkdtemp(dir)) abort();
    }
    return dir;
}

/* Writes data to <tmpdir>/name and returns the path (static buffer per call
 * site is not needed: the path is malloc'd and must be freed). */
static inline char *tu_write_tmp(const char *name, const void *data, size_t len)
{
    const char *dir = tu_tmpdir();
    char *path = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (len && fwrite(data, 1, len, f) != len) abort();
    fclose(f);
    return path;
}

static inline int tu_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* Messages a library reports through its diagnostics callback, kept for
 * the test to look at. */
typedef struct {
    char *messages[64];
    size_t count;
} diag_log;

static inline void collect(void *user, const char *line)
{
    diag_log *log = user;
    if (log->count < 64) log->messages[log->count++] = strdup(line);
}

static inline void log_free(diag_log *log)
{
    for (size_t i = 0; i < log->count; i++) free(log->messages[i]);
    log->count = 0;
}

static inline int logged(const diag_log *log, const char *needle)
{
    for (size_t i = 0; i < log->count; i++)
        if (strstr(log->messages[i], needle)) return 1;
    return 0;
}

#endif
