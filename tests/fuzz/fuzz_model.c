/* fuzz_model.c - libFuzzer target for the model loaders: the bytes are
 * offered as a tagger model, as a lemmatiser table and as a gazetteer
 * (through an in-memory file), which must either load and work or be
 * refused with a message, never crash. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gazetteer.h"
#include "lemma.h"
#include "tagger.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("model", 0);
    if (fd < 0) return 0;
    if (size && write(fd, data, size) != (ssize_t)size) {
        close(fd);
        return 0;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    dbuf error = {0};
    tagger *t = tagger_load(path, &error);
    if (t) {
        const char *words[] = {"Kenya", "met", "Ethiopia", "."};
        size_t lens[] = {5, 3, 8, 1};
        penn_tag tags[4];
        tagger_tag(t, words, lens, 4, tags);
        tagger_free(t);
    }
    lemmatizer *l = lemmatizer_load(path, &error);
    if (l) {
        dbuf out = {0};
        lemmatize(l, "talks", 5, PENN_NNS, &out);
        lemmatize(l, "held", 4, PENN_VBD, &out);
        dbuf_free(&out);
        lemmatizer_free(l);
    }
    gazetteer *g = gazetteer_load(path, &error);
    if (g) {
        gazetteer_find(g, "Nairobi", 7, "KEN");
        gazetteer_find(g, "Kiev", 4, NULL);
        gazetteer_capital(g, "KEN");
        gazetteer_country(g, "KEN");
        gazetteer_free(g);
    }
    dbuf_free(&error);
    close(fd);
    return 0;
}
