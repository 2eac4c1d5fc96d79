package hms.tenancy.boundary;

import hms.access.entity.TenantRole;

/** An active DOCTOR or NURSE of the request's hospital, as other features see them. */
public record Clinician(String sub, String email, String displayName, TenantRole role) {}
