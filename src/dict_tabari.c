/* dict_tabari.c - reads TABARI dictionaries (.verbs, .actors, .agents,
 * .options, .project) held in memory into the dictionary model of dict.h, so
 * that dyad codes with the dictionaries TABARI projects already have.
 *
 * Lines have no length limit (TABARI's 255-character limit is not kept); a
 * bad line is reported with file:line and skipped, and reading goes on. Every
 * access is bounded by the line's length, so any bytes at all are safe.
 *
 * How TABARI constructs map onto the model:
 *  - ';' starts a comment in dictionaries, '//' at the start of a line in
 *    .options files; a line starting with '#' in .actors/.agents files is
 *    commented out (TABARI's demo uses it for disabled entries); a line
 *    starting with "~~" ("~~FINISH ...", "~~~~~") ends the file, as TABARI
 *    writes it after the last entry.
 *  - actors: "NAME [CODE] [CODE <YYMMDD]", "+SYNONYM" lines and indented
 *    "[CODE ...]" lines continue the entry above. "[C <D]" is valid before D
 *    (to = the day before D), "[C >D]" after D (from = the day after D),
 *    "[C D1 - D2]" from D1 to D2 inclusive. "[ELR/GAL]" is kept as the one
 *    code "ELR/GAL", as written.
 *  - <NOUN>/<ADJECTIVE> blocks (in .actors or .agents files) list words
 *    TABARI's parser treats as nouns or adjectives; they carry no code. The
 *    model has no part-of-speech list and making them actors or agents would
 *    invent codes, so each becomes an option with key "NOUN" or "ADJECTIVE"
 *    and the phrase as written as its value (no warning).
 *  - a '=' ending an entry's name ("BAN=", "MOUSE=") is dropped.
 *  - verbs: "VERB [code]" or "[code:reverse]" (a second event, target -> source); a "{ FORM FORM }" line (or
 *    the same after the code) adds irregular forms; "- ... [code]" patterns
 *    become elements: '*' verb, '$' source, '+' target, '^' skip, '&NAME'
 *    synset, '%', '{', '|', '}' and '~' marks, words otherwise. '_' joins
 *    words as in dict_add_words: a word followed by '_' gets
 *    DICT_WORD_EXACT. Pattern text is the part between '-' and '['.
 *  - "&NAME" + "+member" lines (inside or outside <SYNSETS>) are synsets.
 *  - <TIME>: "PHRASE [-7]" adds a time shift; "- * MORE WORDS [+3]" adds one
 *    whose phrase is the pattern with '*' replaced by the entry's phrase.
 *    Codes are kept without spaces ("[- - -]" -> "---").
 *  - <DISCARD>: "PHRASE" discards the sentence, "+PHRASE" the story.
 *  - .options: "SET: X = Y" -> (X, Y); "SET: X" -> (X, ""); "KEY: rest" ->
 *    (KEY, rest), e.g. ("LABEL", "010=YIELD").
 *  - .project: "<tag> value" -> (tag, value); "<session 1> <coder x> ..." ->
 *    ("session", "1 <coder x> ..."); a first line that is not a tag is the
 *    project's title -> ("title", line). */
#include "dict.h"

#include <string.h>

typedef struct {
    const char *s;
    size_t n;
} slice;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

static slice trim(slice x)
{
    while (x.n && is_space(x.s[0])) x.s++, x.n--;
    while (x.n && is_space(x.s[x.n - 1])) x.n--;
    return x;
}

static slice cut_comment(slice x)
{
    const char *semi = x.n ? memchr(x.s, ';', x.n) : NULL;
    if (semi) x.n = (size_t)(semi - x.s);
    return trim(x);
}

static int starts(slice x, const char *p)
{
    size_t n = strlen(p);
    return x.n >= n && memcmp(x.s, p, n) == 0;
}

static int equals_ci(slice x, const char *p)
{
    size_t n = strlen(p);
    if (x.n != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char a = x.s[i], b = p[i];
        if (a >= 'a' && a <= 'z') a = (char)(a - 'a' + 'A');
        if (a != b) return 0;
    }
    return 1;
}

static slice before(slice x, char c)
{
    const char *at = x.n ? memchr(x.s, c, x.n) : NULL;
    if (at) x.n = (size_t)(at - x.s);
    return x;
}

/* ---- dates ---------------------------------------------------------------- */

/* ---- the loader's state --------------------------------------------------- */

enum { BLOCK_NONE, BLOCK_NOUN, BLOCK_ADJECTIVE, BLOCK_SYNSETS, BLOCK_TIME, BLOCK_DISCARD };
enum { LAST_NONE, LAST_SYNSET, LAST_VERB };

typedef struct {
    dict_set *set;
    dict_kind kind;
    dict_where at;
    int block;
    int last;
    int64_t entry;  /* actors[] / agents[] index of the open entry, -1 none */
    int entry_coded; /* the open agent has its code */
    int64_t verb;   /* verbs[] index, -1 none */
    int64_t synset; /* synsets[] index, -1 none */
    uint32_t verb_patterns; /* patterns of the open verb, for ids */
    dbuf time_head; /* the open <TIME> entry's phrase */
    int have_time_head;
    dbuf tmp;
    int seen_content; /* .project: a line has been read */
} loader;

/* ---- actors and agents ---------------------------------------------------- */

/* The entry under way is complete: an actor or agent needs a code. */
static void close_entry(loader *ld)
{
    dict_set *set = ld->set;
    if (ld->entry < 0) return;
    if (ld->kind == DICT_KIND_ACTORS) {
        dict_actor *a = &set->actors[ld->entry];
        if (a->codes.count == 0) {
            dict_error(set, a->at, "actor has no code");
            set->n_actors--;
        }
    } else if (!ld->entry_coded) {
        dict_error(set, set->agents[ld->entry].at, "agent has no code");
        set->n_agents--;
    }
    ld->entry = -1;
}

/* Adds a name to the open entry; its names must stay contiguous. */
static int add_entry_name(loader *ld, slice name)
{
    dict_set *set = ld->set;
    dict_span *names = ld->kind == DICT_KIND_ACTORS ? &set->actors[ld->entry].names : &set->agents[ld->entry].names;
    if (names->first + names->count != set->n_phrases) {
        dict_error(set, ld->at, "synonym does not follow its entry");
        return 0;
    }
    dict_add_phrase(set, name.s, name.n);
    names->count++;
    return 1;
}

static slice entry_name(slice x)
{
    x = trim(x);
    while (x.n && x.s[x.n - 1] == '=') x.n--; /* "BAN=", "MOUSE=" */
    return trim(x);
}

static int valid_code(slice c)
{
    if (!c.n) return 0;
    if (c.n == 3 && (starts(c, "---") || starts(c, "###") || starts(c, "+++"))) return 1;
    for (size_t i = 0; i < c.n; i++) {
        char ch = c.s[i];
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '/'))
            return 0;
    }
    return 1;
}

static int parse_date_at(loader *ld, slice d, int32_t *out)
{
    d = trim(d);
    int32_t v = dict_parse_date(d.s, d.n);
    if (v < 0) {
        dict_error(ld->set, ld->at, "bad date '%.*s'", (int)d.n, d.s);
        return 0;
    }
    *out = v;
    return 1;
}

/* One "[CODE ...]" of an actor. */
static void actor_code(loader *ld, slice in)
{
    dict_set *set = ld->set;
    slice raw = in;
    in = trim(in);
    size_t i = 0;
    while (i < in.n && !is_space(in.s[i]) && in.s[i] != '<' && in.s[i] != '>') i++;
    slice code = {in.s, i}, rest = trim((slice){in.s + i, in.n - i});
    if (!code.n || (code.s[0] >= '0' && code.s[0] <= '9' && memchr(code.s, '-', code.n))) {
        dict_error(set, ld->at, "code block '[%.*s]' has no code", (int)raw.n, raw.s);
        return;
    }
    if (!valid_code(code)) {
        dict_error(set, ld->at, "bad code '%.*s'", (int)code.n, code.s);
        return;
    }
    int32_t from = 0, to = 0, d;
    if (rest.n && rest.s[0] == '<') {
        if (!parse_date_at(ld, (slice){rest.s + 1, rest.n - 1}, &d)) return;
        to = dict_day_before(d);
    } else if (rest.n && rest.s[0] == '>') {
        if (!parse_date_at(ld, (slice){rest.s + 1, rest.n - 1}, &d)) return;
        from = d;
    } else if (rest.n) {
        const char *dash = memchr(rest.s, '-', rest.n);
        if (!dash) {
            dict_error(set, ld->at, "bad date restriction '%.*s'", (int)rest.n, rest.s);
            return;
        }
        if (!parse_date_at(ld, (slice){rest.s, (size_t)(dash - rest.s)}, &from)) return;
        if (!parse_date_at(ld, (slice){dash + 1, (size_t)(rest.s + rest.n - dash - 1)}, &to)) return;
        if (from > to) {
            dict_error(set, ld->at, "date range '%.*s' ends before it starts", (int)rest.n, rest.s);
            return;
        }
    }
    dict_actor *a = &set->actors[ld->entry];
    if (a->codes.first + a->codes.count != set->n_codes) {
        dict_error(set, ld->at, "code does not follow its actor");
        return;
    }
    DYAD_GROW(set->codes, set->cap_codes, set->n_codes + 1);
    set->codes[set->n_codes++] = (dict_code){dict_intern(set, code.s, code.n), from, to};
    a->codes.count++;
}

/* One "[~CODE]" or "[CODE~]" of an agent. */
static void agent_code(loader *ld, slice in)
{
    dict_set *set = ld->set;
    slice c = trim(in);
    uint32_t position = DICT_AGENT_SUFFIX;
    int lead = c.n && c.s[0] == '~', trail = c.n > 1 && c.s[c.n - 1] == '~';
    if (lead && trail) {
        dict_error(set, ld->at, "agent code '[%.*s]' has '~' on both sides", (int)in.n, in.s);
        return;
    }
    if (lead) c.s++, c.n--;
    else if (trail) c.n--, position = DICT_AGENT_PREFIX;
    c = trim(c);
    if (!valid_code(c)) {
        dict_error(set, ld->at, "bad agent code '[%.*s]'", (int)in.n, in.s);
        return;
    }
    if (!lead && !trail) dict_warning(set, ld->at, "agent code '[%.*s]' has no '~'; taken as '~%.*s'", (int)in.n, in.s, (int)c.n, c.s);
    if (ld->entry_coded) {
        dict_error(set, ld->at, "agent has more than one code");
        return;
    }
    dict_agent *a = &set->agents[ld->entry];
    a->code = dict_intern(set, c.s, c.n);
    a->position = position;
    ld->entry_coded = 1;
}

/* The "[...]" blocks after a name, up to the end of the line. */
static void entry_codes(loader *ld, slice x)
{
    while (1) {
        x = trim(x);
        if (!x.n) return;
        if (x.s[0] != '[') {
            dict_error(ld->set, ld->at, "unexpected text '%.*s'", (int)x.n, x.s);
            return;
        }
        const char *close = memchr(x.s, ']', x.n);
        if (!close) {
            dict_error(ld->set, ld->at, "'[' without ']'");
            return;
        }
        slice in = {x.s + 1, (size_t)(close - x.s - 1)};
        if (ld->kind == DICT_KIND_ACTORS) actor_code(ld, in);
        else agent_code(ld, in);
        x = (slice){close + 1, (size_t)(x.s + x.n - close - 1)};
    }
}

static void open_entry(loader *ld, slice name)
{
    dict_set *set = ld->set;
    close_entry(ld);
    if (!name.n) {
        dict_error(set, ld->at, "entry has no name");
        return;
    }
    uint32_t ph = dict_add_phrase(set, name.s, name.n);
    if (ld->kind == DICT_KIND_ACTORS) {
        DYAD_GROW(set->actors, set->cap_actors, set->n_actors + 1);
        set->actors[set->n_actors] = (dict_actor){.names = {ph, 1}, .codes = {(uint32_t)set->n_codes, 0}, .at = ld->at};
        ld->entry = (int64_t)set->n_actors++;
    } else {
        DYAD_GROW(set->agents, set->cap_agents, set->n_agents + 1);
        set->agents[set->n_agents] = (dict_agent){{ph, 1}, 0, DICT_AGENT_SUFFIX, ld->at};
        ld->entry = (int64_t)set->n_agents++;
        ld->entry_coded = 0;
    }
}

static void add_option(loader *ld, slice key, slice value)
{
    dict_set *set = ld->set;
    DYAD_GROW(set->options, set->cap_options, set->n_options + 1);
    dict_str k = dict_intern(set, key.s, key.n);
    dict_str v = dict_intern(set, value.s, value.n);
    set->options[set->n_options++] = (dict_option){k, v, ld->at};
}

/* Returns 1 when the line was a block tag. */
static int block_tag(loader *ld, slice x, int allowed_from, int allowed_to)
{
    static const char *names[] = {"", "NOUN", "ADJECTIVE", "SYNSETS", "TIME", "DISCARD"};
    if (!x.n || x.s[0] != '<') return 0;
    const char *gt = memchr(x.s, '>', x.n);
    if (!gt) {
        dict_error(ld->set, ld->at, "'<' without '>'");
        return 1;
    }
    slice tag = {x.s + 1, (size_t)(gt - x.s - 1)};
    int closing = tag.n && tag.s[0] == '/';
    if (closing) tag.s++, tag.n--;
    tag = trim(tag);
    if (trim((slice){gt + 1, (size_t)(x.s + x.n - gt - 1)}).n) {
        dict_error(ld->set, ld->at, "unexpected text after '%.*s'", (int)(gt - x.s + 1), x.s);
        return 1;
    }
    int which = -1;
    for (int b = allowed_from; b <= allowed_to; b++)
        if (equals_ci(tag, names[b])) which = b;
    if (which < 0) {
        dict_warning(ld->set, ld->at, "unknown tag '%.*s' ignored", (int)x.n, x.s);
        return 1;
    }
    close_entry(ld);
    ld->last = LAST_NONE;
    if (closing) {
        if (ld->block != which) dict_error(ld->set, ld->at, "'</%s>' does not close an open <%s>", names[which], names[which]);
        ld->block = BLOCK_NONE;
    } else {
        if (ld->block != BLOCK_NONE) dict_error(ld->set, ld->at, "<%s> inside <%s>", names[which], names[ld->block]);
        ld->block = which;
    }
    return 1;
}

static void actors_line(loader *ld, slice raw)
{
    dict_set *set = ld->set;
    slice t = trim(raw);
    if (!t.n || t.s[0] == '#') return;
    slice x = cut_comment(t);
    if (!x.n) return;
    if (block_tag(ld, x, BLOCK_NOUN, BLOCK_ADJECTIVE)) return;
    if (ld->block == BLOCK_NOUN || ld->block == BLOCK_ADJECTIVE) {
        slice word = entry_name(before(x, '['));
        if (word.n) add_option(ld, (slice){ld->block == BLOCK_NOUN ? "NOUN" : "ADJECTIVE", ld->block == BLOCK_NOUN ? 4 : 9}, word);
        else dict_error(set, ld->at, "empty entry in a word list");
        return;
    }
    if (x.s[0] == '+' || x.s[0] == '[') {
        if (ld->entry < 0) {
            dict_error(set, ld->at, "'%c' line without an entry above", x.s[0]);
            return;
        }
        if (x.s[0] == '+') {
            slice rest = {x.s + 1, x.n - 1};
            slice b = before(rest, '[');
            slice name = entry_name(b);
            if (!name.n) {
                dict_error(set, ld->at, "empty synonym");
                return;
            }
            if (!add_entry_name(ld, name)) return;
            x = (slice){b.s + b.n, rest.n - b.n};
        }
        entry_codes(ld, x);
        return;
    }
    slice name = entry_name(before(x, '['));
    open_entry(ld, name);
    if (ld->entry < 0) return;
    slice b = before(x, '[');
    entry_codes(ld, (slice){b.s + b.n, x.n - b.n});
}

/* ---- verbs ---------------------------------------------------------------- */

/* "[code]" or "[code:reverse]" at the start of x; *rest gets what follows. */
static int parse_verb_code(loader *ld, slice x, dict_str *code, dict_str *passive, slice *rest)
{
    dict_set *set = ld->set;
    const char *close = memchr(x.s, ']', x.n);
    if (!close) {
        dict_error(set, ld->at, "'[' without ']'");
        return 0;
    }
    slice in = trim((slice){x.s + 1, (size_t)(close - x.s - 1)});
    slice act = trim(before(in, ':')), pas = {NULL, 0};
    int has_colon = act.s + act.n < in.s + in.n;
    if (has_colon) {
        const char *colon = memchr(in.s, ':', in.n);
        pas = trim((slice){colon + 1, (size_t)(in.s + in.n - colon - 1)});
    }
    if (!act.n || (has_colon && !pas.n)) {
        dict_error(set, ld->at, "bad code '[%.*s]'", (int)in.n, in.s);
        return 0;
    }
    for (size_t i = 0; i < in.n; i++)
        if (is_space(in.s[i]) || in.s[i] == '[') {
            dict_error(set, ld->at, "bad code '[%.*s]'", (int)in.n, in.s);
            return 0;
        }
    *code = dict_intern(set, act.s, act.n);
    *passive = has_colon ? dict_intern(set, pas.s, pas.n) : 0;
    *rest = trim((slice){close + 1, (size_t)(x.s + x.n - close - 1)});
    return 1;
}

/* "{ FORM FORM_PHRASE }" -> forms of the open verb. */
static void verb_forms(loader *ld, slice x)
{
    dict_set *set = ld->set;
    if (ld->verb < 0 || ld->last != LAST_VERB) {
        dict_error(set, ld->at, "forms without a verb above");
        return;
    }
    const char *close = memchr(x.s, '}', x.n);
    if (!close || trim((slice){close + 1, (size_t)(x.s + x.n - close - 1)}).n) {
        dict_error(set, ld->at, "bad forms line (expected '{ FORM ... }')");
        return;
    }
    dict_verb *v = &set->verbs[ld->verb];
    if (v->forms.first + v->forms.count != set->n_phrases) {
        dict_error(set, ld->at, "forms do not follow their verb");
        return;
    }
    slice in = {x.s + 1, (size_t)(close - x.s - 1)};
    size_t i = 0;
    while (i < in.n) {
        while (i < in.n && is_space(in.s[i])) i++;
        size_t start = i;
        while (i < in.n && !is_space(in.s[i])) i++;
        if (i > start) {
            slice f = entry_name((slice){in.s + start, i - start});
            if (f.n) {
                dict_add_phrase(set, f.s, f.n);
                set->verbs[ld->verb].forms.count++;
            }
        }
    }
}

static int word_end(char c) { return is_space(c) || c == '_' || c == '{' || c == '|' || c == '}' || c == '*' || c == '~'; }

/* Splits a pattern's body into elements; returns 0 (and adds none) when
 * it is malformed. */
static int pattern_elements(loader *ld, slice body)
{
    dict_set *set = ld->set;
    size_t mark = set->n_elements;
    int verbs = 0, depth = 0, bad = 0;
    size_t i = 0;
    while (i < body.n && !bad) {
        char c = body.s[i];
        if (is_space(c) || c == '_') {
            i++;
            continue;
        }
        uint32_t kind = DICT_EL_MARK;
        switch (c) {
        case '*': kind = DICT_EL_VERB, verbs++; break;
        case '$': kind = DICT_EL_SOURCE; break;
        case '+': kind = DICT_EL_TARGET; break;
        case '^': kind = DICT_EL_SKIP; break;
        case '%': case '~': break;
        case '{':
            if (depth++) dict_error(set, ld->at, "nested '{' in pattern"), bad = 1;
            break;
        case '|':
            if (!depth) dict_error(set, ld->at, "'|' outside '{ }' in pattern"), bad = 1;
            break;
        case '}':
            if (!depth--) dict_error(set, ld->at, "'}' without '{' in pattern"), bad = 1;
            break;
        default: kind = DICT_EL_WORD; break;
        }
        if (kind != DICT_EL_WORD) {
            dict_add_element(set, kind, 0, body.s + i, 1);
            i++;
            continue;
        }
        size_t start = i;
        if (c == '&') i++;
        while (i < body.n && !word_end(body.s[i])) i++;
        uint32_t flags = i < body.n && body.s[i] == '_' ? DICT_WORD_EXACT : 0;
        if (flags && i + 1 < body.n && !is_space(body.s[i + 1])) flags |= DICT_WORD_JOINED;
        if (c == '&') {
            if (i - start < 2) {
                dict_error(set, ld->at, "'&' without a synset name in pattern");
                bad = 1;
                break;
            }
            dict_add_element(set, DICT_EL_SYNSET, flags | DICT_WORD_SYNSET, body.s + start + 1, i - start - 1);
        } else {
            dict_add_element(set, DICT_EL_WORD, flags, body.s + start, i - start);
        }
    }
    if (!bad && depth) dict_error(set, ld->at, "'{' without '}' in pattern"), bad = 1;
    if (!bad && verbs != 1)
        dict_error(set, ld->at, "%s", verbs ? "pattern has more than one '*'" : "pattern has no '*'"), bad = 1;
    if (bad) set->n_elements = mark;
    return !bad;
}

static void verb_pattern(loader *ld, slice x)
{
    dict_set *set = ld->set;
    if (ld->verb < 0) {
        dict_error(set, ld->at, "pattern without a verb above");
        return;
    }
    slice body = trim(before((slice){x.s + 1, x.n - 1}, '['));
    if (!memchr(x.s, '[', x.n)) {
        dict_error(set, ld->at, "pattern has no code");
        return;
    }
    const char *open = memchr(x.s, '[', x.n);
    dict_str code, passive;
    slice rest;
    if (!parse_verb_code(ld, (slice){open, (size_t)(x.s + x.n - open)}, &code, &passive, &rest)) return;
    if (rest.n) {
        dict_error(set, ld->at, "unexpected text '%.*s' after the code", (int)rest.n, rest.s);
        return;
    }
    if (!body.n) {
        dict_error(set, ld->at, "empty pattern");
        return;
    }
    uint32_t first = (uint32_t)set->n_elements;
    if (!pattern_elements(ld, body)) return;
    dict_verb *v = &set->verbs[ld->verb];
    if (v->patterns.first + v->patterns.count != set->n_patterns) {
        dict_error(set, ld->at, "pattern does not follow its verb");
        return;
    }
    dbuf_clear(&ld->tmp);
    dbuf_printf(&ld->tmp, "%s.%u", dict_string(set, v->name), ++ld->verb_patterns);
    dict_str id = dict_intern(set, ld->tmp.data, ld->tmp.len);
    dict_str text = dict_intern(set, body.s, body.n);
    DYAD_GROW(set->patterns, set->cap_patterns, set->n_patterns + 1);
    set->patterns[set->n_patterns++] = (dict_pattern){.elements = {first, (uint32_t)set->n_elements - first},
                                                      .code = code, .reverse = passive, .id = id, .text = text,
                                                      .verb = (uint32_t)ld->verb, .at = ld->at};
    set->verbs[ld->verb].patterns.count++;
}

static void verb_entry(loader *ld, slice x)
{
    dict_set *set = ld->set;
    slice name = entry_name(before(x, '['));
    if (!name.n) {
        dict_error(set, ld->at, "verb has no name");
        ld->verb = -1;
        ld->last = LAST_NONE;
        return;
    }
    const char *open = memchr(x.s, '[', x.n);
    if (!open) {
        dict_error(set, ld->at, "verb '%.*s' has no code", (int)name.n, name.s);
        ld->verb = -1;
        ld->last = LAST_NONE;
        return;
    }
    dict_str code, passive;
    slice rest;
    if (!parse_verb_code(ld, (slice){open, (size_t)(x.s + x.n - open)}, &code, &passive, &rest)) {
        ld->verb = -1;
        ld->last = LAST_NONE;
        return;
    }
    if (rest.n && rest.s[0] != '{') {
        dict_error(set, ld->at, "unexpected text '%.*s' after the code", (int)rest.n, rest.s);
        ld->verb = -1;
        ld->last = LAST_NONE;
        return;
    }
    uint32_t ph = dict_add_phrase(set, name.s, name.n);
    DYAD_GROW(set->verbs, set->cap_verbs, set->n_verbs + 1);
    dict_str vname = dict_intern(set, name.s, name.n);
    set->verbs[set->n_verbs] = (dict_verb){vname, code, {ph, 1}, {(uint32_t)set->n_patterns, 0}, ld->at, passive,
                                                  DICT_VERB_WORDS};
    ld->verb = (int64_t)set->n_verbs++;
    ld->verb_patterns = 0;
    ld->last = LAST_VERB;
    if (rest.n) verb_forms(ld, rest);
}

static void synset_line(loader *ld, slice x)
{
    dict_set *set = ld->set;
    slice name = trim((slice){x.s + 1, x.n - 1});
    int bad = !name.n;
    for (size_t i = 0; i < name.n; i++)
        if (is_space(name.s[i]) || name.s[i] == '[' || name.s[i] == '&') bad = 1;
    if (bad) {
        dict_error(set, ld->at, "bad synset name '%.*s'", (int)x.n, x.s);
        ld->synset = -1, ld->last = LAST_NONE;
        return;
    }
    DYAD_GROW(set->synsets, set->cap_synsets, set->n_synsets + 1);
    dict_str n = dict_intern(set, name.s, name.n);
    set->synsets[set->n_synsets] = (dict_synset){n, {(uint32_t)set->n_phrases, 0}, ld->at};
    ld->synset = (int64_t)set->n_synsets++;
    ld->last = LAST_SYNSET;
    ld->verb = -1; /* patterns after a synset do not belong to the verb before it */
}

static void synset_member(loader *ld, slice x)
{
    dict_set *set = ld->set;
    if (ld->synset < 0 || ld->last != LAST_SYNSET) {
        dict_error(set, ld->at, "'+' member without a synset above");
        return;
    }
    dict_synset *s = &set->synsets[ld->synset];
    slice m = entry_name((slice){x.s + 1, x.n - 1});
    if (!m.n) {
        dict_error(set, ld->at, "empty synset member");
        return;
    }
    if (s->members.first + s->members.count != set->n_phrases) {
        dict_error(set, ld->at, "member does not follow its synset");
        return;
    }
    dict_add_phrase(set, m.s, m.n);
    set->synsets[ld->synset].members.count++;
}

/* A time-shift code: "-7", "+30", "###", "---", "+++", "- - -". */
static int time_code(loader *ld, slice x, dbuf *out, slice *rest)
{
    const char *close = memchr(x.s, ']', x.n);
    if (!close) {
        dict_error(ld->set, ld->at, "'[' without ']'");
        return 0;
    }
    dbuf_clear(out);
    for (const char *p = x.s + 1; p < close; p++)
        if (!is_space(*p)) dbuf_putc(out, *p);
    const char *c = dbuf_cstr(out);
    int ok = !strcmp(c, "###") || !strcmp(c, "---") || !strcmp(c, "+++");
    if (!ok && out->len >= 2 && (c[0] == '+' || c[0] == '-')) {
        ok = 1;
        for (size_t i = 1; i < out->len; i++)
            if (c[i] < '0' || c[i] > '9') ok = 0;
    }
    if (!ok) {
        dict_error(ld->set, ld->at, "bad time shift '[%.*s]'", (int)(close - x.s - 1), x.s + 1);
        return 0;
    }
    *rest = trim((slice){close + 1, (size_t)(x.s + x.n - close - 1)});
    if (rest->n) {
        dict_error(ld->set, ld->at, "unexpected text '%.*s' after the time shift", (int)rest->n, rest->s);
        return 0;
    }
    return 1;
}

static void add_time(loader *ld, const char *phrase, size_t n, const dbuf *code)
{
    dict_set *set = ld->set;
    dict_span words = dict_add_words(set, phrase, n);
    dict_str c = dict_intern(set, code->data, code->len);
    DYAD_GROW(set->times, set->cap_times, set->n_times + 1);
    set->times[set->n_times++] = (dict_issue){words, c, ld->at};
}

static void time_line(loader *ld, slice x)
{
    dict_set *set = ld->set;
    const char *open = memchr(x.s, '[', x.n);
    if (!open) {
        dict_error(set, ld->at, "time entry has no shift");
        return;
    }
    dbuf code = {0};
    slice rest;
    slice lead = trim((slice){x.s, (size_t)(open - x.s)});
    if (!time_code(ld, (slice){open, (size_t)(x.s + x.n - open)}, &code, &rest)) goto done;
    if (x.s[0] == '-') {
        slice body = trim((slice){lead.s + 1, lead.n - 1});
        const char *star = body.n ? memchr(body.s, '*', body.n) : NULL;
        if (!ld->have_time_head) dict_error(set, ld->at, "time pattern without an entry above");
        else if (!star || memchr(star + 1, '*', (size_t)(body.s + body.n - star - 1)))
            dict_error(set, ld->at, "time pattern needs one '*'");
        else {
            dbuf_clear(&ld->tmp);
            dbuf_append(&ld->tmp, body.s, (size_t)(star - body.s));
            dbuf_putc(&ld->tmp, ' ');
            dbuf_append(&ld->tmp, ld->time_head.data, ld->time_head.len);
            dbuf_putc(&ld->tmp, ' ');
            dbuf_append(&ld->tmp, star + 1, (size_t)(body.s + body.n - star - 1));
            add_time(ld, ld->tmp.data, ld->tmp.len, &code);
        }
    } else {
        slice name = entry_name(lead);
        if (!name.n) {
            dict_error(set, ld->at, "time entry has no phrase");
            ld->have_time_head = 0;
            goto done;
        }
        dbuf_clear(&ld->time_head);
        dbuf_append(&ld->time_head, name.s, name.n);
        ld->have_time_head = 1;
        add_time(ld, name.s, name.n, &code);
    }
done:
    dbuf_free(&code);
}

static void discard_line(loader *ld, slice x)
{
    dict_set *set = ld->set;
    uint32_t scope = DICT_DISCARD_SENTENCE;
    if (x.s[0] == '+') scope = DICT_DISCARD_STORY, x.s++, x.n--;
    slice p = entry_name(before(x, '['));
    if (!p.n) {
        dict_error(set, ld->at, "empty discard");
        return;
    }
    dict_span words = dict_add_words(set, p.s, p.n);
    DYAD_GROW(set->discards, set->cap_discards, set->n_discards + 1);
    set->discards[set->n_discards++] = (dict_discard){words, scope, ld->at};
}

static void verbs_line(loader *ld, slice raw)
{
    slice x = cut_comment(trim(raw));
    if (!x.n) return;
    if (block_tag(ld, x, BLOCK_SYNSETS, BLOCK_DISCARD)) {
        ld->have_time_head = 0;
        return;
    }
    if (ld->block == BLOCK_TIME) time_line(ld, x);
    else if (ld->block == BLOCK_DISCARD) discard_line(ld, x);
    else if (x.s[0] == '&') synset_line(ld, x);
    else if (x.s[0] == '+') synset_member(ld, x);
    else if (x.s[0] == '-') verb_pattern(ld, x);
    else if (x.s[0] == '{') verb_forms(ld, x);
    else if (ld->block == BLOCK_SYNSETS) dict_error(ld->set, ld->at, "unexpected line in <SYNSETS>");
    else verb_entry(ld, x);
}

/* ---- options and project -------------------------------------------------- */

static void options_line(loader *ld, slice raw)
{
    slice x = trim(raw);
    if (!x.n || starts(x, "//")) return;
    const char *colon = memchr(x.s, ':', x.n);
    if (!colon) {
        dict_error(ld->set, ld->at, "option without ':'");
        return;
    }
    slice key = trim((slice){x.s, (size_t)(colon - x.s)});
    slice value = trim((slice){colon + 1, (size_t)(x.s + x.n - colon - 1)});
    if (!key.n) {
        dict_error(ld->set, ld->at, "option without a name");
        return;
    }
    if (equals_ci(key, "SET")) {
        const char *eq = value.n ? memchr(value.s, '=', value.n) : NULL;
        slice k = eq ? trim((slice){value.s, (size_t)(eq - value.s)}) : value;
        slice v = eq ? trim((slice){eq + 1, (size_t)(value.s + value.n - eq - 1)}) : (slice){"", 0};
        if (!k.n) {
            dict_error(ld->set, ld->at, "SET: without a setting");
            return;
        }
        key = k, value = v;
    }
    add_option(ld, key, value);
}

static void project_line(loader *ld, slice raw)
{
    slice x = trim(raw);
    if (!x.n) return;
    int first = !ld->seen_content;
    ld->seen_content = 1;
    if (x.s[0] != '<') {
        if (first) add_option(ld, (slice){"title", 5}, x);
        else dict_warning(ld->set, ld->at, "line is not a <tag> and is ignored");
        return;
    }
    const char *close = memchr(x.s, '>', x.n);
    if (!close) {
        dict_error(ld->set, ld->at, "'<' without '>'");
        return;
    }
    slice tag = trim((slice){x.s + 1, (size_t)(close - x.s - 1)});
    size_t k = 0;
    while (k < tag.n && !is_space(tag.s[k])) k++;
    slice key = {tag.s, k};
    if (!key.n) {
        dict_error(ld->set, ld->at, "empty tag");
        return;
    }
    slice param = trim((slice){tag.s + k, tag.n - k});
    slice rest = trim((slice){close + 1, (size_t)(x.s + x.n - close - 1)});
    dbuf_clear(&ld->tmp);
    dbuf_append(&ld->tmp, param.s, param.n);
    if (param.n && rest.n) dbuf_putc(&ld->tmp, ' ');
    dbuf_append(&ld->tmp, rest.s, rest.n);
    add_option(ld, key, (slice){ld->tmp.data, ld->tmp.len});
}

/* ---- entry point ---------------------------------------------------------- */

size_t dict_load_tabari(dict_set *set, const char *name, const char *data, size_t len, dict_kind kind)
{
    size_t errors = set->errors;
    loader ld = {0};
    ld.set = set, ld.kind = kind, ld.entry = -1, ld.verb = -1, ld.synset = -1;
    ld.at.file = dict_add_file(set, name ? name : "<memory>");
    if (kind == DICT_KIND_DISCARDS || kind == DICT_KIND_ISSUES) {
        ld.at.line = 0;
        dict_error(set, ld.at, "TABARI has no separate %s file", kind == DICT_KIND_DISCARDS ? "discards" : "issues");
        return set->errors - errors;
    }
    if (!data) len = 0;
    size_t pos = 0;
    while (pos < len) {
        const char *s = data + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + (nl ? 1 : 0);
        ld.at.line++;
        slice line = {s, n};
        if (starts(trim(line), "~~")) break; /* "~~FINISH", "~~~~~": end of the entries */
        switch (kind) {
        case DICT_KIND_VERBS: verbs_line(&ld, line); break;
        case DICT_KIND_ACTORS:
        case DICT_KIND_AGENTS: actors_line(&ld, line); break;
        case DICT_KIND_OPTIONS: options_line(&ld, line); break;
        case DICT_KIND_PROJECT: project_line(&ld, line); break;
        default: break;
        }
    }
    if (kind == DICT_KIND_ACTORS || kind == DICT_KIND_AGENTS) close_entry(&ld);
    if (ld.block != BLOCK_NONE) dict_error(set, ld.at, "block not closed at end of file");
    dbuf_free(&ld.time_head);
    dbuf_free(&ld.tmp);
    return set->errors - errors;
}
