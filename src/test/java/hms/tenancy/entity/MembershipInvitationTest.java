package hms.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hms.access.entity.TenantRole;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MembershipInvitationTest {
  private static final Instant ADDED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant SIGNED_IN = Instant.parse("2026-03-03T10:00:00Z");

  private static Membership added() {
    return new Membership(
        TenantId.parse("st_marys").orElseThrow(), "sub-1", "ada@x.test", TenantRole.NURSE, ADDED);
  }

  @Test
  void isInvitedFromBeingAddedUntilTheFirstSignIn() {
    Membership m = added();
    assertEquals(Invitation.INVITED, m.invitation());
    assertEquals(ADDED, m.invitedAt());
    assertNull(m.acceptedAt());

    m.signedIn("ada@new.test", "Ada Lovelace", SIGNED_IN);
    assertEquals(Invitation.ACCEPTED, m.invitation());
    assertEquals(SIGNED_IN, m.acceptedAt());
    assertEquals("ada@new.test", m.email());

    m.signedIn(null, null, SIGNED_IN.plusSeconds(60));
    assertEquals(SIGNED_IN, m.acceptedAt(), "accepted once, at the first sign-in");
    assertEquals("ada@new.test", m.email(), "an identity provider without e-mail keeps it");
    assertEquals("Ada Lovelace", m.name());
  }

  @Test
  void theHospitalsNameWinsOverTheIdentityProviders() {
    Membership m = added();
    assertNull(m.name());
    m.knownToIdentityProviderAs("Ada L.");
    assertEquals("Ada L.", m.name());
    m.rename("Sister Ada");
    m.signedIn(null, "Ada Lovelace", SIGNED_IN);
    assertEquals("Sister Ada", m.name());
    assertEquals("Ada Lovelace", m.idpName());
  }

  @Test
  void addedAgainIsInvitedAgain() {
    Membership m = added();
    m.signedIn(null, null, SIGNED_IN);
    m.remove();
    Instant again = SIGNED_IN.plusSeconds(3600);
    m.reactivate(TenantRole.DOCTOR, again);
    assertEquals(Invitation.INVITED, m.invitation());
    assertEquals(again, m.invitedAt());
    assertNull(m.acceptedAt());
  }
}
