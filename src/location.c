/* location.c - where an event took place: a place named after "in", "at",
 * "near", "off" or "outside" in the event's clause ("in Nairobi", "on the
 * sidelines of a summit in Kazan", "in the Kenyan capital"), else the
 * article's dateline city. Places resolve through the gazetteer (GeoNames)
 * to coordinates; a country or region the dictionaries know but the
 * gazetteer does not ("in Nigeria's Borno state") is still a location, with
 * its country and no coordinates. */
#include <string.h>

#include "coder.h"

static const char *const place_words[] = {"in", "at", "near", "outside", "across", "around", "inside", "off", NULL};

static int place_kind(const coder_sentence *s, int t);

/* Is token t one of place_words (a cheap test of its first letter first:
 * every sentence's tokens are tried for each verb)? */
static int is_place_word(const coder_sentence *s, int t)
{
    char c = s->words[t][0] | 0x20;
    if (s->lens[t] > 7 || !(c == 'i' || c == 'a' || c == 'n' || c == 'o')) return 0;
    /* ("on the outskirts of Pokrovsk", "on the edge of Derbent") */
    static const char *const edge[] = {"outskirts", "outskirt", "edge", "suburb", "heart", "centre", "center", NULL};
    if (coder_word_is(s, t, "of")) return t > 0 && coder_lemma_in(s, t - 1, edge);
    /* ("on the Italian island of Capri": "on" before a kind of place and
       "of", not "on Monday" or "talks on Ukraine") */
    if (coder_word_is(s, t, "on")) {
        if (!coder_word_is(s, t + 1, "the")) return 0;
        for (int k = t + 2; (size_t)k + 1 < s->n && k <= t + 5; k++)
            if (place_kind(s, k) && coder_word_is(s, k + 1, "of")) return 1;
        return 0;
    }
    return coder_lemma_in(s, t, place_words);
}

/* Is token t in a reporting clause ("..., officials in Kyiv said"): where
 * the speaker is, not where the act was? */
static int in_reporting_clause(const coder_sentence *s, int t)
{
    int c = s->parses[t].clause;
    return c >= 0 && (size_t)c < s->n_clauses && s->clauses[c].type == DYAD_CLAUSE_REPORTING;
}

/* Is token t capitalised (a name's word), or an Arabic article joined to a
 * name ("Deir al-Balah", "Ras al-Khaimah")? */
static int capitalised(const coder_sentence *s, int t)
{
    unsigned char c = (unsigned char)s->words[t][0];
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) return 1;
    const char *dash = memchr(s->words[t], '-', s->lens[t] < 4 ? s->lens[t] : 4);
    return dash && dash > s->words[t] && (size_t)(dash - s->words[t]) + 1 < s->lens[t] && dash[1] >= 'A' && dash[1] <= 'Z';
}

/* The gazetteer place named by the longest run of up to five capitalised
 * words (and short words between them: "Dar es Salaam") starting at t,
 * preferring one in `country`; its length in tokens in *len. */
static int building_word(const coder_sentence *s, int t);

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
    /* (a building named after a place is not the place: "at Blenheim
       Palace near Oxford" is not Blenheim, New Zealand) */
    if (found && building_word(s, t + *len)) return NULL;
    return found;
}

/* Is token t a capitalised word for a building ("Palace", "Hall")? */
static int building_word(const coder_sentence *s, int t)
{
    static const char *const buildings[] = {"Palace", "Castle", "Hall", "House", "Stadium", "Hotel", "Centre", "Center",
                                            "Base", "Tower", "Mosque", "Cathedral", "Church", "Temple", "University",
                                            "Basilica", NULL};
    for (int k = 0; t >= 0 && (size_t)t < s->n && buildings[k]; k++)
        if (s->lens[t] == strlen(buildings[k]) && !memcmp(s->words[t], buildings[k], s->lens[t])) return 1;
    return 0;
}

/* Is token t a word for a kind of place ("the port city of Tianjin")? */
static int place_kind(const coder_sentence *s, int t)
{
    static const char *const kinds[] = {"city", "town", "village", "port", "province", "region", "district",
                                        "state", "capital", "suburb", "county", "neighbourhood", "neighborhood",
                                        "island", "governorate", "oblast", "municipality", "resort", "area", NULL};
    return t >= 0 && (size_t)t < s->n && coder_lemma_in(s, t, kinds);
}

/* A state's mention as a place: the gazetteer place it names ("Kharkiv"),
 * the country's own name for an adjective ("Lebanese" positions were in
 * Lebanon), else its words ("Iran"). */
static void mention_as_place(const gazetteer *g, const coder_sentence *s, const coder_mention *mention,
                             const char *country, event_place *out)
{
    int first = mention->first, last = mention->last;
    while (last > first && (s->words[last][0] == '\'' || !strcmp(dyad_tag_name(s->parses[last].tag), "POS"))) last--;
    /* ("the Yemeni capital Sanaa", one mention of Yemen: Sanaa; "the
       southern Gaza city of Rafah": Rafah) */
    for (int k = first; k < last; k++)
        if (place_kind(s, k) && capitalised(s, k + 1)) {
            first = k + 1;
            break;
        }
    int len = 0;
    const gazetteer_place *town = g && place_kind(s, last) && coder_word_is(s, last + 1, "of") && capitalised(s, last + 2)
                                      ? place_at(g, s, last + 2, country, &len)
                                      : NULL;
    if (town && !strcmp(town->country, country)) {
        *out = (event_place){town->name, town->country, 1, town->lat, town->lon, town->geonameid, 0, 0};
        return;
    }
    const gazetteer_place *p = g ? place_at(g, s, first, country, &len) : NULL;
    if (p && !strcmp(p->country, country) && first + len - 1 == last) {
        *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
        return;
    }
    /* (an adjective, or a name before a noun it describes: "Somali
       positions") */
    int modifier = dyad_tag_name(s->parses[last].tag)[0] == 'J' ||
                   ((size_t)last + 1 < s->n && !capitalised(s, last + 1) &&
                    !strncmp(dyad_tag_name(s->parses[last + 1].tag), "NN", 2));
    const gazetteer_place *state = modifier ? gazetteer_country(g, country) : NULL;
    if (state) *out = (event_place){state->name, country, 0, 0, 0, 0, 0, 0};
    else *out = (event_place){NULL, country, 0, 0, 0, 0, first, last};
}

int mention_place(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int m,
                  event_place *out)
{
    const coder_mention *mention = &ms->items[m];
    if (mention->first < 0 || mention->actor < 0 || !set->actors[mention->actor].country) return 0;
    mention_as_place(g, s, mention, dict_string(set, set->actors[mention->actor].country), out);
    return 1;
}

static int place_named_at(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                          int u, int depth, event_place *out);
static int owner_not_place(const coder_sentence *s, int u);

/* The last token of the run of up to four capitalised words (the
 * dictionaries' mentions not among them when `unmentioned`) that starts at
 * token first. */
static int name_last(const coder_sentence *s, const coder_mentions *ms, int first, int unmentioned)
{
    int last = first;
    while ((size_t)last + 1 < s->n && last - first < 3 && capitalised(s, last + 1) &&
           !(unmentioned && coder_mention_at(ms, last + 1) >= 0))
        last++;
    return last;
}

/* Is token t a word for a part of a town: "district", "neighbourhood",
 * "camp"? */
static int district_kind(const coder_sentence *s, int t)
{
    static const char *const inner[] = {"district", "area", "neighbourhood", "neighborhood", "quarter", "camp", NULL};
    return t >= 0 && (size_t)t < s->n && coder_lemma_in(s, t, inner);
}

/* A place inside the one whose name ends before token k, named after its
 * "'s": "Paktika's Barmal district", "North Darfur's capital El Fasher",
 * "Ukraine's second city Kharkiv". Its country is the outer place's when
 * known (`country`, may be NULL). */
static int place_within(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                        int k, const char *country, event_place *out)
{
    if (!coder_word_is(s, k, "'s")) return 0;
    k++;
    /* ("second-largest", "southern", "main") */
    while ((size_t)k + 1 < s->n && !capitalised(s, k) &&
           (dyad_tag_name(s->parses[k].tag)[0] == 'J' || !strcmp(dyad_tag_name(s->parses[k].tag), "CD")))
        k++;
    if ((size_t)k + 1 < s->n && place_kind(s, k) && capitalised(s, k + 1)) return place_named_at(g, set, s, ms, k + 1, 1, out);
    int end = k;
    while ((size_t)end < s->n && end - k < 4 && capitalised(s, end)) end++;
    if (end == k || !place_kind(s, end)) return 0;
    /* ("Yemen's Red Sea city of Hodeidah": the town after "of") */
    if (coder_word_is(s, end + 1, "of") && capitalised(s, end + 2) && place_named_at(g, set, s, ms, end + 2, 1, out))
        return 1;
    int len = 0;
    const gazetteer_place *p = g ? place_at(g, s, k, country, &len) : NULL;
    if (p && k + len == end && (!country || !strcmp(p->country, country))) {
        *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
        return 1;
    }
    if (!country) return 0;
    *out = (event_place){NULL, country, 0, 0, 0, 0, k, end - 1};
    return 1;
}

/* The place named at token u, after a preposition of place (with "the"
 * and adjectives before it skipped): a gazetteer place, "the Kenyan
 * capital", "the Chinese port city of Tianjin", or a country or region
 * only the dictionaries know. 1 with *out filled, else 0. */
static int place_named_at(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                          int u, int depth, event_place *out)
{
    /* ("in The Hague": "The" is part of the name) */
    int the_len = 0;
    if (g && s->words[u][0] == 'T' && coder_word_is(s, u, "the")) {
        const gazetteer_place *p = place_at(g, s, u, NULL, &the_len);
        if (p && the_len > 1) {
            *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
            return 1;
        }
    }
    if (coder_word_is(s, u, "the")) u++;
    if (owner_not_place(s, u)) return 0;
    int named_from = u; /* (before the adjectives: "the presidential palace" is one mention) */
    /* ("in southern Lebanon", "in eastern Congo") */
    while ((size_t)u + 1 < s->n && !capitalised(s, u) && dyad_tag_name(s->parses[u].tag)[0] == 'J') u++;
    if ((size_t)u >= s->n) return 0;
    /* "across the country", "throughout the nation": the country of the
       clause's subject ("Tens of thousands of Israelis rallied across the
       country": Israel) */
    if (depth == 0 && u > 0 && coder_word_is(s, u - 1, "the") && (coder_word_is(s, u, "country") || coder_word_is(s, u, "nation"))) {
        int c = s->parses[u].clause;
        int subject = c >= 0 && (size_t)c < s->n_clauses ? s->clauses[c].subject : -1;
        int sm = subject >= 0 ? coder_mention_at(ms, subject) : -1;
        /* (or the first actor before it: "Tens of thousands of Israelis") */
        for (size_t k = 0; sm < 0 && k < ms->n; k++)
            if (ms->items[k].first >= 0 && ms->items[k].last < u && ms->items[k].actor >= 0 &&
                s->parses[ms->items[k].first].clause == c)
                sm = (int)k;
        const dict_actor *sa = sm >= 0 && ms->items[sm].actor >= 0 ? &set->actors[ms->items[sm].actor] : NULL;
        const gazetteer_place *state = sa && sa->country ? gazetteer_country(g, dict_string(set, sa->country)) : NULL;
        if (!state) return 0;
        *out = (event_place){state->name, state->country, 0, 0, 0, 0, 0, 0};
        return 1;
    }
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
    /* "Paktika's Barmal district" */
    if (depth == 0) {
        int k = u, len = 0;
        const char *outer = country;
        const gazetteer_place *named = m < 0 && g ? place_at(g, s, u, NULL, &len) : NULL;
        if (m >= 0) k = ms->items[m].last + (s->words[ms->items[m].last][0] != '\'');
        else if (named) k = u + len, outer = named->country;
        else {
            /* (a region only partly a name the dictionaries know: "North
               Darfur's") */
            while ((size_t)k < s->n && k - u < 4 && capitalised(s, k)) k++;
            int inner = k > u ? coder_mention_at(ms, k - 1) : -1;
            if (inner >= 0 && ms->items[inner].actor >= 0 && set->actors[ms->items[inner].actor].country)
                outer = dict_string(set, set->actors[ms->items[inner].actor].country);
        }
        if (place_within(g, set, s, ms, k, outer, out)) return 1;
    }
    /* "the Yopougon district of Abidjan", "the Poonch district of
       Indian-administered Kashmir": a name the gazetteer lacks before a
       part of a place (a district, an area, a camp) and "of" the place it
       is in ("the Amazon city of Manaus" is Manaus) */
    if (depth == 0 && m < 0 && capitalised(s, u)) {
        int end = u;
        while ((size_t)end < s->n && end - u < 3 && capitalised(s, end) && coder_mention_at(ms, end) < 0) end++;
        int len = 0;
        event_place outer;
        if (end > u && district_kind(s, end) && coder_word_is(s, end + 1, "of") &&
            place_named_at(g, set, s, ms, end + 2, 1, &outer)) {
            /* (one the gazetteer knows in that country: "the Chacao
               district of Caracas") */
            const gazetteer_place *p = g ? place_at(g, s, u, outer.country, &len) : NULL;
            if (p && u + len == end && !strcmp(p->country, outer.country))
                *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
            else if (p)
                return 0;
            else
                *out = (event_place){NULL, outer.country, 0, 0, 0, 0, u, end - 1};
            return 1;
        }
    }
    /* "the Syrian capital Damascus" read as one mention of Syria: the town
       after "capital" */
    for (int k = u; m >= 0 && k < ms->items[m].last; k++)
        if (place_kind(s, k) && capitalised(s, k + 1) && depth == 0 && place_named_at(g, set, s, ms, k + 1, 1, out))
            return 1;
    /* "the Chinese port city of Tianjin", "the town of Kenscoff", "the
       Egyptian Red Sea resort of Sharm el-Sheikh" */
    if (depth == 0) {
        int k = m >= 0 ? ms->items[m].last + 1 : u;
        for (int j = 0; j < 5 && (size_t)(k + j + 1) < s->n && (!capitalised(s, k + j) || j < 3); j++) {
            /* (past participles and gerunds describe the place: "the
               besieged city of", "the neighbouring city of") */
            const char *tag = dyad_tag_name(s->parses[k + j].tag);
            int finite = tag[0] == 'V' && strcmp(tag, "VBG") != 0 && strcmp(tag, "VBN") != 0;
            if (finite || tag[0] == ',' || (!strcmp(tag, "IN") && !coder_word_is(s, k + j, "of"))) break;
            /* (the kind may end the mention: "the southern Gaza city of
               Rafah") */
            if (!coder_word_is(s, k + j, "of") || k + j < 1 || !place_kind(s, k + j - 1)) continue;
            if (place_named_at(g, set, s, ms, k + j + 1, 1, out)) return 1;
            /* (a town neither knows, in the country before it: "the
               Pakistani Kashmir town of Chakothi") */
            int first = k + j + 1, last = name_last(s, ms, first, 0);
            if (country && capitalised(s, first)) {
                *out = (event_place){NULL, country, 0, 0, 0, 0, first, last};
                return 1;
            }
        }
    }
    /* (a month or a day is a time: "in March" is not March, England) */
    int time = event_time_name(s, u);
    if (time && !((size_t)u + 1 < s->n && capitalised(s, u + 1))) return 0;
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
    int placed = m >= 0 && ms->items[m].first < named_from;
    /* (a people is not a place: "fired tear gas at Palestinians", coded as
       the state's civilians with no role word) */
    if (m >= 0 && !placed && a && !a->sector && ms->items[m].agent < 0 && strlen(coder_mention_code(ms, &ms->items[m])) > 3)
        return 0;
    if (country && !ms->items[m].reference && (ms->items[m].agent < 0 || placed) &&
        (!a->sector || strlen(country) == 3 || placed)) {
        *out = (event_place){NULL, country, 0, 0, 0, 0, 0, 0};
        out->first = placed ? u : ms->items[m].first, out->last = ms->items[m].last;
        while (out->last > out->first && s->words[out->last][0] == '\'') out->last--;
        /* ("Nigeria's Borno state": Borno; "Ukraine's second city
           Kharkiv": Kharkiv, from the gazetteer) */
        for (int k = out->last - 1; k > out->first; k--)
            if (!strcmp(dyad_tag_name(s->parses[k].tag), "POS")) {
                out->first = k + 1;
                break;
            }
        if (out->first > ms->items[m].first) {
            while (out->first < out->last && !capitalised(s, out->first)) out->first++;
            while (out->last > out->first && place_kind(s, out->last)) out->last--;
            p = g ? place_at(g, s, out->first, country, &len) : NULL;
            if (p && out->first + len - 1 == out->last && !strcmp(p->country, country))
                *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
        }
        return 1;
    }
    return 0;
}

/* "the city's Kimara district", "the capital's Chacao district": a part
 * of a town: the gazetteer's place of that name (in the country of the
 * town the sentence names elsewhere, its first place after a preposition
 * of place), else the words before the kind, in that town's country. */
static int city_part(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int u,
                     event_place *out)
{
    if (!coder_word_is(s, u, "the") || (size_t)u + 4 >= s->n || !coder_word_is(s, u + 2, "'s") ||
        !(coder_word_is(s, u + 1, "city") || coder_word_is(s, u + 1, "capital") || coder_word_is(s, u + 1, "town")))
        return 0;
    int first = u + 3;
    if (!capitalised(s, first) || coder_mention_at(ms, first) >= 0) return 0;
    int end = name_last(s, ms, first, 1) + 1;
    if (!district_kind(s, end)) return 0;
    event_place town;
    int found = 0;
    for (int t = 0; !found && (size_t)t + 1 < s->n; t++)
        found = t != u - 1 && is_place_word(s, t) && t + 1 != u && place_named_at(g, set, s, ms, t + 1, 1, &town) &&
                town.has_coordinates;
    int len = 0;
    const gazetteer_place *p = g ? place_at(g, s, first, found ? town.country : NULL, &len) : NULL;
    if (p && first + len == end && (!found || !strcmp(p->country, town.country))) {
        *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
        return 1;
    }
    if (!found) return 0;
    *out = (event_place){NULL, town.country, 0, 0, 0, 0, first, end - 1};
    return 1;
}

/* Is the name at token u the owner of what follows it, not a place:
 * "interference in Moldova's internal affairs" (not "in Nigeria's Borno
 * state", "in Gaza's Jabalia camp")? */
static int owner_not_place(const coder_sentence *s, int u)
{
    int k = u;
    while ((size_t)k < s->n && k - u < 4 && capitalised(s, k)) k++;
    if (k == u || (size_t)k >= s->n || !coder_word_is(s, k, "'s")) return 0;
    /* (what a place has that is in it: "in Ukraine's east", "in Iran's
       airspace") */
    static const char *const parts[] = {"east", "west", "north", "south", "northeast", "northwest", "southeast",
                                        "southwest", "territory", "airspace", "waters", "soil", "border", "borders",
                                        "coast", "interior", "centre", "center", "outskirts", "capital", "frontier",
                                        "side", "heartland", "hinterland", "shores", "skies", NULL};
    for (int j = k + 1; (size_t)j < s->n && j <= k + 5; j++) {
        if (place_kind(s, j) || district_kind(s, j) || capitalised(s, j) || coder_lemma_in(s, j, parts)) return 0;
        const char *tag = dyad_tag_name(s->parses[j].tag);
        if (strncmp(tag, "NN", 2) != 0 && tag[0] != 'J' && strcmp(tag, "CD") != 0) return 1;
    }
    return 1;
}

/* A place after a preposition of place among the tokens of clause ci (with
 * the clauses below it, or only its own tokens when `own`). */
static int place_in_clause(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                           int ci, int own, event_place *out)
{
    /* (a place of what the act is about is not where it was: "talks
       since the start of the war in Ukraine in the Saudi capital") */
    static const char *const about[] = {"war", "conflict", "crisis", "fighting", "violence", "situation", "unrest",
                                        "insurgency", "genocide", "election", "hostility", "truce", "ceasefire",
                                        "peace", NULL};
    /* (a place on the subject before the verb, "Police in Georgia
       arrested ... in Tbilisi", is where the actor is from: one after the
       verb is where it acted) */
    int verb = s->clauses[ci].verb, subject_place = 0, unknown_town = -1, unknown_end = -1, unknown_kind = 0;
    event_place before = {0};
    for (int t = 0; (size_t)t + 1 < s->n; t++) {
        if (!is_place_word(s, t) || in_reporting_clause(s, t + 1)) continue;
        if (t > 0 && coder_word_is(s, t, "in") && coder_lemma_in(s, t - 1, about)) continue;
        int in = own ? s->parses[t].clause == ci : coder_in_clause_of(s, t, ci);
        if (!in) continue;
        if (city_part(g, set, s, ms, t + 1, out)) return 1;
        /* a town's name that a longer name goes on from: a district named
           after it ("In Imphal East district": Imphal East, in Imphal's
           country), else no place ("outside the Central Electoral
           Commission") */
        int u = t + 1 + coder_word_is(s, t + 1, "the"), len = 0;
        int run = (size_t)u < s->n && capitalised(s, u) ? name_last(s, ms, u, 0) : -1;
        /* (a place naming what the act is about: "over alleged war crimes
           in the Gaza conflict") */
        if (run >= 0 && (size_t)run + 1 < s->n && coder_lemma_in(s, run + 1, about)) continue;
        const gazetteer_place *head = g && run >= 0 ? place_at(g, s, u, NULL, &len) : NULL;
        if (head && u + len - 1 < run && !building_word(s, run) && !place_kind(s, run) && !district_kind(s, run)) {
            if (district_kind(s, run + 1) || place_kind(s, run + 1)) {
                *out = (event_place){NULL, head->country, 0, 0, 0, 0, u, run};
                return 1;
            }
            if (coder_mention_at(ms, u) < 0) continue;
        }
        int named = place_named_at(g, set, s, ms, t + 1, 0, out);
        if (!named) {
            /* (a town neither knows, named in the country of the place
               after it: "in the village of Mais al-Jabal, in the
               Marjayoun district") */
            int k = t + 1 + coder_word_is(s, t + 1, "the");
            /* (adjectives may come before the kind: "near the coastal town
               of Ras Kamboni in the Lower Juba region") */
            while ((size_t)k + 1 < s->n && k - t < 4 && dyad_tag_name(s->parses[k].tag)[0] == 'J' && !capitalised(s, k)) k++;
            int name = -1;
            if (place_kind(s, k) && coder_word_is(s, k + 1, "of")) name = k + 2;
            /* (or a name alone with a place after "in": "near Amedi in
               Iraq's Duhok province") */
            else if (k == t + 1 && capitalised(s, k) && !event_time_name(s, k)) name = k;
            /* (not a person's site: "in St Peter's Basilica in Vatican City") */
            for (int b = name; b >= 0 && (size_t)b + 1 < s->n && b - name < 4 && capitalised(s, b); b++)
                if (coder_word_is(s, b + 1, "'s")) name = -1;
            /* (not a building: "at Blenheim Palace near Oxford" is near Oxford) */
            for (int b = name; b >= 0 && (size_t)b < s->n && b - name < 4 && capitalised(s, b); b++)
                if (building_word(s, b)) name = -1;
            if (unknown_town < 0 && name >= 0 && (size_t)name < s->n && capitalised(s, name) &&
                coder_mention_at(ms, name) < 0) {
                unknown_town = name, unknown_end = name_last(s, ms, name, 0);
                unknown_kind = name == k + 2;
            }
            continue;
        }
        if (unknown_town >= 0 && t > unknown_end && t - unknown_end <= 3) {
            *out = (event_place){NULL, out->country, 0, 0, 0, 0, unknown_town, unknown_end};
            return 1;
        }
        if (!subject_place && t > 0 && t < verb && !strncmp(dyad_tag_name(s->parses[t - 1].tag), "NN", 2)) {
            subject_place = 1, before = *out;
            continue;
        }
        /* a site only the dictionaries know, in a town the gazetteer does:
           the town ("at the Crocus City Hall concert venue in Krasnogorsk") */
        for (int k = t + 2; !out->has_coordinates && (size_t)k + 1 < s->n && k <= t + 8; k++) {
            event_place town;
            if (coder_word_is(s, k, "in") && place_named_at(g, set, s, ms, k + 1, 0, &town) && town.has_coordinates &&
                !strcmp(town.country, out->country)) {
                *out = town;
                break;
            }
            if (s->words[k][0] == ',' || !strcmp(dyad_tag_name(s->parses[k].tag), "VBD")) break;
        }
        /* and a part of it named after it, which neither knows: "outside
           Istanbul city hall in the Sarachane district" is in Sarachane */
        for (int k = t + 2; (size_t)k + 3 < s->n && k <= t + 8; k++) {
            if (s->words[k][0] == ',' || dyad_tag_name(s->parses[k].tag)[0] == 'V') break;
            if (!coder_word_is(s, k, "in") || !coder_word_is(s, k + 1, "the")) continue;
            int end = capitalised(s, k + 2) && coder_mention_at(ms, k + 2) < 0 ? name_last(s, ms, k + 2, 1) + 1 : k + 2;
            int len = 0;
            if (end > k + 2 && district_kind(s, end) && !coder_word_is(s, end + 1, "of") &&
                !(g && place_at(g, s, k + 2, NULL, &len))) {
                *out = (event_place){NULL, out->country, 0, 0, 0, 0, k + 2, end - 1};
                break;
            }
        }
        return 1;
    }
    if (subject_place) *out = before;
    /* (a village or town of a kind named and no place after it: in the
       country of the clause's object, else of its subject: "Moldovan
       police detained four Moldovan nationals at a checkpoint near the
       village of Varnita", "Russian jets violated Estonian airspace near
       the island of Vaindloo") */
    const dict_actor *sa = NULL;
    for (int side = 0; side < 2 && !(sa && sa->country); side++) {
        int at = side ? s->clauses[ci].subject : s->clauses[ci].object;
        int m = at >= 0 ? coder_mention_at(ms, at) : -1;
        /* (the object's first word: "Estonian airspace") */
        if (m < 0 && !side && at > 0 && (size_t)at < s->n) m = coder_mention_at(ms, at - 1);
        sa = m >= 0 && ms->items[m].actor >= 0 ? &set->actors[ms->items[m].actor] : NULL;
    }
    if (!subject_place && unknown_kind && sa && sa->country) {
        *out = (event_place){NULL, dict_string(set, sa->country), 0, 0, 0, 0, unknown_town, unknown_end};
        return 1;
    }
    return subject_place;
}

/* Where a visit goes: "visited Kyiv", "a two-day visit to Bhutan", "flew to
 * Beijing". */
static int destination_named(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                             int ci, int verb, event_place *out);
static int scene_below(const coder_sentence *s, int c, int ci);

/* A country a visit goes to is named more closely by a town of it the
 * sentence places its actor in: "on his first visit to Israel ..., told
 * the Knesset in Jerusalem". */
static int destination(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                       int ci, int verb, event_place *out)
{
    if (!destination_named(g, set, s, ms, ci, verb, out)) return 0;
    for (int t = 0; !out->has_coordinates && (size_t)t + 1 < s->n; t++) {
        event_place town;
        if (coder_word_is(s, t, "in") && !in_reporting_clause(s, t + 1) &&
            place_named_at(g, set, s, ms, t + 1, 0, &town) && town.has_coordinates &&
            !strcmp(town.country, out->country))
            *out = town;
    }
    return 1;
}

static int destination_named(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                             int ci, int verb, event_place *out)
{
    static const char *const visit[] = {"visit", "tour", NULL};
    static const char *const go[] = {"visit", "trip", "travel", "fly", "journey", "tour", "arrive", NULL};
    if (coder_lemma_in(s, verb, visit) && dyad_tag_name(s->parses[verb].tag)[0] == 'V' &&
        place_named_at(g, set, s, ms, verb + 1, 0, out))
        return 1;
    for (int t = 1; (size_t)t + 1 < s->n; t++) {
        /* (in the verb's own clause or its scene, not in what it says or
           plans: "told parliament that he would travel to Eritrea") */
        if (!(coder_word_is(s, t, "to") || coder_word_is(s, t, "in")) ||
            !(s->parses[t].clause == ci || scene_below(s, s->parses[t].clause, ci)))
            continue;
        if ((coder_lemma_in(s, t - 1, go) || (t > 1 && coder_lemma_in(s, t - 2, go) && coder_word_is(s, t - 1, "on"))) &&
            place_named_at(g, set, s, ms, t + 1, 0, out))
            return 1;
    }
    return 0;
}

/* Is the verb at token t only planned: a modal or "to" right before it
 * ("would travel to Eritrea", "plans to visit Cairo")? */
static int planned(const coder_sentence *s, int t)
{
    for (int k = t - 1; k >= 0 && k >= t - 3; k--) {
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if (!strcmp(tag, "MD") || !strcmp(tag, "TO")) return 1;
        if (strcmp(tag, "RB") != 0) return 0;
    }
    return 0;
}

/* Where people or forces were freed or withdrawn from: "freed the last 20
 * living Israeli hostages from Gaza", "pulled its troops out of Kursk". */
static int released_from(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                         int ci, int verb, event_place *out)
{
    static const char *const release[] = {"free", "release", "withdraw", "evacuate", "pull", "rescue", "repatriate",
                                          NULL};
    if (!coder_lemma_in(s, verb, release)) return 0;
    for (int t = verb + 1; (size_t)t + 1 < s->n && t <= verb + 10; t++) {
        const char *tag = dyad_tag_name(s->parses[t].tag);
        if (s->words[t][0] == ',' || !strcmp(tag, "VBD") || !strcmp(tag, "VBZ") || !strcmp(tag, "VBP") ||
            !strcmp(tag, "MD"))
            return 0;
        if (s->parses[t].clause != ci) continue;
        int from = coder_word_is(s, t, "from") ? t + 1 : coder_word_is(s, t, "of") && coder_word_is(s, t - 1, "out") ? t + 1 : -1;
        if (from > 0) return place_named_at(g, set, s, ms, from, 0, out);
    }
    return 0;
}

/* A place the act is aimed at, named in its object: "pounded Beirut's
 * southern suburbs", "struck Iran's nuclear sites", "seized the city of
 * Goma". */
static int place_in_object(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms,
                           int verb, event_place *out)
{
    for (int t = verb + 1; (size_t)t + 1 < s->n && t <= verb + 6; t++) {
        const char *tag = dyad_tag_name(s->parses[t].tag);
        /* ("seized the eastern city of Goma", "took control of Goma") */
        static const char *const held[] = {"control", "outskirts", NULL};
        if (coder_word_is(s, t, "of") && t > verb + 1 && (place_kind(s, t - 1) || coder_lemma_in(s, t - 1, held))) {
            if (place_named_at(g, set, s, ms, t + 1, 1, out)) return 1;
            /* (a town neither knows, in the country of the place its
               clause names: "seized the town of Masisi in eastern Congo's
               North Kivu province") */
            int first = t + 1, last = name_last(s, ms, first, 0);
            event_place around;
            int ci = s->parses[verb].clause;
            if (!capitalised(s, first) || coder_mention_at(ms, first) >= 0 || ci < 0 ||
                !place_in_clause(g, set, s, ms, ci, 1, &around))
                return 0;
            *out = (event_place){NULL, around.country, 0, 0, 0, 0, first, last};
            return 1;
        }
        if (tag[0] == 'V' || !strcmp(tag, "IN") || tag[0] == ',') return 0;
        /* (a town naming a site: "struck the Arak heavy water reactor",
           "the Natanz enrichment plant") */
        int len = 0;
        const gazetteer_place *site = t == verb + 2 && coder_word_is(s, t - 1, "the") && capitalised(s, t) && g
                                          ? place_at(g, s, t, NULL, &len)
                                          : NULL;
        if (site && (size_t)(t + len) < s->n && !capitalised(s, t + len) &&
            (!strncmp(dyad_tag_name(s->parses[t + len].tag), "NN", 2) || dyad_tag_name(s->parses[t + len].tag)[0] == 'J') &&
            (coder_mention_at(ms, t) < 0 || ms->items[coder_mention_at(ms, t)].actor < 0 ||
             !set->actors[ms->items[coder_mention_at(ms, t)].actor].sector)) {
            *out = (event_place){site->name, site->country, 1, site->lat, site->lon, site->geonameid, 0, 0};
            return 1;
        }
        if (capitalised(s, t) && coder_word_is(s, t + 1, "'s")) {
            event_place p;
            if (!place_named_at(g, set, s, ms, t, 1, &p)) return 0;
            /* (a state's own name only, not a person's or a force's) */
            int m = coder_mention_at(ms, t);
            if (m >= 0 && ms->items[m].actor >= 0 && set->actors[ms->items[m].actor].sector) return 0;
            *out = p;
            return 1;
        }
    }
    return 0;
}

/* Is clause c a participle of purpose ("a deal aimed at ending the
 * conflict in eastern Congo"), or a clause under one ("at ending fighting
 * in Mogadishu"): its places are what the act is for, not where it was? */
static int purpose_participle(const coder_sentence *s, int c)
{
    static const char *const purpose[] = {"aim", "design", "intend", "mean", NULL};
    for (int depth = 0; c >= 0 && (size_t)c < s->n_clauses && depth < 3; depth++, c = s->clauses[c].parent) {
        const dyad_clause *cl = &s->clauses[c];
        if (cl->type == DYAD_CLAUSE_REL && cl->verb >= 0 && coder_lemma_in(s, cl->verb, purpose)) {
            /* (the tagger may read the participle as a past tense) */
            const char *tag = dyad_tag_name(s->parses[cl->verb].tag);
            if (!strcmp(tag, "VBN") || !strcmp(tag, "VBD")) return 1;
        }
        if (cl->type != DYAD_CLAUSE_SUB || cl->marker < 0 || coder_that_clause(s, c)) return 0;
    }
    return 0;
}

/* Is clause c below clause ci through participles, relative clauses and
 * clauses of time only (the scene of ci's act), not an infinitive or a
 * "that" clause (what it says or plans)? */
static int scene_below(const coder_sentence *s, int c, int ci)
{
    for (int depth = 0; c >= 0 && (size_t)c < s->n_clauses && depth < 8 && c != ci; depth++) {
        const dyad_clause *cl = &s->clauses[c];
        /* (a clause with no marker before its parent opens the sentence:
           "Speaking in Ottawa, Trudeau accused ...") */
        /* (nor a clause of time, another act: "met Harris on the sidelines
           of the conference, a day after signing agreements in Berlin") */
        static const char *const other_time[] = {"after", "before", "since", "until", NULL};
        if (cl->type == DYAD_CLAUSE_INF || cl->type == DYAD_CLAUSE_MAIN || cl->type == DYAD_CLAUSE_REPORTING ||
            (cl->type == DYAD_CLAUSE_SUB && ((cl->marker < 0 && c > cl->parent) || coder_that_clause(s, c) ||
                                             (cl->marker >= 0 && coder_lemma_in(s, cl->marker, other_time)))))
            return 0;
        c = cl->parent;
        if (c == ci) return 1;
    }
    return 0;
}

int event_location(const gazetteer *g, const dict_set *set, const coder_sentence *s, const coder_mentions *ms, int verb,
                   const event_place *dateline, event_place *out)
{
    int ci = verb >= 0 && (size_t)verb < s->n ? s->parses[verb].clause : -1;
    if (ci >= 0 && (size_t)ci < s->n_clauses) {
        /* "in the capital" alone, under a dateline: the capital of the
           dateline's country ("ISTANBUL - ... told reporters at the
           party's headquarters in the capital": Ankara) */
        for (int t = 0; dateline && dateline->country && (size_t)t + 3 < s->n; t++) {
            if (s->parses[t].clause != ci || !is_place_word(s, t) || !coder_word_is(s, t + 1, "the") ||
                !coder_word_is(s, t + 2, "capital") || capitalised(s, t + 3) || coder_word_is(s, t + 3, "'s"))
                continue;
            const gazetteer_place *seat = gazetteer_capital(g, dateline->country);
            if (!seat) break;
            *out = (event_place){seat->name, seat->country, 1, seat->lat, seat->lon, seat->geonameid, 0, 0};
            return 2;
        }
        if (place_in_clause(g, set, s, ms, ci, 1, out)) {
            /* (a region or a country, with a town of it as the object:
               "seized the town of Masisi in eastern Congo's North Kivu
               province") */
            event_place town;
            if (!out->has_coordinates && place_in_object(g, set, s, ms, verb, &town) && !strcmp(town.country, out->country) &&
                (town.has_coordinates || (!town.name && coder_mention_at(ms, town.first) < 0)))
                *out = town;
            /* (or with a town of it named after a kind later in the clause:
               "In Ukraine's northeast, a Russian drone attack on the city of
               Kharkiv killed four people") */
            static const char *const towns[] = {"city", "town", "village", "port", NULL};
            for (int t = 0; !out->has_coordinates && (size_t)t + 2 < s->n; t++)
                if (s->parses[t].clause == ci && coder_lemma_in(s, t, towns) && coder_word_is(s, t + 1, "of") &&
                    place_named_at(g, set, s, ms, t + 2, 1, &town) && town.has_coordinates &&
                    !strcmp(town.country, out->country))
                    *out = town;
            /* (or with a town of it in a participle after a comma that goes
               on with the act: "fired missiles at Israel, wounding dozens
               of people in the northern port city of Haifa") */
            for (size_t k = 0; !out->has_coordinates && k < s->n_clauses; k++)
                if ((int)k != ci && coder_conjoined_to(s, (int)k) == ci && coder_comma_participle(s, (int)k) &&
                    place_in_clause(g, set, s, ms, (int)k, 1, &town) && town.has_coordinates &&
                    !strcmp(town.country, out->country))
                    *out = town;
            return 2;
        }
        /* ", where ..." is at the place named right before it: "in Gaza or
           in Lebanon, where the army is fighting Hezbollah" */
        const dyad_clause *cl = &s->clauses[ci];
        int where = cl->marker >= 0 ? cl->marker : coder_word_is(s, cl->first, "where") ? cl->first : cl->first - 1;
        if (where > 1 && coder_word_is(s, where, "where") && coder_word_is(s, where - 1, ",")) {
            for (int k = where - 2; k >= 0 && k >= where - 8; k--)
                if (is_place_word(s, k) && place_named_at(g, set, s, ms, k + 1, 0, out)) {
                    /* (the place an apposition describes: "near Walikale, a
                       mining town in North Kivu province, where ...") */
                    int comma = k - 1;
                    while (comma > 0 && k - comma < 5 && !coder_word_is(s, comma, ",")) comma--;
                    int kind = 0;
                    for (int j = comma + 1; j < k; j++) kind |= place_kind(s, j);
                    event_place named;
                    for (int j = comma - 1; kind && comma > 1 && j >= 0 && j >= comma - 6; j--)
                        if (is_place_word(s, j) && place_named_at(g, set, s, ms, j + 1, 0, &named)) {
                            if (!strcmp(named.country, out->country)) *out = named;
                            break;
                        }
                    return 2;
                }
            /* (or a place named as an actor: "bombed Gaza and Lebanon, where
               ...") */
            int m = coder_mention_at(ms, where - 2);
            if (m >= 0 && ms->items[m].last == where - 2 && ms->items[m].agent < 0 &&
                mention_place(g, set, s, ms, m, out))
                return 2;
        }
        /* an act a noun names, with its place before it: "a heated Oval
           Office meeting" */
        if (!strncmp(dyad_tag_name(s->parses[verb].tag), "NN", 2)) {
            int first = verb;
            while (first > 0 && verb - first < 3 && capitalised(s, first - 1)) first--;
            int len = 0;
            const gazetteer_place *p = first < verb && g ? place_at(g, s, first, NULL, &len) : NULL;
            if (p && first + len == verb) {
                *out = (event_place){p->name, p->country, 1, p->lat, p->lon, p->geonameid, 0, 0};
                return 2;
            }
        }
        /* a participle on the subject says where its actor was: "Arab
           League leaders meeting at a summit in Cairo endorsed ..." */
        for (size_t k = 0; k < s->n_clauses; k++) {
            const dyad_clause *p = &s->clauses[k];
            if (p->parent == ci && p->type == DYAD_CLAUSE_REL && p->marker < 0 && p->verb >= 0 && p->verb < verb &&
                s->clauses[ci].subject >= 0 && s->clauses[ci].subject < p->verb &&
                place_in_clause(g, set, s, ms, (int)k, 1, out))
                return 2;
        }
        /* (a trip only planned is not where the act was: "said he would
           travel to Eritrea") */
        if (!planned(s, verb) && destination(g, set, s, ms, ci, verb, out)) return 2;
        if (place_in_object(g, set, s, ms, verb, out)) return 2;
        if (released_from(g, set, s, ms, ci, verb, out)) return 2;
        /* a verb joined to another was where that one was, when it has
           that one's subject: "had visited Kyiv on Tuesday ... and urged
           Zelenskyy to ..." (not "protesters rallied in Istanbul, and
           police fired at students marching in Ankara") */
        int joined = coder_conjoined_to(s, ci);
        int own_subject = s->clauses[ci].subject >= 0 && joined >= 0 &&
                          s->clauses[ci].subject != s->clauses[joined].subject;
        if (joined >= 0 && !own_subject &&
            (place_in_clause(g, set, s, ms, joined, 1, out) ||
             destination(g, set, s, ms, joined, s->clauses[joined].verb, out)))
            return 2;
        /* (and a participle after a comma joined to it, which goes on with
           the act) */
        for (size_t k = 0; k < s->n_clauses; k++)
            if ((int)k != ci && coder_conjoined_to(s, (int)k) == ci && coder_comma_participle(s, (int)k) &&
                place_in_clause(g, set, s, ms, (int)k, 1, out))
                return 2;
        /* an act in a clause of time or a participle phrase happened where
           the clause it belongs to did: "is in Moscow after Russia granted
           him asylum", "talks in Doha mediated by Qatar" */
        for (int c = ci, depth = 0; depth < 4 && (size_t)c < s->n_clauses && s->clauses[c].parent >= 0; depth++) {
            const dyad_clause *cl = &s->clauses[c];
            int adverbial = (cl->type == DYAD_CLAUSE_SUB && cl->marker >= 0 && !coder_word_is(s, cl->marker, "that")) ||
                            (cl->type == DYAD_CLAUSE_REL && cl->marker < 0);
            if (!adverbial) break;
            c = cl->parent;
            if (!purpose_participle(s, c) && place_in_clause(g, set, s, ms, c, 1, out)) return 2;
        }
        /* a place in a participle or a clause of time or relative clause
           below it ("struck a compound, killing five people in Doha"); not
           in what the verb says or plans: "invited Trump to hold their
           next meeting in Moscow" was not done in Moscow */
        /* (or below the verb it is joined to: "Speaking at the Munich
           Security Conference, Zelenskiy said ... and urged Congress") */
        for (int t = 0; (size_t)t + 1 < s->n; t++)
            if (is_place_word(s, t) &&
                (scene_below(s, s->parses[t].clause, ci) || (joined >= 0 && scene_below(s, s->parses[t].clause, joined))) &&
                place_named_at(g, set, s, ms, t + 1, 0, out))
                return 2;
    }
    if (dateline && dateline->country) {
        *out = *dateline;
        return 1;
    }
    return 0;
}
