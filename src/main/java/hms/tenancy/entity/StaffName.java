package hms.tenancy.entity;

/** How a member is named on screens: the display name the hospital gave, or else the e-mail. */
public record StaffName(String email, String displayName) {}
