/* fuzz_suite.c - libFuzzer target for the validation-suite loader
 * (src/suite.c): the first byte chooses what the rest is (a PETRARCH XML
 * records file, a TABARI .text records file or a TABARI .project), the rest
 * is the file's text. The loader must never crash or read out of bounds,
 * and what it builds must hold together, which is checked after each load:
 * every string is there, dates are real YYYYMMDD days, texts are folded,
 * and settings have keys. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"

static void ignore(void *user, const char *line)
{
    (void)user;
    if (strchr(line, '\n')) abort(); /* messages are one line */
}

static int valid_date(int32_t d)
{
    int m = d / 100 % 100, day = d % 100;
    return d / 10000 >= 1 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

static void check_text(const char *s)
{
    if (!s) abort();
    size_t n = strlen(s);
    if (n && (s[0] == ' ' || s[n - 1] == ' ' || strstr(s, "  "))) abort(); /* folded */
}

static void check(const suite *s)
{
    for (size_t i = 0; i < s->n_records; i++) {
        const suite_record *r = &s->records[i];
        if (!r->id || !*r->id || !r->category) abort();
        check_text(r->text);
        if (!valid_date(r->date)) abort();
        if (r->n_expected && !r->expected) abort();
        for (size_t k = 0; k < r->n_expected; k++) {
            const suite_event *e = &r->expected[k];
            if (!e->source || !*e->source || !e->target || !*e->target || !e->code || !*e->code) abort();
            if (e->date && !valid_date(e->date)) abort();
        }
        for (size_t k = 0; k < r->n_settings; k++)
            if (!r->settings[k].key || !*r->settings[k].key || !r->settings[k].value) abort();
        if (r->evaluate != 0 && r->evaluate != 1) abort();
    }
    for (size_t k = 0; k < s->n_settings; k++)
        if (!s->settings[k].key || !s->settings[k].value) abort();
    char **lists[] = {s->verbs, s->actors, s->agents, s->discards, s->issues, s->options};
    size_t counts[] = {s->n_verbs, s->n_actors, s->n_agents, s->n_discards, s->n_issues, s->n_options};
    for (size_t l = 0; l < 6; l++)
        for (size_t k = 0; k < counts[l]; k++)
            if (!lists[l][k] || !*lists[l][k]) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    suite s = {0};
    switch (data[0] % 4) {
    case 0: suite_load_memory(&s, SUITE_PETRARCH, "fuzz.xml", text, len, ignore, NULL); break;
    case 1: suite_load_memory(&s, SUITE_TABARI, "fuzz.text", text, len, ignore, NULL); break;
    case 2: suite_load_memory(&s, SUITE_JSONL, "fuzz.jsonl", text, len, ignore, NULL); break;
    default: {
        size_t n_texts;
        char **texts = suite_load_project_memory(&s, "fuzz.project", text, len, &n_texts, ignore, NULL);
        for (size_t i = 0; i < n_texts; i++) {
            if (!texts[i] || !*texts[i]) abort();
            free(texts[i]);
        }
        free(texts);
    }
    }
    check(&s);
    suite_free(&s);
    return 0;
}
