/* dyad.h - public interface of libdyad, the political event coder.
 *
 * Data flows through the library in the order of this header:
 *   bytes -> articles (dyad_reader) -> normalised text, dateline, sentences and
 *   tokens (dyad_doc) -> events (dyad_event) -> output (dyad_writer).
 * Every object is created and freed explicitly; there is no global state, so
 * several readers, documents and writers may be used side by side.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* ---- Diagnostics --------------------------------------------------------
 * Problems with input are reported one line at a time, already formatted as
 * "file:line: message" (or "file:line: record ID: message"), without a
 * trailing newline. When no callback is set, lines go to stderr. */
typedef void (*dyad_diag_fn)(void *user, const char *line);

/* ---- Articles ----------------------------------------------------------- */

typedef enum {
    DYAD_FORMAT_AUTO = 0,     /* by file extension, then by content */
    DYAD_FORMAT_JSONL,        /* one JSON object per line: id, date, text, ... */
    DYAD_FORMAT_TEXT,         /* the whole input is one article */
    DYAD_FORMAT_PETRARCH_XML, /* <Sentence date=".." id=".."><Text>..</Text> */
    DYAD_FORMAT_TABARI        /* "YYMMDD ID" header, text lines, blank line */
} dyad_format;

/* Parses "jsonl", "text", "petrarch-xml", "tabari" or "auto"; -1 if unknown. */
int dyad_format_from_name(const char *name, dyad_format *out);
const char *dyad_format_name(dyad_format format);

/* One article as read. Strings are owned by the reader and stay valid until
 * the next call to dyad_reader_next or dyad_reader_close. */
typedef struct {
    const char *id;      /* never NULL for a returned article */
    const char *date;    /* "YYYY-MM-DD", or NULL when the record has none */
    const char *title;   /* optional fields: NULL when absent */
    const char *source;
    const char *url;
    const char *text;    /* raw UTF-8 as found in the record (not yet checked) */
    size_t text_len;     /* may contain anything; dyad_doc_analyse validates */
    const char *file;    /* input name, for messages */
    long line;           /* line where the record starts (1-based) */
} dyad_article;

typedef struct {
    dyad_format format;       /* DYAD_FORMAT_AUTO to detect */
    const char *default_date; /* "YYYY-MM-DD" for records without a date, or NULL */
    dyad_diag_fn diag;        /* where problems go; NULL: stderr */
    void *diag_user;
} dyad_reader_options;

typedef struct dyad_reader dyad_reader;

/* A reader over an open stream (not closed by the reader) or over memory
 * (not copied: it must outlive the reader). `name` is used in messages and,
 * for DYAD_FORMAT_TEXT, as the article id (its last path component).
 * Returns NULL only when memory runs out. */
dyad_reader *dyad_reader_open_stream(FILE *stream, const char *name,
                                     const dyad_reader_options *options);
dyad_reader *dyad_reader_open_memory(const void *data, size_t size, const char *name,
                                     const dyad_reader_options *options);

typedef enum {
    DYAD_READ_ARTICLE = 1,   /* *out holds the next article */
    DYAD_READ_END = 0,       /* no more records */
    DYAD_READ_REJECTED = -1, /* one record was bad, reported, skipped: call again */
    DYAD_READ_IO_ERROR = -2  /* the stream failed; reported; stop */
} dyad_read_status;

dyad_read_status dyad_reader_next(dyad_reader *reader, dyad_article *out);
dyad_format dyad_reader_format(const dyad_reader *reader); /* after detection */
size_t dyad_reader_rejected(const dyad_reader *reader);    /* records rejected so far */
void dyad_reader_close(dyad_reader *reader);

/* Parses "YYYY-MM-DD", "YYYYMMDD" or TABARI's "YYMMDD" (years 50-99 are
 * 1950-1999, 00-49 are 2000-2049) into out[11] as "YYYY-MM-DD". Checks that the
 * day exists. Returns 0 on success, -1 otherwise. */
int dyad_date_parse(const char *text, size_t len, char out[11]);

/* ---- Documents: normalised text, dateline, sentences, tokens ------------ */

typedef enum {
    DYAD_TOKEN_WORD,
    DYAD_TOKEN_NUMBER,  /* 1,000  3.5  3rd  2024-07-03  10:30 */
    DYAD_TOKEN_ABBREV,  /* U.S.  Gen.  W.  (period included) */
    DYAD_TOKEN_PUNCT,   /* . , ; : ! ? ... */
    DYAD_TOKEN_QUOTE,   /* " “ ” ‘ ’ ' ` */
    DYAD_TOKEN_DASH,    /* — – -- and a spaced - */
    DYAD_TOKEN_BRACKET, /* ( ) [ ] { } */
    DYAD_TOKEN_SYMBOL,  /* % $ € & ... */
    DYAD_TOKEN_URL,     /* URLs, e-mail addresses, @handles, #hashtags */
    DYAD_TOKEN_CLITIC   /* 's n't 're 've 'll 'd 'm and the plural possessive ' */
} dyad_token_kind;

const char *dyad_token_kind_name(dyad_token_kind kind);

enum {
    DYAD_TOKEN_OPENING = 1u << 0, /* opening quote or bracket */
    DYAD_TOKEN_CLOSING = 1u << 1, /* closing quote or bracket */
    DYAD_TOKEN_PARAGRAPH = 1u << 2, /* a blank line precedes this token */
    DYAD_TOKEN_SPACE_BEFORE = 1u << 3 /* white space (or the start) precedes it */
};

typedef struct {
    size_t start, len;    /* bytes of the normalised text */
    unsigned char kind;   /* dyad_token_kind */
    unsigned char flags;  /* DYAD_TOKEN_* flags */
} dyad_token;

typedef struct {
    size_t start, end;            /* bytes of the normalised text */
    size_t first_token, token_count;
} dyad_sentence;

/* A byte range of the normalised text; len 0 means absent. */
typedef struct {
    size_t start, len;
} dyad_span;

typedef struct {
    int found;
    dyad_span place;  /* "KYIV, Ukraine": the whole place, region included */
    dyad_span city;   /* "KYIV" */
    dyad_span region; /* "Ukraine" */
    dyad_span date;   /* "Nov. 5" */
    dyad_span agency; /* "AP" */
} dyad_dateline;

typedef struct dyad_doc dyad_doc;

dyad_doc *dyad_doc_new(void);
void dyad_doc_free(dyad_doc *doc);

/* Validates and NFC-normalises the article text, finds the dateline, tokenizes
 * and splits sentences. Returns 0, or -1 when the text is unusable (invalid
 * UTF-8, NUL byte): dyad_doc_error then says why in a short phrase. The doc's
 * arrays are reused from one article to the next. */
int dyad_doc_analyse(dyad_doc *doc, const char *text, size_t len);
const char *dyad_doc_error(const dyad_doc *doc);

const char *dyad_doc_text(const dyad_doc *doc, size_t *len);
const dyad_dateline *dyad_doc_dateline(const dyad_doc *doc);
const dyad_sentence *dyad_doc_sentences(const dyad_doc *doc, size_t *count);
const dyad_token *dyad_doc_tokens(const dyad_doc *doc, size_t *count);

/* Writes the sentence's text with white-space runs folded to one space into
 * a buffer owned by the doc (valid until the next call). */
const char *dyad_doc_sentence_text(dyad_doc *doc, size_t sentence_index);

/* ---- Models and parsing: tags, lemmas, chunks, clauses ----------------- */

/* The tagger and lemmatiser models (data/model/). */
typedef struct dyad_model dyad_model;

/* Loads the models from data_dir (NULL: $DYAD_DATA, else the data directory
 * the library was built with). On failure returns NULL and sets *error to a
 * one-line message (free it with free()). */
dyad_model *dyad_model_load(const char *data_dir, char **error);
void dyad_model_free(dyad_model *model);
/* The data directory: data_dir, else $DYAD_DATA, else the one built in. */
const char *dyad_data_dir(const char *data_dir);

/* What the shallow parser says of one token. Token indices (head, clause
 * fields) count from 0 within the token's sentence. */
typedef struct {
    unsigned char tag;         /* Penn tag: dyad_tag_name(), dyad_upos_name() */
    unsigned char deprel;      /* dyad_deprel_name() */
    unsigned char chunk;       /* dyad_chunk_name(): O NP VP PP ADJP ADVP SBAR */
    unsigned char chunk_begin; /* first token of its chunk */
    unsigned char title;       /* a title word in a name: "Prime" "Minister" */
    int head;                  /* head token, -1 for the root */
    int clause;                /* its clause (index into dyad_doc_clauses), -1 */
    size_t lemma_start, lemma_len; /* in dyad_doc_lemma_text() */
} dyad_token_parse;

typedef enum {
    DYAD_CLAUSE_MAIN,     /* "Brazil signed an agreement" */
    DYAD_CLAUSE_SUB,      /* "... that Brazil signed ...", "because ..." */
    DYAD_CLAUSE_REL,      /* "... who signed ..." */
    DYAD_CLAUSE_INF,      /* "... urged X to sign ..." */
    DYAD_CLAUSE_REPORTING /* "..., the ministry said" */
} dyad_clause_type;

typedef struct {
    unsigned char type;    /* dyad_clause_type */
    unsigned char passive, negated, modal;
    unsigned char writers; /* 1: the writer's aside to what a speaker said (", while ...", ", days after ..."): said by no one */
    int first, last;       /* its tokens */
    int verb;              /* main verb */
    int marker;            /* that / because / who / to, or -1 */
    int subject;           /* subject head (for an infinitival clause: its controller), -1 */
    int object;            /* direct object head, -1 */
    int agent;             /* by-agent head of a passive, -1 */
    int parent;            /* clause index, -1 */
    int speaker;           /* head of who said it ("X said", "according to X"), -1 */
} dyad_clause;

/* Tags, lemmatises and shallow-parses every sentence of an analysed doc.
 * `tags`, when not NULL, gives one Penn tag per token (dyad_tag_from_name)
 * to use instead of the tagger's (for evaluation). Returns 0, or -1 when the
 * doc holds no analysed text. */
int dyad_doc_parse(dyad_doc *doc, const dyad_model *model, const unsigned char *tags);
const dyad_token_parse *dyad_doc_token_parses(const dyad_doc *doc, size_t *count);
const char *dyad_doc_lemma_text(const dyad_doc *doc);
const dyad_clause *dyad_doc_clauses(const dyad_doc *doc, size_t sentence, size_t *count);

const char *dyad_tag_name(unsigned tag);
unsigned dyad_tag_from_name(const char *name, size_t len); /* 0 if unknown */
const char *dyad_upos_name(unsigned tag);
const char *dyad_deprel_name(unsigned deprel);
const char *dyad_chunk_name(unsigned chunk);
const char *dyad_clause_type_name(unsigned type);

/* ---- Events ------------------------------------------------------------- */

/* Every pointer may be NULL (written as JSON null); numbers have a `has_`
 * flag for the same purpose. Nothing is invented: what was not computed is
 * left NULL. */
typedef struct {
    const char *code, *country, *sector, *text;
    /* for words that stand for an actor named before ("he", "Modi", "the
       two leaders"), the words that named it ("Narendra Modi"), else NULL */
    const char *antecedent;
} dyad_event_actor;

typedef struct {
    const char *name, *country;
    int has_coordinates;
    double lat, lon;
    long geonameid; /* 0: unknown */
} dyad_event_location;

typedef struct {
    const char *code, *text;
    /* whom the reporting source quotes or cites ("IRNA reported, quoting a
       foreign ministry spokesman", "IRNA quoted Araqchi as saying"): the
       chain's second link, NULL when none */
    const char *quoting_code, *quoting_text;
} dyad_event_attribution;

typedef struct {
    const char *article;
    long sentence;
    const char *date;
    const char *date_precision; /* "day", "month" or "year" */
    dyad_event_actor source, target;
    const char *cameo, *root;
    int has_quad, quad;
    int has_goldstein;
    double goldstein;
    const char *plover_type, *plover_mode;
    /* PLOVER's auxiliary mode: "historical" (dated well before the article),
       "future" (planned, and not coded as an intent), "hypothetical" (only
       possible or imagined, with keep_unreal), "negation" (with
       keep_negated), or NULL */
    const char *plover_auxiliary;
    const dyad_event_location *location;       /* NULL: null */
    const dyad_event_attribution *attribution; /* NULL: null */
    int has_negated, negated;
    const char *text;
    const char *rule;
    /* Set only by a deduplicator (dyad_dedup): how many events were merged
     * into this one, from how many distinct articles and publishers. */
    int has_counts;
    long mentions, articles, sources;
} dyad_event;

/* ---- Dictionaries and the coder ---------------------------------------- */

/* A set of event-coding dictionaries: dyad's own format, PETRARCH-2 or
 * TABARI/PETRARCH-1 files (docs/dictionaries.md), in any mix. Bad lines are
 * reported through diag (NULL: standard error) as "file:line: message" and
 * skipped. */
typedef struct dyad_dicts dyad_dicts;

/* What a dictionary file holds, when its name does not say (dyad's own
 * format needs none). */
typedef enum {
    DYAD_DICT_AUTO = -1,
    DYAD_DICT_VERBS,
    DYAD_DICT_ACTORS,
    DYAD_DICT_AGENTS,
    DYAD_DICT_DISCARDS,
    DYAD_DICT_ISSUES,
    DYAD_DICT_OPTIONS
} dyad_dict_kind;

dyad_dicts *dyad_dicts_new(dyad_diag_fn diag, void *user);
/* Loads one file into the set. 0, or -1 with a malloc'ed one-line reason in
 * *error (unreadable file, unknown kind). */
int dyad_dicts_add(dyad_dicts *dicts, const char *path, int kind, char **error);
/* Loads every dictionary file of a directory (kinds from file names, in
 * name order), except the kinds whose bit (1u << kind) is in skip_kinds.
 * 0, or -1 with a reason in *error (no such directory, no files). */
int dyad_dicts_add_dir(dyad_dicts *dicts, const char *dir, unsigned skip_kinds, char **error);
size_t dyad_dicts_errors(const dyad_dicts *dicts); /* bad lines so far */
void dyad_dicts_free(dyad_dicts *dicts);

typedef struct {
    int keep_negated; /* also code negated verbs, with negated = true */
    int allow_self;   /* keep events whose source and target codes are equal */
    int keep_unreal;  /* also code acts only possible or imagined ("could
                         blockade", "would open talks" under an "if"), as
                         PETRARCH and TABARI do */
    FILE *explain;    /* when not NULL: each sentence's actor mentions and verb
                         matches, and why events were or were not made */
} dyad_coder_options;

typedef struct dyad_coder dyad_coder;

/* A coder over dicts (which must outlive it and take no more files once a
 * coder exists). data_dir holds cameo.tsv (NULL: as dyad_model_load). NULL
 * with a malloc'ed reason in *error on failure. */
dyad_coder *dyad_coder_new(dyad_dicts *dicts, const char *data_dir, const dyad_coder_options *opt, char **error);
void dyad_coder_free(dyad_coder *coder);

/* Changes a setting of TABARI's that affects coding (the validation suites'
 * OPTION records, a .options file): CODE = ALL | BY SENTENCE | BY CLAUSE
 * (how many of a sentence's TABARI verbs are coded), DEFAULT = SOURCE [X]
 * [PRIOR] TARGET [Y] [AFTER] | OFF (codes for a missing source or target);
 * and PETRARCH's require_dyad = true | false (false: an event whose verb has
 * a source but no target is coded with target "---"); CONVERT AGENT = TRUE
 * | FALSE (TABARI: an agent alone is an actor, written "~MIL").
 * 0, or -1 when the key or value is not understood (nothing changes). */
int dyad_coder_set(dyad_coder *coder, const char *key, const char *value);

/* Called once per event; the event and its strings live until it returns.
 * Return non-zero to stop. */
typedef int (*dyad_event_fn)(void *user, const dyad_event *event);

/* Codes every sentence of an analysed and parsed doc (article id and date
 * YYYY-MM-DD go into the events). Returns the number of events, or -1 when
 * the doc is not parsed or fn asked to stop. */
long dyad_code_doc(dyad_coder *coder, dyad_doc *doc, const char *article, const char *date, dyad_event_fn fn,
                   void *user);

/* ---- Direct quotations ---------------------------------------------------- */

/* One direct quotation of an article and who said it (docs/quotes.md).
 * Strings live until the callback returns; NULL is written as null and
 * means not found: nothing is guessed. */
typedef struct {
    const char *article;
    long sentence;            /* the sentence where the quotation starts (0-based) */
    const char *quote;        /* the quoted words, without the quote marks */
    const char *speaker_text; /* the words naming the speaker as written ("he"), NULL: no speaker */
    const char *speaker_code; /* the speaker's actor code, NULL: not an actor */
    const char *antecedent;   /* for a pronoun or surname speaker: the earlier full mention, else NULL */
} dyad_quote;

/* Called once per quotation; return non-zero to stop. */
typedef int (*dyad_quote_fn)(void *user, const dyad_quote *quote);

/* Lists the direct quotations of an analysed and parsed doc, in order, with
 * their speakers found and coded as dyad_code_doc finds and codes actors
 * (the coder's dictionaries; date YYYY-MM-DD picks dated codes). Returns
 * the number of quotations, or -1 when the doc is not parsed or fn asked
 * to stop. */
long dyad_quotes_doc(dyad_coder *coder, dyad_doc *doc, const char *article, const char *date, dyad_quote_fn fn,
                     void *user);

/* ---- Merging repeated events ------------------------------------------ */

/* Which events are the same one, reported again: equal source code, target
 * code, CAMEO code and date, and ... */
typedef enum {
    DYAD_DEDUP_SENTENCE = 1, /* ... the same article and sentence */
    DYAD_DEDUP_ARTICLE,      /* ... the same article */
    DYAD_DEDUP_DAY           /* ... in any article of the input */
} dyad_dedup_mode;

/* Parses "sentence", "article" or "day"; -1 if unknown. */
int dyad_dedup_mode_from_name(const char *name, dyad_dedup_mode *out);
const char *dyad_dedup_mode_name(dyad_dedup_mode mode);

/* A deduplicator keeps the first event of each group (with copies of all its
 * strings) and counts mentions (events merged), articles (distinct article
 * ids) and sources (distinct publishers: the article's `source` field; an
 * article without one is its own publisher). dyad_dedup_new returns NULL
 * for a mode not in dyad_dedup_mode (running out of memory aborts, as in
 * src/buf.h). */
typedef struct dyad_dedup dyad_dedup;

dyad_dedup *dyad_dedup_new(dyad_dedup_mode mode);
/* Adds one event; article_source is its article's publisher, or NULL. The
 * event is copied: it need not outlive the call. */
void dyad_dedup_add(dyad_dedup *dedup, const dyad_event *event, const char *article_source);
/* Passes every merged event, in the order first seen, to fn (with has_counts
 * set), then forgets them. Returns the number passed, or -1 when fn asked to
 * stop (the rest are dropped). */
long dyad_dedup_flush(dyad_dedup *dedup, dyad_event_fn fn, void *user);
/* To call after each article's events: flushes in the sentence and article
 * modes (memory stays bounded by one article), does nothing in day mode,
 * which waits for dyad_dedup_flush at the end of the input. Returns as
 * dyad_dedup_flush (0 in day mode). */
long dyad_dedup_article_done(dyad_dedup *dedup, dyad_event_fn fn, void *user);
size_t dyad_dedup_added(const dyad_dedup *dedup);  /* events added in all */
size_t dyad_dedup_written(const dyad_dedup *dedup); /* merged events flushed */
void dyad_dedup_free(dyad_dedup *dedup);

/* ---- Output ------------------------------------------------------------- */

typedef enum { DYAD_OUTPUT_JSONL, DYAD_OUTPUT_CSV } dyad_output;

int dyad_output_from_name(const char *name, dyad_output *out);

typedef struct dyad_writer dyad_writer;

/* A CSV writer writes its header row at once, so an empty run still yields
 * a valid file. Returns NULL when memory runs out. */
dyad_writer *dyad_writer_new(FILE *stream, dyad_output output);
int dyad_writer_event(dyad_writer *writer, const dyad_event *event); /* 0 or -1 on I/O error */
void dyad_writer_free(dyad_writer *writer);

#ifdef __cplusplus
}
#endif
#endif
