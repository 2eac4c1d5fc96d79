package hms.tenancy.entity;

/**
 * How a member is named on screens: the display name the hospital gave, else the name the identity
 * provider has for them (null when neither), with the e-mail to fall back on.
 */
public record StaffName(String email, String displayName) {}
