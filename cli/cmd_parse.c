/* cmd_parse.c - `dyad parse`: shows the tagger's and the shallow parser's
 * reading of each sentence, as CoNLL-U (the default: lemma, UPOS, Penn tag,
 * head and relation, chunk and clause in MISC) or as Penn-style bracketed
 * trees (--format tree). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dyad parse [options] [FILE...]\n"
    "Tags and shallow-parses each sentence of the articles.\n"
    "  --format conllu|tree   output (default conllu)\n"
    "  --input F              input format: auto (default), jsonl, text, petrarch-xml, tabari\n"
    "  --date D               date for articles that have none\n"
    "  --data DIR             data directory holding model/ (default: built-in)\n"
    "  --stats                print counts to standard error\n";

typedef struct {
    FILE *out;
    const dyad_model *model;
    int tree;
} parse_ctx;

static int is_negation(const char *s, size_t n)
{
    return (n == 3 && !strncmp(s, "not", 3)) || (n == 3 && !strncmp(s, "n't", 3)) ||
           (n == 5 && !strncmp(s, "n’t", 5)) || (n == 5 && !strncmp(s, "never", 5));
}

static void print_conllu(FILE *out, const dyad_article *a, dyad_doc *doc, size_t s)
{
    size_t nt, np, nc;
    const char *text = dyad_doc_text(doc, NULL), *lemmas = dyad_doc_lemma_text(doc);
    const dyad_token *toks = dyad_doc_tokens(doc, &nt);
    const dyad_token_parse *parses = dyad_doc_token_parses(doc, &np);
    const dyad_sentence *sent = &dyad_doc_sentences(doc, &nt)[s];
    const dyad_clause *clauses = dyad_doc_clauses(doc, s, &nc);
    if (s == 0) fprintf(out, "# newdoc id = %s\n", a->id);
    fprintf(out, "# sent_id = %s-%zu\n# text = %s\n", a->id, s, dyad_doc_sentence_text(doc, s));
    for (size_t k = 0; k < sent->token_count; k++) {
        size_t i = sent->first_token + k;
        const dyad_token *t = &toks[i];
        const dyad_token_parse *p = &parses[i];
        const dyad_clause *c = p->clause >= 0 ? &clauses[p->clause] : NULL;
        const char *feats = "_";
        if (is_negation(lemmas + p->lemma_start, p->lemma_len) || is_negation(text + t->start, t->len)) feats = "Polarity=Neg";
        else if (c && c->verb == (int)k && c->passive) feats = "Voice=Pass";
        const char *deprel = dyad_deprel_name(p->deprel);
        const char *upos = strncmp(deprel, "aux", 3) == 0 || strcmp(deprel, "cop") == 0 ? "AUX" : dyad_upos_name(p->tag);
        fprintf(out, "%zu\t%.*s\t%.*s\t%s\t%s\t%s\t%d\t%s\t_\t", k + 1, (int)t->len, text + t->start,
                (int)p->lemma_len, lemmas + p->lemma_start, upos, dyad_tag_name(p->tag), feats,
                p->head + 1, deprel);
        fprintf(out, "Chunk=%s%s", p->chunk ? (p->chunk_begin ? "B-" : "I-") : "", dyad_chunk_name(p->chunk));
        if (c) fprintf(out, "|Clause=%d:%s", p->clause, dyad_clause_type_name(c->type));
        if (p->title) fputs("|Title=Yes", out);
        if (k + 1 < sent->token_count && !(toks[i + 1].flags & DYAD_TOKEN_SPACE_BEFORE)) fputs("|SpaceAfter=No", out);
        fputc('\n', out);
    }
    fputc('\n', out);
}

static void print_leaf(FILE *out, const char *text, const dyad_token *t, const dyad_token_parse *p)
{
    const char *w = text + t->start;
    int n = (int)t->len;
    if (n == 1 && (*w == '(' || *w == ')')) w = *w == '(' ? "-LRB-" : "-RRB-", n = 5;
    fprintf(out, " (%s %.*s)", dyad_tag_name(p->tag), n, w);
}

static void print_tree(FILE *out, dyad_doc *doc, size_t s)
{
    size_t nt, np, nc;
    const char *text = dyad_doc_text(doc, NULL);
    const dyad_token *toks = dyad_doc_tokens(doc, &nt);
    const dyad_token_parse *parses = dyad_doc_token_parses(doc, &np);
    const dyad_sentence *sent = &dyad_doc_sentences(doc, &nt)[s];
    const dyad_clause *clauses = dyad_doc_clauses(doc, s, &nc);
    fputs("(ROOT (S", out);
    int clause = 0, open_chunk = 0;
    for (size_t k = 0; k < sent->token_count; k++) {
        size_t i = sent->first_token + k;
        const dyad_token_parse *p = &parses[i];
        if (p->clause > clause) { /* a new clause: close what is open, open its bracket */
            if (open_chunk) fputc(')', out), open_chunk = 0;
            if (clause > 0) fputc(')', out);
            clause = p->clause;
            unsigned type = clauses[clause].type;
            fprintf(out, " (%s", type == DYAD_CLAUSE_SUB || type == DYAD_CLAUSE_REL ? "SBAR"
                                 : type == DYAD_CLAUSE_REPORTING                   ? "PRN"
                                                                                   : "S");
        }
        if (open_chunk && (p->chunk_begin || !p->chunk)) fputc(')', out), open_chunk = 0;
        if (p->chunk && p->chunk_begin && strcmp(dyad_chunk_name(p->chunk), "SBAR") != 0) {
            fprintf(out, " (%s", dyad_chunk_name(p->chunk));
            open_chunk = 1;
        }
        print_leaf(out, text, &toks[i], p);
    }
    if (open_chunk) fputc(')', out);
    if (clause > 0) fputc(')', out);
    fputs("))\n", out);
}

static int parse_article(void *ctx_, const dyad_article *a, dyad_doc *doc)
{
    parse_ctx *ctx = ctx_;
    if (dyad_doc_parse(doc, ctx->model, NULL) != 0) return 0;
    size_t ns;
    dyad_doc_sentences(doc, &ns);
    for (size_t s = 0; s < ns; s++) {
        if (ctx->tree) print_tree(ctx->out, doc, s);
        else print_conllu(ctx->out, a, doc, s);
    }
    return ferror(ctx->out) ? -1 : 0;
}

int cmd_parse(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"input", required_argument, NULL, 'f'}, {"date", required_argument, NULL, 'd'},
        {"stats", no_argument, NULL, 's'},       {"format", required_argument, NULL, 'F'},
        {"data", required_argument, NULL, 'D'},  {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    input_options in = {.need_date = 0};
    const char *data = NULL;
    int tree = 0, c, known;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        if ((known = cli_input_option("parse", c, optarg, &in)) != 0) {
            if (known < 0) return 2;
            continue;
        }
        switch (c) {
        case 'F':
            if (strcmp(optarg, "tree") == 0) tree = 1;
            else if (strcmp(optarg, "conllu") == 0) tree = 0;
            else {
                fprintf(stderr, "dyad parse: unknown --format \"%s\" (conllu, tree)\n", optarg);
                return 2;
            }
            break;
        case 'D': data = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    char *error = NULL;
    dyad_model *model = dyad_model_load(data, &error);
    if (!model) {
        fprintf(stderr, "dyad parse: %s\n", error);
        free(error);
        return 2;
    }
    parse_ctx ctx = {stdout, model, tree};
    run_counts counts = {0};
    cli_each_article(argv + optind, argc - optind, &in, parse_article, &ctx, &counts);
    if (fflush(stdout) != 0) counts.io_error = 1;
    dyad_model_free(model);
    return cli_finish("parse", &in, &counts);
}
