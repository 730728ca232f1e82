/* docparse.c - runs the tagger, the lemmatiser and the shallow parser over
 * every sentence of an analysed doc and keeps their results in it. Tokens
 * are shown to the tagger in the Penn Treebank forms it was trained on:
 * quotes as `` and '', dashes as --, curly apostrophes as '. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "model.h"
#include "parse.h"

/* The Penn form of token t for the tagger, in scratch (or t's own text). */
static void penn_form(const char *text, const dyad_token *t, dbuf *scratch, const char **form, size_t *len)
{
    const char *s = text + t->start;
    *form = s;
    *len = t->len;
    switch (t->kind) {
    case DYAD_TOKEN_QUOTE:
        if (!(t->len == 1 && s[0] == '\'' && !(t->flags & DYAD_TOKEN_OPENING))) {
            *form = t->flags & DYAD_TOKEN_OPENING ? "``" : "''";
            *len = 2;
        }
        return;
    case DYAD_TOKEN_DASH:
        *form = "--";
        *len = 2;
        return;
    case DYAD_TOKEN_PUNCT:
        if ((unsigned char)s[0] == 0xE2) *form = "...", *len = 3;
        return;
    case DYAD_TOKEN_CLITIC:
        if (t->len >= 3 && memcmp(s, "’", 3) == 0) { /* ’s -> 's */
            dbuf_clear(scratch);
            dbuf_putc(scratch, '\'');
            dbuf_append(scratch, s + 3, t->len - 3);
            *form = dbuf_cstr(scratch);
            *len = scratch->len;
        } else if (t->len > 3 && memcmp(s + t->len - 4, "’t", 4) == 0) { /* n’t -> n't */
            *form = "n't";
            *len = 3;
        }
        return;
    default:
        return;
    }
}

static void lower_copy(dbuf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) dbuf_putc(out, (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]));
}

int dyad_doc_parse(dyad_doc *doc, const dyad_model *model, const unsigned char *tags)
{
    if (dyad_doc_error(doc) || (!model && !tags)) return -1;
    size_t nt = doc->tokens.count, ns = doc->sentences.count;
    DYAD_GROW(doc->parses, doc->parses_cap, nt + 1);
    DYAD_GROW(doc->clause_index, doc->clause_index_cap, ns + 1);
    dbuf_clear(&doc->lemmas);
    doc->n_clauses = 0;
    const char *text = doc->text.data;
    size_t longest = 0;
    for (size_t s = 0; s < ns; s++)
        if (doc->sentences.items[s].token_count > longest) longest = doc->sentences.items[s].token_count;
    const char **words = dyad_xmalloc((longest + 1) * sizeof *words);
    size_t *lens = dyad_xmalloc((longest + 1) * sizeof *lens);
    penn_tag *ptags = dyad_xmalloc((longest + 1) * sizeof *ptags);
    ptoken *ptoks = dyad_xmalloc((longest + 1) * sizeof *ptoks);
    size_t *lemma_at = dyad_xmalloc((longest + 1) * sizeof *lemma_at);
    dbuf forms = {0}, scratch = {0};
    parse_state ps = {0};
    for (size_t s = 0; s < ns; s++) {
        const dyad_sentence *sent = &doc->sentences.items[s];
        const dyad_token *toks = doc->tokens.items + sent->first_token;
        size_t n = sent->token_count;
        /* Penn forms: copied into one buffer, then pointed at */
        dbuf_clear(&forms);
        for (size_t k = 0; k < n; k++) {
            const char *f;
            size_t len;
            penn_form(text, &toks[k], &scratch, &f, &len);
            lens[k] = len;
            lemma_at[k] = forms.len;
            dbuf_append(&forms, f, len);
        }
        for (size_t k = 0; k < n; k++) words[k] = forms.data + lemma_at[k];
        if (tags) {
            for (size_t k = 0; k < n; k++) ptags[k] = (penn_tag)tags[sent->first_token + k];
        } else {
            tagger_tag(model->tagger, words, lens, n, ptags);
            tagger_repair_infinitives(model->lemmatizer, words, lens, n, ptags);
        }
        for (size_t k = 0; k < n; k++) {
            lemma_at[k] = doc->lemmas.len;
            if (model) lemmatize(model->lemmatizer, words[k], lens[k], ptags[k], &doc->lemmas);
            else lower_copy(&doc->lemmas, words[k], lens[k]);
            doc->parses[sent->first_token + k].lemma_start = lemma_at[k];
            doc->parses[sent->first_token + k].lemma_len = doc->lemmas.len - lemma_at[k];
        }
        for (size_t k = 0; k < n; k++) {
            memset(&ptoks[k], 0, sizeof ptoks[k]);
            ptoks[k].form = text + toks[k].start;
            ptoks[k].len = toks[k].len;
            ptoks[k].tag = ptags[k];
            ptoks[k].lemma = doc->lemmas.data + lemma_at[k];
            ptoks[k].lemma_len = doc->parses[sent->first_token + k].lemma_len;
        }
        ps.tokens = ptoks;
        ps.n = n;
        parse_sentence(&ps);
        for (size_t k = 0; k < n; k++) {
            dyad_token_parse *p = &doc->parses[sent->first_token + k];
            p->tag = (unsigned char)ptoks[k].tag;
            p->deprel = (unsigned char)ptoks[k].rel;
            p->chunk = (unsigned char)ptoks[k].chunk;
            p->chunk_begin = (unsigned char)ptoks[k].chunk_begin;
            p->title = ptoks[k].title;
            p->head = ptoks[k].head;
            p->clause = ptoks[k].clause;
        }
        doc->clause_index[s] = doc->n_clauses;
        DYAD_GROW(doc->clauses, doc->clauses_cap, doc->n_clauses + ps.n_clauses + 1);
        for (size_t c = 0; c < ps.n_clauses; c++) {
            const clause *src = &ps.clauses[c];
            doc->clauses[doc->n_clauses++] = (dyad_clause){
                (unsigned char)src->type, (src->flags & PH_PASSIVE) != 0, (src->flags & PH_NEGATED) != 0,
                (src->flags & PH_MODAL) != 0, (src->flags & PH_WRITERS) != 0, src->first, src->last, src->verb, src->marker, src->subject,
                src->object, src->agent, src->parent, src->speaker};
        }
    }
    doc->clause_index[ns] = doc->n_clauses;
    dbuf_cstr(&doc->lemmas);
    parse_state_free(&ps);
    dbuf_free(&forms);
    dbuf_free(&scratch);
    free(words), free(lens), free(ptags), free(ptoks), free(lemma_at);
    doc->parsed = 1;
    return 0;
}

const dyad_token_parse *dyad_doc_token_parses(const dyad_doc *doc, size_t *count)
{
    *count = doc->parsed ? doc->tokens.count : 0;
    return doc->parses;
}

const char *dyad_doc_lemma_text(const dyad_doc *doc) { return doc->lemmas.data ? doc->lemmas.data : ""; }

const dyad_clause *dyad_doc_clauses(const dyad_doc *doc, size_t sentence, size_t *count)
{
    if (!doc->parsed || sentence >= doc->sentences.count) {
        *count = 0;
        return NULL;
    }
    size_t first = doc->clause_index[sentence];
    *count = doc->clause_index[sentence + 1] - first;
    return doc->clauses + first;
}

const char *dyad_tag_name(unsigned tag) { return penn_name((penn_tag)tag); }
unsigned dyad_tag_from_name(const char *name, size_t len) { return (unsigned)penn_from_name(name, len); }
const char *dyad_upos_name(unsigned tag) { return penn_upos((penn_tag)tag); }
const char *dyad_deprel_name(unsigned deprel) { return dep_name((dep_rel)deprel); }
const char *dyad_chunk_name(unsigned chunk) { return chunk_name((chunk_type)chunk); }
const char *dyad_clause_type_name(unsigned type) { return clause_name((clause_type)type); }
