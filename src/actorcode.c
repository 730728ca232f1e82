/* actorcode.c - what an actor code says about the actor: whose country it
 * is, whether it is the state or the society, and when two codes are one
 * party. The coder uses it to keep an actor from acting on itself, to place
 * an agent named without its country beside its domestic counterpart
 * ("labour unions ... press the government": NGALAB, NGAGOV), and to give a
 * protest with no target its government. Codes are CAMEO's: three letters
 * of country (or IGO, NGO, IMG, ---), then three-letter sectors. */
#include <stdio.h>
#include <string.h>

#include "coder.h"

/* Is sector one of the state's own organs (government, armed forces,
 * police, courts, legislature, intelligence)? */
static int state_part(const char *sector)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
    for (int k = 0; state[k]; k++)
        if (!strncmp(sector, state[k], 3)) return 1;
    return 0;
}

/* An actor and itself, or a country and a part of it that names only the
 * country ("RUSGOV" and "RUS": the Kremlin and Russia). */
int code_same_party(const char *a, const char *b)
{
    if (!strcmp(a, b)) return 1;
    size_t na = strlen(a), nb = strlen(b);
    /* the state's own parts are the state; rebels, opposition or civilians
       of a country are a party apart from it ("M23 rebels seized Bukavu":
       CODREB and COD) */
    if (na == 3 && nb > 3 && !strncmp(a, b, 3) && strncmp(a, "---", 3) != 0) return state_part(b + 3);
    if (nb == 3 && na > 3 && !strncmp(a, b, 3) && strncmp(b, "---", 3) != 0) return state_part(a + 3);
    return 0;
}

/* Is code a country's own (not "---", an IGO, an NGO or a transnational
 * group's): its first three letters name the country? */
int code_is_country(const char *code)
{
    return strlen(code) >= 3 && strncmp(code, "---", 3) && strncmp(code, "IGO", 3) && strncmp(code, "NGO", 3) &&
           strncmp(code, "IMG", 3);
}

/* Is code a state or one of its organs ("USA", "USAGOV", "USAMIL")? */
int code_is_state(const char *code)
{
    return code_is_country(code) && (strlen(code) == 3 || state_part(code + 3));
}

/* The country of a code the coder made itself ("KENGOV" for a protest's
 * implied target, "TWN" for the country a show of force is aimed at): its
 * first three letters, when the code is a country's, alone or with one
 * sector. */
int code_country_of(const char *code, char out[4])
{
    if ((strlen(code) != 6 && strlen(code) != 3) || !code_is_country(code)) return 0;
    memcpy(out, code, 3);
    out[3] = '\0';
    return 1;
}

/* A society's own people, who may face its state: civilians, workers,
 * opposition, students, doctors, farmers, clergy, media, business, rights
 * groups (who also protest), and elites, unidentified gunmen and criminals
 * (who do not). Returns 2 for those who protest, 1 for the others, 0. */
int code_society_sector(const char *sector)
{
    static const char *const protesting[] = {"CVL", "OPP", "LAB", "EDU", "HLH", "AGR", "REL", "BUS", "MED", "HRI"};
    static const char *const others[] = {"ELI", "UAF", "CRM"};
    for (size_t k = 0; k < sizeof protesting / sizeof *protesting; k++)
        if (!strcmp(sector, protesting[k])) return 2;
    for (size_t k = 0; k < sizeof others / sizeof *others; k++)
        if (!strcmp(sector, others[k])) return 1;
    return 0;
}

/* A state organ that faces a society at home: not its armed forces or
 * spies, who act abroad. */
int code_home_state_sector(const char *sector)
{
    return state_part(sector) && strcmp(sector, "MIL") && strcmp(sector, "SPY");
}

/* Is code a country's society that protests ("KENCVL")? Writes the
 * country's government code ("KENGOV") to government (8 bytes). */
int code_society_of_country(const char *code, char *government)
{
    if (strlen(code) != 6 || !code_is_country(code) || code_society_sector(code + 3) != 2) return 0;
    snprintf(government, 8, "%.3sGOV", code);
    return 1;
}

/* A domestic agent named without its country ("the government", "police",
 * "a gunman", "students") facing one side of a country's domestic politics
 * is the other side of the same country: a state organ (GOV, COP, JUD, LEG)
 * facing that country's civilians, workers, opposition, students, media,
 * business or unidentified gunmen, or one of those facing its state organs
 * ("labour unions began a strike to press the government", NGALAB and
 * NGAGOV; "an unidentified gunman shot dead Ukrainian lawmaker ...", UKRUAF).
 * Armed forces are left alone: troops act abroad. Writes the placed code to
 * out and returns 1, or returns 0. */
int code_domestic_counterpart(const char *code, const char *other, const char *other_country, char *out, size_t cap)
{
    if (!other_country || strlen(other_country) != 3 || strncmp(code, "---", 3) != 0 || strlen(code) != 6 ||
        strlen(other) != 6 || strncmp(other, other_country, 3) != 0)
        return 0;
    const char *mine = code + 3, *theirs = other + 3;
    if (!((code_home_state_sector(mine) && code_society_sector(theirs)) || (code_society_sector(mine) && code_home_state_sector(theirs))))
        return 0;
    snprintf(out, cap, "%s%s", other_country, code + 3);
    return 1;
}
