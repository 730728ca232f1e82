/* test_text.c - the text layer against tests/text_cases.txt: each case
 * gives an input and the sentences, tokens and dateline it must yield (the
 * format is described at the top of that file). */
#include "testutil.h"

#include "dyad.h"

typedef struct {
    char *name;
    long line;
    char *input;
    char **sentences, **tokens;
    size_t n_sentences, n_tokens;
    int has_tokens, has_dateline, dateline_none;
    char *dateline[3];
} text_case;

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static void push(char ***arr, size_t *n, char *s)
{
    *arr = realloc(*arr, (*n + 1) * sizeof **arr);
    (*arr)[(*n)++] = s;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) s[--n] = '\0';
    return s;
}

/* Parses the case file into cases; returns their number. */
static size_t parse_cases(char *data, text_case **out)
{
    text_case *cases = NULL;
    size_t n = 0;
    enum { NONE, INPUT, SENTENCES, TOKENS, DATELINE } section = NONE;
    char *input = NULL;
    size_t input_len = 0;
    long lineno = 0;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        lineno++;
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r') line[--len] = '\0';
        if (strncmp(line, "== ", 3) == 0) {
            cases = realloc(cases, (n + 1) * sizeof *cases);
            memset(&cases[n], 0, sizeof *cases);
            cases[n].name = strdup(trim(line + 3));
            cases[n].line = lineno;
            n++;
            section = INPUT;
            free(input);
            input = NULL;
            input_len = 0;
            continue;
        }
        if (section == NONE) continue;
        text_case *c = &cases[n - 1];
        if (strncmp(line, "-- ", 3) == 0) {
            if (section == INPUT) { /* the input ends: drop surrounding blank lines */
                size_t s = 0, e = input_len;
                while (s < e && (input[s] == '\n' || input[s] == ' ')) s++;
                while (e > s && (input[e - 1] == '\n' || input[e - 1] == ' ')) e--;
                c->input = dupn(input ? input + s : "", e - s);
            }
            const char *what = trim(line + 3);
            section = strcmp(what, "sentences") == 0 ? SENTENCES
                      : strcmp(what, "tokens") == 0  ? TOKENS
                      : strcmp(what, "dateline") == 0 ? DATELINE : NONE;
            if (section == TOKENS) c->has_tokens = 1;
            if (section == DATELINE) c->has_dateline = 1;
            if (section == NONE) fprintf(stderr, "text_cases.txt:%ld: unknown section \"%s\"\n", lineno, what);
            continue;
        }
        if (section == INPUT) {
            input = realloc(input, input_len + len + 2);
            memcpy(input + input_len, line, len);
            input_len += len;
            input[input_len++] = '\n';
            continue;
        }
        char *t = trim(line);
        if (!*t || (t[0] == '#' && (t[1] == ' ' || t[1] == '\0' || t[1] == '#'))) continue;
        if (section == SENTENCES) push(&c->sentences, &c->n_sentences, strdup(t));
        else if (section == TOKENS) push(&c->tokens, &c->n_tokens, strdup(t));
        else if (section == DATELINE) {
            if (strcmp(t, "none") == 0) {
                c->dateline_none = 1;
                continue;
            }
            for (int f = 0; f < 3; f++) {
                char *bar = strchr(t, '|');
                if (bar) *bar = '\0';
                c->dateline[f] = strdup(trim(t));
                t = bar ? bar + 1 : t + strlen(t);
            }
        }
    }
    free(input);
    *out = cases;
    return n;
}

static char *span_text(const char *text, dyad_span s) { return dupn(text + s.start, s.len); }

static void run_case(void **state)
{
    const text_case *c = *state;
    dyad_doc *doc = dyad_doc_new();
    assert_int_equal(dyad_doc_analyse(doc, c->input, strlen(c->input)), 0);
    size_t ns, nt;
    const dyad_sentence *sents = dyad_doc_sentences(doc, &ns);
    const dyad_token *toks = dyad_doc_tokens(doc, &nt);
    const char *text = dyad_doc_text(doc, NULL);
    for (size_t i = 0; i < ns && i < c->n_sentences; i++) {
        const char *got = dyad_doc_sentence_text(doc, i);
        if (strcmp(got, c->sentences[i]) != 0)
            fail_msg("case %s (line %ld): sentence %zu\n  want: %s\n  got:  %s", c->name, c->line, i,
                     c->sentences[i], got);
    }
    if (ns != c->n_sentences) {
        for (size_t i = 0; i < ns; i++) fprintf(stderr, "  got [%zu] %s\n", i, dyad_doc_sentence_text(doc, i));
        fail_msg("case %s (line %ld): %zu sentences, want %zu", c->name, c->line, ns, c->n_sentences);
    }
    if (c->has_tokens) {
        assert_int_equal(c->n_tokens, ns);
        for (size_t i = 0; i < ns; i++) {
            size_t cap = 1, len = 0;
            for (size_t k = 0; k < sents[i].token_count; k++) cap += toks[sents[i].first_token + k].len + 1;
            char *got = malloc(cap);
            for (size_t k = 0; k < sents[i].token_count; k++) {
                const dyad_token *t = &toks[sents[i].first_token + k];
                if (k) got[len++] = ' ';
                memcpy(got + len, text + t->start, t->len);
                len += t->len;
            }
            got[len] = '\0';
            if (strcmp(got, c->tokens[i]) != 0)
                fail_msg("case %s (line %ld): tokens of sentence %zu\n  want: %s\n  got:  %s", c->name,
                         c->line, i, c->tokens[i], got);
            free(got);
        }
    }
    const dyad_dateline *d = dyad_doc_dateline(doc);
    if (c->dateline_none && d->found) fail_msg("case %s (line %ld): unexpected dateline", c->name, c->line);
    if (c->has_dateline && !c->dateline_none) {
        if (!d->found) fail_msg("case %s (line %ld): no dateline found", c->name, c->line);
        dyad_span spans[3] = {d->place, d->date, d->agency};
        for (int f = 0; f < 3; f++) {
            char *got = span_text(text, spans[f]);
            if (strcmp(got, c->dateline[f]) != 0)
                fail_msg("case %s (line %ld): dateline field %d: want \"%s\", got \"%s\"", c->name, c->line,
                         f, c->dateline[f], got);
            free(got);
        }
    }
    dyad_doc_free(doc);
}

static void free_case(text_case *c)
{
    for (size_t i = 0; i < c->n_sentences; i++) free(c->sentences[i]);
    for (size_t i = 0; i < c->n_tokens; i++) free(c->tokens[i]);
    for (int f = 0; f < 3; f++) free(c->dateline[f]);
    free(c->sentences);
    free(c->tokens);
    free(c->input);
    free(c->name);
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/text_cases.txt";
    char *data = tu_read_file(path, NULL);
    if (!data) {
        fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    text_case *cases;
    size_t n = parse_cases(data, &cases);
    struct CMUnitTest *tests = calloc(n ? n : 1, sizeof *tests);
    for (size_t i = 0; i < n; i++) {
        tests[i].name = cases[i].name;
        tests[i].test_func = run_case;
        tests[i].initial_state = &cases[i];
    }
    int failed = _cmocka_run_group_tests("text_cases", tests, n, NULL, NULL);
    for (size_t i = 0; i < n; i++) free_case(&cases[i]);
    free(cases);
    free(tests);
    free(data);
    return failed ? 1 : 0;
}
