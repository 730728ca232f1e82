/* fuzz_dict_cache.c - libFuzzer target for the compiled dictionary cache:
 * the bytes are given a correct checksum (so the fuzzer gets past it to the
 * section table and index checks) and mapped; a set that maps must then
 * survive counting and linting. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "dict.h"

static void quiet(void *user, const char *line)
{
    (void)user, (void)line;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy = malloc(size ? size : 1);
    memcpy(copy, data, size);
    if (size >= 32) { /* header: magic, version, sections, size, checksum at 24 */
        uint64_t sum = XXH3_64bits(copy + 32, size - 32), len = size;
        memcpy(copy + 16, &len, 8);
        memcpy(copy + 24, &sum, 8);
    }
    int fd = memfd_create("cache", 0);
    if (fd >= 0 && (size == 0 || write(fd, copy, size) == (ssize_t)size)) {
        char path[64];
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
        dict_set set;
        dict_init(&set);
        dbuf error = {0};
        if (dict_cache_map(&set, path, &error) == 0) {
            set.diag = quiet;
            dict_stats stats;
            dict_stats_of(&set, &stats);
            dict_check(&set);
            (void)dict_cache_fresh(&set);
        }
        dict_free(&set);
        dbuf_free(&error);
    }
    if (fd >= 0) close(fd);
    free(copy);
    return 0;
}
