/* gazetteer.h - the places an event's location resolves to (gazetteer.c):
 * GeoNames' capitals, seats of provinces and towns of 15,000 people or more,
 * from data/gazetteer.tsv (tools/gen_gazetteer.js). */
#ifndef DYAD_GAZETTEER_H
#define DYAD_GAZETTEER_H

#include <stddef.h>

#include "buf.h"

typedef struct {
    long geonameid;
    const char *name;
    char country[4]; /* ISO alpha-3 (KSV for Kosovo, as dyad's dictionaries) */
    double lat, lon;
    long population;
    int capital; /* a country's capital (GeoNames PPLC) */
} gazetteer_place;

typedef struct gazetteer gazetteer;

/* Loads a gazetteer file; NULL with the file and line in *error when it
 * cannot be read or a line is malformed. */
gazetteer *gazetteer_load(const char *path, dbuf *error);
void gazetteer_free(gazetteer *g);

/* The place the words (n bytes, one name as written: "Port Sudan",
 * "Kyiv", "Kiev") name, compared without case and accents: the one in
 * `country` (ISO alpha-3) when there is one there and country is not NULL,
 * else the most populous. NULL when none is called so. */
const gazetteer_place *gazetteer_find(const gazetteer *g, const char *name, size_t n, const char *country);

/* The capital of `country` (ISO alpha-3), or NULL. */
const gazetteer_place *gazetteer_capital(const gazetteer *g, const char *country);

/* `country` (ISO alpha-3) as a place: its name as news gives it, with no
 * coordinates (geonameid 0), or NULL. */
const gazetteer_place *gazetteer_country(const gazetteer *g, const char *country);

#endif
