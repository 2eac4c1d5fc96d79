package hms.auth.control;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;

/**
 * Runs one Cognito call and turns what no caller anticipated into problems: throttling into 429,
 * anything else (unreachable, misconfigured, a bug) into 503, logged with AWS's message, which
 * never reaches a client. Failures a call expects are translated inside the call itself.
 */
final class CognitoCalls {
  private static final Logger LOG = Logger.getLogger(CognitoCalls.class.getName());

  private CognitoCalls() {}

  static <T> T call(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (TooManyRequestsException | LimitExceededException e) {
      throw new AuthProblems.TooManyRequests();
    } catch (CognitoIdentityProviderException | SdkClientException e) {
      LOG.log(Level.WARNING, "Cognito " + operation + " failed", e);
      throw new AuthProblems.IdentityProviderUnavailable();
    }
  }

  static void run(String operation, Runnable call) {
    call(
        operation,
        () -> {
          call.run();
          return null;
        });
  }
}
