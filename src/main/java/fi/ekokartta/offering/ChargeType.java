package fi.ekokartta.offering;

/** Maksullisuus, as in PTV's serviceChargeType. */
public enum ChargeType {
    FREE, CHARGEABLE, OTHER
}
