/* tagger_feat.h - what the part-of-speech tagger's features are and how its
 * model file is laid out, shared by the tagger (src/tagger.c) and its
 * trainer (tools/train_tagger.c) so that both compute exactly the same
 * hashed features. Internal to the tagger; see docs/tagger.md.
 *
 * Every feature is a 64-bit hash of (template, value): strings are hashed
 * with XXH3 (xxHash, inlined from the Debian package libxxhash-dev) and
 * combined with a 64-bit finaliser. */
#ifndef DYAD_TAGGER_FEAT_H
#define DYAD_TAGGER_FEAT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "penn.h"

/* ---- model file --------------------------------------------------------

   All integers little-endian (the loader refuses big-endian hosts).
     tf_header (64 bytes)
     feature slots  [1 << feat_bits]  tf_slot: fp 0 = empty; ref = start << 6 | count
     lexicon slots  [1 << lex_bits]   tf_slot: ref bits 0-7 tag (0 = none), bit 8 known
     weights        [n_weights]       uint32: bits 0-7 tag, bits 16-31 int16 weight
   checksum is XXH3_64bits of everything after the header. */

#define TF_MAGIC "DYADPOS\n"
#define TF_VERSION 1u
#define TF_FEATSET 3u /* bumped whenever the feature templates change */
#define TF_MAX_BITS 26u

typedef struct {
    char magic[8];
    uint32_t version, featset, n_tags, feat_bits, lex_bits, n_weights;
    float scale;       /* stored weight = trained weight * scale */
    uint32_t reserved; /* 0 */
    uint64_t checksum;
    uint8_t pad[16]; /* 0 */
} tf_header;

typedef struct {
    uint32_t fp, ref;
} tf_slot;

#define TF_LEX_KNOWN 0x100u

/* ---- hashing ----------------------------------------------------------- */

static inline uint64_t tf_fmix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static inline uint64_t tf_feat(unsigned tmpl, uint64_t v) { return tf_fmix(v + 0x9E3779B97F4A7C15ULL * (tmpl + 1u)); }

static inline uint64_t tf_feat2(unsigned tmpl, uint64_t a, uint64_t b)
{
    return tf_feat(tmpl, a ^ tf_fmix(b + 0x632BE59BD9B4E019ULL));
}

/* Fingerprint and home slot of a hash in a table of 1 << bits slots. */
static inline uint32_t tf_fp(uint64_t h)
{
    uint32_t fp = (uint32_t)(h >> 32);
    return fp ? fp : 1u;
}

/* ---- word information ---------------------------------------------------- */

enum {
    TF_CAP = 1,       /* first letter upper-case */
    TF_ALLCAP = 2,    /* two or more letters, none lower-case */
    TF_DIGIT = 4,     /* has a digit */
    TF_HYPHEN = 8,    /* has a hyphen */
    TF_INNERCAP = 16, /* an upper-case letter after the first character */
    TF_NUMBER = 32,   /* digits and , . / - : only */
    TF_INITIAL = 64,  /* first word of the sentence (after opening punctuation) */
    TF_KNOWN = 128,   /* lower-cased form seen at least twice in training */
};

typedef struct {
    uint64_t form;   /* the exact word: tag dictionary key */
    uint64_t lw;     /* lower-cased, digits as 0 */
    uint64_t suf[4]; /* its last 1..4 characters */
    uint64_t pre1, pre3;
    uint64_t shape; /* character classes (X x d, others as is), runs collapsed */
    unsigned flags;
} tf_info;

static inline unsigned char tf_lower(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return (unsigned char)(c + 32);
    if (c >= '0' && c <= '9') return '0';
    return c;
}

/* Class of the character at w[i] (n bytes left): 'X', 'x', 'd', the ASCII
 * character itself, or 'o' for other non-ASCII; *k gets its byte length. */
static inline unsigned tf_class(const unsigned char *w, size_t n, size_t *k)
{
    unsigned char c = w[0];
    *k = 1;
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') return 'X';
        if (c >= 'a' && c <= 'z') return 'x';
        if (c >= '0' && c <= '9') return 'd';
        return c;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len > n) len = n;
    *k = len;
    if (len == 2 && c == 0xC3) return w[1] < 0x9F && w[1] != 0x97 ? 'X' : 'x'; /* Latin-1 letters */
    if (len == 2 && c >= 0xC4 && c <= 0xC9) return (w[1] & 1) ? 'x' : 'X';    /* Latin Extended-A, roughly */
    return len >= 2 && c < 0xE0 ? 'x' : 'o';
}

/* Hash of the lower-cased bytes w[s..e). */
static inline uint64_t tf_hash_lower(const unsigned char *w, size_t s, size_t e)
{
    unsigned char buf[128];
    if (e - s <= sizeof buf) {
        for (size_t i = s; i < e; i++) buf[i - s] = tf_lower(w[i]);
        return XXH3_64bits(buf, e - s);
    }
    XXH3_state_t st;
    XXH3_64bits_reset(&st);
    while (s < e) {
        size_t m = e - s < sizeof buf ? e - s : sizeof buf;
        for (size_t i = 0; i < m; i++) buf[i] = tf_lower(w[s + i]);
        XXH3_64bits_update(&st, buf, m);
        s += m;
    }
    return XXH3_64bits_digest(&st);
}

static inline void tf_word_info(const char *word, size_t len, tf_info *out)
{
    const unsigned char *w = (const unsigned char *)word;
    out->form = XXH3_64bits(w, len);
    out->lw = tf_hash_lower(w, 0, len);
    /* suffixes: start at character boundaries counted from the end */
    size_t e = len, b = len;
    for (int k = 0; k < 4; k++) {
        if (b > 0) {
            b--;
            while (b > 0 && (w[b] & 0xC0) == 0x80) b--;
        }
        out->suf[k] = tf_hash_lower(w, b, e) + (uint64_t)k;
    }
    size_t p = 0, chars = 0, k = 0;
    unsigned flags = 0, prev = 0, letters = 0, lower = 0, number = len > 0;
    uint64_t shape = 0x51;
    for (size_t i = 0; i < len; i += k) {
        unsigned c = tf_class(w + i, len - i, &k);
        if (chars < 3) p = i + k;
        if (chars == 0) out->pre1 = tf_hash_lower(w, 0, i + k);
        chars++;
        if (c == 'X') {
            letters++;
            if (i == 0) flags |= TF_CAP;
            else flags |= TF_INNERCAP;
        } else if (c == 'x' || c == 'o') {
            letters++, lower++;
        } else if (c == 'd') {
            flags |= TF_DIGIT;
        } else if (c == '-') {
            flags |= TF_HYPHEN;
        }
        if (c != 'd' && c != ',' && c != '.' && c != '/' && c != '-' && c != ':') number = 0;
        if (c != prev) shape = shape * 131 + c;
        prev = c;
    }
    if (len == 0) out->pre1 = 0;
    out->pre3 = tf_hash_lower(w, 0, p);
    if (letters >= 2 && lower == 0) flags |= TF_ALLCAP;
    if (number && (flags & TF_DIGIT)) flags |= TF_NUMBER;
    out->shape = shape;
    out->flags = flags;
}

/* Sentence boundary padding: two before the first word, two after the last. */
static inline void tf_pad_info(tf_info *out, int end)
{
    uint64_t v = end ? 0xE2D0E2D0E2D0E2D0ULL : 0x57A2757A2757A27ULL;
    out->form = out->lw = out->pre1 = out->pre3 = out->shape = v;
    for (int k = 0; k < 4; k++) out->suf[k] = v + (uint64_t)k;
    out->flags = 0;
}

/* Opening punctuation that may precede a sentence's first word. */
static inline int tf_is_opening(const char *w, size_t n)
{
    return (n == 2 && memcmp(w, "``", 2) == 0) || (n == 1 && (w[0] == '(' || w[0] == '[' || w[0] == '`' || w[0] == '"'));
}

/* Fills info[2 .. n+1] for the n words and pads info[0,1] and info[n+2,n+3];
 * TF_KNOWN is left to the caller. */
static inline void tf_sentence_info(const char *const *words, const size_t *lens, size_t n, tf_info *info)
{
    tf_pad_info(&info[0], 0);
    tf_pad_info(&info[1], 0);
    int initial = 1;
    for (size_t i = 0; i < n; i++) {
        tf_word_info(words[i], lens[i], &info[i + 2]);
        if (initial && tf_is_opening(words[i], lens[i])) continue;
        if (initial) info[i + 2].flags |= TF_INITIAL;
        initial = 0;
    }
    tf_pad_info(&info[n + 2], 1);
    tf_pad_info(&info[n + 3], 1);
}

/* ---- features ------------------------------------------------------------ */

enum {
    F_BIAS, F_W, F_SUF1, F_SUF2, F_SUF3, F_SUF4, F_PRE1, F_PRE3, F_SHAPE, F_FLAGS,
    F_WM1, F_SUFM1, F_WM2, F_WP1, F_SUFP1, F_WP2, F_SHAPEP1, F_FLAGSUF,
    F_T1, F_T2, F_T12, F_T1W, F_T1SUF,
    F_LEX_FORM, F_LEX_LW,
};

enum { TF_MAX_STATIC = 18, TF_MAX_DYNAMIC = 5, TF_MAX_FEATS = TF_MAX_STATIC + TF_MAX_DYNAMIC };

/* Tag values for the positions before the first word. */
enum { TF_START1 = PENN_COUNT, TF_START2 = PENN_COUNT + 1 };

/* Features of word i that do not depend on tags; p points at info[i + 2]. */
static inline size_t tf_static(const tf_info *p, uint64_t *out)
{
    size_t k = 0;
    out[k++] = tf_feat(F_BIAS, 0);
    out[k++] = tf_feat(F_W, p->lw);
    out[k++] = tf_feat(F_SUF1, p->suf[0]);
    out[k++] = tf_feat(F_SUF2, p->suf[1]);
    out[k++] = tf_feat(F_SUF3, p->suf[2]);
    out[k++] = tf_feat(F_SUF4, p->suf[3]);
    out[k++] = tf_feat(F_PRE1, p->pre1);
    out[k++] = tf_feat(F_PRE3, p->pre3);
    out[k++] = tf_feat(F_SHAPE, p->shape);
    out[k++] = tf_feat(F_FLAGS, p->flags);
    out[k++] = tf_feat(F_WM1, p[-1].lw);
    out[k++] = tf_feat(F_SUFM1, p[-1].suf[2]);
    out[k++] = tf_feat(F_WM2, p[-2].lw);
    out[k++] = tf_feat(F_WP1, p[1].lw);
    out[k++] = tf_feat(F_SUFP1, p[1].suf[2]);
    out[k++] = tf_feat(F_WP2, p[2].lw);
    out[k++] = tf_feat(F_SHAPEP1, p[1].shape);
    out[k++] = tf_feat2(F_FLAGSUF, p->flags & (TF_CAP | TF_INITIAL | TF_KNOWN), p->suf[2]);
    return k;
}

/* Features that depend on the two previous tags t1, t2. */
static inline size_t tf_dynamic(const tf_info *p, unsigned t1, unsigned t2, uint64_t *out)
{
    size_t k = 0;
    out[k++] = tf_feat(F_T1, t1);
    out[k++] = tf_feat(F_T2, t2);
    out[k++] = tf_feat(F_T12, (uint64_t)t1 << 8 | t2);
    out[k++] = tf_feat2(F_T1W, t1, p->lw);
    out[k++] = tf_feat2(F_T1SUF, t1, p->suf[2]);
    return k;
}

#endif
