/* dict_match.c - the compiled phrase matcher (see dict_match.h).
 *
 * The names form a trie over words: one node per distinct phrase prefix, an
 * edge per (parent node, upper-cased word, exact or stem). Edges live in one
 * open-addressing hash table keyed by XXH3 of the word seeded with the parent
 * and the exact flag, so that stepping from a node on a token is a hash probe
 * of the token (exact words and their plurals) and of each of its prefixes
 * whose length some stem child of that node has (a per-node 64-bit mask says
 * which). Matching walks the trie depth-first from the root with the tokens
 * that follow `start`; each node is reached by at most one path, so a call
 * costs at most the nodes its tokens reach, with no allocation (a token is
 * folded into a stack buffer). Entries (actor or agent, name) ending at a
 * node are a contiguous run of one array, actors first. */
#include "dict_match.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define MAX_WORD 250  /* longest dictionary word indexed, in folded bytes */
#define FOLD_CAP 256  /* > MAX_WORD + 2, so a plural of any word fits */
#define MAX_DEPTH 64  /* longest phrase indexed, in words */

typedef struct {
    uint64_t hash;
    uint32_t parent, child; /* child 0: empty slot (the root is nobody's child) */
    uint32_t word;          /* folded word in pool */
    uint16_t len;
    uint16_t exact;
} slot;

typedef struct {
    uint64_t stems;          /* bit L: a stem child of L bytes (bit 63: 63 or more) */
    uint32_t entries, n_entries;
    uint32_t weight;         /* dictionary bytes on the path (x2, +1 per exact word) */
    uint32_t exact_children;
} mnode;

typedef struct {
    uint32_t kind, index, phrase, node;
} mentry;

struct dict_matcher {
    const dict_set *set;
    mnode *nodes;
    size_t n_nodes, cap_nodes;
    slot *table;
    size_t mask, used;
    dbuf pool;
    mentry *entries;
    size_t n_entries;
    size_t skipped;
};

/* ---- folding ------------------------------------------------------------ */

/* Upper-cases ASCII and turns U+2018/U+2019 into '\'' while copying src into
 * dst[FOLD_CAP]. Returns the folded length; *whole is 0 when it did not fit
 * (then only the first FOLD_CAP bytes are there). */
static size_t fold(const char *src, size_t n, char *dst, int *whole)
{
    size_t o = 0, i = 0;
    while (i < n) {
        if (o == FOLD_CAP) {
            *whole = 0;
            return o;
        }
        unsigned char c = (unsigned char)src[i];
        if (c >= 'a' && c <= 'z') {
            dst[o++] = (char)(c - 32);
            i++;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)src[i + 1] == 0x80 &&
                   ((unsigned char)src[i + 2] == 0x98 || (unsigned char)src[i + 2] == 0x99)) {
            dst[o++] = '\'';
            i += 3;
        } else {
            dst[o++] = (char)c;
            i++;
        }
    }
    *whole = 1;
    return o;
}

static uint64_t edge_hash(uint32_t parent, const char *w, size_t len, int exact)
{
    return XXH3_64bits_withSeed(w, len, ((uint64_t)parent << 1) | (uint64_t)(exact != 0));
}

/* ---- building ----------------------------------------------------------- */

static void table_put(slot *table, size_t mask, const slot *s)
{
    size_t i = (size_t)s->hash & mask;
    while (table[i].child) i = (i + 1) & mask;
    table[i] = *s;
}

static void table_grow(dict_matcher *m)
{
    size_t cap = m->table ? (m->mask + 1) * 2 : 1024;
    slot *t = dyad_xmalloc(cap * sizeof *t);
    memset(t, 0, cap * sizeof *t);
    for (size_t i = 0; m->table && i <= m->mask; i++)
        if (m->table[i].child) table_put(t, cap - 1, &m->table[i]);
    free(m->table);
    m->table = t;
    m->mask = cap - 1;
}

static uint32_t new_node(dict_matcher *m, uint32_t weight)
{
    DYAD_GROW(m->nodes, m->cap_nodes, m->n_nodes + 1);
    m->nodes[m->n_nodes] = (mnode){0, 0, 0, weight, 0};
    return (uint32_t)m->n_nodes++;
}

static uint32_t child_of(dict_matcher *m, uint32_t parent, const char *w, size_t len, int exact)
{
    uint64_t h = edge_hash(parent, w, len, exact);
    for (size_t i = (size_t)h & m->mask; m->table[i].child; i = (i + 1) & m->mask) {
        const slot *s = &m->table[i];
        if (s->hash == h && s->parent == parent && s->len == len && s->exact == (exact != 0) &&
            memcmp(m->pool.data + s->word, w, len) == 0)
            return s->child;
    }
    if ((m->used + 1) * 2 > m->mask + 1) table_grow(m);
    uint32_t child = new_node(m, m->nodes[parent].weight + (uint32_t)len * 2 + (exact != 0));
    mnode *p = &m->nodes[parent];
    if (exact) p->exact_children = 1;
    else p->stems |= 1ull << (len < 63 ? len : 63);
    slot s = {h, parent, child, (uint32_t)m->pool.len, (uint16_t)len, (uint16_t)(exact != 0)};
    dbuf_append(&m->pool, w, len);
    table_put(m->table, m->mask, &s);
    m->used++;
    return child;
}

/* A dictionary word as matched: folded, and "X'S" split into "X" and "'S"
 * the way the tokenizer splits the clitic off. */
typedef struct {
    char text[FOLD_CAP];
    size_t len;
    int exact;
} word_piece;

/* Splits phrase p into pieces[]; returns their count, or 0 when the phrase
 * cannot be indexed. */
static size_t phrase_pieces(const dict_set *set, uint32_t p, word_piece *pieces)
{
    dict_span ws = set->phrases[p].words;
    size_t k = 0;
    for (uint32_t i = 0; i < ws.count; i++) {
        const dict_word *w = &set->words[ws.first + i];
        if (w->flags & DICT_WORD_SYNSET) return 0;
        const char *t = dict_string(set, w->text);
        int whole;
        word_piece *wp = &pieces[k];
        if (k >= MAX_DEPTH) return 0;
        wp->len = fold(t, strlen(t), wp->text, &whole);
        if (!whole || wp->len > MAX_WORD || wp->len == 0) return 0;
        wp->exact = (w->flags & DICT_WORD_EXACT) != 0;
        k++;
        if (wp->len > 2 && wp->text[wp->len - 2] == '\'' && wp->text[wp->len - 1] == 'S') {
            if (k >= MAX_DEPTH) return 0;
            word_piece *clitic = &pieces[k++];
            memcpy(clitic->text, "'S", 2);
            clitic->len = 2;
            clitic->exact = wp->exact;
            wp->len -= 2;
            wp->exact = 1;
        }
    }
    return k;
}

static void add_entry(dict_matcher *m, uint32_t kind, uint32_t index, uint32_t phrase, word_piece *pieces,
                      size_t *cap_entries)
{
    size_t k = phrase_pieces(m->set, phrase, pieces);
    if (!k) {
        m->skipped++;
        return;
    }
    uint32_t node = 0;
    for (size_t i = 0; i < k; i++) node = child_of(m, node, pieces[i].text, pieces[i].len, pieces[i].exact);
    DYAD_GROW(m->entries, *cap_entries, m->n_entries + 1);
    m->entries[m->n_entries++] = (mentry){kind, index, phrase, node};
}

dict_matcher *dict_matcher_build(const dict_set *set)
{
    dict_matcher *m = dyad_xmalloc(sizeof *m);
    memset(m, 0, sizeof *m);
    m->set = set;
    table_grow(m);
    new_node(m, 0);
    word_piece *pieces = dyad_xmalloc(MAX_DEPTH * sizeof *pieces);
    size_t cap_entries = 0;
    for (size_t a = 0; a < set->n_actors; a++)
        for (uint32_t i = 0; i < set->actors[a].names.count; i++)
            add_entry(m, DICT_MATCH_ACTOR, (uint32_t)a, set->actors[a].names.first + i, pieces, &cap_entries);
    for (size_t a = 0; a < set->n_agents; a++)
        for (uint32_t i = 0; i < set->agents[a].names.count; i++)
            add_entry(m, DICT_MATCH_AGENT, (uint32_t)a, set->agents[a].names.first + i, pieces, &cap_entries);
    free(pieces);
    /* group the entries by node, keeping their order (actors first, file order) */
    for (size_t i = 0; i < m->n_entries; i++) m->nodes[m->entries[i].node].n_entries++;
    uint32_t at = 0;
    for (size_t i = 0; i < m->n_nodes; i++) m->nodes[i].entries = at, at += m->nodes[i].n_entries;
    mentry *sorted = dyad_xmalloc((m->n_entries ? m->n_entries : 1) * sizeof *sorted);
    for (size_t i = 0; i < m->n_nodes; i++) m->nodes[i].n_entries = 0;
    for (size_t i = 0; i < m->n_entries; i++) {
        mnode *nd = &m->nodes[m->entries[i].node];
        sorted[nd->entries + nd->n_entries++] = m->entries[i];
    }
    free(m->entries);
    m->entries = sorted;
    return m;
}

void dict_matcher_free(dict_matcher *m)
{
    if (!m) return;
    free(m->nodes);
    free(m->table);
    free(m->entries);
    dbuf_free(&m->pool);
    free(m);
}

size_t dict_matcher_skipped(const dict_matcher *m) { return m->skipped; }

/* ---- matching ----------------------------------------------------------- */

typedef struct {
    const dict_matcher *m;
    const char *const *words;
    const size_t *lens;
    size_t n, start;
    uint32_t best;       /* node, 0: none */
    size_t best_tokens;
} walk_ctx;

static void walk(walk_ctx *c, uint32_t node, size_t depth);

static void step(walk_ctx *c, uint32_t node, const char *w, size_t len, int exact, size_t depth)
{
    const dict_matcher *m = c->m;
    uint64_t h = edge_hash(node, w, len, exact);
    for (size_t i = (size_t)h & m->mask; m->table[i].child; i = (i + 1) & m->mask) {
        const slot *s = &m->table[i];
        if (s->hash != h || s->parent != node || s->len != len || s->exact != (exact != 0) ||
            memcmp(m->pool.data + s->word, w, len) != 0)
            continue;
        const mnode *child = &m->nodes[s->child];
        size_t tokens = depth + 1;
        if (child->n_entries &&
            (!c->best || tokens > c->best_tokens ||
             (tokens == c->best_tokens && child->weight > m->nodes[c->best].weight)))
            c->best = s->child, c->best_tokens = tokens;
        walk(c, s->child, depth + 1);
        return;
    }
}

static int sibilant_end(const char *w, size_t len)
{
    char e = w[len - 1];
    if (e == 'S' || e == 'X' || e == 'Z') return 1;
    return len >= 2 && e == 'H' && (w[len - 2] == 'C' || w[len - 2] == 'S');
}

static void walk(walk_ctx *c, uint32_t node, size_t depth)
{
    const mnode *nd = &c->m->nodes[node];
    size_t i = c->start + depth;
    if (i >= c->n || (!nd->stems && !nd->exact_children)) return;
    char buf[FOLD_CAP];
    int whole;
    size_t len = fold(c->words[i], c->lens[i], buf, &whole);
    if (len == 0) return;
    uint64_t stems = nd->stems;
    if (nd->exact_children && whole) {
        step(c, node, buf, len, 1, depth);
        /* plurals: TROOP_ matches TROOPS, BOX_ matches BOXES (words of 3+ bytes) */
        if (len >= 4 && buf[len - 1] == 'S') {
            step(c, node, buf, len - 1, 1, depth);
            if (len >= 5 && buf[len - 2] == 'E' && sibilant_end(buf, len - 2)) step(c, node, buf, len - 2, 1, depth);
        }
    }
    for (uint64_t bits = stems & ~(1ull << 63); bits; bits &= bits - 1) {
        size_t l = (size_t)__builtin_ctzll(bits);
        if (l > len) break;
        step(c, node, buf, l, 0, depth);
    }
    if (stems >> 63)
        for (size_t l = 63; l <= len && l <= MAX_WORD; l++) step(c, node, buf, l, 0, depth);
}

/* "'S", "'" after a word ending in s (the tokenizer's plural possessive). */
static int possessive_at(const char *const *words, const size_t *lens, size_t i)
{
    char buf[FOLD_CAP];
    int whole;
    size_t len = fold(words[i], lens[i], buf, &whole);
    if (len == 2 && buf[0] == '\'' && buf[1] == 'S') return 1;
    if (len == 1 && buf[0] == '\'' && i > 0 && lens[i - 1]) {
        char last = words[i - 1][lens[i - 1] - 1];
        return last == 's' || last == 'S';
    }
    return 0;
}

int dict_match_at(const dict_matcher *m, const char *const *words, const size_t *lens, size_t n, size_t start,
                  dict_match *out)
{
    if (!m || start >= n) return 0;
    walk_ctx c = {m, words, lens, n, start, 0, 0};
    walk(&c, 0, 0);
    if (!c.best) return 0;
    const mnode *nd = &m->nodes[c.best];
    const mentry *e = &m->entries[nd->entries];
    *out = (dict_match){e->kind, e->index, e->phrase, start, c.best_tokens, 0, nd->n_entries, nd->entries};
    if (start + c.best_tokens < n && possessive_at(words, lens, start + c.best_tokens))
        out->count++, out->possessive = 1;
    return 1;
}

void dict_match_candidate(const dict_matcher *m, const dict_match *match, uint32_t i, dict_match *out)
{
    *out = *match;
    if (i >= match->candidates) return;
    const mentry *e = &m->entries[match->entry + i];
    out->kind = e->kind, out->index = e->index, out->phrase = e->phrase;
}

/* ---- single words ------------------------------------------------------- */

/* The next byte of s[*i..n) folded as above (curly apostrophes count as one
 * '\''), advancing *i. */
static char fold_next(const char *s, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c == 0xE2 && *i + 2 < n && (unsigned char)s[*i + 1] == 0x80 &&
        ((unsigned char)s[*i + 2] == 0x98 || (unsigned char)s[*i + 2] == 0x99)) {
        *i += 3;
        return '\'';
    }
    (*i)++;
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : (char)c;
}

int dict_word_matches(const char *token, size_t n, const char *word, size_t wlen, int exact)
{
    size_t i = 0;
    if (wlen == 0) return 0;
    for (size_t k = 0; k < wlen; k++)
        if (i >= n || fold_next(token, n, &i) != word[k]) return 0;
    if (!exact || i == n) return 1;
    if (wlen < 3) return 0;
    char a = fold_next(token, n, &i);
    if (i == n) return a == 'S';
    char b = fold_next(token, n, &i);
    return i == n && a == 'E' && b == 'S' && sibilant_end(word, wlen);
}

/* ---- codes -------------------------------------------------------------- */

const char *dict_actor_code(const dict_set *set, uint32_t actor, int32_t date)
{
    if (actor >= set->n_actors) return NULL;
    const dict_actor *a = &set->actors[actor];
    const dict_code *undated = NULL;
    for (uint32_t i = 0; i < a->codes.count; i++) {
        const dict_code *c = &set->codes[a->codes.first + i];
        if (!c->from && !c->to) {
            if (!undated) undated = c;
            continue;
        }
        if (date > 0 && (!c->from || c->from <= date) && (!c->to || date <= c->to)) return dict_string(set, c->code);
    }
    return undated ? dict_string(set, undated->code) : NULL;
}

void dict_agent_apply(const dict_set *set, uint32_t agent, const char *actor_code, dbuf *out)
{
    if (agent >= set->n_agents) return;
    const dict_agent *ag = &set->agents[agent];
    const char *code = dict_string(set, ag->code);
    if (!actor_code || !*actor_code) dbuf_puts(out, code);
    else if (ag->position == DICT_AGENT_PREFIX) dbuf_puts(out, code), dbuf_puts(out, actor_code);
    else dbuf_puts(out, actor_code), dbuf_puts(out, code);
}
