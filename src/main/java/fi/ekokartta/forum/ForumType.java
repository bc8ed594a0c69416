package fi.ekokartta.forum;

public enum ForumType {
    ECOSYSTEM_FORUM, FORESIGHT_FORUM, NETWORK, STEERING_GROUP
}
