/* abbrev.c - word lists for sentence splitting (see abbrev.h). They are
 * short and looked up only at a period or a possible boundary, so a linear
 * scan of a sorted list is enough. */
#include "abbrev.h"

#include <stdlib.h>
#include <string.h>

static const char *const titles[] = {
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fr", "Gen", "Gens",
    "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Msgr",
    "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt",
};

static const char *const others[] = {
    "Apr", "Assn", "Aug", "Ave", "Blvd", "Bros", "Co", "Corp", "Dec", "Dept", "Feb", "Ft",
    "Gov't", "Gov’t", "Inc", "Intl", "Jan", "Jr", "Jul", "Jun", "Ltd", "Mar", "Mt", "Nov",
    "Oct", "Rd", "Sep", "Sept", "Sr", "St", "Univ", "approx", "etc", "vs",
};

static const char *const starters[] = {
    "A", "According", "After", "Against", "All", "Also", "Although", "Amid", "Among", "An",
    "And", "Another", "As", "Asked", "At", "Authorities", "Because", "Before", "Both", "But",
    "By", "Despite", "During", "Each", "Earlier", "Elsewhere", "Even", "Every", "Following",
    "For", "From", "He", "Her", "Here", "His", "However", "I", "If", "In", "Indeed", "Instead",
    "It", "Its", "Last", "Later", "Many", "Meanwhile", "Moreover", "Most", "My", "Nevertheless",
    "Next", "Nor", "Not", "Now", "Officials", "On", "One", "Only", "Or", "Other", "Our", "Police",
    "Separately", "She", "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then",
    "There", "These", "They", "This", "Those", "Though", "Thus", "To", "Today", "Under", "Until",
    "We", "What", "When", "Where", "Which", "While", "Who", "Why", "With", "Without", "Yesterday",
    "Yet", "You",
};

static const char *const reporting_verbs[] = {
    "added", "adds", "argued", "argues", "asked", "asks", "continued", "continues", "cried",
    "declared", "declares", "explained", "explains", "insisted", "insists", "noted", "notes",
    "recalled", "replied", "replies", "said", "says", "shouted", "stated", "states", "told",
    "tells", "warned", "warns", "wrote", "writes",
};

static int in_list(const char *const *list, size_t count, const char *s, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if (list[i][0] == s[0] && strncmp(list[i], s, n) == 0 && list[i][n] == '\0') return 1;
    return 0;
}

#define IN(list, s, n) in_list(list, sizeof list / sizeof *list, s, n)

static int is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* "U.S", "a.m", "J.R.R", "Ph.D": at least two dot-separated parts of one or
 * two letters, one of them a single letter. */
static int is_dotted(const char *s, size_t n)
{
    size_t parts = 0, single = 0, i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && is_ascii_letter(s[j])) j++;
        size_t len = j - i;
        if (len == 0 || len > 2) return 0;
        parts++;
        single += len == 1;
        if (j == n) break;
        if (s[j] != '.') return 0;
        i = j + 1;
        if (i == n) return 0;
    }
    return parts >= 2 && single >= 1;
}

abbrev_class abbrev_lookup(const char *s, size_t n)
{
    if (n == 0 || (n > 6 && !memchr(s, '.', n))) return ABBREV_NONE; /* no listed word is longer */
    if (n == 1 && s[0] >= 'A' && s[0] <= 'Z') return ABBREV_OTHER; /* an initial */
    if (IN(titles, s, n)) return ABBREV_TITLE;
    if ((n == 2 && memcmp(s, "No", 2) == 0) || (n == 3 && memcmp(s, "Nos", 3) == 0) ||
        (n == 2 && memcmp(s, "no", 2) == 0))
        return ABBREV_NUMBER;
    if (IN(others, s, n) || is_dotted(s, n)) return ABBREV_OTHER;
    return ABBREV_NONE;
}

int is_sentence_starter(const char *s, size_t n) { return IN(starters, s, n); }
int is_reporting_verb(const char *s, size_t n) { return IN(reporting_verbs, s, n); }
