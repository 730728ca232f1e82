/* eventdate.c - when an event happened. Wire copy dates events against the
 * article's own date: "on Wednesday", "yesterday", "on July 3", "3 July
 * 2024", "in May", "last month", "last year". The phrase of time in the
 * event's clause (or, failing that, the sentence's main clause) gives the
 * day, or only the month or the year; with none the event has the
 * article's date. Past events are the usual case, so a weekday or a month
 * without a year is the latest one on or before the article's date. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder.h"

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (the usual
 * era arithmetic: years start in March so the leap day comes last). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : n[m - 1];
}

static int word_in(const coder_sentence *s, int t, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (coder_word_is(s, t, list[k])) return k;
    return -1;
}

/* (lower case: coder_word_is folds the token) */
static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
static const char *const months[] = {"january", "february", "march",     "april",   "may",      "june", "july",
                                     "august",  "september", "october", "november", "december", NULL};
static const char *const month_abbrevs[] = {"jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.",
                                            "sept.", "oct.", "nov.", "dec.", NULL};

static int month_at(const coder_sentence *s, int t)
{
    if (t < 0 || (size_t)t >= s->n) return -1;
    int m = word_in(s, t, months);
    if (m < 0) m = word_in(s, t, month_abbrevs);
    /* (a month is capitalised: not "may" or "march" the verbs) */
    if (m >= 0 && (s->words[t][0] < 'A' || s->words[t][0] > 'Z')) return -1;
    return m;
}

/* A number of 1 to `max` at token t ("3", "3rd"), or 0. */
static int small_number(const coder_sentence *s, int t, int max)
{
    if (t < 0 || (size_t)t >= s->n || s->lens[t] > 4) return 0;
    int v = 0;
    size_t i = 0;
    for (; i < s->lens[t] && s->words[t][i] >= '0' && s->words[t][i] <= '9'; i++) v = v * 10 + (s->words[t][i] - '0');
    if (i == 0 || v < 1 || v > max) return 0;
    return v;
}

static int year_at(const coder_sentence *s, int t)
{
    if (t < 0 || (size_t)t >= s->n || s->lens[t] != 4) return 0;
    int v = 0;
    for (size_t i = 0; i < 4; i++) {
        if (s->words[t][i] < '0' || s->words[t][i] > '9') return 0;
        v = v * 10 + (s->words[t][i] - '0');
    }
    return v >= 1900 && v <= 2100 ? v : 0;
}

/* The phrase of time at token t, if any: the date (days since 1970) and
 * its precision. Returns the phrase's length in tokens, 0 when none. */
static int time_phrase(const coder_sentence *s, int t, long today, int ty, int tm, long *day, event_precision *precision)
{
    int w;
    if (coder_word_is(s, t, "yesterday")) {
        *day = today - 1, *precision = EVENT_DAY;
        return 1;
    }
    if (coder_word_is(s, t, "today") || coder_word_is(s, t, "tonight")) {
        *day = today, *precision = EVENT_DAY;
        return 1;
    }
    if ((w = word_in(s, t, weekdays)) >= 0) {
        /* the latest such day on or before the article's date ("on
           Wednesday", "late on Sunday", "last Friday") */
        long weekday_today = ((today % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday: 3 from Monday */
        long back = (weekday_today - w + 7) % 7;
        if (back == 0 && t > 0 && coder_word_is(s, t - 1, "last")) back = 7;
        *day = today - back, *precision = EVENT_DAY;
        return 1;
    }
    int m = month_at(s, t);
    if (m >= 0) {
        int d = small_number(s, t + 1, 31), len = 1, y = 0;
        if (d) {
            len = 2;
            if (coder_word_is(s, t + 2, ",") && (y = year_at(s, t + 3))) len = 4;
            else if ((y = year_at(s, t + 2))) len = 3;
        } else if ((y = year_at(s, t + 1))) {
            len = 2;
        }
        /* "3 July 2024" */
        if (!d && t > 0 && (d = small_number(s, t - 1, 31)) && !y) y = year_at(s, t + 1);
        int year = y ? y : (m + 1 > tm ? ty - 1 : ty);
        if (d) {
            if (d > days_in(year, m + 1)) return 0;
            /* (no year: the latest such day on or before the article) */
            if (!y && days_from_civil(year, m + 1, d) > today) year--;
            *day = days_from_civil(year, m + 1, d), *precision = EVENT_DAY;
        } else {
            *day = days_from_civil(year, m + 1, 1), *precision = EVENT_MONTH;
        }
        return len;
    }
    if (coder_word_is(s, t, "last") || coder_word_is(s, t, "this") || coder_word_is(s, t, "earlier")) {
        int n = coder_word_is(s, t, "earlier") && coder_word_is(s, t + 1, "this") ? 2 : 1;
        int last = coder_word_is(s, t, "last");
        if (coder_word_is(s, t + n, "month")) {
            int y = ty, mm = tm - last;
            if (mm < 1) mm = 12, y--;
            *day = days_from_civil(y, mm, 1), *precision = EVENT_MONTH;
            return n + 1;
        }
        if (coder_word_is(s, t + n, "year")) {
            *day = days_from_civil(ty - last, 1, 1), *precision = EVENT_YEAR;
            return n + 1;
        }
        return 0;
    }
    int y = year_at(s, t);
    if (y && t > 0 && coder_word_is(s, t - 1, "in") && y <= ty) {
        *day = days_from_civil(y, 1, 1), *precision = EVENT_YEAR;
        return 1;
    }
    return 0;
}

int event_date(const coder_sentence *s, int verb, char out[11], event_precision *precision)
{
    int ty = s->date / 10000, tm = s->date / 100 % 100, td = s->date % 100;
    if (ty < 1 || tm < 1 || tm > 12 || td < 1 || td > days_in(ty, tm)) return 0;
    long today = days_from_civil(ty, tm, td);
    int ci = verb >= 0 && (size_t)verb < s->n ? s->parses[verb].clause : -1;
    /* the verb's own clause first, then the main clause it belongs to ("On
       Tuesday, ... said that ... had attacked"; not another main clause
       joined to it) */
    int main_clause = ci;
    for (int depth = 0; main_clause >= 0 && (size_t)main_clause < s->n_clauses && depth < 16 &&
                        s->clauses[main_clause].type != DYAD_CLAUSE_MAIN;
         depth++)
        main_clause = s->clauses[main_clause].parent;
    for (int pass = 0; pass < 2; pass++) {
        for (int t = 0; (size_t)t < s->n; t++) {
            int in = pass == 0 ? ci >= 0 && coder_in_clause_of(s, t, ci)
                               : main_clause >= 0 && main_clause != ci && s->parses[t].clause == main_clause;
            if (!in) continue;
            long day;
            if (time_phrase(s, t, today, ty, tm, &day, precision) && day <= today) {
                int y, m, d;
                civil_from_days(day, &y, &m, &d);
                snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
                return 1;
            }
        }
    }
    return 0;
}
