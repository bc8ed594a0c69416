package fi.ekokartta.actor;

/** Sektori: the kind of organization an actor is. */
public enum ActorSector {
    MUNICIPALITY, EMPLOYMENT_AREA, WELLBEING_COUNTY, STATE_AGENCY, EDUCATION, THIRD_SECTOR, COMPANY,
    PRIVATE_PROVIDER, PROJECT
}
