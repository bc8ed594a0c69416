package fi.ekokartta.roadmap;

public enum ProgressStatus {
    PLANNED, IN_PROGRESS, DONE
}
