/* location.c - where an event took place: a place named after "in", "at",
 * "near" or "outside" in the event's clause ("in Nairobi", "on the
 * sidelines of a summit in Kazan", "in the Kenyan capital"), else the
 * article's dateline city. Places resolve through the gazetteer (GeoNames)
 * to coordinates; a country or region the dictionaries know but the
 * gazetteer does not ("in Nigeria's Borno state") is still a location, with
 * its country and no coordinates. */
#include <string.h>

#include "coder.h"

static const char *const place_words[] = {"in", "at", "near", "outside", NULL};

/* Is token t capitalised (a name's word)? */
static int capitalised(const coder_sentence *s, int t)
{
    unsigned char c = (unsigned char)s->words[t][0];
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The gazetteer place named by the longest run of up to five capitalised
 * words (and short words between them: "Dar es Salaam") starting at t,
 * preferring one in `country`; its length in tokens in *len. */
static const gazetteer_place *place_at(const gazetteer *g, const coder_sentence *s, int t, const char *country, int *len)
{
    char name[256];
    const gazetteer_place *found = NULL;
    size_t n = 0;
    for (int k = 0; k < 5 && (size_t)(t + k) < s->n; k++) {
        /* (a short lower-case word between names: "Dar es Salaam") */
        int joining = k > 0 && s->lens[t + k] <= 3 && (size_t)(t + k + 1) < s->n && capitalised(s, t + k + 1);
        if (!capitalised(s, t + k) && !joining) break;
        size_t add = s->lens[t + k] + (k > 0);
        if (n + add >= sizeof name) break;
        if (k > 0) name[n++] = ' ';
        memcpy(name + n, s->words[t + k], s->lens[t + k]);
        n += s->lens[t + k];
        const gazetteer_place *p = gazetteer_find(g, name, n, country);
        if (p) found = p, *len = k + 1;
    }
    return found;
}

int event_location(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int verb,
                   const event_place *dateline, event_place *out)
{
    int ci = verb >= 0 && (size_t)verb < s->n ? s->parses[verb].clause : -1;
    for (int t = 0; ci >= 0 && (size_t)t + 1 < s->n; t++) {
        if (!coder_lemma_in(s, t, place_words) || !coder_in_clause_of(s, t, ci)) continue;
        int u = t + 1;
        if (coder_word_is(s, u, "the")) u++;
        /* ("in southern Lebanon", "in eastern Congo") */
        while ((size_t)u + 1 < s->n && !capitalised(s, u) && dyad_tag_name(s->parses[u].tag)[0] == 'J') u++;
        if ((size_t)u >= s->n) break;
        int m = coder_mention_at(ms, u);
        const dict_actor *a = m >= 0 && ms->items[m].actor >= 0 ? &set->actors[ms->items[m].actor] : NULL;
        const char *country = a && a->country ? dict_string(set, a->country) : NULL;
        /* "the Kenyan capital" */
        if (country && coder_word_is(s, ms->items[m].last + 1, "capital")) {
            const gazetteer_place *p = gazetteer_capital(g, country);
            if (p) {
                *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
                return 1;
            }
        }
        int len = 0;
        const gazetteer_place *p = g ? place_at(g, s, u, country, &len) : NULL;
        /* (a place the dictionaries read as another country's is not it:
           "in Georgia" is the country, not the town in the United States) */
        if (p && country && strcmp(p->country, country) != 0) p = NULL;
        if (p) {
            *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
            return 1;
        }
        /* a country, region or town only the dictionaries know: its words
           and country (the words are the caller's to copy) */
        /* (a role word placed there, "villagers in Nigeria's Borno state",
           is one mention: the place is its words from u on) */
        int placed = m >= 0 && ms->items[m].first < u;
        if (country && !ms->items[m].reference && (ms->items[m].agent < 0 || placed) &&
            (!a->sector || strlen(country) == 3 || placed)) {
            *out = (event_place){NULL, country, 0, 0, 0, 0, 0, 0};
            out->first = placed ? u : ms->items[m].first, out->last = ms->items[m].last;
            while (out->last > out->first && s->words[out->last][0] == '\'') out->last--;
            /* ("Nigeria's Borno state": Borno) */
            for (int k = out->last - 1; k > out->first; k--)
                if (!strcmp(dyad_tag_name(s->parses[k].tag), "POS")) {
                    out->first = k + 1;
                    break;
                }
            return 1;
        }
    }
    if (dateline && dateline->country) {
        *out = *dateline;
        return 1;
    }
    return 0;
}
