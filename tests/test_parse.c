/* test_parse.c - the shallow parser on hand-tagged sentences, one test per
 * construction it must handle: coordination, apposition, possession,
 * titles, negation, voice, prepositional attachment, subordinate, relative
 * and infinitival clauses, and reported speech in every order. Tags are
 * given, so these tests do not depend on the tagger's model. */
#include "testutil.h"

#include "parse.h"

typedef struct {
    parse_state ps;
    ptoken tokens[64];
    char buf[2048];
} sentence;

/* "Finland/NNP was/VBD/be ..." : word/TAG[/lemma]; the lemma defaults to the
 * lower-cased word. */
static void parse(sentence *s, const char *spec)
{
    memset(s, 0, sizeof *s);
    snprintf(s->buf, sizeof s->buf, "%s", spec);
    size_t n = 0;
    for (char *save = NULL, *w = strtok_r(s->buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        char *tag = strchr(w, '/');
        assert_non_null(tag);
        *tag++ = '\0';
        char *lemma = strchr(tag, '/');
        if (lemma) *lemma++ = '\0';
        ptoken *t = &s->tokens[n++];
        t->form = w;
        t->len = strlen(w);
        t->tag = penn_from_name(tag, strlen(tag));
        if (t->tag == PENN_NONE) fail_msg("unknown tag %s", tag);
        if (!lemma) lemma = w; /* good enough for the words the parser looks up by lemma */
        t->lemma = lemma;
        t->lemma_len = strlen(lemma);
    }
    s->ps.tokens = s->tokens;
    s->ps.n = n;
    parse_sentence(&s->ps);
}

static int find(const sentence *s, const char *word)
{
    for (size_t i = 0; i < s->ps.n; i++)
        if (s->tokens[i].len == strlen(word) && memcmp(s->tokens[i].form, word, strlen(word)) == 0) return (int)i;
    fail_msg("no token %s", word);
    return -1;
}

#define HEAD(s, w) ((s)->tokens[find(s, w)].head)
#define REL(s, w) ((s)->tokens[find(s, w)].rel)
#define CLAUSE(s, k) (&(s)->ps.clauses[k])

static void done(sentence *s) { parse_state_free(&s->ps); }

static void coordination(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Brazil/NNP and/CC Argentina/NNP signed/VBD/sign a/DT trade/NN agreement/NN ./.");
    assert_int_equal(s.ps.n_clauses, 1);
    assert_int_equal(CLAUSE(&s, 0)->subject, find(&s, "Brazil"));
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "agreement"));
    assert_int_equal(REL(&s, "Argentina"), DEP_CONJ);
    assert_int_equal(HEAD(&s, "Argentina"), find(&s, "Brazil"));
    assert_int_equal(REL(&s, "and"), DEP_CC);
    assert_int_equal(REL(&s, "Brazil"), DEP_NSUBJ);
    assert_int_equal(REL(&s, "signed"), DEP_ROOT);
    done(&s);
    parse(&s, "Turkey/NNP met/VBD/meet Greece/NNP ,/, Cyprus/NNP and/CC Egypt/NNP ./.");
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "Greece"));
    assert_int_equal(HEAD(&s, "Cyprus"), find(&s, "Greece"));
    assert_int_equal(HEAD(&s, "Egypt"), find(&s, "Greece"));
    assert_int_equal(REL(&s, "Egypt"), DEP_CONJ);
    done(&s);
}

static void apposition(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Erdogan/NNP ,/, the/DT Turkish/JJ president/NN ,/, met/VBD/meet Modi/NNP ./.");
    assert_int_equal(CLAUSE(&s, 0)->subject, find(&s, "Erdogan"));
    assert_int_equal(REL(&s, "president"), DEP_APPOS);
    assert_int_equal(HEAD(&s, "president"), find(&s, "Erdogan"));
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "Modi"));
    done(&s);
}

static void participles_as_modifiers(void **state)
{
    (void)state;
    sentence s;
    /* a participle right after a verb that is no auxiliary modifies the noun */
    parse(&s, "Guards/NNS tortured/VBD/torture captured/VBN/capture Ukrainian/JJ soldiers/NNS ./.");
    assert_int_equal(REL(&s, "captured"), DEP_AMOD);
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "soldiers"));
    done(&s);
    /* after an auxiliary it is the verb */
    parse(&s, "Guards/NNS have/VBP/have captured/VBN/capture Ukrainian/JJ soldiers/NNS ./.");
    assert_int_equal(REL(&s, "captured"), DEP_ROOT);
    done(&s);
    /* after an adverb inside a noun phrase */
    parse(&s, "Saudi/NNP Arabia/NNP backed/VBD/back Yemen/NNP 's/POS internationally/RB recognised/VBN/recognise "
              "government/NN ./.");
    assert_int_equal(REL(&s, "recognised"), DEP_AMOD);
    done(&s);
}

static void possessive(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Iran/NNP 's/POS IRNA/NNP news/NN agency/NN reported/VBD/report the/DT attack/NN ./.");
    assert_int_equal(CLAUSE(&s, 0)->subject, find(&s, "agency"));
    assert_int_equal(REL(&s, "Iran"), DEP_NMOD_POSS);
    assert_int_equal(HEAD(&s, "Iran"), find(&s, "agency"));
    assert_int_equal(REL(&s, "'s"), DEP_CASE);
    assert_int_equal(HEAD(&s, "'s"), find(&s, "Iran"));
    assert_int_equal(REL(&s, "IRNA"), DEP_COMPOUND);
    assert_true(s.ps.phrases[s.tokens[find(&s, "Iran")].phrase].flags & PH_POSSESSIVE);
    done(&s);
}

static void titles(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Indian/JJ Prime/NNP Minister/NNP Narendra/NNP Modi/NNP visited/VBD/visit Nairobi/NNP ./.");
    assert_int_equal(CLAUSE(&s, 0)->subject, find(&s, "Modi"));
    assert_int_equal(REL(&s, "Indian"), DEP_AMOD);
    assert_true(s.tokens[find(&s, "Prime")].title);
    assert_true(s.tokens[find(&s, "Minister")].title);
    assert_false(s.tokens[find(&s, "Narendra")].title);
    assert_int_equal(HEAD(&s, "Narendra"), find(&s, "Modi"));
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "Nairobi"));
    done(&s);
}

static void negation(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Kenya/NNP did/VBD/do not/RB attend/VB the/DT summit/NN ./.");
    assert_int_equal(CLAUSE(&s, 0)->verb, find(&s, "attend"));
    assert_true(CLAUSE(&s, 0)->flags & PH_NEGATED);
    assert_int_equal(REL(&s, "did"), DEP_AUX);
    assert_int_equal(REL(&s, "not"), DEP_ADVMOD);
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "summit"));
    done(&s);
    parse(&s, "The/DT minister/NN was/VBD/be not/RB consulted/VBN/consult ./.");
    assert_true(CLAUSE(&s, 0)->flags & PH_NEGATED);
    assert_true(CLAUSE(&s, 0)->flags & PH_PASSIVE);
    assert_int_equal(REL(&s, "minister"), DEP_NSUBJ_PASS);
    assert_int_equal(REL(&s, "was"), DEP_AUX_PASS);
    done(&s);
}

static void passive_voice(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Ten/CD soldiers/NNS were/VBD/be killed/VBN/kill by/IN rebels/NNS ./.");
    clause *c = CLAUSE(&s, 0);
    assert_true(c->flags & PH_PASSIVE);
    assert_int_equal(c->subject, find(&s, "soldiers"));
    assert_int_equal(c->agent, find(&s, "rebels"));
    assert_int_equal(REL(&s, "rebels"), DEP_OBL_AGENT);
    assert_int_equal(c->object, -1);
    done(&s);
    parse(&s, "Finland/NNP was/VBD/be formally/RB admitted/VBN/admit as/IN the/DT 31st/JJ member/NN of/IN "
              "the/DT alliance/NN at/IN a/DT ceremony/NN in/IN Brussels/NNP ./.");
    c = CLAUSE(&s, 0);
    assert_true(c->flags & PH_PASSIVE);
    assert_int_equal(c->verb, find(&s, "admitted"));
    assert_int_equal(c->subject, find(&s, "Finland"));
    assert_int_equal(REL(&s, "Finland"), DEP_NSUBJ_PASS);
    assert_int_equal(REL(&s, "formally"), DEP_ADVMOD);
    assert_int_equal(HEAD(&s, "alliance"), find(&s, "member"));
    assert_int_equal(REL(&s, "alliance"), DEP_NMOD);
    assert_int_equal(HEAD(&s, "ceremony"), find(&s, "admitted"));
    assert_int_equal(REL(&s, "ceremony"), DEP_OBL);
    done(&s);
}

static void prepositions(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Modi/NNP met/VBD/meet Erdogan/NNP in/IN Ankara/NNP on/IN Monday/NNP ./.");
    assert_int_equal(HEAD(&s, "Ankara"), find(&s, "met"));
    assert_int_equal(REL(&s, "Ankara"), DEP_OBL);
    assert_int_equal(HEAD(&s, "in"), find(&s, "Ankara"));
    assert_int_equal(REL(&s, "in"), DEP_CASE);
    assert_int_equal(HEAD(&s, "Monday"), find(&s, "met"));
    done(&s);
}

static void subordinate_clauses(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Kenya/NNP said/VBD/say that/IN Ethiopia/NNP attacked/VBD/attack the/DT border/NN ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    clause *sub = CLAUSE(&s, 1);
    assert_int_equal(sub->type, CLAUSE_SUB);
    assert_int_equal(sub->parent, 0);
    assert_int_equal(sub->subject, find(&s, "Ethiopia"));
    assert_int_equal(sub->object, find(&s, "border"));
    assert_int_equal(sub->speaker, find(&s, "Kenya"));
    assert_int_equal(REL(&s, "attacked"), DEP_CCOMP);
    assert_int_equal(REL(&s, "that"), DEP_MARK);
    done(&s);
    parse(&s, "Police/NNS fired/VBD/fire because/IN protesters/NNS threw/VBD/throw stones/NNS ./.");
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_SUB);
    assert_int_equal(REL(&s, "threw"), DEP_ADVCL);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "protesters"));
    done(&s);
    parse(&s, "After/IN the/DT talks/NNS ended/VBD/end ,/, Modi/NNP left/VBD/leave ./.");
    assert_int_equal(CLAUSE(&s, 0)->type, CLAUSE_SUB);
    assert_int_equal(CLAUSE(&s, 0)->parent, 1);
    assert_int_equal(REL(&s, "left"), DEP_ROOT);
    assert_int_equal(REL(&s, "ended"), DEP_ADVCL);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "Modi"));
    done(&s);
}

static void relative_clauses(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "The/DT rebels/NNS ,/, who/WP seized/VBD/seize the/DT town/NN ,/, fled/VBD/flee ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    clause *rel = CLAUSE(&s, 0);
    assert_int_equal(rel->type, CLAUSE_REL);
    assert_int_equal(rel->subject, find(&s, "who"));
    assert_int_equal(REL(&s, "seized"), DEP_ACL_RELCL);
    assert_int_equal(HEAD(&s, "seized"), find(&s, "rebels"));
    assert_int_equal(rel->object, find(&s, "town"));
    done(&s);
    /* a participle with a by-agent opening the sentence is a reduced
       relative; the verb after the agent is the main verb, even as VBN */
    parse(&s, "A/DT bomb/NN planted/VBN/plant by/IN rebels/NNS killed/VBN/kill four/CD soldiers/NNS ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    assert_int_equal(CLAUSE(&s, 0)->type, CLAUSE_REL);
    assert_true(CLAUSE(&s, 0)->flags & PH_PASSIVE);
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_MAIN);
    assert_false(CLAUSE(&s, 1)->flags & PH_PASSIVE);
    assert_int_equal(CLAUSE(&s, 1)->object, find(&s, "soldiers"));
    done(&s);
    /* ... and between commas */
    parse(&s, "The/DT plan/NN ,/, drafted/VBN/draft by/IN Kenya/NNP ,/, also/RB praised/VBD/praise Uganda/NNP ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    assert_int_equal(CLAUSE(&s, 0)->type, CLAUSE_REL);
    assert_int_equal(CLAUSE(&s, 0)->subject, find(&s, "plan"));
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_MAIN);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "plan"));
    assert_int_equal(CLAUSE(&s, 1)->object, find(&s, "Uganda"));
    done(&s);
    /* ... and a past participle on the noun of a phrase opening the
       sentence, the subject staying the main clause's own */
    parse(&s, "In/IN a/DT statement/NN issued/VBN/issue in/IN Nairobi/NNP ,/, Kenya/NNP rejected/VBD/reject "
              "the/DT plan/NN ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    assert_int_equal(CLAUSE(&s, 0)->type, CLAUSE_REL);
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_MAIN);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "Kenya"));
    done(&s);
    /* ... and so is an active participle before a past verb, not passive */
    parse(&s, "Arab/NNP leaders/NNS meeting/VBG/meet in/IN Cairo/NNP on/IN Tuesday/NNP endorsed/VBD/endorse "
              "the/DT plan/NN ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    assert_int_equal(CLAUSE(&s, 0)->type, CLAUSE_REL);
    assert_false(CLAUSE(&s, 0)->flags & PH_PASSIVE);
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_MAIN);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "leaders"));
    assert_int_equal(CLAUSE(&s, 1)->object, find(&s, "plan"));
    done(&s);
}

static void infinitival_clauses(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "The/DT U.S./NNP urged/VBD/urge Israel/NNP to/TO halt/VB the/DT offensive/NN ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "Israel"));
    clause *inf = CLAUSE(&s, 1);
    assert_int_equal(inf->type, CLAUSE_INF);
    assert_int_equal(inf->subject, find(&s, "Israel"));
    assert_int_equal(inf->object, find(&s, "offensive"));
    assert_int_equal(REL(&s, "halt"), DEP_XCOMP);
    assert_int_equal(REL(&s, "to"), DEP_MARK);
    done(&s);
    /* two infinitives under one verb, "to" repeated or not, past a relative
       clause inside the first: siblings, not one inside the other */
    parse(&s, "Kenya/NNP urged/VBD/urge Uganda/NNP to/TO free/VB the/DT men/NNS held/VBN since/IN May/NNP "
              "and/CC to/TO withdraw/VB troops/NNS ./.");
    assert_int_equal(s.ps.n_clauses, 4);
    assert_int_equal(CLAUSE(&s, 3)->type, CLAUSE_INF);
    assert_int_equal(CLAUSE(&s, 3)->parent, 0);
    assert_int_equal(CLAUSE(&s, 3)->subject, find(&s, "Uganda"));
    done(&s);
    parse(&s, "Ruto/NNP appealed/VBD/appeal to/TO protesters/NNS to/TO end/VB the/DT strike/NN and/CC "
              "join/VBP talks/NNS ./.");
    assert_int_equal(s.ps.n_clauses, 3);
    assert_int_equal(CLAUSE(&s, 2)->type, CLAUSE_INF);
    assert_int_equal(CLAUSE(&s, 2)->parent, 0);
    done(&s);
}

static void participles_after_a_comma(void **state)
{
    (void)state;
    sentence s;
    /* the main clause's act and subject, even after a noun that could take
       a reduced relative */
    parse(&s, "Trump/NNP cut/VBD/cut aid/NN to/TO Pretoria/NNP ,/, accusing/VBG/accuse it/PRP of/IN abuses/NNS ./.");
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_MAIN);
    assert_int_equal(CLAUSE(&s, 1)->parent, 0);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "Trump"));
    done(&s);
    /* an apposition with a prepositional tail is no subject of its own */
    parse(&s, "Medvedev/NNP ,/, deputy/JJ chairman/NN of/IN Russia/NNP 's/POS Security/NNP Council/NNP ,/, "
              "warned/VBD/warn Germany/NNP ./.");
    assert_int_equal(CLAUSE(&s, 0)->subject, find(&s, "Medvedev"));
    done(&s);
}

static void past_forms_after_an_object(void **state)
{
    (void)state;
    sentence s;
    /* a past form after the object of a base-form verb is a participle */
    parse(&s, "Hamas/NNP demanded/VBD/demand that/IN Israel/NNP free/VB all/DT women/NNS and/CC minors/NNS "
              "held/VBD/hold in/IN prisons/NNS ./.");
    assert_int_equal(CLAUSE(&s, 2)->type, CLAUSE_REL);
    assert_true(CLAUSE(&s, 2)->flags & PH_PASSIVE);
    done(&s);
    /* not after a finite verb's clause subject: "said troops killed" */
    parse(&s, "Kenya/NNP said/VBD/say troops/NNS killed/VBD/kill rebels/NNS ./.");
    assert_int_not_equal(CLAUSE(&s, 1)->type, CLAUSE_REL);
    done(&s);
}

static void two_names_do_not_take_a_comma(void **state)
{
    (void)state;
    sentence s;
    /* ", and" after one name joins clauses, not a list */
    parse(&s, "Hamas/NNP freed/VBD/free hostages/NNS on/IN Monday/NNP ,/, and/CC Israel/NNP "
              "released/VBD/release prisoners/NNS ./.");
    assert_int_equal(s.ps.n_clauses, 2);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "Israel"));
    done(&s);
}

static void titles_with_of_and_clauses_after_after(void **state)
{
    (void)state;
    sentence s;
    /* "after" before a subject opens a clause; the title with "of" is part of
       the subject */
    parse(&s, "Panama/NNP quit/VBD/quit a/DT day/NN after/IN U.S./NNP Secretary/NNP of/IN State/NNP "
              "Marco/NNP Rubio/NNP visited/VBD/visit ./.");
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "Secretary"));
    done(&s);
}

static void reported_speech(void **state)
{
    (void)state;
    sentence s;
    parse(&s, "Modi/NNP said/VBD/say India/NNP would/MD help/VB ./.");
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_SUB);
    assert_int_equal(CLAUSE(&s, 1)->speaker, find(&s, "Modi"));
    assert_true(CLAUSE(&s, 1)->flags & PH_MODAL);
    done(&s);
    parse(&s, "Russia/NNP attacked/VBD/attack Kyiv/NNP ,/, the/DT ministry/NN said/VBD/say ./.");
    assert_int_equal(CLAUSE(&s, 0)->type, CLAUSE_MAIN);
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_REPORTING);
    assert_int_equal(CLAUSE(&s, 0)->speaker, find(&s, "ministry"));
    assert_int_equal(CLAUSE(&s, 0)->object, find(&s, "Kyiv"));
    assert_int_equal(REL(&s, "said"), DEP_PARATAXIS);
    assert_int_equal(REL(&s, "attacked"), DEP_ROOT);
    done(&s);
    parse(&s, "Russia/NNP attacked/VBD/attack Kyiv/NNP ,/, said/VBD/say the/DT ministry/NN ./.");
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_REPORTING);
    assert_int_equal(CLAUSE(&s, 1)->subject, find(&s, "ministry"));
    assert_int_equal(CLAUSE(&s, 0)->speaker, find(&s, "ministry"));
    done(&s);
    /* a participle after "..., X said" is X's act */
    parse(&s, "Russia/NNP attacked/VBD/attack Kyiv/NNP ,/, the/DT ministry/NN said/VBD/say ,/, "
              "announcing/VBG/announce sanctions/NNS ./.");
    assert_int_equal(CLAUSE(&s, 1)->type, CLAUSE_REPORTING);
    assert_int_equal(CLAUSE(&s, 2)->parent, 1);
    assert_int_equal(CLAUSE(&s, 2)->subject, find(&s, "ministry"));
    done(&s);
    parse(&s, "Russia/NNP attacked/VBD/attack Kyiv/NNP ,/, according/VBG to/TO Ukraine/NNP ./.");
    assert_int_equal(s.ps.n_clauses, 1);
    assert_int_equal(CLAUSE(&s, 0)->speaker, find(&s, "Ukraine"));
    assert_int_equal(REL(&s, "Ukraine"), DEP_OBL);
    done(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(coordination),        cmocka_unit_test(apposition),
        cmocka_unit_test(possessive),          cmocka_unit_test(titles),
        cmocka_unit_test(negation),            cmocka_unit_test(passive_voice),
        cmocka_unit_test(prepositions),        cmocka_unit_test(subordinate_clauses),
        cmocka_unit_test(relative_clauses),    cmocka_unit_test(infinitival_clauses),
        cmocka_unit_test(participles_after_a_comma),
        cmocka_unit_test(past_forms_after_an_object),
        cmocka_unit_test(two_names_do_not_take_a_comma),
        cmocka_unit_test(titles_with_of_and_clauses_after_after),
        cmocka_unit_test(reported_speech),     cmocka_unit_test(participles_as_modifiers),
    };
    return cmocka_run_group_tests_name("parse", tests, NULL, NULL) ? 1 : 0;
}
