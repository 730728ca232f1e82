/* tagger.c - the part-of-speech tagger (see tagger.h): greedy left-to-right
 * tagging with an averaged perceptron whose pruned, quantised weights sit in
 * a hash table memory-mapped from the model file. The features and the
 * file layout are in tagger_feat.h, shared with tools/train_tagger.c; the
 * loader checks the whole file (magic, version, sizes, checksum, every
 * reference) so that tagging never has to. */
#include "tagger.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tagger_feat.h"

struct tagger {
    void *map;
    size_t map_len;
    const tf_slot *feat, *lex;
    const uint32_t *weights;
    size_t feat_mask, lex_mask;
};

static const tf_slot *probe(const tf_slot *table, size_t mask, uint64_t h)
{
    uint32_t fp = tf_fp(h);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        if (table[i].fp == fp) return &table[i];
        if (!table[i].fp) return NULL;
    }
}

static tagger *fail(dbuf *error, const char *path, const char *why, void *map, size_t len)
{
    if (map) munmap(map, len);
    if (error) dbuf_printf(error, "tagger model %s: %s", path, why);
    return NULL;
}

/* Checks a table: at least one empty slot (so probes end) and every
 * reference in range. */
static int table_ok(const tf_slot *t, size_t n, int features, uint32_t n_weights)
{
    size_t empty = 0;
    for (size_t i = 0; i < n; i++) {
        if (!t[i].fp) {
            empty++;
            continue;
        }
        uint32_t ref = t[i].ref;
        if (features) {
            uint32_t start = ref >> 6, count = ref & 63;
            if (count == 0 || (uint64_t)start + count > n_weights) return 0;
        } else if ((ref & 0xFFu) >= PENN_COUNT || (ref & ~(0xFFu | TF_LEX_KNOWN))) {
            return 0;
        }
    }
    return empty > 0;
}

tagger *tagger_load(const char *path, dbuf *error)
{
    const uint32_t one = 1;
    if (*(const unsigned char *)&one != 1) return fail(error, path, "big-endian hosts are not supported", NULL, 0);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(error, path, strerror(errno), NULL, 0);
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return fail(error, path, "not a regular file", NULL, 0);
    }
    size_t len = (size_t)st.st_size;
    if (len < sizeof(tf_header)) {
        close(fd);
        return fail(error, path, "truncated (no header)", NULL, 0);
    }
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return fail(error, path, strerror(errno), NULL, 0);
    tf_header h;
    memcpy(&h, map, sizeof h);
    if (memcmp(h.magic, TF_MAGIC, 8) != 0) return fail(error, path, "not a dyad tagger model (bad magic)", map, len);
    if (h.version != TF_VERSION) return fail(error, path, "unsupported model version", map, len);
    if (h.featset != TF_FEATSET || h.n_tags != PENN_COUNT)
        return fail(error, path, "model built for other features or tags; rebuild it (make model)", map, len);
    if (h.feat_bits > TF_MAX_BITS || h.lex_bits > TF_MAX_BITS || h.n_weights >= (1u << 26))
        return fail(error, path, "corrupt header (sizes)", map, len);
    size_t nf = (size_t)1 << h.feat_bits, nl = (size_t)1 << h.lex_bits;
    size_t body = (nf + nl) * sizeof(tf_slot) + (size_t)h.n_weights * sizeof(uint32_t);
    if (len - sizeof h < body) return fail(error, path, "truncated", map, len);
    if (len - sizeof h > body) return fail(error, path, "trailing bytes after the model", map, len);
    const unsigned char *b = (const unsigned char *)map + sizeof h;
    if (XXH3_64bits(b, body) != h.checksum) return fail(error, path, "checksum mismatch (corrupt file)", map, len);
    const tf_slot *feat = (const tf_slot *)b, *lex = feat + nf;
    if (!table_ok(feat, nf, 1, h.n_weights) || !table_ok(lex, nl, 0, 0))
        return fail(error, path, "corrupt tables", map, len);
    const uint32_t *weights = (const uint32_t *)(lex + nl);
    for (uint32_t i = 0; i < h.n_weights; i++)
        if ((weights[i] & 0xFFFFu) == 0 || (weights[i] & 0xFFFFu) >= PENN_COUNT)
            return fail(error, path, "corrupt weights", map, len);
    tagger *t = dyad_xmalloc(sizeof *t);
    *t = (tagger){map, len, feat, lex, weights, nf - 1, nl - 1};
    return t;
}

void tagger_free(tagger *t)
{
    if (!t) return;
    munmap(t->map, t->map_len);
    free(t);
}

static void add_features(const tagger *t, const uint64_t *f, size_t nf, int32_t *scores)
{
    for (size_t k = 0; k < nf; k++) {
        const tf_slot *s = probe(t->feat, t->feat_mask, f[k]);
        if (!s) continue;
        const uint32_t *w = t->weights + (s->ref >> 6);
        for (uint32_t j = 0, c = s->ref & 63; j < c; j++) scores[w[j] & 0xFF] += (int16_t)(uint16_t)(w[j] >> 16);
    }
}

/* Arabic and Semitic name particles joined by a hyphen to a capitalised
 * name (al-Assad, el-Sisi, bin-Salman, abu-Bakr) make a proper noun. The
 * Brown corpus has no such names, so the rule is written, not learnt. */
static int particle_name(const char *w, size_t n)
{
    static const char *const particles[] = {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-",
                                            "bin-", "ibn-", "bint-", "abu-", "abd-", "ben-", "bani-", "beni-"};
    for (size_t k = 0; k < sizeof particles / sizeof *particles; k++) {
        size_t m = strlen(particles[k]);
        if (n > m + 1 && memcmp(w, particles[k], m) == 0 && w[m] >= 'A' && w[m] <= 'Z') return 1;
    }
    return 0;
}

enum { STACK_WORDS = 128 };

/* A word in -s read as a verb that a modal follows across a noun's own
 * words only (prepositions, determiners, adjectives, nouns) is a plural
 * noun, the modal's subject: "that talks with Washington would be ...". */
static void noun_before_modal(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 1; k + 2 < n; k++) {
        if (tags[k] != PENN_VBZ || lens[k] < 3 || words[k][lens[k] - 1] != 's') continue;
        int that = lens[k - 1] == 4 && !strncasecmp(words[k - 1], "that", 4);
        if (!(tags[k - 1] == PENN_IN || tags[k - 1] == PENN_DT || penn_is_adj(tags[k - 1]) || that)) continue;
        size_t j = k + 1;
        while (j < n && (tags[j] == PENN_IN || tags[j] == PENN_DT || penn_is_adj(tags[j]) || penn_is_noun(tags[j]) ||
                         tags[j] == PENN_CD || tags[j] == PENN_POS))
            j++;
        if (j < n && j > k + 1 && tags[j] == PENN_MD) tags[k] = PENN_NNS;
    }
}

/* A past-tense verb the model rarely saw can come out as an adjective when
 * the sentence has no other verb before it: "Jihadists massacred hundreds
 * of civilians". A word in -ed (no hyphen) tagged JJ right after a noun and
 * before a determiner, number, pronoun, adjective or noun, with no verb
 * before it in the sentence, is the main verb. */
static void missed_main_verb(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 1; k + 1 < n; k++) {
        if (penn_is_verb(tags[k]) || tags[k] == PENN_MD) return;
        if (tags[k] != PENN_JJ || lens[k] < 5 || memcmp(words[k] + lens[k] - 2, "ed", 2) != 0 ||
            memchr(words[k], '-', lens[k]))
            continue;
        penn_tag prev = tags[k - 1], next = tags[k + 1];
        if (!penn_is_noun(prev)) continue;
        if (next == PENN_DT || next == PENN_CD || next == PENN_PRP || next == PENN_PRPS || penn_is_adj(next) ||
            penn_is_noun(next)) {
            tags[k] = PENN_VBD;
            return;
        }
    }
}

/* A word in -s read as a plural noun right after "who" (an adverb may
 * come between) is the relative clause's verb: "Umerov, who now heads
 * Ukraine's Security Council". */
static void verb_after_who(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 1; k + 1 < n; k++) {
        if (tags[k] != PENN_NNS || lens[k] < 3 || (words[k][lens[k] - 1] != 's' && words[k][lens[k] - 1] != 'S')) continue;
        size_t j = k - 1;
        if (penn_is_adv(tags[j]) && j > 0) j--;
        if (tags[j] != PENN_WP || !(lens[j] == 3 && !strncasecmp(words[j], "who", 3))) continue;
        penn_tag next = tags[k + 1];
        if (next == PENN_NNP || next == PENN_DT || next == PENN_PRPS || next == PENN_JJ || next == PENN_NNPS)
            tags[k] = PENN_VBZ;
    }
}

/* A base or present form after "a" or "an" and names is a noun: "at a
 * United Nations summit in New York" (a singular subject would take
 * another form). */
static void noun_after_article(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 2; k < n; k++) {
        if (tags[k] != PENN_VB && tags[k] != PENN_VBP) continue;
        size_t j = k;
        while (j > 0 && (tags[j - 1] == PENN_NNP || tags[j - 1] == PENN_NNPS)) j--;
        if (j == k || j == 0) continue;
        if ((lens[j - 1] == 1 && (words[j - 1][0] == 'a' || words[j - 1][0] == 'A')) ||
            (lens[j - 1] == 2 && !strncasecmp(words[j - 1], "an", 2)))
            tags[k] = PENN_NN;
    }
}

/* A word in -s read as a verb between names or adjectives and a past form
 * is the past verb's subject: "African Union envoys held talks". */
static void plural_before_past(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 1; k + 1 < n; k++)
        if (tags[k] == PENN_VBZ && tags[k + 1] == PENN_VBD && lens[k] > 2 && (words[k][lens[k] - 1] | 0x20) == 's' &&
            (tags[k - 1] == PENN_NNP || tags[k - 1] == PENN_NNPS || tags[k - 1] == PENN_JJ))
            tags[k] = PENN_NNS;
}

/* "near" before a noun phrase is a preposition, not a verb ("killed two
 * people near a polling station"). */
static void near_preposition(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 1; k + 1 < n; k++) {
        if (lens[k] != 4 || strncasecmp(words[k], "near", 4) != 0 || !(tags[k] == PENN_VB || tags[k] == PENN_VBP)) continue;
        penn_tag next = tags[k + 1];
        if (next == PENN_DT || next == PENN_PRPS || next == PENN_NNP || next == PENN_NNPS || next == PENN_CD ||
            next == PENN_JJ)
            tags[k] = PENN_IN;
    }
}

/* "tear gas": "tear" before "gas" is the noun's modifier, not a verb
 * ("police fired tear gas at students"). */
static void tear_gas(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 0; k + 1 < n; k++)
        if (lens[k] == 4 && !strncasecmp(words[k], "tear", 4) && lens[k + 1] == 3 && !strncasecmp(words[k + 1], "gas", 3))
            tags[k] = PENN_NN, tags[k + 1] = PENN_NN;
}

/* "armed" before a noun it describes is an adjective, not a participle:
 * "the Polish armed forces' operational command said", "armed groups". */
static void armed_adjective(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    static const char *const nouns[] = {"forces", "force", "groups", "group", "men", "man", "wing", "conflict",
                                        "gangs", "gang", "militants", "militias", "militia", "drones", "drone",
                                        "robbery", "attack", "attacks", "assailants", "gunmen", NULL};
    for (size_t k = 0; k + 1 < n; k++) {
        if (lens[k] != 5 || strncasecmp(words[k], "armed", 5) != 0) continue;
        for (int j = 0; nouns[j]; j++)
            if (lens[k + 1] == strlen(nouns[j]) && !strncasecmp(words[k + 1], nouns[j], lens[k + 1])) {
                tags[k] = PENN_JJ;
                if (tags[k + 1] != PENN_NN && tags[k + 1] != PENN_NNS)
                    tags[k + 1] = words[k + 1][lens[k + 1] - 1] == 's' ? PENN_NNS : PENN_NN;
                break;
            }
    }
}

/* After "human rights", a word read as a present verb is the noun the
 * phrase modifies ("a human rights activist", "human rights monitors"),
 * unless a verb of its own follows at once. */
static void human_rights(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    for (size_t k = 2; k < n; k++) {
        if ((tags[k] != PENN_VBP && tags[k] != PENN_VB && tags[k] != PENN_VBZ) || lens[k - 1] != 6 ||
            strncasecmp(words[k - 1], "rights", 6) != 0 || lens[k - 2] != 5 || strncasecmp(words[k - 2], "human", 5) != 0)
            continue;
        if (k + 1 < n && (tags[k + 1] == PENN_VBD || tags[k + 1] == PENN_VBZ || tags[k + 1] == PENN_VBP)) continue;
        tags[k - 1] = PENN_NNS;
        tags[k] = tags[k] == PENN_VBZ || words[k][lens[k] - 1] == 's' ? PENN_NNS : PENN_NN;
    }
}

/* Before "there said" (or "told", "say"), a plural read as a verb is the
 * speaker: "..., residents there said". */
static void speaker_there(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    static const char *const saying[] = {"said", "say", "told", "reported", NULL};
    for (size_t k = 1; k + 2 < n; k++) {
        if (tags[k] != PENN_VBZ || tags[k - 1] != PENN_COMMA || lens[k + 1] != 5 ||
            strncasecmp(words[k + 1], "there", 5) != 0)
            continue;
        for (int j = 0; saying[j]; j++)
            if (lens[k + 2] == strlen(saying[j]) && !strncasecmp(words[k + 2], saying[j], lens[k + 2])) {
                tags[k] = PENN_NNS, tags[k + 1] = PENN_RB, tags[k + 2] = PENN_VBD;
                break;
            }
    }
}

/* After the infinitive "to" or "and", a word that reads as an adjective but
 * stands before a determiner, a number or a pronoun is a verb: "to free the
 * hostages", "to clear hundreds of mines", "and open its borders" (an
 * adjective does not come before a determiner). */
static void infinitive_adjective(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    static const char *const counts[] = {"hundreds", "thousands", "dozens", "millions", "scores", NULL};
    for (size_t k = 1; k + 1 < n; k++) {
        if (tags[k] != PENN_JJ) continue;
        penn_tag next = tags[k + 1];
        /* (after a noun too, before a determiner: "demanded that Israel free
           all Palestinian women") */
        int finite = 0; /* (in a clause after a finite verb) */
        for (size_t j = 0; j + 1 < k && !finite; j++)
            finite = tags[j] == PENN_VBD || tags[j] == PENN_VBZ || tags[j] == PENN_VBP || tags[j] == PENN_MD;
        if (finite && penn_is_noun(tags[k - 1]) && (next == PENN_DT || next == PENN_PRPS)) {
            tags[k] = PENN_VB;
            continue;
        }
        if (tags[k - 1] != PENN_TO && tags[k - 1] != PENN_CC) continue;
        int count = 0;
        for (int j = 0; counts[j] && !count; j++)
            count = lens[k + 1] == strlen(counts[j]) && !strncasecmp(words[k + 1], counts[j], lens[k + 1]);
        if (next == PENN_DT || next == PENN_CD || next == PENN_PRP || next == PENN_PRPS || count) tags[k] = PENN_VB;
    }
}

/* A gerund after a determiner, a possessive pronoun or an adjective (after
 * a possessive too: "Iran's consular building next to"), with
 * a preposition, punctuation or a conjunction after it, is a noun: "all
 * future funding to South Africa", "heavy fighting in Darfur", "its
 * shelling of Kharkiv", "$18 million in funding to". Before a noun it stays
 * ("a growing crisis"). */
static int auxiliary_gerund(const char *w, size_t n)
{
    return (n == 5 && !strncasecmp(w, "being", 5)) || (n == 6 && !strncasecmp(w, "having", 6)) ||
           (n == 7 && !strncasecmp(w, "getting", 7));
}

/* The token before token k, skipping back over a bracketed aside right
 * before it ("NZ$18.2 million ($10.9 million) in"). */
static size_t amount_before(const penn_tag *tags, size_t k)
{
    size_t j = k - 1;
    if (tags[j] != PENN_RRB) return j;
    while (j > 0 && tags[j] != PENN_LRB) j--;
    return j > 0 ? j - 1 : j;
}

static void gerund_noun(const char *const *words, const size_t *lens, penn_tag *tags, size_t n)
{
    for (size_t k = 1; k < n; k++) {
        if (tags[k] != PENN_VBG) continue;
        size_t j = k;
        while (j > 0 && penn_is_adj(tags[j - 1])) j--;
        /* (or after a nationality adjective alone: "securing Chinese
           financing to extend the railway") */
        int nationality = j < k && j + 1 == k && (tags[j] == PENN_JJ || tags[j] == PENN_NNP) && lens[j] > 0 &&
                          words[j][0] >= 'A' && words[j][0] <= 'Z';
        /* (or after an amount and "in": "$18 million in funding to") */
        int amount = j == k && k >= 2 && lens[k - 1] == 2 && !strncasecmp(words[k - 1], "in", 2) &&
                     tags[amount_before(tags, k - 1)] == PENN_CD;
        /* (or one of the -ing nouns after "of": "a memorandum of
           understanding in Addis Ababa", "the venue of the meeting") */
        static const char *const ing_nouns[] = {"understanding", "meeting", "hearing", "briefing", "funding", NULL};
        int ing_noun = 0;
        for (int w = 0; ing_nouns[w] && !ing_noun && j == k && k >= 2; w++)
            ing_noun = lens[k] == strlen(ing_nouns[w]) && !strncasecmp(words[k], ing_nouns[w], lens[k]) &&
                       lens[k - 1] == 2 && !strncasecmp(words[k - 1], "of", 2) && penn_is_noun(tags[k - 2]);
        if (!nationality && !amount && !ing_noun &&
            (j == 0 || !(tags[j - 1] == PENN_DT || tags[j - 1] == PENN_PRPS || (j < k && tags[j - 1] == PENN_IN) ||
                         (j < k && tags[j - 1] == PENN_POS))))
            continue;
        penn_tag next = k + 1 < n ? tags[k + 1] : PENN_PERIOD;
        if (next == PENN_IN || next == PENN_TO || next == PENN_COMMA || next == PENN_PERIOD || next == PENN_CC ||
            next == PENN_COLON)
            tags[k] = PENN_NN;
    }
    /* and a gerund right before a finite verb, after a conjunction or at
       the start, is that verb's subject: "as fighting spread along the
       border", "Fighting raged in Goma" */
    /* (a past form after it too, the model's reading of "spread", but not
       one before a noun, "of torturing detained protesters", nor after
       "being" or "having": "after being released") */
    for (size_t k = 0; k + 1 < n; k++)
        if (tags[k] == PENN_VBG &&
            (tags[k + 1] == PENN_VBD || tags[k + 1] == PENN_VBZ || tags[k + 1] == PENN_VBP || tags[k + 1] == PENN_VB ||
             (tags[k + 1] == PENN_VBN && k + 2 < n && !penn_is_noun(tags[k + 2]) && !penn_is_adj(tags[k + 2]))) &&
            (k == 0 || tags[k - 1] == PENN_IN || tags[k - 1] == PENN_CC) && !auxiliary_gerund(words[k], lens[k]))
            tags[k] = PENN_NN;
}

static int finite_tag(penn_tag t) { return t == PENN_VBD || t == PENN_VBZ || t == PENN_VBP || t == PENN_MD; }

/* Is there a finite verb after token k, right after a noun (the end of a
 * by-phrase: "A truce ... brokered by Qatar took hold"), not after "and",
 * a comma or a relative pronoun ("Kenya stood by Uganda and attacked")? */
static int finite_after_noun(const penn_tag *tags, size_t n, size_t k)
{
    for (size_t j = k + 2; j < n; j++)
        if (finite_tag(tags[j])) return penn_is_noun(tags[j - 1]);
    return 0;
}

/* A past form right after a noun and before "by", with a finite verb
 * earlier in the sentence or one right after the by-phrase, is a
 * participle: "violated the truce declared by Vladimir Putin", "A truce
 * between Israel and Hezbollah brokered by the United States took hold"
 * (not "Germany stood by Ukraine", its only verb). */
/* Is words[k] one of the participles that name a charge, with "of" or
 * "with" after it ("a Czech national accused of plotting", "three men
 * charged with murder")? */
static int charged_with(const char *const *words, const size_t *lens, size_t n, size_t k)
{
    static const char *const charged[] = {"accused", "suspected", "charged", "convicted", "jailed", NULL};
    int is = 0;
    for (int j = 0; charged[j] && !is; j++)
        is = lens[k] == strlen(charged[j]) && !strncasecmp(words[k], charged[j], lens[k]);
    return is && k + 1 < n &&
           ((lens[k + 1] == 2 && !strncasecmp(words[k + 1], "of", 2)) ||
            (lens[k + 1] == 4 && !strncasecmp(words[k + 1], "with", 4)));
}

static void participle_before_by(const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    /* ("a Czech national accused of": "national" after a nationality,
       before no noun, is a noun) */
    for (size_t k = 1; k + 1 < n; k++)
        if (tags[k] == PENN_JJ && lens[k] == 8 && !strncasecmp(words[k], "national", 8) &&
            (tags[k - 1] == PENN_NNP || tags[k - 1] == PENN_JJ) && lens[k - 1] > 0 && words[k - 1][0] >= 'A' &&
            words[k - 1][0] <= 'Z' && !penn_is_noun(tags[k + 1]) && !penn_is_adj(tags[k + 1]))
            tags[k] = PENN_NN;
    int finite = 0;
    for (size_t k = 0; k + 1 < n; k++) {
        /* (and one that names a charge: "arrested a Czech national accused
           of plotting") */
        int by = lens[k + 1] == 2 && (words[k + 1][0] == 'b' || words[k + 1][0] == 'B') &&
                 (words[k + 1][1] == 'y' || words[k + 1][1] == 'Y');
        if (tags[k] == PENN_VBD && k > 0 && penn_is_noun(tags[k - 1]) && (by || charged_with(words, lens, n, k)) &&
            (finite || finite_after_noun(tags, n, k))) {
            tags[k] = PENN_VBN;
            continue;
        }
        finite |= finite_tag(tags[k]);
    }
}

/* A wire sentence has a finite verb. When the model tagged none (a
 * participle or an infinitive is none), the word
 * whose past-tense reading came closest to winning is the verb: "An
 * unidentified gunman shot dead a lawmaker" (shot read as part of the noun
 * "gunman shot"). Only words the model scored (no dictionary tag), after a
 * noun, in a sentence of five words or more ending with a full stop. */
static void verbless_sentence(const char *const *words, const size_t *lens, size_t n, penn_tag *tags,
                              const int32_t *verb_margin)
{
    if (n < 5 || lens[n - 1] != 1 || words[n - 1][0] != '.') return;
    /* (a participle is no finite verb: "..., leaving him fighting for his life") */
    for (size_t k = 0; k < n; k++)
        if (tags[k] == PENN_VBD || tags[k] == PENN_VBZ || tags[k] == PENN_VBP || tags[k] == PENN_MD) return;
    /* a past participle after a noun (adverbs between) with no auxiliary is
       the past tense: "Mali, Burkina Faso and Niger formally left ECOWAS" */
    for (size_t k = 1; k + 1 < n; k++) {
        /* (not one with its agent: "a roadside bomb planted by insurgents killed ...") */
        if (tags[k] != PENN_VBN || (lens[k + 1] == 2 && !strncasecmp(words[k + 1], "by", 2))) continue;
        size_t j = k;
        while (j > 0 && penn_is_adv(tags[j - 1])) j--;
        if (j > 0 && penn_is_noun(tags[j - 1])) {
            tags[k] = PENN_VBD;
            return;
        }
    }
    size_t best = n;
    for (size_t k = 1; k + 1 < n; k++) {
        if (verb_margin[k] == INT32_MAX || !penn_is_noun(tags[k - 1])) continue;
        if (best == n || verb_margin[k] < verb_margin[best]) best = k;
    }
    if (best < n) tags[best] = PENN_VBD;
}

/* The same inside a clause a subordinator opens: "hours after police shot
 * dead 19 protesters" (shot read as part of "police shot"). Between "after",
 * "before", "as", "when", "while", "since", "until" or "because" and the
 * next comma, conjunction or end with no verb at all, the common noun or
 * adjective after a common noun whose past reading came closest, followed by
 * an adjective, a number, a determiner or a name, is the verb. */
static void verbless_subclause(const char *const *words, const size_t *lens, size_t n, penn_tag *tags,
                               const int32_t *verb_margin)
{
    static const char *const subordinators[] = {"after", "before", "as", "when", "while", "since", "until", "because",
                                                NULL};
    for (size_t k = 0; k + 2 < n; k++) {
        int sub = 0;
        if (lens[k] < 2 || lens[k] > 7) continue;
        for (int j = 0; subordinators[j] && !sub; j++)
            sub = lens[k] == strlen(subordinators[j]) && !strncasecmp(words[k], subordinators[j], lens[k]);
        if (!sub) continue;
        size_t end = k + 1, best = n;
        while (end < n && tags[end] != PENN_COMMA && tags[end] != PENN_PERIOD && tags[end] != PENN_CC &&
               !penn_is_verb(tags[end]) && tags[end] != PENN_MD)
            end++;
        if (end < n && (penn_is_verb(tags[end]) || tags[end] == PENN_MD)) continue;
        for (size_t i = k + 2; i + 1 < end; i++) {
            penn_tag next = tags[i + 1];
            if (verb_margin[i] == INT32_MAX || (tags[i - 1] != PENN_NN && tags[i - 1] != PENN_NNS) ||
                (tags[i] != PENN_NN && tags[i] != PENN_NNS && tags[i] != PENN_JJ) ||
                !(penn_is_adj(next) || next == PENN_CD || next == PENN_DT || next == PENN_NNP || next == PENN_PRPS))
                continue;
            if (best == n || verb_margin[i] < verb_margin[best]) best = i;
        }
        if (best < n) tags[best] = PENN_VBD;
    }
}

void tagger_tag(const tagger *t, const char *const *words, const size_t *lens, size_t n, penn_tag *tags)
{
    if (n == 0) return;
    tf_info stack_info[STACK_WORDS + 4];
    tf_info *info = n <= STACK_WORDS ? stack_info : dyad_xmalloc((n + 4) * sizeof *info);
    int32_t stack_margin[STACK_WORDS];
    int32_t *margin = n <= STACK_WORDS ? stack_margin : dyad_xmalloc(n * sizeof *margin);
    tf_sentence_info(words, lens, n, info);
    for (size_t i = 0; i < n; i++) {
        const tf_slot *s = probe(t->lex, t->lex_mask, tf_feat(F_LEX_LW, info[i + 2].lw));
        if (s && (s->ref & TF_LEX_KNOWN)) info[i + 2].flags |= TF_KNOWN;
    }
    unsigned t1 = TF_START1, t2 = TF_START2;
    uint64_t f[TF_MAX_FEATS];
    for (size_t i = 0; i < n; i++) {
        const tf_info *p = &info[i + 2];
        const tf_slot *d = probe(t->lex, t->lex_mask, tf_feat(F_LEX_FORM, p->form));
        unsigned best = d ? d->ref & 0xFF : 0;
        if (!best && particle_name(words[i], lens[i])) best = PENN_NNP;
        margin[i] = INT32_MAX;
        if (!best) {
            size_t nf = tf_static(p, f);
            nf += tf_dynamic(p, t1, t2, f + nf);
            int32_t scores[PENN_COUNT] = {0};
            add_features(t, f, nf, scores);
            best = 1;
            for (unsigned k = 2; k < PENN_COUNT; k++)
                if (scores[k] > scores[best]) best = k;
            margin[i] = scores[best] - scores[PENN_VBD];
        }
        tags[i] = (penn_tag)best;
        t2 = t1, t1 = best;
    }
    missed_main_verb(words, lens, n, tags);
    noun_before_modal(words, lens, n, tags);
    infinitive_adjective(words, lens, n, tags);
    speaker_there(words, lens, n, tags);
    tear_gas(words, lens, n, tags);
    human_rights(words, lens, n, tags);
    armed_adjective(words, lens, n, tags);
    near_preposition(words, lens, n, tags);
    plural_before_past(words, lens, n, tags);
    noun_after_article(words, lens, n, tags);
    verb_after_who(words, lens, n, tags);
    gerund_noun(words, lens, tags, n);
    participle_before_by(words, lens, n, tags);
    verbless_sentence(words, lens, n, tags, margin);
    verbless_subclause(words, lens, n, tags, margin);
    if (info != stack_info) free(info);
    if (margin != stack_margin) free(margin);
}

/* After "to VB ... and", a verb read as past or present whose past reading
 * is its own base form is a second infinitive: "urged Washington to lift
 * sanctions on Aeroflot and restore direct flights" (not "agreed to talk
 * and met on Friday": met is meet's past). */
void tagger_repair_infinitives(const lemmatizer *l, const char *const *words, const size_t *lens, size_t n,
                               penn_tag *tags)
{
    dbuf lemma = {0};
    for (size_t k = 2; k < n; k++) {
        if ((tags[k] != PENN_VBD && tags[k] != PENN_VBP) || tags[k - 1] != PENN_CC) continue;
        size_t j = k - 1;
        while (j > 0 && !penn_is_verb(tags[j - 1]) && tags[j - 1] != PENN_MD && tags[j - 1] != PENN_COMMA) j--;
        if (j < 2 || tags[j - 1] != PENN_VB || tags[j - 2] != PENN_TO) continue;
        dbuf_clear(&lemma);
        lemmatize(l, words[k], lens[k], PENN_VBD, &lemma);
        if (lemma.len == lens[k] && !strncasecmp(lemma.data, words[k], lens[k])) tags[k] = PENN_VB;
    }
    dbuf_free(&lemma);
}
