package hms.tenancy.entity;

import hms.access.entity.Identified;
import hms.access.entity.TenantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A user's role in one tenant. */
@Entity
@Table(name = "memberships", schema = "platform")
@IdClass(MembershipKey.class)
public class Membership implements Identified {
  public static final String OF_TENANT =
      "SELECT m FROM Membership m WHERE m.tenantId = :tenant AND m.status = :status"
          + " ORDER BY m.email";
  public static final String WITH_ROLES =
      "SELECT m FROM Membership m WHERE m.tenantId = :tenant AND m.role IN :roles"
          + " AND m.status = :status ORDER BY m.email";
  public static final String COUNT_OTHERS_SIGNED_IN_WITH_ROLE =
      "SELECT COUNT(m) FROM Membership m WHERE m.tenantId = :tenant AND m.role = :role"
          + " AND m.status = :status AND m.invitation = :accepted AND m.userSub <> :sub";
  public static final String OF_USER = "SELECT m FROM Membership m WHERE m.userSub = :sub";
  public static final String TENANTS_OF_USER =
      "SELECT m, t FROM Membership m, Tenant t WHERE t.id = m.tenantId AND m.userSub = :sub"
          + " AND m.status = :status AND t.status <> :provisioning ORDER BY t.id";

  @Id
  @Column(name = "tenant_id")
  private String tenantId;

  @Id
  @Column(name = "user_sub")
  private String userSub;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MembershipStatus status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** The name the identity provider has for the person; shown when the hospital gave none. */
  @Column(name = "idp_name")
  private String idpName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Invitation invitation;

  @Column(name = "invited_at", nullable = false)
  private OffsetDateTime invitedAt;

  @Column(name = "accepted_at")
  private OffsetDateTime acceptedAt;

  @Version private long version;

  protected Membership() {}

  public Membership(TenantId tenant, String userSub, String email, TenantRole role, Instant at) {
    this.tenantId = tenant.value();
    this.userSub = userSub;
    this.email = email;
    this.role = role;
    this.status = MembershipStatus.ACTIVE;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    this.invitation = Invitation.INVITED;
    this.invitedAt = createdAt;
  }

  public TenantId tenantId() {
    return new TenantId(tenantId);
  }

  public String userSub() {
    return userSub;
  }

  public String email() {
    return email;
  }

  /** The name the hospital gave this member, or null (screens then show the e-mail). */
  public String displayName() {
    return displayName;
  }

  public void rename(String newName) {
    displayName = newName;
  }

  /** The name the identity provider has for the person, or null. */
  public String idpName() {
    return idpName;
  }

  /** What screens call the member: the hospital's name, else the identity provider's, or null. */
  public String name() {
    return displayName != null ? displayName : idpName;
  }

  public Invitation invitation() {
    return invitation;
  }

  public boolean isInvited() {
    return invitation == Invitation.INVITED;
  }

  /** When the last invitation went out: added, added again, or sent again. */
  public Instant invitedAt() {
    return invitedAt.toInstant();
  }

  /** When the person first signed in after the invitation; null while invited, or not recorded. */
  public Instant acceptedAt() {
    return acceptedAt == null ? null : acceptedAt.toInstant();
  }

  /** The invitation went out again (the identity provider sent it). */
  public void invitedAgain(Instant at) {
    invitedAt = at.atOffset(ZoneOffset.UTC);
  }

  /**
   * The person completed a sign-in: the identity provider's e-mail and name (each kept when the
   * identity provider has none) replace the ones held, and an invitation is accepted.
   */
  public void signedIn(String newEmail, String newIdpName, Instant at) {
    if (newEmail != null) {
      email = newEmail;
    }
    if (newIdpName != null) {
      idpName = newIdpName;
    }
    if (isInvited()) {
      invitation = Invitation.ACCEPTED;
      acceptedAt = at.atOffset(ZoneOffset.UTC);
    }
  }

  /** The identity provider's name, as known when the person was added. */
  public void knownToIdentityProviderAs(String name) {
    if (name != null) {
      idpName = name;
    }
  }

  public TenantRole role() {
    return role;
  }

  public MembershipStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public void changeRole(TenantRole newRole) {
    role = newRole;
  }

  public void remove() {
    status = MembershipStatus.REMOVED;
  }

  /**
   * A removed member added again comes back with the new role, invited again: they count as invited
   * until they next sign in.
   */
  public void reactivate(TenantRole newRole, Instant at) {
    status = MembershipStatus.ACTIVE;
    role = newRole;
    invitation = Invitation.INVITED;
    invitedAt = at.atOffset(ZoneOffset.UTC);
    acceptedAt = null;
  }

  @Override
  public String auditId() {
    return userSub;
  }
}
