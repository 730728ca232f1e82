/* doc.c - one article's text layer: check and normalise the UTF-8, find the
 * dateline, tokenize the body, split it into sentences. A doc is reused from
 * article to article so its arrays are allocated once for the largest. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "utf8.h"

dyad_doc *dyad_doc_new(void)
{
    dyad_doc *doc = dyad_xmalloc(sizeof *doc);
    memset(doc, 0, sizeof *doc);
    return doc;
}

void dyad_doc_free(dyad_doc *doc)
{
    if (!doc) return;
    dbuf_free(&doc->text);
    dbuf_free(&doc->sentence_text);
    dbuf_free(&doc->error);
    dbuf_free(&doc->lemmas);
    free(doc->parses);
    free(doc->clauses);
    free(doc->clause_index);
    free(doc->tokens.items);
    free(doc->sentences.items);
    free(doc);
}

static int fail(dyad_doc *doc, const char *what, size_t offset)
{
    dbuf_clear(&doc->error);
    dbuf_printf(&doc->error, "%s at byte %zu of the text", what, offset);
    doc->text.len = 0;
    doc->parsed = 0;
    doc->tokens.count = doc->sentences.count = 0;
    memset(&doc->dateline, 0, sizeof doc->dateline);
    return -1;
}

int dyad_doc_analyse(dyad_doc *doc, const char *text, size_t len)
{
    size_t bad;
    int needs_nfc;
    const char *nul = memchr(text, '\0', len);
    if (nul) return fail(doc, "NUL character", (size_t)(nul - text));
    if (utf8_check(text, len, &bad, &needs_nfc) != 0) return fail(doc, "invalid UTF-8", bad);
    dbuf_clear(&doc->error);
    dbuf_clear(&doc->text);
    doc->parsed = 0;
    if (needs_nfc) utf8_nfc(text, len, &doc->text);
    else dbuf_append(&doc->text, text, len);
    dbuf_cstr(&doc->text);
    size_t body = dateline_find(doc->text.data, doc->text.len, &doc->dateline);
    tokenize(doc->text.data, body, doc->text.len, &doc->tokens);
    split_sentences(doc->text.data, &doc->tokens, &doc->sentences);
    return 0;
}

const char *dyad_doc_error(const dyad_doc *doc) { return doc->error.len ? doc->error.data : NULL; }

const char *dyad_doc_text(const dyad_doc *doc, size_t *len)
{
    if (len) *len = doc->text.len;
    return doc->text.data ? doc->text.data : "";
}

const dyad_dateline *dyad_doc_dateline(const dyad_doc *doc) { return &doc->dateline; }

const dyad_sentence *dyad_doc_sentences(const dyad_doc *doc, size_t *count)
{
    *count = doc->sentences.count;
    return doc->sentences.items;
}

const dyad_token *dyad_doc_tokens(const dyad_doc *doc, size_t *count)
{
    *count = doc->tokens.count;
    return doc->tokens.items;
}

const char *dyad_doc_sentence_text(dyad_doc *doc, size_t index)
{
    dbuf *out = &doc->sentence_text;
    dbuf_clear(out);
    if (index >= doc->sentences.count) return dbuf_cstr(out);
    const dyad_sentence *s = &doc->sentences.items[index];
    const char *p = doc->text.data + s->start, *end = doc->text.data + s->end;
    while (p < end) {
        size_t n = utf8_space_len(p, end);
        if (n) {
            while (p < end && (n = utf8_space_len(p, end)) > 0) p += n;
            dbuf_putc(out, ' ');
            continue;
        }
        const char *q = p;
        while (q < end && utf8_space_len(q, end) == 0) q += utf8_char_len((unsigned char)*q);
        if (q > end) q = end;
        dbuf_append(out, p, (size_t)(q - p));
        p = q;
    }
    return dbuf_cstr(out);
}

const char *dyad_token_kind_name(dyad_token_kind kind)
{
    static const char *const names[] = {"word", "number", "abbrev", "punct", "quote",
                                        "dash", "bracket", "symbol", "url", "clitic"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "?";
}
