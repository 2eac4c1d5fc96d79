package hms.tenancy.boundary;

import hms.access.entity.TenantRole;
import hms.tenancy.entity.TenantId;
import java.util.Optional;

/**
 * A refused X-Tenant-ID, published as a CDI event by {@link TenantFilter} before it answers, for
 * the audit feature to record (tenancy cannot call it: audit depends on tenancy). The refusal's
 * answer does not depend on how, or whether, it is recorded.
 *
 * @param requested what the header asked for, as sent but with control characters replaced and cut
 *     to {@link #MAX_REQUESTED} characters (it may be an attacker's text: never a SQL name)
 * @param reason why it was refused
 * @param trail the hospital whose own audit trail records it: present when the hospital exists and
 *     its schema is migrated; otherwise the platform's security log does
 * @param role the caller's role in the hospital, for a member of a suspended one
 * @param userSub who asked
 */
public record TenantRefusal(
    String requested,
    Reason reason,
    Optional<TenantId> trail,
    Optional<TenantRole> role,
    String userSub) {
  /** The longest requested id recorded: a valid one has at most 40 characters. */
  public static final int MAX_REQUESTED = 64;

  /** Why a hospital was refused. */
  public enum Reason {
    /** Not a tenant id at all (400 {@code tenant-header}); no hospital is involved. */
    MALFORMED_ID,
    /** A well-formed id of no hospital (403 {@code tenant-forbidden}). */
    UNKNOWN_TENANT,
    /** The hospital exists; the caller is no active member (403 {@code tenant-forbidden}). */
    NOT_MEMBER,
    /** A member of a suspended hospital (403 {@code tenant-suspended}). */
    SUSPENDED
  }

  static TenantRefusal malformed(String requested, String userSub) {
    return new TenantRefusal(
        printable(requested), Reason.MALFORMED_ID, Optional.empty(), Optional.empty(), userSub);
  }

  static TenantRefusal unknown(TenantId tenant, String userSub) {
    return new TenantRefusal(
        tenant.value(), Reason.UNKNOWN_TENANT, Optional.empty(), Optional.empty(), userSub);
  }

  /** A refusal of an existing hospital, recorded in its trail once that trail exists. */
  static TenantRefusal of(
      TenantId tenant, Reason reason, boolean trailReady, Optional<TenantRole> role, String sub) {
    return new TenantRefusal(
        tenant.value(), reason, trailReady ? Optional.of(tenant) : Optional.empty(), role, sub);
  }

  /** Control characters as '?', at most {@link #MAX_REQUESTED} code points. */
  static String printable(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints()
        .limit(MAX_REQUESTED)
        .forEach(c -> kept.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return kept.toString();
  }
}
