package fi.ekokartta.forum;

/** Läsnäolo: whether a participating actor attended a meeting. */
public enum Attendance {
    INVITED, PRESENT, ABSENT, EXCUSED
}
