package fi.ekokartta.forum;

public enum ActionStatus {
    OPEN, DONE
}
