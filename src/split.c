/* split.c - groups tokens into sentences the way wire copy is written: a
 * full stop, question or exclamation mark (with the quotes and brackets that
 * close after it) ends a sentence when the next word starts like a sentence;
 * a blank line always does. Abbreviations end one only before a word that
 * usually starts a sentence. The rules are listed in docs/text.md. */
#include <string.h>

#include "abbrev.h"
#include "text.h"
#include "utf8.h"

static int is_terminal(const char *text, const dyad_token *t)
{
    if (t->kind != DYAD_TOKEN_PUNCT) return 0;
    char c = text[t->start];
    return c == '.' || c == '!' || c == '?' || (unsigned char)c == 0xE2; /* … */
}

static int is_closer(const dyad_token *t)
{
    return (t->kind == DYAD_TOKEN_QUOTE || t->kind == DYAD_TOKEN_BRACKET) && (t->flags & DYAD_TOKEN_CLOSING);
}

static int32_t first_cp(const char *text, const dyad_token *t)
{
    int32_t cp;
    utf8_decode(text + t->start, text + t->start + t->len, &cp);
    return cp;
}

/* Does the text from token k on start like a new sentence? */
static int starts_sentence(const char *text, const dyad_token *k)
{
    if (k->flags & DYAD_TOKEN_OPENING) return 1;
    int32_t cp = first_cp(text, k);
    return utf8_is_upper(cp) || (cp >= '0' && cp <= '9');
}

/* "Are we safe?" Smith asked. -- a capitalised word and a reporting verb
 * after a closing quote continue the sentence. */
static int speaker_follows(const char *text, const dyad_token *toks, size_t n, size_t k)
{
    if (k + 1 >= n || toks[k].kind != DYAD_TOKEN_WORD) return 0;
    const dyad_token *verb = &toks[k + 1];
    return utf8_is_upper(first_cp(text, &toks[k])) && is_reporting_verb(text + verb->start, verb->len);
}

/* Given a terminal at i, returns the index of the last token of the sentence
 * it ends, or n when it does not end one. */
static size_t sentence_end(const char *text, const dyad_token *toks, size_t n, size_t i)
{
    const dyad_token *t = &toks[i];
    size_t j = i + 1;
    int quote_closed = 0;
    while (j < n && !(toks[j].flags & DYAD_TOKEN_SPACE_BEFORE) &&
           (is_closer(&toks[j]) || is_terminal(text, &toks[j]))) {
        quote_closed |= toks[j].kind == DYAD_TOKEN_QUOTE;
        j++;
    }
    if (j >= n) return j - 1;
    const dyad_token *k = &toks[j];
    if (k->flags & DYAD_TOKEN_PARAGRAPH) return j - 1;
    if (!(k->flags & DYAD_TOKEN_SPACE_BEFORE)) return n;
    if (t->kind == DYAD_TOKEN_ABBREV) {
        abbrev_class c = abbrev_lookup(text + t->start, t->len - 1);
        if (c == ABBREV_TITLE) return n;
        return k->kind == DYAD_TOKEN_WORD && is_sentence_starter(text + k->start, k->len) ? j - 1 : n;
    }
    if (!starts_sentence(text, k)) return n;
    if (quote_closed && speaker_follows(text, toks, n, j)) return n;
    return j - 1;
}

static void add_sentence(sentence_list *list, const dyad_token *toks, size_t first, size_t last)
{
    DYAD_GROW(list->items, list->cap, list->count + 1);
    list->items[list->count++] = (dyad_sentence){
        toks[first].start, toks[last].start + toks[last].len, first, last - first + 1};
}

void split_sentences(const char *text, const token_list *tokens, sentence_list *list)
{
    const dyad_token *toks = tokens->items;
    size_t n = tokens->count, first = 0;
    list->count = 0;
    for (size_t i = 0; i < n; i++) {
        size_t last = n;
        if (i + 1 < n && (toks[i + 1].flags & DYAD_TOKEN_PARAGRAPH)) last = i;
        else if (is_terminal(text, &toks[i]) || toks[i].kind == DYAD_TOKEN_ABBREV)
            last = sentence_end(text, toks, n, i);
        if (last == n) continue;
        add_sentence(list, toks, first, last);
        first = i = last;
        first++;
    }
    if (first < n) add_sentence(list, toks, first, n - 1);
}
