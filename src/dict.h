/* dict.h - a set of event-coding dictionaries in memory, whatever format
 * they were read from: actors with dated codes, agents, verbs with their
 * forms and patterns, PETRARCH-2 verb transformations, synsets, discards,
 * issues, TABARI time shifts and options. The loaders (dict_petrarch2.c, dict_tabari.c, and later dyad's
 * own format) only translate text into this model; matching and coding work
 * on the model, so they do not care where a dictionary came from.
 *
 * Everything lives in flat arrays indexed by uint32_t, with strings in one
 * pool, so a set can later be written out and memory-mapped as it is. */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"

typedef uint32_t dict_str; /* offset in the string pool; 0 is "" (none) */

/* first..first+count-1 of one of the set's arrays */
typedef struct {
    uint32_t first, count;
} dict_span;

/* A word of a phrase, upper-case as the dictionaries write it. */
enum {
    DICT_WORD_EXACT = 1u << 0,  /* the word must match whole ("FORCES_", '_' at the end of a
                                   phrase's word); otherwise it is a stem that matches any word
                                   it begins ("FORCE" matches FORCES) */
    DICT_WORD_SYNSET = 1u << 1, /* the word names a synset: "&CURRENCY" (text without '&') */
    DICT_WORD_JOINED = 1u << 2, /* pattern words: '_' joins it to the next element ("IN_*",
                                   "NEW_&TIETYPES"): nothing may come between them */
};
typedef struct {
    dict_str text;
    uint32_t flags;
} dict_word;

/* A phrase: words to match one after another ("UNITED_NATIONS_"). */
typedef struct {
    dict_span words; /* into words[] */
} dict_phrase;

/* A code, valid from..to (YYYYMMDD, inclusive; 0 = open end). */
typedef struct {
    dict_str code;
    int32_t from, to;
} dict_code;

typedef struct {
    uint32_t file, line; /* files[] index, 1-based line */
} dict_where;

typedef struct {
    dict_span names; /* phrases[]: the entry's own name first, then its synonyms */
    dict_span codes; /* codes[]: several when dated ("[USAGOV 20090120-20170120]") */
    dict_where at;
    dict_str country; /* dyad's own format: ISO alpha-3 country, 0 when not given */
    dict_str sector;  /* dyad's own format: CAMEO sector (GOV, MIL, ...), 0 when not given */
    dict_span members; /* codes[]: an organisation's member countries with join and leave dates */
} dict_actor;

typedef enum {
    DICT_AGENT_SUFFIX, /* "[~GOV]": added after the actor's code: TUR + GOV -> TURGOV */
    DICT_AGENT_PREFIX  /* "[GOV~]": put before it */
} dict_agent_position;

typedef struct {
    dict_span names; /* phrases[] */
    dict_str code;   /* without the '~' */
    uint32_t position; /* dict_agent_position */
    dict_where at;
} dict_agent;

typedef struct {
    dict_str name;     /* without the leading '&' */
    dict_span members; /* phrases[] */
    dict_where at;
} dict_synset;

/* An element of a verb pattern, in the order the pattern writes them. */
typedef enum {
    DICT_EL_WORD,      /* a literal word (flags: DICT_WORD_EXACT) */
    DICT_EL_SYNSET,    /* &NAME */
    DICT_EL_VERB,      /* where the verb itself stands ('*' in PETRARCH-2 and TABARI patterns) */
    DICT_EL_SOURCE,    /* '$': the source actor */
    DICT_EL_TARGET,    /* '+': the target actor */
    DICT_EL_SKIP,      /* '^' (TABARI: skip to the next noun phrase), and other skips */
    DICT_EL_NP_OPEN,   /* '{' ... '}': a noun phrase (PETRARCH-2) */
    DICT_EL_NP_CLOSE,
    DICT_EL_PP_OPEN,   /* '(' ... ')': a prepositional phrase (PETRARCH-2) */
    DICT_EL_PP_CLOSE,
    DICT_EL_MARK       /* any other marker, kept as written in text (e.g. "%", "|", "~") */
} dict_element_kind;

typedef struct {
    uint32_t kind;  /* dict_element_kind */
    uint32_t flags; /* DICT_WORD_* for words */
    dict_str text;  /* the word, synset name or marker */
} dict_element;

typedef struct {
    dict_span elements; /* elements[] */
    dict_str code;      /* active code as written ("160", "---" when none) */
    dict_str reverse;   /* "[042:043]": a second event, target -> source, with this code
                           ("043"); 0 when none. "[:074]" has code "---" and reverse "074" */
    dict_str id;        /* stable id: "<verb block name>.<n>", n from 1 in file order */
    dict_str text;      /* the pattern's source text, for messages and conversion */
    uint32_t verb;      /* verbs[] index */
    dict_where at;
    dict_str plover_type, plover_mode; /* dyad's own format: PLOVER event type and mode, 0 when not given */
} dict_pattern;

typedef struct {
    dict_str name;       /* block name ("FREEZE") or the main form */
    dict_str code;       /* the block's own code ("---" when none) */
    dict_span forms;     /* phrases[]: the verb and its listed forms and phrasal variants */
    dict_span patterns;  /* patterns[] */
    dict_where at;
    dict_str reverse;    /* the block's own reverse code ("[042:043]" -> "043"), 0 when none */
    uint32_t flags;      /* DICT_VERB_* */
} dict_verb;

enum {
    /* TABARI's reading of a verb (its .verbs files): any word of the sentence
     * may be the verb, not only a parsed verb (but not a capitalised word
     * inside the sentence, nor one after "the", "a", "an"); the source is the
     * first actor before it in the sentence and the target the first actor
     * after it, whatever the clauses; plain words are stems. */
    DICT_VERB_WORDS = 1u << 0,
    /* a noun form of an event ("talks", "visit"; dyad's format writes the
     * entry `noun`): its forms are nouns of the parse, its patterns are
     * read within the noun's phrase ("talks between X and Y", "X's visit
     * to Y"), the source is the actor before the noun in its phrase ("X's",
     * "Chinese") unless a pattern binds one */
    DICT_VERB_NOUN = 1u << 1
};

/* A PETRARCH-2 verb transformation ("~ a (a b ATTACK) SAY = a b 015" in a
 * verbs file): when a verb named outer_verb has the subject outer_source and
 * its complement holds an event inner_source -> inner_target with a verb
 * named inner_verb, the pair is coded as one event source -> target with
 * code. Variables are 'a'..'z' (the same letter is the same actor); '.' is
 * no actor, '_' any actor. A verb is named as PETRARCH-2 looks it up: by
 * one of its forms (SAY, WANT) or its block name (ATTEMPT), upper-case;
 * "Q" is any verb. The struct is written to the cache as it is: no padding. */
typedef struct {
    dict_str inner_verb;  /* verb name, or "Q": any verb */
    dict_str outer_verb;  /* verb name (SAY), or "Q": any verb */
    dict_str code;        /* the result's code, "Q": the inner event's code */
    dict_str text;        /* the line as written after '~', for messages and conversion */
    dict_where at;
    char outer_source;    /* the outer verb's subject variable ('a'..'z') */
    char inner_source, inner_target; /* variables, '.' none, '_' any */
    char source, target;  /* the result's variables ('.' none), each one of the three above */
    char pad[3];          /* zero */
} dict_transform;

typedef enum { DICT_DISCARD_SENTENCE, DICT_DISCARD_STORY } dict_discard_scope;

typedef struct {
    dict_span phrase; /* words[] */
    uint32_t scope;   /* dict_discard_scope */
    dict_where at;
} dict_discard;

typedef struct {
    dict_span phrase; /* words[] */
    dict_str code;    /* issue code, or a TABARI time shift ("-7", "+30", "###") */
    dict_where at;
} dict_issue;

typedef struct {
    dict_str key, value; /* TABARI .options / .project settings, as written */
    dict_where at;
} dict_option;

/* Counts, for `dyad dict stats` and the tests. */
typedef struct {
    size_t actors, actor_names, synonyms, codes, dated_codes;
    size_t agents, agent_names;
    size_t verbs, verb_forms, patterns, transforms;
    size_t synsets, synset_members;
    size_t discards, issues, time_shifts, options;
    size_t errors, warnings;
} dict_stats;

typedef void (*dict_diag_fn)(void *user, const char *line); /* one line, no newline */

typedef struct {
    dbuf strings;
    char **files;  size_t n_files, cap_files;
    dict_word *words;       size_t n_words, cap_words;
    dict_phrase *phrases;   size_t n_phrases, cap_phrases;
    dict_code *codes;       size_t n_codes, cap_codes;
    dict_actor *actors;     size_t n_actors, cap_actors;
    dict_agent *agents;     size_t n_agents, cap_agents;
    dict_synset *synsets;   size_t n_synsets, cap_synsets;
    dict_element *elements; size_t n_elements, cap_elements;
    dict_pattern *patterns; size_t n_patterns, cap_patterns;
    dict_verb *verbs;       size_t n_verbs, cap_verbs;
    dict_transform *transforms; size_t n_transforms, cap_transforms;
    dict_discard *discards; size_t n_discards, cap_discards;
    dict_issue *issues;     size_t n_issues, cap_issues;
    dict_issue *times;      size_t n_times, cap_times;
    dict_option *options;   size_t n_options, cap_options;
    size_t errors, warnings;
    dict_diag_fn diag;      /* NULL: stderr */
    void *diag_user;
    dbuf msg;
    void *mapping;          /* a set mapped from a cache file (dict_cache.c): its arrays */
    size_t mapping_len;     /* point into the mapping and must not grow */
} dict_set;

void dict_init(dict_set *set);
void dict_free(dict_set *set);

/* The string at s (never NULL). */
static inline const char *dict_string(const dict_set *set, dict_str s) { return set->strings.data + s; }
dict_str dict_intern(dict_set *set, const char *s, size_t n); /* adds a copy (no dedup needed) */
/* The same, ASCII letters upper-cased: words are held upper-case, as the
 * field's formats write them, whatever the file says. */
dict_str dict_intern_upper(dict_set *set, const char *s, size_t n);

uint32_t dict_add_file(dict_set *set, const char *name);

/* Splits a code written "042:043" into *code "042" and *reverse "043"
 * ("[:074]": code "---"); a code without ':' is left as it is. */
void dict_split_code(dict_set *set, dict_str *code, dict_str *reverse);

/* Appends a pattern element; words and synset names are upper-cased. */
void dict_add_element(dict_set *set, uint32_t kind, uint32_t flags, const char *text, size_t n);

/* Adds a phrase written the dictionaries' way: words joined by '_' or
 * spaces; a trailing '_' makes the last word exact ("FORCES_"), '&NAME'
 * words refer to synsets. Returns the phrases[] index. */
uint32_t dict_add_phrase(dict_set *set, const char *text, size_t n);
/* The same, appended to words[] only; returns the span. */
dict_span dict_add_words(dict_set *set, const char *text, size_t n);

/* Parses a verb transformation written as PETRARCH-2 writes it after the
 * '~' (and dyad's format after "transform"): "a (a b ATTACK) SAY = a b 015".
 * On success fills *out (text: the given text; at: zero, for the caller)
 * and returns NULL; otherwise returns what is wrong, for a message, and
 * adds nothing to the set. text must not point into the set's strings. */
const char *dict_parse_transform(dict_set *set, const char *text, size_t n, dict_transform *out);
/* Are a transformation's variables well formed and its names and code
 * given? (string offsets are the caller's to check) */
int dict_transform_ok(const dict_transform *t);
/* A transformation written from its fields: "a (a b ATTACK) SAY = a b 015". */
void dict_transform_format(const dict_set *set, const dict_transform *t, dbuf *out);

/* Reports "file:line: message" (warning: "file:line: warning: message")
 * and counts it. */
void dict_error(dict_set *set, dict_where at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void dict_warning(dict_set *set, dict_where at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Parses a dictionary date: YYMMDD (years 00-30 -> 2000s, 31-99 -> 1900s, as
 * PETRARCH reads them) or YYYYMMDD. Returns YYYYMMDD, or -1. */
int32_t dict_parse_date(const char *s, size_t n);

/* The day before YYYYMMDD. Date restrictions mean the same in every format:
 * "<D" is before D (to = the day before D), ">D" is from D on, "D1-D2"
 * includes both ends; so "[X < 950601] [Y 950601-990815] [Z > 990816]"
 * hands over from one code to the next without a gap or an overlap. */
int32_t dict_day_before(int32_t yyyymmdd);

void dict_stats_of(const dict_set *set, dict_stats *out);

/* Lints a loaded set (dict_check.c): duplicate and conflicting actor names,
 * overlapping date ranges, unknown synsets, verb transformations naming a
 * verb the set does not have; each a warning with file:line. */
void dict_check(dict_set *set);

/* ---- loaders: text in memory -> set ---------------------------------------
 * `name` is the file name for messages. Bad lines are reported with
 * file:line and skipped; loading goes on. Return the number of errors. */
typedef enum { DICT_KIND_VERBS, DICT_KIND_ACTORS, DICT_KIND_AGENTS, DICT_KIND_DISCARDS, DICT_KIND_ISSUES,
               DICT_KIND_OPTIONS, DICT_KIND_PROJECT } dict_kind;

/* ---- the compiled cache (dict_cache.c) --------------------------------------
 * A set written as it is in memory, with the size and modification time of
 * every source file, memory-mapped back in one call. */

/* Writes set to path (through a temporary file and a rename). The set's
 * files[] are its sources: their sizes and times are recorded. 0, or -1
 * with a reason in *error. */
int dict_cache_write(const dict_set *set, const char *path, dbuf *error);
/* Maps a cache into an empty set (dict_init'ed); the set is read-only.
 * 0, or -1 with a reason in *error (bad, truncated or foreign file). */
int dict_cache_map(dict_set *set, const char *path, dbuf *error);
/* Are the sources a cache was built from unchanged (same names, sizes and
 * modification times as now on disk)? */
int dict_cache_fresh(const dict_set *mapped);

/* ---- files by name (dict_load.c) ------------------------------------------ */

/* The kind a file's name says (dict_kind), or -1. */
int dict_kind_of(const char *path);
/* 1 when a file is in TABARI's format, 0 for PETRARCH's (by extension, then content). */
int dict_is_tabari(const char *path, const char *data, size_t len);
/* Loads one file; kind and format -1 mean "from its name and content".
 * 0, or -1 with a reason in *error when the file cannot be read or its kind
 * is unknown (bad lines are reported through the set, not here). */
int dict_load_file(dict_set *set, const char *path, int kind, int format, dbuf *error);
/* Loads paths through the cache file `cache` (NULL: no cache): maps it when
 * it was built from the same paths, unchanged; otherwise loads them and
 * writes the cache again (not when they had errors). *from_cache says which
 * happened. 0, or -1 with a reason in *error. */
int dict_load_cached(dict_set *set, const char *cache, char *const *paths, size_t n, int kind, int format,
                     int *from_cache, dbuf *error);

/* dyad's own format (dict_dyad.c, docs/dictionaries.md): one loader for
 * every kind of entry, and a writer that puts a whole set in that format. */
size_t dict_load_dyad(dict_set *set, const char *name, const char *data, size_t len);
int dict_write_dyad(const dict_set *set, FILE *out);

size_t dict_load_petrarch2(dict_set *set, const char *name, const char *data, size_t len, dict_kind kind);
size_t dict_load_tabari(dict_set *set, const char *name, const char *data, size_t len, dict_kind kind);

#endif
