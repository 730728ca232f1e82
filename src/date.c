/* date.c - calendar dates as the readers find them, checked and put in ISO
 * form. Every event carries a date, so a wrong one is worse than none. */
#include "dyad.h"

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int number(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int dyad_date_parse(const char *text, size_t len, char out[11])
{
    int year, month, day;
    if (len == 10 && text[4] == '-' && text[7] == '-' && all_digits(text, 4) &&
        all_digits(text + 5, 2) && all_digits(text + 8, 2)) {
        year = number(text, 4), month = number(text + 5, 2), day = number(text + 8, 2);
    } else if (len == 8 && all_digits(text, 8)) {
        year = number(text, 4), month = number(text + 4, 2), day = number(text + 6, 2);
    } else if (len == 6 && all_digits(text, 6)) {
        year = number(text, 2);
        year += year >= 50 ? 1900 : 2000;
        month = number(text + 2, 2), day = number(text + 4, 2);
    } else {
        return -1;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return -1;
    const int fields[3][2] = {{year, 4}, {month, 2}, {day, 2}};
    char *o = out;
    for (int f = 0; f < 3; f++) {
        if (f) *o++ = '-';
        for (int k = fields[f][1] - 1, v = fields[f][0]; k >= 0; k--, v /= 10) o[k] = (char)('0' + v % 10);
        o += fields[f][1];
    }
    *o = '\0';
    return 0;
}
