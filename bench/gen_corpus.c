/* gen_corpus.c - writes a synthetic wire-news corpus in JSON Lines for the
 * benchmarks: articles with datelines, quotes, abbreviations, numbers and
 * curly punctuation, built from fixed word lists by a seeded generator, so
 * every run measures the same bytes.
 * usage: gen_corpus MEGABYTES > corpus.jsonl */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state = 0x9E3779B97F4A7C15ull;

static uint32_t next_random(void)
{
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return (uint32_t)(state >> 16);
}

#define PICK(list) list[next_random() % (sizeof list / sizeof *list)]

static const char *const places[] = {"NAIROBI", "KYIV", "WASHINGTON", "BEIJING", "ANKARA", "NEW DELHI",
                                     "UNITED NATIONS", "BRASILIA", "CAIRO", "ABUJA", "ST. PETERSBURG"};
static const char *const agencies[] = {"Reuters", "AP", "AFP", "dyad Wire"};
static const char *const months[] = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
static const char *const actors[] = {
    "Kenya", "Ukraine", "the U.S.", "China", "Turkey", "India", "the U.N. Security Council", "Brazil",
    "Egypt", "Nigeria", "Russia", "the European Union", "NATO", "Iran's foreign ministry",
    "President Erdoğan", "Prime Minister Modi", "Gen. Abdel Fattah al-Burhan", "Mr. Zelenskyy",
    "the African Union", "police in São Paulo", "Côte d'Ivoire", "Kenya’s interior ministry"};
static const char *const verbs[] = {
    "met", "criticized", "signed an agreement with", "accused", "urged", "threatened", "praised",
    "sent aid to", "imposed sanctions on", "held talks with", "condemned", "rejected a proposal from",
    "agreed to cooperate with", "attacked positions held by", "expelled diplomats from"};
static const char *const tails[] = {
    "on Monday", "on Tuesday", "late on Wednesday", "in a statement", "after months of tension",
    "during a visit to the region", "at a summit in Addis Ababa", "despite U.S. objections",
    "in the capital", "on the sidelines of the G20 meeting", "for the first time since 2019"};
static const char *const sayers[] = {"officials said", "the ministry said", "a spokesperson told reporters",
                                     "according to state media", "diplomats said"};
static const char *const quotes[] = {
    "\\u201cWe will not accept this,\\u201d the minister said.",
    "\\\"This is a step forward,\\\" he told reporters.",
    "\\u201cThe talks were constructive \\u2014 but hard,\\u201d an aide said.",
    "\\\"Why now?\\\" asked one analyst.",
    "\\u201cWe didn't start this,\\u201d she said..."};

static void sentence(void)
{
    printf("%s %s %s %s", PICK(actors), PICK(verbs), PICK(actors), PICK(tails));
    switch (next_random() % 4) {
    case 0: printf(", %s.", PICK(sayers)); break;
    case 1: printf(", with %u%% of %u,%03u voters backing the move.", next_random() % 100, next_random() % 900 + 1, next_random() % 1000); break;
    case 2: printf(" and pledged $%u.%ubn in support.", next_random() % 20 + 1, next_random() % 10); break;
    default: printf("."); break;
    }
}

int main(int argc, char **argv)
{
    unsigned long megabytes = argc > 1 ? strtoul(argv[1], NULL, 10) : 50;
    unsigned long long target = (unsigned long long)megabytes << 20, written = 0;
    for (unsigned long id = 1; written < target; id++) {
        int n = printf("{\"id\": \"bench-%lu\", \"date\": \"2025-%02u-%02u\", \"source\": \"bench\", \"text\": \"",
                       id, next_random() % 12 + 1, next_random() % 28 + 1);
        long start = ftell(stdout);
        if (next_random() % 3) printf("%s, %s %u (%s) - ", PICK(places), PICK(months), next_random() % 28 + 1, PICK(agencies));
        unsigned sentences = 4 + next_random() % 12;
        for (unsigned s = 0; s < sentences; s++) {
            if (s) printf(next_random() % 5 == 0 ? "\\n\\n" : " ");
            if (next_random() % 6 == 0) printf("%s", PICK(quotes));
            else sentence();
        }
        printf("\"}\n");
        long end = ftell(stdout);
        written += (unsigned long long)n + (unsigned long long)(end - start) + 3;
    }
    return 0;
}
