package hms.tenancy.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a membership: one per tenant and user. */
public class MembershipKey implements Serializable {
  private static final long serialVersionUID = 1L;

  private String tenantId;
  private String userSub;

  public MembershipKey() {}

  public MembershipKey(String tenantId, String userSub) {
    this.tenantId = tenantId;
    this.userSub = userSub;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MembershipKey key
        && Objects.equals(tenantId, key.tenantId)
        && Objects.equals(userSub, key.userSub);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, userSub);
  }
}
