package hms.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens minted by the tests: with the Cognito stand-in's own signing key (it ships the key), to
 * vary one claim of an otherwise valid token, or with keys of the test's own, to forge.
 */
public final class Jwt {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Path POOL_KEY =
      Path.of("src/test/stack/node_modules/cognito-local/lib/keys/cognitoLocal.private.json");

  private Jwt() {}

  /** The header the stand-in puts on its tokens. */
  public static JsonObjectBuilder poolHeader() {
    return Json.createObjectBuilder()
        .add("alg", "RS256")
        .add("typ", "JWT")
        .add("kid", "CognitoLocal");
  }

  /** The claims of a valid access token of the tests' pool and app client. */
  public static JsonObjectBuilder accessClaims(String sub) {
    long now = Instant.now().getEpochSecond();
    return Json.createObjectBuilder()
        .add("sub", sub)
        .add("iss", Api.stack("cognito.issuer"))
        .add("client_id", Api.stack("cognito.client-id"))
        .add("token_use", "access")
        .add("scope", "aws.cognito.signin.user.admin")
        .add("username", sub)
        .add("jti", UUID.randomUUID().toString())
        .add("iat", now)
        .add("auth_time", now)
        .add("exp", now + 3600);
  }

  public static String rs256(JsonObjectBuilder header, JsonObjectBuilder claims, PrivateKey key) {
    String signingInput = encode(header.build()) + "." + encode(claims.build());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hs256(JsonObjectBuilder header, JsonObjectBuilder claims, byte[] secret) {
    String signingInput = encode(header.build()) + "." + encode(claims.build());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String unsigned(JsonObjectBuilder header, JsonObjectBuilder claims) {
    return encode(header.build()) + "." + encode(claims.build()) + ".";
  }

  /** A token signed by the pool's real key: valid unless the claims say otherwise. */
  public static String byPool(JsonObjectBuilder claims) {
    return byPool(poolHeader(), claims);
  }

  /** The same with a header of the test's own. */
  public static String byPool(JsonObjectBuilder header, JsonObjectBuilder claims) {
    return rs256(header, claims, poolKey());
  }

  public static KeyPair ownKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stand-in's public key in PEM, the secret of the classic algorithm-confusion attack. */
  public static byte[] poolPublicKeyPem() {
    try {
      String file = POOL_KEY.toString().replace("private", "public");
      return Api.json(Files.readString(Path.of(file)))
          .asJsonObject()
          .getString("pem")
          .getBytes(StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PrivateKey poolKey() {
    JsonObject jwk = poolJwk();
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(
              new RSAPrivateCrtKeySpec(
                  number(jwk, "n"),
                  number(jwk, "e"),
                  number(jwk, "d"),
                  number(jwk, "p"),
                  number(jwk, "q"),
                  number(jwk, "dp"),
                  number(jwk, "dq"),
                  number(jwk, "qi")));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject poolJwk() {
    try {
      return Api.json(Files.readString(POOL_KEY)).asJsonObject().getJsonObject("jwk");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigInteger number(JsonObject jwk, String name) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString(name)));
  }

  private static String encode(JsonObject json) {
    return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
