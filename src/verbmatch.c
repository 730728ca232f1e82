/* verbmatch.c - finds the dictionary verbs of a sentence and the pattern of
 * each that fits best.
 *
 * Verb forms are indexed by their first word. A token is a form of a verb
 * when it is a verb in the parse and the form's word is its lemma, the token
 * itself, or the token minus a regular ending (-s, -es, -d, -ed, -ing, with a
 * doubled consonant: "permitted"); the other words of a phrasal form follow
 * it ("go by").
 *
 * A pattern's elements before the verb ('*') are matched leftwards from the
 * verb, those after it rightwards, each at the first place it fits (words may
 * lie between two elements, except after a word joined with '_'). Words and
 * synsets match by the dictionary word rules (dict_word_matches); '$' and
 * '+' bind the next actor mention as source or target; TABARI's "{ A | B }"
 * tries each alternative; noun- and prepositional-phrase brackets, skips and
 * other marks constrain nothing here. The pattern matching the most words
 * wins (then the one binding more actors, then file order); when none
 * matches, the verb's own code applies. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "coder.h"

typedef struct {
    uint32_t verb, phrase;
    uint32_t next; /* next entry in its bucket, UINT32_MAX: none */
} form_entry;

struct verb_index {
    uint32_t *buckets; /* first entry, UINT32_MAX: empty */
    size_t mask;
    form_entry *entries;
    size_t n, cap;
    /* the set compiled for matching: lengths of words and pattern elements,
       the synset a pattern element names, the mark an element is */
    uint32_t *word_len;   /* per words[] */
    uint16_t *word_key;   /* per words[]: start key, CODER_STARTS for none */
    int32_t *word_synset; /* per words[]: the synset a "&NAME" word names, -1 */
    uint32_t *el_len;     /* per elements[] */
    int32_t *el_synset;   /* per elements[]: synsets[] index, -1 */
    unsigned char *el_mark; /* per elements[]: '{' '}' '|' '%' or 0 */
    uint16_t *el_key;       /* per elements[]: a word's start key, CODER_STARTS for none */
    /* start keys every match needs (coder_word_key): per pattern, its words
       outside alternatives; per discard, all its words */
    uint32_t *pat_keys, *dis_keys; /* first key of each, n + 1 entries */
    uint16_t *keys;
    size_t n_keys, cap_keys;
    /* per synset: the start keys of its members' first words, and whether
       a member has a first word without one (then any token may start it) */
    uint64_t (*syn_starts)[CODER_STARTS / 64];
    unsigned char *syn_any;
    int has_nouns; /* some verb is a noun form (DICT_VERB_NOUN) */
    int32_t aim_synsets[5]; /* the synsets verb_index_aim reads (aims[]), -1 */
};

/* The aims of acts of political reform and the fourth digit each gives
 * (verb_index_aim). */
static const struct {
    const char *synset;
    char digit;
} aims[5] = {{"LEADERSHIP", '1'}, {"POLICY", '2'}, {"GRIEVANCE", '2'}, {"RIGHTS", '3'}, {"INSTITUTIONS", '4'}};

static void add_key(verb_index *vi, const char *w, size_t n)
{
    unsigned key;
    if (!coder_word_key(w, n, &key)) return;
    DYAD_GROW(vi->keys, vi->cap_keys, vi->n_keys + 1);
    vi->keys[vi->n_keys++] = (uint16_t)key;
}

static int keys_present(const verb_index *vi, const uint32_t *first, size_t i, const coder_sentence *s)
{
    for (uint32_t k = first[i]; k < first[i + 1]; k++)
        if (!coder_has_start(s, vi->keys[k])) return 0;
    return 1;
}

int verb_index_discard_may_match(const verb_index *vi, size_t d, const coder_sentence *s)
{
    return keys_present(vi, vi->dis_keys, d, s);
}

static uint64_t word_hash(const char *w, size_t n) { return XXH3_64bits(w, n); }

static int32_t synset_named(const dict_set *set, const char *name)
{
    for (size_t k = 0; k < set->n_synsets; k++)
        if (!strcmp(dict_string(set, set->synsets[k].name), name)) return (int32_t)k;
    return -1;
}

verb_index *verb_index_build(const dict_set *set)
{
    verb_index *vi = dyad_xmalloc(sizeof *vi);
    *vi = (verb_index){0};
    size_t forms = 0;
    for (size_t v = 0; v < set->n_verbs; v++) {
        forms += set->verbs[v].forms.count;
        vi->has_nouns |= (set->verbs[v].flags & DICT_VERB_NOUN) != 0;
    }
    size_t size = 16;
    while (size < forms * 2) size *= 2;
    vi->mask = size - 1;
    vi->buckets = dyad_xmalloc(size * sizeof *vi->buckets);
    memset(vi->buckets, 0xff, size * sizeof *vi->buckets);
    vi->word_len = dyad_xmalloc((set->n_words + 1) * sizeof *vi->word_len);
    vi->word_key = dyad_xmalloc((set->n_words + 1) * sizeof *vi->word_key);
    vi->word_synset = dyad_xmalloc((set->n_words + 1) * sizeof *vi->word_synset);
    for (size_t w = 0; w < set->n_words; w++) {
        const char *text = dict_string(set, set->words[w].text);
        unsigned key;
        vi->word_len[w] = (uint32_t)strlen(text);
        vi->word_synset[w] = (set->words[w].flags & DICT_WORD_SYNSET) ? synset_named(set, text) : -1;
        vi->word_key[w] = !(set->words[w].flags & DICT_WORD_SYNSET) && coder_word_key(text, vi->word_len[w], &key)
                              ? (uint16_t)key
                              : CODER_STARTS;
    }
    size_t ne = set->n_elements + 1;
    vi->el_len = dyad_xmalloc(ne * sizeof *vi->el_len);
    vi->el_synset = dyad_xmalloc(ne * sizeof *vi->el_synset);
    vi->el_mark = dyad_xmalloc(ne);
    vi->el_key = dyad_xmalloc(ne * sizeof *vi->el_key);
    for (size_t e = 0; e < set->n_elements; e++) {
        const dict_element *el = &set->elements[e];
        const char *text = dict_string(set, el->text);
        vi->el_len[e] = (uint32_t)strlen(text);
        vi->el_synset[e] = -1;
        unsigned key;
        vi->el_key[e] = el->kind == DICT_EL_WORD && coder_word_key(text, vi->el_len[e], &key) ? (uint16_t)key : CODER_STARTS;
        if (el->kind == DICT_EL_SYNSET) vi->el_synset[e] = synset_named(set, text);
        if (*text == '!') text++;
        vi->el_mark[e] = el->kind == DICT_EL_MARK && strlen(text) == 1 && strchr("{}|%", *text) ? (unsigned char)*text : 0;
    }
    vi->syn_starts = dyad_xmalloc((set->n_synsets + 1) * sizeof *vi->syn_starts);
    vi->syn_any = dyad_xmalloc(set->n_synsets + 1);
    for (size_t a = 0; a < sizeof aims / sizeof *aims; a++) vi->aim_synsets[a] = synset_named(set, aims[a].synset);
    memset(vi->syn_starts, 0, (set->n_synsets + 1) * sizeof *vi->syn_starts);
    memset(vi->syn_any, 0, set->n_synsets + 1);
    for (size_t k = 0; k < set->n_synsets; k++) {
        const dict_synset *syn = &set->synsets[k];
        for (uint32_t m = 0; m < syn->members.count; m++) {
            dict_span w = set->phrases[syn->members.first + m].words;
            unsigned key = w.count ? vi->word_key[w.first] : CODER_STARTS;
            if (w.count && vi->word_synset[w.first] >= 0) continue; /* a nested synset: below */
            if (key == CODER_STARTS) vi->syn_any[k] = 1;
            else vi->syn_starts[k][key >> 6] |= 1ull << (key & 63);
        }
    }
    /* a member that begins with a synset begins as that synset's members do
       (to the depth matching follows) */
    for (int round = 0; round < 4; round++)
        for (size_t k = 0; k < set->n_synsets; k++) {
            const dict_synset *syn = &set->synsets[k];
            for (uint32_t m = 0; m < syn->members.count; m++) {
                dict_span w = set->phrases[syn->members.first + m].words;
                if (!w.count || !(set->words[w.first].flags & DICT_WORD_SYNSET)) continue;
                int32_t inner = vi->word_synset[w.first];
                if (inner < 0) continue; /* an unknown synset never matches */
                if (vi->syn_any[inner]) vi->syn_any[k] = 1;
                for (size_t b = 0; b < CODER_STARTS / 64; b++) vi->syn_starts[k][b] |= vi->syn_starts[inner][b];
            }
        }
    vi->pat_keys = dyad_xmalloc((set->n_patterns + 1) * sizeof *vi->pat_keys);
    for (size_t p = 0; p < set->n_patterns; p++) {
        vi->pat_keys[p] = (uint32_t)vi->n_keys;
        int depth = 0;
        for (uint32_t k = 0; k < set->patterns[p].elements.count; k++) {
            size_t e = set->patterns[p].elements.first + k;
            if (vi->el_mark[e] == '{') depth++;
            else if (vi->el_mark[e] == '}') depth--;
            else if (depth == 0 && set->elements[e].kind == DICT_EL_WORD)
                add_key(vi, dict_string(set, set->elements[e].text), vi->el_len[e]);
        }
    }
    vi->pat_keys[set->n_patterns] = (uint32_t)vi->n_keys;
    vi->dis_keys = dyad_xmalloc((set->n_discards + 1) * sizeof *vi->dis_keys);
    for (size_t d = 0; d < set->n_discards; d++) {
        vi->dis_keys[d] = (uint32_t)vi->n_keys;
        dict_span ph = set->discards[d].phrase;
        for (uint32_t k = 0; k < ph.count; k++)
            add_key(vi, dict_string(set, set->words[ph.first + k].text), vi->word_len[ph.first + k]);
    }
    vi->dis_keys[set->n_discards] = (uint32_t)vi->n_keys;
    for (size_t v = 0; v < set->n_verbs; v++) {
        const dict_verb *verb = &set->verbs[v];
        for (uint32_t f = 0; f < verb->forms.count; f++) {
            uint32_t p = verb->forms.first + f;
            const dict_phrase *ph = &set->phrases[p];
            if (!ph->words.count) continue;
            const char *w = dict_string(set, set->words[ph->words.first].text);
            size_t b = (size_t)word_hash(w, strlen(w)) & vi->mask;
            DYAD_GROW(vi->entries, vi->cap, vi->n + 1);
            vi->entries[vi->n] = (form_entry){(uint32_t)v, p, vi->buckets[b]};
            vi->buckets[b] = (uint32_t)vi->n++;
        }
    }
    return vi;
}

void verb_index_free(verb_index *vi)
{
    if (!vi) return;
    free(vi->word_len), free(vi->word_key), free(vi->word_synset), free(vi->el_len), free(vi->el_synset), free(vi->el_mark), free(vi->el_key);
    free(vi->pat_keys), free(vi->dis_keys), free(vi->keys);
    free(vi->syn_starts), free(vi->syn_any);
    free(vi->buckets);
    free(vi->entries);
    free(vi);
}

/* ---- single tokens -------------------------------------------------------- */

/* A verb of the parse: tagged as a verb and in a verb group, not a
 * participle inside a noun phrase ("the detained journalists"). */
static int token_is_verb(const coder_sentence *s, int t)
{
    const char *tag = dyad_tag_name(s->parses[t].tag);
    return tag[0] == 'V' && tag[1] == 'B' && s->parses[t].chunk != 1 /* NP */;
}

/* A noun of the parse (a noun form of an event: "talks", "visit"). */
static int token_is_noun(const coder_sentence *s, int t)
{
    const char *tag = dyad_tag_name(s->parses[t].tag);
    return tag[0] == 'N' && tag[1] == 'N' && strncmp(tag, "NNP", 3) != 0;
}

/* The span a noun form's patterns are read in: leftwards over the noun's
 * own phrase ("Chinese President Xi Jinping's state visit"), rightwards over
 * its prepositional phrases ("talks between Kenya and Uganda on trade"), up
 * to a verb, a comma or a clause boundary. */
static void noun_span(const coder_sentence *s, int t, int last, int *left, int *right)
{
    int i = t;
    while (i > 0 && t - i < 12) {
        const char *tag = dyad_tag_name(s->parses[i - 1].tag);
        if (!(tag[0] == 'N' || tag[0] == 'J' || !strcmp(tag, "POS") || !strcmp(tag, "DT") || !strcmp(tag, "CD") ||
              !strcmp(tag, "PRP$") || !strcmp(tag, "HYPH") || s->words[i - 1][0] == '-'))
            break;
        i--;
    }
    *left = i;
    i = last;
    while ((size_t)(i + 1) < s->n && i - last < 16) {
        const char *tag = dyad_tag_name(s->parses[i + 1].tag);
        if (tag[0] == 'V' || tag[0] == 'W' || !strcmp(tag, ",") || !strcmp(tag, ".") || !strcmp(tag, ":") ||
            s->parses[i + 1].clause != s->parses[t].clause)
            break;
        i++;
    }
    *right = i;
}

/* Does token t match a dictionary word (upper case, n bytes)? */
static int word_matches(const coder_sentence *s, int t, const char *text, size_t n, uint32_t flags)
{
    unsigned char c = (unsigned char)s->words[t][0];
    if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
    if (n == 0 || c != (unsigned char)text[0]) return 0; /* the usual case, decided cheaply */
    return dict_word_matches(s->words[t], s->lens[t], text, n, (flags & DICT_WORD_EXACT) != 0);
}

/* Tokens a word covers at t: 1, or 2 for a word the tokenizer split at a
 * clitic ("DIDN'T" = "did" "n't", "CAN'T" = "ca" "n't"), 0 when it does not
 * match there. */
static int word_tokens_at(const coder_sentence *s, int t, const char *text, size_t n, uint32_t flags)
{
    if (t < 0 || (size_t)t >= s->n) return 0;
    if (word_matches(s, t, text, n, flags)) return 1;
    size_t a = s->lens[t];
    if ((size_t)t + 1 >= s->n || a >= n || (text[a] != s->words[t + 1][0] && text[a] != s->words[t + 1][0] - 32) || !memchr(text, '\'', n)) return 0;
    /* the first token is the word's beginning, the next one the rest */
    if (strncasecmp(s->words[t], text, a) != 0) return 0;
    return dict_word_matches(s->words[t + 1], s->lens[t + 1], text + a, n - a, (flags & DICT_WORD_EXACT) != 0) ? 2 : 0;
}

static int all_caps(const coder_sentence *s, int t)
{
    int letters = 0;
    for (size_t i = 0; i < s->lens[t]; i++) {
        char ch = s->words[t][i];
        if (ch >= 'a' && ch <= 'z') return 0;
        letters += ch >= 'A' && ch <= 'Z';
    }
    return letters > 1;
}

/* TABARI's test for a word that may be a verb: not capitalised inside the
 * sentence ("about To Restore"), not after an article ("the restore"). */
static int word_may_be_verb(const coder_sentence *s, int t)
{
    unsigned char c = (unsigned char)s->words[t][0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
    if (t > 0 && c >= 'A' && c <= 'Z' && !(all_caps(s, t) && all_caps(s, t - 1))) return 0; /* not in ALL-CAPS text */
    /* "donate's cash": a possessive makes it a noun */
    if ((size_t)t + 1 < s->n && s->lens[t + 1] >= 2 && s->words[t + 1][0] == '\'' &&
        (s->words[t + 1][1] == 's' || s->words[t + 1][1] == 'S'))
        return 0;
    if (t > 0) {
        const char *p = s->words[t - 1];
        size_t n = s->lens[t - 1];
        if ((n == 3 && !strncasecmp(p, "the", 3)) || (n == 1 && (*p == 'a' || *p == 'A')) ||
            (n == 2 && !strncasecmp(p, "an", 2)))
            return 0;
    }
    return 1;
}

/* Is token t a form of the verb word w (upper case)? A stem (a word not
 * written whole) begins the token; a whole word is the token's lemma, the
 * token, or the token less a regular ending. */
static int verb_form_matches(const coder_sentence *s, int t, const char *w, size_t wl, int whole)
{
    if (!whole) return dict_word_matches(s->words[t], s->lens[t], w, wl, 0);
    if (dict_word_matches(s->lemmas[t], s->lemma_lens[t], w, wl, 1) && s->lemma_lens[t] == wl) return 1;
    if (!dict_word_matches(s->words[t], s->lens[t], w, wl, 0)) return 0;
    const char *rest = s->words[t] + wl;
    size_t n = s->lens[t] - wl;
    static const char *const endings[] = {"", "s", "es", "d", "ed", "en", "ing"};
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
        size_t el = strlen(endings[k]);
        if (n == el && strncasecmp(rest, endings[k], n) == 0) return 1;
        /* a doubled last consonant: permit -> permitted, permitting */
        if (n == el + 1 && el >= 2 && wl && (rest[0] == w[wl - 1] || rest[0] == w[wl - 1] + 32) &&
            strncasecmp(rest + 1, endings[k], el) == 0)
            return 1;
    }
    /* silent e dropped: "restore" -> "restoring" */
    if (wl >= 2 && (w[wl - 1] == 'E') && n == 2 && strncasecmp(rest - 1, "ing", 3) == 0) return 1;
    return 0;
}

/* ---- pattern elements --------------------------------------------------- */

static int is_negation(const coder_sentence *s, int t)
{
    const char *w = s->words[t];
    size_t n = s->lens[t];
    return (n == 3 && (!strncasecmp(w, "not", 3) || !strncasecmp(w, "n't", 3))) || (n == 5 && !strncasecmp(w, "never", 5)) ||
           (n == 5 && !memcmp(w, "n\xe2\x80\x99t", 5)) || (n == 2 && !strncasecmp(w, "no", 2)) ||
           (n == 7 && !strncasecmp(w, "neither", 7));
}

typedef struct {
    const dict_set *set;
    const verb_index *vi;
    const coder_sentence *s;
    const coder_mentions *ms;
    int dir;            /* +1 rightwards, -1 leftwards */
    int limit;          /* last token (rightwards) or first token (leftwards) allowed */
    int source, target; /* mentions bound */
    int words;          /* words and synsets matched */
    int negation;       /* a word it matched negates the verb ("did not", "won't") */
    int end;            /* the last token matched after the verb */
    int tabari;         /* a verb read TABARI's way: pronouns are no actors (it forwards them itself) */
} match_ctx;

static int synset_at_depth(const match_ctx *c, int32_t synset, int t, int depth);

/* Does the phrase (words[] span) match at token t in reading order? Returns
 * the number of tokens, 0 if not. A word naming a synset ("&TIETYPES MEMOS")
 * matches any of its members, to a depth of four. */
static int phrase_at_depth(const match_ctx *c, dict_span words, int t, int depth)
{
    int i = t;
    for (uint32_t k = 0; k < words.count; k++) {
        const dict_word *w = &c->set->words[words.first + k];
        if (i < 0 || (size_t)i >= c->s->n) return 0;
        if (w->flags & DICT_WORD_SYNSET) {
            int len = depth < 4 ? synset_at_depth(c, c->vi->word_synset[words.first + k], i, depth + 1) : 0;
            if (!len) return 0;
            i += len;
            continue;
        }
        unsigned key = c->vi->word_key[words.first + k];
        if (key != CODER_STARTS && c->s->keys[i] != CODER_STARTS && c->s->keys[i] != key) return 0;
        int len = word_tokens_at(c->s, i, dict_string(c->set, w->text), c->vi->word_len[words.first + k], w->flags);
        if (!len) return 0;
        i += len;
    }
    return i - t;
}

static int synset_at_depth(const match_ctx *c, int32_t synset, int t, int depth)
{
    if (synset < 0 || t < 0 || (size_t)t >= c->s->n) return 0;
    unsigned key = c->s->keys[t];
    if (!c->vi->syn_any[synset] && key != CODER_STARTS && !((c->vi->syn_starts[synset][key >> 6] >> (key & 63)) & 1))
        return 0; /* no member begins with this token's letters */
    const dict_synset *syn = &c->set->synsets[synset];
    for (uint32_t m = 0; m < syn->members.count; m++) {
        int len = phrase_at_depth(c, c->set->phrases[syn->members.first + m].words, t, depth);
        if (len) return len;
    }
    return 0;
}

static int in_range(const match_ctx *c, int t)
{
    return c->dir > 0 ? t <= c->limit : t >= c->limit;
}

/* One element at the first place from *pos on (only at *pos when `joined`).
 * Advances *pos past it. 0 when it does not fit. */
static int match_element(match_ctx *c, const dict_element *e, int *pos, int joined)
{
    const dict_set *set = c->set;
    for (int t = *pos; in_range(c, t); t += c->dir) {
        int len = 0;
        switch (e->kind) {
        case DICT_EL_WORD: {
            size_t ei = (size_t)(e - set->elements);
            /* most tokens differ in their first two letters: skip them cheaply */
            unsigned key = c->vi->el_key[ei];
            if (key != CODER_STARTS && c->s->keys[t] != CODER_STARTS && c->s->keys[t] != key) break;
            len = word_tokens_at(c->s, t, dict_string(set, e->text), c->vi->el_len[ei], e->flags);
            break;
        }
        case DICT_EL_SYNSET:
        {
            int32_t synset = c->vi->el_synset[e - set->elements];
            int16_t *memo = c->s->synset_memo && synset >= 0 ? &c->s->synset_memo[(size_t)synset * c->s->n + (size_t)t] : NULL;
            if (memo && *memo >= 0) len = *memo;
            else len = synset_at_depth(c, synset, t, 0);
            if (memo && *memo < 0) *memo = (int16_t)(len < INT16_MAX ? len : 0);
        }
            break;
        case DICT_EL_SOURCE:
        case DICT_EL_TARGET: {
            int m = coder_mention_at(c->ms, t);
            if (m < 0 || (c->tabari && c->ms->items[m].reference)) break;
            const coder_mention *cm = &c->ms->items[m];
            if (e->kind == DICT_EL_SOURCE) c->source = m;
            else c->target = m;
            *pos = c->dir > 0 ? cm->last + 1 : cm->first - 1;
            return 1;
        }
        case DICT_EL_SKIP: {
            /* TABARI's '^': skip the noun phrase (or actor) that comes next */
            if (c->dir < 0) return 1;
            int m = coder_mention_at(c->ms, *pos);
            int u = m >= 0 ? c->ms->items[m].last + 1 : *pos;
            while (m < 0 && (size_t)u < c->s->n && c->s->parses[u].chunk == 1 /* NP */ &&
                   (u == *pos || !c->s->parses[u].chunk_begin))
                u++;
            *pos = u;
            return 1;
        }
        default:
            return 1;
        }
        if (len) {
            if (e->kind == DICT_EL_WORD || e->kind == DICT_EL_SYNSET) c->words++;
            for (int k = t; k < t + len; k++) c->negation |= is_negation(c->s, k);
            *pos = c->dir > 0 ? t + len : t - 1;
            return 1;
        }
        if (joined) return 0;
    }
    return 0;
}

static int is_mark(const match_ctx *c, const dict_element *e, const char *text)
{
    return c->vi->el_mark[e - c->set->elements] == (unsigned char)*text;
}

/* Elements els[0..n) in the context's direction (leftwards: taken from the
 * last one back). */
static int match_elements(match_ctx *c, const dict_element *els, int n, int *pos)
{
    int i = c->dir > 0 ? 0 : n - 1, end = c->dir > 0 ? n : -1;
    /* leftwards from the verb: "IN_*" puts IN right before it */
    int joined = c->dir < 0 && n > 0 && (els[n - 1].flags & DICT_WORD_JOINED);
    while (i != end) {
        const dict_element *e = &els[i];
        if (is_mark(c, e, c->dir > 0 ? "{" : "}")) {
            /* alternatives up to the matching brace: the first that fits */
            int depth = 0, j = i, alt_start = i + c->dir, matched = 0;
            for (; j != end; j += c->dir) {
                if (is_mark(c, &els[j], "{") || is_mark(c, &els[j], "}")) {
                    depth += is_mark(c, &els[j], c->dir > 0 ? "{" : "}") ? 1 : -1;
                    if (depth == 0) break;
                }
            }
            if (j == end) return 0;
            for (int k = alt_start;; k += c->dir) {
                int at_bar = k == j || (is_mark(c, &els[k], "|"));
                if (!at_bar) continue;
                if (!matched) {
                    match_ctx try = *c;
                    int p = *pos;
                    int lo = c->dir > 0 ? alt_start : k + 1, hi = c->dir > 0 ? k : alt_start + 1;
                    if (hi > lo && match_elements(&try, els + lo, hi - lo, &p)) *c = try, *pos = p, matched = 1;
                }
                if (k == j) break;
                alt_start = k + c->dir;
            }
            if (!matched) return 0;
            i = j + c->dir;
            joined = 0;
            continue;
        }
        if (!match_element(c, e, pos, joined)) return 0;
        /* a word written with '_' after it is joined to the next element
           (leftwards: the element to the left is joined to this one) */
        int next = i + c->dir;
        const dict_element *joiner = c->dir > 0 ? e : (next != end ? &els[next] : NULL);
        joined = joiner && (joiner->flags & DICT_WORD_JOINED) && next != end;
        i = next;
    }
    return 1;
}

/* Matches one pattern around the verb at first..last. */
static int pattern_matches(const verb_index *vi, const dict_set *set, const coder_sentence *s,
                           const coder_mentions *ms, const dict_pattern *p, int first, int last, int left_limit,
                           int limit, int tabari, match_ctx *out)
{
    const dict_element *els = &set->elements[p->elements.first];
    int n = (int)p->elements.count, star = -1;
    for (int i = 0; i < n; i++)
        if (els[i].kind == DICT_EL_VERB) {
            star = i;
            break;
        }
    match_ctx c = {set, vi, s, ms, -1, left_limit, -1, -1, 0, 0, last, tabari};
    int pos = first - 1;
    if (star > 0 && !match_elements(&c, els, star, &pos)) return 0;
    c.dir = 1, c.limit = limit, pos = last + 1;
    if (star + 1 < n && !match_elements(&c, els + star + 1, n - star - 1, &pos)) return 0;
    c.end = pos - 1 > last ? pos - 1 : last;
    *out = c;
    return 1;
}

/* Does the form (a phrase) start at token t? Returns its last token, -1. */
static int form_at(const verb_index *vi, const dict_set *set, const coder_sentence *s, const dict_phrase *ph, int t)
{
    const dict_word *first = &set->words[ph->words.first];
    if (!verb_form_matches(s, t, dict_string(set, first->text), vi->word_len[ph->words.first],
                           (first->flags & DICT_WORD_EXACT) != 0))
        return -1;
    int last = t;
    for (uint32_t k = 1; k < ph->words.count; k++) {
        const dict_word *w = &set->words[ph->words.first + k];
        /* a particle may be one word away: "went quickly by" is not, "go by" is */
        if ((size_t)(last + 1) >= s->n ||
            !word_matches(s, last + 1, dict_string(set, w->text), vi->word_len[ph->words.first + k], w->flags))
            return -1;
        last++;
    }
    return last;
}

const uint32_t *verb_index_word_lengths(const verb_index *vi) { return vi->word_len; }

/* Does the comma at token k open a last clause before token end (the
 * sentence's end or its "..., X said"), one no other comma closes:
 * "..., backed by drone strikes", "..., as Trump sought to push Kyiv into
 * peace talks", "..., rejecting an Israeli proposal"? A
 * pattern read on the parse does not reach into it. (Not a list, "aircraft,
 * liquefied natural gas and farm produce", nor an insertion, "Macias, known
 * as Fito, to the United States".) */
static int opens_last_clause(const coder_sentence *s, int k, int end)
{
    for (int i = k + 1; i < end; i++)
        if (s->lens[i] == 1 && (s->words[i][0] == ',' || s->words[i][0] == ';')) return 0;
    int n = k + 1;
    if ((size_t)n >= s->n) return 0;
    const char *tag = dyad_tag_name(s->parses[n].tag);
    const char *after = (size_t)n + 1 < s->n ? dyad_tag_name(s->parses[n + 1].tag) : ".";
    if (!strcmp(tag, "VBG")) return 1;
    if ((!strcmp(tag, "VBN") || !strcmp(tag, "VBD")) && !strcmp(after, "IN")) return 1;
    if (!strcmp(tag, "WDT") || !strcmp(tag, "WP") || !strcmp(tag, "WRB")) return 1;
    if (!strcmp(tag, "CC") && after[0] == 'V') return 1;
    static const char *const subordinators[] = {"as", "while", "after", "before", "when", "because", "since",
                                                "although", "though", "whereas", NULL};
    for (int j = 0; subordinators[j]; j++)
        if (coder_word_is(s, n, subordinators[j])) return 1;
    return 0;
}

/* Is clause c a relative clause ("who", "which", "that"), or a
 * subordinate clause of time, reason or concession ("when", "while",
 * "because", "although"), with a verb? ("after" and "before" clauses may
 * hold a pattern's last words, as PETRARCH's suites have them.) */
static int adverbial_or_relative(const coder_sentence *s, int c)
{
    const dyad_clause *cl = &s->clauses[c];
    if (cl->marker < 0 || cl->verb < 0) return 0;
    /* (a relative clause with its pronoun: reduced ones, "the crossing into
       Gaza", are too often misread participles) */
    if (cl->type == DYAD_CLAUSE_REL) {
        const char *tag = dyad_tag_name(s->parses[cl->marker].tag);
        return tag[0] == 'W' || coder_word_is(s, cl->marker, "that");
    }
    if (cl->type != DYAD_CLAUSE_SUB) return 0;
    static const char *const markers[] = {"when", "while", "because", "although", "though", "whereas", NULL};
    for (int k = 0; markers[k]; k++)
        if (coder_word_is(s, cl->marker, markers[k])) return 1;
    return 0;
}

/* Does the sentence go on after clause c ends, outside c and the clauses
 * under it ("asked Malaysia, which chairs ASEAN, to mediate")? Punctuation
 * does not count. */
static int resumes_after(const coder_sentence *s, int c)
{
    for (int j = s->clauses[c].last + 1; (size_t)j < s->n; j++) {
        if (s->lens[j] == 1 && strchr(",.;:!?'\"()", s->words[j][0])) continue;
        int up = s->parses[j].clause;
        for (int depth = 0; up >= 0 && up != c && (size_t)up < s->n_clauses && depth < 16; depth++)
            up = s->clauses[up].parent;
        if (up != c) return 1;
    }
    return 0;
}

/* A pattern that codes nothing ("---") with a word joined before the verb
 * ("military_ *", "air_ *") reads the verb's noun: "a military strike". It
 * does not hold for a form that is only a verb's, "Pakistan's military
 * struck targets": a form that is neither the lemma nor its plural. */
static int noun_only_pattern(const dict_set *set, const dict_pattern *p, const coder_sentence *s, int t)
{
    if (p->elements.count < 2) return 0;
    const dict_element *first = &set->elements[p->elements.first];
    if (first->kind != DICT_EL_WORD) return 0;
    const char *code = dict_string(set, p->code);
    if (code[0] != '-' || strcmp(code, "---") != 0) return 0;
    size_t n = s->lens[t], ln = s->lemma_lens[t];
    const char *w = s->words[t], *l = s->lemmas[t];
    if (n == ln && !strncasecmp(w, l, n)) return 0;
    if (n == ln + 1 && !strncasecmp(w, l, ln) && (w[ln] == 's' || w[ln] == 'S')) return 0;
    if (n == ln + 2 && !strncasecmp(w, l, ln) && !strncasecmp(w + ln, "es", 2)) return 0;
    return 1;
}


int verb_match_at(const verb_index *vi, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                  int t, verb_match *out)
{
    if (!vi || t < 0 || (size_t)t >= s->n) return 0;
    int parsed_verb = token_is_verb(s, t), may_be_verb = word_may_be_verb(s, t);
    int parsed_noun = !parsed_verb && vi->has_nouns && token_is_noun(s, t);
    if (!parsed_verb && !may_be_verb && !parsed_noun) return 0;
    /* a pattern read on the parse stops where "..., the agency said" begins */
    int report_start = t + 1;
    while ((size_t)report_start < s->n) {
        int c = s->parses[report_start].clause;
        if (c >= 0 && (size_t)c < s->n_clauses && s->clauses[c].type == DYAD_CLAUSE_REPORTING &&
            s->clauses[c].first > t)
            break;
        /* (nor into a condition: "vowed to outlaw the opposition if it won
           the elections") */
        if ((coder_word_is(s, report_start, "if") || coder_word_is(s, report_start, "unless")) && c >= 0 &&
            (size_t)c < s->n_clauses && s->clauses[c].type == DYAD_CLAUSE_SUB && s->clauses[c].marker == report_start)
            break;
        /* (nor into a relative clause or a clause of time or reason that
           begins after the verb: "met Trump at the White House, a meeting
           that turned tense when Trump played a video" is no video call) */
        if (c >= 0 && (size_t)c < s->n_clauses && c != s->parses[t].clause && s->clauses[c].first == report_start &&
            adverbial_or_relative(s, c) && !resumes_after(s, c))
            break;
        /* "..., according to Western officials" */
        if (coder_word_is(s, report_start, "according") && coder_word_is(s, report_start + 1, "to"))
            break;
        report_start++;
    }
    /* (only the last comma can open a last clause) */
    for (int k = report_start - 1; k > t; k--)
        if (s->lens[k] == 1 && (s->words[k][0] == ',' || s->words[k][0] == ';')) {
            if (opens_last_clause(s, k, report_start)) report_start = k;
            break;
        }
    int found = 0;
    verb_match best = {0};
    int best_len = 0;
    /* candidate first words: the lemma and each prefix of the token */
    dbuf key = {0};
    for (int pass = 0; pass < 2; pass++) {
        const char *src = pass ? s->words[t] : s->lemmas[t];
        size_t n = pass ? s->lens[t] : s->lemma_lens[t];
        dbuf_clear(&key);
        for (size_t i = 0; i < n; i++) {
            char ch = src[i];
            dbuf_putc(&key, ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch);
        }
        for (size_t len = key.len; len >= 2; len--) {
            if (pass == 0 && len != key.len) break;
            size_t b = (size_t)word_hash(key.data, len) & vi->mask;
            for (uint32_t e = vi->buckets[b]; e != UINT32_MAX; e = vi->entries[e].next) {
                const form_entry *fe = &vi->entries[e];
                const dict_phrase *ph = &set->phrases[fe->phrase];
                const char *w0 = dict_string(set, set->words[ph->words.first].text);
                if (vi->word_len[ph->words.first] != len || memcmp(w0, key.data, len) != 0) continue;
                const dict_verb *v = &set->verbs[fe->verb];
                int noun = (v->flags & DICT_VERB_NOUN) != 0;
                if (!(noun ? parsed_noun : (v->flags & DICT_VERB_WORDS) ? may_be_verb : parsed_verb)) continue;
                int last = form_at(vi, set, s, ph, t);
                if (last < 0) continue;
                int left_limit = 0, right_limit = (v->flags & DICT_VERB_WORDS) ? (int)s->n - 1 : report_start - 1;
                if (noun) noun_span(s, t, last, &left_limit, &right_limit);
                verb_match cand = {t, last, fe->verb, -1, -1, -1, 0, (v->flags & DICT_VERB_WORDS) != 0, 0, noun, last};
                /* a verb that codes nothing itself is still found on the parse: it may
                   carry a transformation ("X said Y attacked") */
                int cand_ok = !(v->flags & DICT_VERB_WORDS) || strcmp(dict_string(set, v->code), "---") != 0;
                int cand_actors = 0;
                for (uint32_t k = 0; k < v->patterns.count; k++) {
                    uint32_t pi = v->patterns.first + k;
                    match_ctx c;
                    if (noun_only_pattern(set, &set->patterns[pi], s, t)) continue;
                    if (!keys_present(vi, vi->pat_keys, pi, s) ||
                        !pattern_matches(vi, set, s, ms, &set->patterns[pi], t, last, left_limit, right_limit,
                                         (v->flags & DICT_VERB_WORDS) != 0, &c))
                        continue;
                    int actors = (c.source >= 0) + (c.target >= 0);
                    if (cand.pattern < 0 || c.words > cand.score || (c.words == cand.score && actors > cand_actors)) {
                        cand.negation = c.negation, cand.end = c.end;
                        cand.pattern = (int)pi, cand.score = c.words, cand.source = c.source,
                        cand.target = c.target, cand_actors = actors, cand_ok = 1;
                    }
                }
                if (!cand_ok) continue;
                /* ties: the longer form, then the form written as the word itself
                   ("LEFT" before the lemma's "LEAVE") */
                int coded = cand.pattern >= 0 ? strcmp(dict_string(set, set->patterns[cand.pattern].code), "---") != 0
                                              : strcmp(dict_string(set, v->code), "---") != 0;
                int flen = coded * 1000 + (last - t + 1) * 2 + (pass == 1 && len == key.len);
                if (!found || cand.score > best.score || (cand.score == best.score && flen > best_len)) {
                    best = cand, best_len = flen, found = 1;
                }
            }
        }
    }
    dbuf_free(&key);
    if (found) *out = best;
    return found;
}

/* The fourth digit of a protest, demand, appeal or rejection of political
 * reform comes from its aim, which CAMEO splits the same way under 024,
 * 104, 123 and 141-145: a change of leadership (1), of policy (2), rights
 * (3), institutions or regime (4). The aim is a member of the verb set's
 * synsets LEADERSHIP, POLICY or GRIEVANCE, RIGHTS, INSTITUTIONS starting at
 * token t ("rallied ... to call for the prime minister's resignation" 1411).
 * Returns the digit, or 0 when the set has none of these synsets or no
 * member starts there. */
int verb_index_aim(const verb_index *vi, const dict_set *set, const coder_sentence *s, int t)
{
    if (t < 0 || (size_t)t >= s->n) return 0;
    match_ctx c = {.set = set, .vi = vi, .s = s, .dir = 1, .limit = t, .source = -1, .target = -1};
    for (size_t a = 0; a < sizeof aims / sizeof *aims; a++)
        if (vi->aim_synsets[a] >= 0 && synset_at_depth(&c, vi->aim_synsets[a], t, 0)) return aims[a].digit;
    return 0;
}

/* ---- what a match codes ------------------------------------------------- */

/* Does pattern have the word `upper` (words are held upper-case)? */
int verb_pattern_has_word(const dict_set *set, int pattern, const char *upper)
{
    const dict_pattern *p = &set->patterns[pattern];
    for (uint32_t k = 0; k < p->elements.count; k++) {
        const dict_element *e = &set->elements[p->elements.first + k];
        if (e->kind == DICT_EL_WORD && strcmp(dict_string(set, e->text), upper) == 0) return 1;
    }
    return 0;
}

int verb_pattern_has_mark(const dict_set *set, int pattern, const char *mark)
{
    if (pattern < 0) return 0;
    const dict_pattern *p = &set->patterns[pattern];
    for (uint32_t k = 0; k < p->elements.count; k++) {
        const dict_element *e = &set->elements[p->elements.first + k];
        if (e->kind == DICT_EL_MARK && strcmp(dict_string(set, e->text), mark) == 0) return 1;
    }
    return 0;
}

int verb_match_has_reverse(const dict_set *set, const verb_match *vm)
{
    if (vm->pattern >= 0) return set->patterns[vm->pattern].reverse != 0;
    return set->verbs[vm->verb].reverse != 0;
}

/* A mutual code: the reverse code is the code itself ("[040:040]": meet,
 * "[046:046]": negotiate). A compound with no one else then acts on itself:
 * "Kenya and Uganda held talks". */
int verb_match_mutual(const dict_set *set, const verb_match *vm)
{
    dict_str code = vm->pattern >= 0 ? set->patterns[vm->pattern].code : set->verbs[vm->verb].code;
    dict_str rev = vm->pattern >= 0 ? set->patterns[vm->pattern].reverse : set->verbs[vm->verb].reverse;
    return rev && !strcmp(dict_string(set, code), dict_string(set, rev));
}

const char *verb_match_code(const dict_set *set, const verb_match *vm)
{
    return vm->pattern >= 0 ? dict_string(set, set->patterns[vm->pattern].code)
                            : dict_string(set, set->verbs[vm->verb].code);
}
