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

int event_time_name(const coder_sentence *s, int t)
{
    return word_in(s, t, weekdays) >= 0 || word_in(s, t, months) >= 0;
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

/* The article's date and the reading of a phrase of time against it. */
typedef struct {
    long today;
    int ty, tm;
    int future; /* the act is planned: bare weekdays and months look forward */
} date_frame;

/* The Monday of the week of `day` (days since 1970; that was a Thursday). */
static long monday_of(long day)
{
    return day - ((day % 7) + 7 + 3) % 7;
}

/* "last", "this", "earlier this", "later this", "next" + week, month or
 * year. A week is given as its month, the finest precision there is. */
static int relative_period(const coder_sentence *s, int t, const date_frame *f, long *day, event_precision *precision)
{
    int n, step;
    if (coder_word_is(s, t, "last") || coder_word_is(s, t, "past")) n = 1, step = -1;
    else if (coder_word_is(s, t, "next") || coder_word_is(s, t, "coming")) n = 1, step = 1;
    else if (coder_word_is(s, t, "this")) n = 1, step = 0;
    else if ((coder_word_is(s, t, "earlier") || coder_word_is(s, t, "later")) && coder_word_is(s, t + 1, "this"))
        n = 2, step = 0;
    else return 0;
    if (coder_word_is(s, t + n, "week") || coder_word_is(s, t + n, "weekend")) {
        long monday = monday_of(f->today) + 7L * step;
        int y, m, d;
        civil_from_days(coder_word_is(s, t + n, "weekend") ? monday + 5 : monday, &y, &m, &d);
        *day = days_from_civil(y, m, 1), *precision = EVENT_MONTH;
        return n + 1;
    }
    if (coder_word_is(s, t + n, "month")) {
        int y = f->ty, m = f->tm + step;
        if (m < 1) m = 12, y--;
        if (m > 12) m = 1, y++;
        *day = days_from_civil(y, m, 1), *precision = EVENT_MONTH;
        return n + 1;
    }
    if (coder_word_is(s, t + n, "year")) {
        *day = days_from_civil(f->ty + step, 1, 1), *precision = EVENT_YEAR;
        return n + 1;
    }
    return 0;
}

void event_time_words(const coder_sentence *s, unsigned char *out)
{
    static const char *const starts[] = {"yesterday", "today", "tonight", "overnight", "tomorrow", "last", "past",
                                         "next", "coming", "this", "earlier", "later", "previous", "that",
                                         "same", NULL};
    for (int t = 0; (size_t)t < s->n; t++)
        out[t] = word_in(s, t, starts) >= 0 || word_in(s, t, weekdays) >= 0 || month_at(s, t) >= 0 || year_at(s, t);
}

/* How many days back "a day earlier", "two days earlier" (marked at
 * "earlier") or "the previous day" (at "previous") at token t count; 0 when
 * there is no such phrase. */
static int days_back(const coder_sentence *s, int t)
{
    if (coder_word_is(s, t, "earlier") && t >= 2 && (coder_word_is(s, t - 1, "day") || coder_word_is(s, t - 1, "days"))) {
        static const char *const counts[] = {"a", "one", "two", "three", "four", "five", "six", NULL};
        int n = word_in(s, t - 2, counts); /* ("a" is 0: one day) */
        return n == 0 ? 1 : n > 0 ? n : small_number(s, t - 2, 31);
    }
    return coder_word_is(s, t, "previous") && coder_word_is(s, t + 1, "day") && coder_word_is(s, t - 1, "the");
}

/* The phrase of time at token t, if any: the date (days since 1970) and
 * its precision. Returns the phrase's length in tokens, 0 when none. */
static int time_phrase(const coder_sentence *s, int t, const date_frame *f, long *day, event_precision *precision)
{
    if (s->time_words && !s->time_words[t]) return 0;
    /* (a deadline is not when the act was: "proposed a meeting before the
       end of August", "until March") */
    if ((t >= 4 && coder_word_is(s, t - 1, "of") && coder_word_is(s, t - 2, "end") &&
         (coder_word_is(s, t - 4, "before") || coder_word_is(s, t - 4, "by"))) ||
        (t >= 1 && coder_word_is(s, t - 1, "until")))
        return 0;
    long today = f->today;
    int ty = f->ty, tm = f->tm, w;
    if (coder_word_is(s, t, "yesterday")) {
        *day = today - 1, *precision = EVENT_DAY;
        return 1;
    }
    if (coder_word_is(s, t, "today") || coder_word_is(s, t, "tonight") || coder_word_is(s, t, "overnight")) {
        *day = today, *precision = EVENT_DAY;
        return 1;
    }
    if (coder_word_is(s, t, "tomorrow")) {
        *day = today + 1, *precision = EVENT_DAY;
        return 1;
    }
    /* "a day earlier", "two days earlier", "the previous day": days before
       the article's date */
    /* "that day", "the same day": the day named before it in the sentence
       ("Xi, who arrived in Astana on Monday, praised Kazakhstan ... that
       day") */
    if ((coder_word_is(s, t, "that") || coder_word_is(s, t, "same")) && (size_t)t + 1 < s->n &&
        coder_word_is(s, t + 1, "day")) {
        for (int k = t - 1; k >= 0; k--)
            if (time_phrase(s, k, f, day, precision)) return 2;
        return 0;
    }
    int back = days_back(s, t);
    if (back) {
        *day = today - back, *precision = EVENT_DAY;
        return coder_word_is(s, t, "previous") ? 2 : 1;
    }
    if ((w = word_in(s, t, weekdays)) >= 0) {
        /* the latest such day on or before the article's date ("on
           Wednesday", "late on Sunday", "last Friday"); for a planned act
           the next one on or after it ("will travel to Washington on
           Monday", "next Monday") */
        long weekday_today = ((today % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday: 3 from Monday */
        int next = t > 0 && coder_word_is(s, t - 1, "next");
        if (f->future || next) {
            long ahead = (w - weekday_today + 7) % 7;
            if (ahead == 0 && next) ahead = 7;
            *day = today + ahead, *precision = EVENT_DAY;
            return 1;
        }
        long back = (weekday_today - w + 7) % 7;
        if (back == 0 && t > 0 && coder_word_is(s, t - 1, "last")) back = 7;
        *day = today - back, *precision = EVENT_DAY;
        return 1;
    }
    int m = month_at(s, t);
    /* ("an April 1 airstrike": a date naming a thing, not when the clause's
       act happened) */
    if (m >= 0 && t > 0 && !strcmp(dyad_tag_name(s->parses[t - 1].tag), "DT")) return 0;
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
        /* (the dateline's date, "TBILISI, Dec 2 (Reuters) -", is the
           article's, not the act's) */
        if (coder_word_is(s, t + len, "(") || coder_word_is(s, t + len, "-") || coder_word_is(s, t + len, "--") ||
            coder_word_is(s, t + len, "\xe2\x80\x94"))
            return 0;
        /* (no year: the latest such month or day on or before the article,
           or for a planned act the next one on or after it) */
        int year = y ? y : f->future ? (m + 1 < tm ? ty + 1 : ty) : (m + 1 > tm ? ty - 1 : ty);
        if (d) {
            if (d > days_in(year, m + 1)) return 0;
            if (!y && !f->future && days_from_civil(year, m + 1, d) > today) year--;
            if (!y && f->future && days_from_civil(year, m + 1, d) < today) year++;
            if (d > days_in(year, m + 1)) return 0;
            *day = days_from_civil(year, m + 1, d), *precision = EVENT_DAY;
        } else {
            *day = days_from_civil(year, m + 1, 1), *precision = EVENT_MONTH;
        }
        return len;
    }
    int n = relative_period(s, t, f, day, precision);
    if (n) return n;
    int y = year_at(s, t);
    if (y && t > 0 && coder_word_is(s, t - 1, "in") && (y <= ty || f->future)) {
        *day = days_from_civil(y, 1, 1), *precision = EVENT_YEAR;
        return 1;
    }
    return 0;
}

/* The first phrase of time among the tokens of clause ci (with the clauses
 * that belong to its verb, or only its own tokens when `own`). */
/* Is token t in an infinitive below clause ci under a verb of planning,
 * asking or offering, whose time is that of what is planned or asked
 * ("accepted an invitation to visit China in August", "urged Israel to
 * withdraw by Friday", "agreed to set up a committee before the end of
 * April"), not of the act? ("used tear gas to disperse protesters on
 * Sunday night" is no such verb.) */
static int under_infinitive(const coder_sentence *s, int t, int ci)
{
    static const char *const planning[] = {"agree", "plan", "pledge", "vow", "promise", "decide", "offer", "want",
                                           "hope", "seek", "ask", "urge", "call", "invite", "accept", "threaten",
                                           "intend", "aim", "prepare", "demand", "press", "tell", "order", NULL};
    for (int c = s->parses[t].clause, depth = 0; c >= 0 && c != ci && (size_t)c < s->n_clauses && depth < 16;
         c = s->clauses[c].parent, depth++) {
        int parent = s->clauses[c].parent;
        int pv = parent >= 0 && (size_t)parent < s->n_clauses ? s->clauses[parent].verb : -1;
        if (s->clauses[c].type == DYAD_CLAUSE_INF && pv >= 0 && coder_lemma_in(s, pv, planning)) return 1;
    }
    return 0;
}

/* Is token t in a relative clause set off by a comma, or one on a thing,
 * below clause ci ("arrested Glas, who had taken refuge there in
 * December"), which has a time of its own? (Not "arrested supporters who
 * tried to march on Saturday".) */
static int in_relative_below(const coder_sentence *s, int t, int ci)
{
    for (int c = s->parses[t].clause, depth = 0; c >= 0 && c != ci && (size_t)c < s->n_clauses && depth < 16;
         c = s->clauses[c].parent, depth++) {
        const dyad_clause *cl = &s->clauses[c];
        /* (and one on a thing: "accused Hamas of violating the truce that
           took effect on Oct. 10") */
        if (cl->type == DYAD_CLAUSE_REL && cl->marker > 0 &&
            (coder_word_is(s, cl->marker - 1, ",") || coder_word_is(s, cl->marker, "that") ||
             coder_word_is(s, cl->marker, "which")))
            return 1;
        /* (and a past participle on a noun: "in breach of a ceasefire agreed
           last year"; not on what the act was put out in: "in a declaration
           adopted at their summit on Sunday") */
        static const char *const put_out[] = {"statement", "declaration", "communique", "letter", "resolution",
                                              "decree", "speech", "address", "interview", "post", NULL};
        if (cl->type == DYAD_CLAUSE_REL && cl->marker < 0 && cl->verb >= 0 &&
            (cl->passive || !strcmp(dyad_tag_name(s->parses[cl->verb].tag), "VBN")) &&
            !(cl->subject >= 0 && coder_lemma_in(s, cl->subject, put_out)) &&
            !(cl->verb > 0 && coder_lemma_in(s, cl->verb - 1, put_out)))
            return 1;
    }
    return 0;
}

/* Is token t inside the noun phrase a "for" opens after a verb that judges
 * an act ("apologised for an Israeli strike on Hamas leaders in Doha on
 * Sept. 9"), whose time is that act's? */
static int in_reason(const coder_sentence *s, int t)
{
    static const char *const judging[] = {"apologise", "apologize", "thank", "blame", "praise", "criticise",
                                          "criticize", "condemn", "punish", "fault", "reward", "compensate", NULL};
    for (int k = t - 1; k > 0 && t - k <= 10; k--) {
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if (tag[0] == 'V' || tag[0] == ',' || !strcmp(tag, "MD")) return 0;
        if (!coder_word_is(s, k, "for")) continue;
        /* (only after a verb that judges an act: "recalled its ambassador
           for consultations on Thursday" was on Thursday) */
        for (int v = k - 1; v >= 0 && k - v <= 6; v--)
            if (dyad_tag_name(s->parses[v].tag)[0] == 'V') return t - k > 2 && coder_lemma_in(s, v, judging);
        return 0;
    }
    return 0;
}

static int future_clause(const coder_sentence *s, int ci);

/* Is token t in a clause below ci (or one between) whose verb is in the
 * future: "said he would travel to Moscow on Monday" (Monday is the
 * trip's, not the saying's)? */
static int in_future_below(const coder_sentence *s, int t, int ci)
{
    int c = s->parses[t].clause;
    for (int depth = 0; c >= 0 && (size_t)c < s->n_clauses && c != ci && depth < 8; depth++, c = s->clauses[c].parent)
        if (future_clause(s, c)) return 1;
    return 0;
}

/* Is token t inside a noun phrase "since" opens, whose time is that of
 * the noun's act: "the first to visit him since his return to office on
 * Jan. 20" (not "fighting since Tuesday": the act's start)? */
static int in_since_phrase(const coder_sentence *s, int t)
{
    int noun = 0;
    for (int k = t - 1; k >= 0 && k >= t - 8; k--) {
        const char *tag = dyad_tag_name(s->parses[k].tag);
        if (coder_word_is(s, k, "since")) return noun;
        if (tag[0] == 'V' || tag[0] == ',' || tag[0] == ':') return 0;
        if (!strncmp(tag, "NN", 2) && word_in(s, k, weekdays) < 0 && month_at(s, k) < 0) noun = 1;
    }
    return 0;
}

static int clause_time(const coder_sentence *s, int ci, int own, const date_frame *f, long *day,
                       event_precision *precision)
{
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    for (int t = 0; (size_t)t < s->n; t++) {
        if (s->time_words && !s->time_words[t]) continue; /* (the cheap test first) */
        int in = own == 1 ? s->parses[t].clause == ci
                          : coder_in_clause_of(s, t, ci) && !in_future_below(s, t, ci) &&
                                !(own == 2 && under_infinitive(s, t, ci)) &&
                                (s->clauses[ci].type == DYAD_CLAUSE_REPORTING || !in_relative_below(s, t, ci));
        in = in && !in_reason(s, t) && !in_since_phrase(s, t);
        if (in && time_phrase(s, t, f, day, precision)) return 1;
    }
    return 0;
}

/* Is clause ci's verb in the future ("will host", "would meet")? */
static int future_clause(const coder_sentence *s, int ci)
{
    const dyad_clause *cl = &s->clauses[ci];
    for (int t = cl->verb; t >= cl->first && t >= 0 && t >= cl->verb - 3; t--)
        if (coder_word_is(s, t, "will") || coder_word_is(s, t, "would") || coder_word_is(s, t, "shall")) return 1;
    return 0;
}

/* Does clause ci, a verb joined to another, share that verb's subject (no
 * subject of its own: "met Rutte on Tuesday and later held talks")? Not
 * "Kenya attacked Somalia, and Uganda will respond on June 9". */
static int shares_subject(const coder_sentence *s, int ci)
{
    int subject = s->clauses[ci].subject;
    int joined = coder_conjoined_to(s, ci);
    return subject < 0 || (joined >= 0 && subject == s->clauses[joined].subject);
}

/* How far a clause of time lies from the act it is joined to: "a day after
 * they stormed parliament" (-1 day), "two days before" (+2), "hours after"
 * (0); "days after", "weeks after" give only the month (*vague). 0 when
 * clause ci is no such clause, else 1 with the offset in *days. */
static int span_offset(const coder_sentence *s, int m, long *days, int *vague);

static int time_clause_offset(const coder_sentence *s, int ci, long *days, int *vague)
{
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->type != DYAD_CLAUSE_SUB || cl->marker < 2) return 0;
    return span_offset(s, cl->marker, days, vague);
}

/* The offset of a span of time before "after" or "before" at token m ("a
 * day after", "two days before", "hours after"), as time_clause_offset. */
static int span_offset(const coder_sentence *s, int m, long *days, int *vague)
{
    if (m < 2) return 0;
    int sign = coder_word_is(s, m, "after") ? -1 : coder_word_is(s, m, "before") ? 1 : 0;
    if (!sign) return 0;
    static const char *const numbers[] = {"zero", "one", "two", "three", "four", "five", "six", NULL};
    int named = word_in(s, m - 2, numbers);
    int count = coder_word_is(s, m - 2, "a") || coder_word_is(s, m - 2, "the") ? 1
                : named > 0                                                   ? named
                                                                              : small_number(s, m - 2, 31);
    *vague = 0;
    if (coder_word_is(s, m - 1, "day") || coder_word_is(s, m - 1, "days")) {
        if (!count) *vague = 1;
        *days = sign * (long)count;
        return 1;
    }
    if (coder_word_is(s, m - 1, "week") || coder_word_is(s, m - 1, "weeks")) {
        if (!count) *vague = 1;
        *days = sign * 7L * count;
        return 1;
    }
    if (coder_word_is(s, m - 1, "hours") || coder_word_is(s, m - 1, "hour")) {
        *days = 0;
        return 1;
    }
    return 0;
}

/* Writes `day` (moved by `offset` days from a day-precise time when
 * `relative`, to its month when `vague`) as YYYY-MM-DD; 0 for a past act
 * dated after the article. */
static int write_day(long day, int relative, long offset, int vague, int future, long today,
                     event_precision *precision, char out[11])
{
    if (relative && *precision == EVENT_DAY) {
        day += offset;
        if (vague) {
            int y, m, d;
            civil_from_days(day, &y, &m, &d);
            day = days_from_civil(y, m, 1), *precision = EVENT_MONTH;
        }
    }
    /* (a past act is not dated after the article) */
    if (!future && day > today) return 0;
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}

/* event_date and event_statement_date: with `own` 1, the verb's clause
 * counts only its own tokens, not those of the clauses below it; with 2,
 * not those of the infinitives of planning below it. */
static int date_of(const coder_sentence *s, int verb, int future, int own, char out[11], event_precision *precision)
{
    int ty = s->date / 10000, tm = s->date / 100 % 100, td = s->date % 100;
    if (ty < 1 || tm < 1 || tm > 12 || td < 1 || td > days_in(ty, tm)) return 0;
    date_frame f = {days_from_civil(ty, tm, td), ty, tm, future};
    int ci = verb >= 0 && (size_t)verb < s->n ? s->parses[verb].clause : -1;
    if (ci < 0 || (size_t)ci >= s->n_clauses) return 0;
    long day = 0;
    int found = 0;
    /* ", where ..." happened when the clause before it did: "three days
       after Orban hosted Kristersson in Budapest, where the two sides
       signed a deal" */
    int first = s->clauses[ci].first;
    if (ci > 0 &&
        (coder_word_is(s, first, "where") || coder_word_is(s, first - 1, "where") ||
         (coder_word_is(s, first, ",") && coder_word_is(s, first + 1, "where"))) &&
        !clause_time(s, ci, 1, &f, &day, precision))
        ci--, verb = s->clauses[ci].verb >= 0 ? s->clauses[ci].verb : verb;
    /* a sentence that opens with a relative clause on its subject in the
       simple past tells the same occasion: "Harris, who attended on
       Saturday, pledged ... and met Zelenskiy on the sidelines" */
    const dyad_clause *opening = &s->clauses[0];
    int subject = s->clauses[ci].subject;
    if (ci > 0 && opening->type == DYAD_CLAUSE_REL && opening->marker > 0 && coder_word_is(s, opening->marker, "who") &&
        opening->verb > 1 && !strcmp(dyad_tag_name(s->parses[opening->verb].tag), "VBD") &&
        !coder_word_is(s, opening->verb - 1, "had") && subject >= opening->first && subject < opening->marker &&
        !clause_time(s, ci, 1, &f, &day, precision) &&
        /* (nor when the verb it is joined to has a time: "Fico, who held
           talks with Putin on Dec. 22, said on Wednesday ... and accused
           Zelenskiy") */
        !(coder_conjoined_to(s, ci) >= 0 && clause_time(s, coder_conjoined_to(s, ci), 1, &f, &day, precision))) {
        /* (a day, not a month: "The rebels, who seized Goma in January,
           accused Kinshasa ...") */
        /* (nor a day counted back, another occasion: "Modi, who held talks
           with Tusk in Warsaw a day earlier, met Zelenskiy") */
        event_precision p = EVENT_DAY;
        long d = 0;
        int back = 0;
        for (int t = opening->first; t <= opening->last && (size_t)t < s->n; t++) back |= days_back(s, t) > 0;
        if (!back && clause_time(s, 0, 1, &f, &d, &p) && p == EVENT_DAY) found = 1, day = d, *precision = p;
    }
    /* an act named by a noun takes the phrase of time after it, before the
       next verb or comma: "days after a heated meeting with Zelenskyy on
       Feb. 28" */
    if (!strncmp(dyad_tag_name(s->parses[verb].tag), "NN", 2))
        for (int t = verb + 1; !found && (size_t)t < s->n; t++) {
            const char *tag = dyad_tag_name(s->parses[t].tag);
            if (tag[0] == 'V' || tag[0] == ',' || tag[0] == ':' || tag[0] == '.') break;
            found = time_phrase(s, t, &f, &day, precision) > 0;
        }
    /* (an act a noun names after a span: "..., two days after Zelenskiy's
       meeting with Trump" is dated from the clause it hangs on) */
    long noun_offset = 0;
    int noun_vague = 0, noun_relative = 0;
    if (!found && !strncmp(dyad_tag_name(s->parses[verb].tag), "NN", 2))
        for (int k = verb - 1; k >= 2 && verb - k <= 6; k--) {
            const char *tag = dyad_tag_name(s->parses[k].tag);
            if (tag[0] == 'V' || tag[0] == ',') break;
            if ((coder_word_is(s, k, "after") || coder_word_is(s, k, "before")) &&
                span_offset(s, k, &noun_offset, &noun_vague)) {
                noun_relative = 1;
                break;
            }
        }
    if (noun_relative) {
        found = clause_time(s, ci, 1, &f, &day, precision);
        for (int c = ci, depth = 0; !found && depth < 4 && c >= 0 && (size_t)c < s->n_clauses; depth++) {
            int up = coder_conjoined_to(s, c) >= 0 ? coder_conjoined_to(s, c) : s->clauses[c].parent;
            if (up < 0) break;
            found = clause_time(s, up, 1, &f, &day, precision);
            c = up;
        }
        if (!found) day = f.today, *precision = EVENT_DAY;
        return write_day(day, 1, noun_offset, noun_vague, future, f.today, precision, out);
    }
    if (!found) found = clause_time(s, ci, own, &f, &day, precision);
    /* a verb joined to another takes its time: "met Rutte on Tuesday and
       later held talks with Erdogan" */
    /* (not its infinitives, whose time is what that verb is about:
       "discussed cattle raids and agreed to set up a committee before the
       end of April") */
    for (int c = ci, depth = 0; !found && shares_subject(s, c) && coder_conjoined_to(s, c) >= 0 && depth < 4; depth++) {
        c = coder_conjoined_to(s, c);
        /* (not a relative clause: "Hezbollah, which fought a war last
           year, has refused ...") */
        if (!future_clause(s, c) && s->clauses[c].type != DYAD_CLAUSE_REL)
            found = clause_time(s, c, 2, &f, &day, precision);
    }
    /* (or, for a main clause of its own after ", and", the time of the
       main clause before it: "overran an aid site in Rafah on Tuesday, and
       Israeli troops fired warning shots near the crowds") */
    int before = coder_conjoined_to(s, ci);
    if (!found && before >= 0 && s->clauses[ci].type == DYAD_CLAUSE_MAIN && s->clauses[before].type == DYAD_CLAUSE_MAIN &&
        !shares_subject(s, ci) && !future_clause(s, before) && !future_clause(s, ci) && s->clauses[ci].first > 1 &&
        ((coder_word_is(s, s->clauses[ci].first, "and") && coder_word_is(s, s->clauses[ci].first - 1, ",")) ||
         (coder_word_is(s, s->clauses[ci].first, ",") && coder_word_is(s, s->clauses[ci].first + 1, "and"))))
        found = clause_time(s, before, 1, &f, &day, precision);
    /* (or a verb joined to it: "used water cannon and tear gas to disperse
       protesters on Sunday night") */
    /* (not one in the future: "spoke by phone with Trump and will host a
       summit on Sunday") */
    for (size_t k = 0; !found && k < s->n_clauses; k++)
        if ((int)k != ci && coder_conjoined_to(s, (int)k) == ci && shares_subject(s, (int)k) && !future_clause(s, (int)k))
            found = clause_time(s, (int)k, 2, &f, &day, precision);
    /* a clause of time is dated from the act it is joined to: "said on
       Wednesday ..., a day after they stormed parliament" */
    long offset = 0;
    int vague = 0, relative = 0;
    int start = ci;
    if (s->clauses[ci].type == DYAD_CLAUSE_MAIN && coder_conjoined_to(s, ci) >= 0) start = coder_conjoined_to(s, ci);
    for (int c = start, depth = 0; !found && c >= 0 && (size_t)c < s->n_clauses && depth < 8 &&
                                s->clauses[c].type != DYAD_CLAUSE_MAIN;
         c = s->clauses[c].parent, depth++) {
        long o;
        int v, joined = coder_conjoined_to(s, c);
        if (!relative && time_clause_offset(s, c, &o, &v)) relative = 1, offset = o, vague = v;
        if (!relative && joined >= 0 && time_clause_offset(s, joined, &o, &v)) relative = 1, offset = o, vague = v;
        /* (a relative clause on a noun has a time of its own: "according to
           the U.N. office, which urged ...", and so has a contrast: "Xi is
           to fly home on Wednesday, while Tokayev said ...") */
        if ((s->clauses[c].type == DYAD_CLAUSE_REL && s->clauses[c].marker >= 0 &&
             !coder_word_is(s, s->clauses[c].marker, "where")) ||
            coder_contrast_clause(s, c))
            break;
        /* (an act in the past perfect too: "announced the truce on
           Tuesday, saying it had been brokered by ..." is dated Tuesday,
           the day nearest to it the text gives) */
        int parent = s->clauses[c].parent;
        if (parent >= 0) found = clause_time(s, parent, 1, &f, &day, precision);
        /* (or the verb that clause is joined to: "struck on Thursday,
           killing nine, two days after ...") */
        int up = parent >= 0 && (size_t)parent < s->n_clauses && s->clauses[parent].type == DYAD_CLAUSE_MAIN
                     ? coder_conjoined_to(s, parent)
                     : -1;
        if (!found && up >= 0 && shares_subject(s, parent)) found = clause_time(s, up, 1, &f, &day, precision);
    }
    /* a time that opens the sentence holds for all its main clauses: "On
       Saturday, Starmer met Zelenskiy ..., and the two governments signed
       a loan agreement" */
    if (!found && !relative) {
        int comma = -1;
        static const char *const parts[] = {"night", "morning", "evening", "afternoon", NULL};
        for (int t = 0; (size_t)t < s->n && t <= 6 && comma < 0; t++) {
            const char *tag = dyad_tag_name(s->parses[t].tag);
            if (coder_word_is(s, t, ",")) comma = t;
            else if (tag[0] == 'V' || (!strcmp(tag, "NN") && !coder_lemma_in(s, t, parts)) || !strcmp(tag, "PRP")) break;
        }
        for (int t = 0; t < comma && !found; t++)
            if (s->parses[t].clause >= 0 && (size_t)s->parses[t].clause < s->n_clauses &&
                s->clauses[s->parses[t].clause].type == DYAD_CLAUSE_MAIN)
                found = time_phrase(s, t, &f, &day, precision) > 0;
    }
    /* an act told with no time of its own is dated when it was reported:
       "Uganda has attacked Somalia, the ministry said on Saturday" */
    if (!found && !relative) {
        int top = ci;
        for (int depth = 0; depth < 8 && s->clauses[top].type != DYAD_CLAUSE_MAIN && s->clauses[top].parent >= 0 &&
                            (size_t)s->clauses[top].parent < s->n_clauses;
             depth++)
            top = s->clauses[top].parent;
        for (size_t k = 0; !found && k < s->n_clauses; k++)
            if (s->clauses[k].type == DYAD_CLAUSE_REPORTING && s->clauses[k].parent == top)
                found = clause_time(s, (int)k, 0, &f, &day, precision);
    }
    /* an act over a span of weeks or months is dated to the month: "after
       weeks of negotiations mediated by Qatar" */
    int h = s->parses[verb].head;
    if (h >= 2 && (size_t)h < s->n && s->parses[verb].clause != s->parses[h].clause && coder_word_is(s, h - 1, "of") &&
        (coder_word_is(s, h - 2, "weeks") || coder_word_is(s, h - 2, "months")))
        relative = 1, offset = 0, vague = 1;
    if (!found && !relative) return 0;
    if (!found) day = f.today, *precision = EVENT_DAY;
    return write_day(day, relative, offset, vague, future, f.today, precision, out);
}

int event_date(const coder_sentence *s, int verb, int future, int stated, char out[11], event_precision *precision)
{
    return date_of(s, verb, future, stated ? 2 : 0, out, precision);
}

int event_statement_date(const coder_sentence *s, int verb, char out[11], event_precision *precision)
{
    return date_of(s, verb, 0, 1, out, precision);
}

int event_looks_back(const coder_sentence *s)
{
    for (int t = 1; (size_t)t < s->n; t++)
        if (days_back(s, t)) return 1;
    return 0;
}

event_timing event_timing_of(const coder_sentence *s, const char day[11], event_precision precision)
{
    int ty = s->date / 10000, tm = s->date / 100 % 100, td = s->date % 100;
    int y = atoi(day), m = atoi(day + 5), d = atoi(day + 8);
    if (ty < 1 || tm < 1 || tm > 12 || td < 1 || td > days_in(ty, tm) || m < 1 || m > 12 || d < 1 ||
        d > days_in(y, m))
        return EVENT_CURRENT;
    long today = days_from_civil(ty, tm, td), first = days_from_civil(y, m, d);
    long last = precision == EVENT_YEAR    ? days_from_civil(y, 12, 31)
                : precision == EVENT_MONTH ? days_from_civil(y, m, days_in(y, m))
                                           : first;
    if (first > today) return EVENT_FUTURE;
    /* (a day or a month is history once it is over by more than a month;
       a year, once it is an earlier year) */
    long news = precision == EVENT_YEAR ? today - days_from_civil(ty, 1, 1) : 31;
    if (last < today - news) return EVENT_HISTORICAL;
    return EVENT_CURRENT;
}
