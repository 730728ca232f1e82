/* dict_check.c - lint for a loaded dictionary set (`dyad dict check`):
 * actor names listed twice (and whether their codes conflict), pattern ids
 * given twice, date ranges
 * of one entry that overlap, synsets that patterns or phrases name but no
 * file defines, and verb transformations naming a verb that no block name
 * or form of the set spells. Each finding is a warning with file:line. */
#include <stdlib.h>
#include <string.h>

#include "dict.h"

/* A phrase as one string ("UNITED NATIONS_"), for comparing names. */
static void phrase_key(const dict_set *set, uint32_t phrase, dbuf *out)
{
    dbuf_clear(out);
    const dict_span w = set->phrases[phrase].words;
    for (uint32_t i = 0; i < w.count; i++) {
        const dict_word *word = &set->words[w.first + i];
        if (i) dbuf_putc(out, ' ');
        if (word->flags & DICT_WORD_SYNSET) dbuf_putc(out, '&');
        dbuf_puts(out, dict_string(set, word->text));
        if (word->flags & DICT_WORD_EXACT) dbuf_putc(out, '_');
    }
    dbuf_cstr(out);
}

typedef struct {
    char *key;
    uint32_t actor; /* actors[] index (patterns[] for pattern ids) */
} name_ref;

static int by_key(const void *a, const void *b)
{
    const name_ref *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->actor > y->actor) - (x->actor < y->actor);
}

/* Do two actors have the same codes (same strings and dates)? */
static int same_codes(const dict_set *set, const dict_actor *a, const dict_actor *b)
{
    if (a->codes.count != b->codes.count) return 0;
    for (uint32_t i = 0; i < a->codes.count; i++) {
        const dict_code *x = &set->codes[a->codes.first + i], *y = &set->codes[b->codes.first + i];
        if (strcmp(dict_string(set, x->code), dict_string(set, y->code)) || x->from != y->from || x->to != y->to)
            return 0;
    }
    return 1;
}

static void duplicate_names(dict_set *set)
{
    size_t n = 0, cap = 0;
    name_ref *refs = NULL;
    dbuf key = {0};
    for (uint32_t a = 0; a < set->n_actors; a++) {
        const dict_actor *actor = &set->actors[a];
        for (uint32_t p = 0; p < actor->names.count; p++) {
            phrase_key(set, actor->names.first + p, &key);
            DYAD_GROW(refs, cap, n + 1);
            refs[n++] = (name_ref){dyad_xstrdup(key.data), a};
        }
    }
    if (n) qsort(refs, n, sizeof *refs, by_key); /* refs is NULL when there are no names */
    for (size_t i = 1; i < n; i++) {
        if (strcmp(refs[i].key, refs[i - 1].key) != 0 || refs[i].actor == refs[i - 1].actor) continue;
        const dict_actor *a = &set->actors[refs[i - 1].actor], *b = &set->actors[refs[i].actor];
        const char *file = a->at.file < set->n_files ? set->files[a->at.file] : "?";
        if (same_codes(set, a, b))
            dict_warning(set, b->at, "duplicate name %s (also at %s:%u)", refs[i].key, file, a->at.line);
        else
            dict_warning(set, b->at, "conflicting codes for %s (%s:%u gives %s, here %s)", refs[i].key, file, a->at.line,
                         a->codes.count ? dict_string(set, set->codes[a->codes.first].code) : "none",
                         b->codes.count ? dict_string(set, set->codes[b->codes.first].code) : "none");
    }
    for (size_t i = 0; i < n; i++) free(refs[i].key);
    free(refs);
    dbuf_free(&key);
}

static void overlapping_dates(dict_set *set)
{
    for (uint32_t a = 0; a < set->n_actors; a++) {
        const dict_actor *actor = &set->actors[a];
        for (uint32_t i = 0; i < actor->codes.count; i++)
            for (uint32_t j = i + 1; j < actor->codes.count; j++) {
                const dict_code *x = &set->codes[actor->codes.first + i], *y = &set->codes[actor->codes.first + j];
                if (!(x->from || x->to) || !(y->from || y->to)) continue; /* an undated default */
                int32_t xf = x->from ? x->from : 0, xt = x->to ? x->to : 99999999;
                int32_t yf = y->from ? y->from : 0, yt = y->to ? y->to : 99999999;
                if (xf < yt && yf < xt) /* a shared end day is a hand-over, not an overlap */
                    dict_warning(set, actor->at, "date ranges of %s (%d-%d) and %s (%d-%d) overlap",
                                 dict_string(set, x->code), xf, xt, dict_string(set, y->code), yf, yt);
            }
    }
}

static int synset_known(const dict_set *set, const char *name)
{
    for (size_t i = 0; i < set->n_synsets; i++)
        if (strcmp(dict_string(set, set->synsets[i].name), name) == 0) return 1;
    return 0;
}

static void unknown_synsets(dict_set *set)
{
    for (size_t p = 0; p < set->n_patterns; p++) {
        const dict_pattern *pat = &set->patterns[p];
        for (uint32_t e = 0; e < pat->elements.count; e++) {
            const dict_element *el = &set->elements[pat->elements.first + e];
            if (el->kind == DICT_EL_SYNSET && !synset_known(set, dict_string(set, el->text)))
                dict_warning(set, pat->at, "pattern %s names unknown synset &%s", dict_string(set, pat->id),
                             dict_string(set, el->text));
        }
    }
    for (size_t s = 0; s < set->n_synsets; s++) {
        const dict_synset *syn = &set->synsets[s];
        for (uint32_t m = 0; m < syn->members.count; m++) {
            const dict_span w = set->phrases[syn->members.first + m].words;
            for (uint32_t i = 0; i < w.count; i++) {
                const dict_word *word = &set->words[w.first + i];
                if ((word->flags & DICT_WORD_SYNSET) && !synset_known(set, dict_string(set, word->text)))
                    dict_warning(set, syn->at, "synset &%s names unknown synset &%s", dict_string(set, syn->name),
                                 dict_string(set, word->text));
            }
        }
    }
}

/* ASCII case-insensitive equality of a and b[0..n). */
static int same_upper(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x -= 32;
        if (y >= 'a' && y <= 'z') y -= 32;
        if (x != y || !x) return 0;
    }
    return a[n] == '\0';
}

/* Does some verb have `name` (upper-case; '_' joins words, "STIR_UP") as
 * its block name or as one of its forms? */
static int verb_known(const dict_set *set, const char *name, dbuf *key)
{
    size_t n = strlen(name);
    for (size_t v = 0; v < set->n_verbs; v++) {
        const dict_verb *verb = &set->verbs[v];
        if (same_upper(dict_string(set, verb->name), name, n)) return 1;
        for (uint32_t f = 0; f < verb->forms.count; f++) {
            const dict_span w = set->phrases[verb->forms.first + f].words;
            dbuf_clear(key);
            for (uint32_t i = 0; i < w.count; i++) {
                if (i) dbuf_putc(key, '_');
                dbuf_puts(key, dict_string(set, set->words[w.first + i].text));
            }
            if (same_upper(dbuf_cstr(key), name, n)) return 1;
        }
    }
    return 0;
}

/* Verb transformations name verbs by a form or block name (dict.h); with
 * verbs loaded, a name none of them spells is most likely a typing error.
 * A name joining several with '_' ("WILL_ATTACK") is known when it is a
 * form itself or, as PETRARCH-2 reads it, each of its parts is known. */
static int transform_verb_known(const dict_set *set, const char *name, dbuf *key, dbuf *part)
{
    if (!strcmp(name, "Q") || verb_known(set, name, key)) return 1;
    const char *p = name, *sep = strchr(p, '_');
    if (!sep) return 0;
    for (;;) {
        size_t n = sep ? (size_t)(sep - p) : strlen(p);
        dbuf_clear(part);
        dbuf_append(part, p, n);
        if (!n || !verb_known(set, dbuf_cstr(part), key)) return 0;
        if (!sep) return 1;
        p = sep + 1, sep = strchr(p, '_');
    }
}

static void unknown_transform_verbs(dict_set *set)
{
    if (!set->n_verbs) return; /* the verbs may come from another set */
    dbuf key = {0}, part = {0};
    for (size_t i = 0; i < set->n_transforms; i++) {
        const dict_transform *t = &set->transforms[i];
        const dict_str names[2] = {t->inner_verb, t->outer_verb};
        for (int k = 0; k < 2; k++) {
            const char *name = dict_string(set, names[k]);
            if (!transform_verb_known(set, name, &key, &part))
                dict_warning(set, t->at, "verb transformation names verb %s, which no verb of the set has as its "
                             "block name or a form", name);
        }
    }
    dbuf_free(&key);
    dbuf_free(&part);
}

/* Pattern ids are what events cite in their rule: two patterns with one id
 * (two blocks of one name, in one file or two) make a rule ambiguous. */
static void duplicate_pattern_ids(dict_set *set)
{
    if (set->n_patterns < 2) return;
    name_ref *refs = dyad_xmalloc(set->n_patterns * sizeof *refs);
    for (size_t p = 0; p < set->n_patterns; p++)
        refs[p] = (name_ref){(char *)dict_string(set, set->patterns[p].id), (uint32_t)p};
    qsort(refs, set->n_patterns, sizeof *refs, by_key);
    for (size_t i = 1; i < set->n_patterns; i++) {
        if (strcmp(refs[i].key, refs[i - 1].key) != 0) continue;
        const dict_pattern *a = &set->patterns[refs[i - 1].actor], *b = &set->patterns[refs[i].actor];
        dict_warning(set, b->at, "pattern id %s is also the id of the pattern at %s:%u", refs[i].key,
                     a->at.file < set->n_files ? set->files[a->at.file] : "?", a->at.line);
    }
    free(refs);
}

void dict_check(dict_set *set)
{
    duplicate_names(set);
    duplicate_pattern_ids(set);
    overlapping_dates(set);
    unknown_synsets(set);
    unknown_transform_verbs(set);
}
