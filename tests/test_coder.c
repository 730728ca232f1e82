/* test_coder.c - the event coder (mention.c, verbmatch.c, coder.c) through
 * the public API, one construction per test, on sentences written for dyad
 * and the small dictionary set in tests/fixtures/coder: subject-verb-object,
 * patterns with words, prepositional targets, compounds, agents joined to
 * actors (adjective, possessive, "of"), passive voice, negation, reverse
 * codes, dated codes, infinitive clauses, discards, no self-dyads, and the
 * rule, CAMEO and PLOVER fields every event carries. */
#include "testutil.h"

#include "dyad.h"

typedef struct {
    dyad_model *model;
    dyad_dicts *dicts;
    dyad_coder *coder, *coder_negated;
    dyad_doc *doc;
    char got[4096]; /* "SRC>TGT:CODE rule ..." per event, ';'-separated */
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    char *error = NULL;
    f->model = dyad_model_load(NULL, &error);
    f->dicts = dyad_dicts_new(NULL, NULL);
    if (!f->model || dyad_dicts_add_dir(f->dicts, "tests/fixtures/coder", 0, &error) != 0) {
        fprintf(stderr, "setup: %s\n", error ? error : "?");
        free(error);
        return -1;
    }
    dyad_coder_options neg = {.keep_negated = 1};
    f->coder = dyad_coder_new(f->dicts, NULL, NULL, &error);
    f->coder_negated = dyad_coder_new(f->dicts, NULL, &neg, &error);
    f->doc = dyad_doc_new();
    *state = f;
    return f->coder && f->coder_negated ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    dyad_coder_free(f->coder);
    dyad_coder_free(f->coder_negated);
    dyad_dicts_free(f->dicts);
    dyad_model_free(f->model);
    dyad_doc_free(f->doc);
    free(f);
    return 0;
}

static int collect_event(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    snprintf(f->got + n, sizeof f->got - n, "%s%s>%s:%s%s", n ? ";" : "", e->source.code, e->target.code, e->cameo,
             e->negated ? "!" : "");
    return 0;
}

/* The events of text coded on date, as "SRC>TGT:CODE;..." ('!' = negated). */
static const char *code(fixture *f, dyad_coder *c, const char *text, const char *date)
{
    f->got[0] = '\0';
    assert_int_equal(dyad_doc_analyse(f->doc, text, strlen(text)), 0);
    assert_int_equal(dyad_doc_parse(f->doc, f->model, NULL), 0);
    assert_true(dyad_code_doc(c, f->doc, "t", date, collect_event, f) >= 0);
    return f->got;
}
#define CODE(text) code(f, f->coder, text, "2024-05-06")

static void subject_verb_object(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya praised Tanzania on Monday."), "KEN>TZA:051");
    assert_string_equal(CODE("Uganda accused Kenya of meddling."), "UGA>KEN:112");
}

static void pattern_words_choose_the_code(void **state)
{
    fixture *f = *state;
    /* SIGN has no code of its own: only its patterns code */
    assert_string_equal(CODE("Kenya signed a trade agreement with Ethiopia."), "KEN>ETH:057");
    assert_string_equal(CODE("Kenya signed a letter to Ethiopia."), "");
    /* a verb the pattern of an earlier verb covers is that pattern's */
    assert_string_equal(CODE("Kenya stopped attacking Somalia."), "KEN>SOM:087");
    /* the more specific pattern wins over the verb's own code */
    assert_string_equal(CODE("Somalia attacked Kenya with drones."), "SOM>KEN:195");
    assert_string_equal(CODE("Somalia attacked Kenya."), "SOM>KEN:190");
}

static void prepositional_target(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Workers protested against Kenya in Mogadishu."), "");  /* no source actor */
    assert_string_equal(CODE("Somali protesters protested against Kenya."), "SOMCVL>KEN:140");
}

static void compounds_give_one_event_per_pair(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya and Uganda praised Tanzania."), "KEN>TZA:051;UGA>TZA:051");
    assert_string_equal(CODE("The Kenyan minister and his Ugandan counterpart praised Tanzania."),
                        "KENGOV>TZA:051;UGAGOV>TZA:051");
    assert_string_equal(CODE("Kenya praised Uganda, Tanzania and Ethiopia."), "KEN>UGA:051;KEN>TZA:051;KEN>ETH:051");
    /* a name set off after the last of a list names that one */
    assert_string_equal(CODE("Kenya and the Ugandan minister, William Ruto, praised Tanzania."),
                        "KEN>TZA:051;UGAGOV>TZA:051");
    /* compound verbs: one event each, the subject shared */
    assert_string_equal(CODE("Kenya praised Uganda and attacked Somalia."), "KEN>UGA:051;KEN>SOM:190");
}

static void agents_join_actors(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenyan troops attacked Somali rebels."), "KENMIL>REBSOM:190");
    assert_string_equal(CODE("Ethiopia's foreign minister praised Kenya."), "ETHGOV>KEN:051");
    assert_string_equal(CODE("The police of Kenya arrested Ugandan protesters."), "KENCOP>UGACVL:173");
    /* an agent alone keeps "---" for its country */
    assert_string_equal(CODE("The ministry praised Kenya."), "---GOV>KEN:051");
    /* a country named in the plural is its people */
    assert_string_equal(CODE("Ugandans protested against Kenya."), "UGACVL>KEN:140");
    /* agents with no actor belong to the country the sentence places them in */
    assert_string_equal(CODE("Protesters attacked the police in Nairobi."), "KENCVL>KENCOP:190");
    assert_string_equal(CODE("Protesters attacked the police outside Nairobi."), "KENCVL>KENCOP:190");
    /* (but "the army", "the ministry" in a sentence about a state are that
       state's, wherever the sentence places them) */
    assert_string_equal(CODE("Kenya condemned Uganda, and the army attacked Somalia in Mogadishu."),
                        "KEN>UGA:111;KENMIL>SOM:190");
    /* (and the one country named after them, when the dateline is in it) */
    assert_string_equal(CODE("NAIROBI, May 6 (Reuters) - Police detained protesters, Nairobi said."), "KENCOP>KENCVL:173");
    assert_string_equal(CODE("Police detained protesters, Nairobi said."), "---COP>---CVL:173");
    /* ... or the one country every actor of the sentence belongs to */
    assert_string_equal(CODE("Kenyan protesters attacked the police."), "KENCVL>KENCOP:190");
    /* ... or, for a society's own people, the country named before them in
       their clause */
    assert_string_equal(CODE("Kenya arrested protesters after Uganda praised Ethiopia."), "KEN>KENCVL:173;UGA>ETH:051");
    /* ... or, in a sentence that names no actor, the dateline's country */
    assert_string_equal(CODE("NAIROBI, May 6 (Reuters) - Police arrested protesters."), "KENCOP>KENCVL:173");
    assert_string_equal(CODE("Police arrested protesters."), "---COP>---CVL:173");
    /* "Kenyan and Ugandan troops": the agent belongs to both adjectives */
    assert_string_equal(CODE("Kenyan and Ugandan troops attacked Somalia."), "KENMIL>SOM:190;UGAMIL>SOM:190");
    /* ... to a short form too ("U.S."), and past an agent-only member */
    assert_string_equal(CODE("UK and Ugandan troops and police attacked Somalia."),
                        "GBRMIL>SOM:190;UGAMIL>SOM:190;UGACOP>SOM:190");
    /* "its police" belong to the subject: not a target, and not joined to
       the place after them */
    assert_string_equal(CODE("Kenya praised its police."), "");
    assert_string_equal(CODE("Kenya praised its troops from Somalia."), "KEN>SOM:051");
}

static void actors_with_a_sector_of_their_own(void **state)
{
    fixture *f = *state;
    /* a person named after the country adjective and title: the person's
       dated code */
    assert_string_equal(code(f, f->coder, "Kenyan President William Ruto praised Uganda.", "2015-05-06"),
                        "KENELI>UGA:051");
    /* a group with its own sector is itself whatever role word comes with it */
    assert_string_equal(CODE("Al-Shabaab soldiers attacked Kenya."), "SOMINS>KEN:190");
    /* of two role words, the civilians' is the vaguer */
    assert_string_equal(CODE("Kenyan student protesters praised Uganda."), "KENEDU>UGA:051");
    /* ... and the side an actor takes is what its code says */
    assert_string_equal(CODE("Kenyan opposition lawmakers praised Uganda."), "KENOPP>UGA:051");
}

static void passive_voice_swaps_roles(void **state)
{
    fixture *f = *state;
    /* what the target names was done by another: the party is the doer */
    assert_string_equal(CODE("Kenya praised the attacks on Somalia by Ugandan troops."), "KEN>UGAMIL:051");
    /* a consultation's participle after a comma is about the clause before */
    assert_string_equal(CODE("Brazil and Argentina met in Mogadishu, visited by Kenya."),
                        "BRA>ARG:044;ARG>BRA:044;KEN>BRA:042;BRA>KEN:043;KEN>ARG:042;ARG>KEN:043");
    /* the by-agent of a participle is no subject of the main verb */
    assert_string_equal(CODE("The plan, drafted by Kenya, praised Uganda."), "");
    assert_string_equal(CODE("Kenya was attacked by Somalia on Sunday."), "SOM>KEN:190");
    /* a subject with no actor of its own stands for its possessor */
    assert_string_equal(CODE("Kenya's embassy was attacked by Somalia."), "SOM>KEN:190");
}

static void negation(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya did not attack Somalia."), "");
    assert_string_equal(code(f, f->coder_negated, "Kenya did not attack Somalia.", "2024-05-06"), "KEN>SOM:190!");
    /* "no" before the object, or before the subject of a passive */
    assert_string_equal(CODE("Kenya attacked no Somali towns."), "");
    assert_string_equal(CODE("No Somali town was attacked by Kenya."), "");
    assert_string_equal(CODE("Some Somali towns were attacked by Kenya."), "KEN>SOM:190");
    assert_string_equal(code(f, f->coder_negated, "Kenya attacked Somalia.", "2024-05-06"), "KEN>SOM:190");
}

static void reverse_codes(void **state)
{
    fixture *f = *state;
    /* "[042:043]": the visitor visits, the host hosts */
    assert_string_equal(CODE("Brazil visited Argentina."), "BRA>ARG:042;ARG>BRA:043");
    assert_string_equal(CODE("Brazil met with Argentina."), "BRA>ARG:040;ARG>BRA:040");
    /* a mutual code ([040:040]) makes a compound with no one else act on itself */
    assert_string_equal(CODE("Brazil and Argentina met on Monday."), "BRA>ARG:040;ARG>BRA:040");
    /* ... not with the place where it acts, nor a generic agent */
    assert_string_equal(CODE("Brazil and Argentina met in Mogadishu."), "BRA>ARG:044;ARG>BRA:044");
    assert_string_equal(CODE("Brazil and Argentina met the soldiers."), "BRA>ARG:040;ARG>BRA:040");
    /* a visit is to the place */
    assert_string_equal(CODE("Brazil visited Addis Ababa."), "BRA>ETH:042;ETH>BRA:043");
    /* a meeting in neither side's country is a meeting at a third location */
    assert_string_equal(CODE("Kenya and Uganda met in Addis Ababa."), "KEN>UGA:044;UGA>KEN:044");
    assert_string_equal(CODE("Kenya and Uganda met in Nairobi."), "KEN>UGA:040;UGA>KEN:040");
}

static void possible_and_imagined_acts(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya could attack Somalia."), "");
    assert_string_equal(CODE("Kenya was due to attack Somalia."), "");
    assert_string_equal(CODE("Kenya is set to attack Somalia."), "");
    assert_string_equal(CODE("Kenya might have attacked Somalia."), "");
    /* (an act a noun names, as the subject of a verb only possible) */
    assert_string_equal(CODE("A Somali attack on Ethiopia could come within days."), "");
    assert_string_equal(CODE("A Somali attack on Ethiopia came on Friday."), "SOM>ETH:190");
    /* what is set aside for another act, and a means of an act only
       possible; a means of a done act is done */
    assert_string_equal(CODE("Kenya could respond through Ethiopia rather than by attacking Somalia."), "");
    assert_string_equal(CODE("Kenya could respond by attacking Somalia."), "");
    /* the writer's "would" of a plan, and a participle under it */
    assert_string_equal(CODE("Under the plan, Kenya would praise Somalia, in exchange for Uganda freeing Ethiopians."),
                        "");
    assert_string_equal(CODE("Kenya would have attacked Somalia."), "");
    assert_string_equal(CODE("Kenya responded by attacking Somalia."), "KEN>SOM:190");
    /* a gerund after "after" heads a clause of its own, with its own scene */
    assert_string_equal(CODE("Kenya praised Uganda, a day after attacking the Somali army in Ethiopia."),
                        "KEN>UGA:051;KEN>SOMMIL:190");
    assert_string_equal(CODE("If Uganda praised Kenya, Ethiopia would attack Somalia."), "");
    assert_string_equal(CODE("Had Uganda praised Kenya, Ethiopia would have attacked Somalia."), "");
    assert_string_equal(CODE("Kenya has not decided whether to attack Somalia."), "");
    assert_string_equal(CODE("Kenya will not praise Uganda until Ethiopia attacks Somalia."), "");
    /* what a noun intends: "a plan to attack" */
    assert_string_equal(CODE("Kenya praised Uganda for its plan to attack Somalia."), "KEN>UGA:051");
    /* ... and what that allows */
    assert_string_equal(CODE("Kenya praised Uganda for its decision to let Ethiopia attack Somalia."), "KEN>UGA:051");
    /* "will" is the future, not a possibility: force planned is a threat
       of it (1384 "threaten conventional attack") */
    assert_string_equal(CODE("Kenya will attack Somalia."), "KEN>SOM:1384");
    /* ... and any other act planned that is no intent, no event */
    assert_string_equal(CODE("Kenya will condemn Somalia."), "");
    /* as PETRARCH and TABARI read them, when asked */
    char *error = NULL;
    dyad_coder_options keep = {.keep_unreal = 1};
    dyad_coder *c = dyad_coder_new(f->dicts, NULL, &keep, &error);
    assert_non_null(c);
    assert_string_equal(code(f, c, "Kenya could attack Somalia.", "2024-05-06"), "KEN>SOM:190");
    dyad_coder_free(c);
}

static void announced_acts_are_intents(void **state)
{
    fixture *f = *state;
    /* "said it would visit": the intent (036), not the visit */
    assert_string_equal(CODE("Kenya said it would visit Uganda."), "KEN>UGA:036");
    assert_string_equal(CODE("Kenya said that it will meet Uganda."), "KEN>UGA:036");
    /* ... and an act an actor is ready for or plans */
    assert_string_equal(CODE("Kenya is ready to meet Uganda."), "KEN>UGA:036");
    assert_string_equal(CODE("Kenya plans to visit Uganda."), "KEN>UGA:036");
    /* ... and one a main clause puts in the future */
    assert_string_equal(CODE("Kenya will visit Uganda next week."), "KEN>UGA:036");
    /* a reported act that happened stays the act */
    assert_string_equal(CODE("Kenya said it visited Uganda."), "KEN>UGA:042;UGA>KEN:043");
    /* force announced is a threat of it */
    assert_string_equal(CODE("Kenya said it would attack Somalia."), "KEN>SOM:1384");
    /* "would" joined to the verb of saying: what was said */
    assert_string_equal(CODE("Ruto said he had met Uganda and would visit Somalia."),
                        "KENGOV>UGA:040;UGA>KENGOV:040;KENGOV>SOM:036");
    /* what is to be done is planned */
    assert_string_equal(CODE("Kenya is to release Somali prisoners."), "KEN>SOM:0353");
}

static void noun_forms_of_events(void **state)
{
    fixture *f = *state;
    /* a noun reported as fact: the subject, or a phrase of time */
    assert_string_equal(CODE("Talks between Kenya and Uganda resumed."), "KEN>UGA:046;UGA>KEN:046");
    assert_string_equal(CODE("Kenya praised Uganda during Ruto's visit to Ethiopia."),
                        "KEN>UGA:051;KENGOV>ETH:042;ETH>KENGOV:043");
    assert_string_equal(CODE("After a Somali attack on Ethiopia, Kenya praised Uganda."), "SOM>ETH:190;KEN>UGA:051");
    /* not what a verb is about, and not without a named source */
    assert_string_equal(CODE("Kenya urged talks between Ethiopia and Uganda."), "KEN>ETH:020;KEN>UGA:020");
    assert_string_equal(CODE("The attack on Ethiopia ended."), "");
}

static void forces_of_the_source(void **state)
{
    fixture *f = *state;
    /* troops with no country of their own, sent by one, are its own: the
       party is the next actor, not the troops */
    assert_string_equal(CODE("Kenya deployed troops near the Somali border."), "KEN>SOM:154");
    assert_string_equal(CODE("Kenya sent soldiers to Somalia."), "KEN>SOM:154");
    assert_string_equal(CODE("Kenya sent troops against Somali rebels."), "KEN>REBSOM:154");
    /* a place of the source's own country is no party: the next actor is */
    assert_string_equal(CODE("Kenyan police deployed in Nairobi against Somali rebels."), "KENCOP>REBSOM:154");
    /* "the town of", "the island of" before a place keep it a place */
    assert_string_equal(CODE("Kenyan and Ugandan troops met on the island of Pemba."),
                        "KENMIL>UGAMIL:040;UGAMIL>KENMIL:040");
    /* troops of the source's own country, moved or pulled out, are its own */
    assert_string_equal(CODE("Kenya deployed Kenyan troops near the Somali border."), "KEN>SOM:154");
    assert_string_equal(CODE("Kenya withdrew Kenyan troops from Somalia."), "KEN>SOM:0874");
}

static void protest_aims_give_the_fourth_digit(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenyan protesters rallied in Nairobi to demand the president's resignation."),
                        "KENCVL>KENGOV:1411");
    assert_string_equal(CODE("Kenyan students marched against the government to defend their right to work."),
                        "KENEDU>KENGOV:1413");
    assert_string_equal(CODE("Kenyan students marched against the government to demand new elections."),
                        "KENEDU>KENGOV:1414");
    /* no aim: the code stays */
    assert_string_equal(CODE("Kenyan students marched against the government."), "KENEDU>KENGOV:141");
    /* no target: a country's own people protest against its government */
    assert_string_equal(CODE("Kenyan students marched in Nairobi."), "KENEDU>KENGOV:141");
    /* against the country's own doing: its government */
    assert_string_equal(CODE("Kenyan students protested against Kenya's tax rises."), "KENEDU>KENGOV:140");
    /* but not its state organs or a country as a whole */
    assert_string_equal(CODE("Kenyan police marched in Nairobi."), "");
    /* an aim in an adverbial clause of its own is not the protest's */
    assert_string_equal(CODE("Kenyan students marched against the government after the president refused to step down."),
                        "KENEDU>KENGOV:141");
}

static void generic_codes_take_their_contents_code(void **state)
{
    fixture *f = *state;
    /* a demand, appeal or refusal about a coded act takes CAMEO's specific
       code for it: withdrawing is 0874, so demanding it is 1056, urging it
       0256; refusing a release is 1243 */
    assert_string_equal(CODE("Kenya demanded that Uganda withdraw its troops."), "KEN>UGA:1056");
    assert_string_equal(CODE("Kenya urged Uganda to withdraw its troops."), "KEN>UGA:0256");
    assert_string_equal(CODE("Uganda refused to release the Kenyan protesters."), "UGA>KENCVL:1243");
    /* about an act the dictionary does not code: the generic code stays */
    assert_string_equal(CODE("Kenya demanded that Uganda explain itself."), "KEN>UGA:100");
    /* a warning that one's own side will use force is a threat */
    assert_string_equal(CODE("Kenya warned that Kenyan troops would attack Somalia."), "KEN>SOM:1384");
    /* a violent act with no target but a place: at the place's people
       (assaults, root 18) or its country (fighting, root 19) */
    assert_string_equal(CODE("Al-Shabaab set off a bomb in Kenya."), "SOMINS>KENCVL:183");
    assert_string_equal(CODE("Ugandan troops attacked in Kenya."), "UGAMIL>KEN:190");
    /* a restriction a state imposes at home on no one named falls on its
       own people */
    assert_string_equal(CODE("The Kenyan government declared a state of emergency."), "KENGOV>KENCVL:1724");
    assert_string_equal(CODE("The Kenyan government declared a state of emergency in Uganda."), "KENGOV>UGA:1724");
    /* a hostile act that names no other side is aimed at the other country
       of a clause of time joined to it, both ways */
    assert_string_equal(CODE("Kenya condemned the vote after Uganda arrested the protesters."),
                        "KEN>UGA:111;UGA>UGACVL:173");
    assert_string_equal(CODE("Kenya praised Tanzania after Uganda condemned the vote."), "KEN>TZA:051;UGA>KEN:111");
    /* (forces sent in the clause of time: a show of force at the country of
       the clause above) */
    assert_string_equal(CODE("The Somali government condemned the vote as Kenya deployed troops."),
                        "SOMGOV>KEN:111;KEN>SOM:150");
    /* a pattern does not read into a relative clause that ends the
       sentence, nor into a clause of "when", "because", ... */
    assert_string_equal(CODE("Kenya signed a memo, which Uganda called an agreement with Tanzania."), "");
    assert_string_equal(CODE("Kenya signed a memo when Uganda sought an agreement with Tanzania."), "");
    assert_string_equal(CODE("Kenya signed an agreement with Tanzania."), "KEN>TZA:057");
    /* a vow to do harm is a threat of it; a pattern does not reach into a
       condition ("if ... elections") */
    assert_string_equal(CODE("Kenya vowed to attack Somalia."), "KEN>SOM:1384");
    assert_string_equal(CODE("Kenya vowed to arrest Ugandan protesters if Uganda held elections."), "KEN>UGACVL:137");
    assert_string_equal(CODE("Kenya vowed to hold elections with Uganda."), "KEN>UGA:0344");
    /* an accusation of an act: of aggression (fighting), of abuses (killing) */
    assert_string_equal(CODE("Kenya accused Uganda of attacking the Somali troops."), "KEN>UGA:1123");
    assert_string_equal(CODE("Kenya accused Ugandan troops of killing the protesters."), "KEN>UGAMIL:1122");
    /* two infinitives under one appeal: one event for each act, with "to"
       repeated or not, past a relative clause inside the first */
    assert_string_equal(CODE("Kenya urged Uganda to withdraw its troops and to release the Kenyan protesters."),
                        "KEN>UGA:0256;KEN>UGA:0253");
    assert_string_equal(CODE("Kenya urged Uganda to withdraw its troops and free the protesters."),
                        "KEN>UGA:0256;KEN>UGA:0253");
    assert_string_equal(CODE("Kenya urged Uganda to free the protesters held since May and to withdraw its troops."),
                        "KEN>UGA:0253;KEN>UGA:0256");
}

static void participles_after_a_comma(void **state)
{
    fixture *f = *state;
    /* the main clause's subject does it, not the noun before the comma */
    assert_string_equal(CODE("Kenya deported Ugandan protesters, accusing Uganda of smuggling."),
                        "KEN>UGACVL:174;KEN>UGA:112");
    /* an act with no other party is aimed at whom the participle blames */
    assert_string_equal(CODE("Kenya declared a state of emergency, accusing the opposition of plotting."),
                        "KEN>KENOPP:1724;KEN>KENOPP:112");
    /* a killing after a bombing is its outcome: the bombing's code, its victims */
    assert_string_equal(CODE("Al-Shabaab set off a bomb in Mogadishu, killing Somali soldiers."), "SOMINS>SOMMIL:183");
    /* a subject that names no actor gives no source: "rains flooded ..." */
    assert_string_equal(CODE("Heavy rains flooded Nairobi, killing Kenyan soldiers."), "");
    /* after an attack, no second event */
    assert_string_equal(CODE("Uganda attacked Kenyan troops, killing Kenyan soldiers."), "UGA>KENMIL:190");
}

static void pronouns_and_pairs_within_the_sentence(void **state)
{
    fixture *f = *state;
    /* "them": the compound named before, as the object it was */
    assert_string_equal(CODE("Kenya condemned Uganda and Tanzania, urging them to release the protesters."),
                        "KEN>UGA:111;KEN>TZA:111;KEN>UGA:0253;KEN>TZA:0253");
    /* "it": not the subject of its own clause */
    assert_string_equal(CODE("Kenya condemned Uganda and urged it to release the protesters."),
                        "KEN>UGA:111;KEN>UGA:0253");
    /* a subject pronoun of a reported clause: the reporter */
    assert_string_equal(CODE("Kenya told Uganda that it had attacked Somalia."), "KEN>SOM:190");
    /* an acronym after the full name is its actor, whatever it is alone */
    assert_string_equal(CODE("The Kenya Liberation Front attacked Uganda, and the KLF condemned Tanzania."),
                        "KENREB>UGA:190;KENREB>TZA:111");
    assert_string_equal(CODE("The KLF condemned Tanzania."), "NGOKLF>TZA:111");
    /* "the two countries" with no compound of two before it: the subject
       and object named last */
    assert_string_equal(CODE("Kenya condemned Uganda on Monday, and the two countries met on Tuesday."),
                        "KEN>UGA:111;KEN>UGA:040;UGA>KEN:040");
    /* a call with no "with": whom the clause's verb addresses */
    assert_string_equal(CODE("Kenya apologised to Uganda in a phone call."), "KEN>UGA:055;KEN>UGA:041;UGA>KEN:041");
    /* an act another one caused happened: "prompting X to" */
    assert_string_equal(CODE("Kenya attacked Somalia, prompting Uganda to condemn Kenya."), "KEN>SOM:190;UGA>KEN:111");
    /* a relative clause on a noun that sums up the clause before ("..., a
       move that ...") is that clause's subject's act */
    assert_string_equal(CODE("Kenya deported the Ugandan protesters, a decision that condemned Tanzania."),
                        "KEN>UGACVL:174;KEN>TZA:111");
    /* "his country": the country of the person named before it */
    assert_string_equal(CODE("Ruto said Uganda had attacked his country."), "UGA>KEN:190");
    /* "both sides": the pair */
    assert_string_equal(CODE("Kenya mediated talks between Uganda and Tanzania, urging both sides to release the protesters."),
                        "KEN>UGA:045;KEN>TZA:045;KEN>UGA:0253;KEN>TZA:0253");
}

static void patterns_stop_at_a_last_clause(void **state)
{
    fixture *f = *state;
    /* "stop attacking" is read on the verb's own words, not on those of a
       clause a comma opens after it */
    assert_string_equal(CODE("Kenya stopped attacking Somalia."), "KEN>SOM:087");
    assert_string_equal(CODE("Kenya stopped its aid, as Ethiopia began attacking Somalia."), "ETH>SOM:190");
}

static void thousands_make_mass_acts(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya expelled more than 30,000 Somali protesters."), "KEN>SOMCVL:201");
    assert_string_equal(CODE("Kenya expelled tens of thousands of Somali protesters."), "KEN>SOMCVL:201");
    assert_string_equal(CODE("Kenya expelled 238 Somali protesters."), "KEN>SOMCVL:174");
}

static void appositions_with_a_tail(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("William Ruto, the chair of the African Union, condemned Uganda."), "KENGOV>UGA:111");
    assert_string_equal(CODE("William Ruto, the African Union's chair, attacked Uganda."), "KENGOV>UGA:190");
    /* a gerund inside the phrase: one mention */
    assert_string_equal(CODE("Kenya's acting president condemned Uganda."), "KENGOV>UGA:111");
}

static void neither_nor_and_settings(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Neither Kenya nor Uganda attacked Somalia."), "");
    /* a compound acting jointly does not act on whom a setting names */
    assert_string_equal(CODE("Kenya and Uganda met after Ethiopia's visit to Somalia."),
                        "KEN>UGA:040;UGA>KEN:040;ETH>SOM:042;SOM>ETH:043");
    /* nor on whom what the act is about names; a third party is named
       after "with" */
    assert_string_equal(CODE("Kenya and Uganda met on the sidelines of an Ethiopian summit."), "KEN>UGA:040;UGA>KEN:040");
    assert_string_equal(CODE("Kenya and Uganda met on trade and support for Somalia's plan."), "KEN>UGA:040;UGA>KEN:040");
    assert_string_equal(CODE("Kenya and Uganda met with Somalia."), "KEN>SOM:040;SOM>KEN:040;UGA>SOM:040;SOM>UGA:040");
}

static void former_office_holders_are_elites(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenyan police arrested a former minister."), "KENCOP>KENELI:173");
    assert_string_equal(CODE("Kenyan police arrested a former Ugandan army officer."), "KENCOP>UGAELI:173");
    assert_string_equal(CODE("Kenyan police arrested a Ugandan minister."), "KENCOP>UGAGOV:173");
}

static void leaving_an_organisation(void **state)
{
    fixture *f = *state;
    /* withdrawing from an organisation reduces relations; from a country,
       troops retreat */
    assert_string_equal(CODE("Kenya withdrew from the African Union."), "KEN>IGOAFU:160");
    assert_string_equal(CODE("Kenya withdrew its troops from Somalia."), "KEN>SOM:0874");
}

static void mutual_nouns_take_the_clauses_sides(void **state)
{
    fixture *f = *state;
    /* a call with one side named: the clause's subject is the other */
    assert_string_equal(CODE("Kenya praised Uganda after a phone call with Ethiopia."),
                        "KEN>UGA:051;KEN>ETH:041;ETH>KEN:041");
    /* with neither named, "in a call" is between the subject and the object */
    assert_string_equal(CODE("Kenya apologised to Uganda in a phone call."), "KEN>UGA:055;KEN>UGA:041;UGA>KEN:041");
    /* the pair after "between" are the sides, whatever modifies the noun */
    assert_string_equal(CODE("Kenya praised Uganda after heated Nairobi talks between Ethiopia and Somalia."),
                        "KEN>UGA:051;ETH>SOM:046;SOM>ETH:046");
    /* "at a summit" is no such setting */
    assert_string_equal(CODE("Kenya praised Uganda at a call."), "KEN>UGA:051");
    /* a protest that is the clause's setting is the subject's, through a
       chain of quantities */
    assert_string_equal(CODE("Hundreds of thousands of Kenyans gathered in a demonstration against Uganda."),
                        "KENCVL>UGA:141");
    /* a compound after "with" is the other side, member by member */
    assert_string_equal(CODE("Kenya praised Uganda after a phone call with Ethiopia and Somalia."),
                        "KEN>UGA:051;KEN>ETH:041;ETH>KEN:041;KEN>SOM:041;SOM>KEN:041");
    /* a compound acting on "each other" or "one another": each on the
       other, also through an agent ("each other's ministers") */
    assert_string_equal(CODE("Kenya and Uganda accused each other of aggression."), "KEN>UGA:112;UGA>KEN:112");
    assert_string_equal(CODE("Kenya and Uganda expelled each other's ministers."), "KEN>UGA:174;UGA>KEN:174");
    /* "each", "both" after a compound subject: each member acts */
    assert_string_equal(CODE("Kenya and Uganda each met Somalia."), "KEN>SOM:040;SOM>KEN:040;UGA>SOM:040;SOM>UGA:040");
    assert_string_equal(CODE("Kenya and Uganda both condemned Somalia."), "KEN>SOM:111;UGA>SOM:111");
}

static void participle_clauses_after_a_comma(void **state)
{
    fixture *f = *state;
    /* a gerund after "of" is what the verb is about, but not after a span of
       time: "after days of fighting" */
    assert_string_equal(CODE("Kenya accused Uganda of attacking the Somali troops."), "KEN>UGA:1123");
    assert_string_equal(CODE("Kenya praised Uganda after days of fighting with Somalia."),
                        "KEN>UGA:051;KEN>SOM:190;SOM>KEN:190");
    /* "..., accusing X of ...": an act of the subject's own */
    assert_string_equal(CODE("Kenya praised Ethiopia, accusing Uganda of meddling."), "KEN>ETH:051;KEN>UGA:112");
}

static void purposes_are_no_acts(void **state)
{
    fixture *f = *state;
    /* an act weighed or predicted is not done */
    assert_string_equal(CODE("Kenya is considering attacking Somalia."), "");
    assert_string_equal(CODE("Kenya was confident that Uganda would attack Somalia."), "");
    /* nor what someone is accused of, or kept from doing */
    assert_string_equal(CODE("Kenya arrested Ugandan soldiers accused of attacking Somalia."), "KEN>UGAMIL:173");
    /* (nor what someone is thinking of doing) */
    assert_string_equal(CODE("Kenya was thinking of attacking Somalia."), "");
    assert_string_equal(CODE("Kenyan police stopped Ruto from meeting Uganda."), "");
    /* (a passive's agent is after "by" or names the operation, not any
       actor after the verb) */
    assert_string_equal(CODE("Ugandan soldiers were killed in a Kenyan raid."), "KEN>UGAMIL:180");
    assert_string_equal(CODE("Kenya attacked Somalia."), "KEN>SOM:190");
    /* an infinitive of purpose is what the actor wants, not what it did */
    assert_string_equal(CODE("Kenya deployed troops to Somalia to attack the rebels."), "KEN>SOM:154");
    /* after a verb of beginning or going on it is the act itself */
    assert_string_equal(CODE("Kenya began to attack Somalia."), "KEN>SOM:190");
}

static void mediators_of_the_clause_before(void **state)
{
    fixture *f = *state;
    /* a mediation participle after a noun or a comma, with its by-agent, is
       about the event before: the mediator acts on its parties */
    assert_string_equal(CODE("Kenya and Uganda met in talks mediated by the Ethiopian government."),
                        "KEN>UGA:040;UGA>KEN:040;ETHGOV>KEN:045;ETHGOV>UGA:045");
    assert_string_equal(CODE("Kenya and Uganda met in Nairobi, mediated by Ethiopia."),
                        "KEN>UGA:040;UGA>KEN:040;ETH>KEN:045;ETH>UGA:045");
}

static void relative_clause_without_an_actor(void **state)
{
    fixture *f = *state;
    /* the antecedent names no actor: the main clause's subject is not the
       relative clause's ("praised the force that attacked Uganda") */
    assert_string_equal(CODE("Kenya praised the force that attacked Uganda."), "KEN>UGA:051");
    /* an antecedent that is an actor is the source */
    assert_string_equal(CODE("Kenya praised Ethiopia, which attacked Uganda."), "KEN>ETH:051;ETH>UGA:190");
    /* what the target names was done by another, named after a participle
       and "by", even past the clause: the doer is the target */
    assert_string_equal(CODE("Kenya condemned the protesters held by Ugandan police."), "KEN>UGACOP:111");
}

static void domestic_agents_take_the_other_sides_country(void **state)
{
    fixture *f = *state;
    /* "the government" facing Kenyan protesters is Kenya's; a gunman facing
       a Kenyan lawmaker is Kenyan */
    assert_string_equal(CODE("Kenyan protesters marched against the government."), "KENCVL>KENGOV:141");
    assert_string_equal(CODE("A gunman attacked a Kenyan lawmaker."), "KENUAF>KENLEG:190");
    /* troops are not placed: they act abroad */
    assert_string_equal(CODE("Troops attacked Kenyan protesters."), "---MIL>KENCVL:190");
    /* nor is an agent facing a country as a whole */
    assert_string_equal(CODE("The government praised Kenya."), "---GOV>KEN:051");
}

static void dated_codes_follow_the_article_date(void **state)
{
    fixture *f = *state;
    assert_string_equal(code(f, f->coder, "William Ruto praised Uganda.", "2024-05-06"), "KENGOV>UGA:051");
    assert_string_equal(code(f, f->coder, "William Ruto praised Uganda.", "2015-05-06"), "KENELI>UGA:051");
}

static void infinitive_clause_takes_its_controller(void **state)
{
    fixture *f = *state;
    /* "urged Kenya to attack": URGE is ETH->KEN; the attack it urges has not
       happened and is not coded; nor what a "that" clause demands */
    assert_string_equal(CODE("Ethiopia urged Kenya to attack Somalia."), "ETH>KEN:020");
    assert_string_equal(CODE("Ethiopia urged that Kenya attack Somalia."), "ETH>KEN:020");
    /* nor what it accuses of: a gerund after "of", "for", "from" */
    assert_string_equal(CODE("Ethiopia accused Kenya of attacking Somalia."), "ETH>KEN:112");
    /* under a verb that codes nothing, the infinitive is the event, with the
       subject of the clause above as its source */
    assert_string_equal(CODE("Kenya is about to attack Somalia."), "KEN>SOM:190");
}

static void duplicates_and_noun_phrases(void **state)
{
    fixture *f = *state;
    /* a participle inside a noun phrase is no verb */
    assert_string_equal(CODE("Kenya praised the arrested Ugandan protesters."), "KEN>UGACVL:051");
    /* a role word that modifies a noun is no agent: "military aid" */
    assert_string_equal(CODE("Kenya praised military cooperation with Ethiopia."), "KEN>ETH:051");
}

static void discards(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya praised Uganda. Your horoscope says Kenya attacked Somalia."), "KEN>UGA:051");
    assert_string_equal(CODE("Kenya praised Uganda. The football results were late."), "");
}

static void no_self_dyads(void **state)
{
    fixture *f = *state;
    assert_string_equal(CODE("Kenya praised Nairobi."), "");
    /* a country and a part of it that names only the country */
    assert_string_equal(CODE("The Kenyan government praised Kenya."), "");
    /* the state's own parts are the state; its civilians, rebels or
       opposition are a party apart from it */
    assert_string_equal(CODE("The Kenyan police attacked Kenya."), "");
    assert_string_equal(CODE("Somali protesters attacked Somalia."), "SOMCVL>SOM:190");
    /* two parts of one country are two parties */
    assert_string_equal(CODE("Kenyan police arrested Kenyan protesters."), "KENCOP>KENCVL:173");
}

static void reported_events(void **state)
{
    fixture *f = *state;
    /* "according to X" is who reports: no pattern reaches across it */
    assert_string_equal(CODE("Kenya sent troops, according to Ugandan officials."), "");
    assert_string_equal(CODE("Kenya sent troops to Somalia, according to Ugandan officials."), "KEN>SOM:154");
    /* the reported event is coded with its own source; "said" itself is no event */
    assert_string_equal(CODE("Kenya said Ethiopia attacked Somalia."), "ETH>SOM:190");
    assert_string_equal(CODE("Ethiopia attacked Somalia, the Kenyan foreign ministry said."), "ETH>SOM:190");
    assert_string_equal(CODE("According to Kenya, Ethiopia attacked Somalia."), "ETH>SOM:190");
}

static void transformations(void **state)
{
    fixture *f = *state;
    /* "~ a (b . ATTACK) SAY = a b 112": saying Y attacked (no target) accuses Y */
    assert_string_equal(CODE("Kenya said Somalia attacked."), "KEN>SOM:112");
    /* with a target the inner event stands: no transformation fits */
    assert_string_equal(CODE("Kenya said Ethiopia attacked Somalia."), "ETH>SOM:190");
}

static void comma_clauses_keep_their_actors(void **state)
{
    fixture *f = *state;
    /* a condition is no event */
    assert_string_equal(CODE("Kenya will protest if Somalia attacks Ethiopia."), "");
    /* an adverbial clause's actor is not the main verb's target */
    assert_string_equal(CODE("Kenya praised the decision after Uganda attacked Somalia."), "UGA>SOM:190");
}

static void settings(void **state)
{
    fixture *f = *state;
    /* PETRARCH's require_dyad = false: a source alone, target "---" */
    assert_int_equal(dyad_coder_set(f->coder, "require_dyad", "false"), 0);
    assert_string_equal(CODE("Kenya attacked the border town."), "KEN>---:190");
    assert_string_equal(CODE("Kenya attacked Somalia."), "KEN>SOM:190"); /* a dyad: no one-sided event */
    assert_int_equal(dyad_coder_set(f->coder, "require_dyad", "true"), 0);
    assert_string_equal(CODE("Kenya attacked the border town."), "");
    assert_int_equal(dyad_coder_set(f->coder, "require_dyad", "maybe"), -1);
    assert_int_equal(dyad_coder_set(f->coder, "NO SUCH SETTING", "1"), -1);
}

static int keep_first(void *user, const dyad_event *e)
{
    fixture *f = user;
    if (f->got[0]) return 0;
    snprintf(f->got, sizeof f->got, "%s|%s|%d|%.1f|%s|%s|%s|%s|%ld", e->rule, e->root, e->quad, e->goldstein,
             e->plover_type ? e->plover_type : "-", e->source.text, e->target.text, e->text, e->sentence);
    return 0;
}

static void events_carry_rule_cameo_and_plover(void **state)
{
    fixture *f = *state;
    const char *text = "Talks went on. Kenyan troops attacked Somalia with drones.";
    f->got[0] = '\0';
    assert_int_equal(dyad_doc_analyse(f->doc, text, strlen(text)), 0);
    assert_int_equal(dyad_doc_parse(f->doc, f->model, NULL), 0);
    assert_int_equal(dyad_code_doc(f->coder, f->doc, "t", "2024-05-06", keep_first, f), 1);
    /* 195 "Employ aerial weapons": root 19, quad 4, Goldstein -10.0 in CAMEO's table */
    assert_string_equal(f->got, "ATTACK.1|19|4|-10.0|ASSAULT|Kenyan troops|Somalia|Kenyan troops attacked Somalia with drones.|1");
}

/* The events coder c codes from text (on 2024-05-06, a Monday) as fn
 * writes them. */
static const char *coded_by(fixture *f, dyad_coder *c, const char *text, dyad_event_fn fn)
{
    f->got[0] = '\0';
    assert_int_equal(dyad_doc_analyse(f->doc, text, strlen(text)), 0);
    assert_int_equal(dyad_doc_parse(f->doc, f->model, NULL), 0);
    assert_true(dyad_code_doc(c, f->doc, "t", "2024-05-06", fn, f) >= 0);
    return f->got;
}

static const char *coded_with(fixture *f, const char *text, dyad_event_fn fn) { return coded_by(f, f->coder, text, fn); }

static int keep_date(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    snprintf(f->got + n, sizeof f->got - n, "%s%s:%s/%s", n ? ";" : "", e->cameo, e->date,
             e->date_precision ? e->date_precision : "-");
    return 0;
}

static const char *dated(fixture *f, const char *text) { return coded_with(f, text, keep_date); }

static void events_are_dated_by_their_phrases_of_time(void **state)
{
    fixture *f = *state;
    assert_string_equal(dated(f, "Kenya attacked Somalia."), "190:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday."), "190:2024-05-03/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Monday."), "190:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia yesterday."), "190:2024-05-05/day");
    assert_string_equal(dated(f, "On July 3, Kenya attacked Somalia."), "190:2023-07-03/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on 2 May 2024."), "190:2024-05-02/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia in March."), "190:2024-03-01/month");
    assert_string_equal(dated(f, "Kenya attacked Somalia last month."), "190:2024-04-01/month");
    assert_string_equal(dated(f, "Kenya attacked Somalia in 2019."), "190:2019-01-01/year");
    /* a date after the article's is not the event's */
    assert_string_equal(dated(f, "Kenya attacked Somalia, and Uganda will respond on June 9."), "190:2024-05-06/day");
    /* a week is given as its month (the Monday of last week is April 29) */
    assert_string_equal(dated(f, "Kenya attacked Somalia last week."), "190:2024-04-01/month");
    /* a verb joined to another shares its time */
    assert_string_equal(dated(f, "Kenya met Uganda on Friday and later attacked Somalia."),
                        "040:2024-05-03/day;040:2024-05-03/day;190:2024-05-03/day");
    /* an intent is dated when it was stated, not when the act is planned */
    assert_string_equal(dated(f, "Ruto said on Saturday that Kenya would visit Uganda on Friday."), "036:2024-05-04/day");
    /* not the dateline's date; not a date naming a thing */
    assert_string_equal(dated(f, "NAIROBI, May 3 (Reuters) - Kenya attacked Somalia on Sunday."), "190:2024-05-05/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia after an April 1 raid."), "190:2024-05-06/day");
    /* a clause of time joined to a dated act: "a day after", "days after" */
    assert_string_equal(dated(f, "Uganda attacked Somalia on Friday, a day after Kenya attacked Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-02/day");
    assert_string_equal(dated(f, "Uganda attacked Somalia on Friday, days after Kenya attacked Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-01/month");
    /* (also when the tagger reads "after" as a preposition before the
       clause's subject) */
    assert_string_equal(dated(f, "Uganda attacked Somalia on Friday, killing nine, two days after Kenyan troops attacked "
                                 "Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-01/day");
    /* (not the time of a relative clause set off by a comma) */
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday and praised John Magufuli, who had fled there in March."),
                        "190:2024-05-03/day;051:2024-05-03/day");
    /* (not a deadline, nor the time of an act a judging verb is about, nor
       that of a relative clause on a thing) */
    assert_string_equal(dated(f, "Kenya urged Uganda to attack Somalia before the end of August."), "020:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya condemned Uganda for an attack on Somalia on Friday."), "111:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya accused Uganda over the truce that took effect on Friday."), "112:2024-05-06/day");
    /* "At the same news conference": the story's day */
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. At the same news conference, Kenya condemned Uganda."),
                        "190:2024-05-03/day;111:2024-05-03/day");
    /* a time opening the sentence holds for all its main clauses; a noun's
       act after a span is dated from the clause it hangs on; a participle
       on a noun has its own time */
    assert_string_equal(dated(f, "On Friday, Kenya attacked Somalia, and Uganda praised Ethiopia."),
                        "190:2024-05-03/day;051:2024-05-03/day");
    assert_string_equal(dated(f, "Kenya praised Uganda on Friday, two days after Ruto's visit to Somalia."),
                        "051:2024-05-03/day;042:2024-05-01/day;043:2024-05-01/day");
    assert_string_equal(dated(f, "Kenya accused Uganda of breaching a truce agreed last year."), "112:2024-05-06/day");
    /* ", where ..." happened when the clause before it did; a sentence
       opening with "X, who <past> on <day>," tells that day */
    assert_string_equal(dated(f, "Kenya hosted Uganda in Nairobi on Friday, where Ruto praised Somalia."),
                        "043:2024-05-03/day;042:2024-05-03/day;051:2024-05-03/day");
    assert_string_equal(dated(f, "Ruto, who arrived on Friday, praised Somalia."), "051:2024-05-03/day");
    assert_string_equal(dated(f, "Ruto, who arrived in March, praised Somalia."), "051:2024-05-06/day");
    assert_string_equal(dated(f, "Ruto, who arrived a day earlier, praised Somalia."), "051:2024-05-06/day");
    /* "that day": the day named before it */
    assert_string_equal(dated(f, "Ruto, who arrived in Kampala on Friday, attacked Somalia that day."),
                        "190:2024-05-03/day");
    /* the story's day carries to the next sentence that goes on with one of
       its actors, not to statements made when reported, nor to others */
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. Kenya also attacked Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-03/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. Somalia condemned Kenya."),
                        "190:2024-05-03/day;111:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. Somalia urged Kenya to withdraw."),
                        "190:2024-05-03/day;0256:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. Uganda attacked Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-06/day");
    /* a time in a clause in the future below is that clause's, not the
       verb's, nor the story's: "said he would travel to Moscow on Monday" */
    assert_string_equal(dated(f, "Kenya condemned Uganda and said Ruto would visit Somalia on Friday."),
                        "111:2024-05-06/day;036:2024-05-06/day");
    /* a main clause of its own after ", and" has the time of the one
       before; a relative clause on the subject does not date the verb; an
       act in the present is now, not on the story's day */
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday, and Uganda attacked Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-03/day");
    assert_string_equal(dated(f, "Kenya, which praised Somalia last year, has attacked Ethiopia."),
                        "051:2023-01-01/year;190:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. Kenya is attacking Ethiopia."),
                        "190:2024-05-03/day;190:2024-05-06/day");
    /* a time in a noun phrase "since" opens is the noun's ("since his
       return on Friday"); a verb joined to a dated one takes that one's
       time before the opening relative clause's */
    assert_string_equal(dated(f, "Kenya praised Uganda, the first to do so since its return to the bloc on Friday."),
                        "051:2024-05-06/day");
    assert_string_equal(dated(f, "Ruto, who met Museveni on Friday, said on Sunday that talks were over and praised "
                                 "Somalia."),
                        "051:2024-05-05/day");
    /* (praise is words too, said when reported) */
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday. Somalia praised Kenya."),
                        "190:2024-05-03/day;051:2024-05-06/day");
    /* (the story's day is its main clause's, not a clause of time's) */
    assert_string_equal(dated(f, "Kenya met Uganda on Friday, a day after Ruto condemned Somalia. Kenya then attacked "
                                 "Somalia."),
                        "040:2024-05-03/day;040:2024-05-03/day;111:2024-05-02/day;190:2024-05-03/day");
    /* "a day earlier", "two days earlier", "the previous day"; a sentence
       that looks back does not move the story's day */
    assert_string_equal(dated(f, "A day earlier, Kenya attacked Somalia."), "190:2024-05-05/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia two days earlier."), "190:2024-05-04/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Monday. A day earlier, Kenya attacked Uganda. Kenya then "
                                 "attacked Ethiopia."),
                        "190:2024-05-06/day;190:2024-05-05/day;190:2024-05-06/day");
    /* a verb joined to one in the future does not take its time */
    assert_string_equal(dated(f, "Kenya met Uganda and will attack Somalia on Friday."),
                        "040:2024-05-06/day;040:2024-05-06/day;1384:2024-05-10/day");
    /* a time in an infinitive is that of what is asked or planned, not of
       the asking; a contrast has a time of its own */
    assert_string_equal(dated(f, "Kenya urged Uganda to withdraw in March."), "0256:2024-05-06/day");
    assert_string_equal(dated(f, "Kenya attacked Somalia on Friday, while Uganda condemned Ethiopia."),
                        "190:2024-05-03/day;111:2024-05-06/day");
    /* (nor is a verb joined to one of planning dated by its infinitive) */
    assert_string_equal(dated(f, "Kenya met Uganda and agreed to attack Somalia in March."),
                        "040:2024-05-06/day;040:2024-05-06/day");
    /* an act in the past perfect takes the day above it */
    assert_string_equal(dated(f, "Kenya said on Saturday that Uganda had attacked Somalia."), "190:2024-05-04/day");
}

static int keep_auxiliary(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    snprintf(f->got + n, sizeof f->got - n, "%s%s:%s", n ? ";" : "", e->cameo,
             e->plover_auxiliary ? e->plover_auxiliary : "-");
    return 0;
}

static void plover_auxiliary_modes(void **state)
{
    fixture *f = *state;
    /* historical: over more than a month before the article */
    assert_string_equal(coded_with(f, "Kenya attacked Somalia in 2019.", keep_auxiliary), "190:historical");
    assert_string_equal(coded_with(f, "Kenya attacked Somalia in March.", keep_auxiliary), "190:historical");
    assert_string_equal(coded_with(f, "Kenya attacked Somalia last week.", keep_auxiliary), "190:-");
    /* an intent is one category (AGREE), no auxiliary */
    assert_string_equal(coded_with(f, "Kenya will visit Uganda next month.", keep_auxiliary), "036:-");
    /* negation and hypothetical, when such events are asked for */
    assert_string_equal(coded_by(f, f->coder_negated, "Kenya did not attack Somalia.", keep_auxiliary), "190:negation");
    char *error = NULL;
    dyad_coder_options keep = {.keep_unreal = 1};
    dyad_coder *c = dyad_coder_new(f->dicts, NULL, &keep, &error);
    assert_non_null(c);
    assert_string_equal(coded_by(f, c, "Kenya could attack Somalia.", keep_auxiliary), "190:hypothetical");
    assert_string_equal(coded_by(f, c, "Kenya will attack Somalia.", keep_auxiliary), "190:future");
    assert_string_equal(coded_by(f, c, "Kenya will visit Uganda.", keep_auxiliary), "042:future;043:future");
    dyad_coder_free(c);
}

static int keep_location(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    const dyad_event_location *l = e->location;
    snprintf(f->got + n, sizeof f->got - n, "%s%s:%s/%s/%ld", n ? ";" : "", e->cameo, l ? l->name : "-",
             l ? l->country : "-", l ? l->geonameid : 0L);
    return 0;
}

static const char *located(fixture *f, const char *text) { return coded_with(f, text, keep_location); }

static void events_are_placed(void **state)
{
    fixture *f = *state;
    /* a gazetteer place after "in" (geonameid from data/gazetteer.tsv) */
    assert_string_equal(located(f, "Kenya attacked Somalia in Mogadishu."), "190:Mogadishu/SOM/53654");
    /* an older spelling, and several words */
    assert_string_equal(located(f, "Kenya met Uganda in Dar es Salaam."), "040:Dar es Salaam/TZA/160263;040:Dar es Salaam/TZA/160263");
    /* "the Kenyan capital" */
    assert_string_equal(located(f, "Uganda attacked Somalia in the Kenyan capital."), "190:Nairobi/KEN/184745");
    /* a country named more closely by a town of it in a participle that
       goes on with the act */
    assert_string_equal(located(f, "Kenya attacked Uganda in Somalia, wounding dozens of people in Kismayo."),
                        "190:Kismayo/SOM/55671");
    /* a village neither knows, with no place after it: in the country of
       the object, else of the subject */
    assert_string_equal(located(f, "Kenyan police arrested protesters near the village of Kwa Jomvu."),
                        "173:Kwa Jomvu/KEN/0");
    /* a longer name that goes on from a town's: a district named after
       it, else no place */
    assert_string_equal(located(f, "In Kampala Central district, Kenya attacked Somalia."), "190:Kampala Central/UGA/0");
    assert_string_equal(located(f, "Kenya praised Uganda outside the Kampala Electoral Commission."), "051:-/-/0");
    /* (a country named more closely by "the city of" a town of it later
       in the clause; a place naming what the act is about is no scene) */
    assert_string_equal(located(f, "In Somalia's south, a Kenyan attack on the city of Kismayo killed Somalis."),
                        "180:Kismayo/SOM/55671");
    assert_string_equal(located(f, "KAMPALA, May 6 (Reuters) - Kenya accused Uganda of crimes in the Somalia conflict."),
                        "112:Kampala/UGA/232422");
    /* a name owning what follows it is no place: "in Uganda's internal
       affairs" (but "in Uganda's capital" is) */
    assert_string_equal(located(f, "Kenya condemned interference in Uganda's internal affairs."), "111:-/-/0");
    /* (and one on the noun of a phrase opening the sentence: "In a
       statement issued in Kampala, ...") */
    assert_string_equal(located(f, "In a statement issued in Kampala, Kenya condemned Somalia."), "111:Kampala/UGA/232422");
    /* a participle on the subject says where its actor was */
    assert_string_equal(located(f, "Kenyan leaders gathering at a summit in Kampala on Friday praised Somalia."),
                        "051:Kampala/UGA/232422");
    /* a part of a town the gazetteer knows: "the capital's Chacao
       district", "the Chacao district of Caracas" */
    assert_string_equal(located(f, "Uganda attacked Somalia in the capital's Chacao district."), "190:Chacao/VEN/3645981");
    assert_string_equal(located(f, "Uganda attacked Somalia in the Chacao district of Caracas."), "190:Chacao/VEN/3645981");
    /* a place only the dictionaries know: its words and country */
    assert_string_equal(located(f, "Kenya attacked Somalia in Pemba."), "190:Pemba/TZA/0");
    /* "the port city of ...", where a visit goes, a place the act is aimed
       at, a seat of government, Washington as the capital */
    assert_string_equal(located(f, "Kenya attacked Somalia in the Somali port city of Kismayo."), "190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Ruto visited Mogadishu."), "042:Mogadishu/SOM/53654;043:Mogadishu/SOM/53654");
    assert_string_equal(located(f, "Uganda attacked Mogadishu's suburbs."), "190:Mogadishu/SOM/53654");
    assert_string_equal(located(f, "Ruto met Uganda at the White House."),
                        "040:Washington/USA/4140963;040:Washington/USA/4140963");
    /* "off the port of", "the suburb of", a kind of place in the object,
       an opening participle's place, a wire spelling, and a month that is
       no town ("in March" is not March, England) */
    assert_string_equal(located(f, "Kenya attacked Somalia off the Somali port of Kismayo."), "190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Uganda attacked the Somali city of Kismayo."), "190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Speaking in Kismayo on Monday, Ruto condemned Uganda."), "111:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Kenya attacked Somalia in Hodeidah."), "190:Hodeidah/YEM/79415");
    assert_string_equal(located(f, "Kenya met Somalia in March."), "040:-/-/0;040:-/-/0");
    /* a place inside another, after its "'s": a district the gazetteer
       lacks takes the outer place's country */
    assert_string_equal(located(f, "Kenya attacked Uganda in Somalia's Gedo region."), "190:Gedo/SOM/0");
    assert_string_equal(located(f, "Kenya attacked Somalia in Somalia's second city Kismayo."), "190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Uganda attacked Somalia on the outskirts of Kismayo."), "190:Kismayo/SOM/55671");
    /* a place on the subject is where the actor is from; one after the
       verb is where it acted */
    assert_string_equal(located(f, "Police in Somalia attacked Ugandan protesters in Kismayo."), "190:Kismayo/SOM/55671");
    /* a town after "capital" in a mention of its state; names and
       participles before "port of"; an area inside a town */
    assert_string_equal(located(f, "Kenya attacked Uganda in the Somali capital Mogadishu."), "190:Mogadishu/SOM/53654");
    assert_string_equal(located(f, "Kenya met Uganda in the Somali Indian Ocean port of Kismayo."),
                        "044:Kismayo/SOM/55671;044:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Kenya attacked Uganda in the neighbouring city of Kismayo."), "190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Kenya attacked Uganda in Mogadishu's Hodan area."), "190:Hodan/SOM/0");
    /* "<state>'s <names> city of X"; "the X district of Y" (X, in Y's
       country); "on the island of X"; ", where ..." at the place before it */
    assert_string_equal(located(f, "Kenya attacked Uganda in Somalia's Indian Ocean city of Kismayo."),
                        "190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Kenya attacked Uganda in the Hodan district of Mogadishu."), "190:Hodan/SOM/0");
    assert_string_equal(located(f, "Kenya met Uganda on the island of Zanzibar."),
                        "040:Zanzibar/TZA/148730;040:Zanzibar/TZA/148730");
    assert_string_equal(located(f, "Uganda condemned Ethiopia and Somalia, where Kenya attacked Ugandan troops."),
                        "111:-/-/0;111:-/-/0;190:Somalia/SOM/0");
    /* an opening participle's place is that of a verb joined to the one it
       opens */
    assert_string_equal(located(f, "Speaking in Kismayo, Ruto said Uganda was ready and urged Somalia to withdraw."),
                        "0256:Kismayo/SOM/55671");
    /* "The" of "The Hague" is part of its name; a town inside the mention
       of the state an attack hits */
    assert_string_equal(located(f, "Kenya met Uganda in The Hague."), "040:The Hague/NLD/2747373;040:The Hague/NLD/2747373");
    assert_string_equal(located(f, "Kenya attacked the Somali capital Mogadishu."), "190:Mogadishu/SOM/53654");
    assert_string_equal(located(f, "Kenya attacked the southern Somali city of Kismayo."), "190:Kismayo/SOM/55671");
    /* "across the country": the country of the clause's subject */
    assert_string_equal(located(f, "Ugandans protested against Kenya across the country."), "140:Uganda/UGA/0");
    /* a place of what the act is about is not where it was */
    assert_string_equal(located(f, "Kenya met Uganda on the war in Somalia in Kismayo."),
                        "044:Kismayo/SOM/55671;044:Kismayo/SOM/55671");
    /* a hyphened Arabic article is part of the name */
    assert_string_equal(located(f, "Kenya attacked Somalia in Deir al-Balah."), "190:Deir al-Balah/PSE/281141");
    /* an act in a clause of time was where its clause's act was */
    assert_string_equal(located(f, "Ruto is in Kismayo after Somalia praised Kenya."), "051:Kismayo/SOM/55671");
    /* not a place only planned: "to visit Ethiopia in Addis Ababa" */
    assert_string_equal(located(f, "Ruto said on Friday that Kenya would meet Uganda in Kismayo."), "036:-/-/0");
    /* the story's place carries to the next sentence that goes on with one
       of its actors */
    assert_string_equal(located(f, "Kenya attacked Somalia in Kismayo. Kenya also attacked Ugandan troops."),
                        "190:Kismayo/SOM/55671;190:Kismayo/SOM/55671");
    assert_string_equal(located(f, "Kenya attacked Somalia in Kismayo. Uganda attacked Ethiopian troops."),
                        "190:Kismayo/SOM/55671;190:-/-/0");
    /* (and a later verb of the sentence where its main clause was) */
    assert_string_equal(located(f, "Uganda met Somalia in Kismayo and was praised by Kenya, which condemned Ethiopia."),
                        "040:Kismayo/SOM/55671;040:Kismayo/SOM/55671;051:Kismayo/SOM/55671;111:Kismayo/SOM/55671");
    /* ... unless the dateline is in the country of one of its sides (and
       an attack on a state named alone is in that state) */
    assert_string_equal(located(f, "Kenya attacked Somalia in Kismayo. Kenya also attacked Ethiopia."),
                        "190:Kismayo/SOM/55671;190:Ethiopia/ETH/0");
    assert_string_equal(located(f, "NAIROBI, May 6 (Reuters) - Uganda attacked Somalia in Kismayo. Kenya then condemned "
                                   "Somalia."),
                        "190:Kismayo/SOM/55671;111:Nairobi/KEN/184745");
    /* force used on a state named alone happened there, not at a
       dateline elsewhere (but at one in that state) */
    assert_string_equal(located(f, "NAIROBI, May 6 (Reuters) - Kenya attacked Somalia."), "190:Somalia/SOM/0");
    assert_string_equal(located(f, "MOGADISHU, May 6 (Reuters) - Kenya attacked Somalia."), "190:Mogadishu/SOM/53654");
    /* "in the capital" alone: the capital of the dateline's country */
    assert_string_equal(located(f, "KISMAYO, May 6 (Reuters) - Kenya attacked Uganda in the capital."),
                        "190:Mogadishu/SOM/53654");
    /* (a dateline no dictionary places: the gazetteer's place, "UNITED
       NATIONS" the U.N.'s seat) */
    assert_string_equal(located(f, "UNITED NATIONS, May 6 (Reuters) - Kenya condemned Uganda on Monday."),
                        "111:New York/USA/5128581");
    assert_string_equal(located(f, "Uganda attacked Somalia."), "190:Somalia/SOM/0");
    /* (a town named is where it was, whatever the dateline) */
    assert_string_equal(located(f, "KISMAYO, May 6 (Reuters) - Kenya attacked Mogadishu."), "190:Mogadishu/SOM/53654");
    /* "at the scene" is where force was last used */
    assert_string_equal(located(f, "Uganda attacked Somalia in Kismayo. Kenya condemned Ethiopia. Ethiopia praised Kenya. "
                                   "Kenya arrested Ugandan troops at the scene."),
                        "190:Kismayo/SOM/55671;111:-/-/0;051:-/-/0;173:Kismayo/SOM/55671");
    /* a town neither the gazetteer nor the dictionaries know, after "the
       <state's> town of" */
    assert_string_equal(located(f, "Kenya attacked Somalia near the Somali town of Dhobley."), "190:Dhobley/SOM/0");
    assert_string_equal(located(f, "Kenya attacked the outskirts of Mogadishu."), "190:Mogadishu/SOM/53654");
    /* (a state named by its adjective is placed under its own name) */
    assert_string_equal(located(f, "Uganda attacked Somali positions."), "190:Somalia/SOM/0");
    /* an act in a participle under a participle of purpose was where the
       main clause's act was, not where the purpose lies */
    assert_string_equal(located(f, "Kenya met Uganda in Kismayo on Friday aimed at ending the war in Mogadishu, at a "
                                   "ceremony hosted by Somalia."),
                        "040:Kismayo/SOM/55671;040:Kismayo/SOM/55671;043:Kismayo/SOM/55671;042:Kismayo/SOM/55671");
    /* a part of the town named after it, which neither knows */
    assert_string_equal(located(f, "Kenya attacked Somalia outside Mogadishu city hall in the Yaqshid district."),
                        "190:Yaqshid/SOM/0");
    /* ", where ..." after an apposition is at the place it describes */
    assert_string_equal(located(f, "Fighting continued near Kismayo, a port town in southern Somalia, where Kenya attacked "
                                   "Somalia."),
                        "190:Kismayo/SOM/55671");
    /* a verb with its own subject joined to another is not where that one
       was: its participle's place is */
    assert_string_equal(located(f, "Kenyans protested in Mombasa, and Uganda attacked Somalis marching in Kismayo."),
                        "190:Kismayo/SOM/55671");
    /* a town the object names, neither knows, in the region the clause
       names; "near the town" later is that town; a person's name after
       "the town of" is the town's */
    assert_string_equal(located(f, "Kenya attacked the town of Ruto in southern Somalia. Uganda attacked Somalia near "
                                   "the town."),
                        "190:Ruto/SOM/0;190:Ruto/SOM/0");
    /* a village neither knows, named before a place it is in */
    assert_string_equal(located(f, "Kenya attacked Somalis in the village of Bula Haji, in southern Somalia."),
                        "190:Bula Haji/SOM/0");
    /* a name neither knows right before a place it is in; a building
       named after a town is not that town; a town naming a struck site */
    assert_string_equal(located(f, "Kenya attacked Somalis near Bula Haji in southern Somalia."),
                        "190:Bula Haji/SOM/0");
    assert_string_equal(located(f, "Kenya met Uganda at Kismayo Palace near Mogadishu."),
                        "040:Mogadishu/SOM/53654;040:Mogadishu/SOM/53654");
    assert_string_equal(located(f, "Kenya attacked the Kismayo water plant in southern Somalia."),
                        "190:Kismayo/SOM/55671");
    /* a people is not a place; a person's site is not a town */
    assert_string_equal(located(f, "Uganda attacked Somalis in southern Somalia."), "190:Somalia/SOM/0");
    assert_string_equal(located(f, "Kenya met Uganda in St Peter's Basilica in Mogadishu."),
                        "044:Mogadishu/SOM/53654;044:Mogadishu/SOM/53654");
    /* "the city's X district": a part of the town the sentence names */
    assert_string_equal(located(f, "Police stayed in Mogadishu after Kenya attacked Somalis in the city's Hodan district."),
                        "190:Hodan/SOM/0");
    /* people freed from a place were freed there */
    assert_string_equal(located(f, "Al-Shabaab freed the last 20 living Kenyan hostages from Kismayo."),
                        "0841:Kismayo/SOM/55671");
    /* a trip only planned in what the verb says is not where it was said */
    assert_string_equal(located(f, "MOGADISHU, May 6 (Reuters) - Somalia told Kenya that it would visit Uganda."),
                        "036:Mogadishu/SOM/53654");
    /* no place: the dateline city, else null */
    assert_string_equal(located(f, "NAIROBI, May 6 (Reuters) - Uganda condemned Somalia."), "111:Nairobi/KEN/184745");
    assert_string_equal(located(f, "Uganda condemned Somalia."), "111:-/-/0");
}

static int keep_antecedent(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    snprintf(f->got + n, sizeof f->got - n, "%s%s=%s<%s", n ? ";" : "", e->source.code,
             e->source.text ? e->source.text : "-", e->source.antecedent ? e->source.antecedent : "-");
    return 0;
}

static void actors_of_earlier_sentences(void **state)
{
    fixture *f = *state;
    /* a surname, "he" and "the two leaders" stand for actors of the
       sentences before */
    assert_string_equal(CODE("John Magufuli met Uganda. Magufuli later condemned Somalia."),
                        "TZAGOV>UGA:040;UGA>TZAGOV:040;TZAGOV>SOM:111");
    assert_string_equal(CODE("William Ruto met Uganda's president. He then condemned Somalia."),
                        "KENGOV>UGAGOV:040;UGAGOV>KENGOV:040;KENGOV>SOM:111");
    /* the first word of a name too ("Abiy" for Abiy Ahmed, "Yoon" for Yoon
       Suk Yeol), and a member of a compound joins it */
    assert_string_equal(CODE("President John Magufuli met Uganda. John later condemned Somalia."),
                        "TZAGOV>UGA:040;UGA>TZAGOV:040;TZAGOV>SOM:111");
    assert_string_equal(CODE("John Magufuli met William Ruto. Ethiopia and Magufuli later condemned Somalia."),
                        "TZAGOV>KENGOV:040;KENGOV>TZAGOV:040;ETH>SOM:111;TZAGOV>SOM:111");
    assert_string_equal(CODE("Kenya attacked Uganda. The two countries later met in Tanzania."),
                        "KEN>UGA:190;KEN>UGA:044;UGA>KEN:044");
    /* "the two ministers", which the dictionaries read as an agent alone */
    assert_string_equal(CODE("Ruto met John Magufuli. The two ministers later condemned Somalia."),
                        "KENGOV>TZAGOV:040;TZAGOV>KENGOV:040;KENGOV>SOM:111;TZAGOV>SOM:111");
    /* each resolved actor keeps its words and its antecedent's */
    assert_string_equal(coded_with(f, "William Ruto met Uganda's president. He then condemned Somalia.", keep_antecedent),
                        "KENGOV=William Ruto<-;UGAGOV=Uganda 's president<-;KENGOV=He<William Ruto");
    /* an act named again stands for whoever did it: "the accusations" for
       the accuser, "the demand" for who demanded (not an attack's doer
       for "the decision") */
    assert_string_equal(CODE("Kenya accused Uganda of aggression. Tanzania condemned the accusations."),
                        "KEN>UGA:112;TZA>KEN:111");
    assert_string_equal(CODE("Kenya demanded that Uganda free the prisoners. Tanzania praised the demand."),
                        "KEN>UGA:1053;TZA>KEN:051");
    assert_string_equal(CODE("Kenya attacked Uganda. Tanzania condemned the decision."), "KEN>UGA:190");
    /* ("the attack" is the attacker's, unless the text names its doer) */
    assert_string_equal(CODE("Uganda attacked Somalia. Kenya condemned the attack."), "UGA>SOM:190;KEN>UGA:111");
    assert_string_equal(CODE("Uganda attacked Somalia. Kenya condemned the attack by Tanzania."),
                        "UGA>SOM:190;KEN>TZA:111");
    assert_string_equal(CODE("Uganda attacked Somalia. Kenya condemned the drone attacks."), "UGA>SOM:190;KEN>UGA:111");
    assert_string_equal(CODE("Uganda arrested Somali citizens. Kenya condemned the arrest."), "UGA>SOM:173;KEN>UGA:111");
    /* (", while" sets another's act beside it: no target of the first) */
    assert_string_equal(CODE("Kenya condemned the attack, while Uganda said it was ready."), "");
    /* "him", "her" as an object: the person last named, unless another
       party was named before it in the sentence */
    assert_string_equal(CODE("Ruto condemned Somalia. Uganda praised him."), "KENGOV>SOM:111;UGA>KENGOV:051");
    assert_string_equal(CODE("Ruto condemned Somalia. Uganda met Somalia and praised him."),
                        "KENGOV>SOM:111;UGA>SOM:040;SOM>UGA:040");
    /* "the three governments": the members of the last compound of three */
    assert_string_equal(CODE("Kenya, Uganda and Tanzania met Somalia. The three governments later condemned Ethiopia."),
                        "KEN>SOM:040;SOM>KEN:040;UGA>SOM:040;SOM>UGA:040;TZA>SOM:040;SOM>TZA:040;"
                        "KENGOV>ETH:111;UGAGOV>ETH:111;TZAGOV>ETH:111");
    /* "the police", a sector with no country, is the country's named
       before */
    assert_string_equal(CODE("Kenyan police attacked Uganda. The police later condemned Somalia."),
                        "KENCOP>UGA:190;KENCOP>SOM:111");
    /* the first sentence of another article remembers nothing */
    assert_string_equal(CODE("He condemned Somalia."), "");
}

static int keep_attribution(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    snprintf(f->got + n, sizeof f->got - n, "%s%s:%s/%s", n ? ";" : "", e->cameo,
             e->attribution && e->attribution->code ? e->attribution->code : "-",
             e->attribution && e->attribution->text ? e->attribution->text : "-");
    return 0;
}

static const char *attributed(fixture *f, const char *text) { return coded_with(f, text, keep_attribution); }

static int keep_quoting(void *user, const dyad_event *e)
{
    fixture *f = user;
    size_t n = strlen(f->got);
    const dyad_event_attribution *a = e->attribution;
    snprintf(f->got + n, sizeof f->got - n, "%s%s:%s/%s>%s/%s", n ? ";" : "", e->cameo, a && a->code ? a->code : "-",
             a && a->text ? a->text : "-", a && a->quoting_code ? a->quoting_code : "-",
             a && a->quoting_text ? a->quoting_text : "-");
    return 0;
}

static void events_name_who_reported_them(void **state)
{
    fixture *f = *state;
    /* the speaker of "X said", "said X", "according to X", "X told ... that" */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto said."), "190:KENGOV/Ruto");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, according to Kenyan officials."),
                        "190:KENGOV/Kenyan officials");
    /* (a possessive before the speaker: the noun it ends in) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, according to Kenya's foreign ministry."),
                        "190:KENGOV/Kenya 's foreign ministry");
    assert_string_equal(attributed(f, "Ruto told reporters that Uganda had attacked Somalia."), "190:KENGOV/Ruto");
    /* a speaker that names no actor: its words, no code */
    assert_string_equal(attributed(f, "Kenya condemned Somalia, witnesses said."), "111:-/witnesses");
    /* (but witnesses are the civilians of where it happened; before
       "there said" they are still the speaker) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, witnesses said."), "190:SOMCVL/witnesses");
    assert_string_equal(attributed(f, "Uganda attacked Somalia in Kismayo, witnesses there said."),
                        "190:SOMCVL/witnesses");
    /* a name the dictionaries do not know after a title they do */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Interior Minister Abdi Farah Juha told reporters."),
                        "190:UGAGOV/Interior Minister Abdi Farah Juha");
    /* "his office", "its spokesman": the subject's own; a regional
       governor is of where it happened */
    assert_string_equal(attributed(f, "Ruto condemned Somalia, his office said."), "111:KENGOV/his office");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, a local official said."), "190:SOMGOV/official");
    /* a name no dictionary knows after a title one does is that person
       in later sentences */
    assert_string_equal(attributed(f, "Kenya's foreign minister, Abdi Farah, condemned Somalia. Uganda attacked Somalia, "
                                      "Farah said."),
                        "111:-/-;190:KENGOV/Farah");
    /* a contrast the writer adds is not what the speaker said */
    assert_string_equal(attributed(f, "Kenya said it was ready to help Somalia, while Uganda attacked Ethiopia."),
                        "190:-/-");
    /* nobody reports it: null */
    assert_string_equal(attributed(f, "Uganda attacked Somalia."), "190:-/-");
    /* "X told reporters."; the owner of "Ruto's office" */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto told reporters."), "190:KENGOV/Ruto");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto's office said."), "190:KENGOV/office");
    /* verbs joined under one speaker */
    assert_string_equal(attributed(f, "Ruto met Uganda and later praised Somalia, Kenya's foreign ministry said."),
                        "040:KENGOV/Kenya 's foreign ministry;040:KENGOV/Kenya 's foreign ministry;"
                        "051:KENGOV/Kenya 's foreign ministry");
    /* not "X said that ...", which reports only what it says */
    assert_string_equal(attributed(f, "Kenya attacked Somalia and Ruto said Uganda would help."), "190:-/-");
    /* a reporting clause with a clause of time after it, and one whose
       speaker has a place after it (which is the speaker's, not the act's) */
    /* (a ministry of no named state is the one of the state the sentence
       is about; "its spokesman" the subject's own; an actor on the noun
       reports: "a Kenyan statement") */
    /* (the clause of time after the reporting clause is the writer's) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, the ministry said, a day after Kenya attacked Ethiopia."),
                        "190:UGAGOV/ministry;190:-/-");
    assert_string_equal(attributed(f, "Uganda would respond to any attack, Ruto said, days after Kenya attacked Ethiopia."),
                        "190:-/-");
    assert_string_equal(attributed(f, "Uganda attacked Somalia on Friday, residents said, as Kenya attacked Ethiopia."),
                        "190:-/residents;190:-/-");
    /* "X, who ..., told reporters that ...": X says it; the relative
       clause is the writer's */
    assert_string_equal(attributed(f, "Ruto, who attacked Uganda on Monday, told reporters that Somalia attacked Ethiopia."),
                        "190:-/-;190:KENGOV/Ruto");
    assert_string_equal(attributed(f, "Ugandan police attacked Somalia, its spokesman said."), "190:UGACOP/spokesman");
    /* "told" any listener at the end reports; a clause of time right after
       the reporting verb is the writer's; a source an actor modifies, with
       the arm a word names */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto told Reuters."), "190:KENGOV/Ruto");
    /* (also after "told" and its listener, and one a participle of saying
       follows) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto told Reuters, but Ethiopia praised Kenya."),
                        "190:KENGOV/Ruto;051:-/-");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Kenyan media reported, adding that Ethiopia praised Kenya."),
                        "190:-/Kenyan media;051:-/Kenyan media");
    /* (whoever put out what a source is: "a video posted by his ministry",
       "a statement released by the Kenyan foreign ministry") */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, according to a statement released by Ruto."),
                        "190:KENGOV/a statement");
        /* a reporting clause in mid-sentence reports only what came before */
    assert_string_equal(attributed(f, "Uganda attacked Somalia on Friday, Kenyan media reported, and Ethiopia attacked "
                                      "Kenya."),
                        "190:-/Kenyan media;190:-/-");
    /* (an act set for a day to come is planned, not done) */
    assert_string_equal(attributed(f, "Kenyan unions called a general strike against Uganda."), "143:-/-");
    assert_string_equal(attributed(f, "Kenyan unions called a general strike for Friday against Uganda."), "");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto said on Friday after Kenya attacked Ethiopia."),
                        "190:KENGOV/Ruto;190:-/-");
    assert_string_equal(attributed(f, "A Kenyan military source said Uganda attacked Somalia."),
                        "190:KENMIL/A Kenyan military source");
    /* (a clause of time on the verb of saying is the writer's) */
    assert_string_equal(attributed(f, "Ruto warned when he visited Uganda that Kenya would attack Somalia."),
                        "042:-/-;043:-/-");
    /* ("his spokesman" after a subject of two parties: the one person
       named before it) */
    assert_string_equal(attributed(f, "Uganda and Somalia condemned Ruto, his spokesman said."),
                        "111:KENGOV/spokesman;111:KENGOV/spokesman");
    /* (an owner named by a name the dictionaries do not know, given after
       a title they do) */
    assert_string_equal(attributed(f, "Kenyan President John Kamau condemned Somalia, Kamau's press office said."),
                        "111:KENGOV/press office");
    /* (sources of an arm with no country: the subject's state) */
    assert_string_equal(attributed(f, "Ugandan troops attacked Somalia, military sources said."),
                        "190:UGAMIL/military sources");
    /* ("a statement from Ruto's office": whoever it is from) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, according to a statement from Ruto's office."),
                        "190:KENGOV/a statement");
    /* (a participle after the reporting clause is the speaker's own act) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto said on Friday, condemning Ethiopia."),
                        "190:KENGOV/Ruto;111:KENGOV/Ruto");
    /* ("the city's police department": the police of where it happened) */
    assert_string_equal(attributed(f, "In Nairobi, police arrested Somalis, the city's police department said."),
                        "173:KENCOP/police department");
    /* ("his spokesman said in Kampala": the owner's voice, not Uganda's) */
    assert_string_equal(attributed(f, "Ruto condemned Somalia, his spokesman said in Kampala."), "111:KENGOV/spokesman");
    /* (a group's role the dictionaries do not know before an unknown name:
       the group's; "the group's spokesman" is the group's) */
    assert_string_equal(attributed(f, "Kenya Liberation Front political bureau member John Okello said Uganda attacked "
                                      "Somalia."),
                        "190:KENREB/Kenya Liberation Front political bureau member John Okello");
    assert_string_equal(attributed(f, "The Kenya Liberation Front attacked Somalia, the group's spokesman said."),
                        "190:KENREB/spokesman");
    /* (an organ of no country reports for the state a rebel group acted on) */
    assert_string_equal(attributed(f, "The Kenya Liberation Front attacked Somalia, the military said."),
                        "190:SOMMIL/military");
    /* a verb of saying that codes what was said reports it itself */
    assert_string_equal(attributed(f, "Ruto said on Friday that Uganda was responsible."), "112:KENGOV/Ruto");
    /* (a clause of time after the report, with a participle of its own) */
    assert_string_equal(attributed(f, "Uganda attacked Somalia, a Kenyan newspaper reported on Monday, a day after "
                                      "rebels led by Ruto attacked Ethiopia."),
                        "190:KENMED/Kenyan newspaper;190:KENMED/Kenyan newspaper");
    /* (a speaker "the police" is placed so too, not by the sentences
       before) */
    assert_string_equal(attributed(f, "Kenyan police attacked Uganda. Tanzania attacked Somalia, the police said."),
                        "190:-/-;190:TZACOP/police");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, according to a Kenyan statement."),
                        "190:KENGOV/a Kenyan statement");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, a Kenyan newspaper reported, after Ethiopia attacked Kenya."),
                        "190:KENMED/Kenyan newspaper;190:-/-");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Ruto said Sunday."), "190:KENGOV/Ruto");
    /* a reporting verb at the end after a noun phrase with its owner, and
       one a clause of time follows: no participle on the noun */
    assert_string_equal(attributed(f, "Uganda signed an accord with Somalia that includes a pledge of aid, Kenya's state "
                                      "media reported."),
                        "057:KENGOV/state media");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, Kenyan news agencies reported on Monday, a day after Kenya "
                                      "attacked Ethiopia."),
                        "190:-/Kenyan news agencies;190:-/-");
    assert_string_equal(attributed(f, "Uganda attacked Somalia, officials in Nairobi said."),
                        "190:KENGOV/officials in Nairobi");
    assert_string_equal(located(f, "Uganda attacked Somalia, officials in Nairobi said."), "190:Somalia/SOM/0");
    /* a chain: the source and whom it quotes (a state's medium quoting an
       official of no country named quotes one of its own) */
    assert_string_equal(coded_with(f, "Uganda attacked Somalia, a Kenyan newspaper reported, quoting a spokesman.",
                                   keep_quoting),
                        "190:KENMED/Kenyan newspaper>KENGOV/spokesman");
    assert_string_equal(coded_with(f, "A Kenyan newspaper quoted Ruto as saying that Uganda had attacked Somalia.",
                                   keep_quoting),
                        "190:KENMED/Kenyan newspaper>KENGOV/Ruto");
    assert_string_equal(coded_with(f, "Uganda attacked Somalia, Ruto said.", keep_quoting), "190:KENGOV/Ruto>-/-");
    /* "..., and said X would": X is no speaker */
    assert_string_equal(attributed(f, "Kenya condemned Somalia, and said the army would withdraw."), "111:-/-");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_verb_object),
        cmocka_unit_test(pattern_words_choose_the_code),
        cmocka_unit_test(prepositional_target),
        cmocka_unit_test(compounds_give_one_event_per_pair),
        cmocka_unit_test(agents_join_actors),
        cmocka_unit_test(actors_with_a_sector_of_their_own),
        cmocka_unit_test(passive_voice_swaps_roles),
        cmocka_unit_test(negation),
        cmocka_unit_test(reverse_codes),
        cmocka_unit_test(forces_of_the_source),
        cmocka_unit_test(announced_acts_are_intents),
        cmocka_unit_test(possible_and_imagined_acts),
        cmocka_unit_test(noun_forms_of_events),
        cmocka_unit_test(protest_aims_give_the_fourth_digit),
        cmocka_unit_test(domestic_agents_take_the_other_sides_country),
        cmocka_unit_test(relative_clause_without_an_actor),
        cmocka_unit_test(mediators_of_the_clause_before),
        cmocka_unit_test(purposes_are_no_acts),
        cmocka_unit_test(participle_clauses_after_a_comma),
        cmocka_unit_test(mutual_nouns_take_the_clauses_sides),
        cmocka_unit_test(leaving_an_organisation),
        cmocka_unit_test(former_office_holders_are_elites),
        cmocka_unit_test(generic_codes_take_their_contents_code),
        cmocka_unit_test(participles_after_a_comma),
        cmocka_unit_test(appositions_with_a_tail),
        cmocka_unit_test(thousands_make_mass_acts),
        cmocka_unit_test(neither_nor_and_settings),
        cmocka_unit_test(patterns_stop_at_a_last_clause),
        cmocka_unit_test(pronouns_and_pairs_within_the_sentence),
        cmocka_unit_test(dated_codes_follow_the_article_date),
        cmocka_unit_test(infinitive_clause_takes_its_controller),
        cmocka_unit_test(discards),
        cmocka_unit_test(no_self_dyads),
        cmocka_unit_test(events_carry_rule_cameo_and_plover),
        cmocka_unit_test(reported_events),
        cmocka_unit_test(transformations),
        cmocka_unit_test(duplicates_and_noun_phrases),
        cmocka_unit_test(comma_clauses_keep_their_actors),
        cmocka_unit_test(settings),
        cmocka_unit_test(events_name_who_reported_them),
        cmocka_unit_test(actors_of_earlier_sentences),
        cmocka_unit_test(events_are_dated_by_their_phrases_of_time),
        cmocka_unit_test(events_are_placed),
        cmocka_unit_test(plover_auxiliary_modes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
