package fi.ekokartta.offering;

/** Asiointikanava: the ways a client can use a service. */
public enum ChannelType {
    VISITING_ADDRESS, PHONE, EMAIL, WEB, E_SERVICE, CHAT, REMOTE
}
