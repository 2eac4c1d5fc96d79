package hms.access.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every use case's rule, in one place: who may (a tenant role, the platform administrators, any
 * signed-in user, anyone), what it is audited as, or why it is not. docs/permissions.md is this
 * table ({@code PermissionsDocTest} fails when the two differ). A refinement is checked inside a
 * use case for what depends on the data (clinical fields, a record's attachments, a clinical step);
 * its refusal is audited as the use case's.
 */
public enum Rule {
  // Patients.
  PATIENT_REGISTER("patients: register", "PATIENT", Who.members(), AuditAction.CREATE),
  PATIENT_READ("patients: read one", "PATIENT", Who.members(), AuditAction.READ),
  PATIENT_SEARCH("patients: search and list", "PATIENT", Who.members(), AuditAction.SEARCH),
  PATIENT_UPDATE("patients: update demographics", "PATIENT", Who.members(), AuditAction.UPDATE),
  PATIENT_DEACTIVATE(
      "patients: deactivate (INACTIVE; nothing is deleted)",
      "PATIENT",
      Who.roles(TenantRole.ADMIN),
      AuditAction.DELETE),
  PATIENT_EXPORT(
      "patients: CSV export", "PATIENT", Who.roles(TenantRole.ADMIN), AuditAction.EXPORT),
  PATIENT_CLINICAL_READ(
      "patients: see clinical fields (blood type, allergies, notes)",
      "PATIENT",
      Who.clinicalReaders()),
  PATIENT_CLINICAL_WRITE("patients: write clinical fields", "PATIENT", Who.clinicalReaders()),
  PATIENT_STATUS_CHANGE(
      "patients: change the status in an update (deactivate, reactivate)",
      "PATIENT",
      Who.roles(TenantRole.ADMIN)),
  PATIENT_STATUS(
      "patients: whether one exists and is active (for booking and records)",
      "PATIENT",
      Who.members(),
      "an id and a status inside another use case, which is audited itself"),
  PATIENT_IDENTITY(
      "patients: who one is (name, MRN, birth date, sex) for appointment answers and the summary",
      "PATIENT",
      Who.members(),
      "part of another use case (an appointment answer, a patient's summary), audited itself"),
  PATIENT_SUMMARY(
      "patients: summary (identity and appointments; the clinical sections for clinical readers)",
      "PATIENT",
      Who.members(),
      AuditAction.READ),
  PATIENT_LABELS(
      "patients: name and MRN of those an audit trail's page names (as patients: read one)",
      "PATIENT",
      Who.members(),
      "part of reading the audit trail, which is audited itself"),

  // Appointments and clinicians.
  APPOINTMENT_BOOK("appointments: book", "APPOINTMENT", Who.members(), AuditAction.CREATE),
  APPOINTMENT_READ("appointments: read one", "APPOINTMENT", Who.members(), AuditAction.READ),
  APPOINTMENT_SEARCH("appointments: list", "APPOINTMENT", Who.members(), AuditAction.SEARCH),
  APPOINTMENT_STEP(
      "appointments: confirm, check in, mark a no-show",
      "APPOINTMENT",
      Who.members(),
      AuditAction.UPDATE),
  APPOINTMENT_CLINICAL_STEP("appointments: start, complete", "APPOINTMENT", Who.clinicians()),
  APPOINTMENT_CANCEL("appointments: cancel", "APPOINTMENT", Who.members(), AuditAction.UPDATE),
  APPOINTMENT_RESCHEDULE(
      "appointments: reschedule", "APPOINTMENT", Who.members(), AuditAction.UPDATE),
  APPOINTMENT_OF_PATIENT(
      "appointments: whether one is the patient's (for records)",
      "APPOINTMENT",
      Who.members(),
      "an id check inside writing a record, which is audited itself"),
  APPOINTMENT_OF_PATIENT_AROUND(
      "appointments: a patient's next and last ones (for the patient's summary)",
      "APPOINTMENT",
      Who.members(),
      "part of the patient's summary, which is audited itself"),
  APPOINTMENT_LABELS(
      "appointments: patient and start of those an audit trail's page names (as appointments:"
          + " read one)",
      "APPOINTMENT",
      Who.members(),
      "part of reading the audit trail, which is audited itself"),
  FREE_SLOTS(
      "clinicians: free slots",
      "APPOINTMENT",
      Who.members(),
      "no PHI: the times a clinician is free"),
  CLINICIANS(
      "clinicians: list, look up (one, or those that appointments name)",
      "MEMBER",
      Who.members(),
      "no PHI: the hospital's doctors and nurses"),

  // Clinical records.
  RECORD_CREATE("records: write a draft", "RECORD", Who.clinicians(), AuditAction.CREATE),
  RECORD_LIST(
      "records: list a patient's (audited with the patient's id)",
      "RECORD",
      Who.clinicalReaders(),
      AuditAction.SEARCH),
  RECORD_OWN_DRAFTS(
      "records: list the caller's own unsigned drafts, across patients",
      "RECORD",
      Who.clinicians(),
      AuditAction.SEARCH),
  RECORD_READ("records: read one", "RECORD", Who.clinicalReaders(), AuditAction.READ),
  RECORD_SUMMARY(
      "records: a patient's diagnoses, prescriptions, last vitals, latest records (for the summary)",
      "RECORD",
      Who.clinicalReaders(),
      "part of the patient's summary, which is audited itself"),
  RECORD_LABELS(
      "records: patient, type and date of those an audit trail's page names (as records: read"
          + " one)",
      "RECORD",
      Who.clinicalReaders(),
      "part of reading the audit trail, which is audited itself"),
  RECORD_EDIT("records: edit a draft", "RECORD", Who.clinicians(), AuditAction.UPDATE),
  RECORD_ATTACH("records: attach and detach files", "RECORD", Who.clinicians(), AuditAction.UPDATE),
  RECORD_FINALIZE(
      "records: finalize (sign)", "RECORD", Who.roles(TenantRole.DOCTOR), AuditAction.FINALIZE),
  RECORD_AMEND("records: amend a final record", "RECORD", Who.clinicians(), AuditAction.AMEND),

  // Files.
  FILE_UPLOAD("files: start an upload", "FILE", Who.members(), AuditAction.CREATE),
  FILE_COMPLETE("files: complete an upload", "FILE", Who.members(), AuditAction.UPDATE),
  FILE_READ("files: read one", "FILE", Who.members(), AuditAction.READ),
  FILE_LIST("files: list", "FILE", Who.members(), AuditAction.SEARCH),
  FILE_DOWNLOAD("files: download URL", "FILE", Who.members(), AuditAction.DOWNLOAD_URL),
  FILE_UPLOAD_AGAIN(
      "files: a fresh upload URL when a POST /api/files is replayed after its URL expired",
      "FILE",
      Who.members(),
      "only for the caller's own PENDING upload, whose start is audited; the completion is too"),
  FILE_DELETE("files: delete", "FILE", Who.members(), AuditAction.DELETE),
  FILE_ATTACHMENTS(
      "files attached to a record: see, download, list (others: 403, left out of lists)",
      "FILE",
      Who.clinicalReaders()),
  FILE_ATTACHING(
      "files: attach to or detach from a record, list a record's",
      "FILE",
      Who.clinicalReaders(),
      "part of a record's use case, which is audited as the record's"),

  // The hospital: members, settings, audit trail.
  MEMBER_LIST(
      "members: list", "MEMBER", Who.roles(TenantRole.ADMIN), "no PHI: staff e-mails and roles"),
  MEMBER_ADD("members: add or invite", "MEMBER", Who.roles(TenantRole.ADMIN), AuditAction.CREATE),
  MEMBER_CHANGE(
      "members: change a role or name", "MEMBER", Who.roles(TenantRole.ADMIN), AuditAction.UPDATE),
  MEMBER_REMOVE("members: remove", "MEMBER", Who.roles(TenantRole.ADMIN), AuditAction.DELETE),
  MEMBER_INVITE_AGAIN(
      "members: send an invitation again (to one who has not signed in yet)",
      "MEMBER",
      Who.roles(TenantRole.ADMIN),
      AuditAction.UPDATE),
  MEMBER_SIGNED_IN(
      "members: at a person's sign-in, keep their e-mail and name current, accept invitations",
      "MEMBER",
      Who.anyone(),
      "the person's own sign-in, which the identity provider logs; no PHI"),
  SETTINGS_READ(
      "settings: read",
      "SETTINGS",
      Who.members(),
      "no PHI: name, time zone, locale, week, default length, working hours"),
  SETTINGS_CHANGE("settings: change", "SETTINGS", Who.roles(TenantRole.ADMIN), AuditAction.UPDATE),
  AUDIT_READ(
      "audit trail: read (names patients for the roles that may read them)",
      "AUDIT",
      Who.roles(TenantRole.ADMIN),
      AuditAction.SEARCH),
  AUDIT_EXPORT("audit trail: CSV export", "AUDIT", Who.roles(TenantRole.ADMIN), AuditAction.EXPORT),

  // The platform: hospitals (recorded in the hospital's own trail).
  TENANT_CREATE("hospitals: create", "TENANT", Who.platformAdmins(), AuditAction.CREATE),
  TENANT_READ(
      "hospitals: list, read one",
      "TENANT",
      Who.platformAdmins(),
      "no PHI: hospitals' names and statuses"),
  TENANT_UPDATE(
      "hospitals: rename, suspend, reactivate", "TENANT", Who.platformAdmins(), AuditAction.UPDATE),
  SECURITY_LOG_READ(
      "security log: refused hospitals that have no trail of their own (unknown, malformed)",
      "SECURITY_EVENT",
      Who.platformAdmins(),
      "no PHI: ids, addresses and outcomes"),

  // Accounts and sessions: before any hospital is chosen.
  ACCOUNT(
      "accounts: sign up, confirm, reset a password",
      "ACCOUNT",
      Who.anyone(),
      "no hospital yet: the identity provider logs account events"),
  ACCOUNT_INVITE(
      "accounts: find or invite a user by e-mail, send an invitation again",
      "ACCOUNT",
      Who.signedIn(),
      "part of adding a member, inviting one again or creating a hospital, each guarded and"
          + " audited itself"),
  SIGN_IN(
      "sessions: sign in, answer a challenge, refresh",
      "SESSION",
      Who.anyone(),
      "no hospital yet: failed sign-ins are throttled, the identity provider logs them"),
  OWN_SESSION(
      "sessions: sign out, the caller's profile and hospitals",
      "SESSION",
      Who.signedIn(),
      "the caller's own data");

  private final String label;
  private final String resource;
  private final Who who;
  private final AuditAction audited;
  private final String notAuditedBecause;

  /** An audited use case. */
  Rule(String label, String resource, Who who, AuditAction audited) {
    this(label, resource, who, audited, null);
  }

  /** A use case not audited, for the reason given. */
  Rule(String label, String resource, Who who, String notAuditedBecause) {
    this(label, resource, who, null, notAuditedBecause);
  }

  /** A refinement, checked inside a use case that audits. */
  Rule(String label, String resource, Who who) {
    this(label, resource, who, null, null);
  }

  Rule(String label, String resource, Who who, AuditAction audited, String notAuditedBecause) {
    this.label = label;
    this.resource = resource;
    this.who = who;
    this.audited = audited;
    this.notAuditedBecause = notAuditedBecause;
  }

  public String label() {
    return label;
  }

  /** The audit trail's resource type. */
  public String resource() {
    return resource;
  }

  public Who who() {
    return who;
  }

  /** What a success is audited as; null when not audited or a refinement. */
  public AuditAction audited() {
    return audited;
  }

  /** What a refusal records as attempted: the audited action, READ for what is not audited. */
  public AuditAction attempted() {
    return audited != null ? audited : AuditAction.READ;
  }

  /** Why a use case is not audited; null when audited or a refinement. */
  public String notAuditedBecause() {
    return notAuditedBecause;
  }

  /** Checked inside a use case, whose own audit event records the outcome. */
  public boolean isRefinement() {
    return audited == null && notAuditedBecause == null;
  }

  /** Who a rule lets through: members with some roles, or a group beyond any hospital. */
  public record Who(Kind kind, Set<TenantRole> roles) {
    /** Whose call a rule decides. */
    public enum Kind {
      /** Members of the request's hospital with one of the roles. */
      MEMBERS,
      /** The platform-admin group. */
      PLATFORM_ADMINS,
      /** Any caller with a valid token. */
      SIGNED_IN,
      /** Anyone, without a token. */
      ANYONE
    }

    public Who {
      roles = Set.copyOf(roles);
    }

    static Who roles(TenantRole first, TenantRole... more) {
      return new Who(Kind.MEMBERS, EnumSet.of(first, more));
    }

    static Who members() {
      return new Who(Kind.MEMBERS, EnumSet.allOf(TenantRole.class));
    }

    /** Those who may read clinical data (records, their files, patients' clinical fields). */
    static Who clinicalReaders() {
      return roles(TenantRole.ADMIN, TenantRole.DOCTOR, TenantRole.NURSE);
    }

    /** Those who write clinical data. */
    static Who clinicians() {
      return roles(TenantRole.DOCTOR, TenantRole.NURSE);
    }

    static Who platformAdmins() {
      return new Who(Kind.PLATFORM_ADMINS, Set.of());
    }

    static Who signedIn() {
      return new Who(Kind.SIGNED_IN, Set.of());
    }

    static Who anyone() {
      return new Who(Kind.ANYONE, Set.of());
    }

    /** Whether a member with this role may. */
    public boolean admits(TenantRole role) {
      return kind == Kind.MEMBERS && roles.contains(role);
    }
  }
}
