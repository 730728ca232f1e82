/* bench_dict.c - how long loading a full dictionary set from source takes
 * (read, parse, build the model), how long mapping its compiled cache
 * takes, and the memory it needs: by default the
 * public Phoenix set in ../shared (three actor files, agents, CAMEO.2.0
 * verbs). TABARI needs 0.6-0.7 s for such a set and PETRARCH-2 1.6-1.9 s
 * and 145 MB.
 * usage: bench_dict [DIR]  (default ../shared/dictionaries/phoenix-petrarch2) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dict.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void quiet(void *user, const char *line)
{
    (void)user, (void)line; /* the messages are dyad dict check's business */
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *data = malloc((size_t)n + 1);
    if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return data;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../shared/dictionaries/phoenix-petrarch2";
    static const struct {
        const char *file;
        dict_kind kind;
    } files[] = {
        {"Phoenix.Countries.actors.txt", DICT_KIND_ACTORS}, {"Phoenix.International.actors.txt", DICT_KIND_ACTORS},
        {"Phoenix.MilNonState.actors.txt", DICT_KIND_ACTORS}, {"Phoenix.agents.txt", DICT_KIND_AGENTS},
        {"CAMEO.2.0.txt", DICT_KIND_VERBS},
    };
    enum { N = sizeof files / sizeof *files, ROUNDS = 20 };
    char *data[N];
    size_t len[N], bytes = 0;
    char path[4096];
    for (size_t i = 0; i < N; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i].file);
        if (!(data[i] = slurp(path, &len[i]))) {
            printf("bench_dict: %s not found, skipped\n", path);
            for (size_t k = 0; k < i; k++) free(data[k]);
            return 0;
        }
        bytes += len[i];
    }
    double best = 1e9;
    dict_stats stats = {0};
    for (int round = 0; round < ROUNDS; round++) {
        dict_set set;
        dict_init(&set);
        set.diag = quiet;
        double t0 = now();
        for (size_t i = 0; i < N; i++) dict_load_petrarch2(&set, files[i].file, data[i], len[i], files[i].kind);
        double t = now() - t0;
        if (t < best) best = t;
        if (round == 0) dict_stats_of(&set, &stats);
        dict_free(&set);
    }
    /* the compiled cache of the same set, mapped back */
    dict_set set;
    dict_init(&set);
    set.diag = quiet;
    for (size_t i = 0; i < N; i++) dict_load_petrarch2(&set, files[i].file, data[i], len[i], files[i].kind);
    char cache[] = "/tmp/dyad-bench-XXXXXX";
    int fd = mkstemp(cache);
    dbuf err = {0};
    double cached = -1;
    size_t cache_size = 0;
    if (fd >= 0 && dict_cache_write(&set, cache, &err) == 0) {
        cached = 1e9;
        for (int round = 0; round < ROUNDS; round++) {
            dict_set mapped;
            dict_init(&mapped);
            double t0 = now();
            int ok = dict_cache_map(&mapped, cache, &err) == 0;
            double t = now() - t0;
            if (ok && t < cached) cached = t;
            cache_size = mapped.mapping_len;
            dict_free(&mapped);
        }
    }
    if (fd >= 0) close(fd), remove(cache);
    dict_free(&set);
    dbuf_free(&err);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("Phoenix set      %.1f MB in %d files: %zu actors, %zu names, %zu agents, %zu verbs, %zu patterns\n",
           (double)bytes / (1024.0 * 1024.0), N, stats.actors, stats.actor_names, stats.agents, stats.verbs,
           stats.patterns);
    printf("load from source %.1f ms (best of %d, files already in memory); %zu errors, %zu warnings\n",
           best * 1000, ROUNDS, stats.errors, stats.warnings);
    if (cached >= 0)
        printf("load from cache  %.2f ms (best of %d: map, checksum and check a %.1f MB cache)\n", cached * 1000,
               ROUNDS, (double)cache_size / (1024.0 * 1024.0));
    printf("peak memory      %.1f MB (max RSS, file contents included)\n", (double)ru.ru_maxrss / 1024.0);
    for (size_t i = 0; i < N; i++) free(data[i]);
    return 0;
}
