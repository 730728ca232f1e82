/* suite.h - event-coder validation suites read into memory, so that
 * `dyad validate SUITE_DIR` can code each test sentence and compare what it
 * codes with what the suite expects.
 *
 * Two families of suites exist and both are read into the same records:
 *  - PETRARCH (PETRARCH-1 unit tests, PETRARCH-2 / UniversalPetrarch
 *    validation): one XML file of <Sentence> records with <EventCoding>
 *    expectations and <Config> setting changes;
 *  - TABARI: a .project file naming the dictionaries and a .text file of
 *    "YYMMDD ID" records whose comments hold "{ SRC / TGT / CODE }"
 *    expectations, "{---}"-style markers and "{ OPTION: ... }" settings.
 * docs/validate.md says what is read from each format and how the odd
 * records of the real suites are read. */
#ifndef DYAD_SUITE_H
#define DYAD_SUITE_H

#include <stddef.h>
#include <stdint.h>

/* One expected event, codes as the suite writes them ("ARN", "GON", "064"). */
typedef struct {
    char *source, *target, *code;
    int32_t date; /* TABARI: the date written after the event, YYYYMMDD (time-shift
                     tests expect dates other than the record's); 0 when none */
} suite_event;

/* A setting change. PETRARCH: <Config option=".." value=".."/> as written.
 * TABARI "{ OPTION: SET: TIME SHIFT = FALSE }" -> ("TIME SHIFT", "FALSE");
 * "SET: CODE BY SENTENCE" -> ("CODE", "BY SENTENCE"); any other command
 * keeps its name: "DEFAULT: OFF" -> ("DEFAULT", "OFF"). */
typedef struct {
    char *key, *value;
} suite_setting;

typedef struct {
    char *id;
    char *category;       /* the XML attribute, else the id before its last '-'
                             ("DEMO-01" -> "DEMO"; "" when the id has no '-') */
    char *text;           /* whitespace runs folded to one space, XML entities decoded */
    int32_t date;         /* YYYYMMDD; 6-digit YYMMDD dates: 00-30 -> 20YY, else 19YY */
    suite_event *expected;
    size_t n_expected;
    int expect_no_event;  /* no event may be coded: PETRARCH noevents="True" or an
                             error expectation; TABARI {---}, {+++} or {###} */
    char *expected_error; /* why nothing is coded, NULL when not said. PETRARCH:
                             the error="" attribute (storydiscard, sentencediscard,
                             dateline, bad_input_parse); TABARI: "complex" for
                             {+++}, "discard" for {###} */
    int evaluate;         /* 1 for a test case; 0 for records the suite does not check
                             (see docs/validate.md) */
    suite_setting *settings; /* changes taking effect from this record on, in order */
    size_t n_settings;
    size_t line;          /* line of the record's start in its file */
} suite_record;

/* SUITE_JSONL: records in JSON Lines (the shape of the conformance suites'
 * records.jsonl: id, date, category, text, expected [{source, target, code}],
 * expect_no_event, evaluate, config_changes [{option, value}]), with no
 * dictionaries of their own: the caller chooses them. */
typedef enum { SUITE_PETRARCH, SUITE_TABARI, SUITE_JSONL } suite_kind;

typedef void (*suite_diag_fn)(void *user, const char *line); /* one line, no newline */

typedef struct {
    suite_kind kind;
    char *dir;          /* the suite's directory; NULL for suite_load_memory */
    char *records_file; /* path of the records file read (TABARI: the last <textfile>) */
    /* Dictionary files: TABARI from the project's <verbsfile> ... lines,
     * PETRARCH from the XML's <Environment> (<Verbfile> ...), else by name in
     * the directory (*verbs*, *actors*, *agents*, *discards*, *issues*).
     * Paths are joined to the suite's directory when one is known. */
    char **verbs, **actors, **agents, **discards, **issues, **options;
    size_t n_verbs, n_actors, n_agents, n_discards, n_issues, n_options;
    suite_setting *settings; /* in force before the first record (PETRARCH
                                <Environment> <Config>) */
    size_t n_settings;
    suite_record *records;
    size_t n_records;
    size_t errors;   /* problems reported as errors: each dropped a record, an
                        element or a file */
    size_t warnings; /* problems reported as warnings: the input was read as the
                        message says and nothing was dropped */
    struct {         /* allocated lengths of the arrays above, for the loader */
        size_t verbs, actors, agents, discards, issues, options, settings, records;
    } cap;
} suite;

/* Loads the suite in dir (or the records/.project file dir names): a
 * directory holding a TABARI .project, else a PETRARCH records .xml. Each
 * problem in the files is reported through diag (NULL: stderr) as one line
 * "file:line: message" (warnings "file:line: warning: message") and loading
 * goes on. Returns 0, or -1 with *error set to a malloc'd one-line reason
 * when there is no suite to load (no records file, unreadable file, no
 * records). s is overwritten; call suite_free after either result. */
int suite_load(suite *s, const char *dir, suite_diag_fn diag, void *user, char **error);

/* Reads one records file held in memory (PETRARCH XML or TABARI text, by
 * kind) into s, which starts zeroed ({0}) or as an earlier call left it;
 * records are appended. name is used in messages. Dictionary names the file
 * gives (PETRARCH <Environment>) are kept as written. Returns 0. */
int suite_load_memory(suite *s, suite_kind kind, const char *name, const char *data, size_t len,
                      suite_diag_fn diag, void *user);

/* Reads a TABARI .project held in memory: adds its dictionary files to s
 * (joined to s->dir when set). Returns the malloc'd list of its <textfile>
 * entries, *n_texts of them (NULL when none). */
char **suite_load_project_memory(suite *s, const char *name, const char *data, size_t len,
                                 size_t *n_texts, suite_diag_fn diag, void *user);

void suite_free(suite *s); /* leaves s zeroed */

#endif
