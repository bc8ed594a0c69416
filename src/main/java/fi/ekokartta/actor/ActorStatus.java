package fi.ekokartta.actor;

/** Whether an actor is on the map (ACTIVE) or kept aside with its history (ARCHIVED). */
public enum ActorStatus {
    ACTIVE, ARCHIVED
}
