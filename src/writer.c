/* writer.c - events out: JSON Lines in the output contract (every field
 * present, null when not computed) or CSV with a header row in GDELT-like
 * column order. JSON encoding is cJSON's; CSV quoting follows RFC 4180. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "dyad.h"

struct dyad_writer {
    FILE *out;
    dyad_output output;
    dbuf line;
    int failed;
};

int dyad_output_from_name(const char *name, dyad_output *out)
{
    if (strcmp(name, "jsonl") == 0 || strcmp(name, "json") == 0) *out = DYAD_OUTPUT_JSONL;
    else if (strcmp(name, "csv") == 0) *out = DYAD_OUTPUT_CSV;
    else return -1;
    return 0;
}

static const char *const csv_columns[] = {
    "date", "source_code", "source_name", "target_code", "target_name", "cameo", "root",
    "quad", "goldstein", "plover_type", "plover_mode", "negated", "source_country",
    "source_sector", "target_country", "target_sector", "location_name", "location_country",
    "lat", "lon", "geonameid", "attribution_code", "attribution_text", "rule", "text",
    "article", "sentence", "date_precision", "mentions", "articles", "sources", "plover_auxiliary",
    "source_antecedent", "target_antecedent", "attribution_quoting_code", "attribution_quoting_text",
};

dyad_writer *dyad_writer_new(FILE *out, dyad_output output)
{
    dyad_writer *w = dyad_xmalloc(sizeof *w);
    memset(w, 0, sizeof *w);
    w->out = out;
    w->output = output;
    if (output == DYAD_OUTPUT_CSV) {
        for (size_t i = 0; i < sizeof csv_columns / sizeof *csv_columns; i++)
            fprintf(out, "%s%s", i ? "," : "", csv_columns[i]);
        fputc('\n', out);
    }
    return w;
}

void dyad_writer_free(dyad_writer *w)
{
    if (!w) return;
    dbuf_free(&w->line);
    free(w);
}

/* ---- JSON -------------------------------------------------------------- */

static void add_string(cJSON *o, const char *key, const char *s)
{
    if (s) cJSON_AddStringToObject(o, key, s);
    else cJSON_AddNullToObject(o, key);
}

static void add_number(cJSON *o, const char *key, int has, double v)
{
    if (has) cJSON_AddNumberToObject(o, key, v);
    else cJSON_AddNullToObject(o, key);
}

static void add_actor(cJSON *o, const char *key, const dyad_event_actor *a)
{
    cJSON *actor = cJSON_AddObjectToObject(o, key);
    add_string(actor, "code", a->code);
    add_string(actor, "country", a->country);
    add_string(actor, "sector", a->sector);
    add_string(actor, "text", a->text);
    add_string(actor, "antecedent", a->antecedent);
}

static cJSON *event_json(const dyad_event *e)
{
    cJSON *o = cJSON_CreateObject();
    add_string(o, "article", e->article);
    cJSON_AddNumberToObject(o, "sentence", (double)e->sentence);
    add_string(o, "date", e->date);
    add_string(o, "date_precision", e->date_precision);
    add_actor(o, "source", &e->source);
    add_actor(o, "target", &e->target);
    add_string(o, "cameo", e->cameo);
    add_string(o, "root", e->root);
    add_number(o, "quad", e->has_quad, e->quad);
    add_number(o, "goldstein", e->has_goldstein, e->goldstein);
    cJSON *plover = cJSON_AddObjectToObject(o, "plover");
    add_string(plover, "type", e->plover_type);
    add_string(plover, "mode", e->plover_mode);
    add_string(plover, "auxiliary", e->plover_auxiliary);
    if (e->location) {
        const dyad_event_location *l = e->location;
        cJSON *loc = cJSON_AddObjectToObject(o, "location");
        add_string(loc, "name", l->name);
        add_string(loc, "country", l->country);
        add_number(loc, "lat", l->has_coordinates, l->lat);
        add_number(loc, "lon", l->has_coordinates, l->lon);
        add_number(loc, "geonameid", l->geonameid != 0, (double)l->geonameid);
    } else {
        cJSON_AddNullToObject(o, "location");
    }
    if (e->attribution) {
        cJSON *a = cJSON_AddObjectToObject(o, "attribution");
        add_string(a, "code", e->attribution->code);
        add_string(a, "text", e->attribution->text);
        if (e->attribution->quoting_text) {
            cJSON *q = cJSON_AddObjectToObject(a, "quoting");
            add_string(q, "code", e->attribution->quoting_code);
            add_string(q, "text", e->attribution->quoting_text);
        } else {
            cJSON_AddNullToObject(a, "quoting");
        }
    } else {
        cJSON_AddNullToObject(o, "attribution");
    }
    if (e->has_negated) cJSON_AddBoolToObject(o, "negated", e->negated);
    else cJSON_AddNullToObject(o, "negated");
    add_string(o, "text", e->text);
    add_string(o, "rule", e->rule);
    /* counts of a merged event (dyad_dedup); null when not deduplicated */
    add_number(o, "mentions", e->has_counts, (double)e->mentions);
    add_number(o, "articles", e->has_counts, (double)e->articles);
    add_number(o, "sources", e->has_counts, (double)e->sources);
    return o;
}

/* ---- CSV --------------------------------------------------------------- */

static void csv_field(dbuf *b, const char *s, int first)
{
    if (!first) dbuf_putc(b, ',');
    if (!s) return; /* null: empty field */
    if (!strpbrk(s, ",\"\r\n")) {
        dbuf_puts(b, s);
        return;
    }
    dbuf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"') dbuf_putc(b, '"');
        dbuf_putc(b, *s);
    }
    dbuf_putc(b, '"');
}

static void csv_number(dbuf *b, int has, double v, int integer)
{
    dbuf_putc(b, ',');
    if (!has) return;
    if (integer) dbuf_printf(b, "%.0f", v);
    else dbuf_printf(b, "%.6g", v);
}

static void event_csv(dbuf *b, const dyad_event *e)
{
    const dyad_event_location *l = e->location;
    const dyad_event_attribution *a = e->attribution;
    csv_field(b, e->date, 1);
    csv_field(b, e->source.code, 0);
    csv_field(b, e->source.text, 0);
    csv_field(b, e->target.code, 0);
    csv_field(b, e->target.text, 0);
    csv_field(b, e->cameo, 0);
    csv_field(b, e->root, 0);
    csv_number(b, e->has_quad, e->quad, 1);
    csv_number(b, e->has_goldstein, e->goldstein, 0);
    csv_field(b, e->plover_type, 0);
    csv_field(b, e->plover_mode, 0);
    csv_field(b, e->has_negated ? (e->negated ? "true" : "false") : NULL, 0);
    csv_field(b, e->source.country, 0);
    csv_field(b, e->source.sector, 0);
    csv_field(b, e->target.country, 0);
    csv_field(b, e->target.sector, 0);
    csv_field(b, l ? l->name : NULL, 0);
    csv_field(b, l ? l->country : NULL, 0);
    csv_number(b, l && l->has_coordinates, l ? l->lat : 0, 0);
    csv_number(b, l && l->has_coordinates, l ? l->lon : 0, 0);
    csv_number(b, l && l->geonameid, l ? (double)l->geonameid : 0, 1);
    csv_field(b, a ? a->code : NULL, 0);
    csv_field(b, a ? a->text : NULL, 0);
    csv_field(b, e->rule, 0);
    csv_field(b, e->text, 0);
    csv_field(b, e->article, 0);
    dbuf_printf(b, ",%ld", e->sentence);
    csv_field(b, e->date_precision, 0);
    csv_number(b, e->has_counts, (double)e->mentions, 1);
    csv_number(b, e->has_counts, (double)e->articles, 1);
    csv_number(b, e->has_counts, (double)e->sources, 1);
    csv_field(b, e->plover_auxiliary, 0);
    csv_field(b, e->source.antecedent, 0);
    csv_field(b, e->target.antecedent, 0);
    csv_field(b, a ? a->quoting_code : NULL, 0);
    csv_field(b, a ? a->quoting_text : NULL, 0);
}

int dyad_writer_event(dyad_writer *w, const dyad_event *e)
{
    dbuf_clear(&w->line);
    if (w->output == DYAD_OUTPUT_CSV) {
        event_csv(&w->line, e);
    } else {
        cJSON *o = event_json(e);
        char *s = cJSON_PrintUnformatted(o);
        cJSON_Delete(o);
        if (!s) return -1;
        dbuf_puts(&w->line, s);
        free(s);
    }
    dbuf_putc(&w->line, '\n');
    if (fwrite(w->line.data, 1, w->line.len, w->out) != w->line.len) return -1;
    return 0;
}
