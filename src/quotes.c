/* quotes.c - the direct quotations of an article and who said them.
 *
 * Analysts of event data ask not only what happened but who said what: the
 * words a minister or a spokesman was quoted with, and the actor behind
 * them. This file finds each quotation in the article's tokens (the
 * tokenizer marks each quote mark opening or closing) and its speaker from
 * the shallow parse of the sentences around it, and codes the speaker with
 * the coder's own actor mentions (mention.c) and article context
 * (context.c), so that a speaker gets the code `dyad code` gives it and
 * "he" or a surname stands for the person named before.
 *
 * A quotation runs from an opening quote mark to the closing one of its
 * kind (double or single; the other kind inside it is quoted speech within
 * the quote). A paragraph left open that the next one reopens goes on, as
 * news style writes a quote over several paragraphs; one left open that the
 * next paragraph does not reopen ends with its paragraph (a single mark
 * never closed is an apostrophe, no quotation).
 *
 * The speaker, in order:
 *   1. after the closing mark, in the quotation's last sentence: the
 *      clause speaker the parser gives ("...," the minister said;
 *      "...," according to X) or else a verb of saying right after the
 *      quote with its subject before it ("...," one resident told
 *      reporters) or after it ("...," said Foreign Minister Wang Yi);
 *   2. before the opening mark, in its first sentence: the clause speaker
 *      (X said: "..."; X said the plan was "dead") or else the subject of a
 *      verb of saying that is the last verb before the quote;
 *   3. none: the speaker is left null. Nothing is guessed from sentences
 *      around the quotation's own.
 * The speaker's words are its noun phrase together with its actor mention;
 * its code is the mention's; a pronoun or surname standing for an actor
 * named before (a reference mention) also gets that earlier mention's
 * words as its antecedent. */
#include <stdlib.h>
#include <string.h>

#include "coder.h"

/* Verbs that report speech; for "said X", all but those that take the
 * listener as object ("told reporters", "asked"). */
static const char *const say_lemmas[] = {"say",    "tell",   "add",     "state",   "declare", "insist",  "warn",
                                         "write",  "note",   "explain", "stress",  "reply",   "respond", "argue",
                                         "claim",  "ask",    "announce", "confirm", "tweet",   "recall",  "continue",
                                         "acknowledge", "allege", "shout", "cry", "answer", "remark", "observe", NULL};
static const char *const listener_lemmas[] = {"tell", "ask", NULL};
/* Verbs that name a thing in the speaker's words: X called Y "a friend". */
static const char *const naming_lemmas[] = {"call", "describe", "term", "brand", "label", "dub", "denounce", "hail", NULL};

/* The article as quotes.c sees it: every sentence's view and mentions. */
typedef struct {
    const dyad_coder *coder;
    const dyad_token *toks;
    size_t n_tok;
    const dyad_sentence *sents;
    size_t n_sent;
    const char *text;
    const char **words, **lemmas;
    size_t *lens, *lemma_lens;
    size_t *sentence_of;   /* per token */
    coder_sentence *views; /* per sentence */
    coder_mentions *ms;    /* per sentence, references across sentences resolved */
    dbuf quote, speaker;
} quote_doc;

/* A quotation: its marks (close -1 when left open) and words. */
typedef struct {
    size_t open;
    long close;
    size_t first, last;
} quotation;

static int is_single(const quote_doc *q, size_t t)
{
    const char *p = q->text + q->toks[t].start;
    size_t n = q->toks[t].len;
    return (n == 1 && (*p == '\'' || *p == '`')) || (n == 3 && (!memcmp(p, "\xE2\x80\x98", 3) || !memcmp(p, "\xE2\x80\x99", 3)));
}

static int is_quote(const quote_doc *q, size_t t, unsigned flag)
{
    return q->toks[t].kind == DYAD_TOKEN_QUOTE && (q->toks[t].flags & flag);
}

/* A quote mark that reopens a quotation at a new paragraph. */
static int reopens(const quote_doc *q, size_t t, int single)
{
    return is_quote(q, t, DYAD_TOKEN_OPENING) && (q->toks[t].flags & DYAD_TOKEN_PARAGRAPH) && is_single(q, t) == single;
}

/* The quoted words, without the marks and without the comma that ends a
 * quote before its attribution. */
static void quote_text(quote_doc *q, const quotation *qt, int single)
{
    dbuf_clear(&q->quote);
    size_t last = qt->last;
    while (last > qt->first && q->toks[last].kind == DYAD_TOKEN_PUNCT && q->toks[last].len == 1 &&
           q->text[q->toks[last].start] == ',')
        last--;
    int gap = 0;
    for (size_t t = qt->first; t <= last; t++) {
        if (reopens(q, t, single)) {
            gap = 1;
            continue;
        }
        if (q->quote.len && (gap || (q->toks[t].flags & DYAD_TOKEN_SPACE_BEFORE))) dbuf_putc(&q->quote, ' ');
        dbuf_append(&q->quote, q->text + q->toks[t].start, q->toks[t].len);
        gap = 0;
    }
    dbuf_cstr(&q->quote);
}

static int is_say(const coder_sentence *s, int t) { return t >= 0 && coder_lemma_in(s, t, say_lemmas); }

/* The speaker after the closing mark, in the last sentence k: a token of
 * that sentence (its own index), or -1. */
static int speaker_after(const quote_doc *q, const quotation *qt, size_t k)
{
    if (qt->close < 0) return -1;
    const coder_sentence *s = &q->views[k];
    size_t base = q->sents[k].first_token;
    int close = (int)((size_t)qt->close - base);
    /* the parser's: a clause of the quotation whose speaker comes after it */
    int open = qt->open >= base ? (int)(qt->open - base) : -1;
    for (size_t c = 0; c < s->n_clauses; c++) {
        const dyad_clause *cl = &s->clauses[c];
        if (cl->speaker > close && cl->first <= close && cl->last > open) return cl->speaker;
    }
    /* a verb of saying right after the quote: the first verb after it */
    int verb = -1, ci = -1;
    for (size_t c = 0; c < s->n_clauses; c++)
        if (s->clauses[c].verb > close && (verb < 0 || s->clauses[c].verb < verb)) verb = s->clauses[c].verb, ci = (int)c;
    if (verb < 0 || !is_say(s, verb)) return -1;
    const dyad_clause *cl = &s->clauses[ci];
    if (cl->subject > close) return cl->subject; /* "...," the minister said / said the minister */
    /* "...," said X: the verb right after the quote (its comma, a dash), the
       noun phrase after it (not "told reporters": the listener) */
    if (coder_lemma_in(s, verb, listener_lemmas)) return -1;
    for (int t = close + 1; t < verb; t++) {
        unsigned kind = q->toks[base + (size_t)t].kind;
        if (kind != DYAD_TOKEN_PUNCT && kind != DYAD_TOKEN_QUOTE && kind != DYAD_TOKEN_DASH) return -1;
    }
    return cl->object > verb ? cl->object : -1;
}

/* The speaker before the opening mark, in the first sentence k, or -1. */
static int speaker_before(const quote_doc *q, const quotation *qt, size_t k)
{
    const coder_sentence *s = &q->views[k];
    size_t base = q->sents[k].first_token;
    int open = (int)(qt->open - base);
    int end = (int)((qt->close >= 0 && q->sentence_of[qt->close] == k ? (size_t)qt->close : q->sents[k].first_token + s->n - 1) - base);
    /* the parser's: a clause of the quotation said by someone before it */
    for (size_t c = 0; c < s->n_clauses; c++) {
        const dyad_clause *cl = &s->clauses[c];
        if (cl->speaker >= 0 && cl->speaker < open && cl->last > open && cl->first <= end) return cl->speaker;
    }
    /* the last verb before the quote, when it is one of saying, or one of
       naming whose clause holds the quote */
    int verb = -1, ci = -1;
    for (size_t c = 0; c < s->n_clauses; c++)
        if (s->clauses[c].verb >= 0 && s->clauses[c].verb < open && s->clauses[c].verb > verb)
            verb = s->clauses[c].verb, ci = (int)c;
    if (verb < 0) return -1;
    const dyad_clause *cl = &s->clauses[ci];
    if (!is_say(s, verb) && !(coder_lemma_in(s, verb, naming_lemmas) && cl->first <= open && cl->last >= open)) return -1;
    if (cl->subject >= 0 && cl->subject < verb) return cl->subject;
    /* (a subject the parser lost behind a relative clause: "Vucic, who has
       dismissed the protests as foreign-backed, said ...": the noun before
       the first "who") */
    for (size_t c = 0; c < s->n_clauses; c++) {
        const dyad_clause *rel = &s->clauses[c];
        if (rel->type != DYAD_CLAUSE_REL || rel->marker < 1 || rel->marker >= verb) continue;
        int t = rel->marker - 1;
        while (t > 0 && q->toks[base + (size_t)t].kind == DYAD_TOKEN_PUNCT) t--;
        return strncmp(dyad_tag_name(s->parses[t].tag), "NN", 2) == 0 ? t : -1;
    }
    return -1;
}

/* Fills the speaker of out from head token h of sentence k. */
static void speaker_of(quote_doc *q, size_t k, int h, dyad_quote *out)
{
    const coder_sentence *s = &q->views[k];
    const coder_mentions *ms = &q->ms[k];
    int first = h, last = h;
    /* its noun phrase ("one resident", "the foreign ministry") */
    if (!strcmp(dyad_chunk_name(s->parses[h].chunk), "NP")) {
        while (first > 0 && s->parses[first - 1].chunk == s->parses[h].chunk && !s->parses[first].chunk_begin) first--;
        while ((size_t)last + 1 < s->n && s->parses[last + 1].chunk == s->parses[h].chunk &&
               !s->parses[last + 1].chunk_begin)
            last++;
    }
    int m = coder_mention_at(ms, h);
    if (m >= 0) {
        const coder_mention *mm = &ms->items[m];
        if (mm->first < first) first = mm->first;
        if (mm->last > last) last = mm->last;
        out->speaker_code = coder_mention_code(ms, mm);
        out->antecedent = coder_mention_antecedent(ms, mm); /* (what a "he" or a surname stands for) */
    }
    /* with its possessor: "Prime Minister Benjamin Netanyahu's office" */
    while (first >= 2 && q->toks[q->sents[k].first_token + (size_t)first - 1].kind == DYAD_TOKEN_CLITIC &&
           !strcmp(dyad_tag_name(s->parses[first - 1].tag), "POS")) {
        int p = first - 2, pm = coder_mention_at(ms, p);
        first = p;
        while (first > 0 && s->parses[first - 1].chunk == s->parses[p].chunk && !s->parses[first].chunk_begin) first--;
        if (pm >= 0 && ms->items[pm].first >= 0 && ms->items[pm].first < first) first = ms->items[pm].first;
    }
    /* (not the possessive clitic that ends "Kenya's") */
    while (last > first && q->toks[q->sents[k].first_token + (size_t)last].kind == DYAD_TOKEN_CLITIC) last--;
    dbuf_clear(&q->speaker);
    for (int t = first; t <= last; t++) {
        size_t dt = q->sents[k].first_token + (size_t)t;
        if (t > first && (q->toks[dt].flags & DYAD_TOKEN_SPACE_BEFORE)) dbuf_putc(&q->speaker, ' ');
        dbuf_append(&q->speaker, s->words[t], s->lens[t]);
    }
    out->speaker_text = dbuf_cstr(&q->speaker);
}

/* Codes one quotation's speaker and passes it to fn: 1 when fn asks to
 * stop, 0, or -1 when it is no quotation (a single mark never closed is an
 * apostrophe: "the '90s"). */
static int report(quote_doc *q, const quotation *qt, const char *article, dyad_quote_fn fn, void *user)
{
    int single = is_single(q, qt->open);
    if (single && qt->close < 0) return -1;
    quote_text(q, qt, single);
    size_t first = q->sentence_of[qt->open];
    size_t last = q->sentence_of[qt->close >= 0 ? (size_t)qt->close : qt->last];
    dyad_quote out = {article, (long)first, dbuf_cstr(&q->quote), NULL, NULL, NULL};
    int h = speaker_after(q, qt, last);
    size_t k = last;
    if (h < 0) h = speaker_before(q, qt, first), k = first;
    if (h >= 0) speaker_of(q, k, h, &out);
    return fn && fn(user, &out) != 0;
}

/* The views and mentions of every sentence, as dyad_code_doc makes them:
 * the sentence's own mentions, then its references to actors of earlier
 * sentences (context.c). */
static void read_article(quote_doc *q, dyad_doc *doc, const dyad_token_parse *parses, int32_t ymd)
{
    const dict_set *set = &q->coder->dicts->set;
    const char *lemma_text = dyad_doc_lemma_text(doc);
    for (size_t i = 0; i < q->n_tok; i++) {
        q->words[i] = q->text + q->toks[i].start, q->lens[i] = q->toks[i].len;
        q->lemmas[i] = lemma_text + parses[i].lemma_start, q->lemma_lens[i] = parses[i].lemma_len;
    }
    int place = coder_dateline_actor(q->coder, doc);
    article_context ctx = {0};
    context_reset(&ctx);
    for (size_t k = 0; k < q->n_sent; k++) {
        const dyad_sentence *st = &q->sents[k];
        for (size_t i = st->first_token; i < st->first_token + st->token_count; i++) q->sentence_of[i] = k;
        size_t n_cl;
        const dyad_clause *cl = dyad_doc_clauses(doc, k, &n_cl);
        q->views[k] = (coder_sentence){q->words + st->first_token, q->lens + st->first_token, q->lemmas + st->first_token,
                                       q->lemma_lens + st->first_token, parses + st->first_token, st->token_count, cl, n_cl,
                                       ymd, NULL, NULL, NULL, place, NULL};
        coder_find_mentions(set, q->coder->dicts->matcher, &q->views[k], &q->ms[k]);
        context_resolve(&ctx, &q->views[k], &q->ms[k]);
        context_remember(&ctx, set, &q->views[k], &q->ms[k]);
    }
    context_free(&ctx);
}

static void free_article(quote_doc *q)
{
    for (size_t k = 0; k < q->n_sent; k++) coder_mentions_free(&q->ms[k]);
    free(q->ms), free(q->views), free(q->sentence_of);
    free(q->words), free(q->lemmas), free(q->lens), free(q->lemma_lens);
    dbuf_free(&q->quote), dbuf_free(&q->speaker);
}

long dyad_quotes_doc(dyad_coder *coder, dyad_doc *doc, const char *article, const char *date, dyad_quote_fn fn,
                     void *user)
{
    size_t n_parse;
    quote_doc q = {.coder = coder};
    q.sents = dyad_doc_sentences(doc, &q.n_sent);
    q.toks = dyad_doc_tokens(doc, &q.n_tok);
    const dyad_token_parse *parses = dyad_doc_token_parses(doc, &n_parse);
    if (!parses || n_parse != q.n_tok || !coder->dicts->matcher) return -1;
    q.text = dyad_doc_text(doc, NULL);
    size_t n = q.n_tok ? q.n_tok : 1, ns = q.n_sent ? q.n_sent : 1;
    q.words = dyad_xmalloc(n * sizeof *q.words), q.lemmas = dyad_xmalloc(n * sizeof *q.lemmas);
    q.lens = dyad_xmalloc(n * sizeof *q.lens), q.lemma_lens = dyad_xmalloc(n * sizeof *q.lemma_lens);
    q.sentence_of = dyad_xmalloc(n * sizeof *q.sentence_of);
    q.views = dyad_xmalloc(ns * sizeof *q.views);
    q.ms = dyad_xmalloc(ns * sizeof *q.ms);
    memset(q.ms, 0, ns * sizeof *q.ms);
    int32_t ymd = 0;
    if (date && strlen(date) == 10)
        ymd = (int32_t)(strtol(date, NULL, 10) * 10000 + strtol(date + 5, NULL, 10) * 100 + strtol(date + 8, NULL, 10));
    read_article(&q, doc, parses, ymd);

    long count = 0;
    int stopped = 0, open_single = 0;
    quotation qt = {0};
    int open = 0; /* a quotation is open */
    for (size_t t = 0; t < q.n_tok && !stopped; t++) {
        int mark = q.toks[t].kind == DYAD_TOKEN_QUOTE;
        if (open) {
            int same = mark && is_single(&q, t) == open_single;
            if (same && (q.toks[t].flags & DYAD_TOKEN_CLOSING)) {
                qt.close = (long)t;
            } else if (reopens(&q, t, open_single)) {
                continue; /* the quotation goes on in this paragraph */
            } else if ((q.toks[t].flags & DYAD_TOKEN_PARAGRAPH) || (same && (q.toks[t].flags & DYAD_TOKEN_OPENING))) {
                qt.close = -1; /* left open: it ends before this token */
                t--;
            } else {
                continue;
            }
            qt.last = (qt.close >= 0 ? (size_t)qt.close : t + 1) - 1;
            open = 0;
            if (qt.last >= qt.first && qt.first < q.n_tok) {
                int rc = report(&q, &qt, article, fn, user);
                count += rc >= 0, stopped = rc > 0;
            }
            continue;
        }
        if (mark && (q.toks[t].flags & DYAD_TOKEN_OPENING)) {
            open = 1, open_single = is_single(&q, t);
            qt = (quotation){t, -1, t + 1, t + 1};
        }
    }
    if (open && !stopped && qt.first < q.n_tok) {
        qt.close = -1, qt.last = q.n_tok - 1;
        int rc = report(&q, &qt, article, fn, user);
        count += rc >= 0, stopped = rc > 0;
    }
    free_article(&q);
    return stopped ? -1 : count;
}
